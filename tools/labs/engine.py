"""Interpret a lab report: parse, flag every row, explain the abnormal ones. Pure (no I/O)."""

from __future__ import annotations

import hashlib
import json
import logging
import re
from typing import Any

from carebridge.tools.labs.explain import CRITICAL_NOTICE, explain
from carebridge.tools.labs.flags import interpret_row
from carebridge.tools.labs.knowledge import LabKnowledge, load_lab_knowledge
from carebridge.tools.labs.parse import NEWBORN_DAYS, ParsedReport, parse_report
from carebridge.tools.labs.units import check_unit, clean_unit, time_span
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
    # Pregnant, with the trimester stated: that trimester's sourced ranges (never for a male patient).
    trimester = parsed.trimester if used_sex != "M" else None
    results = []
    skipped = list(parsed.skipped)
    # Lines with a number that are not a test carebridge knows ("阿巴阿巴 12.5", "??? 12.5 ###"): listed as
    # skipped when the report has results, but when it has none they are the answer, each `unknown` with a reason.
    leftovers: list[tuple[str, dict[str, Any]]] = []
    for row in parsed.rows:
        try:
            result = interpret_row(row, kb, used_sex, used_age, newborn=newborn, minor=parsed.minor, trimester=trimester)
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
        if result["key"] is None and row.value is not None and (vital := vital_sign(row.name)):
            # "体温 38.6℃", "BMI 31.2 kg/m2", "血压 145/92": a measurement, but not a lab test.
            written = (row.text or "")[len(row.name or ""):].strip(" :：=") if (row.text or "").startswith(row.name or "") else None
            if written:
                result.update(value=written, unit=None)  # "145/92 mmHg" as written, not a number and a unit
            # A printed range beside it ("BMI 31.2 kg/m2 ↑ 18.5-23.9") does not make it one: no flag.
            result.update(flag="unknown", interpretation=None, reference_range=None, range_source=None)
            result["notes"] = [n for n in result["notes"] if "report's own range" not in n]
            result["reason"] = (f"{row.name!r} is a vital sign or body measurement ({vital}), not a lab test: carebridge "
                                "interprets lab results only; ask your nurse or doctor what it means for you")
            results.append(result)
            continue
        if row.orphan or (parsed.format == "text" and result["key"] is None and (row.no_value or (
                not row.problem and not (row.unit and check_unit(clean_unit(row.unit)) and not time_span(clean_unit(row.unit)))
                and row.ref_low is None and row.ref_high is None))):
            skipped.append(f"{row.where}: {row.text}")
            if row.value is not None and not _metadata(row):
                leftovers.append((skipped[-1], result))
            elif row.no_value and row.name and (named := _names_a_test(row, kb, used_sex, used_age, newborn, parsed.minor, trimester)):
                # "my potassium was fine", "钾偏高，医生说要复查": a test named in a sentence with no number.
                leftovers.append((skipped[-1], named))
            continue
        results.append(result)
    if not results and leftovers:
        results = [r for _, r in leftovers]
        skipped = [s for s in skipped if s not in {where for where, _ in leftovers}]
    critical = any(r["flag"].startswith("critical") or r.get("possibly_critical") for r in results)
    lang = lang or ("zh" if detect_lang(text[:2000]) == "zh" or any(
        r.get("as_written") and detect_lang(r["as_written"]) == "zh" for r in results) else "en")
    if not results:
        # NOTE: "报告单已审核，请凭条码到自助机打印": no line of the text is a result. An empty list would read as "nothing
        # is out of range"; one `unknown` row says instead that nothing was found, and what to give.
        results = [no_result_row(lang)]
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
    if results[0].get("no_result"):
        out["no_result"] = True
    if trimester is not None:
        out["patient"]["pregnancy"] = {"weeks": parsed.gestation_weeks, "trimester": trimester}
    if parsed.fhir_version:
        out["fhir_version"] = parsed.fhir_version
    if critical:
        out["critical_notice"] = CRITICAL_NOTICE
    if used_sex is None:
        out["patient"]["note"] = ("sex not given: sex-specific ranges are combined, so only values outside every "
                                  "sex's range are flagged; pass --sex F|M for the exact range")
    return out


