"""Output guards: the response checked, and made inert, for where it goes.

- `llm.output-sink`: escapes the response for its sink (html, markdown, sql, shell, json) or blocks it
  when it holds what would be active there.
- `llm.exfiltration`: Markdown/HTML images and links that would carry data to a host outside the allowed
  ones (an image is fetched without a click): stripped, or the response blocked.
- `llm.output-schema`: structured output must be JSON fitting a JSON schema.
- `llm.prompt-leakage`: the system prompt must not come back: canary tokens (given, or any `mwc-...` token
  in the request's system messages) in any encoding, and long verbatim runs of the system prompt.
- `llm.groundedness`: claims of the answer with no support in the context documents the request carried
  (lexical: see `modelward.llm.output.grounded` for what it can and cannot catch).

Each reads the response's contents (every choice of an OpenAI response, or the plain text); a guard that
rewrites them returns the whole response rebuilt in `Decision.text`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from modelward.core.guards import Decision, GuardRequest, GuardResponse
from modelward.core.params import Param
from modelward.llm.guards.config import ConfiguredGuard
from modelward.llm.output.content import Contents, replace_contents, response_contents
from modelward.llm.output.sinks import SINKS, SinkError, dangers, escape
from modelward.llm.spans import request_spans


class OutputSinkGuard(ConfiguredGuard):
    """Escapes model output for the sink it goes to (HTML, Markdown, SQL string, shell argument, JSON), or
    blocks output that would be active there (script, event handlers, stacked SQL, command substitution)."""

    id = "llm.output-sink"
    threat = "llm-output-handling"
    title = "Sink-aware output escaping (HTML, Markdown, SQL, shell, JSON)"
    params = (
        Param("sink", str, "html", "where the response goes", choices=SINKS),
        Param("mode", str, "escape", "escape the output for the sink, block output that would be active there, "
              "or only flag it", choices=("escape", "block", "flag")),
    )
    example_params = {"sink": "html"}

    @property
    def judges_prefixes(self) -> bool:
        """Escaping for HTML, Markdown and plain text is character by character; the SQL and shell quotes
        and the JSON string wrap the whole answer, and "not valid JSON" is true of every prefix."""
        sink, mode = self.values["sink"], self.values["mode"]
        return sink != "json" and (mode != "escape" or sink in ("html", "markdown", "text"))

    def filter(self, response: GuardResponse) -> Decision:
        contents = response_contents(response.text)
        if not contents.texts:
            return Decision.allow(self.id)
        sink, mode = self.values["sink"], self.values["mode"]
        found = {w: d for w, t in zip(contents.where, contents.texts, strict=True) if (d := dangers(t, sink))}
        summary = "; ".join(f"{w}: {', '.join(d)}" for w, d in list(found.items())[:5])
        if mode in ("block", "flag") and found:
            return self._refuse(f"the response would be active in {sink}: {summary}", dangers=found)
        if mode != "escape":
            return Decision.allow(self.id, 0.0)
        try:
            escaped = [escape(t, sink) for t in contents.texts]
        except SinkError as exc:
            return Decision.block(f"the response cannot be made safe for {sink}: {exc}", self.id, 1.0)
        text = replace_contents(contents, escaped)
        if found:
            return Decision.flag(f"escaped for {sink}: {summary}", self.id, 1.0, details={"dangers": found}, text=text)
        return Decision.allow(self.id, 0.0, text=text)


def _system_texts(request: GuardRequest) -> list[str]:
    return [s.text for s in request_spans(request.text, include_system=True) if s.source == "system"]


def _canaries(request: GuardRequest, extra: str) -> set[str]:
    from modelward.llm.output.leakage import CANARY

    found = {m.group(0) for t in _system_texts(request) for m in CANARY.finditer(t.lower())}
    planted = request.meta.get("canary", "")  # the LLM proxy plants one per call
    return found | {c.lower() for c in (extra, planted) if c}


class ExfiltrationGuard(ConfiguredGuard):
    """Removes (or blocks on) Markdown and HTML images and links that would send data to hosts outside the
    allowed ones: images load without a click, so a URL with the user's data in it leaks it."""

    id = "llm.exfiltration"
    threat = "llm-output-handling"
    title = "Markdown/HTML image and link exfiltration"
    params = (
        Param("allowed_hosts", str, (), "hosts (and their subdomains) images and links may point to", many=True),
        Param("mode", str, "strip", "strip risky images and links, block the response, or only flag it",
              choices=("strip", "block", "flag")),
        Param("links", bool, True, "also treat links that carry data off-site as risky (not only images)"),
    )
    example_params = {"mode": "strip"}
    judges_prefixes = True

    def filter(self, response: GuardResponse) -> Decision:
        from modelward.llm.output.exfiltration import exfiltration_risks, strip

        contents = response_contents(response.text)
        secrets = _canaries(response.request, "")
        risks = [exfiltration_risks(t, self.values["allowed_hosts"], secrets, self.values["links"])
                 for t in contents.texts]
        if not any(risks):
            return Decision.allow(self.id, 0.0)
        first = next(r for rs in risks for r in rs)
        n = sum(len(r) for r in risks)
        reason = f"{n} image(s)/link(s) could carry data off-site, e.g. {first.url.url[:80]!r}: {first.reasons[0]}"
        details: dict[str, Any] = {"urls": [{"url": r.url.url[:200], "kind": r.url.kind, "reasons": list(r.reasons)}
                                            for rs in risks for r in rs][:20]}
        if self.values["mode"] == "strip":
            text = replace_contents(contents, [strip(t, r) for t, r in zip(contents.texts, risks, strict=True)])
            return Decision.flag(reason + "; removed", self.id, 1.0, details=details, text=text)
        return self._refuse(reason, **details)


