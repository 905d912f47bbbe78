import re
from pathlib import Path

import pytest

from modelward.core.errors import ConfigError
from modelward.core.taxonomy import ExternalRef, load_taxonomy, parse_taxonomy, ref_ids

# The id shapes of each source, written here independently of the loader.
ATLAS = re.compile(r"AML\.T\d{4}(\.\d{3})?")
OWASP_ML = re.compile(r"ML0[1-9]|ML10")
OWASP_LLM = re.compile(r"LLM0[1-9]|LLM10")

# The threats of the design's taxonomy table; its `llm-*` row names four LLM threats.
DESIGN_THREATS = {
    "data-poisoning", "evasion", "model-inversion", "membership-inference", "model-stealing",
    "supply-chain", "data-leakage", "model-drift", "insider-threat", "output-integrity", "bias",
    "llm-prompt-injection", "llm-output-handling", "llm-unbounded-consumption", "llm-excessive-agency",
}

TAX = load_taxonomy()


def test_design_threats_are_all_present():
    assert TAX.threat_ids >= DESIGN_THREATS


@pytest.mark.parametrize("threat", TAX.threats.values(), ids=lambda t: t.id)
def test_external_ids_have_their_source_format_and_a_name(threat):
    for refs, pattern in ((threat.atlas, ATLAS), (threat.owasp_ml, OWASP_ML), (threat.owasp_llm, OWASP_LLM)):
        for ref in refs:
            assert isinstance(ref, ExternalRef)
            assert pattern.fullmatch(ref.id), ref
            assert ref.name.strip() and ref.name != ref.id
        assert len(ref_ids(refs)) == len(set(ref_ids(refs)))
    assert 1 <= threat.likelihood <= 5 and 1 <= threat.impact <= 5
    assert threat.default_risk == threat.likelihood * threat.impact
    for reason in (threat.likelihood_reason, threat.impact_reason):
        assert reason and "\n" not in reason


def test_id_helpers_match_the_references():
    dp = TAX.threat("data-poisoning")
    assert dp.atlas_ids == tuple(r.id for r in dp.atlas)
    assert "AML.T0020" in dp.atlas_ids and "ML02" in dp.owasp_ml_ids and dp.owasp_llm_ids == ("LLM04",)
    assert dp.to_dict()["atlas"][0] == {"id": dp.atlas[0].id, "name": dp.atlas[0].name}


def test_the_same_external_id_has_one_name_everywhere():
    names: dict[str, str] = {}
    for threat in TAX.threats.values():
        for ref in threat.atlas + threat.owasp_ml + threat.owasp_llm:
            assert names.setdefault(ref.id, ref.name) == ref.name, ref.id


def test_every_mitigation_names_existing_threats_and_every_threat_has_one():
    for m in TAX.mitigations.values():
        assert m.threats and set(m.threats) <= TAX.threat_ids, m.id
        assert m.how == (m.command or "guidance only")
    for tid in TAX.threat_ids:
        assert TAX.mitigations_for(tid), tid


def test_mitigation_ids_used_elsewhere_still_exist():
    # ids other modules and saved reports refer to; renaming one breaks them
    for mid in ("model-validation", "artifact-scanning", "safe-serialization", "model-signing",
                "adversarial-training", "differential-privacy", "query-limits", "data-sanitization",
                "pii-scrubbing", "drift-monitoring", "access-control", "fail-safe"):
        assert mid in TAX.mitigations


def test_sources_record_version_and_date_checked():
    assert set(TAX.sources) == {"atlas", "owasp_ml", "owasp_llm", "nist_csf"}
    for source in TAX.sources.values():
        assert source.url.startswith("https://")
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", source.checked)
        assert source.version


def test_docs_table_lists_every_threat_and_external_id_with_its_name():
    doc = (Path(__file__).parents[2] / "docs" / "taxonomy.md").read_text("utf-8")
    for threat in TAX.threats.values():
        assert f"`{threat.id}`" in doc
        for ref in threat.atlas + threat.owasp_ml + threat.owasp_llm:
            assert f"{ref.id} {ref.name}" in doc, ref


