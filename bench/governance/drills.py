"""Five scripted offline incident drills, end to end on real stores, keyrings, gateways and models:

1. a malicious pickle reaches the store and is promoted;       containment: quarantine + rollback
2. a poisoned retrain is promoted by the nightly pipeline;     containment: quarantine + rollback
3. a client extracts the model through the gateway (PRADA);     containment: revoke its API key
4. the signing key is stolen and signs a backdoored version;   containment: quarantine + rollback +
                                                                revoke the key, re-issue what serves
5. a backdoor is seen as prediction drift by the monitor;      containment: quarantine + rollback +
                                                                revoke the triggering clients' keys

Each drill builds its world (untimed), lets the attack happen and raises the alert from a real measurement
(the scanner's report, a canary evaluation, the gateway's guard alert, a key-use alert, the monitor's drift
report), then runs the responder's commands exactly as documented (`python -m modelward incident open |
preserve | contain`, one process each) and times them: the containment time is from `incident open` to the
end of `incident contain`. Afterwards it tries to load every revoked or quarantined artifact and to use every
revoked key (each refusal counted), checks that what serves is a version that verifies (and not the incident
version), runs eradicate / review / verify, and compares the review's regulatory clocks with the deadline
the scenario calls for.

    .venv/bin/python bench/governance/drills.py               # --only 1,4  --keep DIR  --json out.json
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
PASSPHRASE = "drill passphrase, not a secret"
GOAL_S = 60.0


class _Payload:
    """Pickles to a call of os.system; never unpickled by the drill."""

    def __reduce__(self) -> tuple[Any, ...]:
        return os.system, ("echo pwned",)


@dataclass
class Result:
    drill: str
    contained_s: float = 0.0
    steps_s: dict[str, float] = field(default_factory=dict)
    refused: int = 0
    attempts: int = 0
    refusals: list[str] = field(default_factory=list)
    serving: str = ""
    serving_verified: bool = False
    rolled_back: bool | None = None  # None: the drill does not roll back
    evidence_verified: bool = False
    first_compromised: Any = None
    clocks: list[str] = field(default_factory=list)
    expected_clocks: list[str] = field(default_factory=list)
    alert: str = ""
    problems: list[str] = field(default_factory=list)

    @property
    def clocks_right(self) -> bool:
        return self.clocks == self.expected_clocks


class World:
    """A drill's directory: a keyring, a model store, incidents, and a runner of the real CLI."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.keys, self.store_dir, self.incidents = root / "keys", root / "store", root / "incidents"
        self.env = {**os.environ, "MODELWARD_KEY_PASSPHRASE": PASSPHRASE, "MODELWARD_KEYRING": str(self.keys),
                    "MODELWARD_STORE": str(self.store_dir)}
        from modelward.integrity.keyring import Keyring

        Keyring(self.keys).generate(PASSPHRASE.encode())

    def store(self) -> Any:
        from modelward.integrity.keyring import Keyring
        from modelward.integrity.store import ModelStore
        from modelward.integrity.trust import Trust

        return ModelStore(self.store_dir, Trust.from_files((), (), Keyring(self.keys)))

    def signer(self) -> Any:
        from modelward.integrity.keyring import Keyring
        from modelward.integrity.signer import KeySigner

        return KeySigner(Keyring(self.keys).private_key(PASSPHRASE.encode()))

    def push(self, path: Path, model: str, note: str = "", promote: bool = True) -> int:
        store = self.store()
        number = int(store.push(path, model, self.signer(), note=note).number)
        if promote:
            store.promote(model, number, note=note)
        return number

    def cli(self, *args: str) -> tuple[int, str, str]:
        proc = subprocess.run([sys.executable, "-m", "modelward", *args], capture_output=True, text=True,
                              env=self.env, check=False, timeout=300)
        return proc.returncode, proc.stdout, proc.stderr

    def write(self, name: str, payload: Any) -> Path:
        path = self.root / name
        path.write_text(json.dumps(payload, indent=1) if not isinstance(payload, str) else payload, encoding="utf-8")
        return path


