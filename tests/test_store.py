"""The history database: named migrations, and SQLite's failures said the way a user can act on them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from mlprobe.errors import StorageError
from mlprobe.store import Store, StoredTurn
from mlprobe.store import migrations


def columns(db: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]


def test_blank_database_migrates_to_the_expected_schema(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    names = [r[0] for r in store.db.execute("SELECT name FROM _migrations ORDER BY name")]
    assert names == ["m001_create_sessions", "m002_create_turns"]
    assert columns(store.db, "sessions") == ["id", "created_at", "updated_at", "status", "seed", "options", "engine", "version", "scorecard", "finished_at"]
    assert "assessment" in columns(store.db, "turns") and "move" in columns(store.db, "turns")
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()
    assert migrations.migrate(sqlite3.connect(tmp_path / "history.db", isolation_level=None), "now") == []


def test_failing_migration_rolls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Store.open(tmp_path).close()

    def m003_broken(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE half_done (x INTEGER)")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, ("m003_broken", m003_broken)])
    with pytest.raises(sqlite3.OperationalError):
        migrations.migrate(sqlite3.connect(tmp_path / "history.db", isolation_level=None), "now")
    db = sqlite3.connect(tmp_path / "history.db")
    assert not db.execute("SELECT name FROM sqlite_master WHERE name = 'half_done'").fetchall()
    assert "m003_broken" not in {r[0] for r in db.execute("SELECT name FROM _migrations")}


def test_turns_round_trip_with_their_move_and_assessment(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    sid = store.create_session(seed=3, options={"questions": 1}, engine="offline", version="0")
    store.add_turn(sid, StoredTurn(0, "interviewer", "Why?", 1, "question", "q", {"kind": "question", "reason": "r"}))
    store.add_turn(sid, StoredTurn(1, "candidate", "Because.", 1, None, "q", None, {"holistic": 2}, 1.5))
    loaded = store.load(sid[:8])
    assert [t.text for t in loaded.turns] == ["Why?", "Because."]
    assert loaded.turns[0].move == {"kind": "question", "reason": "r"} and loaded.turns[1].assessment == {"holistic": 2}
    with pytest.raises(StorageError):  # the same turn twice is refused, not silently duplicated
        store.add_turn(sid, StoredTurn(1, "candidate", "Again.", 1))
    assert len(store.load(sid).turns) == 2


def test_read_only_database_says_how_to_fix_it(tmp_path: Path) -> None:
    Store.open(tmp_path).close()
    db = sqlite3.connect(f"file:{tmp_path / 'history.db'}?mode=ro", uri=True, isolation_level=None)
    store = Store(db, tmp_path / "history.db")
    with pytest.raises(StorageError, match="read-only.*MLPROBE_HOME"):
        store.create_session(seed=1, options={}, engine="offline", version="0")


def test_damaged_database_is_reported_and_left_untouched(tmp_path: Path) -> None:
    junk = b"this is not sqlite " * 200
    (tmp_path / "history.db").write_bytes(junk)
    with pytest.raises(StorageError, match=r"damaged.*mv "):
        Store.open(tmp_path)
    assert (tmp_path / "history.db").read_bytes() == junk
