"""Append-only audit log and the clinician review queue, in SQLite in the data directory."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ts TEXT NOT NULL,
    session_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    role TEXT,
    kind TEXT NOT NULL,
    data TEXT NOT NULL,
    UNIQUE (session_id, seq)
);
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TABLE IF NOT EXISTS cursor (
    session_id TEXT PRIMARY KEY,
    state_events INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS reviews (
    session_id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    status TEXT NOT NULL,
    agent TEXT,
    urgency TEXT,
    summary TEXT NOT NULL,
    reviewer TEXT,
    reviewed_at TEXT,
    note TEXT
);
"""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class AuditLog:
    """Audit entries (one per graph event) and pending clinician reviews."""

    def __init__(self, path: Path) -> None:
        """Open (and create) the database at `path`."""
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")  # see carebridge.service: survives a killed process
        self._conn.executescript(_SCHEMA)
        self._lock = threading.Lock()

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    def _insert(self, session_id: str, role: str | None, events: list[dict[str, Any]]) -> None:
        row = self._conn.execute("SELECT MAX(seq) FROM audit WHERE session_id = ?", (session_id,)).fetchone()
        first = 0 if row[0] is None else int(row[0]) + 1
        self._conn.executemany(
            "INSERT INTO audit (ts, session_id, seq, role, kind, data) VALUES (?,?,?,?,?,?)",
            [(e.get("ts") or _now(), session_id, first + i, role, str(e.get("kind", "event")),
              json.dumps(e, ensure_ascii=False, default=str)) for i, e in enumerate(events)])

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        # One writer at a time, and all of a batch or none of it.
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def sync_state_events(self, session_id: str, role: str | None, events: list[dict[str, Any]]) -> int:
        """Write the graph-state events not yet logged (a cursor per session makes it idempotent)."""
        with self._transaction():
            row = self._conn.execute("SELECT state_events FROM cursor WHERE session_id = ?", (session_id,)).fetchone()
            new = events[row[0] if row else 0:]
            if new:
                self._insert(session_id, role, new)
                self._conn.execute(
                    "INSERT INTO cursor (session_id, state_events) VALUES (?, ?) "
                    "ON CONFLICT(session_id) DO UPDATE SET state_events = excluded.state_events",
                    (session_id, len(events)))
        return len(new)

    def append(self, session_id: str, role: str | None, events: list[dict[str, Any]]) -> None:
        """Write events that happened outside the graph (e.g. while a review is pending)."""
        with self._transaction():
            self._insert(session_id, role, events)

    def entries(self, session_id: str) -> list[dict[str, Any]]:
        """Every entry for `session_id`, oldest first."""
        cur = self._conn.execute(
            "SELECT ts, seq, role, kind, data FROM audit WHERE session_id = ? ORDER BY seq", (session_id,))
        return [{"ts": ts, "seq": seq, "role": role, "kind": kind, "data": json.loads(data)}
                for ts, seq, role, kind, data in cur.fetchall()]

    def sessions(self, limit: int = 50) -> list[dict[str, Any]]:
        """Most recent sessions with their entry counts."""
        cur = self._conn.execute(
            "SELECT session_id, MIN(ts), MAX(ts), COUNT(*) FROM audit GROUP BY session_id ORDER BY MAX(ts) DESC LIMIT ?",
            (limit,))
        return [{"session_id": s, "first": a, "last": b, "entries": n} for s, a, b, n in cur.fetchall()]

    # --- review queue -------------------------------------------------------------------
    def add_review(self, session_id: str, agent: str, urgency: str | None, summary: dict[str, Any]) -> None:
        """Queue a summary for clinician sign-off (idempotent per session)."""
        with self._lock:
            self._conn.execute(
                "INSERT OR IGNORE INTO reviews (session_id, created_at, status, agent, urgency, summary) "
                "VALUES (?,?,?,?,?,?)",
                (session_id, _now(), "pending", agent, urgency, json.dumps(summary, ensure_ascii=False)))

    def close_review(self, session_id: str, status: str, reviewer: str, note: str | None) -> None:
        """Mark a queued review approved or edited."""
        with self._lock:
            self._conn.execute(
                "UPDATE reviews SET status = ?, reviewer = ?, reviewed_at = ?, note = ? WHERE session_id = ?",
                (status, reviewer, _now(), note, session_id))

    def reviews(self, status: str | None = "pending") -> list[dict[str, Any]]:
        """Queued reviews, most urgent first, then oldest first."""
        order = ("CASE urgency WHEN 'emergency_ambulance' THEN 0 WHEN 'emergency' THEN 1 "
                 "WHEN 'urgent' THEN 2 WHEN 'routine' THEN 3 ELSE 4 END, created_at")
        sql = "SELECT session_id, created_at, status, agent, urgency, summary, reviewer, reviewed_at, note FROM reviews"
        cur = (self._conn.execute(f"{sql} WHERE status = ? ORDER BY {order}", (status,)) if status
               else self._conn.execute(f"{sql} ORDER BY {order}"))
        keys = ("session_id", "created_at", "status", "agent", "urgency", "summary", "reviewer", "reviewed_at", "note")
        out = []
        for row in cur.fetchall():
            item = dict(zip(keys, row, strict=True))
            item["summary"] = json.loads(item["summary"])
            out.append(item)
        return out
