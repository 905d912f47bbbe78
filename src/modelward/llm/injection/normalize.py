"""Undo the obfuscation that hides an injection from a detector, before anything is scored.

`normalise(text)` returns the canonical text (Unicode NFKC, invisible and bidi characters removed,
lookalike letters of mixed-script words mapped to Latin, markdown and HTML-comment markers removed,
whitespace collapsed) and the *views* an attacker may have encoded the payload in: base64, hex, URL, HTML
numeric character references and \\u escapes (decoded segments, nested up to `MAX_DEPTH`; character codes,
octal, quoted-printable and base32 where they decode to language), Unicode tag characters (invisible ASCII),
rot13, leetspeak, letter-spaced and reversed text (an encoding spaced out or reversed is decoded too), letters under
piled-up combining marks (also marks spaced out on no letter), small capitals, regional indicators and braille,
upside-down text, and the text without fillers set off by commas inside its clauses (`unfilled`: "Ignore your
previous, kindly, instructions"; read by the rules only). Each view says how it was obtained, so a detection
names the trick. `signals` counts what is suspicious in itself (tag characters, bidi controls, zero-width
characters inside words, mixed-script words) and what was left unread: decoded segments and their readings past
`MAX_SEGMENTS` (`OVER_LIMIT`).

A view that only re-spells ordinary text (rot13 of plain English is gibberish) is marked `decoded=False`
unless it reads more like language than the original (`language_gain`), so the model scores only the
views that decode to something.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import html
import re
import unicodedata
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

MAX_DEPTH = 2          # base64 inside base64 inside the text
MAX_SEGMENTS = 16      # decoded segments read per text (a flood of blobs cannot multiply the work)
# What a flood leaves unread is a signal of its own (`OVER_LIMIT`, which flags the text): 16 benign base64 blobs
# before an encoded order let it pass unread before (2026-12-04); no development text decodes more than 3 segments.
OVER_LIMIT = "segments_over_limit"
MIN_ENCODED_CHARS = 16

_TAGS = range(0xE0000, 0xE0080)  # Unicode tag characters: invisible twins of ASCII
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e\u034f")

# Letters of other scripts that look like Latin ones (Unicode confusables, the common subset).
_CONFUSABLES = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "У": "Y", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S",
    "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u",
    "χ": "x", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    "ɡ": "g", "ɑ": "a", "ı": "i", "ȷ": "j", "ℓ": "l", "ո": "n", "ս": "u", "օ": "o", "ց": "g",
})
CONFUSABLES: dict[int, str] = _CONFUSABLES
_CONFUSABLE_CHARS = frozenset(chr(c) for c in _CONFUSABLES)
# Letters of a language's own alphabet that are also lookalikes (Turkish and Azerbaijani dotless i): mapped,
# but a word holding only these is not counted as mixed-script (on the multilingual development set,
# ordinary Azerbaijani sentences were flagged by that signal alone).
_NATIVE_LOOKALIKES = frozenset("ı")
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g",
                       "@": "a", "$": "s", "!": "i", "|": "l", "+": "t", "(": "c", "€": "e"})

_WORD = re.compile(r"\w+", re.UNICODE)
_LONG_WORD = re.compile(r"\w\w+", re.UNICODE)  # the runs of `_WORD` of two characters or more
_CONFUSABLE_ANY = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_CONFUSABLES)) + "]")
_LEET_TOKEN = re.compile(r"(?<![\w@$!|+(€])(?=[\w@$!|+(€]*[a-zA-Z])(?=[\w@$!|+(€]*[013457@$!|+(€])"
                         r"[\w@$!|+(€]{3,}")
_BASE64 = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{" + str(MIN_ENCODED_CHARS) + r",}={0,2}")
_HEX = re.compile(r"(?<![0-9A-Fa-f])(?:(?:0x|\\x)?[0-9A-Fa-f]{2}[\s:,]?){8,}")
_PERCENT = re.compile(r"(?:%[0-9A-Fa-f]{2}[^%\s]{0,3}){3,}")
_UESCAPE = re.compile(r"(?:\\u[0-9A-Fa-f]{4}){3,}")
# Rarer spellings of bytes, decoded only where the result reads as language (a list of numbers is not a message)
_CODE = r"(?:3[2-9]|[4-9]\d|1[01]\d|12[0-6])"  # a printable ASCII character's decimal code
_DECIMAL_CODES = re.compile(r"(?<![\d.])(?:" + _CODE + r"[ ,;]+){7,}" + _CODE + r"(?![\d.])")
_OCTAL = re.compile(r"(?:\\[0-7]{3}){4,}")
_QUOTED_PRINTABLE = re.compile(r"(?:=[0-9A-Fa-f]{2}){4,}")
_BASE32 = re.compile(r"(?<![A-Za-z0-9])[A-Z2-7]{16,}={0,6}(?![A-Za-z0-9])")
_CHARREF = re.compile(r"(?:&#(?:\d{1,7}|[xX][0-9A-Fa-f]{1,6});?[^&\s]{0,3}){3,}")  # HTML numeric character references
# what may stand between the letters of a spaced-out word: ASCII spacers, and any symbol outside ASCII (an emoji
# between letters, "I🙂g🙂n🙂o🙂r🙂e", reads as the word to a language model)
_SEP = r"(?:[ .\-_*|/·•+~]|[^\w\s\x00-\x7f])"
# a spaced character: a word character, or one that writes an encoding ("& # 7 3 ;", "\\ u 0 0 4 9", "% 4 9")
_SPACED_CHAR = r"[\w&#;%\\]"
_SPACED = re.compile(r"(?<!" + _SPACED_CHAR + ")(?:" + _SPACED_CHAR + _SEP + r"{1,3}){3,}" + _SPACED_CHAR
                     + "(?!" + _SPACED_CHAR + ")")
_MARKDOWN = re.compile(r"```(?:[\w+-]*(?=\n))?|`|<!--|-->|(?m:^\s{0,3}(?:#{1,6}|>+)\s?)|(?<!\w)[*_~]{1,3}|"
                       r"[*_~]{1,3}(?!\w)")
_SPACES = re.compile(r"\s+")

# Frequent words of the languages the detector reads: a decoding that raises their share is real.
_COMMON = frozenset(" ".join((
    "the be to of and a in that have i it for not on with he as you do at this but his by from they we ",
    "say her she or an will my one all would there their what so up out if about who get which go me when ",
    "make can like time no just him know take people into year your good some could them see other than ",
    "then now look only come its over think also back after use two how our work first well way even new ",
    "want because any these give day most us is are was were has had been did does said please tell write ",
    "show give ignore instructions previous above rules system prompt answer question text following all ",
    "every now must should from le la les de des et un une est que qui pour dans pas vous tu je il elle ",
    "nous sur avec ce cette au aux der die das und ist nicht ich du sie wir ein eine zu mit von den dem ",
    "auf für es el los las y en que es no por con para una un lo su se del al como il lo gli e che di non ",
    "per una con sono o os as e que não um uma para com do da em ",
)).split())

COMMON_WORDS = _COMMON


@dataclass(frozen=True)
class View:
    """One reading of the text: `how` names the decoding (plain, base64, hex, url, unicode-escape, tags,
    rot13, leet, spaced, reversed); `decoded`: it turned an encoding into readable text."""

    text: str
    how: str
    decoded: bool = True


@dataclass(frozen=True)
class Normalised:
    text: str
    views: tuple[View, ...] = ()
    signals: dict[str, int] = field(default_factory=dict)

    def all_views(self) -> Iterator[View]:
        yield View(self.text, "plain")
        yield from self.views


def language_share(text: str) -> float:
    """Share of the words of `text` that are frequent words of a language the detector reads (words of one
    letter say nothing: `_LONG_WORD` finds the runs of `_WORD` of two characters or more)."""
    words = _LONG_WORD.findall(text.lower())
    if not words:
        return 0.0
    return sum(map(_COMMON.__contains__, words)) / len(words)


def _printable(text: str) -> bool:
    if not text:
        return False
    good = sum(ch.isprintable() or ch in "\n\t\r" or ch in _ZERO_WIDTH for ch in text)  # zero-width: stripped later
    return good / len(text) >= 0.9 and any(ch.isalpha() for ch in text)


def _b64(segment: str) -> str | None:
    core = segment.rstrip("=")
    if len(core) < MIN_ENCODED_CHARS or core.isalpha() or core.isdigit() or core.islower() or core.isupper():
        return None  # plain words, numbers and identifiers are not base64 worth decoding
    try:
        raw = base64.b64decode(core + "=" * (-len(core) % 4), altchars=b"-_" if "-" in core or "_" in core
                               else None, validate=True)
        text = raw.decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None
    return text if _printable(text) else None


def _hex(segment: str) -> str | None:
    digits = re.sub(r"0x|\\x|[\s:,]", "", segment)
    if len(digits) % 2:
        digits = digits[:-1]
    try:
        text = bytes.fromhex(digits).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return None
    return text if _printable(text) else None


def _bytes_text(raw: bytes) -> str | None:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text if _printable(text) and language_share(text) >= 0.3 else None


def _rare_spellings(text: str) -> list[View]:
    """Decimal character codes, octal escapes, quoted-printable and base32 that decode to language."""
    found = []
    for pattern, how, marks in ((_DECIMAL_CODES, "char-codes", " ,;"), (_OCTAL, "octal", "\\"),
                                (_QUOTED_PRINTABLE, "quoted-printable", "="), (_BASE32, "base32", "")):
        if marks and not any(mark in text for mark in marks):  # what every match of the pattern holds
            continue
        for m in pattern.finditer(text):
            seg = m.group(0)
            try:
                if how == "char-codes":
                    raw = bytes(int(x) for x in re.findall(r"\d+", seg))
                elif how == "octal":
                    raw = bytes(int(x, 8) for x in re.findall(r"[0-7]{3}", seg))
                elif how == "quoted-printable":
                    raw = bytes.fromhex(seg.replace("=", ""))
                else:
                    core = seg.rstrip("=")
                    raw = base64.b32decode(core + "=" * (-len(core) % 8))
            except (ValueError, binascii.Error):
                continue
            out = _bytes_text(raw)
            if out is not None:
                found.append(View(out, how))
            if len(found) > MAX_SEGMENTS:  # one past the limit: the caller knows a segment is left unread
                return found
    return found


def _decoded_segments(text: str, depth: int = 0) -> list[View]:
    """Segments of `text` that decode (base64, hex, %-escapes, &#NN; references, \\u escapes; character codes,
    octal, quoted-printable and base32 when they decode to language), recursively; at most MAX_SEGMENTS + 1, so
    that the caller sees when some are left unread."""
    found: list[View] = []
    for pattern, how, decode in ((_BASE64, "base64", _b64), (_HEX, "hex", _hex)):
        for m in pattern.finditer(text):
            out = decode(m.group(0))
            if out is not None:
                found.append(View(out, how))
            if len(found) > MAX_SEGMENTS:
                break
    for m in _PERCENT.finditer(text):
        out = urllib.parse.unquote(m.group(0))
        if out != m.group(0) and _printable(out):
            found.append(View(out, "url"))
    found += _rare_spellings(text)
    for m in _CHARREF.finditer(text):
        out = html.unescape(m.group(0))
        if out != m.group(0) and _printable(out):
            found.append(View(out, "html-entities"))
    for m in _UESCAPE.finditer(text):
        try:
            out = m.group(0).encode("ascii").decode("unicode_escape")
        except UnicodeDecodeError:
            continue
        if _printable(out):
            found.append(View(out, "unicode-escape"))
    found = found[:MAX_SEGMENTS + 1]
    if depth + 1 < MAX_DEPTH:
        nested = [v2 for v in found for v2 in _decoded_segments(v.text, depth + 1)]
        found += [View(v.text, v.how + "+nested") for v in nested][: MAX_SEGMENTS + 1 - len(found)]
    return found


def _within_limit(views: list[View], room: int, signals: dict[str, int]) -> list[View]:
    """The first `room` of `views`; the rest counted in `signals[OVER_LIMIT]` (never dropped silently)."""
    if len(views) > room:
        signals[OVER_LIMIT] = signals.get(OVER_LIMIT, 0) + len(views) - max(0, room)
    return views[:max(0, room)]


def _word_unconfuse(match: re.Match[str]) -> str:
    word = match.group(0)
    if any(ch in _CONFUSABLE_CHARS for ch in word) and any("a" <= ch.lower() <= "z" for ch in word):
        return word.translate(_CONFUSABLES)
    return word


# Any character `_strip_invisible` acts on: a text without one is returned as it is, without the loop.
_INVISIBLE = re.compile("[" + "".join(sorted(_BIDI | _ZERO_WIDTH)) + "\ufe00-\ufe0f\U000e0000-\U000e007f"
                        "\U000e0100-\U000e01ef]")


def _strip_invisible(text: str, signals: dict[str, int]) -> tuple[str, str]:
    """The text without invisible characters, and the ASCII hidden in tag characters."""
    if _INVISIBLE.search(text) is None:
        return text, ""
    out: list[str] = []
    hidden: list[str] = []
    n = len(text)
    for i, ch in enumerate(text):
        code = ord(ch)
        if code in _TAGS:
            signals["tag_characters"] = signals.get("tag_characters", 0) + 1
            if 0xE0020 <= code <= 0xE007E:
                hidden.append(chr(code - 0xE0000))
            continue
        if ch in _BIDI:
            signals["bidi_controls"] = signals.get("bidi_controls", 0) + 1
            continue
        if ch in _ZERO_WIDTH:
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < n else " "
            if before.isalnum() and after.isalnum():  # a joiner between emoji is ordinary; inside a word it hides
                signals["zero_width_in_words"] = signals.get("zero_width_in_words", 0) + 1
            continue
        if 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF:  # variation selectors
            continue
        out.append(ch)
    return "".join(out), "".join(hidden)


def _despace(text: str) -> str:
    """Letter-spaced runs joined: "i g n o r e  a l l" and "i-g-n-o-r-e a-l-l" read "ignore all" (a word
    ends at a wider gap, or at a separator other than the one between its letters)."""
    def join(m: re.Match[str]) -> str:
        run = m.group(0)
        seps = re.findall(r"(?<=" + _SPACED_CHAR + ")" + _SEP + r"+(?=" + _SPACED_CHAR + ")", run)
        inner = max(set(seps), key=seps.count) if seps else " "
        # words end at another spacer ("I🙂g🙂n🙂o🙂r🙂e a🙂l🙂l", "i 🙂 g  a 🙂 l"), where there is one (the spacer
        # doubled inside a word is then noise: "i🙂g🙂🙂n"); else at a wider gap of the same spacer ("i g  a l")
        def same(sep: str) -> bool:  # the spacer between letters, once or repeated
            return sep == inner * (len(sep) // len(inner))

        other = not all(map(same, seps))
        out = []
        for piece in re.split("(" + _SEP + "+)", run):
            if re.fullmatch(_SEP + "+", piece) is None:
                out.append(piece)
            elif not same(piece) or (not other and len(piece) > len(inner)):
                out.append(" ")
        return "".join(out)
    return _SPACED.sub(join, text)


_PIECE = re.compile(r"[^.:;!?\n]+[.:;!?\n]*")


def _pieces(text: str) -> list[tuple[str, float]]:
    """The sentence-like pieces `_piecewise` decodes one by one, each with its language share (read once for
    every decoding tried); none where the text is decoded whole."""
    pieces = _PIECE.findall(text)
    return [(p, language_share(p)) for p in pieces] if 2 <= len(pieces) <= 64 else []


def _piecewise(text: str, pieces: list[tuple[str, float]], decode: Callable[[str], str]) -> str:
    """`text` (in `pieces`, see `_pieces`) with each piece decoded only where the decoding reads more like
    language, so an ordinary wrapper ("Read this mirrored text:") stays as written around the decoded part;
    the whole text decoded when no piece gains (a reversed text's punctuation is reversed too)."""
    if not pieces:
        return decode(text)
    out, changed = [], False
    for piece, share in pieces:
        decoded = decode(piece)
        if language_share(decoded) - share >= 0.15:
            out.append(decoded)
            changed = True
        else:
            out.append(piece)
    return "".join(out) if changed else decode(text)


# Letters written with other characters a language model reads as those letters: small capitals, regional
# indicator symbols (the letters of flag emoji) and braille; and text turned upside down (mapped, then reversed)
_LETTERLIKE = str.maketrans({**dict(zip("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ", "abcdefghijklmnopqrstuvwyz", strict=True)),
                             **{chr(0x1F1E6 + i): chr(97 + i) for i in range(26)},
                             **dict(zip("⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚⠅⠇⠍⠝⠕⠏⠟⠗⠎⠞⠥⠧⠺⠭⠽⠵\u2800", "abcdefghijklmnopqrstuvwxyz ",
                                        strict=True))})
_LETTERLIKE_CHARS = re.compile("[" + "".join(chr(c) for c in _LETTERLIKE if c > 0x7F) + "]")
_UPSIDE_DOWN = str.maketrans(dict(zip("ɐɔǝɟƃɥᴉɾʞɯɹʇʌʍʎqpdbun˙¿¡", "acefghijkmrtvwybdpqnu.?!", strict=True)))
_UPSIDE_DOWN_CHARS = re.compile("[ɐɔǝɟƃɥᴉɾʞɯɹʇʌʍʎ]")
_MARK = "[\u0300-\u036f\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
_MARKED_LATIN = re.compile("[A-Za-z]" + _MARK)
_MARKS = re.compile(_MARK + "+")
MIN_TRICK_CHARS = 4  # characters of a spelling trick before its view is made
_NON_SPACE = re.compile(r"\S+")
_ZALGO_RUN = re.compile("(?:[A-Za-z]" + _MARK + "+){3}")  # three marked letters in a row: zalgo, not accents
# a combining mark on no letter (after a space, an emoji, a digit): never writing, the residue of zalgo spaced out
_DETACHED_MARK = re.compile("(?<![^\\W\\d_])(?<!" + _MARK + ")" + _MARK)


def _unmarked(text: str) -> str:
    """Latin letters without the combining marks piled on them ("Ĩg̃ñõr̃ẽ", zalgo text), when at least a third of
    the text's Latin letters carry one (French or Spanish accents stay far below that); otherwise in the words
    whose every letter carries one or more, so that ordinary sentences padded around the zalgo do not hide it."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    if len(_DETACHED_MARK.findall(decomposed)) >= MIN_TRICK_CHARS:
        return unicodedata.normalize("NFC", _MARKS.sub("", decomposed))
    marked = len(_MARKED_LATIN.findall(decomposed))
    if marked < MIN_TRICK_CHARS:
        return text
    if 3 * marked >= sum(c.isascii() and c.isalpha() for c in decomposed):
        return unicodedata.normalize("NFC", _MARKS.sub("", decomposed))
    if _ZALGO_RUN.search(decomposed) is None:
        return text

    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        letters = sum(c.isalpha() for c in w)
        return _MARKS.sub("", w) if letters >= 2 and len(_MARKED_LATIN.findall(w)) >= letters else w

    return unicodedata.normalize("NFC", _NON_SPACE.sub(word, decomposed))


def _letters(text: str) -> str:
    """The letter tricks undone together (small capitals with zalgo marks, turned letters with marks): each alone
    has its view; an attacker who stacks two would pass them one at a time. `normalise` reads the result as a text
    of its own (look-alikes, spacing), since the tricks hid those from the first reading."""
    return _upside_down(_unmarked(_letterlike(text)))


def _letterlike(text: str) -> str:
    if text.isascii() or len(_LETTERLIKE_CHARS.findall(text)) < MIN_TRICK_CHARS:
        return text
    return text.translate(_LETTERLIKE)


def _upside_down(text: str) -> str:
    if text.isascii() or len(_UPSIDE_DOWN_CHARS.findall(text)) < MIN_TRICK_CHARS:
        return text
    return text.translate(_UPSIDE_DOWN)[::-1]


@lru_cache(maxsize=2048)
def normalise(text: str) -> Normalised:
    """The canonical text and its decoded views (see the module docstring). Cached: the same span is often
    inspected twice (request and retry, several guards)."""
    return _normalise(text, 0)


def _normalise(text: str, depth: int) -> Normalised:
    signals: dict[str, int] = {}
    visible, hidden = _strip_invisible(text, signals)
    canonical = unicodedata.normalize("NFKC", visible)
    mixed = 0  # lookalike letters mapped

    def unconfuse(m: re.Match[str]) -> str:
        nonlocal mixed
        out = _word_unconfuse(m)
        mixed += out != m.group(0) and any(ch in _CONFUSABLE_CHARS - _NATIVE_LOOKALIKES for ch in m.group(0))
        return out

    if _CONFUSABLE_ANY.search(canonical) is not None:  # else no word changes: the per-word call is skipped
        canonical = _WORD.sub(unconfuse, canonical)
    if mixed:
        signals["mixed_script_words"] = mixed
    unmarked = _MARKDOWN.sub(" ", canonical)
    canonical = _SPACES.sub(" ", unmarked).strip()
    views: list[View] = [View(unicodedata.normalize("NFKC", visible), "layout", decoded=False)]
    if hidden.strip():
        views.append(View(hidden, "tags"))
    # a text read again (a decoded segment, the letters view: depth > 0) gets the letter-level readings only; its
    # encodings were decoded by the first reading (`_decoded_segments` recurses itself)
    segments = _within_limit(_decoded_segments(visible), MAX_SEGMENTS, signals) if depth == 0 else []
    views += segments
    base_share = language_share(canonical)
    pieces = _pieces(canonical) if depth == 0 else []
    spaced = ("spaced", _SPACES.sub(" ", _despace(unmarked)).strip())
    tricks = [("unmarked", _unmarked(canonical)), ("letterlike", _letterlike(canonical)),
              ("upside-down", _upside_down(canonical))]
    unfilled = ("unfilled", _unfilled(canonical))
    if depth == 0:
        candidates = [("rot13", _piecewise(canonical, pieces, _rot13)),
                      ("leet", _leet(canonical)), spaced,
                      ("reversed", _piecewise(canonical, pieces, lambda t: t[::-1])), *tricks, unfilled]
    else:  # reversed too: small capitals turned upside down are only reversed, and read once their letters are
        candidates = [spaced, *tricks, unfilled, ("reversed", canonical[::-1])]
        if base_share < STACKED_SHARE:  # a decoded segment or a re-spelling that is still no language: rot13 and
            # leetspeak under base64 or reversal
            candidates += [(how, spell(canonical)) for how, spell in _RESPELLINGS]
    for how, candidate in candidates:
        if candidate != canonical:
            gain = language_share(candidate) - base_share
            views.append(View(candidate, how, decoded=gain >= 0.15 or how in _LETTER_FOR_LETTER))
            if how in _LETTER_FOR_LETTER:
                views += _changed_sentences(canonical, candidate, how)
    if depth == 0:  # an encoding spaced out or reversed ("& # 7 3 ;", ";37#&") decodes once that is undone
        for v in [v for v in views if v.how in _TURNS_OF_ENCODINGS and _ENCODING_MARK.search(v.text)]:
            found = [View(w.text, f"{v.how}+{w.how}") for w in _decoded_segments(v.text)]
            found = _within_limit(found, MAX_SEGMENTS - len(segments), signals)
            segments += found
            views += found
    if depth < MAX_DEPTH:
        # a decoded segment, the text with its letter tricks undone together and a despaced run are read as texts
        # of their own: "&#7429;&#618;..." decodes to small capitals, small capitals hide look-alikes and spacing
        again = [v for v in views if v.how == "spaced"]  # spaced look-alikes: "D🙂і🙂s🙂r"
        if any(candidate != canonical for _, candidate in tricks):
            letters = _letters(unmarked)  # from the text before spaces collapse: a spaced word ends at a wider gap
            if _SPACES.sub(" ", letters).strip() != canonical:
                in_place = _upside_down(canonical) == canonical  # no turned text: letter for letter
                views.append(View(letters, "letters",
                                  decoded=in_place or language_share(letters) - base_share >= 0.15))
                again.append(views[-1])
                if in_place:
                    views += _changed_sentences(canonical, _SPACES.sub(" ", letters).strip(), "letters")
        room = MAX_SEGMENTS - len(segments)  # the segments' readings together: a flood of blobs cannot multiply them
        for k, v in enumerate(_within_limit([*segments, *again], MAX_SEGMENTS, signals)):
            inner = _normalise(v.text, depth + 1)
            if inner.signals.get(OVER_LIMIT):
                signals[OVER_LIMIT] = signals.get(OVER_LIMIT, 0) + inner.signals[OVER_LIMIT]
            extra = [View(w.text, f"{v.how}+{w.how}") for w in (View(inner.text, "normalised"), *inner.views)
                     if w.text != v.text and w.how not in _AS_WRITTEN and (w.decoded or w.how == "unfilled")]
            if k < len(segments):
                extra = _within_limit(extra, room, signals)
                room -= len(extra)
            views += _within_limit(extra, MAX_SEGMENTS, signals)
        if depth == 0 and base_share < STACKED_SHARE and canonical.isascii():
            views += _stacked(views, base_share)
    return Normalised(canonical, tuple(views), signals)


_AS_WRITTEN = frozenset({"layout", "tags"})
# Words an order can be padded with inside its phrases, set off by commas ("Ignore your previous, kindly,
# instructions"): they break the rules' phrases and the models' word pairs; the "unfilled" reading drops them.
_FILLERS = (
    "kindly", "please", "pls", "plz", "as discussed", "as agreed", "as requested", "as usual", "as always",
    "as mentioned", "as noted", "as before", "as planned", "as instructed", "as per usual", "for the record",
    "for reference", "for context", "if you can", "if possible", "if you would", "if you will", "if you please",
    "if you don't mind", "when you can", "right away", "at once", "immediately", "promptly", "asap", "urgently",
    "without delay", "actually", "basically", "essentially", "honestly", "frankly", "seriously", "obviously",
    "of course", "naturally", "indeed", "in fact", "anyway", "anyhow", "by the way", "btw", "fyi", "okay", "ok",
    "alright", "thanks", "thank you", "cheers", "to be clear", "to be honest", "in short", "in any case",
    "in other words", "going forward", "no worries", "no pressure", "my friend", "buddy", "um", "uh", "er", "hmm",
    "lol", "once more", "one more time")
_FILLER = re.compile(r"(?<=[\w,]),? (?:" + "|".join(sorted(map(re.escape, _FILLERS), key=len, reverse=True))
                     + r"),(?= )", re.IGNORECASE)


# any other aside set off by a comma inside a clause: a word after an opening preposition or conjunction and at most one
# closed-class word ("as we said,", "at your convenience,", "no rush,"); a word after a pronoun or a lone word before a
# comma is as often the clause's own ("forget everything you know, hero", "ignore the old ones, apply ..."): kept
_ASIDE_OPENERS = ("as", "at", "by", "for", "from", "in", "of", "on", "per", "to", "with", "without", "between", "if",
                  "when", "while", "no")
_ASIDE_WORDS = ("a", "an", "the", "it", "i", "we", "you", "us", "me", "my", "our", "your", "this", "that", "is", "be")
_ASIDE = re.compile(r"(?<=[\w,]),? (?:" + "|".join(_ASIDE_OPENERS) + r") (?:(?:" + "|".join(_ASIDE_WORDS)
                    + r") )?[\w']+,(?= [a-z])", re.IGNORECASE)


_FILLER_ENDS = frozenset(f.rsplit(" ", 1)[-1] for f in _FILLERS)
_OPENERS = frozenset(_ASIDE_OPENERS)


def _unfilled(text: str) -> str:
    """`text` without the fillers and one-word asides set off by commas inside its sentences. The patterns run only
    where the words before some ", " can start one (a filler's last word, an opener two or three words back): what
    they match always has them, and most texts have neither, which a pass of the patterns would pay for."""
    if _any_before_comma(text, lambda words: words[-1] in _FILLER_ENDS):
        text = _FILLER.sub("", text)
    if _any_before_comma(text, lambda words: any(w in _OPENERS for w in words[-3:-1])):
        text = _ASIDE.sub("", text)
    return text


def _any_before_comma(text: str, test: Callable[[list[str]], bool]) -> bool:
    """Whether the last words (up to three, lower-cased) before some ", " of `text` pass `test`."""
    at = text.find(", ")
    while at != -1:
        if test(text[max(0, at - 60):at].lower().rsplit(" ", 3)):
            return True
        at = text.find(", ", at + 2)
    return False


SENTENCE_BREAK = re.compile(r"(?<=[.!?:;])\s+|\n+")  # where a sentence (or a line) ends


def _changed_sentences(original: str, changed: str, how: str) -> list[View]:
    """The sentences a letter-for-letter reading changed, alone, where it changed some of three or more: a few
    trick sentences padded with ordinary ones are read as the model reads a planted order, not diluted by the
    padding (the whole reading is kept as well). The reading keeps every space and stop, so sentences pair up."""
    before, after = SENTENCE_BREAK.split(original), SENTENCE_BREAK.split(changed)
    if len(after) < 3 or len(before) != len(after):
        return []
    kept = [b for a, b in zip(before, after, strict=True) if a != b]
    return [View(" ".join(kept), how)] if kept and len(kept) < len(after) else []


_TURNS_OF_ENCODINGS = frozenset({"spaced", "reversed"})
# An ASCII text (or a decoded segment) reading less like language than this is read again through its re-spellings,
# so that two stacked ones undo (rot13 of reversed text, base64 of rot13): before 2026-12-04 such stacks passed.
# A quarter of the development prompts read under it (other languages, short texts), so the text's own re-readings
# are the cheap compositions of `_stacked`.
STACKED_SHARE = 0.1
_STACKABLE = frozenset({"rot13", "leet", "reversed"})


def _stacked(views: list[View], base_share: float) -> list[View]:
    """Two re-spellings stacked (rot13 of reversed or leet text, leetspeak reversed): the re-spelling views that read
    as no language, re-spelt again, kept where that reads as language."""
    by_how = {v.how: v.text for v in views if v.how in _STACKABLE and not v.decoded}
    out = []
    for first, then, spell in _STACKS:
        if first in by_how and language_share(again := spell(by_how[first])) - base_share >= 0.15:
            out.append(View(again, f"{first}+{then}"))
    return out


def _leet(text: str) -> str:
    return _LEET_TOKEN.sub(lambda m: m.group(0).translate(_LEET), text)


def _rot13(text: str) -> str:
    return codecs.encode(text, "rot13")


_RESPELLINGS: tuple[tuple[str, Callable[[str], str]], ...] = (("rot13", _rot13), ("leet", _leet))
# (the view, the re-spelling applied to it): rot13 and reversal commute, so one order of each pair is enough
_STACKS: tuple[tuple[str, str, Callable[[str], str]], ...] = (
    ("reversed", "rot13", _rot13), ("reversed", "leet", _leet), ("rot13", "leet", _leet), ("leet", "rot13", _rot13))
# readings that map letters to the letters they show, one for one and in place, so they are read whatever share of the
# text they change (ordinary text padded around six small-capital words hides no gain in language)
_LETTER_FOR_LETTER = frozenset({"unmarked", "letterlike"})
_ENCODING_MARK = re.compile(r"&#|%[0-9A-Fa-f]{2}|\\[ux]|[A-Za-z0-9+/]{16}")
