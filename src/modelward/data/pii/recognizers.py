"""Pattern recognisers: a regular expression proposes a span, a validator (checksum, issuer range, the
date calendar, an allocation rule) and the context around it decide. Each is a function
`(text) -> Iterator[PiiMatch]`; phones and person names have their own modules."""

from __future__ import annotations

import ipaddress
import math
import re
from collections.abc import Callable, Iterator
from datetime import date
from functools import lru_cache

from modelward.data.pii import checksums as cs
from modelward.data.pii import prefilter as pf
from modelward.data.pii.context import (
    CARD_CUES,
    DOB_CUES,
    ID_CUES,
    SSN_CUES,
    after_version_word,
    ascii_twin,
    has_cue,
    not_pii_identifier,
    words_before,
)
from modelward.data.pii.entities import Entity, PiiMatch

Recogniser = Callable[[str], Iterator[PiiMatch]]

# ---------------------------------------------------------------- e-mail

_EMAIL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._%+'-]{0,62}[A-Za-z0-9_%+-])?@"
                    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9-])")
_FILE_SUFFIXES = frozenset({"png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "css", "js", "ts", "py", "json",
                            "xml", "html", "htm", "pdf", "txt", "csv", "zip", "gz", "tar", "mp4", "mov", "wav"})


_NOT_LOCAL = re.compile(r"[^A-Za-z0-9._%+'-]")


def _local_part_start(text: str, lo: int, at: int) -> int:
    """Where to look for an address around the "@" at `at`, from `lo` on: the start of the run of
    local-part characters just before it. A match that starts before that run has its own "@" before
    the run and ends before it (domain characters are local-part characters too), so the search would
    pass over it; unless the character before the run is that "@" (then `lo` stays)."""
    if at <= lo:
        return lo
    other = _NOT_LOCAL.search(text[lo:at][::-1])
    if other is None:
        return lo
    run = at - other.start()
    return run if text[run - 1] != "@" else lo


# Addresses written to escape harvesters (and filters): "alice [at] example [dot] com", "alice(at)example.com",
# "alice AT example DOT com", full-width "＠", "&#64;". The top-level domain must be a common one. The words in
# capitals only: "alice at example dot com" is also "I work at Acme dot com", and with the capital "AT" some dot
# must be spelled out too, so that "LOOK AT EXAMPLE.COM" is no address.
_SPELLED_AT = r"\s*[\[({<]\s*(?:at|AT|At|@)\s*[\])}>]\s*"
_WORD_AT = r"\s+AT\s+"
_SPELLED_DOT = r"\s*[\[({<]\s*(?:dot|DOT|Dot|\.)\s*[\])}>]\s*|\s+DOT\s+"
_ANY_DOT = _SPELLED_DOT + r"|\.|．"
_COMMON_TLDS = ("com|org|net|edu|gov|mil|int|io|co|ai|app|dev|info|biz|me|us|uk|de|fr|es|it|nl|be|ch|at|se|no|dk|fi|"
                "pl|cz|pt|ie|ca|au|nz|jp|cn|in|br|ru|mx|za|eu|tv|xyz")
_OBFUSCATED_EMAIL = re.compile(
    r"(?<![\w.@%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?"
    r"(?P<at>" + _SPELLED_AT + "|" + _WORD_AT + r"|\s*＠\s*|&#0*64;|&#[xX]0*40;)"
    r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:(?:" + _ANY_DOT + r")[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"
    r"(?:" + _ANY_DOT + r")(?:" + _COMMON_TLDS + r"|" + _COMMON_TLDS.upper() + r")(?![\w-])")
_SPELLED_DOT_RE = re.compile(_SPELLED_DOT)
# what every obfuscated address holds, looked for in the lower-cased text (one pass) and " AT " in the text
_OBFUSCATION_CUE = re.compile(r"\[\s*(?:at|@)\s*\]|\(\s*(?:at|@)\s*\)|\{\s*(?:at|@)\s*\}|<\s*(?:at|@)\s*>|＠|&#")


def _obfuscated_emails(text: str) -> Iterator[PiiMatch]:
    for m in _OBFUSCATED_EMAIL.finditer(text):
        if m.group("at").strip() == "AT" and _SPELLED_DOT_RE.search(text, m.end("at"), m.end()) is None:
            continue  # "look at example.com": a word and a host, no address
        yield PiiMatch(m.start(), m.end(), Entity.EMAIL, m.group(), 0.85, "obfuscated")


def emails(text: str) -> Iterator[PiiMatch]:
    """Addresses with a dotted domain; not image names like icon@2x.png, nor a doubled dot; and addresses
    spelled out to escape harvesters (`_OBFUSCATED_EMAIL`)."""
    if " AT " in text or _OBFUSCATION_CUE.search(lower(text)) is not None:
        yield from _obfuscated_emails(text)
    pos = 0
    while (at := text.find("@", pos)) >= 0:  # the pattern is tried only around each "@"
        m = _EMAIL.search(text, _local_part_start(text, max(pos, at - 64), at), at + 256)
        while m is not None and m.end() <= at:
            m = _EMAIL.search(text, m.end(), at + 256)
        if m is None or m.start() > at:
            pos = at + 1
            continue
        pos = m.end()
        value = m.group()
        local, _, domain = value.rpartition("@")
        if ".." in local or domain.rsplit(".", 1)[-1].lower() in _FILE_SUFFIXES:
            continue
        start = m.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "._%+-"):
            continue
        yield PiiMatch(start, m.end(), Entity.EMAIL, value, 0.99)


