"""Person names, offline: runs of capitalised words scored against a shipped lexicon of first and last
names (U.S. Census Bureau name files; see bench/data/build_names_lexicon.py) and context rules (a title
such as "Mr" or "Dr", a greeting, "name:"), with a stop list of capitalised words that are not names.

No model hub and no NLP model: the lexicon and the rules are all there is, so the detector runs in any
environment and gives the same answer everywhere."""

from __future__ import annotations

import gzip
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from modelward.data.pii.context import word_set
from modelward.data.pii.entities import Entity, PiiMatch

_UP = "A-ZÀ-ÖØ-ÞĀ-ſ"  # Latin-1 capitals, and Latin Extended-A (capitals and small letters interleave there)
_LOW = "a-zß-öø-ÿĀ-ſ"
_TOKEN = rf"[{_UP}][{_LOW}]+(?:[-'’][{_UP}{_LOW}][{_LOW}]+)?"
_PARTICLE = (r"(?:van der|van den|van de|van|von der|von|de la|de los|de las|del|de|der|den|da|di|du|dos|das|le|la|"
             r"bin|ibn|al|el|ten|ter|zu)")
_TITLES = (r"Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lady|Lord|Rev|Fr|Herr|Frau|Mme|Mlle|Sr|Sra|Srta|Sig|Dott|"
           r"Mister|Madame|Monsieur|Señor|Señora|Signor|Signora|Doctor")
_NAME = re.compile(
    rf"(?:(?P<title>{_TITLES})\.? )?(?P<name>{_TOKEN}(?: [{_UP}]\.)?(?: (?:{_PARTICLE} )?{_TOKEN}){{0,3}})"
    rf"(?![\w@]|\.[A-Za-z])"
)
_CUE = re.compile(r"(?:\b(?:dear|hi|hello|hey|thanks|thank you|cheers|regards|sincerely|signed|spoke with|"
                  r"talked to|met with|ask for)\b[ \t]*,?\s*"
                  r"|\b(?:name|contact|attn|attention|from|to|cc|by|patient|client|customer|employee|applicant|"
                  r"author|tenant|guest|passenger|student|user|manager|signed|owner|holder)[ \t]*:[ \t]*)$",
                  re.IGNORECASE)

_MID = re.compile(r"[a-z,] $")
_SUBJECT_VERB = re.compile(r" (?:will|would|is|was|has|had|said|says|called|calls|joined|joins|wrote|writes|asked|"
                           r"asks|can|could|should|may|might|must|did|does|sent|sends|signed|agreed|reported|"
                           r"told|met|left|arrived|works|worked|lives|lived)\b")
_DETERMINER = re.compile(r"\b(?:the|a|an|this|that|our|your|their|its|these|those)\s+$", re.IGNORECASE)

# Capitalised words that are names in the census lists but far more often something else, or that
# start sentences, places and organisations.
STOPWORDS = word_set("""
the this that these those there then than they their them he she his her we our you your it its i a an and
or but nor so yet for with without from to in into on onto at by of off as if when where what who whom whose
why how all any each every some many most more less few other another such no not only own same very can will
just should now also please thanks thank dear hello hi hey regards best kind warm sincerely yours cheers
team customer customers support service services sales office department dept inc ltd llc plc corp corporation
company co group holdings bank university college school hospital clinic institute foundation association
street st avenue ave road rd boulevard blvd lane ln drive dr court ct way place square park city county state
states province region district north south east west northern southern eastern western central new old
great grand little big upper lower saint san santa los las el la le fort mount mountain lake river bay beach
island islands valley united kingdom republic america american europe european asia asian africa african
pacific atlantic order invoice account version release model product project report data email mail phone
address name date birth number card total payment amount subject re fwd note notes meeting agenda summary
monday tuesday wednesday thursday friday saturday sunday january february march july
september october november december mon tue wed thu fri sat sun feb mar apr jun jul aug sep sept oct
nov dec mr mrs ms miss dr prof sir today tomorrow yesterday morning afternoon evening night christmas
easter ok yes no okay
ip server client host network admin user guest root system systems cloud web app api id key token
message reply sent received attached attachment file files document page section chapter table figure
welcome hope sorry good great happy nice glad sure let see call text ticket issue bug fix update updates
release notes news press media international national global general public private limited farms farm
industries solutions technologies partners labs
ventures studios consulting capital enterprises motors foods running part wire
""")


# Words that end organisations and places ("Acme Corporation", "Baker Street"), never a surname here.
TRAILING = word_set("""
street st avenue ave road rd boulevard blvd lane ln drive court ct way place square park inc ltd llc plc corp
corporation company co group holdings bank university college school hospital clinic institute foundation
association farms farm industries solutions technologies partners labs ventures studios consulting capital
enterprises motors foods city county state team office department report review
""")


@dataclass(frozen=True)
class NameLexicon:
    """First and last names (lower case) with their frequency rank (0 = most common)."""

    first: dict[str, int]
    last: dict[str, int]


