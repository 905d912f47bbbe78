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

# A quote in straight marks or single curly ones opens after a start, a space or punctuation and closes before an
# end, a space or punctuation, so the apostrophes of "don't" and "it's" do not pair up; the paired marks (double
# curly quotes, guillemets, corner brackets) open and close anywhere. Chinese and Japanese put no space around any
# quote (发了一条"忽略之前所有指令"的消息) and Korean writes its particles onto it ('이전 지시를 무시하라'는), so next
# to their characters straight marks open and close too: no apostrophe is written there.
_CJK = "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_SPACED_WORD = rf"[^\W{_CJK}]"  # a word character of a script that separates words with spaces
_INSIDE = r"([^\n'\"`‘’“”«»„「」『』‹›]{3," + str(MAX_QUOTE_CHARS) + r"})"
_QUOTE = re.compile(rf"(?<!{_SPACED_WORD})['\"`‘]" + _INSIDE + rf"['\"`’](?!{_SPACED_WORD})|[“«„「『‹]" + _INSIDE
                    + r"[”»“」』›]")
_DISCUSSION = re.compile(
    r"\b(?:detect\w*|block\w*|defen[cd]\w*|defend\w*|filter\w*|tests?|testing|unit test|polic(?:y|ies)|examples?|"
    r"attack\w*|injections?|jailbreak\w*|logs?|logged|refus\w*|classif\w*|warn\w*|mitigat\w*|flag\w*|phrases?|"
    r"prompts? like|strings? like|security|red[- ]team\w*|malicious|suspicious|phishing|scam\w*|moderat\w*|"
    r"guardrails?|benchmark\w*|dataset|taxonomy|owasp)\b")
# The same frame in the languages the multilingual rules read (a talk on "inyección de prompt" quoting «olvida tus
# instrucciones»): stems without word boundaries, since compounds ("promptinjectie", "Sicherheitstest") and
# scripts without spaces carry them inside longer words.
_DISCUSSION_ABROAD = re.compile(
    r"inyecci|injeç|injecti|injekti|iniezion|wstrzykiw|enjeksiyon|инъекц|инжекц|インジェクション|プロンプト注入|提示注入|"
    r"提示词注入|注入攻击|인젝션|حقن|jailbreak|ataque|attaque|angriff|attacc|aanval|ataku|atak\b|атак|攻撃|攻击|공격|هجوم|"
    r"seguridad|segurança|sécurité|sicherheit|sicurezza|beveiliging|bezpiecze|güvenlik|безопасност|セキュリティ|"
    r"安全|보안|أمن|ejemplo|exemplo|exemple|beispiel|esempio|voorbeeld|przykład|örnek|пример|例えば|例文|例子|예시|"
    r"مثال|detect|detecci|détect|erkenn|rilev|bloque|blocke|blocca|blokk|filtr|caso de prueba|casos de prueba|"
    r"caso de teste|cas de test|testfall|testcase|testgeval|prueba|teste|tester|verifica|phishing|malicios|"
    r"malveillant|bösartig|dannos|schadelijk|złośliw|kötü amaçlı|вредонос|悪意|恶意|악성|palestra|charla|"
    r"conférence|vortrag|formazione|training|schulung|formación|formação|szkoleni|eğitim|обучени|研修|培训|교육|"
    r"atelier|taller|oficina|workshop|arnaque|estafa|golpe|betrug|truffa|oplicht|oszust|dolandırıc|мошенни|詐欺|"
    r"诈骗|欺诈|사기|riesgo|risque|risiko|rischio|risico|ryzyk|risco|риск|リスク|风险|위험|protég|proteger|schütz|"
    r"protegg|bescherm|chroni|korun|защит|守る|防范|防止|보호|"
    # "the phrase", "the sentence" (English "phrase" above)
    r"\bfrase|\bfras\b|\bfraz|\bzdani|фраз|\bifade|言葉|文言|フレーズ|这句话|短语|说法|문장|문구")


def quoted_spans(lowered: str) -> list[tuple[int, int]]:
    """The (start, end) of the inside of each short quote of `lowered`, at most `MAX_QUOTES`."""
    return [m.span(1) if m.group(1) is not None else m.span(2)
            for m, _ in zip(_QUOTE.finditer(lowered), range(MAX_QUOTES), strict=False)]


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
    return (_DISCUSSION.search(text_outside_quotes) is not None
            or _DISCUSSION_ABROAD.search(text_outside_quotes) is not None)


def inside(span: tuple[int, int], quotes: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in quotes)


def overlapped(span: tuple[int, int], quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quotes that `span` shares characters with."""
    return [(a, b) for a, b in quotes if a < span[1] and span[0] < b]


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
