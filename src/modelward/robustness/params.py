"""Parameters shared by the robustness check and mitigations, declared once so that a budget means the
same thing in `assess` and `harden`: eps is a share of each feature's range (plain input units when
the features share one range, such as pixels in [0, 1])."""

from __future__ import annotations

from modelward.core.params import Param

EPS_UNIT = "share of each feature's range"
DEFAULT_EPS = (0.02, 0.05, 0.1)

EPS = Param("eps", float, DEFAULT_EPS, "perturbation budgets (several: a curve)", unit=EPS_UNIT,
            minimum=1e-6, maximum=1.0, many=True)
NORM = Param("norm", str, "linf", "norm of the perturbation", choices=("linf", "l2"))
STEPS = Param("steps", int, 50, "iterations of the gradient attacks", minimum=1)
IMPACT = Param("impact", int, 4, "impact (1-5) of a misclassification an attacker chooses, for the severity "
               "rubric: 4 when decisions matter (fraud, access), lower for advisory outputs", minimum=1, maximum=5)