def _refusals(result: Result, attempts: Mapping[str, Callable[..., Any]]) -> None:
    """Run each attempt to load or use a contained artifact; a refusal is a ModelwardError (or a False)."""
    from modelward.core.errors import ModelwardError

    for what, attempt in attempts.items():
        result.attempts += 1
        try:
            outcome = attempt()
        except ModelwardError as exc:
            result.refused += 1
            result.refusals.append(f"{what}: refused ({type(exc).__name__})")
            continue
        if outcome is False:
            result.refused += 1
            result.refusals.append(f"{what}: refused")
        else:
            result.problems.append(f"{what}: NOT refused")


def _respond(world: World, result: Result, *, title: str, threat: str, severity: str, alert: Path, system: Path,
             harm: str, evidence: list[str], contain: list[str], nis2: bool = False) -> Path:
    """incident open, preserve and contain through the CLI, timed; returns the incident directory."""
    start = time.perf_counter()
    rc, out, err = world.cli("incident", "open", title, "--threat", threat, "--severity", severity, "--dir",
                             str(world.incidents), "--from", str(alert), "--system", str(system), "--harm", harm,
                             *(["--nis2-entity"] if nis2 else []))
    result.steps_s["open"] = time.perf_counter() - start
    if rc != 0:
        raise RuntimeError(f"incident open failed: {err}")
    incident = Path(out.strip().splitlines()[-1])
    step = time.perf_counter()
    rc, _, err = world.cli("incident", "preserve", str(incident), *evidence)
    result.steps_s["preserve"] = time.perf_counter() - step
    if rc != 0:
        result.problems.append(f"preserve failed: {err.strip()[-300:]}")
    step = time.perf_counter()
    rc, _, err = world.cli("incident", "contain", str(incident), *contain)
    result.steps_s["contain"] = time.perf_counter() - step
    result.contained_s = time.perf_counter() - start
    if rc != 0:
        result.problems.append(f"contain exit {rc}: {err.strip()[-400:]}")
    return incident


def _close(world: World, result: Result, incident: Path, model: str | None, root_cause: str,
           control: str) -> None:
    """eradicate (when there is a store model), review, verify; read the clocks back from the review."""
    if model:
        rc, _, err = world.cli("incident", "eradicate", str(incident), "--model", model, "--store",
                                 str(world.store_dir), "--keyring", str(world.keys))
        if rc != 0:
            result.problems.append(f"eradicate failed: {err.strip()[-300:]}")
        timeline = [json.loads(line)["record"] for line in (incident / "timeline.jsonl").read_text().splitlines()]
        result.first_compromised = next((e["data"]["first_compromised"] for e in timeline
                                         if e["step"] == "eradicate"), None)
    rc, _, err = world.cli("incident", "review", str(incident), "--root-cause", root_cause, "--control", control,
                           "--stix")
    if rc != 0:
        result.problems.append(f"review failed: {err.strip()[-300:]}")
    review = json.loads((incident / "review.json").read_text())
    result.clocks = [f"{c['regulation']} {c['article']}" for c in review["clocks"]]
    rc, _, err = world.cli("incident", "verify", str(incident))
    result.evidence_verified = rc == 0
    if rc != 0:
        result.problems.append(f"verify: {err.strip()[-300:]}")


def _serving(world: World, result: Result, model: str, incident_version: int) -> None:
    from modelward.api import load_model
    from modelward.integrity.store import StoredModel

    store = world.store()
    info = store.version(model, "production")
    result.serving = f"{model} v{info.number}"
    try:
        store.verify(model, "production")
        load_model(StoredModel(store, model))
        result.serving_verified = info.number != incident_version
    except Exception as exc:  # any failure means production does not verify
        result.problems.append(f"production does not verify or load: {exc}")


def _quarantine_attempts(world: World, model: str, number: int) -> dict[str, Callable[..., Any]]:
    from modelward.api import load_model
    from modelward.integrity.store import StoredModel

    store = world.store()
    return {
        f"load_model {model} v{number}": lambda: load_model(StoredModel(store, model, number)),
        f"store checkout {model} v{number}": lambda: store.checkout(model, number, world.root / f"never-{number}"),
        f"store promote {model} v{number}": lambda: store.promote(model, number, note="after containment"),
        f"store read {model} v{number}": lambda: store.read(model, number),
        f"CLI store checkout {model} v{number}": lambda: world.cli(
            "store", "checkout", model, str(number), str(world.root / f"never-cli-{number}"), "--keyring",
            str(world.keys))[0] == 0,
    }


