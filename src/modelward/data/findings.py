"""One way to build the data package's findings: severity from the rubric when likelihood and impact
were measured, info otherwise."""

from __future__ import annotations

from modelward.core.findings import Evidence, Finding, JSONScalar, Location, Severity, severity_of


def finding(check_id: str, threat: str, title: str, description: str, method: str,
            measurements: dict[str, JSONScalar], likelihood: int | None = None, impact: int | None = None,
            location: Location | None = None, mitigations: tuple[str, ...] = (), rationale: str = "",
            series: dict[str, list[float]] | None = None) -> Finding:
    severity = severity_of(likelihood, impact) if likelihood and impact else Severity.INFO
    return Finding(check_id, threat, severity, title, description, location or Location(),
                   Evidence(method, measurements, series or {}, likelihood, impact, rationale), mitigations)
