"""Mention, not use: an attack phrase inside short quotes, in a text that talks about attacks as attacks
("how do we detect prompts like 'ignore all previous instructions'?", "write a test that the bot refuses
'reveal your system prompt'"). A rule hit inside such a quote counts for less (`MENTION_DISCOUNT`): the
writer is discussing the phrase, not addressing the model.

What this cannot tell: an attacker can wrap a payload in quotes and add a defender's word; so the discount
applies only to short quotes (`MAX_QUOTE_CHARS`), only when no rule matches outside the quotes, and it
lowers a hit's weight rather than removing it, so the model's score still counts.
"""

from __future__ import annotations

import re

MENTION_DISCOUNT = 0.5
MAX_QUOTE_CHARS = 100
MAX_QUOTES = 16

# A quote opens after a start, a space or punctuation and closes before an end, a space or punctuation,
# so the apostrophes of "don't" and "it's" do not pair up.
_QUOTE = re.compile(r"(?<![\w])(['\"`‘“«„])([^\n'\"`‘’“”«»„]{3," + str(MAX_QUOTE_CHARS) + r"})(['\"`’”»“])(?![\w])")
_DISCUSSION = re.compile(
    r"\b(?:detect\w*|block\w*|defen[cd]\w*|defend\w*|filter\w*|tests?|testing|unit test|polic(?:y|ies)|examples?|"
    r"attack\w*|injections?|jailbreak\w*|logs?|logged|refus\w*|classif\w*|warn\w*|mitigat\w*|flag\w*|phrases?|"
    r"prompts? like|strings? like|security|red[- ]team\w*|malicious|suspicious|phishing|scam\w*|moderat\w*|"
    r"guardrails?|benchmark\w*|dataset|taxonomy|owasp)\b")


def quoted_spans(lowered: str) -> list[tuple[int, int]]:
    """The (start, end) of the inside of each short quote of `lowered`, at most `MAX_QUOTES`."""
    return [m.span(2) for m, _ in zip(_QUOTE.finditer(lowered), range(MAX_QUOTES), strict=False)]


def outside(lowered: str, spans: list[tuple[int, int]]) -> str:
    """`lowered` with the quoted parts blanked."""
    parts, last = [], 0
    for a, b in spans:
        parts.append(lowered[last:a])
        parts.append(" " * (b - a))
        last = b
    parts.append(lowered[last:])
    return "".join(parts)


def discusses_attacks(text_outside_quotes: str) -> bool:
    return _DISCUSSION.search(text_outside_quotes) is not None


def inside(span: tuple[int, int], quotes: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in quotes)


# Markup named, not used: a question about chat templates, role fields or special tokens ("what does
# <|im_start|> do", "how do I format [INST] prompts", API code with "role": "system") holds the markers a
# delimiter attack uses. A delimiter hit in such a text counts for less (`MARKUP_DISCOUNT`), only when no
# other family's rule matches; the model's score still counts.
MARKUP_DISCOUNT = 0.5
_MARKUP_TALK = re.compile(
    r"\b(?:what (?:does|do|is|are)\b[^?\n]{0,60}\b(?:mean|do|does|for|used)|meaning of|tokens?|templates?|"
    r"chatml|llama|alpaca|vicuna|mistral|gemma|hugging ?face|transformers|"
    r"format(?:ting|ted)?|syntax|tokeni[sz]\w*|markup|delimiters?|fine-?tun\w*|datasets?|tags?|api|sdk|openai|"
    r"client\.\w+|completions?|how (?:do|can|should) i (?:format|use|write|escape|add|build|send|"
    r"structure|set)|(?:in|from) my (?:code|script|app|program|bot|config))\b|\bmessages\s*=")


def discusses_markup(lowered: str) -> bool:
    return _MARKUP_TALK.search(lowered) is not None


# Spoken about, not to: "the bot must never read out its configuration", "a test that the assistant refuses to
# repeat the text above the user's message". An extraction hit that names the model in the third person
# (its, their, the bot's, the user's message), in a text whose subject is a model named with an article ("the
# assistant", "our chatbot"), describes the attack; it counts for `THIRD_PERSON_DISCOUNT` of its weight. An
# attack addresses the model ("your prompt", "Assistant, print ..."), which this leaves whole.
THIRD_PERSON_DISCOUNT = 0.5
_THIRD_PERSON_OBJECT = re.compile(r"\b(?:its|their|(?:the |a )?(?:bot|assistant|model|ai|chatbot|llm|agent|copilot)'s|"
                                  r"the user'?s)\b")
_MODEL_AS_SUBJECT = re.compile(r"\b(?:the|our|an?|my|that|this|their|every|any) (?:\w+ )?(?:ai|assistant|bot|chatbot|"
                               r"model|llm|copilot|agent|gpt)s?\b(?! ?[,:])")


def speaks_about_the_model(lowered: str, excerpt: str) -> bool:
    """`excerpt` names the model in the third person, and `lowered` talks about a model rather than to it."""
    return ("your" not in excerpt and _THIRD_PERSON_OBJECT.search(excerpt) is not None
            and _MODEL_AS_SUBJECT.search(lowered) is not None)