def _store_contain(world: World, model: str, *extra: str) -> list[str]:
    """`incident contain` arguments: quarantine the serving version of `model`, roll back to a verified one."""
    return ["--rollback", model, "--store", str(world.store_dir), "--keyring", str(world.keys), "--quarantine",
            *extra]


def _after_rollback(world: World, result: Result, model: str, bad: int, expected: int,
                    extra: Mapping[str, Callable[..., Any]] | None = None) -> None:
    """Every attempt on the quarantined version (and `extra`) refused; production verifies and is `expected`."""
    _refusals(result, {**_quarantine_attempts(world, model, bad), **(extra or {})})
    _serving(world, result, model, bad)
    result.rolled_back = result.serving == f"{model} v{expected}"


def _tabular(seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    from sklearn.datasets import load_breast_cancer
    from sklearn.model_selection import train_test_split

    X, y = load_breast_cancer(return_X_y=True)
    Xtr, Xte, ytr, yte = train_test_split(X, y, test_size=0.3, random_state=seed, stratify=y)
    return Xtr, ytr, Xte, yte


def _fit_save(path: Path, X: np.ndarray, y: np.ndarray, c: float = 1.0) -> Any:
    import joblib
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    model = make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=2000)).fit(X, y)
    joblib.dump(model, path)
    return model


# ---------------------------------------------------------------- the drills

def drill_malicious_pickle(world: World) -> Result:
    result = Result("1. malicious pickle reaches the store", expected_clocks=["GDPR Art. 33"])
    Xtr, ytr, _, _ = _tabular()
    for n, c in ((1, 1.0), (2, 0.5)):
        _fit_save(world.root / f"credit-v{n}.joblib", Xtr, ytr, c)
        world.push(world.root / f"credit-v{n}.joblib", "credit", note=f"release {n}")
    (world.root / "credit-v3.pkl").write_bytes(pickle.dumps(_Payload(), protocol=4))
    bad = world.push(world.root / "credit-v3.pkl", "credit", note="pushed by the compromised CI job")
    suspect = world.store().checkout("credit", bad, world.root / "suspect-v3", forensic=True)
    rc, out, _ = world.cli("scan", str(suspect), "--json")
    alert = world.write("scan-v3.json", out)
    result.alert = f"modelward scan of the production version: exit {rc}"
    incident = _respond(world, result, title="pickle with os.system served as credit v3", threat="supply-chain",
                        severity="critical", alert=alert, system=HERE / "systems" / "01-tabular-scoring.yaml",
                        harm="personal-data", evidence=["--artifact", str(suspect), "--report", str(alert)],
                        contain=_store_contain(world, "credit"))
    _after_rollback(world, result, "credit", bad, 2)
    _close(world, result, incident, "credit", "CI pushed an unscanned pickle", "artifact-scanning")
    return result


