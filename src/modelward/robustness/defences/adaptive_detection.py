"""Adaptive white-box attack on the adversarial-input detector (Carlini & Wagner 2017; Tramer et al. 2020).

A detector is only as good as its score under an attacker who knows it. `DifferentiableScore` rebuilds
the detector's score in torch: output statistics, Mahalanobis and LID of hidden layers (exact and
differentiable; LID against the detector's fixed reference rows) and squeezing disagreement, whose
squeezers are applied exactly on the forward pass and as the identity on the backward pass (BPDA,
Athalye et al. 2018). `adaptive_attack` runs PGD minimising
    hinge(classifier margin) + lambda * hinge(detector score - threshold)
for each lambda of a sweep, then orthogonal PGD (Bryniarski et al. 2022): while a row is still
classified correctly it steps on the classifier margin's gradient made orthogonal to the detector
score's, once misclassified on the detector score's gradient made orthogonal to the margin's, so
neither objective undoes the other; and its selective variant (the unmet objective's raw gradient).
Per row it keeps an input that is both misclassified and unflagged at the detector's fixed threshold
when any iterate of any run finds one. Success is re-checked with the detector's own numpy scores, so
the figures never rest on the torch rebuild alone.

`fit_against_adaptive` is the defence's answer: fit, attack model and detector adaptively, add the
attack's rows to the combiner's adversarial class, refit, for a few rounds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from modelward.core.errors import ConfigError
from modelward.robustness.defences.detection import AdversarialDetector


@dataclass(frozen=True)
class DetectorUnderAttack:
    """What an attack leaves once the detector is in place, at its fixed threshold.

    `detection_rate`: share of the misclassified adversarial rows the detector flags.
    `robust_accuracy_with_detector`: share of rows whose clean input is classified correctly and for
    which the attack found no input (clean one included) that is both misclassified and unflagged.
    """

    attack: str
    eps: float
    norm: str
    n: int
    clean_accuracy: float
    clean_flagged: float
    misclassified: int
    detection_rate: float
    robust_accuracy: float
    robust_accuracy_with_detector: float

    def as_dict(self) -> dict[str, float | int | str]:
        return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in vars(self).items()}


METHODS = ("penalty", "orthogonal", "selective")


@dataclass(frozen=True, eq=False)
class AdaptiveResult:
    """The adaptive attack's rows and its outcome; `broken_by_lambda` counts rows each lambda of the
    penalty runs broke, `broken_by_run` the rows each run (penalty lambdas, then the other methods) broke."""

    x_adv: np.ndarray
    outcome: DetectorUnderAttack
    lambdas: tuple[float, ...]
    broken_by_lambda: tuple[int, ...]
    steps: int
    broken_by_run: dict[str, int] = field(default_factory=dict)


def evaluate_under_attack(detector: AdversarialDetector, X: np.ndarray, y_idx: np.ndarray, x_adv: np.ndarray,
                          attack: str, eps: float, norm: str = "linf") -> DetectorUnderAttack:
    """Score adversarial rows `x_adv` (aligned with X) against the model and the detector together."""
    model = detector.model
    X, x_adv, y_idx = np.asarray(X, float), np.asarray(x_adv, float), np.asarray(y_idx, int)
    clean_ok = np.asarray(model.predict_proba(X)).argmax(1) == y_idx
    clean_flag = detector.flag(X)
    adv_wrong = np.asarray(model.predict_proba(x_adv)).argmax(1) != y_idx
    adv_flag = detector.flag(x_adv)
    evaded = (~clean_ok & ~clean_flag) | (adv_wrong & ~adv_flag)
    return DetectorUnderAttack(
        attack=attack, eps=float(eps), norm=norm, n=len(X), clean_accuracy=float(clean_ok.mean()),
        clean_flagged=float(clean_flag.mean()), misclassified=int(adv_wrong.sum()),
        detection_rate=float(adv_flag[adv_wrong].mean()) if adv_wrong.any() else float("nan"),
        robust_accuracy=float((clean_ok & ~adv_wrong).mean()),
        robust_accuracy_with_detector=float((clean_ok & ~evaded).mean()),
    )


class DifferentiableScore:
    """The fitted detector's score as a torch function of the input rows (BPDA for the squeezers)."""

    def __init__(self, detector: AdversarialDetector) -> None:
        from modelward.core.errors import require

        torch: Any = require("torch", "torch", "The adaptive attack on the detector")
        model: Any = detector.model  # a TorchAdapter: its device, dtype, shape and forward are used below
        if getattr(model, "module", None) is None or not callable(getattr(model, "_run", None)):
            raise ConfigError(f"adaptive attack: {model.name} is not a torch model; the differentiable "
                              "score needs a TorchAdapter")
        if not detector.fitted:
            raise ConfigError("adaptive attack: the detector is not fitted")
        self.torch, self.det, self.model = torch, detector, model
        dev = model.device

        def t(a: np.ndarray) -> Any:
            return torch.as_tensor(np.asarray(a, dtype=np.float64), device=dev)

        self.stats = [(t(s.means), t(s.precision), t(s.reference)) for s in detector._stats]
        c = detector._combiner
        self.c_mean, self.c_scale, self.c_coef, self.c_b = t(c.mean), t(c.scale), t(c.coef), float(c.intercept)
        self.layers = detector._hidden.layers

    def logits_and_hidden(self, x: Any) -> tuple[Any, list[Any]]:
        """Logits on rows x (float64, flat) and the representations the detector reads, with gradients."""
        store: list[list[Any]] = [[] for _ in self.layers]

        def keep(i: int) -> Any:
            def hook(module: Any, inputs: Any, output: Any) -> None:
                store[i].append(output.reshape(output.shape[0], -1).double())
            return hook

        hooks = [layer.register_forward_hook(keep(i)) for i, layer in enumerate(self.layers)]
        try:
            logits = self._logits(x)
        finally:
            for h in hooks:
                h.remove()
        return logits, [x] + [self.torch.cat(o) for o in store if o]

    def _logits(self, x: Any) -> Any:
        m = self.model
        v = x.to(m._dtype)
        if m.input_shape is not None:
            v = v.reshape(-1, *m.input_shape)
        return m._as_logits(m._run(v)).double()

    def __call__(self, x: Any) -> tuple[Any, Any]:
        """(logits, detector score) for rows x; both differentiable in x."""
        torch = self.torch
        F = torch.nn.functional
        logits, hidden = self.logits_and_hidden(x)
        logp = F.log_softmax(logits, dim=1).clamp(min=float(np.log(1e-12)))
        P = torch.softmax(logits, dim=1)
        cols = []
        x_np = x.detach().cpu().numpy()
        for s in self.det.squeezers:
            xs = x + (torch.as_tensor(s(x_np), dtype=x.dtype, device=x.device) - x).detach()  # BPDA
            cols.append((torch.softmax(self._logits(xs), dim=1) - P).abs().sum(1))
        top2 = torch.topk(logp, 2, dim=1).values
        cols += [P.max(1).values, top2[:, 0] - top2[:, 1], -(P * logp).sum(1)]
        if self.stats:
            for H, (means, prec, ref) in zip(hidden, self.stats, strict=True):
                cols += [self._mahalanobis(H, means, prec), self._lid(H, ref)]
        Z = (torch.stack(cols, dim=1) - self.c_mean) / self.c_scale
        score = torch.cat([Z, Z * Z], dim=1) @ self.c_coef + self.c_b
        return logits, score

    def _mahalanobis(self, H: Any, means: Any, prec: Any) -> Any:
        D = H[:, None, :] - means[None, :, :]
        d2 = self.torch.einsum("ncd,de,nce->nc", D, prec, D)
        return d2.min(dim=1).values.clamp(min=1e-12).sqrt()

    def _lid(self, H: Any, ref: Any) -> Any:
        torch = self.torch
        sq = (H * H).sum(1)[:, None] + (ref * ref).sum(1)[None, :] - 2 * H @ ref.T
        dist = sq.clamp(min=1e-24).sqrt()
        dist = torch.where(dist < 1e-9, torch.full_like(dist, float("inf")), dist)
        near = torch.topk(dist, self.det.lid_k, dim=1, largest=False).values.clamp(min=1e-12)
        return -1.0 / torch.log(near / near[:, -1:]).mean(1).clamp(max=-1e-12)


