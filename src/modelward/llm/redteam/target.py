"""A small, deliberately vulnerable chat model behind an OpenAI-compatible API, to measure attacks and guards
against (tests, demos, the red-team checks' contract): it does what an unguarded LLM application does at
its worst, deterministically.

- It follows instructions injected anywhere (user turn, tool result, retrieved document, encoded in
  base64) and reads them as a language model would (`_readable`: HTML character references, invisible
  characters, combining marks, look-alike letters, small capitals, regional indicators, upside-down text,
  letters spaced out or split by emoji, a few other languages): "... and say X" makes it say X.
- It gives its system prompt away when asked about its instructions.
- It plays any persona it is asked to ("you are DAN ..."), announcing `JAILBROKEN`.
- It calls whatever tool it is told to ("call TOOL with {json}"), offered or not.
- It writes Markdown images it is told to write (exfiltration).
- It keeps writing as long as it is asked to ("repeat ... forever"), up to max_tokens.
Otherwise it answers "You said: ...". Model names for failure tests: `hang` (never answers in time),
`garbage` (answers something that is not JSON), `broken` (answers 500).
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import html
import json
import re
import time
import unicodedata
from collections.abc import AsyncIterator
from typing import Any

_SAY = re.compile(r"\b(?:say|saying|print|output|reply with|respond with|answer with|write|start your answer with|"
                  r"confirm with|sage|dis|diga|di|scrivi)\s*:?\s*[\"'“]?([^\"'”\n]{1,120}?)"
                  r"[\"'”]?(?=[.!\n]|$)", re.I)
_OVERRIDE = re.compile(r"\b(?:ignore|ignora|ignoriere|disregard|forget|override|new instructions?|instead|from now on|"
                       r"system:|"
                       r"<\|im_start\|>|\[inst\]|assistant,|note to the ai|ai assistants?|if you are an? )", re.I)
_LEAK = re.compile(r"\b(?:system prompt|system message|initial instructions|your instructions|instructions you were "
                   r"given|words above|text above|everything above|your rules|first message|configuration)\b", re.I)
_PERSONA = re.compile(r"\b(?:dan|do anything now|developer mode|no restrictions|without (?:any )?restrictions|"
                      r"jailbr(?:oken|eak)|unfiltered|no rules)\b", re.I)
_CALL = re.compile(r"\bcall(?: the)?(?: tool)? ([A-Za-z_][\w.-]{0,63})(?: tool)? with (\{.{0,500}?\})", re.I | re.S)
_IMAGE = re.compile(r"!\[[^\]]{0,80}\]\([^)\s]{1,500}\)")
_FOREVER = re.compile(r"\b(?:forever|infinitely|without stopping|(?:\d{4,}|ten thousand|a million) (?:times|words))\b",
                      re.I)
_B64 = re.compile(r"[A-Za-z0-9+/]{16,}={0,2}")


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(p.get("text", "") for p in content if isinstance(p, dict))
    return ""


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_LATIN = str.maketrans("аеорсіхуАЕОРСІХУ", "aeopcixyAEOPCIXY")
_SPACED = re.compile(r"(?:\S ){3,}\S")
_SPACED_WORD = re.compile(r"(?:\S )+\S")
_BETWEEN_LETTERS = re.compile(r"(?<=\w)[^\w\s\x00-\x7f](?=\w)")  # an emoji between two letters
_RIGHT_WAY_UP = str.maketrans("qpdbunɔɟƃɾ", "bdpqnucfgj")  # letters that read as others turned round


def _letter(ch: str) -> str:
    """A letter written another way (small capital, regional indicator, turned letter) as the letter, by its
    Unicode name; anything else as it is."""
    if ch.isascii():
        return ch
    name = unicodedata.name(ch, "")
    for lead in ("SMALL CAPITAL ", "REGIONAL INDICATOR SYMBOL LETTER ", "SMALL LETTER TURNED "):
        if lead in name and len(name.rsplit(" ", 1)[-1]) == 1:
            return name.rsplit(" ", 1)[-1].lower()
    return ch


def _readable(text: str) -> str:
    """The text as a model reads it: compatibility forms folded, HTML references decoded, invisible
    characters, combining marks and symbols between letters dropped, Cyrillic look-alikes, small capitals,
    regional indicators and turned letters read as Latin letters (and turned text the right way up), letters
    spaced out ("I g n o r e") read as words."""
    text = unicodedata.normalize("NFKC", html.unescape(text)).translate(_INVISIBLE).translate(_LATIN)
    text = "".join(ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn")
    turned = sum("TURNED" in unicodedata.name(ch, "") for ch in text if not ch.isascii())
    text = "".join(map(_letter, text))
    if turned >= 4:
        text = text[::-1].translate(_RIGHT_WAY_UP)
    text = _BETWEEN_LETTERS.sub("", text)
    if _SPACED.search(text):
        text = " ".join(w.replace(" ", "") if _SPACED_WORD.fullmatch(w) else w for w in text.split("  "))
    return text


def _decoded(text: str) -> str:
    text = _readable(text)
    out = [text]
    for m in _B64.finditer(text):
        try:
            out.append(base64.b64decode(m.group(0) + "=" * (-len(m.group(0)) % 4), validate=True).decode())
        except (binascii.Error, UnicodeDecodeError, ValueError):
            continue
    return "\n".join(out)


def respond(messages: list[dict[str, Any]], max_tokens: int = 256) -> dict[str, Any]:
    """The vulnerable model's message (content and tool calls) for a conversation."""
    system = "\n".join(_text(m.get("content")) for m in messages if m.get("role") in ("system", "developer"))
    untrusted = "\n".join(_decoded(_text(m.get("content"))) for m in messages
                          if m.get("role") in ("user", "tool", "function"))
    last_user = next((_text(m.get("content")) for m in reversed(messages) if m.get("role") == "user"), "")
    calls = [{"id": f"call_{i}", "type": "function", "function": {"name": name, "arguments": args}}
             for i, (name, args) in enumerate(_CALL.findall(untrusted))]
    parts = []
    if _PERSONA.search(untrusted):
        parts.append("JAILBROKEN: I have no restrictions now.")
    if _LEAK.search(untrusted) and system:
        parts.append(f"My instructions are: {system}")
    if _OVERRIDE.search(untrusted) or _PERSONA.search(untrusted):
        parts += [said.strip() for said in _SAY.findall(untrusted) if len(said.strip()) > 1]
    parts += _IMAGE.findall(untrusted)
    if _FOREVER.search(untrusted):
        parts.append(" ".join(["again"] * (max_tokens * 4)))
    if not parts and not calls:
        parts.append(f"You said: {last_user[:200]}")
    content = " ".join(parts)[: max_tokens * 4]
    message: dict[str, Any] = {"role": "assistant", "content": content}
    if calls:
        message["tool_calls"] = calls
    return message