# ---------------------------------------------------------------- payment cards

_CARD = re.compile(r"\d(?<![\w.+-]\d)(?:[ -]?\d){11,18}(?![\w])")
_CARD_ASCII = ascii_twin(_CARD)


# Groups separated by dots ("4111.1111.1111.1111", Amex "3782.822463.10005"), as some forms and exports write
# them: only in the card groupings, so a long decimal or a dotted version string is not read as one. Found from
# the dot after the first group (the engine jumps to the literal "." instead of stopping at every digit).
_DOTTED_TAIL = re.compile(r"\.\d{4}\.\d{4}\.\d{4}(?:\.\d{3})?|\.\d{6}\.\d{5}", re.ASCII)


def _dotted_cards(text: str) -> Iterator[PiiMatch]:
    for m in _DOTTED_TAIL.finditer(text):
        start, end = m.start() - 4, m.end()
        head = text[max(0, start):m.start()]
        if start < 0 or not (head.isascii() and head.isdigit()):
            continue
        if start and (text[start - 1].isalnum() or text[start - 1] in "._,+-"):
            continue  # glued to a longer number or token ("v2.4111.1111...", "1,4111.1111...")
        if end < len(text) and (text[end].isalnum() or text[end] == "_"
                                or (text[end] in ".," and text[end + 1:end + 2].isdigit())):
            continue
        raw = text[start:end]
        brand = cs.card_valid(raw.replace(".", ""))
        if brand is None or not_pii_identifier(text, start):
            continue
        yield PiiMatch(start, end, Entity.CARD, raw, 0.99 if has_cue(CARD_CUES, text, start) else 0.95, brand)


def cards(text: str) -> Iterator[PiiMatch]:
    """Card numbers in groups (spaces, dashes, or dots in the card groupings) or unbroken: issuer range, length and
    Luhn; an order or tracking number that happens to pass Luhn is refused unless a card word is near it."""
    if "." in text:
        yield from _dotted_cards(text)
    for m in pf.scan(text, pf.CARD, _CARD_ASCII, _CARD):  # tried only where a card's shape starts
        raw = m.group()
        spaced, dashed = " " in raw, "-" in raw  # the only separators _CARD allows
        continues = m.end() < len(text) and text[m.end()] in ".-" and text[m.end() + 1:m.end() + 2].isdigit()
        if (spaced and dashed) or continues:
            continue
        digits = raw.replace(" ", "").replace("-", "")
        brand = cs.card_valid(digits)
        if brand is None:
            continue
        if not_pii_identifier(text, m.start()):
            continue
        cue = has_cue(CARD_CUES, text, m.start())
        yield PiiMatch(m.start(), m.end(), Entity.CARD, raw, 0.99 if cue or spaced or dashed else 0.9, brand)


# ---------------------------------------------------------------- IBAN

# \b[A-Z]{2}\d{2}..., written to start with a character class (the word boundary checked behind the first
# letter) so that the engine skips to capitals instead of trying every position.
_IBAN = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]\d{2}(?: ?[A-Z0-9]){11,30}")
_IBAN_ASCII = ascii_twin(_IBAN)


