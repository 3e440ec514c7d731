"""SQLite tables of follow-up campaigns, contacts, answers, messages and pending escalations.

One file (`followup.sqlite`) in the data directory. Writes that belong together run in one
`BEGIN IMMEDIATE` transaction, so a crash or a second process never leaves half a contact
or records an answer twice (answers are unique per contact and question).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS campaigns (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL UNIQUE,
    patient_id TEXT NOT NULL,
    protocol_id TEXT NOT NULL,
    protocol_json TEXT NOT NULL,
    name TEXT,
    phone TEXT,
    lang TEXT NOT NULL,
    discharged TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'active',
    signed_by TEXT,
    signed_at TEXT,
    signoff_note TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS campaigns_one_active ON campaigns (patient_id, protocol_id) WHERE status = 'active';
CREATE TABLE IF NOT EXISTS contacts (
    id TEXT PRIMARY KEY,
    campaign_id TEXT NOT NULL REFERENCES campaigns (id),
    day INTEGER NOT NULL,
    due_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'scheduled',
    attempts INTEGER NOT NULL DEFAULT 0,
    last_attempt_at TEXT,
    last_activity_at TEXT,
    opened_at TEXT,
    closed_at TEXT,
    close_reason TEXT,
    token TEXT NOT NULL UNIQUE,
    UNIQUE (campaign_id, day)
);
CREATE INDEX IF NOT EXISTS contacts_due ON contacts (status, due_at);
CREATE TABLE IF NOT EXISTS answers (
    contact_id TEXT NOT NULL REFERENCES contacts (id),
    question_id TEXT NOT NULL,
    raw TEXT NOT NULL,
    status TEXT NOT NULL,
    value TEXT,
    unit TEXT,
    evidence TEXT,
    method TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (contact_id, question_id)
);
CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    contact_id TEXT NOT NULL,
    at TEXT NOT NULL,
    direction TEXT NOT NULL,
    channel TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS escalations (
    dedupe_key TEXT PRIMARY KEY,
    contact_id TEXT NOT NULL,
    campaign_id TEXT NOT NULL,
    patient_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    rule_id TEXT NOT NULL,
    priority TEXT NOT NULL,
    title_en TEXT NOT NULL,
    title_zh TEXT NOT NULL,
    detail TEXT NOT NULL,
    created_at TEXT NOT NULL,
    inbox_id TEXT
);
"""


class FollowupStore:
    """Thin access to the follow-up tables; the rules and role checks live in the service."""

    def __init__(self, path: Path) -> None:
        """Open (and create) the database at `path`."""
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=30)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute("PRAGMA foreign_keys=ON")
        self._conn.executescript(_SCHEMA)
        self._conn.row_factory = sqlite3.Row
        self._lock = threading.RLock()

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; BEGIN IMMEDIATE so two processes serialise instead of deadlocking."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def one(self, sql: str, args: tuple[Any, ...] = ()) -> dict[str, Any] | None:
        """The first row of a query, as a dict."""
        row = self._conn.execute(sql, args).fetchone()
        return dict(row) if row is not None else None

    def all(self, sql: str, args: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        """Every row of a query, as dicts."""
        return [dict(r) for r in self._conn.execute(sql, args)]
