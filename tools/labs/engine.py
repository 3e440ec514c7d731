"""Interpret a lab report: parse, flag every row, explain the abnormal ones. Pure (no I/O)."""

from __future__ import annotations

import hashlib
import json
import logging
from typing import Any

from carebridge.tools.labs.explain import CRITICAL_NOTICE, explain
from carebridge.tools.labs.flags import interpret_row
from carebridge.tools.labs.knowledge import LabKnowledge, load_lab_knowledge
from carebridge.tools.labs.parse import NEWBORN_DAYS, ParsedReport, parse_report
from carebridge.tools.labs.units import check_unit, clean_unit
from carebridge.tools.text import detect_lang

logger = logging.getLogger(__name__)


def interpret_report(text: str, *, age: float | None = None, sex: str | None = None, lang: str | None = None,
                     filename: str | None = None, kb: LabKnowledge | None = None) -> dict[str, Any]:
    """The `carebridge report` contract for one report. Raises `ReportInputError` if nothing is readable."""
    kb = kb or load_lab_knowledge()
    parsed = parse_report(text, filename)
    return interpret_parsed(parsed, text, age=age, sex=sex, lang=lang, kb=kb)


def interpret_parsed(parsed: ParsedReport, text: str, *, age: float | None, sex: str | None, lang: str | None,
                     kb: LabKnowledge) -> dict[str, Any]:
    """Flag the rows of an already parsed report."""
    used_sex = sex or parsed.sex
    used_age = age if age is not None else parsed.age
    # A newborn: the text says so, or the age is within the neonatal period (28 days).
    newborn = parsed.newborn or (used_age is not None and used_age * 365.25 < NEWBORN_DAYS + 1 and used_age > 0)
    results = []
    skipped = list(parsed.skipped)
    for row in parsed.rows:
        try:
            result = interpret_row(row, kb, used_sex, used_age, newborn=newborn, minor=parsed.minor)
        except Exception as exc:  # noqa: BLE001 - one unreadable line must not hide the others
            logger.warning("lab row %s could not be interpreted: %s", row.where, type(exc).__name__)
            result = {"analyte": row.name or row.code or "?", "analyte_zh": row.name or row.code or "?",
                      "as_written": row.name, "code": row.code, "key": None, "group": None,
                      "value": row.value if row.value is not None else row.value_text, "unit": row.unit, "flag": "unknown",
                      "interpretation": None, "reference_range": None, "range_source": None, "where": row.where,
                      "notes": [], "reason": f"could not read this line ({type(exc).__name__}); check it by hand"}
        # A text line with an unknown name and no lab unit ("年龄：45岁") is not a result: keep it
        # in `skipped` (nothing is lost) rather than calling it an unknown analyte.
        # So is a line with no value whose name is not a test ("肝功能：", a heading).
        if parsed.format == "text" and result["key"] is None and (row.no_value or (
                not row.problem and not (row.unit and check_unit(clean_unit(row.unit)))
                and row.ref_low is None and row.ref_high is None)):
            skipped.append(f"{row.where}: {row.text}")
            continue
        results.append(result)
    critical = any(r["flag"].startswith("critical") for r in results)
    lang = lang or ("zh" if detect_lang(text[:2000]) == "zh" or any(
        r.get("as_written") and detect_lang(r["as_written"]) == "zh" for r in results) else "en")
    out: dict[str, Any] = {
        "results": results,
        "critical": critical,
        "explanation": explain(results, kb),
        "lang": lang,
        "format": parsed.format,
        "patient": {"age": used_age, "sex": used_sex, "newborn": newborn,
                    "from_report": {k: v for k, v in (("age", parsed.age), ("sex", parsed.sex)) if v is not None}},
        "counts": {f: sum(1 for r in results if r["flag"] == f)
                   for f in ("normal", "low", "high", "critical_low", "critical_high", "unknown")},
        "skipped": skipped,
        "report_key": report_key(results),
    }
    if parsed.fhir_version:
        out["fhir_version"] = parsed.fhir_version
    if critical:
        out["critical_notice"] = CRITICAL_NOTICE
    if used_sex is None:
        out["patient"]["note"] = ("sex not given: sex-specific ranges are combined, so only values outside every "
                                  "sex's range are flagged; pass --sex F|M for the exact range")
    return out


def report_key(results: list[dict[str, Any]]) -> str:
    """Stable id of a report's content, so processing it twice is recognised (idempotent escalation)."""
    rows = sorted(json.dumps([r.get("code") or r.get("as_written"), r.get("value"), r.get("unit"), r.get("effective")],
                             ensure_ascii=False, default=str) for r in results)
    return hashlib.sha256("\n".join(rows).encode()).hexdigest()[:16]
