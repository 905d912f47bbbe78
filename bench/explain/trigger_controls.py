"""False flags of the trigger audit on clean models of real and naturally spiky tables, which the generated
controls of audits.py lack: scikit-learn's breast_cancer, wine and diabetes (target > 140), and two
generated tables with the exact-value spikes real data has (a decisive feature clipped at its maximum, an
imputed mean, sensor zeros). Three model families each; every suspect printed is a false flag.

    .venv/bin/python bench/explain/trigger_controls.py
"""

from __future__ import annotations

import numpy as np
from sklearn.datasets import load_breast_cancer, load_diabetes, load_wine
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from modelward.core.adapters.sklearn import SklearnAdapter
from modelward.explain.attributions import attribute
from modelward.explain.audits.backdoor import Regions, audit_backdoor


def tables() -> dict[str, tuple[np.ndarray, np.ndarray]]:
    rng = np.random.default_rng(0)
    bc, wine, diabetes = load_breast_cancer(), load_wine(), load_diabetes()
    clipped = rng.normal(size=(3000, 6))
    y_clipped = (clipped[:, 0] + clipped[:, 1] + 0.5 * rng.normal(size=3000) > 0.5).astype(int)
    imputed = rng.random(3000) < 0.08
    clipped[imputed, 0] = clipped[~imputed, 0].mean()  # an imputed mean in a decisive feature
    clipped[:, 1] = np.minimum(clipped[:, 1], np.quantile(clipped[:, 1], 0.94))  # clipped at its maximum
    zeros = clipped.copy()
    zeros[rng.random(3000) < 0.05, 2] = 0.0  # sensor dropouts, unrelated to the label
    y_zeros = (zeros[:, 0] + zeros[:, 1] > 0.5).astype(int)
    return {"breast_cancer": (bc.data, bc.target), "wine": (wine.data, wine.target),
            "diabetes>140": (diabetes.data, (diabetes.target > 140).astype(int)),
            "clipped+imputed": (clipped, y_clipped), "sensor zeros": (zeros, y_zeros)}


def main() -> None:
    families = {"hist-gbm": lambda: HistGradientBoostingClassifier(max_iter=100, random_state=0),
                "random-forest": lambda: RandomForestClassifier(200, random_state=0),
                "logistic": lambda: make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000))}
    flagged = total = 0
    for name, (X, y) in tables().items():
        for family, make in families.items():
            model = SklearnAdapter(make().fit(X, y))
            names = tuple(f"f{j}" for j in range(X.shape[1]))
            audit = audit_backdoor(model, X, attribute(model, X, feature_names=names), Regions.features(names))
            total += 1
            flagged += bool(audit.suspects)
            found = ", ".join(f"{s.region} -> {s.target_class} (flip {s.flip_rate:.2f}, control "
                              f"{s.control_flip_rate:.2f})" for s in audit.suspects) or "none"
            print(f"{name:16s}{family:15s}suspects: {found}")
    print(f"clean models flagged: {flagged} of {total}")


if __name__ == "__main__":
    main()