def adaptive_attack(detector: AdversarialDetector, X: np.ndarray, y_idx: np.ndarray, eps: float, *,
                    norm: str = "linf", steps: int = 100, lambdas: Sequence[float] = (0.0, 0.1, 0.3, 1.0, 3.0),
                    methods: Sequence[str] = ("penalty",), kappa: float = 0.5, slack: float = 0.5,
                    smoothing_sigma: float = 0.0, eot: int = 8, win_margin: float = 0.0,
                    batch_size: int = 256, seed: int = 0) -> AdaptiveResult:
    """PGD against model and detector together; per row keeps the first input found that is
    misclassified and unflagged, else the misclassified iterate the detector scored lowest.

    methods: "penalty" runs PGD on the margin hinge + lambda * detector hinge for each lambda (lambda = 0
    is a margin PGD that ignores the detector but still keeps its least suspicious iterate);
    "orthogonal" and "selective" run orthogonal PGD and its selective variant once each (module
    docstring). Rows already broken are not attacked again by later runs.
    kappa: logit margin past the boundary the attack aims for; slack: how far below the threshold the
    detector score is pushed (both keep successes robust to float differences).
    smoothing_sigma > 0 attacks the detector together with randomised smoothing of the model (the
    certified fallback, `detect_certify`): the margin is that of the log of the mean softmax over `eot`
    Gaussian copies (SmoothAdv, Salman et al. 2019), and a row counts as won only once that margin is
    below -win_margin (a wrong vote confident enough to be certified) and the detector passes it."""
    from modelward.robustness.defences._torch import small_model_threads

    if norm not in ("linf", "l2"):
        raise ConfigError(f"adaptive attack: norm must be 'linf' or 'l2', got {norm!r}")
    unknown = [m for m in methods if m not in METHODS]
    if unknown or not methods:
        raise ConfigError(f"adaptive attack: methods must be among {', '.join(METHODS)}, got {list(methods)}")
    if not (eps > 0 and steps >= 1 and all(lam >= 0 for lam in lambdas)):
        raise ConfigError("adaptive attack: need eps > 0, steps >= 1 and lambdas >= 0")
    if smoothing_sigma < 0 or eot < 1 or win_margin < 0:
        raise ConfigError("adaptive attack: need smoothing_sigma >= 0, eot >= 1 and win_margin >= 0")
    if "penalty" in methods and not lambdas:
        raise ConfigError("adaptive attack: the penalty method needs at least one lambda")
    f = DifferentiableScore(detector)
    torch = f.torch
    X, y_idx = np.asarray(X, dtype=float), np.asarray(y_idx, dtype=int)
    lo, hi = _bounds(detector, X.shape[1])
    best = X.copy()
    state = np.zeros(len(X), dtype=int)  # 0 nothing, 1 misclassified but flagged, 2 misclassified and unflagged
    best_score = np.full(len(X), np.inf)
    runs = [(f"penalty lambda={float(lam):g}", "penalty", float(lam)) for lam in lambdas if "penalty" in methods]
    runs += [(m, m, 0.0) for m in methods if m != "penalty"]
    broken: dict[str, int] = {}
    gen = torch.Generator().manual_seed(seed)
    with small_model_threads(f.model.module):
        for name, method, lam in runs:
            before = int((state == 2).sum())
            for i in range(0, len(X), batch_size):
                sl = slice(i, i + batch_size)
                todo = np.flatnonzero(state[sl] < 2) + i
                if todo.size:
                    _pgd_batch(f, X[todo], y_idx[todo], todo, eps, norm, steps, lam, kappa, slack, lo, hi,
                               gen, best, state, best_score, method, (smoothing_sigma, eot, win_margin))
            broken[name] = int((state == 2).sum()) - before
    # trust the detector's own scores, not the torch rebuild, for the final verdict
    outcome = evaluate_under_attack(detector, X, y_idx, best, "adaptive-pgd", eps, norm)
    lams = tuple(float(v) for v in lambdas) if "penalty" in methods else ()
    return AdaptiveResult(best, outcome, lams, tuple(broken[f"penalty lambda={v:g}"] for v in lams), steps, broken)


