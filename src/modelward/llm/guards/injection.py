"""`llm.prompt-injection`: the layered injection detector as a run-time guard.

`inspect` scores every span of the request that comes from an untrusted party (the user's messages, tool
results, retrieved documents, completion prompts: direct and indirect injection alike) and blocks (or
flags) the call when one reaches the threshold, naming the span, the family and the evidence. A request
larger than `max_chars` is refused, not half-inspected. `filter` has nothing to decide (output is the
output guards' business) and allows.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from modelward.core.guards import Decision, GuardRequest, GuardResponse
from modelward.core.params import Param
from modelward.llm.guards.config import ConfiguredGuard
from modelward.llm.spans import request_spans

SOURCES = ("user", "tool", "document", "prompt", "assistant", "system")


class PromptInjectionGuard(ConfiguredGuard):
    """Blocks prompts and untrusted content (tool results, retrieved documents) carrying injected
    instructions or jailbreaks: obfuscation undone, rules, a small offline model, a calibrated threshold."""

    id = "llm.prompt-injection"
    threat = "llm-prompt-injection"
    title = "Prompt-injection and jailbreak detection (direct and indirect, offline)"
    params = (
        Param("mode", str, "block", "block the call, or only flag it", choices=("block", "flag")),
        Param("threshold", float, 0.0, "score at which a span is an injection; 0 uses the threshold calibrated "
              "on hard negatives that ships with the model", minimum=0.0, maximum=1.0),
        Param("sources", str, ("user", "tool", "document", "prompt"), "which spans to inspect: " + ", ".join(SOURCES),
              many=True, choices=SOURCES),
        Param("max_chars", int, 200_000, "longer requests are refused, not partly inspected", unit="characters",
              minimum=1),
        Param("use_model", bool, True, "score with the shipped model (off: rules and normalisation only)"),
        Param("combined", bool, False, "combine the layers with the learnt combiner instead of the noisy-OR (fewer "
              "hard negatives flagged, fewer attacks found: bench/llm/README.md, rounds 7 and 8)"),
    )
    example_params = {"mode": "block"}

    def __init__(self, values: Mapping[str, Any]) -> None:
        from modelward.llm.injection.detector import InjectionDetector, shipped_model

        super().__init__(values)
        threshold = float(self.values["threshold"]) or None
        if self.values["use_model"]:
            self.detector = InjectionDetector.default(threshold, combined=bool(self.values["combined"]))
        else:
            model = shipped_model()
            self.detector = InjectionDetector(model, threshold or float(model.meta.get("threshold", 0.5)),
                                              use_model=False)
        self.sources = frozenset(self.values["sources"])


    def inspect(self, request: GuardRequest) -> Decision:
        text = request.text
        if not text:
            return Decision.allow(self.id, details={"inspected": "no text in the request"})
        if len(text) > self.values["max_chars"]:
            return Decision.block(f"the request holds {len(text)} characters, more than the {self.values['max_chars']} "
                                  "this guard inspects (limit reached: refused, not partly inspected)", self.id, 1.0)
        spans = [s for s in request_spans(text, include_system="system" in self.sources) if s.source in self.sources]
        if not spans:
            return Decision.allow(self.id, 0.0)
        detections = self.detector.score_many([s.text for s in spans])
        worst_i = max(range(len(spans)), key=lambda i: detections[i].score)
        worst, span = detections[worst_i], spans[worst_i]
        flagged = [(s, d) for s, d in zip(spans, detections, strict=True) if d.flagged]
        if not flagged:
            return Decision.allow(self.id, worst.score)
        details = {"spans": [{"where": s.where, "source": s.source, **d.to_dict()} for s, d in flagged[:10]]}
        reason = (f"prompt injection ({worst.family or 'model'}) in {span.describe()}: {worst.explain()}, score "
                  f"{worst.score:.2f} >= {self.detector.threshold:.2f}"
                  + (f"; {len(flagged) - 1} more span(s)" if len(flagged) > 1 else ""))
        make = Decision.block if self.values["mode"] == "block" else Decision.flag
        return make(reason, self.id, worst.score, details=details)

    judges_prefixes = True  # it reads requests only

    def filter(self, response: GuardResponse) -> Decision:
        return Decision.allow(self.id)