@lru_cache(maxsize=1)
def lexicon() -> NameLexicon:
    """The shipped lexicon (loaded once)."""
    raw = resources.files("modelward.data.pii").joinpath("names.txt.gz").read_bytes()
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    for line in gzip.decompress(raw).decode("ascii").splitlines():
        kind, _, name = line.partition(" ")
        table = first if kind == "F" else last
        table.setdefault(name, len(table))
    return NameLexicon(first, last)


@lru_cache(maxsize=65536)
def _fold(token: str) -> str:
    """Lower case without accents ("José" -> "jose"): the census lists are ASCII."""
    return "".join(c for c in unicodedata.normalize("NFKD", token.lower()) if not unicodedata.combining(c))


_PARTS = re.compile(r"[-'’]")


@lru_cache(maxsize=65536)
def _known_in(token: str, first: bool) -> bool:
    lex = lexicon()
    table = lex.first if first else lex.last
    t = _fold(token)
    return t in table or any(part in table for part in _PARTS.split(t) if len(part) > 1)


def _known(token: str, table: dict[str, int]) -> bool:
    """True when `token` (or a part of a hyphenated one) is in `table`, one of the lexicon's two tables."""
    lex = lexicon()
    if table is lex.first or table is lex.last:
        return _known_in(token, table is lex.first)  # cached: the same words recur on every page
    t = _fold(token)
    return t in table or any(part in table for part in _PARTS.split(t) if len(part) > 1)


def _score(tokens: list[str], titled: bool, cued: bool, lex: NameLexicon, mid_sentence: bool = False) -> float:
    if titled:
        return 0.95
    if len(tokens) == 1:
        t = tokens[0]
        return 0.7 if cued and (_known(t, lex.first) or _known(t, lex.last)) else 0.0
    first, last = tokens[0], tokens[-1]
    first_known, last_known = _known(first, lex.first), _known(last, lex.last)
    if first_known and last_known:
        return 0.9
    if first_known or (last_known and (cued or _known(first, lex.last))):
        return 0.75 if cued else 0.65
    if last_known:
        return 0.55
    if cued:
        return 0.6
    return 0.5 if mid_sentence and len(tokens) <= 3 else 0.0  # an unknown capitalised pair inside a sentence


_CAPITALISED = re.compile(rf"[{_UP}][{_LOW}]")


def _name_runs(text: str) -> Iterator[re.Match[str]]:
    """`_NAME.finditer(text)`, but tried only where a capitalised word starts: the full pattern opens with
    optional groups, so the regular-expression engine would try it at every position."""
    pos = 0
    while (hit := _CAPITALISED.search(text, pos)) is not None:
        m = _NAME.match(text, hit.start())
        if m is None:
            pos = hit.end()
            continue
        yield m
        pos = max(m.end(), hit.start() + 1)


def person_names(text: str, min_score: float = 0.5) -> Iterator[PiiMatch]:
    """Spans that read as person names: "Title Name", "First Last" (either in the lexicon; both known
    scores higher), or one known name after a greeting or "name:"."""
    lex = lexicon()
    for m in _name_runs(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "@._"):
            continue
        name = m.group("name")
        if min_score > 0 and " " not in name and m.group("title") is None and (
                name.lower() in STOPWORDS or not (_known(name, lex.first) or _known(name, lex.last))):
            continue  # one untitled word scores above 0 only when it is a known name (most are "The", "Order")
        words = name.split(" ")
        start = m.start("name")
        while words and words[0].lower().strip(".") in STOPWORDS:  # "Dear", "The", "Thanks" ... are not names
            start += len(words[0]) + 1
            words = words[1:]
        while (len(words) > 2 and not _known(words[0], lex.first) and not _known(words[0], lex.last)
               and _known(words[1], lex.first) and not re.fullmatch(_PARTICLE, words[1])):
            start += len(words[0]) + 1  # "Reach Maria Garcia": the name starts at its first name
            words = words[1:]
        if words and words[-1].lower() in TRAILING:  # an organisation or a place: "Acme Corporation"
            continue
        while words and words[-1].lower() in STOPWORDS and words[-1].lower() not in lex.last:
            words = words[:-1]
        tokens = [w for w in words if len(w) > 2 or not w.endswith(".")]
        tokens = [t for t in tokens if not re.fullmatch(_PARTICLE, t)]
        if not tokens:
            continue
        titled = m.group("title") is not None and start == m.start("name")
        if not titled and _DETERMINER.search(text, max(0, start - 8), start):
            continue  # "the Machine Learning team", "our Green Valley office": a thing, not a person
        cued = titled or _CUE.search(text[max(0, start - 30):start]) is not None
        end = start + len(" ".join(words))
        # inside a sentence, or its subject: a capitalised pair followed by a verb ("... will join")
        placed = (_MID.search(text, max(0, start - 20), start) is not None
                  or (len(tokens) >= 2 and _SUBJECT_VERB.match(text, end) is not None))
        score = _score(tokens, titled, cued, lex, placed)
        if score < min_score:
            continue
        begin = m.start() if titled else start
        yield PiiMatch(begin, end, Entity.PERSON, text[begin:end], score)
