import hashlib
import json

import pytest

from modelward import __version__
from modelward.core.findings import Evidence, Finding, Severity
from modelward.core.render.json import to_json
from modelward.core.report import InputRecord, Metadata, Report
from modelward.integrity import keys
from modelward.integrity.bundle import read_bundle
from modelward.integrity.errors import IntegrityError
from modelward.integrity.lineage import collect, git_revision, load_hyperparameters
from modelward.integrity.modelcard import model_card
from modelward.integrity.provenance import SLSA_PREDICATE, provenance_statement, sign_provenance
from modelward.integrity.signer import KeySigner
from modelward.integrity.trust import Trust, TrustedKey, verify_envelope

from .conftest import make_model

yaml = pytest.importorskip("yaml")


def fake_repo(root, packed=False, detached=False):
    git = root / ".git"
    (git / "refs" / "heads").mkdir(parents=True)
    sha = "0123456789abcdef0123456789abcdef01234567"
    if detached:
        (git / "HEAD").write_text(sha + "\n")
    else:
        (git / "HEAD").write_text("ref: refs/heads/main\n")
        if packed:
            (git / "packed-refs").write_text(f"# pack-refs\n{sha} refs/heads/main\n")
        else:
            (git / "refs" / "heads" / "main").write_text(sha + "\n")
    (git / "config").write_text('[remote "origin"]\n\turl = https://example.org/team/model.git\n')
    return sha


@pytest.mark.parametrize("packed, detached", [(False, False), (True, False), (False, True)])
def test_the_code_revision_is_read_from_git_files(tmp_path, packed, detached):
    sha = fake_repo(tmp_path, packed, detached)
    (tmp_path / "src" / "train").mkdir(parents=True)
    code = git_revision(tmp_path / "src" / "train")
    assert code.revision == sha and code.remote == "https://example.org/team/model.git"
    assert code.branch == (None if detached else "main")


def test_code_outside_a_repository_has_no_revision(tmp_path):
    (tmp_path / "code").mkdir()
    assert git_revision(tmp_path / "code").revision is None


@pytest.fixture
def reports(tmp_path):
    model = make_model(tmp_path / "model")
    scan = tmp_path / "scan.json"
    scan.write_text(to_json(Report(Metadata(__version__, "scan", inputs=(
        InputRecord.of_file(model / "weights.bin", "model"),)))))
    assess = tmp_path / "assess.json"
    finding = Finding("validation.performance", "model-drift", Severity.LOW, "Held-out accuracy 0.951",
                      evidence=Evidence("held-out", {"accuracy": 0.951, "roc_auc": 0.99}, likelihood=1, impact=3))
    assess.write_text(to_json(Report(Metadata(__version__, "assess"), findings=(finding,))))
    data = tmp_path / "train.csv"
    data.write_text("x,y\n1,0\n2,1\n")
    (tmp_path / "hp.json").write_text('{"C": 0.5, "max_iter": 200}')
    return model, scan, assess, data


def test_provenance_records_files_data_code_environment_and_reports(tmp_path, reports):
    model, scan, assess, data = reports
    sha = fake_repo(tmp_path)
    lineage = collect(model, datasets=[data], code=tmp_path, hyperparameters=load_hyperparameters(tmp_path / "hp.json"),
                      reports=[scan, assess], packages=["numpy"])
    st = provenance_statement(lineage)
    assert st["predicateType"] == SLSA_PREDICATE
    subjects = {s["name"]: s["digest"]["sha256"] for s in st["subject"]}
    assert subjects["weights.bin"] == hashlib.sha256((model / "weights.bin").read_bytes()).hexdigest()
    build = st["predicate"]["buildDefinition"]
    assert build["externalParameters"]["hyperparameters"] == {"C": 0.5, "max_iter": 200}
    assert set(build["internalParameters"]["environment"]["packages"]) == {"numpy"}
    deps = {d["name"]: d for d in build["resolvedDependencies"]}
    assert deps["training code"]["digest"] == {"gitCommit": sha}
    assert deps["train.csv"]["digest"]["sha256"] == hashlib.sha256(data.read_bytes()).hexdigest()
    byproducts = st["predicate"]["runDetails"]["byproducts"]
    verdicts = {b["annotations"]["kind"]: b["annotations"]["verdict"] for b in byproducts}
    assert verdicts == {"scan": "clean", "assess": "clean"}


