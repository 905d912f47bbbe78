"""A CycloneDX 1.6 ML-BOM of a model, built with cyclonedx-python-lib: the model (its files and SHA-256
hashes), its training datasets (hashes), the Python packages of its environment (purls), the
dependencies between them, and the model card (CycloneDX `modelCard`: datasets, performance metrics
from the assessment, and considerations from the risk register). The result is validated against the
CycloneDX 1.6 JSON schema before it is returned.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from modelward.core.errors import require
from modelward.core.report import Report, merge_reports, risk_register
from modelward.integrity.errors import IntegrityError
from modelward.integrity.lineage import Lineage


def _model_card(lineage: Lineage, reports: Sequence[Report], data_refs: list[str]) -> dict[str, Any]:
    metrics = [{"type": f"{f.check_id}:{name}", "value": f"{value:.6g}"}
               for r in reports for f in r.sorted_findings() for name, value in f.evidence.measurements.items()
               if isinstance(value, int | float) and not isinstance(value, bool)]
    card: dict[str, Any] = {"modelParameters": {"datasets": [{"ref": ref} for ref in data_refs]}}
    if metrics:
        card["quantitativeAnalysis"] = {"performanceMetrics": metrics[:200]}
    if reports:
        entries = [e for e in risk_register(merge_reports(reports)) if e.assessed]
        if entries:
            card["considerations"] = {"ethicalConsiderations": [
                {"name": f"{e.threat}: {e.level} risk ({e.basis}: {e.reason})"[:500],
                 "mitigationStrategy": "applied: " + (", ".join(e.mitigations_applied) or "none")
                                       + "; recommended: " + (", ".join(e.mitigations_recommended) or "none")}
                for e in entries]}
    return card


def ml_bom(lineage: Lineage, reports: Sequence[Report] = ()) -> dict[str, Any]:
    """The ML-BOM as a CycloneDX 1.6 JSON object; IntegrityError if it does not validate."""
    require("cyclonedx", "integrity", "Writing a CycloneDX ML-BOM")
    from cyclonedx.model import HashAlgorithm, HashType, Property
    from cyclonedx.model.bom import Bom
    from cyclonedx.model.component import Component, ComponentType
    from cyclonedx.output.json import JsonV1Dot6
    from cyclonedx.schema import SchemaVersion
    from cyclonedx.validation.json import JsonStrictValidator
    from packageurl import PackageURL

    def sha(digest: str) -> list[HashType]:
        return [HashType(alg=HashAlgorithm.SHA_256, content=digest)]

    bom = Bom()
    files = [Component(name=name if name != "." else lineage.model_name, type=ComponentType.FILE,
                       hashes=sha(items[0].digest), bom_ref=f"file:{name}")
             for name, items in lineage.manifest.files.items()]
    model = Component(name=lineage.model_name, type=ComponentType.MACHINE_LEARNING_MODEL,
                      version=lineage.version or None, bom_ref="model", components=files,
                      properties=[Property(name="modelward:root_digest", value=lineage.manifest.root_digest)])
    bom.metadata.component = model
    datasets = [Component(name=d.name, type=ComponentType.DATA, hashes=sha(d.sha256), bom_ref=f"data:{d.name}",
                          properties=[Property(name="modelward:bytes", value=str(d.size))])
                for d in lineage.datasets]
    packages = [Component(name=name, version=version, type=ComponentType.LIBRARY,
                          purl=PackageURL("pypi", None, name, version), bom_ref=f"pkg:pypi/{name}@{version}")
                for name, version in dict(lineage.environment.get("packages", {})).items()]
    for c in (*datasets, *packages):
        bom.components.add(c)
    bom.register_dependency(model, [*datasets, *packages])
    doc: dict[str, Any] = json.loads(JsonV1Dot6(bom).output_as_string())
    doc["metadata"]["component"]["modelCard"] = _model_card(lineage, reports, [f"data:{d.name}" for d in datasets])
    text = json.dumps(doc)
    error = JsonStrictValidator(SchemaVersion.V1_6).validate_str(text)
    if error is not None:
        raise IntegrityError(f"the ML-BOM does not validate against CycloneDX 1.6: {error}")
    return doc
