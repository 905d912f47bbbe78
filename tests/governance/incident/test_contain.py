"""Containment end to end on a real keyring and model store: quarantine, rollback to a verified version, and
revocation of the signing key, each through the store's and the keyring's own commands; afterwards every
load of a quarantined or revoked artifact is refused."""

import pytest

from modelward.api import load_model
from modelward.governance.incident import contain
from modelward.governance.incident.eradicate import rescan_versions
from modelward.governance.incident.record import open_incident
from modelward.integrity.errors import IntegrityError, Quarantined
from modelward.integrity.keyring import Keyring
from modelward.integrity.store import ModelStore, StoredModel
from modelward.integrity.trust import Trust


def _reopen(store_dir, keys):
    return ModelStore(store_dir, Trust.from_files((), (), Keyring(keys)))


def test_quarantine_then_rollback_lands_on_the_last_verified_version(signed_store, inproc, tmp_path):
    store, keys, store_dir = signed_store
    incident = open_incident(tmp_path / "inc", "pickle reached the store", severity="critical", threat="supply-chain")
    held = contain.quarantine("credit", store_dir, reason="scan: os.system", incident_id=incident.id, runner=inproc)
    rolled = contain.rollback_to_verified("credit", store_dir, keyring=keys, runner=inproc)
    contain.record_containment(incident, [held, rolled])
    assert held.ok and held.target == "credit v3", held.detail
    assert rolled.ok and "production -> v2 (verified)" in rolled.detail, rolled.detail
    store = _reopen(store_dir, keys)
    assert store.version("credit", "production").number == 2
    assert load_model(StoredModel(store, "credit")).predict_proba([[5.1, 3.5, 1.4, 0.2]]).shape == (1, 3)
    for ref in (3, "3"):
        with pytest.raises(Quarantined, match=incident.id):
            load_model(StoredModel(store, "credit", ref))
        with pytest.raises(Quarantined):
            store.checkout("credit", ref, tmp_path / "never")
    assert store.version("credit", 3).files == 1  # kept as evidence
    record = incident.timeline()[-1]["record"]
    assert [a["ok"] for a in record["data"]["actions"]] == [True, True]


def test_rollback_passes_over_quarantined_and_altered_versions(signed_store, inproc):
    store, keys, store_dir = signed_store
    store.quarantine("credit", 2, "same training batch as v3")
    rolled = contain.rollback_to_verified("credit", store_dir, keyring=keys, runner=inproc)
    assert rolled.ok and "production -> v1" in rolled.detail and "v2 quarantined" in rolled.detail
    store.promote("credit", 3)
    obj = store._object(store.verify("credit", 1).resources[0].digest)
    obj.chmod(0o644)
    obj.write_bytes(obj.read_bytes()[:-1] + b"\0")
    failed = contain.rollback_to_verified("credit", store_dir, keyring=keys, runner=inproc)
    assert not failed.ok and "nothing to roll back to" in failed.detail
    assert _reopen(store_dir, keys).version("credit", "production").number == 3  # left for the operator


def test_revoking_the_signing_key_refuses_its_signatures_and_reissues_what_serves(signed_store, inproc):
    store, keys, store_dir = signed_store
    store.promote("credit", 2)  # production serves a benign version signed by the key to revoke
    old = Keyring(keys).active().key_id
    revoked, reissued = contain.reissue_after_revocation("credit", store_dir, keys, incident_id="INC-x",
                                                         runner=inproc)
    assert revoked.ok and reissued.ok, (revoked.detail, reissued.detail)
    ring = Keyring(keys)
    assert ring.find(old).status == "revoked" and ring.active().key_id != old
    store = _reopen(store_dir, keys)
    serving = store.version("credit", "production")
    assert serving.number == 4 and serving.key_id == ring.active().key_id
    assert serving.root_digest == store.version("credit", 2).root_digest  # the same bytes
    load_model(StoredModel(store, "credit"))
    for number in (1, 2, 3):  # everything the revoked key signed
        with pytest.raises(IntegrityError, match="was revoked"):
            load_model(StoredModel(store, "credit", number))


def test_a_serving_version_that_does_not_scan_clean_is_not_reissued_but_the_key_is_revoked(signed_store, inproc):
    _, keys, store_dir = signed_store
    old = Keyring(keys).active().key_id
    revoked, reissued = contain.reissue_after_revocation("credit", store_dir, keys, runner=inproc)
    assert revoked.ok and not reissued.ok and "does not scan clean" in reissued.detail
    assert Keyring(keys).find(old).status == "revoked"
    assert len(_reopen(store_dir, keys).versions("credit")) == 3


def test_eradicate_scans_quarantined_versions_through_a_logged_forensic_checkout(signed_store, inproc):
    store, keys, store_dir = signed_store
    store.quarantine("credit", 3, "suspect")
    verdicts = rescan_versions("credit", store_dir, runner=inproc, keyring=keys)
    assert [(v["version"], v["verdict"]) for v in verdicts] == [(1, "clean"), (2, "clean"), (3, "compromised")]
    assert [e.to_version for e in store.events("credit") if e.action == "forensic-checkout"] == [1, 2, 3]


def test_cli_contain_quarantines_rolls_back_and_revokes(signed_store, inproc, tmp_path):
    _, keys, store_dir = signed_store
    code, out = inproc(["incident", "open", "malicious pickle in the store", "--threat", "supply-chain",
                        "--severity", "critical", "--dir", str(tmp_path / "inc")], {})
    directory = out.strip().splitlines()[0]
    code, out = inproc(["incident", "contain", directory, "--rollback", "credit", "--store", store_dir, "--keyring",
                        keys, "--quarantine", "--revoke-signing-key"], {})
    assert code == 0, out
    assert "done: quarantine credit v3" in out and "done: rollback credit" in out and "done: reissue" in out
    store = _reopen(store_dir, keys)
    assert store.version("credit", "production").number == 4 and store.version("credit", 3).quarantined
    code, out = inproc(["incident", "contain", directory, "--quarantine"], {})
    assert code == 2 and "need a model" in out
