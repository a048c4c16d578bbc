"""The store: every practice session and turn, committed to SQLite in the home directory as it happens.

One connection per process in autocommit mode; each write is its own short transaction, so a killed
process loses nothing already written. WAL lets ``history`` read while a session writes.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from mlprobe.errors import NotFound, StorageError
from mlprobe.home import ensure_dir
from mlprobe.store.migrations import migrate

DB_NAME = "history.db"
LOCK_TIMEOUT_ENV = "MLPROBE_LOCK_TIMEOUT"


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class StoredTurn:
    seq: int
    role: str
    text: str
    thread: int
    kind: str | None = None
    question_id: str | None = None
    move: dict[str, Any] | None = None
    assessment: dict[str, Any] | None = None
    elapsed_s: float | None = None
    created_at: str = ""


@dataclass
class StoredSession:
    id: str
    created_at: str
    updated_at: str
    status: str
    seed: int
    options: dict[str, Any]
    engine: str
    version: str
    scorecard: dict[str, Any] | None = None
    finished_at: str | None = None
    turns: list[StoredTurn] = field(default_factory=list)

    @property
    def answers(self) -> list[StoredTurn]:
        return [t for t in self.turns if t.role == "candidate"]


class Store:
    """The history database. Open it with ``Store.open(home)``; errors become ``StorageError``."""

    def __init__(self, db: sqlite3.Connection, path: Path, clock: Callable[[], datetime] = _utc_now) -> None:
        self.db, self.path, self.clock = db, path, clock

    @classmethod
    def open(cls, home: Path, clock: Callable[[], datetime] = _utc_now, timeout: float | None = None,
             read_only: bool = False) -> "Store":
        """Open (and migrate) the history. ``read_only`` is for commands that only read: when the file
        or its folder cannot be written, they still read it instead of failing."""
        path = ensure_dir(home) / DB_NAME
        if timeout is None:
            timeout = float(os.environ.get(LOCK_TIMEOUT_ENV, "5") or 5)
        if read_only and path.exists() and not _writable(path):
            with _translated(path):
                return cls(_open_read_only(path, timeout), path, clock)
        with _translated(path):
            db = sqlite3.connect(path, timeout=timeout, isolation_level=None)
            db.execute("PRAGMA foreign_keys = ON")
            mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal" and _writable(path):
                db.execute("PRAGMA journal_mode = DELETE")
            migrate(db, clock().isoformat(timespec="seconds"))
        return cls(db, path, clock)

    def close(self) -> None:
        self.db.close()

    def _now(self) -> str:
        return self.clock().isoformat(timespec="seconds")

    # Writing -----------------------------------------------------------------------------------

    def create_session(self, *, seed: int, options: dict[str, Any], engine: str, version: str) -> str:
        stamp = self.clock().strftime("%Y%m%d-%H%M%S")
        with _translated(self.path):
            existing = {r[0] for r in self.db.execute("SELECT id FROM sessions WHERE id LIKE ?", (stamp + "%",))}
            sid = stamp if stamp not in existing else next(f"{stamp}-{n}" for n in range(2, 10_000) if f"{stamp}-{n}" not in existing)
            now = self._now()
            self.db.execute(
                "INSERT INTO sessions (id, created_at, updated_at, status, seed, options, engine, version) VALUES (?, ?, ?, 'active', ?, ?, ?, ?)",
                (sid, now, now, seed, json.dumps(options, ensure_ascii=False), engine, version),
            )
        return sid

    def add_turn(self, session_id: str, turn: StoredTurn) -> StoredTurn:
        turn.created_at = turn.created_at or self._now()
        with _translated(self.path), self._transaction():
            self.db.execute(
                "INSERT INTO turns (session_id, seq, role, kind, text, question_id, thread, move, assessment, elapsed_s, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    session_id, turn.seq, turn.role, turn.kind, turn.text, turn.question_id, turn.thread,
                    _dump(turn.move), _dump(turn.assessment), turn.elapsed_s, turn.created_at,
                ),
            )
            self.db.execute("UPDATE sessions SET updated_at = ?, status = 'active' WHERE id = ?", (turn.created_at, session_id))
        return turn

    def set_status(self, session_id: str, status: str) -> None:
        with _translated(self.path):
            self.db.execute("UPDATE sessions SET status = ?, updated_at = ? WHERE id = ?", (status, self._now(), session_id))

    def finish(self, session_id: str, scorecard: dict[str, Any]) -> None:
        now = self._now()
        with _translated(self.path):
            self.db.execute(
                "UPDATE sessions SET status = 'finished', scorecard = ?, finished_at = ?, updated_at = ? WHERE id = ?",
                (_dump(scorecard), now, now, session_id),
            )

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # Reading -----------------------------------------------------------------------------------

    def sessions(self, status: str | None = None) -> list[StoredSession]:
        """All sessions, oldest first, without their turns."""
        sql, args = "SELECT * FROM sessions", ()
        if status:
            sql, args = sql + " WHERE status = ?", (status,)
        with _translated(self.path):
            rows = self.db.execute(sql + " ORDER BY created_at, id", args).fetchall()
            names = [d[0] for d in self.db.execute("SELECT * FROM sessions LIMIT 0").description]
        return [_session(dict(zip(names, row))) for row in rows]

    def load(self, session_id: str) -> StoredSession:
        """One session with its turns; ``session_id`` may be a unique prefix or 'latest'."""
        session = self._find(session_id)
        with _translated(self.path):
            rows = self.db.execute(
                "SELECT seq, role, text, thread, kind, question_id, move, assessment, elapsed_s, created_at"
                " FROM turns WHERE session_id = ? ORDER BY seq",
                (session.id,),
            ).fetchall()
        session.turns = [
            StoredTurn(seq, role, text, thread, kind, qid, _load(move), _load(assessment), elapsed, created)
            for seq, role, text, thread, kind, qid, move, assessment, elapsed, created in rows
        ]
        return session

    def load_all(self) -> list[StoredSession]:
        return [self.load(s.id) for s in self.sessions()]

    def _find(self, session_id: str) -> StoredSession:
        everything = self.sessions()
        if not everything:
            raise NotFound("no practice sessions yet; start one with 'mlprobe practice'")
        if session_id == "latest":
            return everything[-1]
        matches = [s for s in everything if s.id == session_id] or [s for s in everything if s.id.startswith(session_id)]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise NotFound(f"no session '{session_id}'; list them with 'mlprobe history'")
        raise NotFound(f"'{session_id}' matches {len(matches)} sessions; give more of the id (see 'mlprobe history')")


def _session(row: dict[str, Any]) -> StoredSession:
    row["options"] = json.loads(row["options"])
    row["scorecard"] = _load(row.get("scorecard"))
    return StoredSession(**row)


def _dump(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _load(value: str | None) -> Any:
    return None if value is None else json.loads(value)


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _open_read_only(path: Path, timeout: float) -> sqlite3.Connection:
    """A history that cannot be written can still be read. WAL needs a writable folder for its index
    file, so when even that is missing the file is read as immutable (nothing can change it anyway)."""
    uri = path.resolve().as_uri()
    try:
        db = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=timeout, isolation_level=None)
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        db = sqlite3.connect(f"{uri}?immutable=1", uri=True, timeout=timeout, isolation_level=None)
    return db


@contextmanager
def _translated(path: Path) -> Iterator[None]:
    """SQLite's errors, said the way a user can act on them."""
    try:
        yield
    except sqlite3.DatabaseError as exc:
        raise StorageError(_explain(path, str(exc))) from None


def _explain(path: Path, message: str) -> str:
    lowered = message.lower()
    if "locked" in lowered or "busy" in lowered:
        return f"the history database {path} is locked by another mlprobe process; finish or close it and try again"
    if "readonly" in lowered or "read-only" in lowered:
        return f"cannot write to the history database {path} (read-only); fix its permissions or set MLPROBE_HOME to a writable folder"
    if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        return (
            f"the history database {path} is damaged ({message}); move it aside (mv '{path}' '{path}.bak') "
            "and mlprobe will start a new one"
        )
    if "unable to open" in lowered and path.exists() and not _writable(path):
        return f"cannot write to the history database {path} (read-only); fix its permissions or set MLPROBE_HOME to a writable folder"
    if "unable to open" in lowered:
        return f"cannot open the history database {path}; check that the folder exists and is writable, or set MLPROBE_HOME"
    return f"history database {path}: {message}"