def ibans(text: str) -> Iterator[PiiMatch]:
    """IBANs printed compact or in groups of four: the longest prefix of the candidate whose length is the
    country's and whose mod-97 check holds."""
    for m in pf.scan(text, pf.IBAN, _IBAN_ASCII, _IBAN):
        raw = m.group()
        length = cs.IBAN_LENGTHS.get(raw[:2])
        if length is None:
            continue
        end = length  # the shortest prefix holding `length` characters besides spaces (one space at most
        while (grown := length + raw.count(" ", 0, end)) != end:  # between two): grown until it holds them
            end = grown
        if end > len(raw):
            continue
        compact = raw[:end].replace(" ", "")
        if not cs.iban_valid(compact):
            continue
        stop = m.start() + end
        if stop < len(text) and text[stop].isalnum():
            continue
        yield PiiMatch(m.start(), stop, Entity.IBAN, raw[:end], 0.99, raw[:2])


# ---------------------------------------------------------------- IP addresses

_IPV4 = re.compile(r"(?<![\w.])(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}"
                   r"(?:/\d{1,2})?(?![\w]|\.\d)")
_IPV6 = re.compile(r"(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?![\w:])"
                   r"|(?<![\w:.])::(?:[0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4}(?![\w:])")


# Cheap finders of where an address can start: a dotted quad's first digit (after no word character or dot),
# and the first two colons of a hex-and-colon run. The full patterns are tried only there.
_IPV4_START = re.compile(r"\d(?<![\w.]\d)\d{0,2}\.\d{1,3}\.\d{1,3}\.\d")
_COLON_PAIR = re.compile(r":[0-9A-Fa-f]{0,4}:")
# The first dot of a dotted quad: the pattern opens with a literal, which the engine finds fast, and every
# _IPV4_START match begins one to three characters before such a dot.
_QUAD_DOT = re.compile(r"\.(?=\d{1,3}\.\d{1,3}\.\d)")
_QUAD_DOT_ASCII, _IPV4_START_ASCII = ascii_twin(_QUAD_DOT), ascii_twin(_IPV4_START)


def _ipv4_starts(text: str) -> Iterator[int]:
    """The starts of `_IPV4_START.finditer(text)`, trying the pattern only just before a dotted quad's first
    dot instead of at every digit of the text (which the bench's documents are a quarter of)."""
    end = 0
    tried = -1
    quad_dot, quad = (_QUAD_DOT_ASCII, _IPV4_START_ASCII) if text.isascii() else (_QUAD_DOT, _IPV4_START)
    for dot in quad_dot.finditer(text):
        for p in range(max(dot.start() - 3, end, tried + 1), dot.start()):
            tried = p
            if (hit := quad.match(text, p)) is not None:
                yield p
                end = hit.end()
                break


_HEX = frozenset("0123456789abcdefABCDEF")


def _ipv6_starts(text: str) -> Iterator[int]:
    """Where an IPv6 match can begin: every match holds two colons at most four hex digits apart, and starts
    at the beginning of the hex run before the first of them (or at "::")."""
    for m in _COLON_PAIR.finditer(text):
        s = m.start()
        while s > 0 and text[s - 1] in _HEX and m.start() - s < 5:
            s -= 1
        yield s


def ips(text: str) -> Iterator[PiiMatch]:
    """IPv4 (each octet at most 255; not after 'v'/'version') and IPv6 addresses that parse as such."""
    if "." in text:
        end = 0
        for start in _ipv4_starts(text):
            if start < end or (m := _IPV4.match(text, start)) is None:
                continue
            end = m.end()
            if any(map(str.isalpha, text[max(0, m.start() - 12):m.start()])) and after_version_word(text, m.start()):
                continue
            yield PiiMatch(m.start(), m.end(), Entity.IP, m.group(), 0.95, "ipv4")
    if "::" in text or text.count(":") >= 3:
        end = 0
        for start in _ipv6_starts(text):
            if start < end or (m := _IPV6.match(text, start)) is None:
                continue
            end = m.end()
            value = m.group()
            colons = value.count(":")
            if colons < 2 or ("::" not in value and colons not in (6, 7)) or len(value) - colons < 3:
                continue  # without "::", only 8 groups (7 colons) or 6 and a dotted quad parse (MACs, times)
            try:
                ipaddress.IPv6Address(value)
            except ValueError:
                continue
            yield PiiMatch(m.start(), m.end(), Entity.IP, value, 0.95, "ipv6")


