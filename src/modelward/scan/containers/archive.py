"""ZIP containers: PyTorch zip, TorchScript, .npz, Keras and any other zip, read member by member with
our own reader (`zipread.py`); archive anomalies (duplicates, name mismatches, flag bits, CRC,
traversal) are findings. Every member is identified by its content and scanned (nested archives
included, up to limits.max_archive_depth), or listed as skipped with the reason; tensor blobs of
PyTorch archives are never read (torch reads them as raw bytes)."""

from __future__ import annotations

import zlib

from modelward.core.findings import Severity
from modelward.scan.allowlist import GlobalPolicy
from modelward.scan.base import Collector, Format, guarded
from modelward.scan.containers.zipread import ZipMember, read_listing, unsafe_member_name
from modelward.scan.decompress import ZIP_METHODS
from modelward.scan.findings import finding, limit_finding
from modelward.scan.limits import LimitReached, Limits
from modelward.scan.pickle.analyse import Where, analyse_stream
from modelward.scan.sniff import detect
from modelward.scan.source import Source

ZIP_METHOD = "ZIP central directory and local headers parsed directly; members streamed, never extracted"
TENSOR_BLOB = "tensor storage: torch reads it as raw bytes, never unpickles it"

_ANOMALY_SEVERITY = {
    "duplicate-name": Severity.HIGH,  # loaders disagree on which copy they read
    "name-mismatch": Severity.HIGH,
    "header-mismatch": Severity.MEDIUM,
    "encrypted-flag": Severity.HIGH,  # zipfile refuses, PyTorch's reader ignores it
    "compression": Severity.MEDIUM,
    "bad-local-header": Severity.MEDIUM,
    "truncated-directory": Severity.MEDIUM,
    "prepended-data": Severity.MEDIUM,
    "crc-mismatch": Severity.HIGH,  # zipfile raises, PyTorch does not check
}

_TORCHSCRIPT_POLICY = {"allow_rule": [{"module": "__torch__*", "name": ".*"}],
                       "allow": {"torch.jit._pickle": ["build_intlist", "build_tensorlist", "build_doublelist",
                                                       "build_boollist", "build_tensor_from_id",
                                                       "restore_type_tag"]}}
_TORCH_KINDS = ("torch-zip", "torchscript")


def classify(names: list[str]) -> str:
    """torchscript / torch-zip / npz / keras / zip, from member names (the content of each member is
    still identified on its own)."""
    base = {n.split("/", 1)[1] if "/" in n else n for n in names}
    if "config.json" in names and ({"model.weights.h5", "metadata.json"} & set(names)):
        return "keras"
    if any(n.startswith("code/") for n in base) or "constants.pkl" in base:
        return "torchscript"
    if "data.pkl" in base or ("version" in base and any(n.startswith("data/") for n in base)):
        return "torch-zip"
    if names and all(n.endswith(".npy") for n in names):
        return "npz"
    return "zip"


def member_source(source: Source, m: ZipMember, limits: Limits) -> Source:
    """The member's uncompressed bytes: a window of the archive when stored, a bounded stream when
    compressed; LimitReached for a compression method this scanner cannot read."""
    if m.method == 0:
        return source.window(m.data_offset, m.csize, m.name)
    method = ZIP_METHODS.get(m.method)
    if method is None:
        raise LimitReached("max_decompressed_bytes", f"member {m.name!r} uses compression method {m.method}, "
                                                     "which this scanner cannot read")
    return source.window(m.data_offset, m.csize, m.name).decompressed(method, None, limits)


def _crc_ok(src: Source, m: ZipMember) -> bool:
    stream = src.reader()
    crc = 0
    while chunk := stream.read(1 << 20):
        crc = zlib.crc32(chunk, crc)
    return crc == m.crc


@guarded("zip")
def scan_archive(source: Source, policy: GlobalPolicy, limits: Limits, c: Collector) -> None:
    c.format = scan_zip(source, policy, limits, c)