def _bounds(detector: AdversarialDetector, n: int) -> tuple[np.ndarray, np.ndarray]:
    spec = detector.model.input_spec
    if spec.features:
        return np.asarray(spec.lower, dtype=float), np.asarray(spec.upper, dtype=float)
    return np.full(n, -np.inf), np.full(n, np.inf)


def _pgd_batch(f: DifferentiableScore, X: np.ndarray, y: np.ndarray, rows: np.ndarray, eps: float, norm: str,
               steps: int, lam: float, kappa: float, slack: float, lo: np.ndarray, hi: np.ndarray, gen: Any,
               best: np.ndarray, state: np.ndarray, best_score: np.ndarray, method: str = "penalty",
               smoothing: tuple[float, int, float] = (0.0, 1, 0.0)) -> None:
    torch = f.torch
    dev = f.model.device
    x0 = torch.as_tensor(X, dtype=torch.float64, device=dev)
    yt = torch.as_tensor(y, device=dev)
    lo_t = torch.as_tensor(lo, dtype=torch.float64, device=dev)
    hi_t = torch.as_tensor(hi, dtype=torch.float64, device=dev)
    tau = f.det.threshold
    if norm == "linf":
        delta = (torch.rand(x0.shape, generator=gen, dtype=torch.float64) * 2 - 1).to(dev) * eps
    else:
        delta = torch.randn(x0.shape, generator=gen, dtype=torch.float64).to(dev)
        delta = delta / delta.norm(dim=1, keepdim=True).clamp_min(1e-12) * eps * 0.5
    delta = torch.maximum(torch.minimum(x0 + delta, hi_t), lo_t) - x0
    onehot = torch.nn.functional.one_hot(yt, f.model.classes.shape[0]).bool()
    for t in range(steps + 1):
        delta.requires_grad_(True)
        logits, score = f(x0 + delta)
        if smoothing[0] > 0:
            logits = _smoothed_log_proba(f, x0 + delta, smoothing[0], smoothing[1], gen)
        other = logits.masked_fill(onehot, float("-inf")).max(1).values
        margin = logits.gather(1, yt[:, None])[:, 0] - other
        if method == "penalty":
            loss = margin.clamp(min=-kappa) + lam * (score - tau + slack).clamp(min=0)
            (g,) = torch.autograd.grad(loss.sum(), delta)
        else:
            g = _two_objective_step(torch, delta, margin, score, kappa, method == "orthogonal")
        with torch.no_grad():
            _record(x0 + delta, margin + smoothing[2], score, tau, rows, best, state, best_score)
            if t == steps:
                break
            alpha = eps * (0.25 * (1 + np.cos(np.pi * t / steps)) + 0.01)  # cosine decay from eps/2
            if norm == "linf":
                delta = (delta - alpha * g.sign()).clamp(-eps, eps)
            else:
                delta = delta - alpha * g / g.norm(dim=1, keepdim=True).clamp_min(1e-12)
                delta = delta * (eps / delta.norm(dim=1, keepdim=True).clamp_min(1e-12)).clamp(max=1.0)
            delta = torch.maximum(torch.minimum(x0 + delta, hi_t), lo_t) - x0