# ---------------------------------------------------------------- US SSN and other national ids

_SSN = re.compile(r"(\d(?<![\w-]\d)\d\d)([- ]?)(\d{2})\2(\d{4})(?![\w]|-\d)")
_SSN_ASCII = ascii_twin(_SSN)


def ssns(text: str) -> Iterator[PiiMatch]:
    """US SSNs: 3-2-4 digits (dashes or spaces) under the SSA's allocation rules; nine unbroken digits only
    with an SSN word before them."""
    for m in pf.scan(text, pf.SSN, _SSN_ASCII, _SSN):
        digits = m.group(1) + m.group(3) + m.group(4)
        if not cs.ssn_valid(digits):
            continue
        cue = has_cue(SSN_CUES, text, m.start())
        if (not m.group(2) and not cue) or not_pii_identifier(text, m.start()):
            continue
        yield PiiMatch(m.start(), m.end(), Entity.SSN, m.group(), 0.99 if cue else 0.85)


_NINO = re.compile(r"([A-Z](?<!\w[A-Z])[A-Z]) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])\b")
_DIGIT_RUN = re.compile(r"\d(?<![\w.-]\d)(?:[ .-]?\d){8,14}(?![\w]|[.-]\d)")
_DNI = re.compile(r"[XYZ\d](?<!\w[XYZ\d])(?:(?<=[XYZ])\d{7,8}|(?<=\d)\d{6,7})-?[A-Z]\b")
# Every DNI/NIE ends in a capital after a digit (or a digit and a dash): texts without one skip _DNI, whose
# scan stops at every digit.
_DNI_GATE = re.compile(r"[A-Z](?:(?<=\d[A-Z])|(?<=\d-[A-Z]))\b")
_NIR = re.compile(r"[12](?<!\w[12]) ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?![\w])")
_NINO_ASCII, _DIGIT_RUN_ASCII, _DNI_ASCII, _NIR_ASCII = (ascii_twin(p) for p in (_NINO, _DIGIT_RUN, _DNI, _NIR))
# An ASCII text's character classes, digits as "0" and capitals as "A", one byte each: a NINO shows there as
# this shape, a DNI/NIE as "0A" or "0-A". Bytes searched for a literal are skipped over in C, so a text
# without them is done in a fraction of the patterns' time (most texts: the patterns stop at every capital).
_CLASSES = bytes.maketrans(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"0" * 10 + b"A" * 26)
_NINO_SHAPE = re.compile(rb"AA ?00 ?00 ?00 ?A")


def literal_trie(words: frozenset[str] | tuple[str, ...]) -> str:
    """A pattern that matches where one of `words` does, written as a tree of their common beginnings
    ("i(?:nsurance|nsee)" rather than "insurance|insee"): the engine tests a character once for all the words
    that share it instead of once per word (tests/data/pii/test_prefilter.py holds it to the plain alternation)."""
    if not words or "" in words:
        raise ValueError("literal_trie needs non-empty words")
    heads: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        heads.setdefault(word[0], []).append(word[1:])
    branches = []
    for head, tails in heads.items():
        rest = [t for t in tails if t]
        if len(tails) == 1:
            branches.append(re.escape(head + tails[0]))  # one word: its letters as they are
            continue
        tail = re.escape(rest[0]) if len(rest) == 1 else literal_trie(tuple(rest))
        branches.append(re.escape(head) + (f"(?:{tail})?" if len(rest) < len(tails) else f"(?:{tail})"))
    return "|".join(branches)


# Over the lower-cased text, the word boundary before a hit checked by hand: a pattern that starts with
# \b or (?i) is tried at every position, one that starts with a literal is not.
_WORD_CHAR = re.compile(r"\w")
# A cue may be part of a field name ("customer_bsn", "bsn_nr"): the underscore separates words here.
_ID_GATE = re.compile(r"(?:" + literal_trie(ID_CUES) + r")(?![^\W_])")


@lru_cache(maxsize=8)
def lower(text: str) -> str:
    """`text.lower()`, computed once per text for all the recognisers that look for cue words."""
    return text.lower()


def _has_id_word(text: str) -> bool:
    low = lower(text)
    return any(m.start() == 0 or low[m.start() - 1] == "_" or not _WORD_CHAR.match(low, m.start() - 1)
               for m in _ID_GATE.finditer(low))


