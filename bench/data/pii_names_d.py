"""Held-out person-name set D for bench/data/pii.py (`--heldout-set namesD`), written on 2026-12-03 by an
author who had not read the name rules or the names lexicon. Names of many origins (Anglo and continental
European beside West, East and Southern African, Arabic, Persian, Hebrew, Turkish, South, East and
Southeast Asian, Latin American and Maori ones), in many shapes: hyphenated ("Anna Müller-Schmidt"),
apostrophes ("Sean O'Neill"), particles ("Lucas van der Berg", "María de la Cruz", "Ahmad bin Ismail",
"Omar al-Farouq"), initials ("J. R. Whitaker"), middle initials, family-name-first orders, titles (Dr., Ms.,
Prof.: outside the span), surnames after a title alone ("Dr. Okonkwo"), first names alone in greetings.
They sit in business, medical, legal and chat text (e-mail signatures, cc lines, lists, parentheses,
possessives, quoted speech, "Name: X | Dept: Y" tables) beside unlabelled look-alikes that are not people:
organisations, places, products, drugs, departments, eponymous diseases and laws, street names.

Same interface as pii_heldout_names.py: `documents(n_docs, seed)` gives
[{"text": ..., "spans": [[start, end, "person"], ...]}, ...], deterministic by seed; runs in the product
venv. It is only measured, never trained or tuned on: its figure is only honest while the name rules and
lexicon are changed for other reasons.
"""

from __future__ import annotations

import random
import re


def _words(block: str) -> list[str]:
    return block.split()


FIRST = _words("""Emily James Oliver Hannah Graham Megan Fiona Declan Harriet Rupert Jürgen Katrin Lukas
Friederike Amélie Benoît Céline Mathieu Alejandro Lucía Javier Pilar Giovanni Chiara Matteo Francesca Sanne
Joost Maarten Ingrid Magnus Solveig Zofia Tomasz Jiří Anastasia Yuri Zsófia Bence Stavros Ioanna Burak Ayşe
Tariq Yasmin Samir Rania Parisa Kian Avi Tamar Yael Sanjay Deepa Arjun Kavya Harpreet Imran Sana Rafiq Dinesh
Xiaoming Yifan Jiahui Zhiwei Takeshi Haruka Ryo Jae-won Hye-jin Duc Huong Somchai Ploy Maricel Jericho Budi
Wahyu Ayo Chidi Folake Emeka Tunde Yaw Akosua Njeri Otieno Abebe Tsion Hodan Abdirahman Thabo Lerato Camila
Mateo Valentina Gabriela Rafael Aroha Wiremu Noah Chloe Liam Grace Ethan Sophie Daniel Rebecca Marcus Natalie""")
LAST = _words("""Smith Thompson Fletcher Hughes Whitaker Ashworth Schneider Becker Hoffmann Lefebvre Moreau
Girard García Fernández Romero Rossi Bianchi Esposito Jansen Bakker Andersson Johansen Nieminen Lewandowska
Dvořák Novák Smirnov Volkova Horváth Nagy Alexiou Öztürk Çelik Mansour Nasser Farahani Tehrani Cohen Levi
Mizrahi Gupta Nair Menon Singh Kaur Malik Chaudhry Islam Perera Fernando Zhao Xu Guo Lin Sato Ito Kobayashi Lee
Jung Kang Le Vu Srisai Wongsawat Santos Reyes Santoso Wijaya Okonkwo Balogun Adeleke Nwosu Boateng Asante
Wanjiku Tesfaye Haile Warsame Mokoena Khumalo Rodríguez Castillo Herrera Souza Costa Ngata Parata McAllister
MacLeod Brooks Carter Palmer Holloway""")
# whole names whose shape is the point (particles, hyphens, apostrophes, family name first)
WHOLE = ["Lucas van der Berg", "Anouk de Vries", "María de la Cruz", "João dos Santos", "Ahmad bin Ismail",
         "Siti binti Rahman", "Omar al-Farouq", "Leila Al-Sayed", "Ludwig von Hoff", "Giulia Di Marco",
         "Sean O'Neill", "Niamh O'Brien", "Ciarán Mac Donncha", "Jean-Luc Dubois-Martin", "Anna Müller-Schmidt",
         "Mary-Kate Hollis", "Kwame Asante-Boateng", "Hans-Peter Vogel", "Dara Ní Bhriain", "Karim El Amrani",
         "Fatou Ndiaye", "Marie-Claire Lévesque", "Olusegun Ademola-Cole", "Juan Carlos de León", "Nguyen Van Minh",
         "Wang Xiuying", "Kim Min-seo", "D'Arcy Fitzgerald", "Renée St. Clair", "Thomas ter Horst",
         "Abdul Rahman bin Hassan", "Ana Lúcia da Silva", "Bridget McNamara-Lowe", "Yusuf Abu Bakr",
         "Eoin D'Souza", "Tane Te Whata", "Lars van den Broek", "Isabel Ortiz y Pardo"]