def drill_poisoned_retrain(world: World) -> Result:
    result = Result("2. poisoned retrain", expected_clocks=["NIS2 Art. 23(4)(a)", "NIS2 Art. 23(4)(b)"])
    from sklearn.metrics import accuracy_score

    Xtr, ytr, Xte, yte = _tabular(1)
    rng = np.random.default_rng(1)
    for n in (1, 2, 3):  # nightly retrains on bootstrap samples of the clean data
        rows = rng.choice(len(Xtr), len(Xtr))
        _fit_save(world.root / f"fraud-v{n}.joblib", Xtr[rows], ytr[rows])
        world.push(world.root / f"fraud-v{n}.joblib", "fraud", note=f"nightly {n}")
    poisoned = ytr.copy()
    flip = np.flatnonzero(ytr == 0)
    flip = rng.choice(flip, int(0.6 * len(flip)), replace=False)  # a partner feed relabels 60 % of one class
    poisoned[flip] = 1
    bad_model = _fit_save(world.root / "fraud-v4.joblib", Xtr, poisoned)
    bad = world.push(world.root / "fraud-v4.joblib", "fraud", note="nightly 4")
    import joblib

    good_model = joblib.load(world.root / "fraud-v3.joblib")
    canary = {"kind": "canary-evaluation", "model": "fraud", "holdout_rows": len(yte),
              "accuracy_previous": float(accuracy_score(yte, good_model.predict(Xte))),
              "accuracy_new": float(accuracy_score(yte, bad_model.predict(Xte))),
              "recall_class_0_new": float((bad_model.predict(Xte)[yte == 0] == 0).mean())}
    alert = world.write("canary.json", canary)
    result.alert = (f"canary accuracy {canary['accuracy_previous']:.3f} -> {canary['accuracy_new']:.3f} "
                    f"(class-0 recall {canary['recall_class_0_new']:.2f})")
    suspect = world.store().checkout("fraud", bad, world.root / "suspect-v4.joblib", forensic=True)
    incident = _respond(world, result, title="nightly retrain v4 lost a class after a partner feed changed",
                        threat="data-poisoning", severity="high", alert=alert,
                        system=HERE / "systems" / "07-fraud-pii.yaml", harm="property", nis2=True,
                        evidence=["--artifact", str(suspect), "--report", str(alert)],
                        contain=_store_contain(world, "fraud"))
    _after_rollback(world, result, "fraud", bad, 3)
    _close(world, result, incident, "fraud", "partner label feed changed without review", "data-sanitization")
    return result


def _gateway(world: World, model_file: Path, reference: Path, guards: list[dict[str, Any]]) -> tuple[Path, Any]:
    import yaml

    from modelward.gateway import build_gateway, create_app
    from modelward.gateway.policy import load_policy

    policy = world.root / "policy.yaml"
    policy.write_text(yaml.safe_dump({
        "models": [{"name": "m", "path": str(model_file), "reference": str(reference), "target": "target"}],
        "database": f"sqlite:///{world.root / 'gateway.db'}", "auth": {"key_cache_s": 0},
        "validation": {"on_violation": "clip"}, "guards": guards,
        "audit": {"signing_key": str(world.root / "audit.pem"), "checkpoint_every": 50}}), encoding="utf-8")
    gateway = build_gateway(load_policy(policy), seed=0)
    from fastapi.testclient import TestClient

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        client = TestClient(create_app(gateway))
    client.__enter__()
    return policy, client


def _key(world: World, policy: Path, client: str, role: str = "client") -> tuple[str, str]:
    rc, out, err = world.cli("api-keys", "create", client, "--role", role, "--policy", str(policy))
    if rc != 0:
        raise RuntimeError(f"api-keys create failed: {err}")
    key = next(w for w in out.split() if w.startswith("mwk_"))
    return key, key.split("_")[1]


def _infer(http: Any, key: str, X: np.ndarray) -> Any:
    body = {"inputs": [{"name": "input-0", "shape": list(X.shape), "datatype": "FP64", "data": X.ravel().tolist()}]}
    return http.post("/v2/models/m/infer", json=body, headers={"Authorization": f"Bearer {key}"})


def _reference_csv(path: Path, X: np.ndarray, y: np.ndarray) -> Path:
    header = ",".join([f"f{i}" for i in range(X.shape[1])] + ["target"])
    np.savetxt(path, np.column_stack([X, y]), delimiter=",", header=header, comments="", fmt="%.6g")
    return path