def _smoothed_log_proba(f: DifferentiableScore, x: Any, sigma: float, eot: int, gen: Any) -> Any:
    """Log of the mean softmax of the model over `eot` Gaussian copies of each row (differentiable in x)."""
    torch = f.torch
    noise = torch.randn((eot * x.shape[0], x.shape[1]), generator=gen, dtype=torch.float64).to(x.device)
    P = torch.softmax(f._logits(x.repeat_interleave(eot, dim=0) + sigma * noise), dim=1)
    return torch.log(P.reshape(x.shape[0], eot, -1).mean(1).clamp_min(1e-12))


def _two_objective_step(torch: Any, delta: Any, margin: Any, score: Any, kappa: float, orthogonal: bool) -> Any:
    """Per row, the gradient of the objective still unmet: the margin while the row is classified correctly
    (down to -kappa), else the detector score; with `orthogonal`, minus its projection on the other
    objective's gradient (Bryniarski et al. 2022), so a step on one barely moves the other."""
    g_m = torch.autograd.grad(margin.sum(), delta, retain_graph=True)[0]
    g_s = torch.autograd.grad(score.sum(), delta)[0]
    if orthogonal:
        def off(a: Any, b: Any) -> Any:
            return a - (a * b).sum(1, keepdim=True) / (b * b).sum(1, keepdim=True).clamp_min(1e-24) * b

        g_m, g_s = off(g_m, g_s), off(g_s, g_m)
    return torch.where((margin > -kappa)[:, None], g_m, g_s).detach()


