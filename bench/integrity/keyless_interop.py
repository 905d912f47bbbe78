"""Keyless Sigstore bundles, verified offline by modelward and by sigstore-python side by side.

A private Sigstore (Fulcio-style CA, CT log, Rekor log; tests/integrity/sigstore_world.py) makes a keyless
bundle and its trusted_root.json; each tampered variant is judged by both verifiers, and the verdicts must
agree. sigstore-python runs in the model-signing bench venv (it ships with model-signing):

    python3 -m venv bench/.venv-model-signing && bench/.venv-model-signing/bin/pip install model-signing
    .venv/bin/python bench/integrity/keyless_interop.py
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.integrity.sigstore_world import IDENTITY, ISSUER, KeylessWorld  # noqa: E402

from modelward.integrity.bundle import parse_bundle  # noqa: E402
from modelward.integrity.errors import Rejected  # noqa: E402
from modelward.integrity.keyless import KeylessTrust, parse_trust_root  # noqa: E402
from modelward.integrity.trust import Trust, verify_envelope  # noqa: E402

SIGSTORE_PY = ROOT / "bench" / ".venv-model-signing" / "bin" / "python"
SIGSTORE_CHECK = """
import json, sys
from sigstore.models import Bundle, TrustedRoot
from sigstore.verify import Verifier, policy
verifier = Verifier(trusted_root=TrustedRoot.from_file(sys.argv[1]))
out = {}
for path in sys.argv[4:]:
    try:
        identity = policy.Identity(identity=sys.argv[2], issuer=sys.argv[3])
        verifier.verify_dsse(Bundle.from_json(open(path).read()), identity)
        out[path] = "accepted"
    except Exception as exc:
        out[path] = "refused: " + str(exc)[:90]
print(json.dumps(out))
"""


def _entry(b):
    return b["verificationMaterial"]["tlogEntries"][0]


def _flip(text):
    import base64
    raw = bytearray(base64.b64decode(text))
    raw[len(raw) // 2] ^= 1
    return base64.b64encode(bytes(raw)).decode()


def variants(world: KeylessWorld, good: dict) -> dict[str, dict]:
    out = {"genuine": good}

    def edit(name, change):
        bad = copy.deepcopy(good)
        change(bad)
        out[name] = bad

    edit("entry body altered", lambda b: _entry(b).update(canonicalizedBody=_flip(_entry(b)["canonicalizedBody"])))
    edit("inclusion proof altered", lambda b: _entry(b)["inclusionProof"]["hashes"].__setitem__(
        0, _flip(_entry(b)["inclusionProof"]["hashes"][0])))
    edit("checkpoint altered", lambda b: _entry(b)["inclusionProof"]["checkpoint"].update(
        envelope=_entry(b)["inclusionProof"]["checkpoint"]["envelope"].replace("\n11\n", "\n12\n")))
    edit("integrated time altered",
         lambda b: _entry(b).update(integratedTime=str(int(_entry(b)["integratedTime"]) - 5)))
    edit("payload altered", lambda b: b["dsseEnvelope"].update(payload=_flip(b["dsseEnvelope"]["payload"])))
    edit("signature altered", lambda b: b["dsseEnvelope"]["signatures"][0].update(
        sig=_flip(b["dsseEnvelope"]["signatures"][0]["sig"])))
    from cryptography.hazmat.primitives.asymmetric import ec
    other = ec.generate_private_key(ec.SECP256R1())
    env = good["dsseEnvelope"]
    out["logged by an untrusted log"] = world.bundle_for(env, log_key=other)
    out["certificate without SCT"] = world.bundle_for(env, leaf=world.make_leaf(sct=False))
    out["SCT by an untrusted CT log"] = world.bundle_for(env, leaf=world.make_leaf(ct_key=other))
    out["certificate of another identity"] = world.bundle_for(env, leaf=world.make_leaf(identity="x@example.org"))
    out["certificate of another issuer"] = world.bundle_for(env, leaf=world.make_leaf(issuer="https://evil.example"))
    out["not a code-signing certificate"] = world.bundle_for(env, leaf=world.make_leaf(code_signing=False))
    out["logged after the certificate expired"] = world.bundle_for(env, integrated=world.now + dt.timedelta(hours=1))
    out["certificate from another CA"] = world.bundle_for(env, leaf=KeylessWorld().leaf)
    return out


def ours(bundle: dict, trust: Trust) -> str:
    try:
        verify_envelope(parse_bundle(json.dumps(bundle)), trust)
        return "accepted"
    except Rejected as exc:
        return "refused: " + str(exc)[:90]


def main() -> int:
    world = KeylessWorld()
    good = world.bundle_for(world.sign_envelope(b'{"_type":"https://in-toto.io/Statement/v1","subject":[],'
                                                b'"predicateType":"https://model_signing/signature/v1.0",'
                                                b'"predicate":{}}'))
    cases = variants(world, good)
    trust = Trust(keyless=KeylessTrust(parse_trust_root(json.dumps(world.trusted_root()).encode()), IDENTITY, ISSUER))
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "trusted_root.json"
        root.write_text(json.dumps(world.trusted_root()))
        paths = {}
        for i, (name, bundle) in enumerate(cases.items()):
            paths[name] = Path(tmp) / f"{i}.sigstore.json"
            paths[name].write_text(json.dumps(bundle))
        start = time.perf_counter()
        mine = {name: ours(b, trust) for name, b in cases.items()}
        our_ms = (time.perf_counter() - start) * 1000 / len(cases)
        theirs: dict[str, str] = {}
        if SIGSTORE_PY.exists():
            run = subprocess.run([str(SIGSTORE_PY), "-c", SIGSTORE_CHECK, str(root), IDENTITY, ISSUER,
                                  *map(str, paths.values())], capture_output=True, text=True, timeout=300)
            by_path = json.loads(run.stdout) if run.returncode == 0 else {}
            theirs = {name: by_path.get(str(p), "error: " + run.stderr[-200:]) for name, p in paths.items()}
    print("| case | modelward | sigstore-python | agree |\n| --- | --- | --- | --- |")
    agree = 0
    for name in cases:
        a, b = mine[name], theirs.get(name, "not run (no bench/.venv-model-signing)")
        same = a.split(":")[0] == b.split(":")[0]
        agree += same
        print(f"| {name} | {a} | {b} | {'yes' if same else '**no**'} |")
    print(f"\nverdicts agree: {agree}/{len(cases)}; modelward {our_ms:.1f} ms per bundle")
    return 0 if agree == len(cases) else 1


if __name__ == "__main__":
    sys.exit(main())