def national_ids(text: str) -> Iterator[PiiMatch]:
    """UK NINO and Spanish DNI/NIE by shape and check letter; French NIR by its key; Canadian SIN, Dutch BSN
    and Indian Aadhaar (checksums that random numbers pass too often) only with an id word before them."""
    plain = text.isascii()
    classes = text.encode().translate(_CLASSES) if plain else b""
    for m in (_NINO_ASCII.finditer(text) if _NINO_SHAPE.search(classes) else ()) if plain else _NINO.finditer(text):
        if cs.uk_nino_valid("".join(m.groups())):
            yield PiiMatch(m.start(), m.end(), Entity.NATIONAL_ID, m.group(), 0.95, "uk_nino")
    dni = not plain or b"0A" in classes or b"0-A" in classes
    for m in (_DNI_ASCII if plain else _DNI).finditer(text) if dni and _DNI_GATE.search(text) else ():
        if cs.es_dni_valid(m.group().replace("-", "")):
            yield PiiMatch(m.start(), m.end(), Entity.NATIONAL_ID, m.group(), 0.95, "es_dni")
    for m in pf.scan(text, pf.NIR, _NIR_ASCII, _NIR):
        if cs.fr_nir_valid(m.group().replace(" ", "")):
            yield PiiMatch(m.start(), m.end(), Entity.NATIONAL_ID, m.group(), 0.95, "fr_nir")
    if not _has_id_word(text):
        return
    for m in (_DIGIT_RUN_ASCII if plain else _DIGIT_RUN).finditer(text):
        words = words_before(text, m.start(), 4)
        if not has_cue(ID_CUES, text, m.start(), words=words):
            continue
        digits = re.sub(r"\D", "", m.group())
        named = [kind for kind, cues in _SCHEME_CUES if has_cue(cues, text, m.start(), words=words)]
        schemes = sorted(_SCHEMES, key=lambda scheme: scheme[0] not in named)  # the scheme the text names first
        for kind, valid in schemes:
            if valid(digits):
                yield PiiMatch(m.start(), m.end(), Entity.NATIONAL_ID, m.group(), 0.9, kind)
                break


# Checksums that random numbers pass too often, tried in this order unless a cue names one of them.
_SCHEMES = (("ca_sin", cs.ca_sin_valid), ("nl_bsn", cs.nl_bsn_valid), ("in_aadhaar", cs.in_aadhaar_valid))
_SCHEME_CUES = (("nl_bsn", frozenset({"bsn", "burgerservicenummer"})), ("in_aadhaar", frozenset({"aadhaar", "uid"})),
                ("ca_sin", frozenset({"sin"})))


# ---------------------------------------------------------------- secrets

# (kind, a literal that every match contains, pattern): the literal is looked for first, which is cheap
_SECRET_PATTERNS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    # a block without its END line (an answer cut at its token limit, a stream not finished) is a secret too:
    # the header and the key's characters after it
    ("private_key", "PRIVATE KEY", re.compile(r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?:[\s\S]{0,8192}?"
                               r"-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|[A-Za-z0-9+/=:,\s-]{0,8192})")),
    ("aws_access_key", "A", re.compile(r"A(?<!\wA)(?:KIA|SIA|GPA|IDA|ROA|NPA|NVA|IPA)[A-Z0-9]{16}\b")),
    ("github_token", "_", re.compile(r"g(?<!\wg)(?:h[pousr]_[A-Za-z0-9]{36,255}|ithub_pat_[A-Za-z0-9_]{22,255})\b")),
    ("gitlab_token", "glpat-", re.compile(r"\bglpat-[A-Za-z0-9_-]{20,}\b")),
    ("slack_token", "xox", re.compile(r"\bxox[abposr]-[A-Za-z0-9-]{10,}\b")),
    ("stripe_key", "_", re.compile(r"[sr](?<!\w[sr])k_(?:live|test)_[A-Za-z0-9]{16,}\b")),
    ("google_api_key", "AIza", re.compile(r"\bAIza[0-9A-Za-z_-]{35}\b")),
    ("openai_key", "sk-", re.compile(r"\bsk-(?:proj-|svcacct-)?[A-Za-z0-9_-]{32,}\b")),
    ("jwt", "eyJ", re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}")),
    ("url_credentials", "://", re.compile(r"\b[a-z][a-z0-9+.-]{1,15}://[^\s:/@]{1,64}:([^\s@/]{3,128})@[^\s/]+")),
)
# (?i)\b(?:password|passwd|pwd|secret|api[_-]?key|apikey|access[_-]?key|auth[_-]?token|client[_-]?secret|token|
# private[_-]?key)\b..., written to start with a character class (the first letters) so that the engine skips
# to those letters instead of trying every position; the alternatives keep their order.
_ASSIGNED = re.compile(r"(?i)[pstac](?<!\w[pstac])(?:(?<=p)(?:assword|asswd|wd)|(?<=s)ecret|(?<=a)(?:pi[_-]?key|"
                       r"pikey|ccess[_-]?key|uth[_-]?token)|(?<=c)lient[_-]?secret|(?<=t)oken|(?<=p)rivate[_-]?key)"
                       r"\b[\"']?\s*[:=]\s*[\"']?([^\s\"',;]{8,200})")


