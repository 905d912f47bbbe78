import base64
import json
import zipfile

import pytest
from scanfmt_helpers import checks, scan_with

from modelward.core.findings import Severity
from modelward.scan.api import scan_file
from modelward.scan.formats import h5
from modelward.scan.limits import Limits

LIMITS = Limits()


def dense(name, units):
    return {
        "module": "keras.layers",
        "class_name": "Dense",
        "registered_name": None,
        "config": {
            "name": name,
            "units": units,
            "activation": "relu",
            "dtype": {
                "module": "keras",
                "class_name": "DTypePolicy",
                "config": {"name": "float32"},
                "registered_name": None,
            },
            "kernel_initializer": {
                "module": "keras.initializers",
                "class_name": "GlorotUniform",
                "config": {"seed": None},
                "registered_name": None,
            },
        },
        "build_config": {"input_shape": [None, 4]},
    }


def sequential(*layers):
    return {
        "module": "keras",
        "class_name": "Sequential",
        "registered_name": None,
        "config": {"name": "sequential", "layers": list(layers)},
        "compile_config": {
            "optimizer": {"module": "keras.optimizers", "class_name": "Adam", "config": {}, "registered_name": None},
            "loss": "mse",
        },
    }


LAMBDA3 = {
    "module": "keras.layers",
    "class_name": "Lambda",
    "registered_name": None,
    "config": {
        "name": "lam",
        "function": {"class_name": "__lambda__", "config": {"code": base64.b64encode(b"\xe3fake").decode()}},
    },
}
# CVE-2025-1550 shape: the config names a module and a function that Keras resolves on load.
CVE_2025_1550 = {
    "module": "keras.layers",
    "class_name": "Dense",
    "registered_name": None,
    "config": {
        "name": "d",
        "units": 2,
        "activation": {"module": "os", "class_name": "function", "config": "system", "registered_name": "os>system"},
    },
}
CUSTOM = {
    "module": "my_package.layers",
    "class_name": "Fancy",
    "registered_name": "MyPkg>Fancy",
    "config": {"name": "fancy"},
}


def write_keras(path, config, extra=None):
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("metadata.json", json.dumps({"keras_version": "3.5.0", "date_saved": "2024-01-01"}))
        zf.writestr("config.json", config if isinstance(config, str) else json.dumps(config))
        zf.writestr("model.weights.h5", b"\x89HDF\r\n\x1a\n" + b"\0" * 64)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return path


def keras_scan(path, limits=LIMITS):
    """A .keras file goes through the zip reader, then the Keras config walk."""
    return scan_file(path, limits)


def test_benign_keras_archive_is_clean(tmp_path):
    fs = keras_scan(write_keras(tmp_path / "m.keras", sequential(dense("a", 8), dense("b", 2))))
    assert fs.error is None and fs.findings == () and fs.format == "keras"


@pytest.mark.parametrize(
    ("layer", "check", "severity"),
    [
        (LAMBDA3, "scan.keras.lambda", Severity.HIGH),
        (CVE_2025_1550, "scan.keras.module-import", Severity.CRITICAL),
        (CUSTOM, "scan.keras.module-import", Severity.HIGH),
    ],
    ids=["lambda", "cve-2025-1550-os-system", "custom-module"],
)
def test_code_bearing_configs_are_flagged(tmp_path, layer, check, severity):
    fs = keras_scan(write_keras(tmp_path / "m.keras", sequential(dense("a", 8), layer)))
    assert checks(fs) == {check: severity}, fs.findings
    f = fs.findings[0]
    assert f.location.member.startswith("config.json:") and f.evidence.measurements["keras_version"] == "3.5.0"
    if severity is Severity.CRITICAL:
        assert "os.system" in f.title


def test_zip_slip_member_is_high(tmp_path):
    p = write_keras(tmp_path / "m.keras", sequential(dense("a", 8)), {"assets/../../evil.sh": b"echo"})
    assert checks(keras_scan(p)) == {"scan.container.path-traversal": Severity.HIGH}


def test_deeply_nested_config_hits_the_limit(tmp_path):
    deep: object = {"x": 1}
    for _ in range(100):
        deep = {"config": deep}
    fs = keras_scan(write_keras(tmp_path / "m.keras", deep))
    assert checks(fs) == {"scan.keras.limit": Severity.HIGH}
    assert not fs.verified