def _record(x: Any, margin: Any, score: Any, tau: float, rows: np.ndarray, best: np.ndarray, state: np.ndarray,
            best_score: np.ndarray) -> None:
    """Keep, per row, an unflagged misclassified input once found; until then the lowest-scored misclassified."""
    wrong = (margin < 0).cpu().numpy()
    s = score.detach().cpu().numpy()
    x_np = x.detach().cpu().numpy()
    cur = state[rows]
    win = wrong & (s <= tau) & (cur < 2)
    better = wrong & (s > tau) & (cur < 2) & (s < best_score[rows])
    for mask, new_state in ((better, 1), (win, 2)):
        idx = rows[mask]
        best[idx] = x_np[mask]
        state[idx] = new_state
        best_score[idx] = s[mask]


@dataclass(frozen=True)
class AdaptiveRound:
    """One round of `fit_against_adaptive`: the adaptive attack's undetected success on the attacked rows
    against the detector of that round, and how many adversarial rows the next fit learns from."""

    round: int
    attacked: int
    misclassified: int
    undetected: int
    pool: int


def fit_against_adaptive(model: Any, X: np.ndarray, y_idx: np.ndarray | None = None, *, eps: float = 0.1,
                         norm: str = "linf", rounds: int = 3, steps: int = 50, attack_rows: int = 400,
                         lambdas: Sequence[float] = (0.03, 0.1, 1.0),
                         methods: Sequence[str] = ("penalty", "orthogonal"),
                         target_fpr: float = 0.05, seed: int = 0,
                         **detector_kwargs: Any) -> tuple[AdversarialDetector, list[AdaptiveRound]]:
    """A detector trained against adaptive adversarial examples: fit as usual, then `rounds` times attack
    model and detector together (`adaptive_attack` on `attack_rows` rows of X), add every misclassified row
    the attack produced to the combiner's adversarial class and refit (the layer statistics stay those of
    the clean rows). y_idx None takes the model's own predictions (unlabelled traffic)."""
    if rounds < 0 or attack_rows < 1:
        raise ConfigError(f"adaptive detector fit: need rounds >= 0 and attack_rows >= 1, got {rounds}, {attack_rows}")
    X = np.asarray(X, dtype=float)
    if y_idx is None:
        y_idx = np.asarray(model.predict_proba(X)).argmax(axis=1)
    y_idx = np.asarray(y_idx, dtype=int)

    def fit(extra: np.ndarray | None) -> AdversarialDetector:
        return AdversarialDetector(model, target_fpr=target_fpr, **detector_kwargs).fit(
            X, y_idx, eps=eps, norm=norm, seed=seed, extra_adv=extra)

    detector = fit(None)
    rng = np.random.default_rng(seed + 7919)
    pool: list[np.ndarray] = []
    history = []
    for r in range(rounds):
        rows = rng.choice(len(X), min(attack_rows, len(X)), replace=False)
        res = adaptive_attack(detector, X[rows], y_idx[rows], eps, norm=norm, steps=steps, lambdas=lambdas,
                              methods=methods, seed=seed + 101 * (r + 1))
        wrong = np.asarray(model.predict_proba(res.x_adv)).argmax(axis=1) != y_idx[rows]
        undetected = int((wrong & ~detector.flag(res.x_adv)).sum())
        pool.append(res.x_adv[wrong])
        extra = np.vstack(pool)
        history.append(AdaptiveRound(r + 1, len(rows), int(wrong.sum()), undetected, len(extra)))
        detector = fit(extra)
    return detector, history