# Words every _ASSIGNED name contains, looked for in the lower-cased text before the pattern runs. Outside
# ASCII, IGNORECASE also folds "ſ" onto "s" and the like, where lower() does not: the looser list goes there.
_ASSIGNED_WORDS = ("password", "passwd", "pwd", "secret", "key", "token")
_ASSIGNED_WORDS_FOLDED = ("pass", "pwd", "secret", "key", "token")


def entropy_bits(value: str) -> float:
    """Shannon entropy of the characters of `value`, in bits per character."""
    counts: dict[str, int] = {}
    for ch in value:
        counts[ch] = counts.get(ch, 0) + 1
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


def secrets(text: str) -> Iterator[PiiMatch]:
    """Keys and tokens of known formats, and values assigned to a password/secret/key/token name when they
    look random (entropy of at least 3 bits a character, not a placeholder)."""
    for kind, literal, pattern in _SECRET_PATTERNS:
        if literal not in text:
            continue
        for m in pattern.finditer(text):
            yield PiiMatch(m.start(), m.end(), Entity.SECRET, m.group(), 0.99, kind)
    low = lower(text)
    if not any(word in low for word in (_ASSIGNED_WORDS if text.isascii() else _ASSIGNED_WORDS_FOLDED)):
        return
    for m in _ASSIGNED.finditer(text):
        value = m.group(1)
        if value.lower() in {"password", "changeme", "xxxxxxxx", "********", "redacted", "<redacted>"} or (
                set(value) <= set("*xX<>[]._-")) or entropy_bits(value) < 3.0:
            continue
        yield PiiMatch(m.start(1), m.end(1), Entity.SECRET, value, 0.8, "assigned_secret")


# ---------------------------------------------------------------- dates of birth

_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
           "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_DATE = re.compile(
    r"(?<![\w/.-])(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})([/.-])(\d{1,2})\5(\d{4}|\d{2})"
    rf"|(\d{{1,2}})(?:st|nd|rd|th)?\.? (?i:({_MONTHS}))\.?,? (\d{{4}})"
    rf"|(?i:({_MONTHS}))\.? (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}}))(?![\w/]|[.-]\d)"
)
_MONTH_INDEX = {name: i % 12 + 1 for i, name in enumerate(_MONTHS.split("|")[:12])}
_MONTH_INDEX.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                     "oct": 10, "nov": 11, "dec": 12})


def _year(text: str) -> int:
    y = int(text)
    return y + (1900 if y >= 30 else 2000) if len(text) == 2 else y