def scan_zip(source: Source, policy: GlobalPolicy, limits: Limits, c: Collector) -> str:
    """Scan the ZIP in `source` into `c`; returns its kind. A compressed member holding a zip is read
    whole first (within limits.max_read_bytes): a zip is read from its end."""
    source = source.seekable()
    file = source.name
    listing = read_listing(source.reader(), source.size or 0, limits)
    names = [m.name for m in listing.members]
    kind = classify(names)
    for k, d, off in listing.anomalies:
        c.add(finding(f"container.zip-{k}", _ANOMALY_SEVERITY.get(k, Severity.MEDIUM), f"ZIP anomaly ({k}): {d}",
                      file, source.member, off, method=ZIP_METHOD, measurements={"anomaly": k, "offset": off}))
    for reached in listing.limits:
        c.add(limit_finding("container", reached, file, source.member))
    if kind in _TORCH_KINDS:
        tops = {n.split("/", 1)[0] for n in names if "/" in n}
        if len(tops) > 1:
            c.add(finding("container.zip-torch-folders", Severity.MEDIUM,
                          f"PyTorch archive with several top-level folders: {sorted(tops)[:5]}",
                          file, source.member, method=ZIP_METHOD, measurements={"folders": len(tops)}))
    if kind == "torchscript":
        policy = policy.extended(_TORCHSCRIPT_POLICY, "torchscript")
    code_members = 0
    for m in listing.members:
        rel = m.name.split("/", 1)[1] if "/" in m.name else m.name
        label = f"{source.member}>{m.name}" if source.member else m.name
        if unsafe_member_name(m.name) or unsafe_member_name(m.local_name):
            c.add(finding("container.path-traversal", Severity.HIGH,
                          f"Archive member name escapes the extraction folder: {m.name!r}",
                          file, label, m.header_offset, method=ZIP_METHOD, measurements={"member": m.name}))
        if m.name.endswith("/") and m.usize == 0:
            continue  # a folder entry: no content
        if kind == "torchscript" and rel.startswith("code/") and rel.endswith(".py"):
            code_members += 1
            continue
        if kind in _TORCH_KINDS and rel.startswith(("data/", ".data/")) and not rel.endswith((".pkl", ".py")):
            c.note(label, TENSOR_BLOB)
            continue
        if kind == "keras" and m.name in ("config.json", "metadata.json"):
            continue  # read by the Keras walk below
        try:
            _scan_member(source, m, kind, label, policy, limits, c)
        except LimitReached as exc:
            c.add(limit_finding("container", exc, file, label))
    if kind == "keras":
        from modelward.scan.formats.keras import scan_keras

        scan_keras(source, listing.members, limits, c)
    if code_members:
        c.add(finding(
            "torchscript.code", Severity.LOW, f"TorchScript code in the archive ({code_members} files)",
            file, source.member, method=ZIP_METHOD,
            description="torch.jit.load compiles and runs this TorchScript; it cannot import Python modules "
                        "but runs the model's own code. Review it if the source is untrusted.",
            measurements={"code_files": code_members}))
    return kind


def _scan_member(source: Source, m: ZipMember, kind: str, label: str, policy: GlobalPolicy, limits: Limits,
                 c: Collector) -> None:
    from modelward.scan.dispatch import scan_source

    src = member_source(source, m, limits)
    fmt = detect(src) if src.depth <= limits.max_archive_depth else None
    if fmt == "pickle" and kind in _TORCH_KINDS:  # read as torch.load reads it: persistent ids, then raw data
        where = Where(source.name, src.member, policy)
        c.findings.extend(analyse_stream(src.reader(), limits, where, end=src.size, persistent_ok=True,
                                         trailing="data"))
    else:
        c.merge(scan_source(src, policy, limits, fmt), label)
    if fmt in ("pickle", "pickle+zip") and m.usize <= limits.max_read_bytes and not _crc_ok(src, m):
        c.add(finding(
            "container.zip-crc-mismatch", Severity.HIGH, f"CRC mismatch in pickle member {m.name!r}",
            source.name, src.member, m.header_offset, method=ZIP_METHOD,
            description="Python's zipfile refuses this member while PyTorch loads it: scanners that rely "
                        "on zipfile skip it. Its content was analysed anyway.",
            measurements={"crc_declared": m.crc}))


ZIP = Format.builtin("zip", scan_archive)
