"""What users throw at a session: kills, odd answers, and a broken, locked or read-only database —
each said clearly, and nothing already stored is lost."""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from mlprobe.store import Store

from .conftest import stored

SCRIPT = Path(__file__).parent / "fixtures" / "practice" / "three-questions.txt"
ANSWERS = SCRIPT.read_text().split("---\n")


class Output:
    """A session's standard output, read raw (no line can sit unseen in a buffer while we wait)."""

    def __init__(self, proc: subprocess.Popen) -> None:
        self.fd, self.text, self.moves_seen = proc.stdout.fileno(), "", 0

    def next_move(self, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            headers = [line for line in self.text.split("\n") if line.startswith("[")]
            if len(headers) > self.moves_seen:
                self.moves_seen += 1
                return headers[self.moves_seen - 1]
            if select.select([self.fd], [], [], 1)[0]:
                chunk = os.read(self.fd, 65536)
                if not chunk:
                    break
                self.text += chunk.decode("utf-8", "replace")
        raise AssertionError("no interviewer move arrived; output so far:\n" + self.text)


def test_a_killed_session_keeps_every_completed_turn_and_resumes(isolated_home: Path, tmp_path: Path) -> None:
    env = {**os.environ, "MLPROBE_HOME": str(isolated_home)}
    proc = subprocess.Popen([sys.executable, "-m", "mlprobe", "practice", "--seed", "11"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    out = Output(proc)
    try:
        assert out.next_move().startswith("[Question 1 of 3]")
        for answer in ANSWERS[:2]:  # each answer is handled as soon as its --- line arrives
            proc.stdin.write(answer + "---\n")
            proc.stdin.flush()
            out.next_move()
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdin.close()
        proc.stdout.close()
    killed = stored(isolated_home)
    assert [t.text for t in killed.answers] == [a.strip("\n") for a in ANSWERS[:2]]
    assert killed.status == "active" and killed.turns[-1].role == "interviewer"  # the unanswered move is kept
    rest = tmp_path / "rest.txt"
    rest.write_text("---\n".join(ANSWERS[2:]))
    resumed = subprocess.run([sys.executable, "-m", "mlprobe", "resume", "--script", str(rest)], capture_output=True, text=True, env=env, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    assert f"Resuming session {killed.id} after 2 answers" in resumed.stdout
    assert killed.turns[-1].text in resumed.stdout  # the pending move is asked again, not skipped
    done = stored(isolated_home)
    assert done.status == "finished" and [t.text for t in done.turns[: len(killed.turns)]] == [t.text for t in killed.turns]


def test_odd_answers_get_a_note_and_the_session_goes_on(cli, isolated_home: Path, tmp_path: Path) -> None:  # noqa: ANN001
    paste = "We retrained weekly and watched calibration by segment. " * 2000  # about 110 kB
    junk = "\x00\x01\x02binary\x00junk"
    german = "Das Modell hat nach dem Deployment schlechter funktioniert, weil sich die Eingabedaten geändert haben und niemand es bemerkte."
    script = tmp_path / "odd.txt"
    script.write_text(f"{ANSWERS[0]}---\n\n---\n{paste}\n---\n{junk}\n---\n{german}\n---\n")
    result = cli("practice", "--script", str(script), "--seed", "2")
    assert result.code == 0, result.err
    assert "no answer given" in result.out
    assert "only the first 20,000 were kept" in result.out
    assert "binary data" in result.out and "recorded as no answer" in result.out
    assert "does not look like English" in result.out
    s = stored(isolated_home)
    assert len(s.answers) == 5 and s.status == "paused"
    assert len(s.answers[2].text) == 20_000 and s.answers[3].text == ""


def test_a_binary_script_is_refused_before_anything_is_stored(cli, isolated_home: Path, tmp_path: Path) -> None:  # noqa: ANN001
    script = tmp_path / "answers.bin"
    script.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    result = cli("practice", "--script", str(script))
    assert result.code == 3 and "binary" in result.err and "Traceback" not in result.err
    assert cli("history", "--json").out.strip() == "[]"
    missing = cli("practice", "--script", str(tmp_path / "nope.txt"))
    assert missing.code == 3 and "no such file" in missing.err


def test_a_damaged_database_is_reported_and_kept(cli, isolated_home: Path) -> None:  # noqa: ANN001
    isolated_home.mkdir(parents=True)
    junk = os.urandom(4096)
    (isolated_home / "history.db").write_bytes(junk)
    for args in (("practice", "--script", str(SCRIPT)), ("history",), ("report",)):
        result = cli(*args)
        assert result.code == 6 and "damaged" in result.err and "mv " in result.err, args
    assert (isolated_home / "history.db").read_bytes() == junk


def test_a_locked_database_is_reported_and_nothing_stored_is_lost(cli, isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    assert cli("practice", "--script", str(SCRIPT), "--seed", "1", "--questions", "1").code == 0
    before = [t.text for t in stored(isolated_home).turns]
    monkeypatch.setenv("MLPROBE_LOCK_TIMEOUT", "0.2")
    other = sqlite3.connect(isolated_home / "history.db", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        result = cli("practice", "--script", str(SCRIPT))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert result.code == 6 and "locked by another mlprobe process" in result.err
    assert [t.text for t in stored(isolated_home).turns] == before
    assert len(stored(isolated_home).id) and len(Store.open(isolated_home).sessions()) == 1


def _make_read_only(paths: list[Path]) -> Callable[[], None]:
    """Make files read-only in a way that also binds root: the immutable attribute when running as root
    (root ignores permission bits), plain permission bits otherwise. Returns the undo."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        if shutil.which("chattr") is None:
            pytest.skip("running as root without chattr: cannot make a file read-only for root")
        done = subprocess.run(["chattr", "+i", *map(str, paths)], capture_output=True, text=True)
        if done.returncode:
            pytest.skip(f"running as root and this filesystem refuses the immutable attribute: {done.stderr.strip()}")
        return lambda: subprocess.run(["chattr", "-i", *map(str, paths)], check=True)
    for path in paths:
        path.chmod(0o555 if path.is_dir() else 0o444)
    return lambda: [path.chmod(0o755 if path.is_dir() else 0o644) for path in paths] and None


def test_a_read_only_database_is_reported_and_history_still_reads(cli, isolated_home: Path) -> None:  # noqa: ANN001
    assert cli("practice", "--script", str(SCRIPT), "--seed", "1", "--questions", "1").code == 0
    db = isolated_home / "history.db"
    before = [t.text for t in stored(isolated_home).turns]
    stamp = db.read_bytes()
    undo = _make_read_only([db, isolated_home])
    try:
        result = cli("practice", "--script", str(SCRIPT))
        assert result.code == 6 and "read-only" in result.err
        assert "Traceback" not in result.err and len(result.err.strip().splitlines()) == 1
        listing = cli("history", "--json")
    finally:
        undo()
    assert db.read_bytes() == stamp  # nothing written, nothing lost
    assert listing.code == 0 and len(json.loads(listing.out)) == 1
    assert [t.text for t in stored(isolated_home).turns] == before
