import json
from datetime import date

from tests.governance.conftest import CREDIT

from modelward.core.findings import Severity
from modelward.core.render.json import to_json
from modelward.core.report import Report
from modelward.governance import load_system, threat_model, to_report
from modelward.governance.diff import diff_models
from modelward.governance.privacy import privacy_entries, privacy_markdown


def test_the_register_is_a_core_report_that_round_trips(write_system):
    extra = ("decisions:\n  - {threat: bias, component: model, status: accepted, reason: r, expires: 2027-01-01}\n"
             "  - {threat: evasion, component: model, status: not-applicable, reason: vetted brokers}\n")
    model = threat_model(load_system(write_system(extra=extra)), today=date(2026, 12, 1))
    report = to_report(model)
    again = Report.from_dict(json.loads(to_json(report)))
    assert len(again.findings) == len(report.findings) == len(model.threats) - 1
    accepted = [f for f in again.findings if f.threat == "bias"]
    assert accepted[0].severity == Severity.INFO and accepted[0].title.startswith("Accepted until 2027-01-01")
    assert [s.subject for s in again.skipped] == ["evasion on model"]
    mi = next(f for f in again.findings if f.threat == "membership-inference")
    assert mi.location.member == "model" and "AML.T0024.000" in mi.evidence.measurements["atlas"]
    assert mi.evidence.measurements["cosai"] == "SDD"


def test_a_diff_shows_what_changed_in_risk(write_system):
    old = threat_model(load_system(write_system()), today=date(2026, 12, 1))
    public = CREDIT.replace("exposure: partners", "exposure: public")
    new = threat_model(load_system(write_system(public, "v2.yaml")), today=date(2026, 12, 1))
    changes = {(c.component, c.threat): c for c in diff_models(old, new)}
    assert changes[("model", "model-stealing")].change == "worse"


def test_privacy_section_lists_personal_data_and_what_is_not_stated(write_system):
    model = threat_model(load_system(write_system()), today=date(2026, 12, 1))
    entries = {e["component"]: e for e in privacy_entries(model)}
    assert {"applications", "bureau", "model"} <= set(entries)
    assert entries["bureau"]["missing"] == ["data_subjects", "purpose", "lawful_basis", "retention"]
    assert "lawful_basis" not in entries["applications"]["missing"]
    assert "membership-inference" in {t["threat"] for t in entries["model"]["threats"]}
    assert "**not stated**" in privacy_markdown(model)
