"""The package's exported names are the attack functions, whatever was imported before."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import modelward.robustness.attacks as attacks


def test_exported_names_stay_functions_after_every_implementation_module_is_imported() -> None:
    # the trap: `import modelward.robustness.attacks.pgd` used to bind the submodule over the function
    for info in pkgutil.iter_modules(attacks.__path__):
        importlib.import_module(f"{attacks.__name__}.{info.name}")
    for name in attacks.__all__:
        value = getattr(attacks, name)
        assert inspect.isfunction(value), f"attacks.{name} is {value!r}, not the attack function"
        assert value.__name__ == name


def test_from_import_gives_the_functions_users_call() -> None:
    from modelward.robustness.attacks import apgd, deepfool, fab, hopskipjump, pgd, square, transfer

    for fn in (apgd, deepfool, fab, hopskipjump, pgd, square, transfer):
        assert inspect.isfunction(fn), fn
    assert "eps" in inspect.signature(pgd).parameters


def test_no_module_is_named_like_an_exported_function() -> None:
    modules = {info.name for info in pkgutil.iter_modules(attacks.__path__)}
    assert not modules & set(attacks.__all__)
