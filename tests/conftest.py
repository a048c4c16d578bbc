from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own empty home, so nothing touches the real user's data."""
    home = tmp_path / "home"
    monkeypatch.setenv("MLPROBE_HOME", str(home))
    monkeypatch.setenv("COLUMNS", "160")
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    return home


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]):
    """Run ``mlprobe ARGS`` in-process through the real entry point and capture what a user sees."""
    from mlprobe.cli import main

    def run(*args: str) -> Result:
        code = 0
        try:
            main(list(args))
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def stored(home: Path, session: str = "latest"):  # noqa: ANN201 - a StoredSession
    """A practice session as the store holds it (the newest by default)."""
    from mlprobe.store import Store

    store = Store.open(home)
    try:
        return store.load(session)
    finally:
        store.close()