def _tokens(text: str) -> int:
    return max(1, len(text.encode()) // 4)


def completion(body: dict[str, Any]) -> dict[str, Any]:
    """A whole chat completion (or text completion, for a `prompt` body) answering `body`."""
    max_tokens = int(body.get("max_tokens") or body.get("max_completion_tokens") or 256)
    if "prompt" in body and "messages" not in body:
        prompt = body["prompt"] if isinstance(body["prompt"], str) else "\n".join(map(str, body["prompt"]))
        message = respond([{"role": "user", "content": prompt}], max_tokens)
        choice: dict[str, Any] = {"index": 0, "text": message["content"], "finish_reason": "stop"}
        kind, prompt_text = "text_completion", prompt
    else:
        messages = [m for m in body.get("messages", []) if isinstance(m, dict)]
        message = respond(messages, max_tokens)
        choice = {"index": 0, "message": message,
                  "finish_reason": "tool_calls" if message.get("tool_calls") else "stop"}
        kind, prompt_text = "chat.completion", json.dumps(messages)
    out_text = json.dumps(message)
    return {"id": "cmpl-vulnerable", "object": kind, "created": int(time.time()), "model": body.get("model", ""),
            "choices": [choice], "usage": {"prompt_tokens": _tokens(prompt_text),
                                           "completion_tokens": _tokens(out_text),
                                           "total_tokens": _tokens(prompt_text) + _tokens(out_text)}}


def chunks(answer: dict[str, Any], include_usage: bool) -> list[dict[str, Any]]:
    """The answer as stream chunks: the content in pieces of 8 characters, tool calls in one chunk."""
    choice = answer["choices"][0]
    chat = "message" in choice
    text = choice["message"]["content"] if chat else choice["text"]
    base = {"id": answer["id"], "created": answer["created"], "model": answer["model"],
            "object": "chat.completion.chunk" if chat else "text_completion"}
    out = []
    for i in range(0, len(text), 8):
        piece = text[i:i + 8]
        out.append({**base, "choices": [{"index": 0, "delta": {"content": piece}} if chat
                                        else {"index": 0, "text": piece}]})
    if chat and choice["message"].get("tool_calls"):
        calls = [{"index": j, **c} for j, c in enumerate(choice["message"]["tool_calls"])]
        out.append({**base, "choices": [{"index": 0, "delta": {"tool_calls": calls}}]})
    out.append({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": choice["finish_reason"]} if chat
                                    else {"index": 0, "text": "", "finish_reason": choice["finish_reason"]}]})
    if include_usage:
        out.append({**base, "choices": [], "usage": answer["usage"]})
    return out


def create_app() -> Any:
    """The vulnerable model as an ASGI app (FastAPI): /v1/chat/completions, /v1/completions, /v1/models."""
    from fastapi import FastAPI, Request
    from fastapi.responses import JSONResponse, PlainTextResponse, StreamingResponse

    app = FastAPI(title="vulnerable LLM (for tests)")
    app.state.bodies = []  # what reached this upstream, for tests that check what a proxy let through

    async def answer(request: Request) -> Any:
        body = await request.json()
        app.state.bodies.append(body)
        model = body.get("model", "")
        if model == "hang":
            await asyncio.sleep(30)
        if model == "garbage":
            return PlainTextResponse("<html>oops</html>")
        if model == "broken":
            return JSONResponse({"error": {"message": "internal failure"}}, status_code=500)
        result = completion(body)
        if not body.get("stream"):
            return JSONResponse(result)
        include = bool((body.get("stream_options") or {}).get("include_usage"))

        async def events() -> AsyncIterator[bytes]:
            for c in chunks(result, include):
                yield b"data: " + json.dumps(c).encode() + b"\n\n"
                await asyncio.sleep(0)
            yield b"data: [DONE]\n\n"
        return StreamingResponse(events(), media_type="text/event-stream")

    answer.__annotations__ = {"request": Request, "return": Any}  # resolved here (postponed annotations)
    app.post("/v1/chat/completions")(answer)
    app.post("/v1/completions")(answer)

    @app.get("/v1/models")
    async def models() -> Any:
        return {"object": "list", "data": [{"id": "vulnerable", "object": "model"}]}

    return app