def shown_value(value: Any) -> str:
    """A result's value as the table and the chat reply show it: a number without trailing zeros, "-" for none
    (the no-result row), else as written (a qualitative result such as "阳性")."""
    if value is None:
        return "-"
    return f"{value:g}" if isinstance(value, float) else str(value)


NO_RESULT_REASON = {
    "en": "no lab result found in this text: paste lines such as 'K 4.1 mmol/L' or give the report file "
          "(FHIR JSON, CSV or text)",
    "zh": "这段文字中没有找到化验结果：请逐行粘贴结果，例如“血钾 4.1 mmol/L”，或提供报告文件（FHIR JSON、CSV 或文本）",
}


def no_result_row(lang: str) -> dict[str, Any]:
    """The one `unknown` row of a text in which no line is a lab result (`no_result`: true)."""
    return {"analyte": "no lab result found", "analyte_zh": "未找到化验结果", "as_written": None, "code": None,
            "key": None, "group": None, "value": None, "unit": None, "flag": "unknown", "interpretation": None,
            "reference_range": None, "range_source": None, "where": "text", "notes": [],
            "reason": NO_RESULT_REASON["zh" if lang == "zh" else "en"], "no_result": True}


def _names_a_test(row: Any, kb: LabKnowledge, sex: str | None, age: float | None, newborn: bool,
                  minor: bool, trimester: int | None = None) -> dict[str, Any] | None:
    """A line without a number whose words name a known test: `unknown`, asking for the number (else None)."""
    try:
        result = interpret_row(row, kb, sex, age, newborn=newborn, minor=minor, loose=True, trimester=trimester)
    except Exception:  # noqa: BLE001 - a remark that cannot be read stays skipped
        return None
    if result["key"] is None:
        return None
    result["reason"] = (f"no value given for {result['analyte']}: the line names the test but gives no number; "
                        "check the report and give the number with its unit")
    return result


_VITALS = (
    ("body temperature", r"体温|\btemp(?:erature)?\b"),
    ("blood pressure", r"血压|收缩压|舒张压|blood pressure|\bBP\b|systolic|diastolic"),
    # "24-hr urine", "24 hr urine protein": hours of a collection, not a heart rate.
    ("heart rate or pulse", r"心率|脉搏|脉率|heart rate|(?<!\d)(?<!\d[\s-])\bHR\b|pulse"),
    ("breathing rate", r"呼吸|respiratory rate|resp(?:iration)? rate|\bRR\b"),
    ("oxygen saturation by pulse oximetry", r"血氧饱和度|指脉氧|血氧(?!分压)|SpO2|pulse ox"),
    ("body size", r"身高|体重|体重指数|腰围|臀围|\bBMI\b|body mass index|weight|height|waist"),
)


def vital_sign(name: str | None) -> str | None:
    """What kind of vital sign or body measurement `name` is, or None (only asked of names that are not a known test)."""
    for kind, pattern in _VITALS:
        if name and re.search(pattern, name, re.IGNORECASE):
            return kind
    return None


# Report and patient details that carry numbers but are not results ("年龄：45岁", "床号 12", "Sample ID 2024").
# "医生" is the report's doctor ("送检医生：王"), not the doctor who said the number ("医生说我的指标是120").
_METADATA = re.compile(r"年龄|性别|姓名|科室|病区|床号?|病历号|住院号|门诊号|就诊号|标本|样本|条码|编号|日期|时间|采样|采集|送检|接收|"
                       r"报告(?:日期|时间|人|者|编号|单号|医[生师])|审核|检验者|检验员|医生(?!说|讲|告诉|跟我说)|电话|页|\b(?:age|sex|gender|dob|date|time|bed|ward|mrn|id|no|sample|specimen|"
                       r"page|tel|phone|lab no)\b", re.IGNORECASE)


def _metadata(row: Any) -> bool:
    from carebridge.tools.labs.parse import DATE_OR_TIME

    return bool(_METADATA.search(row.name or "") or DATE_OR_TIME.search(row.text or ""))


def report_key(results: list[dict[str, Any]]) -> str:
    """Stable id of a report's content, so processing it twice is recognised (idempotent escalation)."""
    rows = sorted(json.dumps([r.get("code") or r.get("as_written"), r.get("value"), r.get("unit"), r.get("effective")],
                             ensure_ascii=False, default=str) for r in results)
    return hashlib.sha256("\n".join(rows).encode()).hexdigest()[:16]
