"""The entry point's exit codes: 2 for a clear input error, 3 (never 1, "findings") for a bug."""

import sys

import pytest

from modelward.cli import main as cli_main
from modelward.core.errors import DataError


def _run(monkeypatch, capsys, error):
    def broken(*args, **kwargs):
        raise error

    monkeypatch.setattr(cli_main, "app", broken)
    monkeypatch.setattr(sys, "argv", ["modelward", "scan", "x"])
    with pytest.raises(SystemExit) as exit_info:
        cli_main.main()
    return exit_info.value.code, capsys.readouterr().err


def test_an_input_error_is_one_line_and_exit_2(monkeypatch, capsys):
    code, err = _run(monkeypatch, capsys, DataError("data.csv: column 'age' is not a number"))
    assert code == 2 and "error: data.csv: column 'age' is not a number" in err and "Traceback" not in err


def test_a_bug_is_exit_3_not_findings(monkeypatch, capsys):
    monkeypatch.delenv("MODELWARD_DEBUG", raising=False)
    code, err = _run(monkeypatch, capsys, RecursionError("maximum recursion depth exceeded"))
    assert code == 3 and "internal error: RecursionError" in err and "Traceback" not in err
    monkeypatch.setenv("MODELWARD_DEBUG", "1")
    with pytest.raises(RecursionError):
        _run(monkeypatch, capsys, RecursionError("again"))
