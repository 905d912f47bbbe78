"""Regulatory clocks an incident starts, from the system it happened in and what it harmed.

- EU AI Act (Regulation (EU) 2024/1689) art. 73, providers of high-risk systems: report a serious incident
  within 15 days of becoming aware (73(2)); 2 days for a widespread infringement or a serious and
  irreversible disruption of critical infrastructure (73(3)); 10 days in the event of a death (73(4)).
- GDPR (Regulation (EU) 2016/679) art. 33: a personal data breach to the supervisory authority within 72 hours.
- NIS2 (Directive (EU) 2022/2555) art. 23(4): essential and important entities, early warning within 24
  hours and incident notification within 72 hours of a significant incident.
Sources checked 2026-12-02 (docs/governance.md lists them); the clocks are a reminder, not legal advice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

HARMS = ("none", "health", "death", "critical-infrastructure", "widespread", "fundamental-rights", "property",
         "personal-data")


@dataclass(frozen=True)
class Clock:
    regulation: str
    article: str
    what: str
    deadline: str  # ISO time
    hours: int

    def to_dict(self) -> dict[str, Any]:
        return dict(vars(self))


def regulatory_clocks(aware: datetime, *, eu_high_risk: bool, in_eu: bool, harm: str, personal_data: bool,
                      nis2_entity: bool = False) -> tuple[Clock, ...]:
    """The deadlines that start at `aware` for this incident (none when none applies)."""
    clocks = []

    def add(regulation: str, article: str, what: str, hours: int) -> None:
        clocks.append(Clock(regulation, article, what, (aware + timedelta(hours=hours)).isoformat(), hours))

    serious = harm in ("health", "death", "critical-infrastructure", "widespread", "fundamental-rights", "property")
    if eu_high_risk and in_eu and serious:
        if harm in ("critical-infrastructure", "widespread"):
            add("EU AI Act", "Art. 73(3)", "serious incident report (widespread infringement or critical "
                "infrastructure): immediately, at most 2 days", 48)
        elif harm == "death":
            add("EU AI Act", "Art. 73(4)", "serious incident report (death of a person): immediately, at most 10 days",
                240)
        else:
            add("EU AI Act", "Art. 73(2)", "serious incident report: immediately, at most 15 days", 360)
    if in_eu and (personal_data or harm == "personal-data"):
        add("GDPR", "Art. 33", "personal data breach notification to the supervisory authority", 72)
    if in_eu and nis2_entity:
        add("NIS2", "Art. 23(4)(a)", "early warning of a significant incident", 24)
        add("NIS2", "Art. 23(4)(b)", "incident notification", 72)
    return tuple(sorted(clocks, key=lambda c: c.hours))
