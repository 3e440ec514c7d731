"""Per-patient lab history (`labs.sqlite` in the data dir) for trends; idempotent per report."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS lab_results (
    patient_id TEXT NOT NULL,
    report_key TEXT NOT NULL,
    code TEXT NOT NULL,
    value REAL NOT NULL,
    unit TEXT NOT NULL,
    flag TEXT NOT NULL,
    observed_at TEXT,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (patient_id, report_key, code)
);
CREATE INDEX IF NOT EXISTS lab_results_by_code ON lab_results (patient_id, code, recorded_at);
"""


class LabStore:
    """Stored numeric results per patient and LOINC code, in the canonical unit."""

    def __init__(self, path: Path) -> None:
        """Open (and create) the store at `path`."""
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.executescript(_SCHEMA)
        self._lock = threading.Lock()

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    def add_trends(self, patient_id: str, report: dict[str, Any]) -> None:
        """Put `trend` on each result that has an earlier value for this patient (another report)."""
        for r in report["results"]:
            point = _point(r)
            if point is None:
                continue
            row = self._conn.execute(
                "SELECT value, unit, observed_at, recorded_at FROM lab_results WHERE patient_id=? AND code=? "
                "AND report_key<>? ORDER BY COALESCE(observed_at, recorded_at) DESC, recorded_at DESC LIMIT 1",
                (patient_id, r["code"], report["report_key"])).fetchone()
            if row is None:
                continue
            prev, unit, observed, recorded = row
            change = round(point[0] - prev, 6)
            r["trend"] = {"previous": prev, "unit": unit, "previous_at": observed or recorded, "change": change,
                          "direction": "up" if change > 0 else "down" if change < 0 else "same",
                          "percent": round(change / prev * 100, 1) if prev else None}

    def record(self, patient_id: str, report: dict[str, Any]) -> int:
        """Store the report's numeric results (again = no-op); returns how many rows were new."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        added = 0
        with self._lock:
            for r in report["results"]:
                point = _point(r)
                if point is None:
                    continue
                cur = self._conn.execute(
                    "INSERT OR IGNORE INTO lab_results VALUES (?,?,?,?,?,?,?,?)",
                    (patient_id, report["report_key"], r["code"], point[0], point[1], r["flag"], r.get("effective"), now))
                added += cur.rowcount
        return added


def _point(r: dict[str, Any]) -> tuple[float, str] | None:
    """(value, unit) in the canonical unit, or None for unknown or qualitative results.

    A result unknown only for want of the patient's sex or age (`sex_needed`, `age_needed`) has a sure value and unit:
    it is kept."""
    if (r["flag"] == "unknown" and not (r.get("sex_needed") or r.get("age_needed"))) or not r.get("code") or not isinstance(r.get("value"), int | float):
        return None
    if r.get("converted"):
        return float(r["converted"]["value"]), r["converted"]["unit"]
    return float(r["value"]), r.get("unit") or ""


def open_lab_store(data_dir: Path) -> LabStore:
    """The lab history of a data directory (`labs.sqlite`)."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    return LabStore(data_dir / "labs.sqlite")
