import json

import typer
from typer.testing import CliRunner

from modelward.cli import threats
from modelward.core.taxonomy import load_taxonomy

WIDE = {"COLUMNS": "200"}
TAX = load_taxonomy()


def _run(app, *args):
    return CliRunner().invoke(app, list(args), env=WIDE)


def test_list_shows_every_threat_with_ids_and_default_risk():
    result = _run(threats.app)
    assert result.exit_code == 0, result.output
    for threat in TAX.threats.values():
        assert threat.id in result.output
        for ref_id in threat.atlas_ids + threat.owasp_ml_ids + threat.owasp_llm_ids:
            assert ref_id in result.output
    sc = TAX.threat("supply-chain")
    assert f"{sc.likelihood}x{sc.impact}={sc.likelihood * sc.impact}" in result.output


def test_list_json_matches_the_taxonomy():
    result = _run(threats.app, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["taxonomy_version"] == TAX.version
    rows = {row["id"]: row for row in data["threats"]}
    assert set(rows) == set(TAX.threats)
    dp = TAX.threat("data-poisoning")
    assert rows["data-poisoning"]["atlas"] == list(dp.atlas_ids)
    assert rows["data-poisoning"]["default_risk"] == dp.likelihood * dp.impact


def test_show_prints_names_reasons_and_how_to_apply_mitigations():
    result = _run(threats.app, "show", "supply-chain")
    assert result.exit_code == 0, result.output
    sc = TAX.threat("supply-chain")
    for ref in sc.atlas + sc.owasp_ml + sc.owasp_llm:
        assert ref.id in result.output and ref.name in result.output
    assert sc.likelihood_reason in result.output
    for m in TAX.mitigations_for("supply-chain"):
        assert m.id in result.output
    assert "guidance only" in result.output or any(m.command in result.output
                                                   for m in TAX.mitigations_for("supply-chain"))


def test_show_json_has_all_fields_and_mitigations():
    result = _run(threats.app, "show", "evasion", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    ev = TAX.threat("evasion")
    assert data["atlas"] == [{"id": r.id, "name": r.name} for r in ev.atlas]
    assert (data["likelihood"], data["impact"]) == (ev.likelihood, ev.impact)
    assert data["likelihood_reason"] == ev.likelihood_reason
    assert [m["id"] for m in data["mitigations"]] == [m.id for m in TAX.mitigations_for("evasion")]
    validation = next(m for m in data["mitigations"] if m["id"] == "model-validation")
    assert validation["how"] == (TAX.mitigations["model-validation"].command or "guidance only")


def test_unknown_id_exits_2_and_lists_known_ids():
    result = _run(threats.app, "show", "no-such-threat")
    assert result.exit_code == 2
    assert "no-such-threat" in result.output
    assert all(tid in result.output for tid in TAX.threats)


def test_app_works_when_mounted_as_a_sub_command():
    main = typer.Typer()

    @main.callback()
    def _root() -> None:
        pass

    main.add_typer(threats.app, name="threats")
    listed = _run(main, "threats", "--json")
    assert listed.exit_code == 0, listed.output
    assert {r["id"] for r in json.loads(listed.stdout)["threats"]} == set(TAX.threats)
    shown = _run(main, "threats", "show", "bias", "--json")
    assert shown.exit_code == 0 and json.loads(shown.stdout)["id"] == "bias"
    assert _run(main, "threats", "show", "nope").exit_code == 2


def test_real_entry_point_reports_unknown_threat_as_usage_error(cli):
    code, _out, err = cli("threats", "show", "nope")
    assert code == 2 and "unknown threat 'nope'" in err


def test_ids_are_never_cut_in_80_columns():
    result = CliRunner().invoke(threats.app, [], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert max(len(line) for line in lines) <= 80
    for threat in TAX.threats.values():
        assert any(f"│ {threat.id} " in line for line in lines), threat.id
        for ref_id in threat.atlas_ids:
            assert ref_id in result.output