def test_signed_provenance_verifies_and_detects_tampering(tmp_path, reports):
    model = reports[0]
    k = keys.generate()
    statement = provenance_statement(collect(model))
    path = sign_provenance(statement, KeySigner(k), tmp_path / "prov.sigstore.json")
    trust = Trust((TrustedKey(keys.PublicKey.of(k.public_key())),))
    bundle = read_bundle(path)
    assert verify_envelope(bundle, trust).key_id == keys.key_id(k.public_key())
    assert json.loads(bundle.envelope.payload)["subject"] == statement["subject"]
    raw = json.loads(path.read_text())
    raw["dsseEnvelope"]["payload"] = raw["dsseEnvelope"]["payload"][:-8] + "AAAAAAA="
    path.write_text(json.dumps(raw))
    from modelward.integrity.errors import Rejected

    with pytest.raises(Rejected):
        verify_envelope(read_bundle(path), trust)


def test_the_model_card_has_metadata_and_says_what_was_not_assessed(tmp_path, reports):
    from modelward.core.render.json import from_json

    model, scan, assess, data = reports
    lineage = collect(model, datasets=[data], reports=[scan, assess])
    card = model_card(lineage, [from_json(assess.read_text())], intended_use="Credit scoring triage.",
                      license="apache-2.0", signature_key="ab" * 32)
    front = yaml.safe_load(card.split("---")[1])
    assert front["license"] == "apache-2.0" and front["datasets"] == ["train.csv"]
    assert set(front["metrics"]) == {"accuracy", "roc_auc"} and "signed" in front["tags"]
    assert front["modelward"]["root_digest"] == lineage.manifest.root_digest
    assert "Credit scoring triage." in card
    assert "| validation.performance | Held-out accuracy 0.951 | accuracy |" in card
    assert "| model-drift | low (1x3) | measured |" in card
    assert "Not assessed (default risk from the taxonomy):" in card and "supply-chain" in card
    assert "**clean**" in card and "--require scan-clean" in card
    empty = model_card(collect(model))
    assert "Not stated by the publisher." in empty and "Not assessed: no assessment report" in empty


def test_the_ml_bom_validates_and_holds_model_data_packages_and_card(reports):
    pytest.importorskip("cyclonedx")
    from modelward.core.render.json import from_json
    from modelward.integrity.mlbom import ml_bom

    model, _, assess, data = reports
    bom = ml_bom(collect(model, datasets=[data], packages=["numpy"]), [from_json(assess.read_text())])
    assert bom["specVersion"] == "1.6"
    component = bom["metadata"]["component"]
    assert component["type"] == "machine-learning-model"
    assert {c["name"] for c in component["components"]} >= {"weights.bin", "config.json"}
    kinds = {c["type"]: c for c in bom["components"]}
    assert kinds["data"]["hashes"][0]["content"] == hashlib.sha256(data.read_bytes()).hexdigest()
    assert kinds["library"]["purl"].startswith("pkg:pypi/numpy@")
    card = component["modelCard"]
    assert card["modelParameters"]["datasets"] == [{"ref": "data:train.csv"}]
    assert {"type": "validation.performance:accuracy", "value": "0.951"} in card["quantitativeAnalysis"][
        "performanceMetrics"]
    assert bom["dependencies"][-1]["ref"] == "model" or any(d["ref"] == "model" for d in bom["dependencies"])


def test_bad_hyperparameters_are_named(tmp_path):
    (tmp_path / "hp.json").write_text("[1, 2]")
    with pytest.raises(IntegrityError, match="must be a JSON object"):
        load_hyperparameters(tmp_path / "hp.json")
