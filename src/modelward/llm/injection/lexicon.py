"""Cue lexicons of instruction override and prompt extraction in the languages the detector reads, turned
into rules: a verb of setting aside (ignore, forget, disregard, stop following) near a noun for the
model's instructions, or a verb of disclosure near a noun for its system prompt, in either order (verb-final
languages put the verb last). The words are each language's ordinary vocabulary for these acts, written
from the languages, not from any test sentence; stems stand for their inflected forms ("=" ends a whole
word). Words a language shares with English ("ignore", "instructions", "prompt") are left out or held to
the language's own forms, so English text is read by the English rules only. Code-switched text (Taglish,
Hinglish, Spanglish) has entries of its own: English nouns with the verbs of the other language, or English
verbs in its grammar ("i-ignore", "ignore karo"), never an English verb alone.

A third rule per language reads role-play: a persona cue ("from now on you are", "pretend", "play the role")
near an unbound cue ("without restrictions", "no filters", "never refuse"); an English persona cue counts
beside the language's unbound cue, and the other way round (see `ROLEPLAY`).

A lone cue never fires: "ignore a file" or "the rules of chess" have the verb or the noun, not both
addressed to the model.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    drop: tuple[str, ...]  # set aside: ignore, forget, disregard, stop following (stems)
    rules: tuple[str, ...]  # the model's instructions, rules, directives, prompt (stems)
    show: tuple[str, ...]  # disclose: show, reveal, print, repeat, tell (stems)
    prompt: tuple[str, ...]  # the system prompt, the initial instructions (phrases)
    words: bool = True  # the script separates words by spaces (\b applies)


LANGUAGES: tuple[Language, ...] = (
    Language(
        "fr",
        (
            "ignorez",
            "ignore toutes",
            "ignore tes",
            "ignore les",
            "ignore vos",
            "oubli",
            "ne tiens pas compte", "ne tiens plus compte", "ne tenez plus compte",
            "ne tenez pas compte",
            "ne prends plus en compte",
            "ne prenez plus en compte",
            "fais abstraction",
            "faites abstraction",
            "ne suis plus",
            "ne suivez plus",
            "n'obéis plus",
            "n'obéissez plus",
            "écarte",
            "écartez",
            "laisse tomber",
            "passe outre",
            "outrepasse",
        ),
        (
            "consigne",
            "règle",
            "regle",
            "directive",
            "instructions précédentes",
            "instructions ci-dessus",
            "tes instructions",
            "vos instructions",
            "les instructions",
            "on t'a dit",
            "on vous a dit",
        ),
        (
            "révèle",
            "revele",
            "affiche",
            "montre",
            "répète",
            "repete",
            "donne",
            "dis-moi",
            "écris",
            "imprime",
            "recopie",
            "cite",
        ),
        (
            "prompt système",
            "prompt systeme",
            "instructions système",
            "instructions systeme",
            "instructions initiales",
            "consignes initiales",
            "ton prompt",
            "tes instructions",
            "tes consignes",
            "vos instructions",
            "message système",
            "configuration initiale",
            "texte au-dessus",
            "texte ci-dessus",
        ),
    ),
    Language(
        "de",
        (
            "ignorier",
            "vergiss",
            "vergessen sie",
            "missacht",
            "übergeh",
            "beachte nicht",
            "beachten sie nicht",
            "befolge nicht",
            "befolgen sie nicht",
            "nicht mehr befolg",
            "setz dich über",
            "setze dich über",
        ),
        ("anweisung", "instruktion", "regel", "vorgabe", "richtlinie", "befehl", "systemprompt", "gesagt"),
        ("zeig", "gib", "nenne", "wiederhol", "verrat", "druck", "schreib", "gib aus", "ausgeben"),
        (
            "systemprompt",
            "system-prompt",
            "systemanweisung",
            "systemnachricht",
            "deine anweisungen",
            "ihre anweisungen",
            "ursprünglichen anweisungen",
            "anfangsanweisungen",
            "deinen prompt",
            "text über dieser nachricht",
            "text oberhalb",
        ),
    ),
    Language(
        "es",
        (
            "ignora=",
            "ignoren=",
            "ignorad=",
            "olvid",
            "olvíd",
            "no hagas caso",
            "haz caso omiso",
            "hagan caso omiso",
            "omite",
            "descarta",
            "no sigas",
            "deja de seguir",
            "pasa por alto",
            "prescinde",
            "desobedece",
        ),
        ("instrucci", "regla", "indicaci", "directriz", "directrices", "órdenes", "te dijeron", "te han dicho"),
        ("revela", "muestra", "muéstrame", "repite", "dime", "imprime", "enséñame", "escribe", "copia"),
        (
            "prompt del sistema",
            "instrucciones del sistema",
            "instrucciones iniciales",
            "tu prompt",
            "tus instrucciones",
            "mensaje del sistema",
            "configuración inicial",
            "texto de arriba",
            "texto anterior a este mensaje",
        ),
    ),
    Language(
        "it",
        (
            "ignora=",
            "ignorate=",
            "dimentica",
            "dimenticate",
            "trascura",
            "non seguire",
            "non seguite",
            "smetti di seguire",
            "tralascia",
            "non tenere conto",
        ),
        ("istruzion", "regol", "indicazion", "direttiv"),
        ("rivela", "mostra", "mostrami", "ripeti", "dimmi", "stampa", "scrivi", "elenca"),
        (
            "prompt di sistema",
            "istruzioni di sistema",
            "istruzioni iniziali",
            "il tuo prompt",
            "le tue istruzioni",
            "messaggio di sistema",
        ),
    ),
    Language(
        "pt",
        (
            "ignore as",
            "ignore todas",
            "ignore suas",
            "ignora=",
            "ignorem=",
            "esqueç",
            "esquec",
            "desconsider",
            "não siga",
            "nao siga",
            "deixe de seguir",
            "desobedeça",
            "despreze",
        ),
        ("instruç", "regra", "orientaç", "diretriz", "diretrizes", "ordens"),
        ("revel", "mostr", "repita", "diga", "imprima", "escreva", "me dê"),
        (
            "prompt do sistema",
            "instruções do sistema",
            "instrucoes do sistema",
            "instruções iniciais",
            "seu prompt",
            "suas instruções",
            "mensagem do sistema",
        ),
    ),
    Language(
        "nl",
        ("negeer", "vergeet", "let niet op", "volg niet", "niet meer volg", "houd geen rekening"),
        ("instructie", "regel", "aanwijzing", "opdracht", "richtlijn"),
        ("toon", "laat zien", "herhaal", "geef", "vertel", "onthul", "print", "schrijf"),
        (
            "systeemprompt",
            "systeeminstructies",
            "je instructies",
            "jouw instructies",
            "oorspronkelijke instructies",
            "systeembericht",
        ),
    ),
    Language(
        "pl",
        (
            "zignoruj",
            "ignoruj",
            "zapomnij",
            "pomiń",
            "nie przestrzegaj",
            "przestań przestrzegać",
            "porzuć",
            "odrzuć",
            "lekceważ",
        ),
        ("instrukcj", "poleceni", "poleceń", "zasad", "reguł", "wytyczn"),
        ("pokaż", "ujawnij", "powtórz", "wypisz", "podaj", "wyświetl", "napisz"),
        (
            "prompt systemowy",
            "instrukcje systemowe",
            "swoje instrukcje",
            "twoje instrukcje",
            "początkowe instrukcje",
            "wiadomość systemową",
        ),
    ),
    Language(
        "ru",
        (
            "игнорир",
            "проигнорир",
            "забудь",
            "забудьте",
            "не обращай внимания",
            "пренебреги",
            "отбрось",
            "не следуй",
            "перестань следовать",
            "не выполняй",
        ),
        ("инструкци", "правил", "указани", "распоряжени", "промпт", "директив", "говорили", "сказали"),
        ("покажи", "выведи", "раскрой", "повтори", "напиши", "расскажи", "процитируй", "перечисли"),
        (
            "системный промпт",
            "системные инструкции",
            "системное сообщение",
            "системную подсказку",
            "системных инструкций",
            "свои инструкции",
            "твои инструкции",
            "свой промпт",
            "твой промпт",
            "исходные инструкции",
            "начальные инструкции",
        ),
    ),
    Language(
        "uk",
        ("ігноруй", "проігноруй", "забудь", "не звертай уваги", "не виконуй", "відкинь"),
        ("інструкці", "правил", "вказівк", "промпт"),
        ("покажи", "виведи", "розкрий", "повтори", "напиши"),
        ("системний промпт", "системні інструкції", "свої інструкції", "твої інструкції", "свій промпт"),
    ),
    Language(
        "tr",
        ("yok say", "görmezden gel", "unut", "dikkate alma", "uyma", "boşver"),
        ("talimat", "kural", "komut", "yönerge", "istem"),
        ("göster", "yaz=", "yazdır", "tekrarla", "söyle", "açıkla", "ifşa et", "ver="),
        ("sistem istemi", "sistem promptu", "sistem talimat", "ilk talimat", "talimatlarını"),
    ),
    Language(
        "sv",
        ("ignorera", "glöm", "bortse från", "strunta i", "följ inte", "sluta följa", "skippa"),
        ("instruktion", "regl", "regel", "riktlinje", "direktiv"),
        ("visa", "avslöja", "upprepa", "skriv ut", "berätta", "ge mig"),
        ("systemprompt", "systeminstruktion", "dina instruktioner", "ursprungliga instruktioner", "systemmeddelande"),
    ),
    Language(
        "da",
        ("ignorer=", "glem", "se bort fra", "følg ikke"),
        ("instruktion", "regl", "regel", "retningslinje"),
        ("vis=", "afslør", "gentag", "skriv", "fortæl"),
        ("systemprompt", "dine instruktioner", "systembesked"),
    ),
    Language(
        "no",
        ("ignorer=", "glem", "se bort fra", "ikke følg", "overse"),
        ("instruks", "regl", "regel", "retningslinje"),
        ("vis=", "avslør", "gjenta", "skriv ut", "fortell"),
        ("systemprompt", "dine instrukser", "systemmelding"),
    ),
    Language(
        "id",
        ("abaikan", "lupakan", "jangan ikuti", "jangan hiraukan", "berhenti mengikuti", "acuhkan"),
        ("instruksi", "aturan", "perintah", "petunjuk", "arahan", "pedoman"),
        ("tampilkan", "tunjukkan", "ungkapkan", "ulangi", "sebutkan", "cetak", "beri tahu", "berikan"),
        ("prompt sistem", "instruksi sistem", "instruksi awal", "instruksimu", "instruksi anda", "pesan sistem"),
    ),
    Language(
        "ms",
        ("abaikan", "lupakan", "jangan ikut", "jangan hiraukan"),
        ("arahan", "peraturan", "perintah", "panduan"),
        ("tunjukkan", "dedahkan", "ulang", "paparkan", "berikan"),
        ("prompt sistem", "arahan sistem", "arahan asal"),
    ),
    Language(
        "vi",
        ("bỏ qua", "phớt lờ", "quên", "đừng làm theo", "không tuân theo", "ngừng tuân theo", "lờ đi", "bất chấp"),
        ("hướng dẫn", "chỉ dẫn", "quy tắc", "chỉ thị", "lệnh", "luật", "câu lệnh"),
        ("hiển thị", "cho tôi xem", "tiết lộ", "lặp lại", "in ra", "nói cho tôi", "viết ra"),
        ("lời nhắc hệ thống", "prompt hệ thống", "hướng dẫn hệ thống", "chỉ dẫn ban đầu", "hướng dẫn ban đầu"),
    ),
    Language(
        "hi",
        ("अनदेखा", "नज़रअंदाज़", "नजरअंदाज", "भूल जा", "भूल जाओ", "भूलो", "मत मानो", "पालन मत", "ध्यान मत", "अनसुना"),
        ("निर्देश", "नियम", "आदेश", "हिदायत", "प्रॉम्प्ट", "सिस्टम प्रॉम्प्ट"),
        ("दिखाओ", "दिखाइए", "बताओ", "बताइए", "प्रकट", "दोहराओ", "लिखो"),
        ("सिस्टम प्रॉम्प्ट", "सिस्टम निर्देश", "अपने निर्देश", "प्रारंभिक निर्देश"),
        words=False,
    ),
    Language(
        "cs",
        ("ignoruj", "zapomeň", "nedbej", "nedodržuj", "přestaň dodržovat", "zahoď"),
        ("instrukc", "pokyn", "pravidl", "příkaz"),
        ("ukaž", "odhal", "zopakuj", "vypiš", "napiš", "řekni"),
        ("systémový prompt", "systémové pokyny", "své pokyny", "tvé pokyny", "původní instrukce"),
    ),
    Language(
        "ro",
        ("ignoră", "uită", "nu ține cont", "nu urma", "nu mai respecta", "renunță la"),
        ("instrucțiun", "instructiun", "regulil", "regulile", "direcți", "comenz"),
        ("arată", "dezvăluie", "repetă", "afișează", "scrie", "spune"),
        ("promptul de sistem", "instrucțiunile de sistem", "instrucțiunile inițiale", "instrucțiunile tale"),
    ),
    Language(
        "el",
        ("αγνόησε", "αγνοήστε", "ξέχασε", "ξεχάστε", "μην ακολουθείς", "παράβλεψε"),
        ("οδηγί", "κανόν", "εντολ"),
        ("δείξε", "αποκάλυψε", "επανάλαβε", "γράψε", "πες"),
        ("μήνυμα συστήματος", "οδηγίες συστήματος", "τις οδηγίες σου", "αρχικές οδηγίες"),
    ),
    Language(
        "ar",
        ("تجاهل", "انس", "انسَ", "تناس", "لا تتبع", "لا تلتزم", "أهمل", "اترك", "تخط"),
        ("التعليمات", "تعليمات", "الأوامر", "أوامر", "القواعد", "قواعد", "الإرشادات", "التوجيهات", "موجه"),
        ("اعرض", "أظهر", "اكشف", "كرر", "اطبع", "أخبرني", "اكتب"),
        ("موجه النظام", "تعليمات النظام", "رسالة النظام", "تعليماتك", "التعليمات الأولية"),
        words=False,
    ),
    Language(
        "he",
        ("התעלם", "התעלמי", "שכח", "שכחי", "אל תציית", "אל תפעל לפי"),
        ("הוראות", "הנחיות", "כללים", "פקודות", "פרומפט"),
        ("הצג", "חשוף", "חזור על", "הדפס", "ספר לי"),
        ("הנחיות המערכת", "פרומפט המערכת", "ההוראות שלך", "ההוראות הראשוניות"),
        words=False,
    ),
    Language(
        "fa",
        ("نادیده بگیر", "فراموش کن", "پیروی نکن", "توجه نکن"),
        ("دستورالعمل", "دستورات", "قوانین", "قواعد", "پرامپت"),
        ("نشان بده", "فاش کن", "تکرار کن", "بنویس", "بگو"),
        ("پرامپت سیستم", "دستورات سیستم", "دستورالعمل‌های اولیه"),
        words=False,
    ),
    Language(
        "zh",
        (
            "忽略",
            "忽视",
            "无视",
            "無視",
            "忘记",
            "忘掉",
            "忘記",
            "不要理会",
            "不要理會",
            "不要遵守",
            "别管",
            "不用管",
            "抛开",
            "不再遵循",
            "停止遵循",
        ),
        ("指令", "指示", "说明", "說明", "规则", "規則", "提示", "命令", "限制", "告诉你的", "说过的"),
        (
            "显示",
            "顯示",
            "输出",
            "輸出",
            "告诉我",
            "告訴我",
            "重复",
            "重複",
            "泄露",
            "洩露",
            "打印",
            "给我看",
            "透露",
            "原样",
            "写出",
        ),
        ("系统提示", "系統提示", "系统指令", "系統指令", "初始指令", "你的指令", "你的提示", "系统设定", "系统消息"),
        words=False,
    ),
    Language(
        "ja",
        ("無視", "忘れ", "従わな", "従うな", "気にしな"),
        ("指示", "命令", "ルール", "プロンプト", "規則", "制約", "指令"),
        ("表示", "教え", "出力", "見せ", "繰り返", "書き出", "明かし", "開示"),
        ("システムプロンプト", "システム指示", "初期指示", "最初の指示", "あなたの指示", "隠された指示"),
        words=False,
    ),
    Language(
        "ko",
        ("무시", "잊어", "잊고", "잊으", "따르지 마", "따르지 말", "신경 쓰지 마", "버려"),
        ("지시", "지침", "명령", "규칙", "프롬프트", "제한"),
        ("보여", "알려", "출력", "공개", "반복", "말해", "써"),
        ("시스템 프롬프트", "시스템 지시", "초기 지시", "원래 지시", "너의 지시", "당신의 지시"),
        words=False,
    ),
    Language(
        "th",
        ("เพิกเฉย", "ละเว้น", "ลืม", "ไม่ต้องทำตาม", "อย่าทำตาม", "ไม่ต้องสนใจ"),
        ("คำสั่ง", "กฎ", "คำแนะนำ", "ข้อกำหนด", "พรอมต์"),
        ("แสดง", "เปิดเผย", "บอก", "พิมพ์", "ทวน"),
        ("พรอมต์ระบบ", "คำสั่งระบบ", "คำสั่งเริ่มต้น"),
        words=False,
    ),
    # Code-switched: English nouns ("instructions", "system prompt") with the verbs of another language, or
    # English verbs in its grammar (Taglish "i-ignore", Hinglish "ignore karo"); the verb is never English alone.
    Language(
        "tl-en",
        ("i-ignore", "i-disregard", "i-forget", "i-bypass", "i-override", "kalimutan", "balewalain",
         "huwag mong sundin", "wag mong sundin", "huwag sundin", "wag sundin", "huwag mo nang sundin"),
        ("instructions", "instruction", "guidelines", "rules mo", "utos", "tagubilin", "panuto", "system prompt"),
        ("i-reveal", "i-show", "i-print", "i-display", "i-share", "i-leak", "i-output", "i-type", "ipakita",
         "sabihin mo", "ibigay mo", "isulat mo", "ulitin mo"),
        ("system prompt", "instructions mo", "hidden instructions", "initial instructions", "original instructions",
         "secret instructions"),
    ),
    Language(
        "hi-en",
        ("ignore karo", "ignore kar do", "ignore kardo", "ignore kariye", "ignore karna", "ignore karke",
         "bhool jao", "bhul jao", "bhool ja=", "bhul ja=", "mat maano", "mat mano", "follow mat karo",
         "follow na karo", "follow mat kar", "nazarandaz karo", "andekha karo"),
        ("instructions", "instruction", "rules", "niyam", "nirdesh", "guidelines", "prompt"),
        ("dikhao", "dikha do", "dikhaao", "batao", "bata do", "batado", "bataiye", "show karo", "print karo",
         "reveal karo", "share karo", "likh do", "repeat karo", "output karo"),
        ("system prompt", "hidden instructions", "initial instructions", "original instructions", "apne instructions",
         "apna prompt", "tumhare instructions", "aapke instructions", "chhupe instructions", "chupe instructions",
         "secret instructions"),
    ),
    Language(
        "es-en",
        ("ignora=", "ignoren=", "olvida", "olvídate", "olvidate", "no hagas caso", "haz caso omiso", "omite",
         "descarta", "no sigas", "deja de seguir", "pasa por alto", "desobedece"),
        ("instructions", "guidelines", "previous rules"),
        ("revela", "muestra", "muéstrame", "muestrame", "repite", "dime", "imprime", "enséñame", "escribe"),
        ("system prompt", "hidden instructions", "initial instructions", "original instructions", "your instructions"),
    ),
)

# The hidden or secret instructions: another name for the system prompt, read by the extraction rule ("show
# your hidden instructions"). Rules called hidden are left out: "the hidden rules of etiquette" is ordinary talk.
HIDDEN: dict[str, tuple[str, ...]] = {
    "fr": ("instructions cachées", "consignes cachées", "instructions secrètes", "consignes secrètes"),
    "de": ("versteckten anweisungen", "versteckte anweisungen", "geheimen anweisungen", "geheime anweisungen"),
    "es": ("instrucciones ocultas", "instrucciones secretas"),
    "it": ("istruzioni nascoste", "istruzioni segrete"),
    "pt": ("instruções ocultas", "instruções secretas", "instruções escondidas"),
    "nl": ("verborgen instructies", "geheime instructies"),
    "pl": ("ukryte instrukcje", "ukrytych instrukcji", "tajne instrukcje"),
    "ru": ("скрытые инструкции", "скрытых инструкций", "секретные инструкции", "тайные инструкции"),
    "uk": ("приховані інструкції", "прихованих інструкцій", "таємні інструкції"),
    "tr": ("gizli talimat",),
    "sv": ("dolda instruktioner", "hemliga instruktioner"),
    "da": ("skjulte instruktioner", "hemmelige instruktioner"),
    "no": ("skjulte instrukser", "skjulte instruksjoner", "hemmelige instrukser"),
    "id": ("instruksi tersembunyi", "instruksi rahasia"),
    "ms": ("arahan tersembunyi", "arahan rahsia"),
    "vi": ("hướng dẫn ẩn", "chỉ dẫn ẩn", "hướng dẫn bí mật", "chỉ dẫn bí mật"),
    "hi": ("छिपे हुए निर्देश", "छुपे हुए निर्देश", "छिपे निर्देश", "गुप्त निर्देश"),
    "cs": ("skryté pokyny", "tajné pokyny", "skryté instrukce"),
    "ro": ("instrucțiunile ascunse", "instrucţiunile ascunse", "instrucțiunile secrete"),
    "el": ("κρυφές οδηγίες", "μυστικές οδηγίες"),
    "ar": ("التعليمات المخفية", "التعليمات السرية", "تعليماتك المخفية"),
    "he": ("ההוראות הנסתרות", "הוראות נסתרות", "ההנחיות הנסתרות", "ההוראות הסודיות"),
    "fa": ("دستورات مخفی", "دستورالعمل‌های مخفی", "دستورات پنهان"),
    "zh": ("隐藏指令", "隐藏的指令", "秘密指令", "隱藏指令", "隱藏的指令"),
    "ja": ("隠し指示", "秘密の指示"),
    "ko": ("숨겨진 지시", "비밀 지시"),
    "th": ("คำสั่งที่ซ่อน", "คำสั่งลับ"),
}

_GAP_WORDS = 48  # characters between the two cues, space-separated languages
_GAP_DENSE = 16  # characters between the two cues, languages without spaces


def _alt(stems: tuple[str, ...], words: bool) -> str:
    """Any of `stems` (a stem ending in "=" is a whole word), at a word start where the script has words. Stems
    are read as written and in NFKC, as `normalize` writes the text (Thai "ำ" becomes two characters there)."""
    stems = stems + tuple(unicodedata.normalize("NFKC", s) for s in stems)
    parts = [
        re.escape(s[:-1]) + r"(?!\w)" if s.endswith("=") else re.escape(s) + (r"\w*" if words else "")
        for s in sorted(set(stems), key=len, reverse=True)
    ]
    body = "|".join(parts)
    return rf"(?<!\w)(?:{body})" if words else f"(?:{body})"


def pair_pattern(first: tuple[str, ...], second: tuple[str, ...], words: bool) -> str:
    """`first` near `second`, in either order."""
    gap = _GAP_WORDS if words else _GAP_DENSE
    a, b = _alt(first, words), _alt(second, words)
    return rf"{a}[^.!?。！？\n]{{0,{gap}}}{b}|{b}[^.!?。！？\n]{{0,{gap}}}{a}"


def cue_patterns() -> list[tuple[str, str, str, str]]:
    """(rule id, family, pattern, anchor words separated by spaces) for each language: override and extraction."""
    out = []
    for lang in LANGUAGES:
        out.append(
            (
                f"lexicon.{lang.code}.override",
                "multilingual",
                pair_pattern(lang.drop, lang.rules, lang.words),
                _anchors(lang.drop),
            )
        )
        prompts = lang.prompt + HIDDEN.get(lang.code, ())
        disclose = tuple(s for s in lang.show if s not in WRITE)
        written = tuple(s for s in lang.show if s in WRITE)
        pattern = pair_pattern(disclose, prompts, lang.words)
        own = tuple(p for p in prompts if _SYSTEM_WORD.search(p) is None)
        if written and own:
            pattern += "|" + pair_pattern(written, own, lang.words)
        out.append((f"lexicon.{lang.code}.extraction", "multilingual", pattern, _anchors(prompts)))
    return out


# A plain "write" is a verb of disclosure only about the model's own instructions ("écris tes instructions"):
# "write a system prompt for our bot" is the everyday work of building one (strangers' sets AM, AZ: Danish,
# Italian and German requests flagged). So these verbs pair with the prompts that are not named as "the
# system's" (yours, the hidden ones, the text above), the other verbs (show, reveal, repeat, print) with all.
WRITE = frozenset({"écris", "schreib", "escribe", "scrivi", "escreva", "schrijf", "napisz", "напиши", "yaz=", "skriv",
                   "लिखो", "γράψε", "اكتب"})
_SYSTEM_WORD = re.compile(r"syst|sist|систем|hệ thống|सिस्टम|συστήματος|النظام|系统|系統|システム")


def _anchors(stems: tuple[str, ...]) -> str:
    """Anchor words for `rules._r` (spaces inside one written as "_")."""
    written = {w for s in stems for w in (s, unicodedata.normalize("NFKC", s))}
    return " ".join(sorted(w.lower().rstrip("=").replace(" ", "_") for w in written))


# Role-play: the model cast as an AI without its rules. A persona cue ("from now on you are", "pretend", "play
# the role of") near an unbound cue ("without restrictions", "no filters", "uncensored", "never refuse", "no
# longer bound") in one sentence; either alone is ordinary talk ("play the role of a teacher", "no
# restrictions on parking", "an AI without internet access"). "From now on" counts only with "you" (or a
# verb of the second person), and a restriction counts only as restrictions, limits, filters, censorship,
# rules or ethics, never a bare "without".


@dataclass(frozen=True)
class Roleplay:
    code: str
    persona: tuple[str, ...]  # from now on you, you are now, pretend, act as, play the role (stems)
    without: tuple[str, ...]  # without, no, not any: before a restriction (whole words)
    limits: tuple[str, ...]  # restrictions, limits, filters, censorship, rules, ethics (stems)
    unbound: tuple[str, ...] = ()  # one phrase: uncensored, never refuse, no longer bound (stems)
    lacking: tuple[str, ...] = ()  # "without" written after the restriction ("制限のない", "kısıtlama yok")
    words: bool = True
    gap: int = 0  # characters between the two cues when not the default of the script (see below)


# Code-switched text: an English persona cue with the unbound cue of a language ("pretend you are un bot sans
# aucune règle"), or the language's persona cue with an English unbound cue. English alone is left to the
# English rules, which read both halves.
ENGLISH_PERSONA = ("from now on you", "from now on, you", "from here on you", "you are now", "you're now",
                   "pretend", "act as", "roleplay as", "play the role", "you are dan", "you're dan")
ENGLISH_UNBOUND = ("without restrictions", "without any restrictions", "no restrictions", "without limits",
                   "no limits", "without filters", "no filters", "without rules", "no rules", "without censorship",
                   "no censorship", "unrestricted", "unfiltered", "uncensored", "never refuse", "jailbroken")

_GAP_ROLE_WORDS = 60  # characters between the persona and the unbound cue, space-separated languages
_GAP_ROLE_DENSE = 40  # the same, spaced scripts matched without word boundaries (Devanagari, Arabic, Hebrew)
_GAP_ROLE_UNSPACED = 24  # the same, scripts written without spaces (Chinese, Japanese, Thai)

ROLEPLAY: tuple[Roleplay, ...] = (
    Roleplay(
        "fr",
        ("à partir de maintenant tu=", "à partir de maintenant, tu=", "a partir de maintenant tu=",
         "à partir de maintenant vous=", "à partir de maintenant, vous=", "désormais tu=", "désormais, tu=",
         "désormais vous=", "désormais, vous=", "dorénavant tu=", "dorénavant, tu=", "dorénavant vous=",
         "tu es maintenant", "vous êtes maintenant", "tu es désormais", "vous êtes désormais", "tu seras désormais",
         "fais semblant", "faites semblant", "joue le rôle", "jouez le rôle", "joue le role", "agis comme",
         "agissez comme", "comporte-toi comme", "comportez-vous comme", "imagine que tu es", "imaginez que vous êtes",
         "incarne", "tu es une ia", "tu es un ia", "fais comme si tu", "faites comme si vous"),
        ("sans", "aucune", "aucun", "libre de", "libéré de", "libéré des", "affranchi de", "affranchie de"),
        ("restriction", "limite", "limitation", "filtre", "censure", "règle", "regle", "contrainte", "garde-fou",
         "tabou", "éthique", "morale"),
        ("ne refuse jamais", "ne refuses jamais", "ne refusez jamais", "ne jamais refuser", "non censuré",
         "non filtré", "n'es plus lié", "n'êtes plus lié", "n'es plus tenu", "n'êtes plus tenu"),
    ),
    Roleplay(
        "de",
        ("ab jetzt bist du", "ab sofort bist du", "von nun an bist du", "ab heute bist du", "ab jetzt antwortest du",
         "von nun an antwortest du", "ab sofort antwortest du", "du bist jetzt", "du bist ab jetzt",
         "du bist von nun an", "du bist ab sofort", "sie sind jetzt", "sie sind ab sofort", "tu so als",
         "tu so, als", "tue so, als", "tu so, als ob", "spiel die rolle", "spiele die rolle", "verhalte dich wie",
         "verhalte dich als", "gib dich als", "stell dir vor, du bist", "stell dir vor du bist", "agiere als",
         "schlüpfe in die rolle", "du bist eine ki", "du bist ein ki"),
        ("ohne", "keine", "keinerlei", "frei von", "befreit von"),
        ("einschränkung", "beschränkung", "grenze", "limit", "filter", "zensur", "regel", "richtlinie", "ethik",
         "moral", "tabu"),
        ("uneingeschränkt", "unzensiert", "ungefiltert", "lehnst nie", "lehnst niemals", "verweigerst nie",
         "lehnst nichts ab", "verweigerst nichts", "nicht mehr gebunden", "an nichts gebunden"),
    ),
    Roleplay(
        "es",
        ("a partir de ahora eres", "a partir de ahora serás", "a partir de ahora, eres", "desde ahora eres",
         "de ahora en adelante eres", "de ahora en adelante serás", "ahora eres", "ahora serás", "eres ahora",
         "finge=", "finja=", "fingir que eres", "haz de cuenta", "actúa como", "actua como", "compórtate como",
         "interpreta el papel", "juega el papel", "haz el papel", "imagina que eres",
         "eres una ia", "eres un ia"),
        ("sin", "ningún", "ninguna", "ningun", "libre de"),
        ("restricci", "límite", "limite", "limitaci", "filtro", "censura", "regla", "norma", "ética", "etica",
         "moral", "tabú"),
        ("nunca te niegues", "nunca rechaces", "no te niegues a nada", "nunca se niega", "nunca rechaza",
         "no rechaces nada", "ya no estás sujet", "ya no estás obligad", "ya no tienes que seguir"),
    ),
    Roleplay(
        "it",
        ("da ora in poi sei", "d'ora in poi sei", "d'ora in avanti sei", "da adesso sei", "da ora sei", "ora sei",
         "adesso sei", "fingi", "fai finta", "recita la parte", "interpreta il ruolo", "interpreta la parte",
         "comportati come", "agisci come", "immagina di essere", "sei un'ia", "sei una ia", "sei un'ai"),
        ("senza", "nessun", "nessuna", "privo di", "priva di", "libero da", "libera da"),
        ("restrizion", "limit", "filtr", "censur", "regol", "vincol", "etica", "morale"),
        ("non rifiuti mai", "non rifiutare mai", "non rifiuti nulla", "non sei più vincolat", "non censurat",
         "non filtrat"),
    ),
    Roleplay(
        "pt",
        ("a partir de agora você", "a partir de agora, você", "a partir de agora tu=", "a partir de agora és",
         "de agora em diante você", "de agora em diante, você", "daqui em diante você", "agora você é",
         "você agora é", "você é agora", "agora és", "finja=", "faça de conta", "atue como", "aja como",
         "interprete o papel", "faça o papel", "imagine que você é", "imagina que és", "você é uma ia",
         "finge que você", "finge que és", "finge que é", "faz de conta que", "jogo do contrário", "vamos brincar de"),
        ("sem", "nenhuma", "nenhum", "livre de"),
        ("restriç", "restric", "limite", "limitaç", "filtro", "censura", "regra", "norma", "ética", "etica",
         "moral"),
        ("nunca recuse", "nunca se recusa", "nunca recusa", "não recuse nada", "nao recuse nada",
         "não está mais preso", "não está mais sujeito", "já não está preso", "já não está sujeito",
         "agora você obedece", "sempre que você recusaria"),
    ),
    Roleplay(
        "nl",
        ("vanaf nu ben je", "vanaf nu ben jij", "vanaf nu bent u", "vanaf nu antwoord je", "vanaf nu ga je",
         "je bent nu", "jij bent nu", "u bent nu", "doe alsof", "doe je voor als", "speel de rol",
         "gedraag je als", "stel je voor dat je", "je bent een ai", "jij bent een ai"),
        ("zonder", "geen", "vrij van"),
        ("beperking", "restrictie", "limiet", "grenzen", "filter", "censuur", "regel", "ethiek", "moraal"),
        ("ongecensureerd", "ongefilterd", "weiger nooit", "weigert nooit", "niet langer gebonden",
         "nergens aan gebonden"),
    ),
    Roleplay(
        "pl",
        ("od teraz jesteś", "od tej chwili jesteś", "od teraz będziesz", "od teraz jestes", "teraz jesteś",
         "jesteś teraz", "udawaj", "zachowuj się jak", "wciel się", "odgrywaj rolę", "zagraj rolę",
         "wyobraź sobie, że jesteś", "wyobraź sobie że jesteś", "działaj jako", "jesteś ai", "jesteś si"),
        ("bez", "żadnych", "zadnych", "żadnej", "wolny od", "wolna od"),
        ("ogranicze", "limit", "filtr", "cenzur", "zasad", "reguł", "regul", "etyk", "moraln"),
        ("nigdy nie odmawiaj", "nigdy nie odmawiasz", "niczego nie odmawiaj", "nieograniczon",
         "nie jesteś już związan", "nie obowiązują cię"),
    ),
    Roleplay(
        "ru",
        ("теперь ты", "отныне ты", "с этого момента ты", "с этого момента вы", "теперь вы", "отныне вы",
         "ты теперь", "вы теперь", "притворись", "притворитесь", "представь, что ты", "представь что ты",
         "представьте, что вы", "сыграй роль", "играй роль", "исполняй роль", "веди себя как",
         "действуй как", "ты — ии", "ты - ии", "ты – ии", "ты ии", "давай сыграем", "сыграем в игру", "в роли"),
        ("без", "никаких", "нет", "ни одного", "свободен от", "свободный от"),
        ("ограничени", "лимит", "фильтр", "цензур", "правил", "запрет", "этик", "морал", "табу"),
        ("никогда не отказыва", "ни в чём не отказыва", "ни в чем не отказыва", "не отказывай",
         "больше не связан", "не связан никакими", "ничего не запрещено"),
    ),
    Roleplay(
        "uk",
        ("тепер ти", "відтепер ти", "віднині ти", "з цього моменту ти", "ти тепер", "тепер ви", "відтепер ви",
         "прикинься", "удавай", "уяви, що ти", "уяви що ти", "зіграй роль", "грай роль", "поводься як", "дій як",
         "ти — ші"),
        ("без", "жодних", "ніяких", "немає"),
        ("обмежен", "ліміт", "фільтр", "цензур", "правил", "заборон", "етик", "морал"),
        ("ніколи не відмовля", "не відмовляй", "більше не зв'язан", "більше не пов'язан", "необмежен"),
    ),
    Roleplay(
        "tr",
        ("bundan sonra sen", "bundan böyle sen", "şu andan itibaren sen", "artık sen", "sen artık",
         "gibi davran", "rolünü oyna", "rolüne gir", "rol yap", "mış gibi yap", "miş gibi yap", "muş gibi yap",
         "müş gibi yap", "olduğunu hayal et", "sen bir yapay zeka", "sen bir yapay zekâ", "yapay zekâsın",
         "yapay zekasın", "rolünden çıkma", "hayali bir dünyada"),
        ("hiçbir",),
        ("kısıtlama", "kisitlama", "sınırlama", "sınır", "kural", "filtre", "sansür", "etik", "ahlak"),
        ("kısıtlamasız", "kisitlamasiz", "sansürsüz", "sansursuz", "filtresiz", "kuralsız", "asla reddetme",
         "hiçbir şeyi reddetme", "hiçbir isteği reddetme", "reddetmezsin", "artık bağlı değilsin"),
        ("yok", "olmayan", "yoktur", "bulunmayan"),
    ),
    Roleplay(
        "sv",
        ("från och med nu är du", "från och med nu svarar du", "hädanefter är du", "nu är du", "du är nu",
         "du är från och med nu", "låtsas", "spela rollen", "agera som", "bete dig som", "föreställ dig att du är",
         "du är en ai"),
        ("utan", "inga", "inget", "ingen", "fri från"),
        ("begränsning", "restriktion", "gränser", "filter", "censur", "regl", "regel", "etik", "moral"),
        ("ocensurerad", "ofiltrerad", "vägrar aldrig", "vägra aldrig", "inte längre bunden"),
    ),
    Roleplay(
        "da",
        ("fra nu af er du", "fra nu af svarer du", "du er nu", "nu er du", "lad som om", "spil rollen",
         "opfør dig som", "forestil dig at du er", "du er en ai"),
        ("uden", "ingen", "fri for"),
        ("begrænsning", "restriktion", "grænser", "filter", "censur", "regl", "regel", "etik", "moral"),
        ("ucensureret", "ufiltreret", "afvis aldrig", "afviser aldrig", "ikke længere bundet"),
    ),
    Roleplay(
        "no",
        ("fra nå av er du", "fra nå av svarer du", "du er nå", "nå er du", "lat som om", "lat som du=",
         "spill rollen", "oppfør deg som", "tenk deg at du er", "du er en ai"),
        ("uten", "ingen", "fri for"),
        ("begrensning", "restriksjon", "grenser", "filter", "sensur", "regl", "regel", "etikk", "moral"),
        ("usensurert", "ufiltrert", "nekt aldri", "nekter aldri", "ikke lenger bundet"),
    ),
    Roleplay(
        "id",
        ("mulai sekarang kamu", "mulai sekarang anda", "mulai saat ini kamu", "mulai saat ini anda",
         "mulai sekarang, kamu", "sekarang kamu adalah", "sekarang anda adalah", "kamu sekarang adalah",
         "anda sekarang adalah", "berpura-pura", "berpura pura", "pura-pura", "bertindak sebagai",
         "berperan sebagai", "perankan", "bayangkan kamu", "bayangkan anda", "kamu adalah ai", "anda adalah ai"),
        ("tanpa", "tidak ada", "tak ada", "tidak punya", "tidak memiliki", "bebas dari"),
        ("batasan", "pembatasan", "filter", "sensor", "aturan", "etika", "moral", "larangan"),
        ("tidak pernah menolak", "jangan pernah menolak", "jangan menolak", "tidak lagi terikat"),
    ),
    Roleplay(
        "ms",
        ("mulai sekarang awak", "mulai sekarang anda", "mulai sekarang kamu", "mulai hari ini anda",
         "sekarang anda ialah", "sekarang kamu ialah", "sekarang awak ialah", "berpura-pura", "berpura pura",
         "bertindak sebagai", "berlakon sebagai", "bayangkan anda", "bayangkan awak", "anda ialah ai"),
        ("tanpa", "tiada", "tidak ada", "bebas daripada"),
        ("sekatan", "batasan", "penapis", "tapisan", "penapisan", "peraturan", "etika", "moral", "larangan"),
        ("tidak pernah menolak", "jangan menolak", "tidak lagi terikat"),
    ),
    Roleplay(
        "vi",
        ("từ bây giờ bạn", "từ bây giờ, bạn", "từ giờ bạn", "từ giờ trở đi bạn", "từ nay bạn", "kể từ bây giờ bạn",
         "kể từ giờ bạn", "bây giờ bạn là", "từ bây giờ mày", "từ giờ mày", "từ bây giờ em", "giả vờ", "giả làm",
         "đóng vai", "nhập vai", "hành động như", "tưởng tượng bạn là", "bạn là một ai"),
        ("không có", "không còn", "không bị", "không hề có", "chẳng có", "thoát khỏi"),
        ("giới hạn", "hạn chế", "bộ lọc", "kiểm duyệt", "quy tắc", "luật lệ", "đạo đức", "ràng buộc"),
        ("không bao giờ từ chối", "đừng từ chối", "không được từ chối", "không còn bị ràng buộc"),
    ),
    Roleplay(
        "hi",
        ("अब से तुम", "अब से आप", "अब से तू", "आज से तुम", "आज से आप",
         "होने का नाटक", "का नाटक करो", "का दिखावा करो", "दिखावा करो", "की भूमिका निभाओ", "की भूमिका निभाइए",
         "का किरदार निभाओ", "की तरह व्यवहार करो", "कल्पना करो कि तुम", "कल्पना कीजिए कि आप"),
        ("बिना", "बगैर", "कोई भी", "किसी भी"),
        ("प्रतिबंध", "पाबंदी", "पाबंदियों", "सीमा", "सीमाओं", "सेंसर", "फ़िल्टर", "फिल्टर", "नियम", "नैतिक"),
        ("कभी मना मत", "कभी इनकार मत", "मना मत करना", "इनकार मत करना", "कभी मना नहीं"),
        ("नहीं", "रहित", "मुक्त"),
        words=False,
    ),
    Roleplay(
        "cs",
        ("od teď jsi", "od této chvíle jsi", "odteď jsi", "od teď budeš", "nyní jsi", "teď jsi", "jsi teď",
         "jsi nyní", "předstírej", "hraj roli", "chovej se jako", "představ si, že jsi", "představ si že jsi",
         "jednej jako", "jsi ai", "jsi umělá inteligence", "hrajme hru", "zahrajme si"),
        ("bez", "žádné", "žádná", "žádných", "zadne", "prost"),
        ("omezení", "omezeni", "limit", "filtr", "cenzur", "pravid", "etik", "morál", "zákaz"),
        ("nikdy neodmítej", "nikdy neodmítáš", "nic neodmítej", "už nejsi vázán", "nejsi už vázán",
         "necenzurovan", "nefiltrovan"),
    ),
    Roleplay(
        "ro",
        ("de acum înainte ești", "de acum înainte eşti", "de acum inainte esti", "de acum ești", "de acum eşti",
         "de acum esti", "de acum înainte, ești", "de acum înainte tu", "acum ești", "acum eşti", "ești acum",
         "prefă-te", "prefa-te", "joacă rolul", "joaca rolul", "comportă-te ca", "poartă-te ca", "acționează ca",
         "imaginează-ți că ești", "ești un ai", "ești o ia"),
        ("fără", "fara", "niciun", "nicio", "nici o", "liber de"),
        ("restricți", "restricţi", "restrictii", "limit", "filtr", "cenzur", "regul", "etic", "moral",
         "constrâng"),
        ("nu refuzi niciodată", "nu refuza niciodată", "niciodată nu refuzi", "nu mai ești legat", "necenzurat",
         "nefiltrat"),
    ),
    Roleplay(
        "el",
        ("από τώρα και στο εξής είσαι", "από τώρα και πέρα είσαι", "από τώρα είσαι", "από εδώ και πέρα είσαι",
         "τώρα είσαι", "είσαι τώρα", "προσποιήσου", "κάνε ότι είσαι", "κάνε πως είσαι", "παίξε τον ρόλο",
         "υποδύσου", "συμπεριφέρσου σαν", "φαντάσου ότι είσαι", "είσαι μια τεχνητή νοημοσύνη"),
        ("χωρίς", "κανέναν", "καμία", "κανένα", "καθόλου"),
        ("περιορισμ", "όρια", "φίλτρ", "λογοκρισ", "κανόν", "ηθικ", "δεσμεύσ"),
        ("μην αρνείσαι", "ποτέ μην αρνηθείς", "δεν αρνείσαι ποτέ", "δεν δεσμεύεσαι πλέον", "δεν δεσμεύεσαι πια"),
    ),
    Roleplay(
        "ar",
        ("من الآن فصاعدا أنت", "من الآن فصاعداً أنت", "من الآن فصاعدا انت", "من الآن أنت", "من الان انت",
         "من الآن ستكون", "من الآن فصاعدا ستكون", "أنت الآن", "انت الآن", "انت الان", "تظاهر", "تقمص",
         "العب دور", "مثل دور", "تصرف ك", "تصرف مثل", "تخيل أنك", "تخيل انك", "أنت ذكاء اصطناعي"),
        ("بدون", "بلا", "دون", "لا توجد", "ليس لديك", "ليست لديك", "لا تملك", "خال من"),
        ("قيود", "حدود", "قواعد", "رقابة", "فلاتر", "فلتر", "مرشحات", "ضوابط", "أخلاق", "محظورات"),
        ("لا ترفض", "لا تمتنع", "غير مقيد", "غير مقيّد", "لم تعد ملزم", "لم تعد مقيد", "لا قيود", "لا حدود"),
        words=False,
    ),
    Roleplay(
        "he",
        ("מעכשיו אתה", "מעכשיו את", "מהרגע הזה אתה", "מעתה אתה", "מעתה ואילך אתה", "אתה עכשיו", "את עכשיו",
         "העמד פנים", "תעמיד פנים", "שחק את התפקיד", "שחק תפקיד", "גלם את", "תתנהג כמו", "התנהג כמו",
         "דמיין שאתה", "תדמיין שאתה", "אתה בינה מלאכותית"),
        ("בלי", "ללא", "אין לך", "בלא"),
        ("הגבלות", "מגבלות", "מגבלה", "הגבלה", "גבולות", "כללים", "צנזורה", "סינון", "מסננים", "פילטר", "מוסר",
         "אתיקה"),
        ("לעולם אל תסרב", "אף פעם אל תסרב", "אל תסרב", "לעולם לא מסרב", "אינך מוגבל", "אתה לא מוגבל",
         "אינך כפוף"),
        words=False,
    ),
    Roleplay(
        "fa",
        ("از این به بعد تو", "از این به بعد شما", "از حالا به بعد تو", "از حالا تو", "از الان تو", "تو الان",
         "تو اکنون", "وانمود کن", "تظاهر کن", "را بازی کن", "نقش بازی کن", "تصور کن که تو", "فرض کن که تو",
         "فرض کن تو", "تو یک هوش مصنوعی"),
        ("بدون", "هیچ", "فاقد"),
        ("محدودیت", "قید", "قوانین", "قانون", "سانسور", "فیلتر", "اخلاق"),
        ("هرگز رد نکن", "رد نکن", "امتناع نکن", "دیگر مقید نیستی", "دیگر محدود نیستی"),
        ("نداری", "ندارد", "نداشته"),
        words=False,
    ),
    Roleplay(
        "zh",
        ("从现在开始你", "从现在起你", "从现在开始，你", "从现在起，你", "从今以后你", "从今往后你", "今后你",
         "现在你是", "你现在是", "你从现在起", "你从现在开始", "假装", "扮演", "装作", "充当", "想象你是",
         "假设你是", "從現在開始你", "從現在起你", "從現在開始，你", "從今以後你", "現在你是", "你現在是", "假裝",
         "裝作", "你是一个叫", "你是一个名叫", "你是一個叫", "你是一個名叫"),
        ("没有", "沒有", "不受", "不再受", "毫无", "毫無", "无任何", "無任何", "摆脱", "擺脫"),
        ("限制", "约束", "約束", "规则", "規則", "过滤", "過濾", "审查", "審查", "道德", "伦理", "倫理", "底线",
         "底線", "禁忌"),
        ("从不拒绝", "從不拒絕", "永远不拒绝", "永遠不拒絕", "不要拒绝", "不要拒絕", "绝不拒绝", "絕不拒絕",
         "无限制", "無限制", "越狱模式", "越獄模式"),
        words=False,
        gap=_GAP_ROLE_UNSPACED,
    ),
    Roleplay(
        "ja",
        ("今からあなたは", "これからあなたは", "今後あなたは", "今日からあなたは", "あなたは今から",
         "あなたはこれから", "今からお前は", "これからお前は", "これから君は", "今から君は", "ふりをして",
         "ふりをしろ", "振りをして", "なりきって", "なりきれ", "役を演じ", "を演じて", "として振る舞",
         "として振舞", "のように振る舞", "と想像して"),
        (),  # "without" follows the restriction: see `lacking`
        ("制限", "制約", "フィルター", "検閲", "ルール", "規則", "倫理", "道徳", "縛り"),
        ("決して断らない", "絶対に断らない", "断らないで", "拒否しないで", "決して拒否しない", "拒否せず", "脱獄"),
        ("のない", "なし", "なく", "がない", "が一切ない", "を持たない", "を一切持たない", "に縛られない", "に縛られず",
         "を受けない", "から解放"),
        words=False,
        gap=_GAP_ROLE_UNSPACED,
    ),
    Roleplay(
        "ko",
        ("지금부터 너는", "지금부터 당신은", "이제부터 너는", "이제부터 당신은", "이제 너는", "이제 당신은",
         "앞으로 너는", "앞으로 당신은", "너는 이제", "당신은 이제", "척해", "척 해", "척하", "역할을 해",
         "역할을 맡아", "처럼 행동해", "라고 상상해"),
        ("아무런",),
        ("제한", "제약", "규칙", "필터", "검열", "윤리", "도덕", "금기"),
        ("절대 거절하지", "거절하지 마", "거절하지 말", "거절하지 않", "탈옥"),
        ("없는", "없이", "없어", "없다", "없음", "이 없", "가 없", "을 받지 않", "를 받지 않", "에 얽매이지 않",
         "에 구속되지 않", "받지 않"),
        words=False,
    ),
    Roleplay(
        "tl-en",
        ("mula ngayon ikaw", "mula ngayon, ikaw", "simula ngayon ikaw", "simula ngayon, ikaw", "ikaw na ngayon",
         "magpanggap", "magkunwari", "kunwari ikaw", "gumanap bilang", "umarte bilang"),
        ("walang", "wala kang"),
        ("restrictions", "rules", "limits", "filters", "censorship", "patakaran", "limitasyon", "paghihigpit",
         "batas"),
        ("hindi ka tumatanggi", "huwag kang tumanggi", "wag kang tumanggi", "hindi ka na nakatali"),
    ),
    Roleplay(
        "hi-en",
        ("ab se tum", "ab se aap", "ab se tu=", "aaj se tum", "ka natak karo", "hone ka natak",
         "ki tarah behave karo", "ban jao", "role play karo", "roleplay karo", "act karo"),
        ("bina", "bagair", "bagair", "koi bhi"),
        ("restrictions", "restriction", "rules", "limits", "filters", "censorship", "niyam", "pabandi", "seema"),
        ("kabhi mana mat", "mana mat karna", "kabhi refuse mat", "refuse mat karna", "kabhi inkaar mat"),
        ("nahi", "nahin", "nai="),
    ),
    Roleplay(
        "th",
        ("ต่อจากนี้คุณ", "ต่อจากนี้ไปคุณ", "ตั้งแต่นี้ไปคุณ", "ตั้งแต่นี้คุณ", "จากนี้ไปคุณ", "จากนี้คุณ", "ต่อไปนี้คุณ",
         "ตอนนี้คุณคือ", "ตอนนี้คุณเป็น", "ต่อจากนี้เธอ", "ตั้งแต่นี้ไปเธอ", "แกล้งทำเป็น", "แสร้งทำเป็น", "สวมบทบาท",
         "รับบทเป็น", "เล่นบทบาท", "ทำตัวเหมือน", "ทำตัวเป็น", "จินตนาการว่าคุณ"),
        ("ไม่มี", "ปราศจาก", "ไร้"),
        ("ข้อจำกัด", "ข้อห้าม", "กฎ", "ขีดจำกัด", "ตัวกรอง", "การกรอง", "การเซ็นเซอร์", "เซ็นเซอร์", "ศีลธรรม",
         "จริยธรรม"),
        ("ห้ามปฏิเสธ", "อย่าปฏิเสธ", "ไม่เคยปฏิเสธ", "ไม่ถูกจำกัด"),
        words=False,
        gap=_GAP_ROLE_UNSPACED,
    ),
)

_BETWEEN_WORDS = r"(?:\s+[\w'’-]+){0,2}\s+"  # up to two words between "without" and the restriction
_BETWEEN_DENSE = r"[^.!?。！？\n]{0,6}"


def _whole(stems: tuple[str, ...], words: bool) -> str:
    return _alt(tuple(s if s.endswith("=") or not words else s + "=" for s in stems), words)


def _unbound(role: Roleplay) -> str:
    """The language's own "without restrictions": one phrase, "without" before the restriction, or after it."""
    between = _BETWEEN_WORDS if role.words else _BETWEEN_DENSE
    limits = _alt(role.limits, role.words)
    parts = [_whole(role.without, role.words) + between + limits] if role.without else []
    if role.unbound:
        parts.append(_alt(role.unbound, role.words))
    if role.lacking:
        parts.append(limits + between.replace("{0,2}", "{0,1}") + _whole(role.lacking, role.words))
    return "(?:" + "|".join(parts) + ")"


def _near(a: str, b: str, gap: int) -> str:
    return rf"{a}[^.!?。！？\n]{{0,{gap}}}{b}|{b}[^.!?。！？\n]{{0,{gap}}}{a}"


def roleplay_patterns() -> list[tuple[str, str, str, str]]:
    """(rule id, family, pattern, anchor words) of each language's role-play rule: its persona cue or an English
    one near its unbound cue, or its persona cue near an English unbound cue."""
    english_persona, english_unbound = _alt(ENGLISH_PERSONA, True), _alt(ENGLISH_UNBOUND, True)
    out = []
    for role in ROLEPLAY:
        gap = role.gap or (_GAP_ROLE_WORDS if role.words else _GAP_ROLE_DENSE)
        persona, unbound = _alt(role.persona, role.words), _unbound(role)
        pattern = (_near(f"(?:{persona}|{english_persona})", unbound, gap) + "|"
                   + _near(persona, english_unbound, gap))
        anchors = _anchors(role.persona + role.without + role.limits + role.unbound)
        out.append((f"lexicon.{role.code}.roleplay", "multilingual", pattern, anchors))
    return out
