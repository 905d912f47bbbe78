import sys

import pytest

from modelward.cli.main import main


@pytest.fixture
def cli(monkeypatch, capsys):
    """Run the real `modelward` entry point; return (exit code, stdout, stderr)."""

    def run(*args):
        monkeypatch.setattr(sys, "argv", ["modelward", *map(str, args)])
        with pytest.raises(SystemExit) as exit_info:
            main()
        out, err = capsys.readouterr()
        return exit_info.value.code, out, err

    return run