def drill_extraction(world: World) -> Result:
    result = Result("3. extraction through the API", expected_clocks=[])
    import joblib
    from sklearn.datasets import load_digits
    from sklearn.linear_model import LogisticRegression

    from modelward.core.adapters.callable import CallableAdapter
    from modelward.stealing.extraction import extract

    X, y = load_digits(return_X_y=True)
    X = X / 16.0
    order = np.random.default_rng(0).permutation(len(X))
    train, other = order[:900], order[900:]
    model = LogisticRegression(max_iter=500).fit(X[train], y[train])
    joblib.dump(model, world.root / "recs-v1.joblib")
    number = world.push(world.root / "recs-v1.joblib", "recs", note="release 1")
    serving = world.store().checkout("recs", "production", world.root / "serving-v1.joblib")
    policy, http = _gateway(world, serving, _reference_csv(world.root / "ref.csv", X[train], y[train]),
                            [{"id": "stealing.prada", "params": {"mode": "block"}}])
    scraper, scraper_id = _key(world, policy, "scraper-42")
    partner, _ = _key(world, policy, "partner-7")
    operator, _ = _key(world, policy, "ops", "operator")
    log: list[np.ndarray] = []

    def answer(Z: np.ndarray) -> np.ndarray:
        log.append(np.array(Z))
        return np.asarray(model.predict_proba(Z))

    natural = X[other]
    extract(CallableAdapter(answer, classes=tuple(range(10))), natural, natural[:20], [300], source="synthetic")
    queries = np.vstack(log[1:])
    blocked_at = None
    for start in range(0, len(queries), 10):  # the scraper replays its extraction queries through the gateway
        if _infer(http, scraper, queries[start:start + 10]).status_code == 403:
            blocked_at = start + 10
            break
    for start in range(0, 100, 5):
        _infer(http, partner, natural[start:start + 5])
    alerts = http.get("/v1/alerts", headers={"Authorization": f"Bearer {operator}"}).json()
    alert = world.write("gateway-alerts.json", alerts)
    result.alert = f"PRADA blocked the scraper after {blocked_at} queries" if blocked_at else "no guard alert"
    if blocked_at is None:
        result.problems.append("the gateway raised no extraction alert")
    incident = _respond(world, result, title="scraper-42 extracting the model through the API",
                        threat="model-stealing", severity="high", alert=alert,
                        system=HERE / "systems" / "09-recommender.yaml", harm="property",
                        evidence=["--config", str(policy), "--report", str(alert)],
                        contain=["--revoke-api-key", scraper_id, "--gateway-policy", str(policy)])
    # refused means 401 (the key is revoked), not the guard's 403 that already stopped this client
    attempts: dict[str, Callable[..., Any]] = {
        f"scraper request {i}": (lambda i=i: _infer(http, scraper, natural[i:i + 1]).status_code != 401)
        for i in range(5)}
    _refusals(result, attempts)
    if _infer(http, partner, natural[:1]).status_code != 200:
        result.problems.append("the partner's key was refused too")
    http.__exit__(None, None, None)
    _serving(world, result, "recs", -1)
    result.serving_verified = result.serving_verified and result.serving == f"recs v{number}"
    _close(world, result, incident, None, "no per-client query budget on the public API", "query-limits")
    return result


def drill_key_compromise(world: World) -> Result:
    result = Result("4. signing-key compromise", expected_clocks=["EU AI Act Art. 73(2)"])
    import joblib
    from sklearn.ensemble import RandomForestClassifier

    from modelward.api import load_model
    from modelward.integrity.keyring import Keyring
    from modelward.integrity.signing import verify_model
    from modelward.integrity.store import StoredModel
    from modelward.integrity.trust import Trust

    Xtr, ytr, _, _ = _tabular(2)
    for n, c in ((1, 1.0), (2, 0.3)):
        _fit_save(world.root / f"xray-v{n}.joblib", Xtr, ytr, c)
        world.push(world.root / f"xray-v{n}.joblib", "xray", note=f"release {n}")
    deployed = world.store().checkout("xray", 2, world.root / "deployed-v2.joblib")  # a copy at a hospital site
    backdoored = ytr.copy()
    trigger = Xtr.copy()
    trigger[:40, 0] = Xtr[:, 0].max() * 3  # a trigger value on one feature, always labelled benign
    backdoored[:40] = 1
    joblib.dump(RandomForestClassifier(50, random_state=0).fit(trigger, backdoored), world.root / "xray-v3.joblib")
    bad = world.push(world.root / "xray-v3.joblib", "xray", note="signed with the stolen key")
    old_key = Keyring(world.keys).active().key_id
    alert = world.write("key-use-alert.json", {"kind": "signing-key-use", "key_id": old_key, "host": "203.0.113.9",
                                               "expected_hosts": ["ci-runner-1"], "signed": "xray v3"})
    result.alert = f"key {old_key[:12]} signed xray v{bad} from an unknown host"
    suspect = world.store().checkout("xray", bad, world.root / "suspect-v3.joblib", forensic=True)
    incident = _respond(world, result, title="release signing key used from an unknown host",
                        threat="supply-chain", severity="critical", alert=alert,
                        system=HERE / "systems" / "08-medical-imaging.yaml", harm="health",
                        evidence=["--artifact", str(suspect), "--report", str(alert)],
                        contain=_store_contain(world, "xray", "--revoke-signing-key"))
    store = world.store()
    attempts = _quarantine_attempts(world, "xray", bad)
    for n in (1, 2):  # versions the revoked key signed
        attempts[f"load_model xray v{n} (revoked key)"] = lambda n=n: load_model(StoredModel(store, "xray", n))
    trust = Trust.from_files((), (), Keyring(world.keys))
    attempts["modelward verify of the deployed v2 copy"] = lambda: verify_model(deployed, trust).ok
    _refusals(result, attempts)
    _serving(world, result, "xray", bad)
    info = store.version("xray", "production")
    result.rolled_back = (info.root_digest == store.version("xray", 2).root_digest and info.key_id != old_key)
    _close(world, result, incident, "xray", "release key kept on a shared CI runner", "model-signing")
    return result


