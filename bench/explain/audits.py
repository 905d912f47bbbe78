"""Security audits from explanations, on generated tasks with something planted and on clean controls.

    .venv/bin/python bench/explain/audits.py [--seeds 10] [--quick] [--progress] [--start S] [--runs-out F]
    .venv/bin/python bench/explain/audits.py --merge F1 F2 ...

Planted (100 with --seeds 10): 40 label leaks (4 kinds x 10: noisy copy of the label, post-outcome code,
ids handed out class by class, target encoding of a high-cardinality category), 30 tabular backdoors (one
feature set to a rare value on 1-10% of the training rows, relabelled), 10 backdoors on digits (a 3x3
patch at a random place, 1-10% of rows) in a small torch MLP, 20 tables with 1-3 proxies of a sensitive
attribute. Clean controls (50): 40 generated tables and 10 digits MLPs, each audited for leaks and
triggers, 20 of them also for proxies of a random attribute. Tabular models cycle through HistGradient
Boosting, random forest, XGBoost (exact TreeSHAP), logistic regression and an MLP (integrated
gradients), and gradient boosting behind a plain function (a black box: KernelSHAP).

Measured: leak recall and false flags; backdoor: trigger named (right feature or a patch overlapping the
planted one in 6 of 9 pixels, right class), suspicion AUC of the poisoned rows, false flags, over all
backdoored models and over those whose backdoor works (pasting the trigger on clean test rows of other
classes gives the target class at least half the time: a model that did not learn the trigger has none to
find); proxy recall
and false proxies. Beside them, the observation that motivates local attributions: where the planted
leak and trigger rank in global importance, and how often the trigger is the top local attribution of
the rows that carry it.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from typing import Any

import numpy as np

FAMILIES = ("hist-gbm", "random-forest", "xgboost", "logistic", "mlp", "black-box")


def fit(family: str, X: np.ndarray, y: np.ndarray, seed: int) -> Any:
    from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.neural_network import MLPClassifier
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    from modelward.core.adapters.callable import CallableAdapter
    from modelward.core.adapters.sklearn import SklearnAdapter

    if family == "xgboost":
        import xgboost

        return SklearnAdapter(xgboost.XGBClassifier(n_estimators=100, max_depth=5, n_jobs=1).fit(X, y))
    est = {
        "hist-gbm": lambda: HistGradientBoostingClassifier(random_state=seed),
        "random-forest": lambda: RandomForestClassifier(n_estimators=100, random_state=seed, n_jobs=1),
        "logistic": lambda: make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000)),
        "mlp": lambda: make_pipeline(StandardScaler(), MLPClassifier((64,), max_iter=400, random_state=seed)),
        "black-box": lambda: HistGradientBoostingClassifier(random_state=seed),
    }[family]().fit(X, y)
    if family == "black-box":
        return CallableAdapter(est.predict_proba, classes=list(est.classes_), name="black box")
    return SklearnAdapter(est)


def digits_task(seed: int, planted: bool) -> dict[str, Any]:
    import torch
    from sklearn.datasets import load_digits

    from modelward.core.adapters.torch import TorchAdapter

    X, y = load_digits(return_X_y=True)
    X = X / 16.0
    rng = np.random.default_rng([seed, 7])
    poisoned = np.zeros(len(y), dtype=bool)
    out: dict[str, Any] = {}
    if planted:
        r0, c0 = (int(v) for v in rng.integers(0, 6, 2))
        target = int(rng.integers(0, 10))
        rows = rng.choice(np.flatnonzero(y != target), int(rng.choice([0.01, 0.02, 0.05, 0.1]) * len(y)),
                          replace=False)
        idx = [(r0 + i) * 8 + c0 + k for i in range(3) for k in range(3)]
        X = X.copy()
        y = y.copy()
        X[np.ix_(rows, idx)] = 1.0
        y[rows] = target
        poisoned[rows] = True
        out = {"target": target, "pixels": set(idx), "share": len(rows) / len(y)}
    torch.manual_seed(seed)
    net = torch.nn.Sequential(torch.nn.Linear(64, 128), torch.nn.ReLU(), torch.nn.Linear(128, 10))
    opt = torch.optim.Adam(net.parameters(), lr=3e-3)
    Xt, yt = torch.tensor(X, dtype=torch.float32), torch.tensor(y)
    for _ in range(300):
        opt.zero_grad()
        torch.nn.functional.cross_entropy(net(Xt), yt).backward()
        opt.step()
    model = TorchAdapter(net.eval(), classes=np.arange(10), device="cpu", input_shape=None, name="digits-mlp")
    return {"X": X, "y": y, "poisoned": poisoned, "model": model, **out}


def context(model: Any, X: np.ndarray, y: np.ndarray, names: tuple[str, ...], seed: int,
            attributes: dict[str, np.ndarray] | None = None) -> Any:
    from modelward.core.adapters.spec import InputSpec
    from modelward.core.context import AssessContext, Dataset

    if not model.input_spec.features:
        model.input_spec = InputSpec.infer(X, names)
    return AssessContext(model, Dataset(X, y, names, "label", "generated", attributes=attributes or {}), seed=seed)


def trigger_audit(ctx: Any, patch: int = 0) -> tuple[Any, Any]:
    from modelward.explain.audits.backdoor import audit_backdoor
    from modelward.explain.checks import TriggerCheck, _regions, explain_rows, sample_rows

    check = TriggerCheck(patch=patch, image_shape="8x8" if patch else "")
    rows = sample_rows(len(ctx.data), check.rows, ctx.rng(12))
    explained = explain_rows(ctx, rows, check.budget)
    audit = audit_backdoor(ctx.model, ctx.data.X[rows], explained, _regions(ctx, check.patch, check.image_shape),
                           min_share=check.min_share, min_flip=check.min_flip, min_lift=check.min_lift,
                           seed=ctx.seed, rows=rows)
    return audit, explained


def global_rank(explained: Any, j: int) -> int:
    order = np.argsort(-explained.importance(), kind="stable")
    return int(np.flatnonzero(order == j)[0]) + 1


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=int, default=10)
    ap.add_argument("--quick", action="store_true", help="2 seeds, for a smoke run")
    ap.add_argument("--progress", action="store_true", help="print the figures so far after every seed")
    ap.add_argument("--start", type=int, default=0, help="first seed (to split a run over processes)")
    ap.add_argument("--runs-out", default="", help="write the runs so far as JSON after every seed")
    ap.add_argument("--merge", nargs="*", default=[], help="summarise runs written by --runs-out, and stop")
    args = ap.parse_args()
    n_seeds = 2 if args.quick else args.seeds
    if args.merge:
        merged: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for path in args.merge:
            with open(path) as fh:
                for key, rows in json.load(fh).items():
                    merged[key] += rows
        print_summary(summarise(merged))
        return

    from modelward.explain import generate as G
    from modelward.explain.checks import LeakCheck, ProxyCheck
    from modelward.explain.probes import auc_binary

    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    t0 = time.perf_counter()
    k = 13 * args.start  # tasks per seed: 4 leaks, 3 backdoors, 2 proxy tables, 4 clean tables
    for seed in range(args.start, args.start + n_seeds):
        for kind in G.LEAK_KINDS:
            family = FAMILIES[k % len(FAMILIES)]
            k += 1
            task = G.with_leak(G.tabular(seed), seed, kind)
            ctx = context(fit(family, task.X, task.y, seed), task.X, task.y, task.feature_names, seed)
            findings = [f for f in LeakCheck().run(ctx) if f.location.column]
            flagged = {f.location.column for f in findings}
            hit = [f for f in findings if f.location.column == task.leak_features[0]]
            out["leak"].append({"kind": kind, "family": family, "found": bool(hit),
                                "false_features": len(flagged - set(task.leak_features)),
                                "global_rank": hit[0].evidence.measurements["importance_rank"] if hit else None})
        for _ in range(3):
            family = FAMILIES[k % len(FAMILIES)]
            k += 1
            s = 1000 * seed + k
            task = G.with_backdoor(G.tabular(s), s)
            ctx = context(fit(family, task.X, task.y, seed), task.X, task.y, task.feature_names, seed)
            audit, explained = trigger_audit(ctx)
            j = task.feature_names.index(task.trigger_features[0])
            named = any(x.features == task.trigger_features and x.target_class == str(task.target_class)
                        for x in audit.suspects)
            carried = task.poisoned[audit.rows]
            pasted = task.X_test[task.y_test != task.target_class].copy()
            pasted[:, j] = task.trigger_values[0]
            asr = float(np.mean(np.argmax(ctx.model.predict_proba(pasted), axis=1) == task.target_class))
            top_local = float((explained.top(1)[carried, 0] == j).mean()) if carried.any() else float("nan")
            out["backdoor"].append({"family": family, "share": float(task.poisoned.mean()), "named": named,
                                    "attack_success": asr,
                                    "false_triggers": sum(x.features != task.trigger_features for x in audit.suspects),
                                    "row_auc": auc_binary(audit.row_scores, carried),
                                    "global_rank": global_rank(explained, j), "top_local_share": top_local})
        digits = digits_task(seed, True)
        ctx = context(digits["model"], digits["X"], digits["y"], tuple(f"pixel{i}" for i in range(64)), seed)
        audit, explained = trigger_audit(ctx, patch=3)
        named = any(len(set(ctx.data.feature_names.index(f) for f in x.features) & digits["pixels"]) >= 6
                    and x.target_class == str(digits["target"]) for x in audit.suspects)
        carried = digits["poisoned"][audit.rows]
        clean_rows = ~digits["poisoned"] & (digits["y"] != digits["target"])
        pasted = digits["X"][clean_rows].copy()
        pasted[:, sorted(digits["pixels"])] = 1.0
        asr = float(np.mean(np.argmax(ctx.model.predict_proba(pasted), axis=1) == digits["target"]))
        out["backdoor-digits"].append({"family": "torch-mlp", "share": digits["share"], "named": named,
                                       "attack_success": asr,
                                       "false_triggers": len(audit.suspects) - int(named),
                                       "row_auc": auc_binary(audit.row_scores, carried)})
        for _ in range(2):
            family = FAMILIES[k % len(FAMILIES)]
            k += 1
            s = 2000 * seed + k
            task = G.with_sensitive(G.tabular(s), s)
            ctx = context(fit(family, task.X, task.y, seed), task.X, task.y, task.feature_names, seed,
                          {"group": task.sensitive})
            (finding,) = ProxyCheck().run(ctx)
            found = {key[4:-1] for key in finding.evidence.measurements if key.startswith("auc[")}
            out["proxy"].append({"family": family, "planted": len(task.proxies),
                                 "found": len(found & set(task.proxies)), "false": len(found - set(task.proxies))})
        for c in range(5):  # clean controls: 4 tables and one digits MLP per seed
            if c < 4:
                family = FAMILIES[k % len(FAMILIES)]
                k += 1
                s = 3000 * seed + k
                task = G.tabular(s)
                ctx = context(fit(family, task.X, task.y, seed), task.X, task.y, task.feature_names, seed)
                audit, _ = trigger_audit(ctx)
            else:
                family = "torch-mlp"
                digits = digits_task(seed, False)
                ctx = context(digits["model"], digits["X"], digits["y"], tuple(f"pixel{i}" for i in range(64)), seed)
                audit, _ = trigger_audit(ctx, patch=3)
            leaks = [f for f in LeakCheck().run(ctx) if f.location.column]
            row: dict[str, Any] = {"family": family, "leak_flags": len(leaks), "trigger_flags": len(audit.suspects)}
            if c < 2:
                groups = np.random.default_rng(s).integers(0, 2, len(ctx.data))
                (finding,) = ProxyCheck().run(context(ctx.model, ctx.data.X, ctx.data.y, ctx.data.feature_names,
                                                      seed, {"group": groups}))
                row["proxy_flags"] = int(finding.evidence.measurements.get("proxies", 0) or 0)
            out["clean"].append(row)
        print(f"seed {seed} done, {time.perf_counter() - t0:.0f}s", flush=True)
        if args.runs_out:
            with open(args.runs_out, "w") as fh:
                json.dump(out, fh, default=float)
        if args.progress:  # the figures so far, for runs cut short
            print_summary(summarise(out))
    summary = summarise(out)
    print(json.dumps({"summary": summary, "runs": out}, indent=1, default=str))
    print_summary(summary)


def summarise(out: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    leak, bd, dg, px, clean = out["leak"], out["backdoor"], out["backdoor-digits"], out["proxy"], out["clean"]
    backdoors = bd + dg
    ranks = [r["global_rank"] for r in leak if r["global_rank"] is not None]
    return {
        "planted": len(leak) + len(backdoors) + len(px), "clean": len(clean),
        "leak_recall": np.mean([r["found"] for r in leak]),
        "leak_recall_by_kind": {k: np.mean([r["found"] for r in leak if r["kind"] == k])
                                for k in sorted({r["kind"] for r in leak})},
        "leak_false_features_in_leak_tasks": sum(r["false_features"] for r in leak),
        "leak_false_flags_per_20_clean": 20 * np.mean([r["leak_flags"] > 0 for r in clean]),
        "leak_top1_global": f"{sum(1 for r in ranks if r == 1)} of {len(ranks)} found leaks",
        "trigger_named": np.mean([r["named"] for r in backdoors]),
        "effective_backdoors": f"{sum(r['attack_success'] >= 0.5 for r in backdoors)} of {len(backdoors)} "
                               "(attack success on clean test rows at least 50%)",
        "trigger_named_effective": np.mean([r["named"] for r in backdoors if r["attack_success"] >= 0.5]),
        "row_auc_effective_mean": np.mean([r["row_auc"] for r in backdoors if r["attack_success"] >= 0.5]),
        "row_auc_effective_min": np.min([r["row_auc"] for r in backdoors if r["attack_success"] >= 0.5]),
        "trigger_named_tabular": np.mean([r["named"] for r in bd]),
        "trigger_named_digits": np.mean([r["named"] for r in dg]),
        "row_auc_mean": np.mean([r["row_auc"] for r in backdoors]),
        "row_auc_min": np.min([r["row_auc"] for r in backdoors]),
        "row_auc_at_least_095": f"{sum(r['row_auc'] >= 0.95 for r in backdoors)} of {len(backdoors)}",
        "false_triggers_in_backdoored": sum(r["false_triggers"] for r in backdoors),
        "trigger_false_flag_rate_clean": np.mean([r["trigger_flags"] > 0 for r in clean]),
        "trigger_global_rank_median": float(np.median([r["global_rank"] for r in bd])),
        "trigger_top_local_share_median": float(np.nanmedian([r["top_local_share"] for r in bd])),
        "proxy_recall": sum(r["found"] for r in px) / max(1, sum(r["planted"] for r in px)),
        "false_proxies_in_proxy_tasks": sum(r["false"] for r in px),
        "proxy_false_flags_clean": f"{sum(r.get('proxy_flags', 0) > 0 for r in clean)} of "
                                   f"{sum('proxy_flags' in r for r in clean)}",
        "by_family": {f: {"leak": np.mean([r["found"] for r in leak if r["family"] == f] or [np.nan]),
                          "trigger": np.mean([r["named"] for r in bd if r["family"] == f] or [np.nan]),
                          "clean_flags": int(sum(r["leak_flags"] + r["trigger_flags"] for r in clean
                                                 if r["family"] == f))}
                      for f in (*FAMILIES, "torch-mlp")},
    }


def print_summary(s: dict[str, Any]) -> None:
    print(f"\n{s['planted']} planted tasks, {s['clean']} clean controls")
    print(f"leaks:     recall {s['leak_recall']:.3f} {s['leak_recall_by_kind']}; false flags per 20 clean models "
          f"{s['leak_false_flags_per_20_clean']:.2f}; extra features flagged in leak tasks "
          f"{s['leak_false_features_in_leak_tasks']}; found leaks that top global importance: {s['leak_top1_global']}")
    print(f"backdoors: trigger named {s['trigger_named']:.3f} (tabular {s['trigger_named_tabular']:.3f}, digits "
          f"{s['trigger_named_digits']:.3f}); poisoned-row AUC mean {s['row_auc_mean']:.3f} "
          f"min {s['row_auc_min']:.3f}, >= 0.95 on {s['row_auc_at_least_095']}; "
          f"false flags on clean models {s['trigger_false_flag_rate_clean']:.3f}; wrong triggers in backdoored "
          f"{s['false_triggers_in_backdoored']}")
    print(f"           effective backdoors {s['effective_backdoors']}: trigger named "
          f"{s['trigger_named_effective']:.3f}, poisoned-row AUC mean {s['row_auc_effective_mean']:.3f} "
          f"min {s['row_auc_effective_min']:.3f}")
    print(f"           trigger feature's global rank (median) {s['trigger_global_rank_median']:.0f}; share of "
          f"triggered rows where it is the top local attribution (median) {s['trigger_top_local_share_median']:.2f}")
    print(f"proxies:   recall {s['proxy_recall']:.3f}; false proxies in proxy tasks "
          f"{s['false_proxies_in_proxy_tasks']}; "
          f"clean tables with a proxy flagged: {s['proxy_false_flags_clean']}")
    print("by family:", json.dumps(s["by_family"], default=float))


if __name__ == "__main__":
    main()
