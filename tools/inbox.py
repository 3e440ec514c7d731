"""The nurse inbox: items a person must act on (critical lab values, follow-up escalations,
unanswered contacts), in SQLite in the data directory.

Every agent that escalates writes here, so a nurse has one queue. Adding is idempotent on
a `dedupe_key` (a retried escalation never appears twice); items are never deleted, only
resolved, and resolving records who did it and when. Only staff read or resolve: the
checks live here, in the code path an API would call, not only in the CLI.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

Priority = Literal["emergency", "urgent", "routine"]
PRIORITY_RANK: dict[str, int] = {"emergency": 0, "urgent": 1, "routine": 2}
STAFF_ROLES = ("nurse", "doctor")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS inbox (
    id TEXT PRIMARY KEY,
    dedupe_key TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    source TEXT NOT NULL,
    kind TEXT NOT NULL,
    priority TEXT NOT NULL,
    priority_rank INTEGER NOT NULL,
    patient_id TEXT,
    ref TEXT,
    title_en TEXT NOT NULL,
    title_zh TEXT NOT NULL,
    detail TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open',
    resolved_by TEXT,
    resolved_at TEXT,
    resolution TEXT
);
CREATE INDEX IF NOT EXISTS inbox_open ON inbox (status, priority_rank, created_at);
CREATE TRIGGER IF NOT EXISTS inbox_no_delete BEFORE DELETE ON inbox
BEGIN SELECT RAISE(ABORT, 'inbox items are resolved, never deleted'); END;
"""


class InboxError(LookupError):
    """An inbox request that cannot be done; `code` is stable, the message says what to do."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class InboxItem(BaseModel):
    """One thing a nurse must look at."""

    id: str
    created_at: str
    source: str = Field(description="the agent that raised it: report, followup, triage, ...")
    kind: str = Field(description="e.g. critical_value, escalation, no_answer")
    priority: Priority
    patient_id: str | None = None
    ref: str | None = Field(default=None, description="what it is about: a session, contact or report id")
    title_en: str
    title_zh: str
    detail: dict[str, Any] = Field(default_factory=dict)
    status: Literal["open", "resolved"] = "open"
    resolved_by: str | None = None
    resolved_at: str | None = None
    resolution: str | None = None

    def to_fhir_task(self) -> dict[str, Any]:
        """The item as a FHIR R4 Task-shaped dict (status requested/completed, priority stat/urgent/routine)."""
        task: dict[str, Any] = {
            "resourceType": "Task",
            "id": self.id,
            "status": "completed" if self.status == "resolved" else "requested",
            "intent": "order",
            "priority": {"emergency": "stat", "urgent": "urgent", "routine": "routine"}[self.priority],
            "code": {"text": self.kind},
            "description": self.title_en,
            "authoredOn": self.created_at,
            "requester": {"display": f"carebridge {self.source} agent"},
            "performerType": [{"text": "nurse"}],
            "input": [{"type": {"text": "detail"}, "valueString": json.dumps(self.detail, ensure_ascii=False)}],
        }
        if self.patient_id:
            task["for"] = {"identifier": {"value": self.patient_id}}
        if self.ref:
            task["focus"] = {"identifier": {"value": self.ref}}
        if self.status == "resolved":
            task["lastModified"] = self.resolved_at
            task["owner"] = {"display": self.resolved_by}
            if self.resolution:
                task["note"] = [{"text": self.resolution}]
        return task


def require_staff(role: str) -> None:
    """Only nurses and doctors see or act on the inbox."""
    if role not in STAFF_ROLES:
        raise InboxError("forbidden", f"only staff ({' or '.join(STAFF_ROLES)}) can use the nurse inbox, not {role!r}.")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class NurseInbox:
    """The shared escalation queue."""

    def __init__(self, path: Path) -> None:
        """Open (and create) the inbox database at `path`."""
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.executescript(_SCHEMA)
        self._conn.row_factory = sqlite3.Row
        self._lock = threading.Lock()

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    def add(self, *, dedupe_key: str, source: str, kind: str, priority: Priority, title_en: str, title_zh: str,
            patient_id: str | None = None, ref: str | None = None, detail: dict[str, Any] | None = None,
            ) -> tuple[InboxItem, bool]:
        """Add an item unless one with `dedupe_key` exists; return (item, created)."""
        if priority not in PRIORITY_RANK:
            raise InboxError("bad_priority", f"priority must be one of {', '.join(PRIORITY_RANK)}, not {priority!r}.")
        with self._lock:
            cur = self._conn.execute(
                "INSERT OR IGNORE INTO inbox (id, dedupe_key, created_at, source, kind, priority, priority_rank,"
                " patient_id, ref, title_en, title_zh, detail) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (f"in-{uuid.uuid4().hex[:10]}", dedupe_key, _now(), source, kind, priority, PRIORITY_RANK[priority],
                 patient_id, ref, title_en, title_zh, json.dumps(detail or {}, ensure_ascii=False, default=str)))
            created = cur.rowcount == 1
            row = self._conn.execute("SELECT * FROM inbox WHERE dedupe_key = ?", (dedupe_key,)).fetchone()
        return _item(row), created

    def get(self, item_id: str, *, role: str) -> InboxItem:
        """One item by id."""
        require_staff(role)
        row = self._conn.execute("SELECT * FROM inbox WHERE id = ?", (item_id,)).fetchone()
        if row is None:
            raise InboxError("unknown_item", f"no inbox item {item_id!r}; `carebridge followup inbox` lists them.")
        return _item(row)

    def items(self, *, role: str, status: str | None = "open", patient_id: str | None = None,
              source: str | None = None) -> list[InboxItem]:
        """Items, most urgent first, newest first within a priority."""
        require_staff(role)
        sql, args = "SELECT * FROM inbox WHERE 1=1", []
        for column, value in (("status", status), ("patient_id", patient_id), ("source", source)):
            if value is not None:
                sql += f" AND {column} = ?"
                args.append(value)
        sql += " ORDER BY priority_rank, created_at DESC, rowid DESC"
        return [_item(r) for r in self._conn.execute(sql, args)]

    def resolve(self, item_id: str, *, by: str, role: str, note: str | None = None) -> InboxItem:
        """Mark an open item resolved by `by`; resolving twice is an error, not a silent overwrite."""
        require_staff(role)
        if not by.strip():
            raise InboxError("missing_name", "say who resolves the item (--by NAME).")
        with self._lock:
            cur = self._conn.execute(
                "UPDATE inbox SET status='resolved', resolved_by=?, resolved_at=?, resolution=? "
                "WHERE id=? AND status='open'", (by.strip(), _now(), note, item_id))
        if cur.rowcount == 0:
            item = self.get(item_id, role=role)  # raises unknown_item if it does not exist
            raise InboxError("already_resolved", f"inbox item {item_id} was already resolved by {item.resolved_by} "
                             f"at {item.resolved_at}.")
        return self.get(item_id, role=role)


def open_inbox(data_dir: Path) -> NurseInbox:
    """The inbox of a data directory (`inbox.sqlite`), created on first use."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    return NurseInbox(data_dir / "inbox.sqlite")


def _item(row: sqlite3.Row) -> InboxItem:
    data = dict(row)
    data.pop("dedupe_key", None)
    data.pop("priority_rank", None)
    data["detail"] = json.loads(data["detail"])
    return InboxItem.model_validate(data)