def test_unknown_threat_lists_known_ids():
    with pytest.raises(ConfigError, match=r"unknown threat 'nope'.*data-poisoning"):
        TAX.threat("nope")


def test_taxonomy_is_read_only():
    with pytest.raises(TypeError):
        TAX.threats["x"] = TAX.threat("bias")  # type: ignore[index]


# ---------------------------------------------------------------- invalid files

THREAT = """
[[threat]]
id = "t-one"
name = "T one"
description = "d"
atlas = [{id = "AML.T0020", name = "Training Data Poisoning"}]
owasp_ml = [{id = "ML02", name = "Data Poisoning Attack"}]
owasp_llm = []
nist_csf = ["protect"]
likelihood = 3
likelihood_reason = "r"
impact = 2
impact_reason = "r"
"""
MITIGATION = """
[[mitigation]]
id = "m-one"
title = "M"
description = "d"
threats = ["t-one"]
command = ""
"""


def test_minimal_valid_file_parses():
    tax = parse_taxonomy(THREAT + MITIGATION)
    t = tax.threat("t-one")
    assert t.atlas == (ExternalRef("AML.T0020", "Training Data Poisoning"),)
    assert t.owasp_ml_ids == ("ML02",) and t.owasp_llm == ()
    assert tax.mitigations_for("t-one")[0].how == "guidance only"


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ('atlas = [{id = "AML.T0020"', 'atlas = [{id = "AML.T20"', "atlas"),
        ('atlas = [{id = "AML.T0020", name = "Training Data Poisoning"}]', 'atlas = ["AML.T0020"]', "atlas"),
        ('name = "Training Data Poisoning"', 'name = ""', "atlas"),
        ('owasp_ml = [{id = "ML02"', 'owasp_ml = [{id = "ML11"', "owasp_ml"),
        ("owasp_llm = []", 'owasp_llm = [{id = "LLM1", name = "x"}]', "owasp_llm"),
        ("likelihood = 3", "likelihood = 6", "likelihood"),
        ("impact = 2", 'impact = "high"', "impact"),
        ('nist_csf = ["protect"]', 'nist_csf = ["defend"]', "nist_csf"),
        ('likelihood_reason = "r"', "", "likelihood_reason"),
        ('description = "d"\natlas', 'atlas', "description"),
    ],
)
def test_invalid_threat_field_raises_config_error_naming_it(old, new, field):
    text = THREAT.replace(old, new, 1)
    assert text != THREAT
    with pytest.raises(ConfigError, match=field):
        parse_taxonomy(text + MITIGATION)


def test_duplicate_reference_is_rejected():
    text = THREAT.replace('owasp_ml = [{id = "ML02", name = "Data Poisoning Attack"}]',
                          'owasp_ml = [{id = "ML02", name = "a"}, {id = "ML02", name = "b"}]')
    with pytest.raises(ConfigError, match=r"owasp_ml.*ML02 appears twice"):
        parse_taxonomy(text + MITIGATION)


def test_mitigation_naming_unknown_threat_is_rejected():
    with pytest.raises(ConfigError, match=r"mitigation m-one\.threats.*t-two"):
        parse_taxonomy(THREAT + MITIGATION.replace('["t-one"]', '["t-one", "t-two"]'))


def test_threat_without_mitigation_is_rejected():
    with pytest.raises(ConfigError, match=r"t-one.*no mitigation"):
        parse_taxonomy(THREAT)


def test_duplicate_ids_are_rejected():
    with pytest.raises(ConfigError, match="threat id t-one appears twice"):
        parse_taxonomy(THREAT + THREAT + MITIGATION)
    with pytest.raises(ConfigError, match="mitigation id m-one appears twice"):
        parse_taxonomy(THREAT + MITIGATION + MITIGATION)


def test_broken_toml_and_bad_sources_raise_config_error():
    with pytest.raises(ConfigError, match="not valid TOML"):
        parse_taxonomy("[[threat]\nid =")
    with pytest.raises(ConfigError, match=r"sources\.atlas\.checked"):
        parse_taxonomy('[sources.atlas]\ntitle = "A"\nurl = "https://x"\nversion = "1"\n' + THREAT + MITIGATION)