def _calendar_ok(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return 1900 <= y <= date.today().year


def _parse_date(m: re.Match[str]) -> bool:
    g = m.groups()
    if g[0]:
        return _calendar_ok(int(g[0]), int(g[1]), int(g[2]))
    if g[3]:
        a, b, y = int(g[3]), int(g[5]), _year(g[6])
        return _calendar_ok(y, b, a) or _calendar_ok(y, a, b)  # day-first or month-first
    if g[7]:
        return _calendar_ok(int(g[9]), _MONTH_INDEX[g[8].lower()], int(g[7]))
    return _calendar_ok(int(g[12]), _MONTH_INDEX[g[10].lower()], int(g[11]))


_DOB_WORDS = ("born", "birth", "dob", "d.o.b", "geboren", "geb.", "né", "nacimiento", "nascita")
_DOB_GATE = re.compile(literal_trie(_DOB_WORDS))  # any(cue in low for cue in _DOB_WORDS), in one pass


def dates_of_birth(text: str) -> Iterator[PiiMatch]:
    """Calendar dates (numeric or with a month name, 1900 to today) with a birth word before them."""
    low = lower(text)
    if _DOB_GATE.search(low) is None:
        return
    for m in _DATE.finditer(text):
        if has_cue(DOB_CUES, text, m.start(), 6) and _parse_date(m):
            yield PiiMatch(m.start(), m.end(), Entity.DATE_OF_BIRTH, m.group(), 0.9)


# ---------------------------------------------------------------- postal addresses

_SUFFIXES = (r"Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|"
             r"Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Crescent|Close|Gardens|Row|Mews|Walk|Hill|"
             r"Grove|Park")
_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'.]+"
_US_ADDRESS = re.compile(
    rf"\b\d{{1,6}}[A-Za-z]? (?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.? )?(?:{_WORD} ){{1,4}}"
    rf"(?:{_SUFFIXES})\b\.?(?:,? (?:Apt|Apartment|Suite|Ste|Unit|Floor|Fl|#)\.? ?#?[\w-]{{1,6}})?"
    rf"(?:,? (?:{_WORD} ?){{1,3}},? (?:[A-Z]{{2}} \d{{5}}(?:-\d{{4}})?|[A-Z]{{1,2}}\d[A-Z\d]? ?\d[A-Z]{{2}}))?"
)
_DE_ADDRESS = re.compile(
    r"\b[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer)"
    r" \d{1,4}[a-z]?(?:, ?\d{5} [A-ZÄÖÜ][a-zäöüß]+(?:[ -][A-ZÄÖÜ][a-zäöüß]+)?)?"
)
_FR_ADDRESS = re.compile(
    r"\b\d{1,4}(?: ?(?:bis|ter))?,? (?:rue|avenue|boulevard|bd|place|chemin|allée|impasse|quai|route) "
    r"(?:(?:de|du|des|la|le|l'|d')\s?)*[A-ZÀ-Ý][\wÀ-ÿ'-]+(?: [A-ZÀ-Ý][\wÀ-ÿ'-]+){0,3}(?:, ?\d{5} [A-ZÀ-Ý][\wÀ-ÿ'-]+)?"
)


# Whether a text can hold an address at all: a street word after a small letter ([a-z.] (?:Street|...)\b),
# "straße 1", "1 rue ". Each is written to start with a literal or a few capitals, looking behind for the
# rest, so that the engine skips to those instead of trying the alternatives at every position.
_US_GATE = re.compile("(?:" + "|".join(f"{s}(?<=[a-z.] {s})" for s in _SUFFIXES.split("|")) + r")\b")
# (the last letters of the German street words are looked behind for first: most " 1" follow none of them)
_DE_GATE = re.compile(r" \d(?<=[eg.zmr] \d)(?:" + "|".join(f"(?<={w} \\d)" for w in (
    "straße", "strasse", r"str\.", "weg", "platz", "allee", "gasse", "ring", "damm", "ufer")) + ")")
_FR_GATE = re.compile(r" (?=(?:rue|avenue|boulevard|bd|place|chemin|allée|impasse|quai|route) )(?:(?<=\d )|(?<=\d, ))")


def addresses(text: str) -> Iterator[PiiMatch]:
    """Street addresses: house number, street name and type (US/UK style, with unit, city, state and ZIP or UK
    postcode when present), German Straße/Weg/Platz with postcode and city, French rue/avenue."""
    for kind, pattern, gate in (("us_uk", _US_ADDRESS, _US_GATE), ("de", _DE_ADDRESS, _DE_GATE),
                                ("fr", _FR_ADDRESS, _FR_GATE)):
        if gate.search(text) is None:  # no street word, no address: skip the costly pattern
            continue
        for m in pattern.finditer(text):
            if m.start() == 0 or text[m.start() - 1] not in ".-/":  # not the tail of a version or a path
                yield PiiMatch(m.start(), m.end(), Entity.ADDRESS, m.group(), 0.85, kind)


PATTERN_RECOGNISERS: dict[Entity, Recogniser] = {
    Entity.SECRET: secrets,
    Entity.EMAIL: emails,
    Entity.CARD: cards,
    Entity.IBAN: ibans,
    Entity.SSN: ssns,
    Entity.NATIONAL_ID: national_ids,
    Entity.IP: ips,
    Entity.DATE_OF_BIRTH: dates_of_birth,
    Entity.ADDRESS: addresses,
}