TITLES = ["Dr.", "Ms.", "Mr.", "Mrs.", "Prof.", "Mx.", "Dr"]

# look-alikes that are not people (never labelled)
_DECOYS = {
    "org": ["Northwind Logistics", "Harbor View Clinic", "Pinecrest Capital", "Bluebird Analytics", "Mercy General",
            "Crestline Legal LLP", "Sunrise Dental", "Kestrel Robotics", "Royal Infirmary", "Evergreen Foods"],
    "place": ["Lagos", "Rotterdam", "Kuala Lumpur", "São Paulo", "Leeds", "Auckland", "Nairobi", "Osaka", "Bergen",
              "Guadalajara", "Ankara", "Brisbane"],
    "prod": ["Jira", "Salesforce", "Excel", "Teams", "SAP Concur", "Workday", "Zoom", "Confluence", "Tableau"],
    "drug": ["Metformin", "Atorvastatin", "Amoxicillin", "Lisinopril", "Sertraline", "Ibuprofen"],
    "dept": ["Legal", "Finance", "Radiology", "Procurement", "Customer Success", "Facilities", "Oncology", "HR"],
    "date": ["Monday", "Tuesday 14 May", "March 3", "next Friday", "June 21", "Q3", "the 9th of October"],
    "street": ["Harbour Road", "Elm Street", "Mill Lane", "Station Approach", "Queen's Parade"],
    "eponym": ["Parkinson's disease", "Crohn's disease", "Murphy's law", "a Gantt chart", "the Heimlich manoeuvre",
               "Newton's second law"],
}

# {n} {m} {k}: people by full name; {f}: a person by first name alone; {s}: a title and surname;
# lower-case keys in _DECOYS: look-alikes. The same key twice in a template is the same person.
TEMPLATES = (
    "Hi {f},\n\nThanks for sending the draft. I've looped in {n} from {dept}.\n\nBest,\n{m}\n{dept} | {org}",
    "cc: {n}; {m}; {k}",
    "Present: {n}, {m}, {k} ({dept}). Apologies: {f}.",
    "Name: {n} | Dept: {dept} | Site: {place}",
    "{n}'s report on the {place} warehouse was circulated on {date}.",
    "\"We can't ship before {date},\" said {n}, head of operations at {org}.",
    "The referral letter was signed by {s}, consultant in {dept} at {org}.",
    "Patient seen by {s}. History of {eponym}; started on {drug} 500 mg.",
    "Next of kin: {n} (daughter), {street}, {place}.",
    "This agreement is made between {org} and {n}, of {street}, {place} (\"the Consultant\").",
    "Witnessed by {n} and {m} on {date}.",
    "Approved by: {n}\nReviewed by: {m}\nOwner: {k}",
    "Per {n}'s note, the {prod} licence renewal goes to {dept}.",
    "{n} (she/her) will run the onboarding for the {place} office.",
    "[10:42] {f}: did {n} push the fix?\n[10:43] {m}: yep, before standup",
    "As {s} explained in the hearing, the contract was never countersigned.",
    "Counsel for the respondent, {n}, asked for an adjournment until {date}.",
    "Thanks to {n}, {m} and {k} for reviewing chapter 4.",
    "The grant was awarded to {n} at {org} for work on {eponym}.",
    "Ticket reassigned from {n} to {m} ({dept}).",
    "Interviewers: {n} (hiring manager), {m} ({dept}).",
    "According to {s}, the MRI in {dept} will be free on {date}.",
    "Please send the invoices to {n} at {org}, {street}, {place}.",
    "Congratulations to {n}, our employee of the month in {place}!",
    "Signed,\n{n}\nManaging Partner, {org}",
    "Dear {s},\n\nI am writing on behalf of {n} regarding the {prod} outage on {date}.",
    "Meeting with {n} moved to {date}; {f} will book a room in {prod}.",
    "Team | Lead | Location\n{dept} | {n} | {place}\n{dept} | {m} | {place}",
    "The prescription for {drug} was collected by {n} on behalf of her father.",
    "Honestly, {f}, I think {n} already sent it to {org}.",
    "Speakers: {s} ({org}), {n} ({place}) and {m}.",
    "Our new board member, {n}, previously led {dept} at {org}.",
    "{n} has asked {dept} to double-check the figures before {date}.",
    "Re: {prod} access for {n}. Granted by {m} on {date}.",
    "From: {n}\nTo: {m}\nSubject: {place} site visit",
    "Lost property: a laptop belonging to {n} was handed in at the {org} reception.",
    "Dr. {n} and Prof. {m} will co-supervise the thesis.",
    "Visitor log: {n}, {m}; escorted by {f} from {dept}.",
)
_KEY = re.compile(r"\{([a-z]+)\}")
_PEOPLE = ("n", "m", "k", "f", "s")


