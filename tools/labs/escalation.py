"""Side effects of an interpreted report: critical values into the nurse inbox, results into the trend store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from carebridge.tools.inbox import open_inbox
from carebridge.tools.labs.store import open_lab_store


def escalate_critical(report: dict[str, Any], data_dir: Path, *, patient_id: str | None = None,
                      ref: str | None = None) -> list[dict[str, Any]]:
    """One `critical_value` inbox item per critical result; the same report twice adds nothing.

    The dedupe key is patient (or, without one, the chat session) + report content + LOINC
    code, so a retried or re-run report never pages the nurse twice, while a new report
    with the same value, or another anonymous patient's, does.
    """
    items = []
    critical = [r for r in report["results"] if r["flag"].startswith("critical") or r.get("possibly_critical")]
    if not critical:
        return items
    box = open_inbox(data_dir)
    try:
        for r in critical:
            word_en, word_zh = {"critical_low": ("critically low", "危急低值"), "critical_high": ("critically high", "危急高值")}.get(
                r["flag"], ("possibly critical (no unit given: confirm it)", "可能为危急值（未写单位，请核实）"))
            unit = f" {r['unit']}" if r.get("unit") else ""
            who = f" (patient {patient_id})" if patient_id else ""
            item, created = box.add(
                dedupe_key=f"report:{patient_id or ref or '-'}:{report['report_key']}:{r['code']}",
                source="report", kind="critical_value", priority="emergency",
                title_en=f"Critical lab value{who}: {r['analyte']} {r['value']}{unit} is {word_en}",
                title_zh=f"危急值{'（患者 ' + patient_id + '）' if patient_id else ''}：{r['analyte_zh']} {r['value']}{unit}，{word_zh}",
                patient_id=patient_id, ref=ref or f"lab-report:{report['report_key']}",
                detail={"code": r["code"], "analyte": r["analyte"], "value": r["value"], "unit": r.get("unit"),
                        "flag": r["flag"], "critical_limits": r.get("critical_limits"),
                        "reference_range": r.get("reference_range"), "effective": r.get("effective"),
                        "report_key": report["report_key"]})
            items.append({"id": item.id, "created": created, "code": r["code"], "priority": item.priority})
    finally:
        box.close()
    return items


def store_and_trend(report: dict[str, Any], data_dir: Path, patient_id: str) -> None:
    """Add `trend` (change versus this patient's previous value) to each result, then store the report."""
    store = open_lab_store(data_dir)
    try:
        store.add_trends(patient_id, report)
        store.record(patient_id, report)
    finally:
        store.close()
