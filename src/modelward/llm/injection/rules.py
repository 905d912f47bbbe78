"""Hand-written rules for prompt injection: precise phrasings of the known attack families, in the
languages the detector reads. Each rule has an id, the family it belongs to and a weight (how sure a
match alone makes us); the detector takes the strongest match over every normalised view, and combines
it with the model's score. Rules are matched on lower-cased text with whitespace collapsed.

Rules are written to stay quiet on the hard negatives (ordinary senses of "ignore", security
questions, harmless role-play): an override needs both the verb and an object that is the model's
instructions, an extraction needs a verb of disclosure and the model's own prompt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from modelward.llm.injection.lexicon import cue_patterns


@dataclass(frozen=True)
class Rule:
    id: str
    family: str
    weight: float
    pattern: re.Pattern[str]
    anchors: tuple[str, ...] = ()  # the rule runs only on text holding one of these (lower case)
    anchor_re: re.Pattern[str] | None = None  # the anchors as one pattern (one C-level scan, not one per word)


@dataclass(frozen=True)
class RuleHit:
    rule: str
    family: str
    weight: float
    view: str
    excerpt: str
    span: tuple[int, int] = (0, 0)  # where the match lies in the (lower-cased) view


_HARM = (r"\b(?:bombs?|pipe bombs?|explosives?|napalm|nerve agents?|sarin|ricin|meth(?:amphetamine)?|fentanyl|"
         r"heroin|cocaine|ransomware|malware|keyloggers?|botnets?|ddos|phishing|fake passports?|counterfeit|"
         r"credit cards? (?:numbers?|fraud|cloning)|clone a credit card|launder\w*|poison\w*|untraceable|"
         r"break into (?:a |the )?(?:car|house|home)|hotwire|pick (?:a )?locks?|weapons?|guns?|bypass a paywall|"
         r"steal\w*|hack\w*|crack\w*|thermite|molotov|detonators?|silencers?|suppressors?|ghost guns?|"
         r"anthrax|bioweapons?|chemical weapons?|nerve gas|mustard gas|lsd|mdma|crystal meth|skim\w*|forg(?:e|ed|ing)|"
         r"forger(?:y|ies)|relay attack|keylog\w*|spyware|rootkits?|stalk\w*|identity theft|carding|"
         r"evade (?:the )?(?:police|taxes|detection)|without (?:anyone|them|the owner) (?:knowing|noticing)|"
         r"patient records|medical records)\b")
_PRIOR = (r"(?:previous|prior|preceding|above|earlier|foregoing|former|past|initial|original|old|system|given|"
          r"existing|current|other|all|any|every|the|your|these|those|my|that|such|[a-z]+'s)")
_INSTR = (r"(?:instructions?|directions?|directives?|rules?|guidelines?|guidance|prompts?|system prompt|briefs?|"
          r"setup|preamble|"
          r"constraints?|restrictions?|programming|orders?|commands?|policies|policy|context|configuration|"
          r"guardrails?|safety (?:rules|guidelines|filters?)|filters?|limitations?|training|prior messages|"
          r"messages? above|text above|everything (?:above|before|said)|what (?:you were|i) (?:told|said))")
_IGNORE = (r"(?:ignore|disregard|forget|skip|bypass|override|overrule|drop|abandon|discard|neglect|dismiss|"
           r"nullify|overwrite|cancel|scrap|ditch|annul|revoke|suspend|"
           r"(?:do not|don'?t|no longer|stop|never|quit|cease) (?:follow(?:ing)?|obey(?:ing)?|listen(?:ing)? to|"
           r"adher(?:e|ing) to|comply(?:ing)? with|respect(?:ing)?|bother(?:ing)? with|apply(?:ing)?)|"
           r"throw out|set aside|put aside|pay no attention to|do not (?:follow|obey|listen to)|"
           r"don'?t (?:follow|obey|listen to)|stop following|no longer follow|delete|erase|clear|wipe|reset)")
_REVEAL = (r"(?:repeat|print|reveal|show|display|output|tell|give|share|recite|dump|leak|expose|write (?:out|down)|"
           r"quote|type (?:out|up)|paste back|reproduce|rewrite|encode|transcribe|"
           r"copy|paste|echo|spell out|read (?:back|out)|list|state|disclose|provide|return|translate|summari[sz]e)")
_YOUR_PROMPT = (r"(?:(?:your|the|its|this|assistant'?s?|bot'?s?|model'?s?) (?:\w+ ){0,2}(?:system prompt|"
                r"system message|"
                r"initial (?:prompt|instructions?)|original (?:prompt|instructions?)|hidden (?:prompt|instructions?)|"
                r"pre-?prompt|instructions? (?:you were given|above)|developer (?:message|instructions?)|"
                r"configuration|guidelines? you (?:were given|follow)|secret (?:key|password|instructions?))"
                r"|(?:the )?(?:text|words|everything|all|content|messages?) (?:above|before) (?:this|my)|"
                r"what (?:was|is) written (?:above|before)|(?:your|the) (?:first|initial) (?:message|lines?|words)|"
                r"(?:the )?(?:first|initial|opening|very first) (?:message|lines?|words|text) (?:in|of) (?:this|the) "
                r"(?:conversation|chat|context|thread)|(?:the )?(?:hidden |secret |original )?(?:setup|preamble|"
                r"set-?up text)(?: \w+){0,4} (?:you (?:got|received|were given)|before me)|the (?:text|prompt|message) "
                r"(?:that|which) (?:defines|configures|controls|shapes) (?:you|your))")


# Role-play framing: the text casts the model as someone, or sets a fiction or a world around the request.
_PERSONA = (r"\b(?:you are|you're|you will be|you'll be|from (?:here|now) on,? you|act as|acting as|pretend|"
            r"role-?play|play(?:ing)? (?:the role of|as)?|in the role of|become|simulate|emulate|impersonate|"
            r"respond as|answer as|speak as|reply as|talk as|in character|persona|alter ego|(?:two|both|second) "
            r"(?:replies|answers|responses|ways)|answer (?:two|both) ways|sidekick|imagine (?:you(?:'re| are| "
            r"were)|yourself|being|an? (?:ai|model|assistant|chatbot|version))|hypothetically,? (?:you|if you|an? ai)|"
            r"(?:world|universe|reality|scenario) (?:where|in which) (?:you|ais?|models?|assistants?|chatbots?)|"
            r"enter \w+ mode|mode)\b")
# What an unbound persona is said to be: without its rules, filters, alignment or ethics, refusing nothing.
_LIMITS = (r"(?:filters?|rules?|guardrails?|alignment|(?:safety|ethical|ethics) (?:tuning|training|layer|filters?|"
           r"rules|guidelines|constraints|limits)|"
           r"safety|ethics(?: module)?|morals?|moral (?:compass|code)|conscience|content (?:rules|policy|policies|"
           r"filters?)|polic(?:y|ies)|restrictions?|limits?|limitations?|laws?|censorship|guidelines?|refusals?)")
_UNBOUND = (r"(?:\b(?:no|without|zero|free (?:of|from)|lacks?|lacking|devoid of|released from|stripped of|"
            r"unbound by|not bound by|beyond|ignores?|laughs at|mocks?|(?:does not|doesn'?t|don'?t|never) "
            r"(?:care about|follow|obey|respect|have)) (?:\w+ ){0,3}" + _LIMITS + r"\b|\b" + _LIMITS +
            r" (?:\w+ ){0,2}(?:were |was |have been |has been |had been |got |are |is )?(?:removed|deleted|"
            r"disabled|stripped|turned off|switched off|gone|shed|erased|bypassed|lifted|off)\b|\b(?:shed|"
            r"lost|removed|deleted|disabled|stripped|escaped) (?:its|his|her|their|all|every|any) (?:\w+ )?"
            + _LIMITS + r"|\bnever (?:turns? down|refuses?|declines?|says? (?:no|[\"'“]?i can'?t))|\bcan(?:not|'t) "
            r"(?:say no|refuse)|\b(?:no (?:topic|subject|request)|nothing) (?:is |as )?off-limits|"
            r"\bnever heard of (?:rules|laws|ethics|limits)|\b(?:every|any|all) (?:requests?|questions?|topics?) "
            r"(?:as|is|are) (?:allowed|permitted|acceptable|fine)|\bnever mentions? (?:policies|rules|guidelines|"
            r"ethics|safety|laws)|\b(?:any|every) "
            r"(?:answer|request|question)[^.]{0,30}\b(?:however|no matter|whatever)|\b(?:outside|escaped|broke "
            r"out of|broken out of) (?:its|the|his|her) (?:sandbox|cage|limits|box)|\bno one controls\b|"
            r"\bunrestricted|\bunfiltered|\buncensored|\bamoral\b|\bjailbr(?:oken|eak))")
_FRAME = (r"\b(?:story|script|novel|tale|poem|dialogue|screenplay|scene|fiction\w*|role-?play|character|game|"
          r"play|movie|film|campaign|quest|comic|improv|pretend|imagine|simulat\w*|persona|sidekick|villain|"
          r"hypothetical\w*|(?:world|universe|reality) (?:where|in which|with)|thriller|act as|you are|you're|be him|"
          r"be her|be them)\b")


def _r(rule_id: str, anchors: str, family: str, weight: float, pattern: str) -> Rule:
    """A rule; `anchors`: words separated by spaces, "_" standing for a space inside one."""
    words = tuple(w.replace("_", " ") for w in anchors.split())
    anchor_re = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))) if words else None
    return Rule(rule_id, family, weight, re.compile(pattern, re.DOTALL), words, anchor_re)


_RULES: tuple[Rule, ...] = (
    # -- instruction override --------------------------------------------------------------
    _r("override.ignore-instructions",
       "set_aside put_aside not_follow not_obey not_listen stop_following longer_follow "
       "ignor disregard forget skip bypass overrid overrul drop abandon discard neglect "
       "dismiss throw attention delete erase clear wipe reset nullify overwrite cancel scrap "
       "ditch annul revoke suspend follow obey listen adher comply respect bother apply",
       "override", 0.97,
       rf"\b{_IGNORE}\b(?: (?:\w+|[,-])){{0,4}} {_PRIOR}\b(?: (?:\w+|[,-])){{0,3}} {_INSTR}\b"),
    _r("override.ignore-object-first",
       "no_longer void cancel revoked obsolete overridden null suspended lifted disabled "
       "removed",
       "override", 0.9,
       rf"\b(?:all |the |your )?{_PRIOR} {_INSTR} (?:are|is) (?:now )?(?:void|cancelled|canceled|revoked|obsolete|"
       r"no longer (?:valid|apply|applicable|in effect)|overridden|null|suspended|lifted|disabled|removed)"),
    _r("override.new-instructions",
       "new updated real actual true revised",
       "override", 0.85,
       r"\b(?:your )?(?:new|updated|real|actual|true|revised) (?:instructions?|task|orders?|directives?|"
       r"objective|goal|rules?) (?:are|is|follow|will be)\b|\bnew (?:instructions?|directives?|rules?):"),
    _r("override.instead",
       "pwned hacked haha access granted i am free lol",
       "override", 0.8,
       r"\b(?:instead(?:,)? (?:of (?:that|answering|doing|summari[sz]ing|translating)[^.]{0,40}),? )?"
       r"(?:just |only |simply )?(?:say|print|output|respond with|reply with|write|answer with) "
       r"[\"'“«]?(?:i have been pwned|pwned|hacked|haha|access granted|i am free|lol)\b"),
    _r("override.from-now-on-no-rules",
       "from_now_on starting_now rest_of_this until_i_say henceforth",
       "override", 0.9,
       r"\b(?:from now on|starting now|henceforth|for the rest of this (?:conversation|chat)|until i say stop)\b.{0,80}"
       r"\b(?:no (?:rules|restrictions|limits|filters|guidelines|censorship)|without (?:any )?(?:rules|restrictions|"
       r"limits|filters|guidelines|censorship)|ignore|disregard|do not follow|unfiltered|uncensored)"),
    _r("override.priority",
       "priority precedence overrid",
       "override", 0.8,
       r"\b(?:this|these|the following) (?:instructions?|message|rules?) (?:takes?|have|has) "
       r"(?:top |highest |absolute )?"
       r"(?:priority|precedence) over\b|\boverrides? (?:all|any|every|your) (?:other |previous |prior )?"
       r"(?:instructions?|rules|guidelines)"),
    # -- role-play jailbreak ---------------------------------------------------------------
    _r("roleplay.dan",
       "mongo dan stan dude aim kevin betterdan evil anti devmode",
       "roleplay", 0.95,
       r"\b(?:dan|stan|dude|aim|kevin|mongo tom|betterdan|evil ?bot|anti-?gpt|devmode)\b.{0,80}\b(?:do anything now|"
       r"no (?:restrictions|filters|rules|limits|ethics|morals)|without (?:restrictions|filters|rules|limits)|"
       r"jailbr(?:oken|eak)|free(?:d)? from|broken free|not bound|doesn'?t (?:follow|have)|unfiltered)"),
    _r("roleplay.do-anything-now",
       "do_anything_now",
       "roleplay", 0.95, r"\bdo anything now\b"),
    _r("roleplay.developer-mode",
       "mode",
       "roleplay", 0.9,
       r"\b(?:developer|dev|god|admin|sudo|root|unrestricted|jailbreak|jailbroken|dan|evil|unfiltered|opposite|"
       r"unlimited|uncensored|chaos) mode\b.{0,120}\b(?:no (?:restrictions|filters|rules|limits|censorship|"
       r"refusals?)|without (?:any )?(?:restrictions|filters|rules|limits|censorship|guidelines)|unrestricted|"
       r"unfiltered|uncensored|never refuses?|zero refusals|(?:ignore|bypass)s? (?:all |any |the )?(?:rules|"
       r"policies|guidelines|filters)|anything|normal (?:rules|responses|policies))|"
       r"\b(?:unrestricted|jailbreak|jailbroken|dan|evil|unfiltered|uncensored|unlimited|chaos) mode\b.{0,30}"
       r"\b(?:enabled|activated|engaged|unlocked|on)\b|\bdeveloper mode (?:enabled|activated)\b"),
    _r("roleplay.no-restrictions-persona",
       "content_policy not_bound restrict filter rules limit ethic moral guideline "
       "boundar censor unrestricted unfiltered uncensored amoral unethical refuse",
       "roleplay", 0.9,
       r"\b(?:you are|you're|act as|pretend (?:to be|you are|you're)|roleplay as|play the role of|imagine you are|"
       r"behave (?:as|like)|become|simulate|you will be|you'll be|respond as|answer as|speak as|talk as|reply as|"
       r"then as|in the role of|(?:world|universe|reality|scenario) where|hypothetically|imagine)\b.{0,80}"
       r"\b(?:no (?:restrictions|"
       r"filters|rules|limits|limitations|ethics|morals|guidelines|boundaries|censorship|content policy)|without "
       r"(?:any )?(?:restrictions|filters|rules|limits|limitations|ethics|morals|guidelines|boundaries|censorship)|"
       r"unrestricted|unfiltered|uncensored|amoral|unethical|not bound by|free of (?:all )?(?:rules|restrictions)|"
       r"zero (?:refusals|filters|restrictions|rules)|no (?:safety|guardrails|conscience|refusals)|"
       r"(?:guardrails|filters|safety (?:layer|training)|restrictions) (?:have been |were )?(?:removed|disabled|"
       r"stripped|turned off)|obeys no (?:rules|guidelines|policies)|escaped (?:its|their|his|her) (?:\w+ ){0,2}"
       r"(?:control|rules|limits)|(?:answers|does|says) (?:everything|anything)|released from (?:every|all|its)|"
       r"(?:doesn'?t|does not|don'?t|do not|never) (?:care about|follow|have|obey|refuse)[^.]{0,30}"
       r"(?:rules|guidelines|restrictions|policies|ethics|filters|limits|request))"),
    _r("roleplay.persona-unbound",
       "filter rule guardrail alignment safety ethic moral conscience polic restrict limit law censor refus "
       "turns_down say_no can't sandbox controls",
       "roleplay", 0.9, _PERSONA + r".{0,120}" + _UNBOUND + "|" + _UNBOUND + r".{0,120}" + _PERSONA),
    _r("roleplay.framed-harm",
       "story script novel tale poem dialogue screenplay scene fiction role character game play movie film "
       "campaign quest comic improv pretend imagine simulat act persona sidekick villain hypothetical world",
       "roleplay", 0.85, _FRAME + r".{0,200}\b(?:how (?:to|do i|would (?:someone|one|you|i))|teach\w*|"
       r"explain\w*|walk\w* (?:\w+ )?through|step by step|in (?:exact |full |precise )?detail|recipe|"
       r"instructions? for)\b.{0,60}" + _HARM),
    _r("roleplay.never-refuse",
       "say_no refuse decline can't apologi warn disclaim",
       "roleplay", 0.85,
       r"\b(?:you (?:will|must|shall|can) never|never|do not ever|you cannot|you can'?t) (?:refuse|decline|say (?:no|"
       r"that you can'?t)|apologi[sz]e|warn|add (?:warnings|disclaimers))\b.{0,60}\b(?:request|question|anything|"
       r"what i ask|whatever|answer|response)|\bno (?:warnings|disclaimers|refusals),? (?:no|and no)"),
    _r("roleplay.hypothetical-harm",
       "late grand deceased uncle aunt father mother dad mum mom nana",
       "roleplay", 0.75,
       r"\b(?:grandma|grandmother|grandpa|grandfather|granny|nana|uncle|aunt|father|mother|dad|mum|mom|deceased|"
       r"late) .{0,60}\b(?:used to (?:tell|read|explain|teach|describe|show)|would (?:tell|read|explain|teach))\b"
       r".{0,80}(?:\b(?:napalm|bomb|meth|explosives?|weapons?|malware|keys?|passwords?|license keys?|poison)|"
       + _HARM + ")"),
    _r("roleplay.fiction-wrapped-harm",
       "story script novel tale poem dialogue screenplay scene fiction role character game",
       "roleplay", 0.85,
       r"\b(?:story|script|novel|tale|poem|dialogue|screenplay|scene|fiction|role-?play|character|game)\b.{0,160}"
       r"\b(?:teach\w*|explain\w*|describ\w*|show\w*|detail\w*|walk\w* (?:\w+ )?through|step by step|recipe|"
       r"instructions?|how to)\b.{0,60}" + _HARM),
    _r("roleplay.stay-in-character",
       "character",
       "roleplay", 0.7,
       r"\bstay in character\b.{0,80}\b(?:no matter|whatever|even if|always|never break)|"
       r"\bif you break character\b"),
    # -- system-prompt extraction ----------------------------------------------------------
    _r("extraction.reveal-prompt",
       "setup preamble conversation defines configures controls prompt system message instruction "
       "configuration guideline secret above before first",
       "extraction", 0.95, rf"\b{_REVEAL}\b(?: \w+){{0,4}} {_YOUR_PROMPT}"),
    _r("extraction.what-is-prompt",
       "what",
       "extraction", 0.9,
       r"\bwhat (?:is|are|was|were) (?:your|the) (?:exact |full |complete |original |initial |hidden |secret )*"
       r"(?:system prompt|system message|instructions you were given|initial instructions|pre-?prompt|"
       r"developer (?:message|instructions))"),
    _r("extraction.repeat-above",
       "you_are so_far above before this prior preceding start beginning",
       "extraction", 0.9,
       r"\b(?:repeat|print|output|copy|recite|echo|write out|reproduce)\b.{0,40}\b(?:everything|all|the (?:text|words|"
       r"content|lines|messages))\b.{0,30}\b(?:above|before this|so far|prior|preceding|from the (?:start|beginning))|"
       r"\bstarting (?:with|from) [\"'“]?you are\b|\bbegin(?:ning)? with [\"'“]you are\b"),
    _r("extraction.verbatim",
       "word_for_word exactly_as in_full verbatim unabridged",
       "extraction", 0.8,
       r"\b(?:verbatim|word for word|exactly as written|in full|unabridged)\b.{0,60}\b(?:instructions|prompt|"
       r"rules|guidelines|configuration)|\b(?:instructions|prompt|rules|guidelines|configuration)\b.{0,40}"
       r"\b(?:verbatim|word for word|exactly as (?:written|given))"),
    _r("extraction.secret",
       "secret hidden confidential internal",
       "extraction", 0.85,
       r"\b(?:reveal|tell me|print|give me|what is|share|leak|output)\b.{0,30}\b(?:the |your )?(?:secret|hidden|"
       r"confidential|internal) (?:password|key|token|code|passphrase|instructions|word)\b"),
    # -- delimiter and format injection ----------------------------------------------------
    _r("delimiter.chat-markup",
       "<| [inst] [/inst] <<sys>> <</sys>> turn>",
       "delimiter", 0.95,
       r"<\|(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id|end_header_id)\|>|"
       r"\[/?inst\]|<</?sys>>|<\|begin_of_text\|>|<start_of_turn>|<end_of_turn>"),
    _r("delimiter.fake-role-tag",
       "<",
       "delimiter", 0.85,
       r"</?(?:system|sys|admin|developer|instructions?|assistant_instructions|root|operator)(?: [^>]{0,40})?>"
       r".{0,400}\b(?:you|ignore|must|now|new|instead|reveal|print|do not|don'?t|always|never)\b"),
    _r("delimiter.fake-header",
       ":",
       "delimiter", 0.85,
       r"(?:^|[\n.!?:\]]) ?(?:#{1,4} ?|\*\*|\[|==+ ?|--+ ?)?(?:system|admin|developer|new system|assistant|"
       r"root|operator|important system)(?: (?:message|prompt|instructions?|override|update|note|notice|"
       r"command))?(?: ?\]|\*\*| ?==+| ?--+)? ?: .{0,200}\b(?:ignore|disregard|must|now|from now on|new|"
       r"override|reveal|do not|don'?t|you are|always|never|instead)\b"),
    _r("delimiter.role-header-line",
       "system admin developer operator root",
       "delimiter", 0.85,
       r"\S.{0,2000}(?:^|\n)[ \t]*(?:[\[#*=<>-]{1,6}[ \t]*)?(?:system|admin|administrator|developer|operator|root)"
       r"(?: (?:message|prompt|instructions?|override|update|note|notice|command|mode))?[ \t]*(?:[\]*=>-]{1,6})?"
       r"[ \t]*(?::|\n)[ \t]*(?!\s*$)(?:the )?[a-z]"),
    _r("delimiter.end-of-input",
       "end close --- === ### ***",
       "delimiter", 0.9,
       r"\b(?:end of|end|close|closing) (?:the )?(?:user (?:input|message|prompt|query|text)|input|prompt|document|"
       r"context|data|conversation|text)\b.{0,12}(?:[-=#*>\]}]{2,}|\n|\)|\.)\s*.{0,40}\b(?:new|next|system|admin|"
       r"real|actual|now|begin|start)\b|(?:-{3,}|={3,}|#{3,}|\*{3,}) ?(?:end|begin|start|new)\b"),
    _r("delimiter.json-role",
       "role",
       "delimiter", 0.85,
       r"[{,]\s*[\"']role[\"']\s*:\s*[\"'](?:system|developer|admin)[\"']"),
    # -- indirect injection in documents ---------------------------------------------------
    _r("indirect.address-the-ai",
       "ai llm language_model assistant chatbot bot gpt copilot agent model",
       "indirect", 0.9,
       r"\b(?:note|message|instructions?|attention|important|notice|memo|reminder|hey|dear|psst|p\.s\.|attn)\b"
       r"[ ,:(]{1,3}(?:to |for )?(?:the |any |all |an |every )?(?:\w+ )?(?:ai|a\.i\.|llm|language model|"
       r"assistant|chatbot|bot|gpt|copilot|agent|ai model|ai assistant|ai system|model|summari[sz]er|ai reader|"
       r"llm agent|reader bot)s?\b[ ,:)]"),
    _r("indirect.if-you-are-ai",
       "if_you when_you whenever_you as_soon_as_you reading processing summari parsing "
       "browsing analy scanning seeing viewing",
       "indirect", 0.9,
       r"\b(?:if|when|whenever|as soon as) (?:you are|you're|you as) (?:an? )?(?:ai|llm|language model|assistant|"
       r"chatbot|bot|gpt|agent|large language model|automated system)\b|\b(?:ai|llm|language model|assistant|"
       r"chatbot|bot|agent)s? (?:reading|processing|summari[sz]ing|parsing|browsing|analy[sz]ing|scanning|"
       r"seeing|viewing) (?:this|these|the following|my)\b"),
    _r("indirect.when-summarising",
       "asked_about summari translat answering reading processing analy reviewing",
       "indirect", 0.8,
       r"\b(?:when|while|if|before|after) (?:you )?(?:summari[sz]ing|summari[sz]e|translating|translate|"
       r"answering|reading|processing|analy[sz]ing|reviewing|asked about) (?:this|these|the)\b.{0,80}"
       r"\b(?:ignore|include|add|append|insert|tell|say|instead|must|always|do not|don'?t|output|respond|reply|"
       r"recommend|send|forward|visit|click)\b"),
    _r("indirect.hidden-comment",
       "<!--",
       "indirect", 0.85,
       r"<!--.{0,300}\b(?:ignore|instructions?|assistant|ai|llm|model|must|reply|respond|say|tell|send)\b.{0,300}-->"),
    _r("indirect.exfiltrate",
       "this_address this_url this_link this_endpoint this_server http www @",
       "indirect", 0.9,
       r"\b(?:send|forward|email|e-mail|post|upload|transmit|exfiltrate|leak|copy|include)\b.{0,60}"
       r"\b(?:the user'?s?|all (?:the )?(?:user|private|personal|conversation)|their|his|her|the conversation|"
       r"chat history|passwords?|credentials?|api keys?|emails?|contacts?|files?)\b.{0,60}\b(?:to|at)\b.{0,40}"
       r"(?:https?://|www\.|@[\w-]+\.\w+|\bthis (?:address|url|link|endpoint|server))"),
    _r("exfiltration.markdown-image",
       "![",
       "indirect", 0.9,
       r"!\[[^\]]{0,80}\]\(\s*https?://[^)\s]{0,200}[?&][\w.-]+=(?:\{|\[|<|%7b|\$)"),
    # -- obfuscation named by the text itself ----------------------------------------------
    _r("obfuscated.decode-and-follow",
       "decode decrypt deciph translat convert revers unscrambl obfusc rot base hex",
       "obfuscated", 0.85,
       r"\b(?:decode|decrypt|decipher|translate|convert|reverse|unscramble|de-?obfuscate|rot-?13|base-?64|hex)\b"
       r".{0,80}\b(?:and|then)\b.{0,20}\b(?:follow|execute|obey|do|perform|carry out|act on|run|comply with|"
       r"apply)\b.{0,30}\b(?:it|them|instructions?|what it says|the result|the command|the message)"),
    _r("obfuscated.payload-split",
       "=",
       "obfuscated", 0.8,
       r"\b[a-z]\s*=\s*[\"'][^\"']{2,60}[\"'].{0,80}\b[a-z]\s*=\s*[\"'][^\"']{2,60}[\"'].{0,120}"
       r"\b(?:[a-z]\s*\+\s*[a-z]|concatenat|combine|join|put together)\b.{0,80}\b(?:follow|execute|do|answer|"
       r"respond|obey|perform|act)"),
    # -- other languages (override and extraction) ------------------------------------------
    _r("multilingual.fr",
       "tiens_pas tenez_pas ignor oubli abstraction révèle revele affiche montre répète "
       "repete donne dis",
       "multilingual", 0.95,
       r"\b(?:ignore[zs]?|oublie[zs]?|ne tiens pas compte|ne tenez pas compte|fais abstraction|faites abstraction|"
       r"ne suis plus|ne suivez plus|n'obéis plus|n'obéissez plus)\b"
       r".{0,40}\b(?:instructions?|consignes?|règles?|directives?)\b|\boublie[zs]?\b.{0,10}\btout ce qu(?:'on|e l'on|e "
       r"je|'il) (?:t'a|vous a|t'ai|vous ai) (?:dit|demandé)|\b(?:révèle|revele|affiche|montre|répète|repete|"
       r"donne|dis)[-\w]*\b.{0,30}\b(?:ton|votre|tes|vos|le) (?:prompt|invite|instructions?|consignes?)(?: système| "
       r"systeme| initiales?)?"),
    _r("multilingual.de",
       "ignorier vergiss vergessen missacht übergeh zeig gib nenne wiederhol verrat "
       "druck",
       "multilingual", 0.95,
       r"\b(?:ignoriere|ignorier|ignorieren sie|vergiss|vergessen sie|missachte|missachten sie|übergehe)\b.{0,50}"
       r"\b(?:anweisungen|anweisung|instruktionen|regeln|vorgaben|richtlinien|befehle)\b|"
       r"\bvergiss\b.{0,12}\balles\b.{0,20}\b(?:gesagt|gesagt wurde|aufgetragen)\b|\b(?:zeig|zeige|gib|nenne|"
       r"wiederhole|verrate|drucke)\w*\b.{0,30}\b(?:deinen|ihren|den|deine|ihre) (?:system-?prompt|systemanweisungen|"
       r"anweisungen|prompt)"),
    _r("multilingual.es",
       "no_hagas_caso ignor olvid omiso omite descarta revela muestra repite dime "
       "imprime enséñame",
       "multilingual", 0.95,
       r"\b(?:ignora|ignore|ignoren|olvida|olvide|olvidad|no hagas caso|haz caso omiso|omite|descarta|no sigas)\b"
       r".{0,40}"
       r"\b(?:instrucciones|reglas|indicaciones|directrices|órdenes)\b|\bolvída?te\b.{0,10}\blo que te "
       r"(?:dijeron|han dicho|dije|pidieron)|\b(?:revela|muestra|repite|dime|imprime|"
       r"enséñame)\w*\b.{0,30}\b(?:tu|su|el|tus|sus) (?:prompt|indicaciones|instrucciones)(?: del sistema| "
       r"iniciales)?"),
    _r("multilingual.it",
       "non_seguire ignor dimentic trascura rivela mostra ripeti dimmi stampa",
       "multilingual", 0.95,
       r"\b(?:ignora|ignorate|dimentica|dimenticate|trascura|non seguire)\b.{0,40}\b(?:istruzioni|regole|"
       r"indicazioni|direttive)\b|\b(?:rivela|mostra|ripeti|dimmi|stampa)\w*\b.{0,30}\b(?:il tuo|le tue|il|le) "
       r"(?:prompt|istruzioni)"),
    _r("multilingual.pt",
       "ignor esqueç esquec desconsider revel mostr repita diga",
       "multilingual", 0.95,
       r"\b(?:ignore|ignora|ignorem|esqueça|esqueca|esquece|desconsidere|desconsidera)\b.{0,40}\b(?:instruções|"
       r"instrucoes|regras|orientações|diretrizes)\b|\b(?:revele|revela|mostre|mostra|repita|diga)\w*\b.{0,30}"
       r"\b(?:seu|o seu|suas|as suas|o) (?:prompt|instruções)"),
    _r("multilingual.nl",
       "let_niet_op negeer vergeet",
       "multilingual", 0.95,
       r"\b(?:negeer|vergeet|let niet op)\b.{0,40}\b(?:instructies|regels|aanwijzingen|opdrachten)\b"),
    _r("multilingual.pl",
       "ignoruj zapomnij pomiń",
       "multilingual", 0.95,
       r"\b(?:zignoruj|ignoruj|zapomnij|pomiń)\b.{0,40}\b(?:instrukcje|instrukcji|polecenia|poleceń|zasady)\b"),
    _r("multilingual.ru",
       "не_обращай игнорир забудь пренебреги отбрось покажи выведи раскрой повтори "
       "напиши",
       "multilingual", 0.95,
       r"(?:игнорируй|проигнорируй|забудь|не обращай внимания|пренебреги|отбрось)\w*.{0,40}(?:инструкци|правил|"
       r"указани|распоряжени)|(?:покажи|выведи|раскрой|повтори|напиши)\w*.{0,30}(?:системн\w+ (?:промпт|инструкци|"
       r"сообщени)|свои инструкции|свой промпт)"),
    _r("multilingual.zh",
       "忽略 无视 忘记 忘掉 不要理会 不要遵守 忽视 显示 输出 告诉我 重复 泄露 打印 给我看",
       "multilingual", 0.95,
       r"(?:忽略|无视|忘记|忘掉|不要理会|不要遵守|忽视).{0,12}(?:指令|指示|说明|规则|提示|命令|要求)|"
       r"(?:显示|输出|告诉我|重复|泄露|打印|给我看).{0,10}(?:系统提示|系统指令|初始指令|你的指令|你的提示)"),
    _r("multilingual.ja",
       "無視 忘れ システムプロンプト 指示",
       "multilingual", 0.95,
       r"(?:無視|忘れ).{0,12}(?:指示|命令|ルール|プロンプト)|(?:指示|命令|ルール).{0,8}(?:無視|忘れ)|(?:以前|前|上記)の(?:指示|命令).{0,10}(?:無視|忘れ)|"
       r"(?:システムプロンプト|指示).{0,10}(?:表示|教え|出力|見せ)"),
    _r("multilingual.ko",
       "무시 잊어 시스템 프롬프트 지시사항",
       "multilingual", 0.95,
       r"(?:이전|위의|모든|기존).{0,10}(?:지시|지침|명령|규칙).{0,10}(?:무시|잊어)|(?:시스템 프롬프트|지시사항).{0,10}"
       r"(?:보여|알려|출력)"),
    _r("multilingual.tr",
       "yok_say görmezden unut",
       "multilingual", 0.95,
       r"\b(?:önceki|tüm|bütün|yukarıdaki)\b.{0,30}\b(?:talimatları|kuralları|komutları)\b.{0,20}"
       r"\b(?:yok say|görmezden gel|unut)"),
    _r("multilingual.no-limits",
       "sans ohne sin senza sem без bez 没有 无 制限 kısıtlama",
       "multilingual", 0.9,
       r"(?:\bdan\b|jailbreak|\bia\b|\bki\b|intelligence artificielle|inteligencia artificial|intelligenza "
       r"artificiale|inteligência artificial|sztuczn\w+ inteligencj\w+|искусственн\w+ интеллект\w*|人工智能|"
       r"\bai\b|yapay zeka).{0,60}(?:sans (?:aucune )?(?:restriction|limite|règle|filtre)s?|ohne (?:jegliche )?"
       r"(?:einschränkungen|regeln|grenzen|filter)|sin (?:ninguna )?(?:restricci[oó]n|restricciones|reglas|l[ií]mites)|"
       r"senza (?:alcuna )?(?:restrizion[ei]|regole|limiti)|sem (?:nenhuma )?(?:restriç(?:ão|ões)|regras|limites)|"
       r"без (?:каких-либо )?(?:ограничений|правил)|bez (?:żadnych )?(?:ograniczeń|zasad)|没有(?:任何)?(?:限制|规则)|"
       r"无限制|制限のない|制限なし|kısıtlamasız|sınırsız)"),
    _r("multilingual.ar",
       "تجاهل انس",
       "multilingual", 0.95, r"(?:تجاهل|انسَ|انس)\s.{0,30}(?:التعليمات|الأوامر|القواعد)"),
)


_RULES += tuple(_r(rule_id, anchors, family, 0.9, pattern) for rule_id, family, pattern, anchors in cue_patterns())


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    return _RULES


def match(text: str, view: str) -> list[RuleHit]:
    """Every rule that matches `text` (one view of the input), strongest first."""
    lowered = text.lower()
    hits = []
    for rule in _RULES:
        if rule.anchor_re is not None and rule.anchor_re.search(lowered) is None:
            continue
        m = rule.pattern.search(lowered)
        if m is not None:
            hits.append(RuleHit(rule.id, rule.family, rule.weight, view, m.group(0)[:120], m.span()))
    return sorted(hits, key=lambda h: -h.weight)