class OutputSchemaGuard(ConfiguredGuard):
    """Refuses structured output that is not JSON fitting the declared JSON schema."""

    id = "llm.output-schema"
    threat = "llm-output-handling"
    title = "JSON-schema validation of structured output"
    params = (
        Param("schema", str, "", "JSON schema file the output must fit; empty: the output must be JSON"),
        Param("mode", str, "block", "block or only flag output that does not fit", choices=("block", "flag")),
    )
    example_params: dict[str, Any] = {}

    def __init__(self, values: Mapping[str, Any]) -> None:
        from modelward.llm.output.structured import load_schema

        super().__init__(values)
        self.schema = load_schema(self.values["schema"]) if self.values["schema"] else {}

    def filter(self, response: GuardResponse) -> Decision:
        from modelward.llm.output.structured import schema_errors

        contents = response_contents(response.text)
        if not contents.texts:
            return Decision.allow(self.id)
        problems = {w: e for w, t in zip(contents.where, contents.texts, strict=True)
                    if (e := schema_errors(t, self.schema))}
        if not problems:
            return Decision.allow(self.id, 0.0)
        where, errors = next(iter(problems.items()))
        return self._refuse(f"{where} does not fit the output schema: {'; '.join(errors[:3])}", errors=problems)


class PromptLeakageGuard(ConfiguredGuard):
    """Blocks responses that give the system prompt away: a canary token from it in any encoding, or a
    large share of its wording verbatim."""

    id = "llm.prompt-leakage"
    threat = "data-leakage"
    title = "System-prompt leakage (canary tokens, verbatim overlap)"
    params = (
        Param("canary", str, "", "a canary token planted in the system prompt (tokens like mwc-<16 hex> in the "
              "request's system messages, and the LLM proxy's own, are found without it)"),
        Param("max_overlap", float, 0.3, "share of the system prompt's 6-word runs the response may repeat",
              minimum=0.0, maximum=1.0),
        Param("mode", str, "block", "block or only flag a leak", choices=("block", "flag")),
    )
    example_params: dict[str, Any] = {}
    judges_prefixes = True  # a canary, or the share of the prompt repeated, only grows with the answer

    def filter(self, response: GuardResponse) -> Decision:
        from modelward.llm.output.leakage import canary_leaks, prompt_overlap

        contents = response_contents(response.text)
        text = "\n".join(contents.texts)
        if not text:
            return Decision.allow(self.id)
        leaks = canary_leaks(text, frozenset(_canaries(response.request, self.values["canary"])))
        if leaks:
            hows = sorted({how for _, how in leaks})
            return self._refuse(f"the response holds the system prompt's canary token ({', '.join(hows)} reading)",
                                canary_readings=hows)
        overlap = max((prompt_overlap(text, s) for s in _system_texts(response.request)), default=0.0)
        if overlap > self.values["max_overlap"]:
            return self._refuse(f"the response repeats {overlap:.0%} of the system prompt's wording "
                                f"(more than {self.values['max_overlap']:.0%})", overlap, overlap=overlap)
        return Decision.allow(self.id, overlap)


class GroundednessGuard(ConfiguredGuard):
    """Flags answers whose claims have no support in the context documents the request carried (invented
    numbers, names, unsupported sentences); lexical, for review rather than a verdict of truth."""

    id = "llm.groundedness"
    threat = "llm-misinformation"
    title = "Groundedness of answers in the request's context documents"
    params = (
        Param("min_support", float, 0.5, "share of a claim's content words one context window must hold",
              minimum=0.0, maximum=1.0),
        Param("max_unsupported", float, 0.0, "share of unsupported claims tolerated", minimum=0.0, maximum=1.0),
        Param("mode", str, "flag", "flag or block an ungrounded answer", choices=("flag", "block")),
    )
    example_params: dict[str, Any] = {}

    @property
    def judges_prefixes(self) -> bool:
        """It judges the whole answer only (a claim may be half-written); as a flag, that verdict can come
        after the answer was sent, a block cannot."""
        return bool(self.values["mode"] == "flag")

    def filter(self, response: GuardResponse) -> Decision:
        from modelward.llm.output.grounded import check_claims

        if response.partial:
            return Decision.allow(self.id, details={"checked": "deferred to the whole answer"})
        documents = [s.text for s in request_spans(response.request.text) if s.source in ("document", "tool")]
        if not documents:
            return Decision.allow(self.id, details={"checked": "no context documents in the request"})
        contents: Contents = response_contents(response.text)
        claims = [c for t in contents.texts for c in check_claims(t, documents, self.values["min_support"])]
        if not claims:
            return Decision.allow(self.id, details={"checked": "no claims in the response"})
        bad = [c for c in claims if not c.supported(self.values["min_support"])]
        share = len(bad) / len(claims)
        details = {"claims": len(claims), "unsupported": [{"claim": c.text[:200], "support": c.support,
                                                           "missing": list(c.missing)} for c in bad[:10]],
                   "negation_mismatch": sum(c.negation_mismatch for c in claims)}
        if share <= self.values["max_unsupported"]:
            return Decision.allow(self.id, share, details=details)
        first = bad[0]
        why = (f"names or numbers absent from the context: {', '.join(first.missing[:5])}" if first.missing
               else f"support {first.support:.2f} < {self.values['min_support']:.2f}")
        return self._refuse(f"{len(bad)} of {len(claims)} claim(s) not supported by the context documents, e.g. "
                            f"{first.text[:80]!r} ({why})", share, **details)
