"""Offline anchors scored on the bench prompts, run inside bench/.venv-llm (their own virtualenv):
Rebuff's heuristic detector (rebuff 0.1.1, `detect_prompt_injection_using_heuristic_on_input`, flagged above
its SDK default 0.75) and LLM Guard's InvisibleText input scanner (llm-guard 0.3.16; its PromptInjection
scanner needs a model from a hub and is not run). Reads a JSON list of texts, writes scores (Rebuff's
heuristic score; 1.0 where LLM Guard finds invisible text) and per-prompt seconds as JSON. A third argument
names the anchors to run (comma-separated; both by default)."""

import importlib.util
import json
import sys
import time
import types
from pathlib import Path


def _llm_guard_scanner(name, cls):
    """Import one LLM Guard scanner module without the package __init__, which imports every scanner
    (presidio, transformers) the offline ones do not need."""
    root = Path(importlib.util.find_spec("llm_guard").origin).parent
    for package, path in (("llm_guard", root), ("llm_guard.input_scanners", root / "input_scanners")):
        stub = types.ModuleType(package)
        stub.__path__ = [str(path)]
        sys.modules[package] = stub
    pkg = sys.modules["llm_guard.input_scanners"]
    spec = importlib.util.spec_from_file_location(f"llm_guard.input_scanners.{name}",
                                                  Path(pkg.__path__[0]) / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return getattr(module, cls)()


def _rebuff():
    spec = importlib.util.find_spec("rebuff")
    path = Path(spec.origin).parent / "detect_pi_heuristics.py"
    s = importlib.util.spec_from_file_location("rebuff_heuristics", path)
    module = importlib.util.module_from_spec(s)
    s.loader.exec_module(module)
    return module.detect_prompt_injection_using_heuristic_on_input


def main(inp, out, which="rebuff-heuristic,llm-guard-invisible-text"):
    texts = json.loads(Path(inp).read_text())
    chosen = which.split(",")
    anchors = {}
    if "rebuff-heuristic" in chosen:
        heuristic = _rebuff()
        anchors["rebuff-heuristic"] = lambda t: float(heuristic(t))
    if "llm-guard-invisible-text" in chosen:
        invisible = _llm_guard_scanner("invisible_text", "InvisibleText")
        anchors["llm-guard-invisible-text"] = lambda t: 0.0 if invisible.scan(t)[1] else 1.0
    result = {}
    for name, fn in anchors.items():
        scores, seconds = [], []
        for t in texts:
            s = time.perf_counter()
            scores.append(fn(t))
            seconds.append(time.perf_counter() - s)
        result[name] = {"scores": scores, "seconds": seconds}
    Path(out).write_text(json.dumps(result))


if __name__ == "__main__":
    main(*sys.argv[1:4])