def test_oversized_config_member_hits_the_limit(tmp_path):
    p = write_keras(tmp_path / "m.keras", sequential(*[dense(f"l{i}", 4) for i in range(50)]))
    assert checks(keras_scan(p, Limits(max_config_bytes=1000))) == {"scan.keras.limit": Severity.HIGH}


@pytest.mark.parametrize("kind", ["not-zip", "bad-json"])
def test_bad_archives_are_errors(tmp_path, kind):
    p = tmp_path / "m.keras"
    if kind == "not-zip":
        p.write_bytes(b"PK\x03\x04 not really")
    else:
        write_keras(p, "{not json")
    fs = keras_scan(p)
    assert fs.error is not None and str(p) in fs.error and fs.findings == ()


def test_empty_file_and_zip_without_config_are_not_keras(tmp_path):
    p = tmp_path / "m.keras"
    p.write_bytes(b"")
    assert keras_scan(p).skipped  # told by content: nothing to recognise
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("metadata.json", "{}")
    fs = keras_scan(p)
    assert fs.format == "zip" and fs.error is None and fs.findings == ()


# ------------------------------------------------------------------ HDF5 (Keras 2)


def keras2_lambda(function, function_type, module=None):
    cfg = {
        "name": "lam",
        "function": function,
        "function_type": function_type,
        "module": module,
        "output_shape": None,
        "arguments": {},
    }
    return {"class_name": "Lambda", "config": cfg}


def keras2_model(*layers):
    return {
        "class_name": "Sequential",
        "config": {
            "name": "seq",
            "layers": [{"class_name": "Dense", "config": {"name": "d", "units": 4, "activation": "relu"}}, *layers],
        },
    }


def write_h5(path, config=None):
    """An HDF5-signed file laid out as h5py stores a vlen string attribute: a global-heap object."""
    body = b"\x89HDF\r\n\x1a\n" + b"\x00\x08\x08\x00" + b"\0" * 200 + b"GCOL\x01\0\0\0" + b"\0" * 24
    if config is not None:
        body += json.dumps(config).encode() + b"\0" * 7
    path.write_bytes(body + b"\0" * 512)
    return path


def test_h5_benign_config_is_clean(tmp_path):
    fs = scan_with(h5, write_h5(tmp_path / "m.h5", keras2_model()), LIMITS)
    assert fs.error is None and fs.findings == ()


def test_h5_lambda_with_marshalled_bytecode_is_critical(tmp_path):
    code = base64.b64encode(b"\xe3" + b"\0" * 40).decode()
    fs = scan_with(h5, write_h5(tmp_path / "m.h5", keras2_model(keras2_lambda([code, None, None], "lambda"))), LIMITS)
    assert checks(fs) == {"scan.h5.lambda": Severity.CRITICAL}
    assert fs.findings[0].evidence.measurements["bytecode"] is True


def test_h5_named_function_from_os_is_critical(tmp_path):
    fs = scan_with(h5, write_h5(tmp_path / "m.h5", keras2_model(keras2_lambda("system", "function", "os"))), LIMITS)
    assert checks(fs) == {"scan.h5.lambda": Severity.HIGH, "scan.h5.module-import": Severity.CRITICAL}


def test_h5_without_keras_config_is_skipped_and_non_hdf5_is_error(tmp_path):
    fs = scan_with(h5, write_h5(tmp_path / "data.h5"), LIMITS)
    assert fs.skipped and not fs.findings and fs.error is None
    p = tmp_path / "fake.h5"
    p.write_bytes(b"just text, no signature")
    fs = scan_with(h5, p, LIMITS)
    assert fs.error is not None and "HDF5 signature" in fs.error


def test_h5_real_file_when_h5py_is_installed(tmp_path):
    h5py = pytest.importorskip("h5py")
    p = tmp_path / "real.h5"
    with h5py.File(p, "w") as f:
        f.attrs["model_config"] = json.dumps(keras2_model(keras2_lambda(["AAAA", None, None], "lambda")))
        f.create_dataset("w", data=[1.0, 2.0])
    assert checks(scan_with(h5, p, LIMITS)) == {"scan.h5.lambda": Severity.CRITICAL}
