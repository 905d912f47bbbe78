"""The anchors of bench/explain/rules.py, run in bench/.venv-explain (imodels 3.0):

    bench/.venv-explain/bin/python bench/explain/anchors_rules.py IN_DIR

Each task_*.npz holds the same surrogate data modelward's rules were fitted on (fitting rows, synthetic
copies, the model's decisions) and the held-out rows with the model's decisions; prints one JSON line of
fidelity and size per tool and task.
"""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path

import numpy as np

warnings.filterwarnings("ignore")


def main() -> None:
    from imodels import FIGSClassifier, GreedyRuleListClassifier, RuleFitClassifier, SkopeRulesClassifier

    tools = {
        "FIGS (max_rules=20)": lambda: FIGSClassifier(max_rules=20),
        "RuleFit (max_rules=20)": lambda: RuleFitClassifier(max_rules=20, random_state=0),
        "GreedyRuleList (max_depth=20)": lambda: GreedyRuleListClassifier(max_depth=20),
        "SkopeRules (max_depth=3)": lambda: SkopeRulesClassifier(max_depth=3, random_state=0),
    }
    out = {}
    for path in sorted(Path(sys.argv[1]).glob("task_*.npz")):
        d = np.load(path)
        row = {}
        for name, make in tools.items():
            try:
                model = make().fit(d["train"], d["labels"])
                pred = np.asarray(model.predict(d["test"])).astype(int)
                row[name] = {"fidelity": float(np.mean(pred == d["test_labels"])),
                             "complexity": float(getattr(model, "complexity_", np.nan))}
            except Exception as exc:  # reported, not fatal
                row[name] = {"error": f"{type(exc).__name__}: {exc}"[:200]}
        out[path.stem] = row
    print(json.dumps(out))


if __name__ == "__main__":
    main()
