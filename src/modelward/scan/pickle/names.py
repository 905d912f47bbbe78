"""How pickle names a global: Python 2 names mapped to Python 3 ones, as `pickle.find_class` does."""

from __future__ import annotations

import _compat_pickle


def python3_name(module: str, name: str) -> tuple[str, str]:
    """The (module, qualname) the unpickler imports for a name written in the stream."""
    if (module, name) in _compat_pickle.NAME_MAPPING:
        mapped: tuple[str, str] = _compat_pickle.NAME_MAPPING[(module, name)]
        return mapped
    if module in _compat_pickle.IMPORT_MAPPING:
        return _compat_pickle.IMPORT_MAPPING[module], name
    return module, name