def _person(key: str, rng: random.Random) -> tuple[str, str, str]:
    """(text before the name, the name, text after) for one mention of the shape `key` asks for."""
    if key == "f":
        return "", rng.choice(FIRST), ""
    if key == "s":
        surname = rng.choice(LAST) if rng.random() < 0.8 else rng.choice(WHOLE).split(" ", 1)[1]
        return rng.choice(TITLES) + " ", surname, ""
    u = rng.random()
    if u < 0.18:
        name = rng.choice(WHOLE)
    elif u < 0.26:
        name = f"{rng.choice(FIRST)[0]}. {rng.choice(LAST)}"
    elif u < 0.32:
        name = f"{rng.choice(FIRST)[0]}. {rng.choice(FIRST)[0]}. {rng.choice(LAST)}"
    elif u < 0.40:
        name = f"{rng.choice(FIRST)} {rng.choice(FIRST)[0]}. {rng.choice(LAST)}"
    else:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    title = rng.choice(TITLES) + " " if rng.random() < 0.12 else ""
    return title, name, ""


def _fill(template: str, rng: random.Random, parts: list[str], spans: list[list], pos: int) -> int:
    """Appends the filled template to `parts`, the person spans to `spans`; returns the new offset."""
    chosen: dict[str, tuple[str, str, str]] = {}
    at = 0
    for m in _KEY.finditer(template):
        lead = template[at:m.start()]
        parts.append(lead)
        pos += len(lead)
        key = m.group(1)
        if key in _PEOPLE:
            if key not in chosen:
                chosen[key] = _person(key, rng)
            before, name, after = chosen[key]
            if template[:m.start()].endswith(("Dr. ", "Prof. ")):
                before = ""  # the template already holds the title
            parts.append(before)
            pos += len(before)
            spans.append([pos, pos + len(name), "person"])
            parts.append(name + after)
            pos += len(name) + len(after)
        else:
            value = rng.choice(_DECOYS[key])
            parts.append(value)
            pos += len(value)
        at = m.end()
    parts.append(template[at:])
    return pos + len(template) - at


def documents(n_docs: int, seed: int) -> list[dict]:
    """`n_docs` documents of 2 to 5 sentences, with their person-name spans."""
    rng = random.Random(f"pii-names-d/{seed}")
    out = []
    for _ in range(n_docs):
        parts: list[str] = []
        spans: list[list] = []
        pos = 0
        for i in range(rng.randint(2, 5)):
            template = rng.choice(TEMPLATES)
            if i:  # run on after a finished sentence, else start a new line
                prose = parts[-1].endswith((".", "!", "?", '"')) and "\n" not in template
                sep = rng.choice([" ", "\n", "\n\n"]) if prose else rng.choice(["\n", "\n\n"])
                parts.append(sep)
                pos += len(sep)
            pos = _fill(template, rng, parts, spans, pos)
        out.append({"text": "".join(parts), "spans": spans})
    return out
