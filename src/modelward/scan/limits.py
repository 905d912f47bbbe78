"""The scanner's declared limits for hostile input, all in one place.

Reaching a limit raises `LimitReached` (or halts the pickle VM); the scanner turns it into a
`scan.<area>.limit` finding (high) that keeps every finding made before it. A file that reached a
limit is "not verified": it is never reported clean and never loads through the trusted path.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from modelward.core.errors import DataError

KIB, MIB, GIB = 1024, 1024**2, 1024**3


@dataclass(frozen=True)
class Limits:
    """Bounds on size, count, depth and work; every bound the scanner enforces is a field here."""

    # sizes
    max_file_bytes: int = 64 * GIB  # larger files are skipped with this reason
    max_read_bytes: int = 512 * MIB  # bytes held in memory at once: headers, central directories, members read whole
    max_decompressed_bytes: int = 2 * GIB  # output of one decompression stream
    max_config_bytes: int = 64 * MIB  # one JSON document (Keras, HF configs, advisories, safetensors headers)
    max_kept_string_bytes: int = 1 * MIB  # longer strings are skipped, not read (and not judged as text)
    max_source_bytes: int = 4 * MIB  # Python source parsed per module when resolving a global
    # counts
    max_pickle_opcodes: int = 5_000_000
    max_pickles_per_stream: int = 64
    max_memo_entries: int = 1_000_000
    max_distinct_globals: int = 20_000  # per pickle; past it only non-allowlisted globals are kept, up to twice this
    max_kept_items: int = 64  # items a symbolic list/dict keeps (joblib wrapper state is read from them)
    max_kept_per_kind: int = 50  # findings kept per check id (the worst); the rest are counted in one more
    max_archive_members: int = 100_000  # members of an archive, files of a repository, entries of a header
    max_graph_nodes: int = 1_000_000  # ONNX / TensorFlow nodes
    # depths
    max_stack_depth: int = 100_000  # pickle stack + MARK stack
    max_nesting_depth: int = 32  # nested pickles, ONNX subgraphs, GGUF arrays, Keras configs, folders, includes
    max_json_depth: int = 256  # brackets in one JSON document
    max_archive_depth: int = 4  # archives (or compressed streams) inside archives
    max_describe_depth: int = 8  # nesting shown in evidence text
    max_reach_depth: int = 3  # calls followed from an unknown global to a dangerous one
    max_reach_modules: int = 24  # modules parsed for one global
    max_reach_functions: int = 64  # function bodies examined for one global
    max_reach_globals: int = 64  # unknown globals resolved per pickle; the others are judged as unresolved

    def describe(self, name: str) -> str:
        """'limits.<name> (<value>)' for messages."""
        return f"limits.{name} ({getattr(self, name)})"


LIMIT_NAMES = frozenset(f.name for f in fields(Limits))
DEFAULT_LIMITS = Limits()


class LimitReached(DataError):
    """A declared limit was reached; `limit` names the Limits field. Becomes a `.limit` finding."""

    def __init__(self, limit: str, message: str) -> None:
        if limit not in LIMIT_NAMES:
            raise ValueError(f"unknown limit {limit!r}")
        super().__init__(message)
        self.limit = limit
