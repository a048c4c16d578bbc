"""The history database's schema as append-only, named migrations, applied on open.

Never edit or reorder a migration once released: add a new one. Each runs in its own transaction
together with the row that records it, so a failure leaves the database as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: list[tuple[str, Migration]] = []


def migration(fn: Migration) -> Migration:
    MIGRATIONS.append((fn.__name__, fn))
    return fn


@migration
def m001_create_sessions(db: sqlite3.Connection) -> None:
    db.execute(
        """CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('active', 'paused', 'finished')),
            seed INTEGER NOT NULL,
            options TEXT NOT NULL,
            engine TEXT NOT NULL,
            version TEXT NOT NULL,
            scorecard TEXT,
            finished_at TEXT
        )"""
    )


@migration
def m002_create_turns(db: sqlite3.Connection) -> None:
    db.execute(
        """CREATE TABLE turns (
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('interviewer', 'candidate')),
            kind TEXT,
            text TEXT NOT NULL,
            question_id TEXT,
            thread INTEGER NOT NULL,
            move TEXT,
            assessment TEXT,
            elapsed_s REAL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (session_id, seq)
        )"""
    )
    db.execute("CREATE INDEX turns_question ON turns(question_id)")


def applied(db: sqlite3.Connection) -> set[str]:
    db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    return {row[0] for row in db.execute("SELECT name FROM _migrations")}


def migrate(db: sqlite3.Connection, now: str) -> list[str]:
    """Apply every migration not yet recorded; return the names applied."""
    done = applied(db)
    ran = []
    for name, fn in MIGRATIONS:
        if name in done:
            continue
        db.execute("BEGIN IMMEDIATE")
        try:
            fn(db)
            db.execute("INSERT INTO _migrations (name, applied_at) VALUES (?, ?)", (name, now))
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
        ran.append(name)
    return ran
