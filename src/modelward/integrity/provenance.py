"""SLSA provenance (v1) of a model in an in-toto statement: the model's files are the subjects; the
build definition records the hyperparameters (external parameters), the environment (internal
parameters), the code revision and the datasets (resolved dependencies); the scan and assessment
reports are byproducts with their verdicts. `sign_provenance` wraps it in a DSSE envelope in a Sigstore
bundle, signed like a model.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from modelward import __version__
from modelward.integrity.bundle import write_bundle
from modelward.integrity.dsse import IN_TOTO_PAYLOAD_TYPE
from modelward.integrity.lineage import Lineage
from modelward.integrity.signer import Signer, sign_payload
from modelward.integrity.statement import STATEMENT_TYPE, encode

SLSA_PREDICATE = "https://slsa.dev/provenance/v1"
BUILD_TYPE = "https://modelward.dev/model-training/v1"


def provenance_statement(lineage: Lineage, builder_id: str = "", invocation: str = "") -> dict[str, Any]:
    subjects = [{"name": name if name != "." else lineage.model_name, "digest": {"sha256": items[0].digest}}
                for name, items in lineage.manifest.files.items()]
    deps: list[dict[str, Any]] = []
    if lineage.code is not None:
        code: dict[str, Any] = {"uri": lineage.code.remote or f"file:{lineage.code.path}", "name": "training code"}
        if lineage.code.revision:
            code["digest"] = {"gitCommit": lineage.code.revision}
        if lineage.code.branch:
            code["annotations"] = {"branch": lineage.code.branch}
        deps.append(code)
    deps += [{"name": d.name, "uri": f"file:{d.path}", "digest": {"sha256": d.sha256},
              "annotations": {"role": "training data", "bytes": d.size}} for d in lineage.datasets]
    byproducts = [{"name": r.report, "digest": {"sha256": r.report_sha256}, "mediaType": "application/json",
                   "annotations": {"kind": r.kind, "verdict": r.verdict, "worst": r.worst, "findings": r.findings,
                                   "files_scanned": list(r.scanned), "files_not_covered": list(r.not_covered)}}
                  for r in lineage.reports]
    predicate = {
        "buildDefinition": {
            "buildType": BUILD_TYPE,
            "externalParameters": {"hyperparameters": dict(lineage.hyperparameters), "model": lineage.model_name,
                                   "version": lineage.version},
            "internalParameters": {"environment": dict(lineage.environment)},
            "resolvedDependencies": deps,
        },
        "runDetails": {
            "builder": {"id": builder_id or f"https://modelward.dev/modelward@{__version__}"},
            "metadata": {"invocationId": invocation, "finishedOn": lineage.created},
            "byproducts": byproducts,
        },
    }
    return {"_type": STATEMENT_TYPE, "subject": subjects, "predicateType": SLSA_PREDICATE, "predicate": predicate}


def sign_provenance(statement: dict[str, Any], signer: Signer, out: Path) -> Path:
    """The statement in a DSSE envelope, in a Sigstore bundle written to `out`."""
    return write_bundle(sign_payload(encode(statement), signer, IN_TOTO_PAYLOAD_TYPE), Path(out))
