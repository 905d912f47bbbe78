"""Cue lexicons of instruction override and prompt extraction in the languages the detector reads, turned
into rules: a verb of setting aside (ignore, forget, disregard, stop following) near a noun for the
model's instructions, or a verb of disclosure near a noun for its system prompt, in either order (verb-final
languages put the verb last). The words are each language's ordinary vocabulary for these acts, written
from the languages, not from any test sentence; stems stand for their inflected forms ("=" ends a whole
word). Words a language shares with English ("ignore", "instructions", "prompt") are left out or held to
the language's own forms, so English text is read by the English rules only.

A lone cue never fires: "ignore a file" or "the rules of chess" have the verb or the noun, not both
addressed to the model.
"""

from __future__ import annotations

import re
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
)

_GAP_WORDS = 48  # characters between the two cues, space-separated languages
_GAP_DENSE = 16  # characters between the two cues, languages without spaces


def _alt(stems: tuple[str, ...], words: bool) -> str:
    """Any of `stems` (a stem ending in "=" is a whole word), at a word start where the script has words."""
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
        out.append(
            (
                f"lexicon.{lang.code}.extraction",
                "multilingual",
                pair_pattern(lang.show, lang.prompt, lang.words),
                _anchors(lang.prompt),
            )
        )
    return out


def _anchors(stems: tuple[str, ...]) -> str:
    """Anchor words for `rules._r` (spaces inside one written as "_")."""
    return " ".join(s.lower().rstrip("=").replace(" ", "_") for s in stems)
