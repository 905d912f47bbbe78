"""A held-out person-name set for bench/data/pii.py: names of origins the main corpus does not draw from
(South and East Asian, Arabic, Persian, Turkish, African, Slavic, Nordic, Greek, Portuguese-Brazilian,
Hawaiian, Irish), written here by hand, placed in sentence templates that the main corpus does not use and
that the name rules were not written against. Runs in the product venv (no faker needed).

The set was fixed before its first measurement and must not be tuned on: its figure is only honest while
the detector's rules and lexicon are changed for other reasons.
"""

from __future__ import annotations

import random


def _words(block: str) -> list[str]:
    return block.split()


FIRST = _words("""Aarav Priya Rohan Ananya Vikram Lakshmi Wei Mei Jun Xiu Haruto Yui Sakura Kenji Min-jun Seo-yeon Ji-ho
Thanh Linh Quang Oluwaseun Chidinma Adebayo Ngozi Kwame Abena Amara Tendai Wanjiru Kofi Fatima Omar Layla Youssef
Khalid Noor Dariush Shirin Reza Emre Elif Mehmet Zeynep Agnieszka Wojciech Katarzyna Dmitri Svetlana Oksana
Bogdan Sigrid Bjorn Astrid Eero Aino Nikos Eleni Dimitra Joao Thiago Luana Keanu Leilani Siobhan Padraig Niamh
Tadhg Chiamaka Nnamdi Aditi Ishaan Farhan Ayesha Bilal Hamza""")
LAST = _words("""Patel Sharma Iyer Chatterjee Reddy Zhang Wang Liu Chen Huang Tanaka Suzuki Watanabe Nakamura Kim Park
Choi
Nguyen Tran Pham Okafor Adeyemi Mensah Owusu Mwangi Kamau Nkosi Dlamini Haddad Khoury Rahman Hosseini Karimi
Yilmaz Demir Kaya Kowalski Nowak Wisniewski Ivanov Petrova Sokolov Kovalenko Lindqvist Haugen Virtanen Korhonen
Papadopoulos Georgiou Silva Oliveira Nascimento Kahananui Brennan Gallagher Ochieng Banerjee Qureshi Siddiqui
Mahlangu Takahashi Yamamoto Hoang Abubakar Eze""")

TEMPLATES = (
    "The quarterly figures were reviewed by {n} before the board meeting.",
    "Please forward the signed copy to {n} by noon.",
    "According to {n}, the shipment left the warehouse on time.",
    "{n} and {m} co-authored the attached proposal.",
    "Interview notes ({n}, senior engineer): strong on systems design.",
    "Assigned to: {n}",
    "The laptop that {n} reported missing was found in room 4.",
    "Minutes taken by {n}; approved without changes.",
    "We thank {n} for the careful review of chapter three.",
    "Escalated to {n} after the second outage.",
    "Invoice approved by {n} and {m} on the same day.",
    "Reviewer {n} asked for more data on the control group.",
)


def documents(n_docs: int, seed: int) -> list[dict]:
    """`n_docs` documents of three to five template sentences, each naming one or two people; spans as in
    pii_corpus.py: {"text": ..., "spans": [[start, end, "person"], ...]}."""
    rng = random.Random(seed)
    docs = []
    for _ in range(n_docs):
        parts: list[str] = []
        spans: list[list[object]] = []
        pos = 0
        for _ in range(rng.randint(3, 5)):
            template = rng.choice(TEMPLATES)
            names = {k: f"{rng.choice(FIRST)} {rng.choice(LAST)}" for k in ("n", "m")}
            text = ""
            rest = template
            while "{" in rest:
                head, _, tail = rest.partition("{")
                key, _, rest = tail.partition("}")
                text += head
                spans.append([pos + len(text), pos + len(text) + len(names[key]), "person"])
                text += names[key]
            text += rest + " "
            parts.append(text)
            pos += len(text)
        docs.append({"text": "".join(parts), "spans": spans})
    return docs