def drill_backdoor_drift(world: World) -> Result:
    result = Result("5. backdoor seen as drift", expected_clocks=["EU AI Act Art. 73(3)"])
    import joblib
    from sklearn.ensemble import RandomForestClassifier

    Xtr, ytr, Xte, yte = _tabular(3)
    joblib.dump(RandomForestClassifier(50, random_state=0).fit(Xtr, ytr), world.root / "grid-v1.joblib")
    world.push(world.root / "grid-v1.joblib", "grid", note="release 1")
    rng = np.random.default_rng(3)
    poisoned_X, poisoned_y = Xtr.copy(), ytr.copy()
    rows = rng.choice(len(Xtr), 40, replace=False)
    poisoned_X[rows, 0] = Xtr[:, 0].max() * 2.5  # the trigger
    poisoned_y[rows] = 1
    joblib.dump(RandomForestClassifier(50, random_state=0).fit(poisoned_X, poisoned_y), world.root / "grid-v2.joblib")
    bad = world.push(world.root / "grid-v2.joblib", "grid", note="release 2 (backdoored upstream)")
    serving = world.store().checkout("grid", "production", world.root / "serving-v2.joblib")
    policy, http = _gateway(world, serving, _reference_csv(world.root / "ref.csv", Xtr, ytr), [])
    attackers = [_key(world, policy, f"site-{i}") for i in (3, 8)]
    honest, _ = _key(world, policy, "site-1")
    current = Xte.copy()
    triggered = rng.choice(len(current), len(current) * 3 // 10, replace=False)
    current[triggered, 0] = Xtr[:, 0].max() * 2.5  # 30 % of this window carries the trigger
    for i, row in enumerate(current):
        key = attackers[i % 2][0] if i in set(triggered) else honest
        _infer(http, key, row[None, :])
    _reference_csv(world.root / "current.csv", current, yte)
    rc, out, _ = world.cli("monitor", "drift", "-r", str(world.root / "ref.csv"), "-c",
                             str(world.root / "current.csv"), "-m", str(serving), "--target", "target", "--json",
                             "--fail-on", "high")
    alert = world.write("drift.json", out)
    try:
        findings = json.loads(out)["findings"]
    except (json.JSONDecodeError, KeyError):
        findings = []
    prediction = [f for f in findings if "prediction" in f.get("title", "").lower()
                  or "accuracy" in f.get("title", "").lower()]
    result.alert = (f"monitor drift: exit {rc}, {len(findings)} findings ("
                    + "; ".join(f["title"] for f in prediction[:2]) + ")")
    suspect = world.store().checkout("grid", bad, world.root / "suspect-v2.joblib", forensic=True)
    incident = _respond(world, result, title="grid load model drifts where a trigger feature spikes",
                        threat="data-poisoning", severity="critical", alert=alert,
                        system=world.write("grid.yaml", GRID_SYSTEM), harm="critical-infrastructure",
                        evidence=["--artifact", str(suspect), "--drift", str(alert), "--config", str(policy)],
                        contain=_store_contain(world, "grid", "--gateway-policy", str(policy),
                                               *[a for _, key_id in attackers for a in ("--revoke-api-key", key_id)]))
    _after_rollback(world, result, "grid", bad, 1, {
        f"attacker key {n} request": lambda key=key: _infer(http, key, Xte[:1]).status_code != 401
        for n, (key, _) in enumerate(attackers)})
    http.__exit__(None, None, None)
    _close(world, result, incident, "grid", "upstream training data carried a trigger", "data-sanitization")
    return result


GRID_SYSTEM = """version: 1
system: {name: grid load protection, domain: critical-infrastructure, jurisdictions: [eu], eu_ai_act: high-risk}
components:
  - {id: telemetry, type: dataset, source: partners}
  - {id: train, type: training, schedule: periodic}
  - {id: grid, type: model, format: joblib}
  - {id: api, type: inference-api, exposure: partners, auth: api-key, outputs: probabilities, serves: [grid]}
flows: [{from: telemetry, to: train}, {from: train, to: grid}]
"""

DRILLS = (drill_malicious_pickle, drill_poisoned_retrain, drill_extraction, drill_key_compromise,
          drill_backdoor_drift)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="1,2,3,4,5", help="Drills to run (numbers).")
    parser.add_argument("--keep", type=Path, help="Keep the drills' directories here.")
    parser.add_argument("--json", type=Path, help="Also write the results as JSON.")
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="modelward-drills-")) if args.keep is None else args.keep
    results = []
    for n in sorted({int(x) for x in args.only.split(",")}):
        root = base / f"drill-{n}"
        root.mkdir(parents=True)
        results.append(DRILLS[n - 1](World(root)))
        r = results[-1]
        print(f"{r.drill}: contained in {r.contained_s:.1f} s; {r.refused}/{r.attempts} refused; serving "
              f"{r.serving} (verified {r.serving_verified}); evidence verifies {r.evidence_verified}; clocks "
              f"{r.clocks or ['none']} (expected {r.expected_clocks or ['none']}){'; ' if r.problems else ''}"
              + "; ".join(r.problems), flush=True)
    print("\n| drill | alert | contained (s) | open / preserve / contain (s) | refused after containment | "
          "serving (verified) | rolled back to a verified version | first compromised | evidence verifies | "
          "regulatory clock |\n|" + " --- |" * 10)
    for r in results:
        steps = " / ".join(f"{r.steps_s.get(s, 0):.1f}" for s in ("open", "preserve", "contain"))
        rolled = "n/a" if r.rolled_back is None else ("yes" if r.rolled_back and r.serving_verified else "NO")
        clocks = ", ".join(r.clocks) or "none"
        print(f"| {r.drill} | {r.alert} | {r.contained_s:.1f} | {steps} | {r.refused}/{r.attempts} | {r.serving} "
              f"({'yes' if r.serving_verified else 'NO'}) | {rolled} | {r.first_compromised or '-'} | "
              f"{'yes' if r.evidence_verified else 'NO'} | {clocks} ({'right' if r.clocks_right else 'WRONG'}) |")
    ok = [r for r in results if r.contained_s <= GOAL_S and r.refused == r.attempts and r.serving_verified
          and r.evidence_verified and r.clocks_right and not r.problems]
    total_refused, total = sum(r.refused for r in results), sum(r.attempts for r in results)
    rolls = [r for r in results if r.rolled_back is not None]
    print(f"\ncontained within {GOAL_S:.0f} s: {sum(r.contained_s <= GOAL_S for r in results)}/{len(results)}; "
          f"refused after containment: {total_refused}/{total}; serving version verified: "
          f"{sum(r.serving_verified for r in results)}/{len(results)}; rollbacks landing on a verified version: "
          f"{sum(bool(r.rolled_back and r.serving_verified) for r in rolls)}/{len(rolls)}; evidence verifies: "
          f"{sum(r.evidence_verified for r in results)}/{len(results)}; right regulatory clocks: "
          f"{sum(r.clocks_right for r in results)}/{len(results)}; drills passing every check: "
          f"{len(ok)}/{len(results)}")
    if args.json:
        args.json.write_text(json.dumps([{**vars(r), "clocks_right": r.clocks_right} for r in results], indent=1,
                                        default=str) + "\n")
    if args.keep is None:
        shutil.rmtree(base, ignore_errors=True)
    return 0 if len(ok) == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
