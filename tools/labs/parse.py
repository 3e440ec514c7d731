"""Read a lab report (FHIR R4 JSON, CSV or pasted text lines) into raw result rows.

Parsing never decides a flag. A row that cannot be read keeps its text and a `problem`
(the engine turns it into `flag: unknown` with that reason), so one bad line never
hides the others.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from carebridge.tools.labs import units
from carebridge.tools.text import ZH_DIGITS, normalize, zh_integer


class ReportInputError(ValueError):
    """The whole input is unusable (not one bad line); `code` is stable, the message says what to do."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class RawResult:
    """One result as written in the report, before any lookup or flagging."""

    where: str  # "line 3", "Observation/f001", "row 2"
    text: str = ""
    name: str | None = None
    code: str | None = None
    value: float | None = None
    comparator: str | None = None
    value_text: str | None = None
    unit: str | None = None
    ref_low: float | None = None
    ref_high: float | None = None
    ref_text: str | None = None
    ref_unit: str | None = None
    effective: str | None = None
    lab_flag: str | None = None  # the flag the report itself printed (H, L, ↑ ...)
    # The flag is a FHIR Observation's coded HL7 interpretation (v3 ObservationInterpretation or v2 table 0078), where
    # "N" means Normal, not a letter of a free-text line.
    lab_flag_coded: bool = False
    # A text range with several groups ("18-64 y Male: 4.6 - 5.4; ... Female: 4.0 - 4.8"):
    # (sex, min age, max age, low, high) per group; the engine picks the patient's group.
    ref_groups: list[tuple[str | None, float | None, float | None, float, float]] = field(default_factory=list)
    problem: str | None = None
    # A line that names a test but gives no result ("肌酐：", "Hemoglobin: g/dL"): the engine
    # reports it as `unknown` when the name is a known test, and skips it otherwise (a heading).
    no_value: bool = False
    # The value was written with a thousands separator ("92,000"): a count of whole cells per µL.
    grouped: bool = False
    # The decimals the value was written with ("8.0" -> 1, "1.10" -> 2), when read from text; None for a FHIR number.
    decimals: int | None = None
    # A number with no readable name at all ("??? 12.5 ###"): reported only when nothing else on the report is.
    orphan: bool = False
    # The line is written in Chinese (a Chinese message, even where the test is named "AST"): `flags` reads a
    # number without a unit in the unit Chinese laboratories report in.
    zh_line: bool = False
    # The value had no unit of its own; the one written after its printed range was used ("Ca 5.4 (ref 8.6-10.3 mg/dL)").
    unit_from_range: bool = False
    # A FHIR validation fault in an element that does not bear on the result (the resource id): said in the notes.
    fhir_note: str | None = None
    # The line says outright that the report gives no unit ("肌酐 85（单位未注明）", "磷 1.2，没有单位", "creatinine 85
    # (no unit given)"): `flags` does not assume the unit Chinese laboratories report in (lab sets 11, 81).
    unit_not_stated: bool = False


@dataclass
class ParsedReport:
    """Rows plus what was recognised about the report as a whole."""

    format: str
    rows: list[RawResult]
    skipped: list[str] = field(default_factory=list)
    sex: str | None = None
    age: float | None = None
    fhir_version: str | None = None
    # The text says the patient is a newborn ("新生儿", "newborn", "出生第3天"): newborn critical limits apply.
    newborn: bool = False
    # The text says the patient is a child ("儿童", "宝宝", "婴儿", "患儿"), with or without an age.
    minor: bool = False
    # The text says the patient is pregnant and how far ("孕32周", "32 weeks pregnant", "third trimester"):
    # the completed weeks when written, and the trimester (1: to week 13, 2: weeks 14-27, 3: from week 28).
    gestation_weeks: int | None = None
    trimester: int | None = None


# ---------------------------------------------------------------- format detection
def parse_report(text: str, filename: str | None = None) -> ParsedReport:
    """Detect the format and parse. Raises `ReportInputError` only when nothing can be read."""
    stripped = text.lstrip("\ufeff").strip()
    if not stripped:
        raise ReportInputError("empty_report", "the report is empty: give a FHIR JSON file, a CSV file, "
                               "or lines such as '血钾 6.9 mmol/L'.")
    lower_name = (filename or "").lower()
    if stripped[0] in "{[" or lower_name.endswith(".json"):
        return parse_fhir(stripped)
    # Full-width punctuation (，；) is folded first, so a header typed with a Chinese input method is found too.
    folded = stripped.translate(_FULL_WIDTH)
    report = parse_csv(folded) if lower_name.endswith(".csv") or _csv_delimiter(folded) is not None else parse_text(stripped)
    report.gestation_weeks, report.trimester = gestation(stripped)
    return report


# How far a pregnancy is, as patients and antenatal notes write it: "孕32周", "妊娠第30周", "怀孕28+3周", "孕5个月",
# "孕晚期", "32 weeks pregnant", "at 30 weeks' gestation", "Pregnant 32 weeks", "third trimester".
# NOTE: only a pregnancy word with a number or a trimester word counts: "孕酮" (progesterone), "孕妇", "备孕" and
# "产后2周" (after the birth) say nothing about the trimester; nor does "GA" (also glycated albumin, 糖化白蛋白).
_GESTATION_WEEKS = re.compile(
    r"(?:孕|妊娠|怀孕)\s*(?:第\s*)?(?P<zh>\d{1,2})(?:\s*\+\s*\d)?\s*(?:周|星期|w(?![a-z]))"
    r"|(?<![\d.])(?P<en>\d{1,2})(?:\s*\+\s*\d)?\s*-?\s*(?:weeks?|wks?)['’]?\s*(?:of\s+|into\s+(?:the\s+|my\s+|her\s+)?)?"
    r"(?:gestation(?:al)?|pregnant|pregnancy)\b"
    r"|\b(?:pregnant|pregnancy|gestation|gestational\s+age)\b\s*[,:：=(（]?\s*(?:at\s+|of\s+)?(?P<en_after>\d{1,2})"
    r"(?:\s*\+\s*\d)?\s*(?:weeks?|wks?|w)\b", re.IGNORECASE)
_GESTATION_MONTHS = re.compile(r"(?:孕|怀孕|妊娠)\s*(?:第\s*)?(?P<zh>\d{1,2})\s*(?:个)?月"
                               r"|(?<![\d.])(?P<en>\d{1,2})\s*-?\s*months?\s+pregnant\b", re.IGNORECASE)
_TRIMESTER_WORDS = re.compile(r"(?P<zh>孕早期|早孕期?|妊娠早期|孕中期|中孕期?|妊娠中期|孕晚期|晚孕期?|妊娠晚期)"
                              r"|\b(?P<en>first|1st|second|2nd|third|3rd)\s+trimester\b", re.IGNORECASE)
_TRIMESTER_OF_WORD = {"早": 1, "中": 2, "晚": 3, "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}


def gestation(text: str) -> tuple[int | None, int | None]:
    """(completed weeks, trimester) of a pregnancy the text states, or (None, None).

    Trimesters as ACOG counts them: the first to 13 weeks 6 days, the second 14 to 27 weeks 6 days, the third from
    28 weeks; months 1-3, 4-6 and 7-10. More than one trimester stated: none is used.
    """
    found: set[int] = set()
    weeks: int | None = None
    for m in _GESTATION_WEEKS.finditer(text):
        w = int(m.group("zh") or m.group("en") or m.group("en_after"))
        if 1 <= w <= 44:
            weeks = w
            found.add(1 if w < 14 else 2 if w < 28 else 3)
    for m in _GESTATION_MONTHS.finditer(text):
        n = int(m.group("zh") or m.group("en"))
        if 1 <= n <= 10:
            found.add(1 if n <= 3 else 2 if n <= 6 else 3)
    for m in _TRIMESTER_WORDS.finditer(text):
        word = m.group("en").lower() if m.group("en") else next(c for c in "早中晚" if c in m.group("zh"))
        found.add(_TRIMESTER_OF_WORD[word])
    if len(found) != 1:
        return None, None
    return weeks, found.pop()


_CSV_DELIMITERS = (",", ";")


def _csv_delimiter(text: str) -> str | None:
    """The delimiter of a CSV whose first line is a header naming a value column and a name or code column."""
    first = text.splitlines()[0]
    for delimiter in _CSV_DELIMITERS:
        if first.count(delimiter) >= 2 and _csv_columns(_cells(first, delimiter)) is not None:
            return delimiter
    return None


def _cells(line: str, delimiter: str) -> list[str]:
    """One CSV line split into stripped cells (quotes honoured: '"Calcium, total",9.4,mg/dL')."""
    return [c.strip() for c in next(csv.reader([line], delimiter=delimiter, skipinitialspace=True), [])]


# ---------------------------------------------------------------- FHIR
_LAB_TYPES = ("Observation", "DiagnosticReport", "Bundle")


def parse_fhir(text: str) -> ParsedReport:
    """FHIR R4 Observation, DiagnosticReport (contained or referenced results) or Bundle of them."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReportInputError("bad_json", f"the report is not valid JSON (line {exc.lineno}, column {exc.colno}: "
                               f"{exc.msg}). Fix the file, or paste the values as text lines such as "
                               "'血钾 6.9 mmol/L'.") from None
    resources = data if isinstance(data, list) else [data]
    report = ParsedReport(format="fhir", rows=[], fhir_version="R4 (validated with fhir.resources R4B models)")
    by_ref: dict[str, dict[str, Any]] = {}
    observations: list[tuple[str, dict[str, Any]]] = []
    reports: list[dict[str, Any]] = []
    for res in resources:
        if not isinstance(res, dict) or "resourceType" not in res:
            raise ReportInputError("not_fhir", "the JSON is not a FHIR resource (no resourceType). Give a FHIR R4 "
                                   "Observation, DiagnosticReport or Bundle, or paste the values as text.")
        kind = res["resourceType"]
        if kind not in _LAB_TYPES:
            raise ReportInputError("wrong_resource", f"a FHIR {kind} is not a lab result. Give an Observation, a "
                                   "DiagnosticReport or a Bundle of them.")
        if kind == "Bundle":
            for n, entry in enumerate(res.get("entry") if isinstance(res.get("entry"), list) else [], 1):
                inner = (entry or {}).get("resource") if isinstance(entry, dict) else None
                if not isinstance(inner, dict):
                    report.rows.append(RawResult(where=f"entry {n}", problem="bundle entry without a resource"))
                    continue
                _collect(inner, f"entry {n}", entry.get("fullUrl"), by_ref, observations, reports, report)
        else:
            _collect(res, res["resourceType"], None, by_ref, observations, reports, report)
    seen: set[int] = set()
    for where, obs in observations:
        seen.add(id(obs))
        report.rows += _observation_rows(obs, where)
    for dr in reports:
        results = dr.get("result") if isinstance(dr.get("result"), list) else []
        for n, ref in enumerate(results, 1):
            reference = str(ref.get("reference", "")) if isinstance(ref, dict) else ""
            target = by_ref.get(reference)
            if target is None:
                report.rows.append(RawResult(where=f"DiagnosticReport result {n}", text=str(ref)[:200],
                                             problem=f"result reference {reference!r} is not in this file"))
            elif id(target) not in seen:
                seen.add(id(target))
                report.rows += _observation_rows(target, f"Observation/{target.get('id', n)}")
    if not report.rows:
        raise ReportInputError("no_results", "the FHIR resource holds no Observation results.")
    return report


def _collect(res: dict[str, Any], where: str, full_url: str | None, by_ref: dict[str, dict[str, Any]],
             observations: list[tuple[str, dict[str, Any]]], reports: list[dict[str, Any]], report: ParsedReport) -> None:
    kind = res.get("resourceType")
    rid = res.get("id")
    if kind == "Observation":
        for key in filter(None, (full_url, f"Observation/{rid}" if rid else None)):
            by_ref[key] = res
        observations.append((f"Observation/{rid}" if rid else where, res))
    elif kind == "DiagnosticReport":
        _validate("DiagnosticReport", res)  # a broken report wrapper is reported, its results still read
        for contained in res.get("contained") if isinstance(res.get("contained"), list) else []:
            if isinstance(contained, dict) and contained.get("resourceType") == "Observation":
                by_ref[f"#{contained.get('id')}"] = contained
        reports.append(res)
    elif kind == "Patient":
        # Sex and age for sex- and age-specific ranges (the caller's --sex/--age win).
        report.sex = {"male": "M", "female": "F"}.get(str(res.get("gender", "")).lower(), report.sex)
        born = str(res.get("birthDate") or "")
        if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", born):
            report.age = float(_years_since(born))
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", born) and report.age < 1:
                # An infant's age in days matters: the first 28 days have their own critical limits.
                from datetime import date

                days = (date.today() - date.fromisoformat(born)).days
                report.age = max(days, 0) / 365.25
                report.newborn = days <= NEWBORN_DAYS
        report.skipped.append(f"{where}: Patient (used for sex/age only)")
    elif kind is not None:
        report.skipped.append(f"{where}: {kind} (not a lab result)")


def _years_since(born: str) -> int:
    from datetime import date

    parts = [int(p) for p in born.split("-")] + [1, 1]
    birth = date(parts[0], parts[1], parts[2])
    today = date.today()
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


# Elements of an Observation that say nothing about the result itself: the resource's own id and bookkeeping, who it is
# about, who did it. A Chinese HIS writing "obs-cn_his-005" (an underscore is not allowed in a FHIR id) still sends a
# readable result; the fault is named in the result's notes. A fault anywhere else (status, code, value, range) still
# makes the Observation unreadable.
_BOOKKEEPING = frozenset({"id", "meta", "implicitRules", "language", "text", "identifier", "subject", "performer",
                          "encounter", "basedOn", "partOf", "focus", "device", "specimen", "note"})


def _validate(kind: str, res: dict[str, Any], *, tolerate_bookkeeping: bool = False) -> str | None:
    """Validate with the fhir.resources R4B model; None if valid, else the first problem.

    With `tolerate_bookkeeping`, faults only in `_BOOKKEEPING` elements come back as "tolerated: ..." (still readable).
    """
    if kind == "Observation":
        from fhir.resources.R4B.observation import Observation as Model
    else:
        from fhir.resources.R4B.diagnosticreport import DiagnosticReport as Model
    try:
        Model.model_validate(res)
    except ValidationError as exc:
        errors = exc.errors()
        first = errors[0]
        loc = ".".join(str(p) for p in first.get("loc", ()))
        problem = f"invalid FHIR {kind} ({loc}: {first.get('msg')})"
        roots = {str(e["loc"][0]) for e in errors if e.get("loc")}
        if tolerate_bookkeeping and all(e.get("loc") for e in errors) and roots <= _BOOKKEEPING:
            # Checks of the whole resource (a required status) run only once every element is valid: validate again
            # without the faulty bookkeeping elements, so a fault elsewhere is still found.
            rest = _validate(kind, {k: v for k, v in res.items() if k not in roots})
            return rest if rest is not None else f"tolerated: {problem}"
        return problem
    return None


def _loinc(code: Any) -> tuple[str | None, str | None]:
    """(LOINC code, display name) of a CodeableConcept; tolerant of malformed input (it is reported elsewhere)."""
    if not isinstance(code, dict):
        return None, None
    loinc = None
    display = code.get("text") if isinstance(code.get("text"), str) else None
    codings = code.get("coding") if isinstance(code.get("coding"), list) else []
    for coding in codings:
        if not isinstance(coding, dict):
            continue
        if "loinc" in str(coding.get("system", "")).lower() and loinc is None and coding.get("code"):
            loinc = str(coding.get("code"))
        display = display or (coding.get("display") if isinstance(coding.get("display"), str) else None)
    if loinc is None:
        # A local code with a readable name ("Creatinine(Serum)") is matched by name.
        display = display or next((str(c.get("code")) for c in codings if isinstance(c, dict) and c.get("code")), None)
    return loinc, display


_UCUM = "http://unitsofmeasure.org"


def _quantity_unit(qty: dict[str, Any]) -> str | None:
    """The unit of a FHIR Quantity. In R4 `unit` is the human-readable "unit representation" (free text:
    "Thousand/uL", "x10(3)/mcL") and `code` the "coded form of the unit" in the code system `system`; when that
    system is UCUM (http://unitsofmeasure.org) the code is the unit. Else the display, else a bare code."""
    code, unit = qty.get("code"), qty.get("unit")
    if isinstance(code, str) and code.strip() and str(qty.get("system", "")).rstrip("/") == _UCUM:
        readable = units.check_unit(units.clean_unit(code.strip()))
        if readable or not (isinstance(unit, str) and units.check_unit(units.clean_unit(unit))):
            word = units.annotation(unit) if isinstance(unit, str) else None
            if (word and units.annotation(code) is None
                    and units.clean_unit(unit) == units.clean_unit(code.strip())):
                # {"unit": "mg/L FEU", "code": "mg/L"} (l79-122): the same unit, and the display says how a D-dimer
                # is expressed (FEU or DDU); the annotation is kept, as the UCUM code "mg/L{FEU}" would carry it.
                return f"{code.strip()}{{{word}}}"
            return code.strip()
    # not UCUM, or a UCUM code carebridge cannot read beside a display unit it can: the display is read
    return unit or code


# LOINC codes that say how a D-dimer is expressed, by their own name: 48065-7 "Fibrin D-dimer FEU [Mass/volume] in
# Platelet poor plasma" (lab set 81, l81-137; the name as the PACIO sample data and HL7 implementation guides print it).
_EXPRESSED_BY_CODE = {"48065-7": "FEU"}
# The same said in a code's display or text: "FEU" or "DDU" as a word of the test's name.
_EXPRESSED_IN_NAME = re.compile(r"(?<![A-Za-z])(FEU|DDU)(?![A-Za-z])")


def _expressed_as(unit: str | None, code: str | None, name: str | None) -> str | None:
    """`unit` with the annotation its test's code or name states ("mg/L" of 48065-7 -> "mg/L{FEU}").

    A D-dimer's LOINC code names how the result is expressed (fibrinogen-equivalent or D-dimer units); the
    Observation's unit need not repeat it. A unit that carries its own annotation keeps it; a name that names both
    (a panel) says nothing."""
    if not unit or units.annotation(unit) is not None:
        return unit
    word = _EXPRESSED_BY_CODE.get(code or "")
    if word is None and name:
        found = {m.upper() for m in _EXPRESSED_IN_NAME.findall(name)}
        word = found.pop() if len(found) == 1 else None
    return f"{unit.strip()}{{{word}}}" if word else unit


def _without_blank_units(node: Any) -> tuple[Any, int]:
    """`node` with every empty display `unit` ("unit": "") dropped from a Quantity that carries its unit as a UCUM
    code ({"unit": "", "system": "http://unitsofmeasure.org", "code": "1"}, a urine specific gravity), and how many
    were dropped. FHIR forbids an empty string, but the coded unit says all the display would; nothing else changes."""
    if isinstance(node, list):
        pairs = [_without_blank_units(item) for item in node]
        return [p[0] for p in pairs], sum(p[1] for p in pairs)
    if not isinstance(node, dict):
        return node, 0
    dropped = 0
    out: dict[str, Any] = {}
    blank = (isinstance(node.get("unit"), str) and not node["unit"].strip() and isinstance(node.get("code"), str)
             and node["code"].strip() and str(node.get("system", "")).rstrip("/") == _UCUM)
    for key, value in node.items():
        if key == "unit" and blank:
            dropped += 1
            continue
        out[key], n = _without_blank_units(value)
        dropped += n
    return out, dropped


def _observation_rows(obs: dict[str, Any], where: str) -> list[RawResult]:
    obs, blank_units = _without_blank_units(obs)
    problem = _validate("Observation", obs, tolerate_bookkeeping=True)
    tolerated = None
    if problem and problem.startswith("tolerated: "):
        tolerated, problem = problem.removeprefix("tolerated: "), None
    if blank_units and not problem:
        blank = f"{blank_units} empty unit text{'s' if blank_units > 1 else ''} beside a UCUM unit code (the code was read)"
        tolerated = f"{tolerated}; {blank}" if tolerated else blank
    code, name = _loinc(obs.get("code"))
    effective = obs.get("effectiveDateTime") or (obs.get("effectivePeriod") or {}).get("start") or obs.get("issued")
    if problem:
        return [RawResult(where=where, name=name, code=code, text=json.dumps(obs, ensure_ascii=False)[:200],
                          problem=problem)]
    parts: list[tuple[str, dict[str, Any], str | None, str | None]] = []
    if any(k.startswith("value") for k in obs) or "dataAbsentReason" in obs:
        parts.append((where, obs, code, name))
    for n, comp in enumerate(obs.get("component") or [], 1):
        c_code, c_name = _loinc(comp.get("code"))
        parts.append((f"{where} component {n}", comp, c_code, c_name))
    if not parts:
        if obs.get("hasMember"):
            return []  # a panel: its members are separate Observations
        return [RawResult(where=where, name=name, code=code, problem="the Observation has no value")]
    rows = []
    for part_where, part, p_code, p_name in parts:
        row = RawResult(where=part_where, name=p_name, code=p_code, effective=effective)
        if tolerated:
            row.fhir_note = f"{tolerated}: an element that does not bear on the result; the result was read"
        qty = part.get("valueQuantity")
        if isinstance(qty, dict):
            row.value = qty.get("value")
            row.comparator = qty.get("comparator")
            row.unit = _expressed_as(_quantity_unit(qty), p_code, p_name)
            row.text = f"{p_name}: {row.comparator or ''}{row.value} {row.unit or ''}".strip()
        elif "valueString" in part:
            row.value_text = str(part["valueString"])
            row.text = f"{p_name}: {row.value_text}"
            _number_from_text(row)
        elif isinstance(part.get("valueCodeableConcept"), dict):
            concept = part["valueCodeableConcept"]
            row.value_text = concept.get("text") or next(
                (c.get("display") or c.get("code") for c in concept.get("coding") or []), None)
            row.text = f"{p_name}: {row.value_text}"
        elif "valueInteger" in part:
            row.value = float(part["valueInteger"])
        elif "dataAbsentReason" in part:
            reason = _loinc(part["dataAbsentReason"])[1] or "not given"
            row.problem = f"no value reported (data absent: {reason})"
        else:
            kinds = [k for k in part if k.startswith("value")]
            row.problem = f"unsupported value type {kinds[0] if kinds else '?'}"
        ranges = part.get("referenceRange") or ([] if part is obs else obs.get("referenceRange") if len(parts) == 1 else [])
        if groups := _fhir_range_groups(ranges):
            # Ranges by sex or age ("appliesTo": male, female; "age"): the engine picks the patient's (lab set 59).
            row.ref_groups = groups
            row.ref_unit = next((_quantity_unit(r.get("low") or {}) or _quantity_unit(r.get("high") or {})
                                 for r in ranges if isinstance(r, dict)), None)
        elif ranges:
            rr = ranges[0]
            low, high = rr.get("low") or {}, rr.get("high") or {}
            row.ref_low, row.ref_high = low.get("value"), high.get("value")
            row.ref_unit = _quantity_unit(low) or _quantity_unit(high)
            row.ref_text = rr.get("text")
            if row.ref_low is None and row.ref_high is None and row.ref_text:
                _range_from_text(row, row.ref_text)
        if row.value is not None and not row.unit and row.ref_unit:
            # A valueString such as "<0.5" has no unit; the observation's own range states it.
            row.unit = row.ref_unit
        interp = part.get("interpretation") or []
        if interp:
            codings = interp[0].get("coding") or []
            # Prefer the HL7 interpretation codes (N, L, H, LL, HH, A) over e.g. a SNOMED finding.
            hl7 = [c for c in codings if "interpretation" in str(c.get("system", "")).lower()
                   or "0078" in str(c.get("system", "")) or str(c.get("code", "")).upper() in ("N", "L", "H", "LL", "HH", "A", "AA")]
            row.lab_flag = next((c.get("code") for c in hl7 or codings), None) or interp[0].get("text")
            row.lab_flag_coded = bool(hl7) and row.lab_flag == hl7[0].get("code")
        rows.append(row)
    return rows


# SNOMED CT codes of FHIR referenceRange.appliesTo for a sex (the HL7 examples' Male 248153007, Female 248152002).
_SNOMED_SEX = {"248153007": "M", "248152002": "F"}


def _applies_to_sex(rr: dict[str, Any]) -> str | None:
    """The sex a FHIR referenceRange applies to (its appliesTo codes or text), else None."""
    for concept in rr.get("appliesTo") or []:
        if not isinstance(concept, dict):
            continue
        for coding in concept.get("coding") or []:
            if isinstance(coding, dict) and str(coding.get("code")) in _SNOMED_SEX:
                return _SNOMED_SEX[str(coding.get("code"))]
        words = " ".join(str(c.get("display") or "") for c in concept.get("coding") or [] if isinstance(c, dict))
        words = f"{concept.get('text') or ''} {words}".strip().lower()
        if re.fullmatch(r"(?:fe)?males?|(?:wo)?m[ae]n|女性?|男性?", words):
            return "F" if words.startswith(("fe", "wo", "女")) else "M"
    return None


def _fhir_range_groups(ranges: Any) -> list[tuple[str | None, float | None, float | None, float, float]]:
    """Several FHIR referenceRanges told apart by sex (appliesTo) or age (years), each with a low and a high: one
    group per range, as a printed range by sex/age groups; otherwise [] (the first range is read)."""
    if not isinstance(ranges, list) or len(ranges) < 2:
        return []
    groups = []
    for rr in ranges:
        if not isinstance(rr, dict):
            return []
        low, high = (rr.get("low") or {}).get("value"), (rr.get("high") or {}).get("value")
        age = rr.get("age") if isinstance(rr.get("age"), dict) else {}
        ages = []
        for bound in ("low", "high"):
            q = age.get(bound) if isinstance(age.get(bound), dict) else {}
            if q.get("value") is not None and str(q.get("code") or q.get("unit") or "a").lower() not in (
                    "a", "yr", "yrs", "year", "years"):
                return []  # an age in months or days: not read
            ages.append(float(q["value"]) if q.get("value") is not None else None)
        sex = _applies_to_sex(rr)
        if low is None or high is None or (sex is None and ages == [None, None]):
            return []
        groups.append((sex, ages[0], ages[1], float(low), float(high)))
    return groups


# ---------------------------------------------------------------- CSV
_COLUMNS = {
    "name": ("analyte", "test", "name", "item", "项目", "检验项目", "项目名称", "检查项目", "test name", "analyte name",
             "test_name", "analyte_name", "parameter", "component", "检验名称", "指标", "检查指标", "检测项目"),
    "code": ("code", "loinc", "loinc code", "代码"),
    "value": ("value", "result", "结果", "检测结果", "数值", "检验结果", "测定值", "结果值"),
    "unit": ("unit", "units", "单位"),
    "range": ("range", "reference", "reference range", "reference_range", "ref", "ref range", "参考范围", "参考区间", "参考值",
              "reference interval", "ref interval", "ref_range", "normal range", "参考值范围", "参考"),
    "low": ("low", "ref_low", "reference low", "下限"),
    "high": ("high", "ref_high", "reference high", "上限"),
    "flag": ("flag", "提示", "标志", "abnormal flag", "异常标志", "结果提示"),
}


def _csv_columns(header: list[str]) -> dict[str, int] | None:
    found: dict[str, int] = {}
    for i, col in enumerate(header):
        key = normalize(col).strip()
        for field_name, names in _COLUMNS.items():
            if key in names and field_name not in found:
                found[field_name] = i
    return found if "value" in found and ("name" in found or "code" in found) else None


def parse_csv(text: str) -> ParsedReport:
    """CSV with a header naming at least a value column and a name or LOINC code column (',' or ';' between cells)."""
    delimiter = _csv_delimiter(text)
    if delimiter is None:
        # No usable header: each line is read as text, where a "name,value,unit,range" row is recognised.
        report = parse_text(text)
        report.format = "csv"
        return report
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    columns = _csv_columns([c.strip() for c in rows[0]])
    assert columns is not None
    report = ParsedReport(format="csv", rows=[])
    for n, cells in enumerate(rows[1:], 2):
        if not any(c.strip() for c in cells):
            continue

        def cell(field_name: str, cells: list[str] = cells) -> str | None:
            i = columns.get(field_name)
            return cells[i].strip() if i is not None and i < len(cells) and cells[i].strip() else None

        row = RawResult(where=f"row {n}", text=",".join(cells), name=cell("name"), code=cell("code"),
                        unit=cell("unit"), lab_flag=cell("flag"))
        raw_value = cell("value")
        if raw_value is not None and delimiter == ";":
            raw_value = _DECIMAL_COMMA.sub(r"\1.\2", raw_value)  # "6,9" in a semicolon CSV (European spreadsheets)
        grouped = 0
        if raw_value is not None and delimiter == ",":
            # '"WBC","15,600","/µL","4,500-11,000"' (lab set 54): a quoted cell of a comma CSV keeps its thousands
            # separators; 15,600 is fifteen thousand six hundred, not 15 (a false critical low).
            raw_value, grouped = _THOUSANDS_SEP.subn("", raw_value)
        if raw_value is None:
            row.problem = "no value in this row"
        else:
            row.value_text = raw_value
            _number_from_text(row)
            row.grouped = bool(grouped) and row.value is not None and row.value >= 1000
        if cell("range"):
            ref = cell("range") or ""
            _range_from_text(row, _DECIMAL_COMMA.sub(r"\1.\2", ref) if delimiter == ";" else _THOUSANDS_SEP.sub("", ref))
        for bound in ("low", "high"):
            if cell(bound):
                try:
                    setattr(row, f"ref_{bound}", float(_THOUSANDS_SEP.sub("", cell(bound) or "") if delimiter == "," else cell(bound) or ""))
                except ValueError:
                    pass
        report.rows.append(row)
    return report


# ---------------------------------------------------------------- plain text
_NUM = r"[-+]?\d+(?:\.\d+)?"
_VALUE = re.compile(rf"(?P<cmp>[<>≤≥]=?)?\s*(?P<num>{_NUM})")
# "3.5-5.3", "3.5--5.3", "3.5～5.3", "3.5 to 5.3"; the upper bound carries no sign (so "--" is a separator).
# A bound may carry a sign ("-3~+3", "-3 - +3", "-10~-2": base excess); a comma separates the bounds only before a
# signed upper bound ("(-3,+3)"), so a list of numbers ("3,5") is not read as a range.
_RANGE = re.compile(r"(?P<lo>[-+]?\d+(?:\.\d+)?)\s*(?:-{1,2}|–|—|~|～|〜|至|to|,(?=\s*[-+]\d))\s*"
                    r"(?P<hi>[-+]?\d+(?:\.\d+)?)")
_UPPER = re.compile(rf"(?:<|≤|<=|＜)\s*(?P<v>{_NUM})")
_LOWER = re.compile(rf"(?:>|≥|>=|＞)\s*(?P<v>{_NUM})")
# Item separators, kept (captured) so a comma inside a name can be put back ("Calcium, total"); a comma before a
# signed number separates the bounds of a range ("BE -12.4 (-3,+3)"), not two items.
_SPLIT_KEEP = re.compile(r"([；;，、|]|,\s+(?=\D)(?![-+]\d)|,(?=[^\d\s])(?![-+]\d))")
# A critical-value mark as the last word of a result row ("Hemoglobin | 4.1 | g/dL | 12.0-16.0 | CRIT", "… 危急值"):
# only in capitals or Chinese and only at the end, so prose ("is it critical?") is never read as a mark.
_CRIT_MARK = re.compile(r"(?<![A-Za-z])(CRIT(?:ICAL)?|PANIC|危急值?)\.?\s*$")
_FLAG_MARK = re.compile(r"[↑↓]|(?<![A-Za-z/^])(?:H|L|HH|LL)(?![A-Za-z])")
_SEX = re.compile(r"(?:性别|sex|gender)\s*[:：]?\s*(男|女|male|female|m|f)\b", re.IGNORECASE)
_AGE = re.compile(r"(?:年龄|age)\s*[:：]?\s*(\d{1,3})\s*(?:岁|y|yrs|years)?", re.IGNORECASE)
_METER_LIMIT = re.compile(r"(?P<name>[^\d<>≤≥]*?[A-Za-z\u4e00-\u9fff)）])\s*(?:[:：=]\s*)?(?:显示|读数|提示|reads?|shows?|displays?)?\s*"
                          r"(?P<v>HI|LO|HIGH|LOW)\s*[.。!！]?", re.IGNORECASE)
# A placeholder where the value belongs: "***", "---", "N/A", "—", or a pointer to a remark ("see comment", "见备注").
# NOTE: case matters: "NA" is a placeholder, "Na" is sodium ("钠 Na 108 mmol/L").
# A name followed by its printed range in brackets and optionally the unit, all before the value (see `parse_text_item`).
_RANGE_BEFORE_VALUE = re.compile(r"(?P<n>.*?[A-Za-z\u4e00-\u9fff)）#+%])\s+(?P<r>[(（\[]\s*(?:(?:ref(?:erence)?|range|参考值?|参考区间)\s*[:：]?\s*)?"
                                 r"(?:[-+]?\d+(?:\.\d+)?\s*(?:-{1,2}|–|—|~|～|〜|至|to)\s*\d+(?:\.\d+)?|[<>≤≥＜＞]=?\s*\d+(?:\.\d+)?)\s*[)）\]])"
                                 r"(?:\s*(?P<u>[^\s()（）\[\]]+))?", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"(?<=[\s:：])(\*{2,}|-{2,}|—+|N/A|n/a|NA|(?i:see\s+(?:the\s+)?(?:comments?|notes?|remarks?|"
                          r"attached(?:\s+(?:sheet|page|report))?|attachment|separate\s+(?:sheet|page|report))|"
                          r"refer\s+to\s+(?:the\s+)?comments?)|(?:结果)?(?:详?见(?:备注|附注|附页|附件|附表|另页|另单|背面)))(?=[\s.。(（]|$)")
# The patient's question after the line ("... unable to report. Is that bad?"): no part of the result.
_QUESTION = r"(?<=[.。!！])\s*[^.。!！?？\d]*[?？]\s*"
_PENDING_WORDS = (r"pending|to follow|not done|not reported|awaited|result to follow|待复查|待复核|待复检|复检中|待审核|审核中|"
                  r"(?:稍后|待)(?:发布|报告|发报告)|待测|待回报|待出|未出|未做|未检|结果未出|复查中|"
                  r"(?:sample |specimen )?(?:clotted|ha?emoly[sz]ed)|unable to report|insufficient sample|QNS|"
                  r"(?:标本)?溶血|(?:标本)?(?:严重)?(?:脂血|乳糜血?)(?:标本)?|(?:grossly )?lipa?emic(?: sample| specimen)?|标本凝固|标本不合格|请?重新采样|标本量不足")
_PENDING = re.compile(rf"[\s:：=\-—–]+(?:结果\s*)?(?:{_PENDING_WORDS})\s*[.。]?\s*(?:{_QUESTION})?$", re.IGNORECASE)
# "明天去查血钾", "下周要复查肌酐", "going to check my potassium tomorrow": a test still to be done, not a result.
_TEST_PLANNED = re.compile(r"(?:明天|后天|下周|下个?月|下次|过几天|改天|准备|打算|计划|需要|要|该)去?(?:医院)?(?:复查|查|测|验|抽血)|"
                           r"去(?:医院)?(?:复查|查|测|验|抽血)|(?:going|need|plan|have)\s+to\s+(?:re-?)?(?:check|test|get)", re.IGNORECASE)
# "血钾结果出来了", "肌酐报告已经出来了", "potassium result is back": the result is out but the line gives no number.
_RESULT_OUT = re.compile(r"\s*(?:的)?(?:化验|检查)?(?:结果|报告|化验单)?\s*(?:已经|已|刚)?(?:出来了?|出了|回来了)\s*[.。!！]?\s*$|"
                         r"\s+(?:results?\s+)?(?:is|are|has|have)\s+(?:come\s+)?(?:back|out)\s*[.!]?\s*$", re.IGNORECASE)
# The same remark in brackets after the name and unit ("肌酐：μmol/L（结果待复核）", "Creatinine: umol/L (pending)").
_PENDING_BRACKETED = re.compile(rf"\s*[(（]\s*(?:结果\s*)?(?:{_PENDING_WORDS})\s*[)）]\s*[.。]?\s*$", re.IGNORECASE)
# 微量 ("尿酮体 微量", the strip's trace block in Chinese; stop 40) only as a word of its own: "微量白蛋白", "微量血糖" are names.
_QUAL = re.compile(r"(阴性|阳性|弱阳性|negative|positive|neg|pos|trace|normal|正常|微量(?![\u4e00-\u9fff])|[+]{1,4}|\d\+|±|-)",
                   re.IGNORECASE)


# "CA 19-9 40 U/mL (0-37)": a tumour marker's number written after a space is part of its name, not a calcium of 19
# (no calcium in any unit reads 19-9, 125, 15-3, 72-4 or 242).
_TUMOUR_MARKER_SPACED = re.compile(r"(?<![A-Za-z])(CA|Ca|ca)\s+(19-9|199|125|15-3|153|72-4|724|242)(?![\d.])")


def parse_text(text: str) -> ParsedReport:
    """Lines such as '血钾 6.9 mmol/L', 'Hb 7.2 g/dL (13-17.5)', 'WBC 12.5 ×10^9/L ↑', '尿蛋白 阳性'."""
    report = ParsedReport(format="text", rows=[])
    for n, clean in wrapped_lines([unicode_line(line) for line in text.splitlines()]):
        if not clean:
            continue
        if m := _SEX.search(clean):
            report.sex = "M" if m.group(1).lower() in ("男", "male", "m") else "F"
        if m := _AGE.search(clean):
            report.age = float(m.group(1))
        zh_line = bool(_CJK_CHAR.search(clean))
        unit_not_stated = _UNIT_NOT_STATED.search(clean)
        clean = _TUMOUR_MARKER_SPACED.sub(r"\1\2", clean)
        clean = unglue_latin_name(clean)
        clean = _take_patient_lead(clean, report)
        clean, facts = take_patient_facts(clean, report)
        report.skipped += [f"line {n}: {fact} (the patient's age or sex)" for fact in facts]
        clean = delimited_row(clean) or labelled_row(clean) or clean
        clean = blood_gas_shorthand(clean)
        clean = list_unit(clean)
        heading_unit = _heading_unit(clean)
        earlier: list[str] = []
        for item in (piece for clause in split_items(clean) for run in split_runs(clause)
                     for slashed in split_after_slash(run) for piece in split_paired(slashed)):
            if heading_unit and earlier and not re.search(r"[(（]", item.split(":")[0]):
                # "Lipid panel (mg/dL): Total chol 262 / HDL 48": the unit in the heading is every result's.
                item = f"({heading_unit}): {item}"
            earlier.append(item)
            if sex := _sex_clause(item):
                # "女，30岁", "35岁，男", "AST 88，女的": a clause that only says the patient's sex.
                report.sex = sex
                report.skipped.append(f"line {n}: {item} (the patient's sex)")
                continue
            row = parse_text_item(item, f"line {n}")
            if row is not None and row.name and _DRUG_LEVEL_ONLY.fullmatch(row.name.strip()) and (
                    drug := _drug_named_before(" ".join(earlier[:-1]))):
                # "我婆婆吃丙戊酸钠，血药浓度 265": the drug is named in an earlier clause, the level in this one.
                row.name = f"{drug} {row.name.strip()}"
            if row is None:
                report.skipped.append(f"line {n}: {item}")
            else:
                row.zh_line = zh_line
                # "D-dimer FEU 1.8 mg/L", "D-二聚体(FEU) 0.3 mg/L": the name says how the result is expressed.
                row.unit = _expressed_as(row.unit, None, row.name)
                row.unit_not_stated = not row.unit and bool(unit_not_stated)
                report.rows.append(row)
    return report


# A line that says its result has no unit written: "（单位未注明）", "单子上没写单位", "没有单位", "单位不详", "no unit given",
# "unit not stated", "units unknown". Not "单位：mmol/L" or "no units of insulin" (a unit, or a dose, follows).
_UNIT_NOT_STATED = re.compile(
    r"单位\s*(?:未注明|未标明|未标|未写|没写|没有写|没标|没有标|没注明|不详|不明|未知|缺失|空白)"
    r"|(?:没有|没写|没有写|未写|未注明|未标明|没标|没有标|无|缺)\s*单位"
    r"|\b(?:no|without|missing)\s+units?\b(?!\s+of\b)(?:\s+(?:given|stated|shown|listed|printed|written))?"
    r"|\bunits?\s+(?:(?:is|are|was|were)\s+)?(?:not|n't)\s*(?:given|stated|shown|listed|printed|written|specified)\b"
    r"|\bunits?\s+(?:unknown|missing|unstated|not\s+known)\b",
    re.IGNORECASE)


# A result broken over lines, as a phone's OCR or a narrow app screen wraps it: a word split by a hyphen at the line's
# end ("Hemo-" / "globin 142 g/L"), a test name alone on its line with the value on the next ("Magnesium (Mg)" /
# "1.4 mg/dL", "血小板计数" / "(PLT) 6"), and a unit alone at the start of the line after a value that has none ("(PLT) 6"
# / "×10⁹/L ↓↓"). Lines that each hold a name and a value are never joined.
_HYPHEN_WRAP_END = re.compile(r"[A-Za-z]{2,}-$")
_HYPHEN_WRAP_NEXT = re.compile(r"^[a-z]{2,}")
_VALUE_FIRST = re.compile(r"^(?:[(（][^()（）\d]*[)）]\s*)?[:：=]?\s*(?:[<>≤≥]=?)?\s*[-+]?\d")
_ENDS_IN_BARE_VALUE = re.compile(r"\d\s*(?:↑↑|↓↓|↑|↓|HH|LL|H|L|\*)?$")
_UNIT_FIRST = re.compile(r"^(?:[×xX*]\s*10\s*(?:\^|\*\*)?\s*[-⁻]?[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+|10\s*(?:\^|\*\*)\s*\d+|10[⁰¹²³⁴⁵⁶⁷⁸⁹]+"
                         r"|[a-zA-Zµμ]{1,5}/[a-zA-Z\d³]{1,4}|%)(?:/[A-Za-z]+)?(?![A-Za-z\d])")


def wrapped_lines(lines: list[str]) -> list[tuple[int, str]]:
    """The report's lines, numbered from 1, with a result broken over several lines joined into one."""
    out: list[tuple[int, str]] = []
    for n, line in enumerate(lines, 1):
        if out and line and out[-1][1]:
            prev_n, prev = out[-1]
            if _HYPHEN_WRAP_END.search(prev) and _HYPHEN_WRAP_NEXT.match(line) and not re.search(r"\d", prev):
                out[-1] = (prev_n, prev + line)
                continue
            if not re.search(r"\d", prev) and _VALUE_FIRST.match(line) and _names_only_a_test(prev):
                out[-1] = (prev_n, f"{prev} {line}")
                continue
            if _ENDS_IN_BARE_VALUE.search(prev) and _UNIT_FIRST.match(line) and _result_without_unit(prev):
                out[-1] = (prev_n, f"{prev} {line}")
                continue
        out.append((n, line))
    return out


def _names_only_a_test(line: str) -> bool:
    """'Magnesium (Mg)', '血小板计数': a known test's name and nothing else (no value, no other words)."""
    row = parse_text_item(line, "")
    return row is not None and row.no_value and bool(row.name) and _names_a_known_test(row.name or "")


def _result_without_unit(line: str) -> bool:
    """'血小板计数 (PLT) 6': one result of a known test, its value without a unit."""
    row = parse_text_item(line, "")
    return (row is not None and not row.no_value and row.value is not None and row.unit is None and bool(row.name)
            and _names_a_known_test(row.name or ""))


# A clause that names only "the drug level" ("血药浓度 265 ug/ml", "the level was 27"): the drug is named earlier.
_DRUG_LEVEL_ONLY = re.compile(r"(?:(?:血药|药物?|血)?浓度|血药水平|(?:(?:the|his|her|my)\s+)?(?:drug\s+|blood\s+|serum\s+)?levels?"
                              r"(?:\s+(?:is|was|came back(?:\s+at)?|of))?)", re.IGNORECASE)


def _drug_named_before(text: str) -> str | None:
    """The one medicine with a blood-level test named in `text` ("我婆婆吃丙戊酸钠"), as written; None if none or several."""
    from carebridge.tools.labs.knowledge import load_lab_knowledge  # knowledge never imports parse

    found: dict[str, str] = {}
    lower = text.lower()
    for analyte in load_lab_knowledge().analytes:
        if analyte.group != "drugs":
            continue
        for name in (analyte.zh, analyte.en, *analyte.aliases):
            if _CJK_CHAR.search(name) and len(name) >= 2 and name in text:
                found.setdefault(analyte.key, name)
            elif not _CJK_CHAR.search(name) and len(name) >= 4 and re.search(rf"(?<![a-z]){re.escape(name.lower())}(?![a-z])", lower):
                found.setdefault(analyte.key, name)
    return next(iter(found.values())) if len(found) == 1 else None


NEWBORN_DAYS = 28  # the neonatal period: the first 28 days of life (WHO)
ADULT_YEARS = 18  # carebridge's reference ranges are for adults (`flags.ADULT_AGE`)
# Who the result is for, at the start of a line: "新生儿第3天", "新生儿出生第2天", "儿童 6岁", "孩子4岁，",
# "宝宝3个月", "newborn day 2", "child 6 years". It sets the age and is not part of the test name.
_PATIENT_LEAD = re.compile(
    r"^(?P<who>新生儿|早产儿|婴儿|宝宝|儿童|孩子|小孩|患儿|newborn|neonate|infant|child|baby)(?!科|室|病|监护|医院|ren)\s*"
    # The age may stand in brackets: "新生儿(出生4天)", "newborn (day 2)".
    r"(?P<open>[(（]\s*)?"
    r"(?:(?:出生后?|生后)?\s*第?\s*(?P<n>\d{1,3})\s*(?P<u>天|日|周|个月|月|岁|days?|weeks?|months?|years?|y)(?:龄|大|\s*old)?"
    r"|day\s*(?P<day>\d{1,2}))?"
    r"(?(open)\s*[)）])"
    r"(?![A-Za-z])\s*[:：,，]?\s*", re.IGNORECASE)
_YEARS_PER = {"天": 1 / 365.25, "日": 1 / 365.25, "day": 1 / 365.25, "days": 1 / 365.25, "周": 7 / 365.25, "week": 7 / 365.25,
              "weeks": 7 / 365.25, "个月": 1 / 12, "月": 1 / 12, "month": 1 / 12, "months": 1 / 12, "岁": 1, "year": 1,
              "years": 1, "y": 1}
_NEWBORN_WORDS = ("新生儿", "早产儿", "newborn", "neonate")
# Days in one of an age's units, for the units a newborn's age is counted in (hours, days, weeks).
_DAYS_PER = {"h": 1 / 24, "hour": 1 / 24, "hours": 1 / 24, "天": 1, "日": 1, "day": 1, "days": 1, "周": 7, "week": 7, "weeks": 7}


def set_patient_age(report: ParsedReport, n: float, unit: str) -> None:
    """The patient is `n` `unit`s old ("3 天", "6 h", "2 weeks", "4岁"): set the report's age in years, and say the
    patient is a minor (under 18) or a newborn (28 days or less: the neonatal period) where the age shows it. A minor or
    newborn status already set is never taken back."""
    unit = unit.lower()
    days = n * _DAYS_PER[unit] if unit in _DAYS_PER else n * _YEARS_PER[unit] * 365.25
    report.age = days / 365.25 if unit in _DAYS_PER else n * _YEARS_PER[unit]
    report.minor = report.minor or report.age < ADULT_YEARS
    report.newborn = report.newborn or days <= NEWBORN_DAYS


def _take_patient_lead(line: str, report: ParsedReport) -> str:
    """Remove a leading 'who and how old' phrase, keeping the age (and newborn status) on the report."""
    m = _PATIENT_LEAD.match(line)
    if not m or not line[m.end():].strip():
        return line
    who = m.group("who").lower()
    if m.group("day"):
        set_patient_age(report, float(m.group("day")), "day")
    elif m.group("n"):
        set_patient_age(report, float(m.group("n")), m.group("u"))
    elif who in ("孩子", "child"):
        return line  # "孩子 血红蛋白 95": 孩子 may be a grown son or daughter; the name parser handles the lead-in
    if who in ("婴儿", "宝宝", "儿童", "小孩", "患儿", "infant", "baby") or (report.age is not None and report.age < 18):
        report.minor = True
    if who in _NEWBORN_WORDS:
        report.newborn = True
        if report.age is None:
            report.age = 0.0
    return line[m.end():]


# Who the message is about and how old, anywhere in a patient's message ("我爸82岁", "45岁女", "我今年35岁",
# "58岁男的", "a 45-year-old woman"). It sets the patient's age (and sex, where a word says it) and is never a result.
_KIN_M = "爸爸|爸|老爸|父亲|爷爷|外公|姥爷|老公|丈夫|儿子|dad|father|husband|son|grandfather|grandpa"
_KIN_F = "妈妈|妈|老妈|母亲|奶奶|外婆|姥姥|老婆|妻子|女儿|mum|mom|mother|wife|daughter|grandmother|grandma"
_SEX_WORD = r"(?P<sex>男|女)(?:性|的|士|生|患者|病人)?(?![\u4e00-\u9fff])"
_SEX_WORD_EN = r"(?P<sex_en>male|female|man|woman|boy|girl|guy|lady)\b"
_AGE_FACT = re.compile(
    rf"(?:(?P<sex_before>男|女)(?:性|的)?\s*)?"
    rf"(?:(?:我|我的|我家|my)?\s*(?P<kin>{_KIN_M}|{_KIN_F})\s*(?:今年|现年|is|was)?\s*|(?:我|本人|患者|病人)?(?:今年|现年)\s*)?"
    rf"(?<![\d.])(?P<n>\d{{1,3}}(?:\.\d)?)\s*(?:周岁|岁)(?:了|的)?\s*(?:{_SEX_WORD})?"
    rf"|(?:我|本人|患者|病人)?(?:今年|现年)\s*(?P<n_year>\d{{1,3}})(?=\s*(?:[,，;；。]|$))"
    rf"|(?:(?:my|a|an)\s+)?(?<![\d.])(?P<n_en>\d{{1,3}})\s*-?\s*(?:(?:years?|yrs?|y)\s*-?\s*old\b|y/?o\b|y\.o\.)\s*"
    rf"(?:{_SEX_WORD_EN}|(?=(?P<kin_after>{_KIN_M}|{_KIN_F})\b))?"
    # "my 5-day-old's bilirubin", "a 3-week-old", "6 months old": an infant's age ("'s" is the possessive).
    rf"|(?:(?:my|a|an)\s+)?(?<![\d.])(?P<n_young>\d{{1,3}})\s*-?\s*(?P<young_unit>days?|weeks?|wks?|months?|mos?)\s*-?\s*old\b(?:['’]s\b)?\s*"
    # "I'm 34F", "I am 29 M": an age with the letter of the sex, said of oneself.
    rf"|\bi(?:'?m|\s+am)\s+(?P<n_self>\d{{1,3}})\s*(?P<sex_letter>[MF])\b"
    # "Dad (67)", "my mum (72)": a kinship word with the age in brackets.
    rf"|(?:\bmy\s+)?\b(?P<kin_bracket>{_KIN_M}|{_KIN_F})\s*[(（](?P<n_bracket>\d{{1,3}})[)）]",
    re.IGNORECASE)
# A child's age in days of life: "日龄5天", "日龄：12天", "DOL 4", "DOL#3", "day of life 6".
_DAY_OF_LIFE = re.compile(r"(?:日龄\s*[:：]?\s*(?P<days>\d{1,3})\s*(?:天|日)?|(?<![A-Za-z])(?:DOL|day\s+of\s+life)\s*[:：#]?\s*"
                          r"(?P<days_en>\d{1,3})(?![\d.]))", re.IGNORECASE)
_AGE_BAND_BEFORE = re.compile(r"[-–—~～至到<>≤≥]\s*$")
_AGE_BAND_AFTER = re.compile(r"\s*(?:以上|以下|以内|及以上|及以下|[-–—~～至到]\s*\d|[:：])")
_SEX_CLAUSE = re.compile(rf"(?:患者|病人|本人|我是)?\s*{_SEX_WORD}\s*(?:患者|病人)?|(?:i'?m\s+(?:a\s+)?)?{_SEX_WORD_EN}", re.IGNORECASE)
_FEMALE = {"女", "female", "woman", "girl", "lady"}
# A clause that says only the patient's sex, anywhere in a line ("女，血钾 3.2", "AST 88，女的，要紧吗").
_SEX_CLAUSE_IN_LINE = re.compile(rf"(?:^|(?<=[,，;；。]))\s*(?:{_SEX_CLAUSE.pattern})\s*(?=[,，;；。?？!！]|$)", re.IGNORECASE)


# Who the result is for, in brackets after the test's name: "Glucose (newborn, 6 h of life): 20 mg/dL", "Total
# bilirubin (neonate, 4 days old): 28.0 mg/dL", "血红蛋白(新生儿，生后3天) 130 g/L". Every part of the bracket must be a
# patient word or an age, so "(total)", "(fasting)" or "(Westergren)" stay part of the name.
_WHO_IN_BRACKET = r"(?:newborn|neonate|infant|baby|child|male|female|boy|girl|新生儿|早产儿|婴儿|男|女)"
_AGE_IN_BRACKET = (r"(?:(?P<hours>\d{1,3})\s*(?:h|hrs?|hours?)\s*(?:of\s+life|old)?|生后\s*(?P<hours_zh>\d{1,3})\s*(?:小时|h)"
                   r"|(?P<n>\d{1,3})\s*-?\s*(?P<u>days?|weeks?|months?|years?)\s*-?\s*(?:of\s+life|old)?"
                   r"|day\s*(?P<day>\d{1,2})|(?:出生|生后)?\s*第?\s*(?P<n_zh>\d{1,3})\s*(?P<u_zh>天|日|周|个月|岁)(?:龄|大)?)")
_PART_IN_BRACKET = rf"(?:{_WHO_IN_BRACKET}|{re.sub(r'[?]P<[a-z_]+>', '?:', _AGE_IN_BRACKET)})"
_PATIENT_BRACKET = re.compile(
    rf"\s*[(（]\s*(?P<body>{_PART_IN_BRACKET}(?:\s*[,，;；/]\s*{_PART_IN_BRACKET})*)\s*[)）]", re.IGNORECASE)
_AGE_PART = re.compile(_AGE_IN_BRACKET, re.IGNORECASE)


def _take_patient_bracket(line: str, report: ParsedReport, facts: list[str]) -> str:
    """Take a bracketed 'who and how old' after a test's name out of the line, keeping the age and newborn status."""

    def take(m: re.Match[str]) -> str:
        body = m.group("body")
        words = {w.strip().lower() for w in re.split(r"[,，;；/]", body)}
        for part in _AGE_PART.finditer(body):
            if part.group("hours") or part.group("hours_zh"):
                set_patient_age(report, float(part.group("hours") or part.group("hours_zh")), "h")
            elif part.group("day"):
                set_patient_age(report, float(part.group("day")), "day")
            elif part.group("n"):
                set_patient_age(report, float(part.group("n")), part.group("u"))
            elif part.group("n_zh"):
                set_patient_age(report, float(part.group("n_zh")), part.group("u_zh"))
        if report.age is not None:
            # An age stated earlier on the report (no age in this bracket) still says whether the patient is a minor.
            report.minor = report.minor or report.age < ADULT_YEARS
            report.newborn = report.newborn or report.age * 365.25 <= NEWBORN_DAYS
        if words & {"newborn", "neonate", "新生儿", "早产儿"}:
            report.newborn, report.minor = True, True
            report.age = 0.0 if report.age is None else report.age
        if words & {"male", "boy", "男"}:
            report.sex = "M"
        elif words & {"female", "girl", "女"}:
            report.sex = "F"
        facts.append(m.group(0).strip())
        return " "

    return _PATIENT_BRACKET.sub(take, line)


def take_patient_facts(line: str, report: ParsedReport) -> tuple[str, list[str]]:
    """Take the patient's age (and sex) stated anywhere in a sentence out of it, keeping them on the report.

    Returns the line with each statement replaced by a clause break, and the statements taken.
    A kinship word right before the age ("我爸82岁", "my mum is 67") gives the sex too.
    """
    facts: list[str] = []

    def take(m: re.Match[str]) -> str:
        group = next(g for g in ("n", "n_year", "n_en", "n_young", "n_self", "n_bracket") if m.group(g))
        years, start = float(m.group(group)), m.start(group)
        if group == "n_young":
            years *= _YEARS_PER[re.sub(r"^(?:wks?)$", "weeks", re.sub(r"^mos?$", "months", m.group("young_unit").lower()))]
        if not 0 < years <= 120 or _AGE_BAND_BEFORE.search(m.string[:start]) or _AGE_BAND_AFTER.match(m.string[m.end():]):
            # "18-64岁 男: 130-175", "≥60岁", "60岁以上": an age band of a printed range, not the patient's age.
            return m.group(0)
        report.age = years
        report.minor = report.minor or years < ADULT_YEARS
        kin = (m.group("kin") or m.group("kin_after") or m.group("kin_bracket") or "").lower()
        word = (m.group("sex") or m.group("sex_before") or m.group("sex_en") or "").lower()
        if m.group("sex_letter"):
            word = "female" if m.group("sex_letter").upper() == "F" else "male"
        if word:
            report.sex = "F" if word in _FEMALE else "M"
        elif kin:
            report.sex = "M" if re.fullmatch(_KIN_M, kin) else "F"
        facts.append(m.group(0).strip())
        return "；"

    def take_sex(m: re.Match[str]) -> str:
        report.sex = "F" if (m.group("sex") or m.group("sex_en") or "").lower() in _FEMALE else "M"
        facts.append(m.group(0).strip(" ,，;；"))
        return "；"

    def take_day_of_life(m: re.Match[str]) -> str:
        # "日龄5天", "DOL 4": a newborn's or infant's age in days, as neonatal charts write it.
        set_patient_age(report, float(m.group("days") or m.group("days_en")), "day")
        facts.append(m.group(0).strip())
        return "；"

    line = _take_patient_bracket(line, report, facts)
    line = _SEX_CLAUSE_IN_LINE.sub(take_sex, _AGE_FACT.sub(take, _DAY_OF_LIFE.sub(take_day_of_life, line)))
    if facts:
        # NOTE: a full-width semicolon always ends an item (`split_items`), so nothing before the statement is glued
        # to what follows it ("女，30岁，Hgb 10,6 g/dl" must not become the spreadsheet row "女,Hgb 10,6 g/dl").
        line = re.sub(r"[,，;；](?:\s*[,，;；])+", "；", line).strip(" ,，;；")
    return line, facts


def _sex_clause(item: str) -> str | None:
    """'女', '男的', '女性', 'male': a clause that says only the patient's sex ('M' or 'F'), else None."""
    m = _SEX_CLAUSE.fullmatch(item.strip(" .。!！"))
    if not m:
        return None
    return "F" if (m.group("sex") or m.group("sex_en") or "").lower() in _FEMALE else "M"


# A cell holding the value: "9.4", "<0.5", "6,9" (decimal comma), "7.8 H", "6.9↑".
_CELL_VALUE = re.compile(r"(?:[<>≤≥]=?)?\s*[-+]?\d+(?:[.,]\d+)?\s*(?:↑↑|↓↓|↑|↓|HH|LL|H|L)?")
_CELL_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")
_CELL_FLAGS = {"H": "H", "L": "L", "HH": "HH", "LL": "LL", "↑": "↑", "↓": "↓", "↑↑": "HH", "↓↓": "LL", "N": "", "A": "",
               "高": "H", "低": "L", "偏高": "H", "偏低": "L", "正常": "", "异常": "", "HIGH": "H", "LOW": "L",
               "NORMAL": "", "ABNORMAL": "", **{w: "CRIT" for w in ("CRIT", "CRIT.", "CRITICAL", "PANIC", "危急", "危急值")}}
_DECIMAL_COMMA = re.compile(r"(?<![\d.,])(\d+),(\d{1,2})(?![\d,])")
# A thousands separator: a comma with exactly three digits after it ("15,600", "150,000-450,000").
_THOUSANDS_SEP = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
# A cell of a comma row that kept its commas because it was quoted ('"148,000"', '"4,500-11,000"'): a number, or a
# range, written with thousands separators (lab set 54).
_GROUPED_NUMBER = r"[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?"
_GROUPED_VALUE_CELL = re.compile(rf"(?:[<>≤≥]=?)?\s*{_GROUPED_NUMBER}")
_GROUPED_RANGE_CELL = re.compile(r"[-+]?\d+(?:,\d{3})*(?:\.\d+)?\s*(?:-{1,2}|–|—|~|～)\s*[-+]?\d+(?:,\d{3})*(?:\.\d+)?")
# A decimal comma or thousands separator in a value written after a name and a space or colon ("Glucose, plasma 1,4
# mmol/L", lab set 53; "WBC, blood 7,800 /uL"): the comma is inside the number, so the line is not a comma-separated
# row ("K,4,mmol/L" and "ALT,45,7-56" still are).
_SPACED_DECIMAL_COMMA = re.compile(r"(?:^|(?<=[\s:：=]))[-+]?\d+,(?:\d{1,2}|\d{3}(?:,\d{3})*)(?![\d,.\-~～])")


# "Ref: 3.5-5.1", "Reference: 3.5-5.1", "Ref. interval 3.5-5.1" (lab-set 47: an LIS export's range cell) are the
# range cell too; a word that only starts with "ref" ("refrigerated") is not a label.
_CELL_LABEL = re.compile(r"^(?:your\s+(?:value|result)|value|result|standard\s+range|normal\s+(?:range|values?)|"
                         r"ref(?:erence)?\.?(?:\s+(?:range|interval|values?))?\b|range|flag|"
                         r"结果|检测结果|参考范围|参考区间|参考值|提示)\s*[:：]?\s*(?=\S)", re.IGNORECASE)


# A count per microlitre ("/uL", "cells/µL", "/mm3", "/cumm"): the unit whose numbers carry thousands separators.
_PER_MICROLITRE_CELL = re.compile(r"(?:cells\s*)?/\s*(?:[uµμ]l|mcl|mm3|mm³|cumm)", re.IGNORECASE)


def _join_thousands(cells: list[str]) -> list[str]:
    """Put back the thousands separators a comma row split ("Platelets,45,000,/uL" -> 45000, not 45).

    Only in a row whose unit cell is a count per microlitre, where counts are written in thousands
    ("WBC,4,500,/uL,4,000-11,000"): a cell of exactly three digits there continues the number before it.
    """
    if not any(_PER_MICROLITRE_CELL.fullmatch(c) for c in cells):
        return cells
    out: list[str] = []
    for c in cells:
        if out and re.fullmatch(r"\d{3}(?:\s*[-~]\s*\d{1,3})?", c) and re.search(r"(?:^|[-~]\s*)\d{1,3}$", out[-1]) and (
                re.fullmatch(r"\d[\d\s\-~]*", out[-1])):
            out[-1] += c  # "45" + "000"; "150" + "000-400" + "000" = "150000-400000"
        else:
            out.append(c)
    return out


def delimited_row(line: str) -> str | None:
    """A spreadsheet row without a header ("uric acid,9.4,mg/dL,3.5-7.2", "K;6,9;mmol/L;3.5;5.3") as a text line.

    The row is name cell(s), one value cell, then only units, a range (one cell or low and high
    cells) and flags; anything else (a second result, a sentence) is not a row and stays text.
    Returns "uric acid 9.4 mg/dL 3.5-7.2", or None.
    """
    # The commonest separator first: "K;6,9;mmol/L" is a semicolon row with decimal commas.
    for delimiter in sorted((",", ";", "|"), key=line.count, reverse=True):
        if delimiter not in line:
            continue
        if delimiter == "," and _SPACED_DECIMAL_COMMA.search(line):
            continue  # "Glucose, plasma 1,4 mmol/L", "K, serum 2,2": a decimal comma after a name, not a cell border
        cells = _cells(line, delimiter)
        if delimiter == ",":
            cells = _join_thousands(cells)
            # A quoted cell kept its thousands separators ('"WBC","148,000","/uL","4,500-11,000"'): a range loses them
            # here; the value keeps them, so the item reader knows the count was written in thousands.
            cells = [cells[0], *(_THOUSANDS_SEP.sub("", c) if _GROUPED_RANGE_CELL.fullmatch(c) else c for c in cells[1:])]
            # A quoted decimal comma ('"Glucose","5,5","mmol/L"'): one or two digits after the comma.
            cells = [cells[0], *(_DECIMAL_COMMA.sub(r"\1.\2", c) if re.fullmatch(r"(?:[<>≤≥]=?)?\s*[-+]?\d+,\d{1,2}", c)
                                 else c for c in cells[1:])]
        # Another separator inside a cell means this is not the row's separator; a name cell may still
        # hold a comma before a qualifier ("POTASSIUM, SERUM | 2.2 | mEq/L"), as LIS exports write it.
        if any(other in c for i, c in enumerate(cells) for other in ",;|" if other != delimiter
               and not _DECIMAL_COMMA.search(c) and not (i == 0 and not re.search(r"\d", c))):
            continue
        if delimiter == ";":
            cells = [_DECIMAL_COMMA.sub(r"\1.\2", c) for c in cells]
        # A leading date or time cell ("2024-05-12,GLU FASTING,142,mg/dL,70-99") says when, not which test.
        while len(cells) > 2 and re.fullmatch(r"[\d\s:/.\-年月日T]+", cells[0]) and DATE_OR_TIME.search(cells[0]):
            cells = cells[1:]
        # A patient portal labels its cells ("Your value 149 mmol/L", "Standard range 136 - 145 mmol/L").
        cells = [cells[0], *(_CELL_LABEL.sub("", c) for c in cells[1:])]
        if re.search(r"\s[-+]?\d+(?:\.\d+)?$", cells[0]):
            continue  # "钾 5,7 mmol/L", "WBC 7,800 /µL": a name and a number before the comma, not a row
        # A value cell may carry its unit ("620 mg/dL"): split it into two cells.
        for i, c in enumerate(cells):
            if (vu := re.fullmatch(r"(?P<v>(?:[<>≤≥]=?)?\s*[-+]?\d+(?:\.\d+)?)\s*(?P<u>\S+)", c)) and _is_lab_unit(vu.group("u")):
                cells[i:i + 1] = [vu.group("v"), vu.group("u")]
                break
        at = next((i for i, c in enumerate(cells) if _CELL_VALUE.fullmatch(c) and "," not in c
                   or delimiter == "," and i > 0 and _GROUPED_VALUE_CELL.fullmatch(c)), None)
        if at is None or at == 0 or len(cells) < 2:
            continue
        names = [c for c in cells[:at] if c]
        if not names or not re.search(r"[A-Za-z\u4e00-\u9fff]", names[0]) or any(_CELL_VALUE.fullmatch(c) for c in names):
            continue
        tail: list[str] = []
        numbers: list[str] = []
        specimens: list[str] = []
        ok = True
        for c in cells[at + 1:]:
            if not c:
                continue
            if delimiter == "," and _GROUPED_VALUE_CELL.fullmatch(c):
                c = _THOUSANDS_SEP.sub("", c)  # a low or high limit in a quoted cell of its own ('"150,000"')
            if _CELL_NUMBER.fullmatch(c):
                numbers.append(c)  # low and high in cells of their own
            elif _RANGE.fullmatch(c) or _UPPER.fullmatch(c) or _LOWER.fullmatch(c) or re.fullmatch(r"[(（\[].*[)）\]]", c):
                tail.append(c)
            elif (ru := re.fullmatch(r"(?P<r>.+?)\s*(?P<u>\S+)", c)) and _is_lab_unit(ru.group("u")) and (
                    _RANGE.fullmatch(ru.group("r")) or _UPPER.fullmatch(ru.group("r")) or _LOWER.fullmatch(ru.group("r"))):
                tail.append(ru.group("r"))  # "136 - 145 mmol/L": a range with its unit
                if ru.group("u") not in tail:
                    tail.insert(0, ru.group("u"))
            elif c.upper() in _CELL_FLAGS:
                tail.append(_CELL_FLAGS[c.upper()])
            elif _SPECIMEN_CELL.fullmatch(c):
                # "Fibrinogen,1.6,g/L,2.0-4.0,Citrated plasma", "Urine pH,6.0,,4.5-8.0,Urine" (lab set 54): a cell naming
                # the specimen belongs to the test's name (a urine or fluid specimen makes another test than the blood one).
                specimens.append(c)
            elif _is_lab_unit(c) or c in ("%", "‰") or re.fullmatch(r"[x×*]?\s*10\s*[\^*eE~]?\s*\d{1,2}\s*/\s*\S+|\S*万\S*", c):
                tail.insert(0, c)  # the unit right after the value, before any range or flag
            else:
                ok = False
                break
        if not ok or len(numbers) > 2:
            continue
        if len(numbers) == 2:
            tail.append(f"{numbers[0]}-{numbers[1]}")
        elif len(numbers) == 1:
            tail.append(numbers[0])
        name = ", ".join(names) + "".join(f" ({sp})" for sp in specimens)
        return " ".join([name, cells[at], *[t for t in tail if t]])
    return None


# A cell that names only the specimen: "Plasma", "Citrated plasma", "Serum", "Whole blood", "Urine", "Urine sediment",
# "动脉血", "血清", "尿液". Only as a whole cell after the value (a name cell is read as the name).
_SPECIMEN_CELL = re.compile(
    r"(?:(?:citrated|heparini[sz]ed|EDTA|fluoride|arterial|venous|capillary|whole|random|spot|mid-?stream|fresh)\s+)*"
    r"(?:serum|plasma|blood|serum/plasma|urine(?:\s+sediment)?|CSF|cerebrospinal\s+fluid)"
    r"|(?:动脉|静脉|末梢|外周|毛细血管)?(?:全血|血清|血浆|血)|(?:随机|晨|中段)?尿液?|尿沉渣|脑脊液", re.IGNORECASE)
# The same as the last word(s) of a result row after the value, unit, range or flag (a tab or space between them).
_TRAILING_SPECIMEN = re.compile(rf"(?:^|(?<=[\s)）\]]))(?P<s>{_SPECIMEN_CELL.pattern})\s*$", re.IGNORECASE)


# The field labels of a result row copied from a laboratory system ("项目 血钾(K) 结果 7.3 单位 mmol/L 参考区间 3.5-5.3",
# "Test: Glucose Result: 100 Units: mg/dL"), longest label first. A Chinese label is followed by a colon or a space, an
# English one by a colon (in English prose "test", "result" and "range" are ordinary words).
_ROW_LABELS = {
    "name": ("项目名称", "检验项目", "检测项目", "检查项目", "项目", "test name", "test", "analyte", "item"),
    "value": ("检测结果", "检验结果", "测定值", "结果", "result", "value"),
    "unit": ("单位", "units", "unit"),
    "range": ("参考区间", "参考范围", "参考值", "参考", "reference range", "reference interval", "reference", "ref range", "ref",
              "normal range", "range"),
    "flag": ("结果提示", "提示", "标志", "flag"),
}
_ROW_LABEL_WORDS = sorted((w for words in _ROW_LABELS.values() for w in words), key=len, reverse=True)
_ROW_LABEL = re.compile(
    r"(?:^|(?<=[\s:：]))(?:(?P<zh>" + "|".join(w for w in _ROW_LABEL_WORDS if not w.isascii()) + r")\s*(?:[:：]\s*|\s+)"
    r"|(?P<en>" + "|".join(w for w in _ROW_LABEL_WORDS if w.isascii()) + r")\s*[:：]\s*)", re.IGNORECASE)


def labelled_row(line: str) -> str | None:
    """A result row written with its field labels, as a text line: "项目 血钾(K) 结果 7.3 单位 mmol/L 参考区间 3.5-5.3 ↑"
    -> "血钾(K) 7.3 mmol/L 3.5-5.3 ↑" (what stands before the first label, a panel heading, is kept).

    Only a row that labels the test's name and, after it, the value; each label once. Else None.
    """
    labels = [m for m in _ROW_LABEL.finditer(line)]
    fields: list[tuple[str, re.Match[str]]] = []
    for m in labels:
        word = (m.group("zh") or m.group("en")).lower()
        field_name = next(f for f, words in _ROW_LABELS.items() if word in words)
        if any(f == field_name for f, _ in fields):
            return None
        fields.append((field_name, m))
    if len(fields) < 2 or fields[0][0] != "name" or fields[1][0] != "value":
        return None
    parts: dict[str, str] = {}
    for k, (field_name, m) in enumerate(fields):
        end = fields[k + 1][1].start() if k + 1 < len(fields) else len(line)
        parts[field_name] = line[m.end():end].strip()
    if not parts["name"] or not parts["value"]:
        return None
    head = line[:fields[0][1].start()]
    return head + " ".join(parts[f] for f in ("name", "value", "unit", "range", "flag") if parts.get(f))


_LIST_ITEM = re.compile(rf"\s*[A-Za-z\u4e00-\u9fff][^\d,，;；()（）]*?\s*[:：=]?\s*(?:[<>≤≥]=?)?{_NUM}\s*")
_LIST_END_UNIT = re.compile(r"(?P<body>.*\d)\s*[(（]\s*(?P<unit>[^()（）\s\d][^()（）\s]*)\s*[)）]\s*")


def list_unit(line: str) -> str:
    """'Chol 212, TRIG 320, HDL 45, LDL 103 (mg/dL)': a unit in brackets after a list of bare results is every one's
    unit ('Chol 212 mg/dL, TRIG 320 mg/dL, ...'). Only when each item of the list is a name and a number, with no unit
    or range of its own; a list whose items carry anything else is left as it is. A test the unit cannot be a unit of
    keeps no unit ('Hb 70, Plt 20 (x10^9/L)': the count unit is the platelets')."""
    pieces = re.split(r"([;；])", line)
    for i in range(0, len(pieces), 2):
        m = _LIST_END_UNIT.fullmatch(pieces[i])
        if m is None or not _is_lab_unit(m.group("unit")):
            continue
        items = re.split(r"[,，]", m.group("body"))
        if len(items) >= 2 and all(_LIST_ITEM.fullmatch(item) for item in items):
            pieces[i] = ", ".join(f"{item.strip()} {m.group('unit')}" if _unit_may_fit(item, m.group("unit")) else item.strip()
                                  for item in items)
    return "".join(pieces)


def _unit_may_fit(item: str, unit: str) -> bool:
    """Whether `unit` can be the unit of the test `item` names (True for a test carebridge does not know)."""
    from carebridge.tools.labs.flags import resolve_analyte  # flags imports parse: imported when used
    from carebridge.tools.labs.knowledge import load_lab_knowledge
    from carebridge.tools.labs.units import accepted_unit, clean_unit

    row = parse_text_item(item.strip(), "")
    analyte = resolve_analyte(row, load_lab_knowledge())[0] if row is not None else None
    return analyte is None or analyte.qualitative is None and accepted_unit(clean_unit(unit), analyte) is not None


# A blood gas written in the conventional shorthand pH / PaCO2 / PaO2 / HCO3 ("ABG 7.69/22/94/26"): only when the
# line says it is a blood gas and the first number is a pH.
_GAS_SHORTHAND = re.compile(
    r"(?P<head>(?:\b(?:ABGs?|arterial\s+(?:blood\s+)?gas(?:es)?|blood\s+gas(?:es)?)\b|动脉血气(?:分析)?|血气(?:分析)?)\s*[:：=]?\s*)"
    r"(?P<ph>[67]\.\d{1,3})\s*/\s*(?P<pco2>\d{1,3}(?:\.\d+)?)\s*/\s*(?P<po2>\d{1,3}(?:\.\d+)?)"
    r"(?:\s*/\s*(?P<hco3>\d{1,2}(?:\.\d+)?))?(?![\d./])", re.IGNORECASE)


def blood_gas_shorthand(line: str) -> str:
    """'ABG 7.69 / 22 / 94 / 26' -> 'ABG: pH 7.69；PaCO2 22；PaO2 94；HCO3 26' (the order is fixed by convention).

    The partial pressures keep no unit: mmHg and kPa are both in use, so the flag step asks when it matters.
    """
    def spell(m: re.Match[str]) -> str:
        parts = [f"pH {m.group('ph')}", f"PaCO2 {m.group('pco2')}", f"PaO2 {m.group('po2')}"]
        if m.group("hco3"):
            parts.append(f"HCO3 {m.group('hco3')}")
        return m.group("head").rstrip(" :：=") + "：" + "；".join(parts) + "；"
    return _GAS_SHORTHAND.sub(spell, line)


# "Lipid panel (mg/dL): ...": a heading that names the unit of the results after it.
_HEADING_UNIT = re.compile(r"^(?P<head>[A-Za-z\u4e00-\u9fff][^:：()（）\d]*?)\s*[(（](?P<unit>[^()（）]+)[)）]\s*[:：]")


def _heading_unit(line: str) -> str | None:
    from carebridge.tools.labs.knowledge import load_lab_knowledge  # knowledge never imports parse

    m = _HEADING_UNIT.match(line)
    if m is None or not _is_lab_unit(m.group("unit")) or load_lab_knowledge().by_name(m.group("head").strip()) is not None:
        return None  # "Glucose (mg/dL): 100" names its own test, not a panel
    return m.group("unit").strip()


_SLASH_NUMBER = re.compile(r"[<>≤≥]?=?[-+]?\d+(?:\.\d+)?[↑↓]?")
_SLASH_BEFORE = re.compile(r"[(（\[]?[-+]?\d+(?:\.\d+)?\s*(?:-{1,2}|–|~|～)\s*\d+(?:\.\d+)?[)）\]]?|↑↑|↓↓|↑|↓|HH|LL|H|L|\*")


def split_after_slash(item: str) -> list[str]:
    """'Total chol 262 / HDL 48 / Trig 145 / LDL calc 185': after a value (and its unit, range or flag), a lone '/'
    followed by a name and a number starts the next result, whether or not the name is a known test's whole name
    (`split_runs` splits before known names; a '/' is never part of a unit when spaces stand around it).
    """
    tokens = list(re.finditer(r"\S+", item))
    words = [t.group() for t in tokens]
    cuts: list[tuple[int, int]] = []  # (start of the new item, end of the previous one) in characters
    last_value = None
    depth = 0
    for k, word in enumerate(words):
        if depth == 0 and _SLASH_NUMBER.fullmatch(word) and k > 0:
            if last_value is not None and "/" in (between := words[last_value + 1:k]) and not (
                    k + 1 < len(words) and re.match(r"(?:-{1,2}|–|~|～)\d", words[k + 1])):
                slash = last_value + 1 + between.index("/")
                name = words[slash + 1:k]
                if name and all(re.search(r"[A-Za-z\u4e00-\u9fff]", w) for w in name) and all(
                        _is_lab_unit(w) or w in ("%", "‰") or _SLASH_BEFORE.fullmatch(w) for w in words[last_value + 1:slash]):
                    cuts.append((tokens[slash + 1].start(), tokens[slash - 1].end()))
            last_value = k
        depth = max(depth + word.count("(") + word.count("（") - word.count(")") - word.count("）"), 0)
    if not cuts:
        return [item]
    parts, begin = [], 0
    for start, end in cuts:
        parts.append(item[begin:end].strip())
        begin = start
    parts.append(item[begin:].strip())
    return [p for p in parts if p]


_PAIRED = re.compile(rf"(?P<a>[A-Za-z\u4e00-\u9fff][^\d/:：=]*?)\s*/\s*(?P<b>[A-Za-z\u4e00-\u9fff][^\d/:：=]*?)\s*[:：=]?\s*"
                     rf"(?P<v1>(?:[<>≤≥]=?)?{_NUM})\s*(?P<u1>[^\s/\d][^\s/]*)?\s*/\s*(?P<v2>(?:[<>≤≥]=?)?{_NUM})(?P<rest>(?:\s.*)?)")


def split_paired(item: str) -> list[str]:
    """'PT/INR: 13.0 s / 1.0': two tests named together, their values in the same order, as two items
    ('PT 13.0 s', 'INR 1.0'). Only when each name is a known test; a ratio has one value ('AST/ALT 1.5').
    """
    m = _PAIRED.fullmatch(item.strip())
    if m is None or (m.group("u1") and not _is_lab_unit(m.group("u1"))):
        return [item]
    from carebridge.tools.labs.knowledge import load_lab_knowledge  # knowledge never imports parse

    kb = load_lab_knowledge()
    a, b = kb.by_name(m.group("a").strip()), kb.by_name(m.group("b").strip())
    if a is None or b is None or a.key == b.key:
        return [item]
    u1 = m.group("u1")
    if u1 is None and (shared := re.match(r"\s+(?P<unit>[^\s(（\[↑↓,;，；]+)", m.group("rest"))):
        # "BUN/Creat: 38 / 1.1 mg/dL": one unit written after both values is the first one's too, when it is a unit of
        # that test (else the first stays without a unit: "PT/INR: 13.0 / 1.0").
        from carebridge.tools.labs.units import accepted_unit, clean_unit

        if _is_lab_unit(shared.group("unit")) and accepted_unit(clean_unit(shared.group("unit")), a) is not None:
            u1 = shared.group("unit")
    return [f"{m.group('a').strip()} {m.group('v1')} {u1 or ''}".strip(),
            f"{m.group('b').strip()} {m.group('v2')}{m.group('rest')}".strip()]


def split_items(line: str) -> list[str]:
    """Split a line into result items ('Na 140, K 4.1'), keeping a name's own comma ('Calcium, total 15.8').

    NOTE: US and LOINC-style names put the qualifier after a comma ("Bilirubin, total",
    "Protein, total"). A comma-separated fragment that holds no result cannot be an item on
    its own, so it is the head of the next fragment's name, not a separate line.
    """
    parts = _SPLIT_KEEP.split(line)
    items: list[str] = []
    carry = ""
    for i in range(0, len(parts), 2):
        frag = parts[i]
        sep_before = parts[i - 1].strip() if i else ""
        sep = parts[i + 1] if i + 1 < len(parts) else ""
        text = carry + frag
        carry = ""
        if (sep.strip() in (",", "，") and text.strip() and not text.rstrip().endswith((":", "：", "="))
                and not _has_result(text) and (not _CJK_CHAR.search(text) or _names_a_known_test(text) or _open_bracket(text)
                                                 or _INVERTED_QUALIFIER.match(parts[i + 2] if i + 2 < len(parts) else ""))):
            # NOTE: a Chinese clause with no result is the head of an inverted name only when it is a test's name
            # ("胆红素，总 20", "钾，血清 4.1"); otherwise ("我爸最近不怎么喝水，今天查血钠168") it is a remark of its
            # own, never part of the next test's name.
            carry = text + sep
            continue
        if text.strip() and items and _RESULT_CLAUSE.match(text.strip()) and sep_before in (",", "，") and not _has_result(items[-1]):
            # "查了个血清铁，结果6.1μmol/L": the test is named in one clause, its result given in the next.
            items[-1] = f"{items[-1]} {text.strip()}"
        elif text.strip() and items and _LABELLED_RANGE.fullmatch(text.strip()) and _has_result(items[-1]):
            # "vanc trough 14.2 mcg/mL, goal 10-20", "血锂 0.9 mmol/L，治疗范围 0.6-1.2": the range printed after a comma
            # belongs to the result before it, as it does without the comma.
            items[-1] = f"{items[-1]} {text.strip()}"
        elif text.strip():
            items.append(text.strip())
    if carry.strip():
        items.append(carry.strip().rstrip(",，").strip())
    return items


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _open_bracket(text: str) -> bool:
    """Whether `text` ends inside a bracket: "血沉(ESR" of "血沉(ESR,魏氏法) 48 mm/h", whose comma is the name's own."""
    return text.count("(") + text.count("（") > text.count(")") + text.count("）")


# A clause that gives only a result, named in the clause before ("结果6.1μmol/L", "结果是 6.1").
_RESULT_CLAUSE = re.compile(r"(?:检查|化验|检验)?结果(?:是|为|显示)?\s*[:：]?\s*(?:[<>≤≥]=?)?\d")
# A clause that is only a labelled range ("goal 10-20", "ref range 136-145 mmol/L", "(therapeutic 0.6-1.2)", "参考值 3.5-5.3").
_RANGE_LABEL = (r"(?:(?:reference|ref\.?|normal|therapeutic|target|goal|desired)\s*(?:range|interval|level)?|range|"
                r"参考范围|参考区间|参考值|正常范围|正常值|治疗范围|治疗窗|目标范围|目标值|"
                # A patient quoting the report: "the range says 0.6-1.2", "报告上写女 13-150", "单子上标的参考是 3.5-5.3".
                r"(?:报告|化验单|检验单|单子)[上里]?面?(?:写|标|印|显示)[的着]?(?:参考(?:范围|值|区间)?)?|参考)")
# The paper the range is printed on, said before it by a patient ("化验单上参考是3.3-5.1", "报告上的参考值 3.5-5.3").
_RANGE_PAPER = r"(?:(?:化验单|检验单|报告单?|单子|检查单)(?:上面?)?(?:的|写的|写着)?\s*)?"
# Who a range quoted from the report is printed for ("女 13-150", "for women 13-150"): the range is still the report's.
_RANGE_SEX = r"(?:(?:for\s+)?(?:women|men|females?|males?)\s*[:：]?|女性?|男性?)"
_LABELLED_RANGE = re.compile(rf"[(（]?\s*(?:(?:and|but|the|its|my|his|her|their)\s+)*{_RANGE_PAPER}{_RANGE_LABEL}\s*(?:{_RANGE_SEX}\s*)?"
                             rf"(?:is|was|says?|said|reads?|shows?|[:：=]|是|为)?\s*{_RANGE_SEX}?\s*"
                             rf"(?:{_RANGE.pattern}|(?:<|≤|<=|＜|>|≥|>=|＞)\s*{_NUM})"
                             rf"(?:\s*[^\s\d()（）]+)?\s*[)）]?(?:{_QUESTION})?", re.IGNORECASE)

# What may stand right before the next test's name in a run of results: the value, its unit, a flag or a printed range.
_RUN_VALUE = re.compile(r"(?:[<>≤≥]=?)?[-+]?\d+(?:\.\d+)?|↑↑|↓↓|↑|↓|HH|LL|H|L|[(（\[].*[)）\]]|[-+]?\d+(?:\.\d+)?\s*(?:-|–|~|～)\s*[-+]?\d+(?:\.\d+)?")
_RUN_NUMBER = re.compile(r"(?:[<>≤≥]=?)?\d")
# A Chinese test name with its value glued to it ("钠109", "钾4.1"), as a patient types a run of results.
_GLUED_RESULT = re.compile(r"(?P<name>[\u4e00-\u9fff]+)(?:[<>≤≥]=?)?\d+(?:\.\d+)?")


def split_runs(item: str) -> list[str]:
    """Split a run of results written one after another ('K 3.9 Na 106 Cl 72 mmol/L', 'pH 7.31 / pCO2 58 / pO2 31 mmHg').

    A split is made before a known test's whole name (up to three words) that is followed by a number, when what
    stands right before it is the previous result's value, unit, flag or printed range (a " / " between them is
    dropped). A word before the name ("free Hb 50", "corrected Ca 2.3") is never split off: it may make another test.
    """
    if (rest := _dated_rest(item)) is not None and rest and item.endswith(rest):
        # "Warfarin booklet 3/12: INR 9.2 K 4.1": the entry's date is no result, so no run is cut after it; it stays
        # with the first result, which `parse_text_item` reads without it.
        pieces = split_runs(rest)
        return [item[:len(item) - len(rest)] + pieces[0], *pieces[1:]]
    tokens = list(re.finditer(r"\S+", item))
    if len(tokens) < 2:
        return [item]
    from carebridge.tools.labs.knowledge import load_lab_knowledge  # knowledge never imports parse

    kb = load_lab_knowledge()
    cuts: list[tuple[int, int]] = []  # (end of the previous result, start of the next)
    k = 1
    while k < len(tokens):
        prev = k - 1
        if tokens[prev].group(0) == "/" and prev > 0:
            prev -= 1
        before = tokens[prev].group(0)
        value_like = bool(_RUN_VALUE.fullmatch(before) or _is_lab_unit(before) or before in ("%", "‰")
                          or _GLUED_RESULT.fullmatch(before))
        start = cuts[-1][1] if cuts else 0
        if value_like and (glued := _GLUED_RESULT.fullmatch(tokens[k].group(0))) and kb.by_name(glued.group("name")):
            # "电解质　钾4.1　钠109　氯78": a Chinese name with its value written right after it, one result a token.
            head = parse_text_item(item[start:tokens[prev].end()], "")
            if head is not None and head.value is not None and head.name:
                cuts.append((tokens[prev].end(), tokens[k].start()))
        elif value_like and tokens[k].group(0) != "/":
            for n in (3, 2, 1):
                if k + n >= len(tokens):
                    continue
                name = item[tokens[k].start():tokens[k + n - 1].end()]
                if _RUN_NUMBER.match(tokens[k + n].group(0)) and kb.by_name(name) is not None:
                    head = parse_text_item(item[start:tokens[prev].end()], "")
                    if head is not None and head.value is not None and head.name:
                        cuts.append((tokens[prev].end(), tokens[k].start()))
                        k += n
                    break
        k += 1
    if not cuts:
        return [item]
    pieces, start = [], 0
    for end, nxt in cuts:
        pieces.append(item[start:end].strip())
        start = nxt
    pieces.append(item[start:].strip())
    return [p for p in pieces if p]


# A Latin test abbreviation with its value and unit glued to it, no space anywhere ("ALB44g/L", "白蛋白ALB44g/L",
# "钾K4.1mmol/L"), as a patient types a result from a photo (lab set 68). A number glued to letters is otherwise part
# of a name (T3, HbA1c, CO2, CA125), so the split is made only when the letters are a known test's whole abbreviation
# and the glued unit is one that test is reported in ("CA125U/mL" is not calcium: U/mL is no calcium unit).
_GLUED_LATIN = re.compile(r"(?<![A-Za-z0-9.])(?P<name>[A-Za-z]{1,6})(?P<num>\d+(?:\.\d+)?)(?P<unit>[A-Za-zµμ%/^*0-9.]+)(?![A-Za-z0-9])")


def unglue_latin_name(line: str) -> str:
    """`line` with a space between a glued Latin abbreviation and its value ('ALB44g/L' -> 'ALB 44g/L')."""
    if not _GLUED_LATIN.search(line):
        return line
    from carebridge.tools.labs.knowledge import load_lab_knowledge  # knowledge never imports parse
    from carebridge.tools.labs.units import accepted_unit, clean_unit

    kb = load_lab_knowledge()

    def split(m: re.Match[str]) -> str:
        analyte = kb.by_name(m.group("name"))
        if (analyte is None or kb.by_name(m.group("name") + m.group("num")) is not None
                or not _is_lab_unit(m.group("unit")) or accepted_unit(clean_unit(m.group("unit")), analyte) is None):
            return m.group(0)
        return f"{m.group('name')} {m.group('num')}{m.group('unit')}"

    return _GLUED_LATIN.sub(split, line)


# The qualifier that follows the comma of an inverted Chinese name ("胆红素，总", "钙，离子").
_INVERTED_QUALIFIER = re.compile(r"\s*(?:总|血清|血浆|全血|直接|间接|游离|结合|非结合|离子)")


def _names_a_known_test(fragment: str) -> bool:
    from carebridge.tools.labs.knowledge import load_lab_knowledge  # knowledge never imports parse

    return load_lab_knowledge().by_name(fragment.strip()) is not None


def _has_result(fragment: str) -> bool:
    row = parse_text_item(fragment.strip(), "")
    return row is not None and not row.no_value


# NOTE: only the full-width ASCII block is folded (７．２ ｍｍｏｌ／Ｌ -> 7.2 mmol/L); full NFKC would
# also turn a superscript exponent into a digit (10⁹/L -> 109/L) and change the value's meaning.
_FULL_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}


def unicode_line(line: str) -> str:
    """Full-width ASCII becomes ASCII; tabs and full-width spaces become spaces (a table pasted from a PDF)."""
    line = re.sub(r"[\t\u3000 ]+", " ", line.translate(_FULL_WIDTH))
    # A Chinese full stop typed as the decimal point ("钾 2。0 mmol/L"): read only between digits, never after a number
    # that has its point already, and never where the digits after it count days, times or items ("4。3天后复查").
    line = _STOP_AS_POINT.sub(r"\1.\2", line)
    # Dot leaders between a name and its value, as a printed table aligns them ("Sodium..........133 mmol/L").
    return _LEADER.sub(" ", line).strip()


_STOP_AS_POINT = re.compile(r"(?<![\d.])(\d{1,4})。(\d{1,3})(?![\d.])"
                            r"(?!\s*(?:[天日周月年次个点号岁床分秒时楼层位名人项遍回粒片支颗袋瓶盒包]|小时|星期|钟))")
_THOUSANDS_K = re.compile(r"(?<![\d.,A-Za-z])(\d+(?:\.\d+)?)[kK](?![A-Za-z0-9/^])")
_LEADER = re.compile(r"(?<=[A-Za-z\u4e00-\u9fff)）\]])\s*(?:\.{3,}|…+|·{3,})\s*(?=[<>≤≥]?\s*[-+]?\d)")


# A spoken decimal in Chinese numerals ("血钾二点二", "血红蛋白十二点五"): the 点 makes it a number, so
# names with numerals ("二氧化碳", "十二指肠") are never touched.
_CN_DECIMAL = re.compile(r"(?P<int>[零〇一二两三四五六七八九十百]+)点(?P<frac>[零〇一二三四五六七八九]+)")


def chinese_decimals(item: str) -> str:
    """'血钾二点二' -> '血钾 2.2', '血钾3点5' -> '血钾3.5' (only spoken decimals; clock times and names are left alone)."""
    def repl(m: re.Match[str]) -> str:
        whole = zh_integer(m.group("int"))
        if whole is None:
            return m.group(0)
        return f" {whole}." + "".join(str(ZH_DIGITS[c]) for c in m.group("frac")) + " "
    item = _DIGIT_DECIMAL.sub(digit_repl, _CN_DECIMAL.sub(repl, item))
    item = _CN_INTEGER_SAID.sub(lambda m: m.group(0) if (whole := zh_integer(m.group("int"))) is None
                                else f"{m.group('lead') or ''} {whole} ", item)
    return _COLLOQUIAL_GRAM.sub(" ", _EN_NUMBER.sub(_en_number, item)).strip()


# A whole number said in Chinese numerals with the colloquial 克 ("血红蛋白才四十一克", "白蛋白二十五克") or after a word
# that says how low it fell ("血红蛋白只有六十"): the 克 or the word makes it a number, so names with numerals
# ("二氧化碳", "十二指肠", "D-二聚体") are never touched.
_CN_INTEGER_SAID = re.compile(r"(?P<lead>才|只有|只剩|仅有?|降到|掉到|跌到)?(?P<int>[零〇一二两三四五六七八九十百]+)"
                              r"(?=\s*克(?!\s*[/／每])|(?<=[一二两三四五六七八九十百])(?=\s*(?:了|多|左右)?\s*[,，。.!！?？;；]|\s*$))")
# "41克" for a haemoglobin or a protein is how it is said, not the unit printed (grams per litre today; per decilitre,
# the old g%, in "血色素5克"): the unit is dropped and the number read as one written without a unit.
_COLLOQUIAL_GRAM = re.compile(r"(?<=\d)\s*克(?!\s*[/／每])")
# A number said in English words, as voice-to-text writes it ("two point zero", "sodium one hundred twelve", "platelets
# were eleven thousand", "fasting sugar ninety two"). Read only what only a number can be: a decimal ('point'), or a
# whole number with a tens, hundred or thousand word; a lone "one" or "five" stays a word ("no one", "Factor five",
# "B twelve"), and a number before a word of time ("twenty four hour urine", "seventy years old") is left alone.
_EN_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
             "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_EN_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_EN_DIGIT = {"oh": 0, **{w: i for i, w in enumerate(_EN_UNITS[:10])}}
_EN_UNIT_WORD = "|".join(sorted(_EN_UNITS, key=len, reverse=True))
_EN_SMALL = rf"(?:(?:{'|'.join(_EN_TENS)})(?:[-\s](?:{'|'.join(sorted(_EN_UNITS[1:10], key=len, reverse=True))}))?|{_EN_UNIT_WORD})"
_EN_HUNDREDS = rf"(?:(?:a|{_EN_SMALL})\s+hundred(?:\s+(?:and\s+)?{_EN_SMALL}(?![-\s]hundred))?)"
_EN_WHOLE = (rf"(?:(?:a|{_EN_HUNDREDS}|{_EN_SMALL})\s+thousand(?:\s+(?:and\s+)?(?:{_EN_HUNDREDS}|{_EN_SMALL}))?"
             rf"|{_EN_HUNDREDS}|{_EN_SMALL})")
_EN_NUMBER = re.compile(
    rf"(?<![A-Za-z-])(?P<int>{_EN_WHOLE})(?:\s+point\s+(?P<frac>(?:{'|'.join(_EN_DIGIT)})(?:\s+(?:{'|'.join(_EN_DIGIT)}))*))?"
    r"(?![A-Za-z-])", re.IGNORECASE)
_EN_TIME_AFTER = re.compile(r"\s*-?\s*(?:hours?|hrs?|h|minutes?|mins?|days?|weeks?|months?|years?|yrs?|y/?o|o'?clock|[ap]\.?m)\b",
                            re.IGNORECASE)


def en_whole_number(words: str) -> int:
    """'one hundred and twelve' -> 112, 'eleven thousand' -> 11000, 'ninety-two' -> 92 (a match of `_EN_WHOLE`)."""
    total = current = 0
    for word in re.split(r"[-\s]+", words.lower()):
        if word in _EN_UNITS:
            current += _EN_UNITS.index(word)
        elif word in _EN_TENS:
            current += (_EN_TENS.index(word) + 2) * 10
        elif word == "a":
            current += 1
        elif word == "hundred":
            current *= 100
        elif word == "thousand":
            total, current = total + current * 1000, 0
    return total + current


def _en_number(m: re.Match[str]) -> str:
    words = m.group("int").lower()
    if not m.group("frac") and not re.search(rf"{'|'.join(_EN_TENS)}|hundred|thousand", words):
        return m.group(0)  # a lone "one" .. "nineteen" may be a word, not a number
    if _EN_TIME_AFTER.match(m.string, m.end()):
        return m.group(0)  # when or how long, not a result
    whole = en_whole_number(words)
    if not m.group("frac"):
        return str(whole)
    return f"{whole}." + "".join(str(_EN_DIGIT[w]) for w in m.group("frac").lower().split())


# "血钾3点5" is 3.5 said aloud and typed with digits. Minutes after it ("3点5分") or a word for the time of day before it
# ("下午3点5") make it a clock time instead, left for the clock-time reading below.
_DIGIT_DECIMAL = re.compile(r"(?<![\d.])(\d{1,3})\s*点\s*(\d{1,2})(?![\d.])(?!\s*分)")


def digit_repl(m: re.Match[str]) -> str:
    if re.search(rf"{_TIME_OF_DAY}\s*$", m.string[:m.start()]):
        return m.group(0)
    return f"{m.group(1)}.{m.group(2)}"


# A number after a word of time in a sentence says when, not what was measured ("on day 3", "week 2", "POD 1").
# "pre-cycle 3", "cycle 2 day 1": which chemotherapy cycle (a course is counted in cycles), not a result either.
_WHEN_NUMBER = re.compile(r"(?<![A-Za-z])(?:on\s+)?(?:post-?op(?:erative)?\s+)?(?:day|week|month|hour|POD|cycle)\s*$", re.IGNORECASE)


# A clock time in Chinese: after a word for the time of day ("凌晨3点", "下午3点半"), or written with 钟, 整 or minutes
# ("8点钟", "8点15分"). When the sample was taken, not a result. Without them "36点多", "12点几" are colloquial decimals.
_TIME_OF_DAY = r"(?:凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|夜间|半夜|今早|今晨|昨晚|昨夜)"
_CLOCK_AFTER = re.compile(r"\s*点(?:钟|整|\d{1,2}\s*分)")
_CLOCK_AFTER_TIME_WORD = re.compile(r"\s*点(?:钟|半|整|多|左右|\d{1,2}\s*分)?(?!\d)")
_CLOCK_PHRASE = re.compile(rf"{_TIME_OF_DAY}\s*\d{{1,2}}{_CLOCK_AFTER_TIME_WORD.pattern}|(?<![\d.])\d{{1,2}}{_CLOCK_AFTER.pattern}")


# Time elapsed since a dose ("APAP level 4 h post ingestion: 310", "2 hours after the dose", "服药后4小时"): when a drug
# level was drawn, not a result. Only a dose word makes it so: "glucose 2 hours after a meal" stays as it was read.
_DOSE_WORDS = r"(?:the\s+)?(?:ingestion|overdose|dose|dosing|taking\s+it|injection|infusion|administration)"
_ELAPSED_AFTER = re.compile(rf"\s*-?\s*(?:h|hrs?|hours?|mins?|minutes?)\s*(?:post|after|since|following|from)[-\s]*{_DOSE_WORDS}\b",
                            re.IGNORECASE)
_ELAPSED_BEFORE = re.compile(r"(?:服药|用药|吃药|摄入|注射|输注|给药)后\s*$")
_ELAPSED_PHRASE = re.compile(rf"(?<![\d.])\d{{1,3}}(?:\.\d)?{_ELAPSED_AFTER.pattern}"
                             r"|(?:服药|用药|吃药|摄入|注射|输注|给药)后\s*\d{1,3}(?:\.\d)?\s*(?:个)?(?:小时|分钟)", re.IGNORECASE)


# Time since a clinical event, written before the test ("孕32周 血小板 14", "产后2小时 Hb 41", "术后2天 血红蛋白 65",
# "出生2小时 微量血糖 1.1", "孕32+5周"): when the sample was taken (or how far the pregnancy is), not a result. Only an
# event word makes it so: "餐后2小时血糖" is another test (postprandial glucose) and stays one.
_EVENT_WORDS = r"(?:孕|妊娠|怀孕|产后|分娩后|剖宫产后|术后|出生后?|生后|入院后?|住院|发病后?|起病后?)"
_EVENT_TIME_UNIT = r"\s*(?:\+\s*\d{1,2}\s*)?(?:个)?(?:小时|钟头|天|日|周|星期|月)"
# The same in English, the event after the time: "at 32 weeks' gestation", "2 hours postpartum", "32 weeks pregnant".
_EVENT_TIME_AFTER_EN = (r"\s*-?\s*(?:h|hrs?|hours?|days?|weeks?|wks?)['’]?\s*(?:of\s+)?"
                        r"(?:gestation(?:al)?|pregnant|pregnancy|post-?partum|post-?natal|after\s+(?:delivery|birth))\b")
_EVENT_TIME_PHRASE = re.compile(rf"{_EVENT_WORDS}\s*第?\s*(?<![\d.])\d{{1,3}}{_EVENT_TIME_UNIT}(?:后|时|龄)?"
                                rf"|(?:\b(?:at|by)\s+)?(?<![\d.])\d{{1,3}}(?:\+\d)?{_EVENT_TIME_AFTER_EN}", re.IGNORECASE)


# What the lab asks for after a rejected sample ("specimen hemolyzed, unable to report, please recollect"): read as
# part of the remark (`_PENDING`), so the line still names its test.
_LAB_REQUEST = re.compile(r"(?:\s*[,，;；.。]\s*(?:unable to report|not reported|(?:please\s+)?(?:re-?collect|redraw|repeat|resend|"
                          r"resubmit)(?:\s+(?:the\s+)?(?:sample|specimen|test))?|请?重新采样|请?重新留取标本|请?重抽|请?复查))+"
                          r"\s*[.。]?\s*$", re.IGNORECASE)


# When a pending result will be out ("TSH: pending, will be resulted tomorrow", "结果待出，明天出报告"): read as part of
# the remark (`_PENDING`), so the line still names its test.
_RESULT_DUE = re.compile(r"\s*[,，;；]\s*(?:(?:it\s+)?will\s+be\s+(?:resulted|reported|released|available|back|ready|out)|"
                         r"(?:results?\s+)?(?:expected|due|available)|(?:预计)?(?:今天|明天|明日|后天|下午|晚些时候|稍后)(?:才)?(?:能)?"
                         r"(?:出|发)(?:结果|报告)?)[^.。?？!！]*[.。]?\s*$", re.IGNORECASE)


# A number that names a bed, a room or a ward ("32床", "12号床", "床号 12", "bed 12", "Rm 4", "Ward 6", "6病区") says
# where the patient lies.
_BED_AFTER = r"(?:号\s*床|床位?|号?病房|号?病区)"  # the word after the number: "32床", "12号床"
_BED_EN = r"(?<![A-Za-z])(?:bed|room|rm|bay|ward|cubicle)"  # a bay is a ward room of several beds (UK hospitals)
_BED_ZH_BEFORE = r"(?:床号|床位|病区)"
_BED_BEFORE = rf"(?:{_BED_ZH_BEFORE}|{_BED_EN})"  # the word before it: "床号 12", "bed 12"
_BED_NUMBER = re.compile(rf"\s*{_BED_AFTER}")
# "Ward 10B", "Bay 4A": a letter written onto the number is part of the place's name, not the test's.
_BED_PHRASE = re.compile(rf"(?<![\d.])\d{{1,4}}\s*{_BED_AFTER}|{_BED_BEFORE}\s*[:：#]?\s*\d{{1,4}}(?:[A-Za-z](?![A-Za-z]))?(?![\d.])",
                         re.IGNORECASE)
_BED_WORD = re.compile(rf"(?:{_BED_ZH_BEFORE}|{_BED_EN}(?:\s*(?:no\.?|number|#))?)\s*[:：#]?\s*$", re.IGNORECASE)


# A date written before the test, with or without a label before it ("Warfarin booklet 12 Mar: INR 9.2", "3/12 INR
# 2.5", "2026-03-12: K 6.9", "华法林记录本 3月12日 INR 9.2", lab set 72): when the sample was taken, as a booklet or a
# diary lists its entries. Its numbers are never the value, and its label never the test's name. English and Chinese
# forms: "12 Mar", "12-Mar", "12th March 2026", "Mar 12", "March 12th, 2026", "3/12", "12/03/2026", "2026-03-12",
# "2026/3/12", "2026年3月12日", "3月12日", "3月12号", each optionally followed by a clock time ("08:30").
# NOTE: a dot date ("3.12") is not read: it is a decimal value. Nor is "3-12" (a range) without a year, nor a month
# alone ("术后3月" is three months after the operation).
_MONTH_EN = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|(?-i:May|MAY)|june?|july?|aug(?:ust)?|"
             r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY_EN = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE_FORMS = (r"\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}"
               r"|\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?"
               r"|\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{1,2}月\d{1,2}(?![\d.])"
               r"|(?P<a>\d{1,2})\s*/\s*(?P<b>\d{1,2})(?:\s*/\s*(?:\d{4}|\d{2}))?(?![\d.])"
               r"|(?P<c>\d{1,2})\s*[-.]\s*(?P<d>\d{1,2})\s*[-.]\s*\d{4}"
               rf"|{_DAY_EN}[\s-]*{_MONTH_EN}(?:[\s,-]+\d{{4}})?|{_MONTH_EN}\s+{_DAY_EN}(?:,?\s+\d{{4}})?")
_LEADING_DATE = re.compile(
    rf"(?P<label>[^\d<>≤≥=]*?)(?<![A-Za-z0-9])(?P<date>{_DATE_FORMS})(?![A-Za-z0-9])(?:\s+\d{{1,2}}[:：]\d{{2}}(?::\d{{2}})?)?"
    r"(?P<sep>\s*[:：,，;；=\-–—]\s*|\s+|(?<=[日号])|(?=[\u4e00-\u9fff]))(?P<rest>[A-Za-z\u4e00-\u9fff(（].*)", re.IGNORECASE)


_PRESSURE = re.compile(r"血压|收缩压|舒张压|(?<![A-Za-z])(?:BP|NIBP|ABP)(?![A-Za-z])|blood\s+pressure", re.IGNORECASE)


def _dated_rest(item: str) -> str | None:
    """What follows a leading date and its label ("Warfarin booklet 12 Mar: INR 9.2" -> "INR 9.2"), else None.

    None when the label names a test itself ("Glucose 12 Mar ..." keeps its number after the name: it may be the value)
    or the date is no calendar day ("28/40" is a gestation, "95/60" a blood pressure).
    """
    m = _LEADING_DATE.fullmatch(item)
    if m is None:
        return None
    for first, second in (("a", "b"), ("c", "d")):
        if m.group(first) is not None:
            x, y = int(m.group(first)), int(m.group(second))
            if not (1 <= x <= 31 and 1 <= y <= 31 and min(x, y) <= 12):
                return None
    from carebridge.tools.labs.knowledge import load_lab_knowledge  # knowledge never imports parse

    kb = load_lab_knowledge()
    label = m.group("label").strip(" :：,，;；-–—()（）")
    if m.group("a") is not None and _PRESSURE.search(label):
        return None  # "BP 12/8": a blood pressure (kPa) is two numbers with a slash, not a day and a month
    if label and (kb.by_name(label) is not None
                  or any(kb.by_name(word) is not None for word in re.split(r"[\s:：,，;；()（）]+", label) if word)):
        return None
    return m.group("rest").strip()


def parse_text_item(item: str, where: str) -> RawResult | None:
    """One 'name value unit [range]' item; None when the item holds no name (not a result)."""
    if ((rest := _dated_rest(item)) is not None and (row := parse_text_item(rest, where)) is not None and row.name
            and (row.value is not None or row.value_text is not None or (row.no_value and not re.search(r"\d", rest)))):
        # "Warfarin booklet 12 Mar: INR 9.2": the entry's date and label are not the result (lab set 72, a missed
        # critical INR); the row keeps the whole text. "12 Mar: INR pending" is that test with no result yet (only when no
        # number follows the date: in "2024-03-05 08:12 血清 NA 钠 109" the NA is sodium's code, not "not available"). Read without its date, a line that gives no result is read whole
        # as before ("2024-03-05 08:12 血清 NA 钠 109": NA is sodium's code there, not an empty value column).
        row.text = item
        return row
    item = chinese_decimals(item)
    item, n_grouped = _THOUSANDS_SEP.subn("", item)  # thousands separators: 25,000/uL
    # A decimal comma (European reports, "K 2,2 mmol/L"): one or two digits after the comma.
    item = re.sub(r"(?<![\d.,])(\d+),(\d{1,2})(?![\d,])", r"\1.\2", item)
    # "plt 4k", "WBC 12K": a count written in thousands, the "k" glued to the number (x10^3/uL, as "K/uL" is read).
    item = _THOUSANDS_K.sub(r"\1 K/uL", item)
    if (pending := _PENDING.search(_RESULT_DUE.sub("", _LAB_REQUEST.sub("", item)))) and not _VALUE.search(
            re.sub(r"[(（][^)）]*[)）]", "", item[:pending.start()])):
        # "Sodium — pending", "血红蛋白 待复查": a test whose result is not out yet.
        name = item[:pending.start()].strip(" :：=\t-—–")
        if re.search(r"[A-Za-z\u4e00-\u9fff]", name) and not _VALUE.search(name):
            return RawResult(where=where, text=item, name=name, no_value=True,
                             problem="the report gives no result yet (pending, to be repeated, or the sample could not be used)")
    if meter := _METER_LIMIT.fullmatch(item):
        # "指尖血糖：HI", "床旁血糖仪显示 LO": a meter beyond its measuring range shows a word, not a number.
        return RawResult(where=where, text=item, name=meter.group("name").strip(" :：=\t"), value_text=meter.group("v").upper())
    if (blank := _PLACEHOLDER.search(item)) is None and (star := re.search(r"(?<=\s)(\*)\s+(\S+)", item)) and _is_lab_unit(
            star.group(2)):
        blank = star  # "WBC#    *    10^9/L    3.5-9.5": one asterisk in the value column, the unit column after it
    if blank:
        # "钠(Na)  ***  mmol/L  137-147": no result where the value belongs; the numbers after it are the range.
        name = item[:blank.start()].strip(" :：=\t")
        if re.search(r"[A-Za-z\u4e00-\u9fff]", name) and not re.search(r"(?<![A-Za-z])\d", re.sub(r"[(（][^)）]*[)）]", "", name)):
            return RawResult(where=where, text=item, name=name, no_value=True,
                             problem=f"no result in the value column ({blank.group(1)})")
    for m in _VALUE.finditer(item):
        before = item[:m.start("cmp") if m.group("cmp") else m.start("num")]
        if not before.strip(" :：=\t"):
            continue  # no name before this number
        # A number glued to a Latin letter or digit is part of a name (T3, HbA1c, CO2), and one
        # after "(" or "^" is a range or an exponent, not the value.
        if re.match(r"[A-Za-z0-9.^/(（\[]", before[-1]):
            continue
        if re.match(r"\s*\^", item[m.end():]):
            continue  # "10^9/L": the base of a unit's power, not a value
        if re.search(r"[(（\[]\s*(?:ref(?:erence)?|range|参考值?|参考区间)\s*[:：]?\s*$", before, re.IGNORECASE):
            continue  # "Potassium (Ref: 3.5-5.3) mmol/L 6.9": a labelled printed range before the value
        if (re.fullmatch(r"(?:19|20)\d\d", m.group("num")) and not m.group("cmp")
                and before.count("(") + before.count("（") > before.count(")") + before.count("）")
                and re.match(r"[^()（）\d]*[)）][^()（）]*?\d", item[m.end():])):
            continue  # "eGFR (CKD-EPI 2021): 48": a year in the name's brackets (the equation's edition), the value after them
        if re.match(r"(?:st|nd|rd|th)[\s-]*gen(?:eration|\.)?(?![A-Za-z])", item[m.end():], re.IGNORECASE):
            continue  # "TSH,3rd gen: 0.05", "TSH 3rd generation 0.05": the assay's generation is part of the name
        if re.match(r"\(?-?\s*(?:OH|hydroxy|羟)", item[m.end():], re.IGNORECASE):
            continue  # "Vitamin D, 25-OH: 11 ng/mL", "25(OH)D": the 25 of 25-hydroxyvitamin D is its name
        if _WHEN_NUMBER.search(before) or re.match(r"\s*天", item[m.end():]) and before.endswith("第"):
            continue  # "Serum creatinine on day 3 had risen to 14.6", "术后第3天": when, not a result
        if (re.search(rf"{_EVENT_WORDS}\s*第?\s*$", before) and re.match(_EVENT_TIME_UNIT, item[m.end():])
                or re.match(_EVENT_TIME_AFTER_EN, item[m.end():], re.IGNORECASE)):
            continue  # "孕32周 血小板 14", "产后2小时 Hb 41": time since an event, not a result
        if re.search(r"餐后\s*$", before) and re.match(r"\s*(?:个)?(?:小时|钟头|h(?:rs?|ours?)?(?![A-Za-z]))", item[m.end():],
                                                          re.IGNORECASE):
            continue  # "餐后2小时血糖 13.6": the hours after the meal are part of the test's name (lab set 72)
        if _BED_NUMBER.match(item[m.end():]) or _BED_WORD.search(before):
            continue  # "护士：32床 血锂 3.2", "bed 12 K 6.8": which bed, not a result
        if not m.group("cmp") and (_CLOCK_AFTER.match(item[m.end():]) or _ELAPSED_AFTER.match(item[m.end():])
                                   or re.search(rf"{_TIME_OF_DAY}\s*$", before) and _CLOCK_AFTER_TIME_WORD.match(item[m.end():])
                                   or re.search(r"\d\s*点\s*$", before) and re.match(r"\s*分", item[m.end():])
                                   or _ELAPSED_BEFORE.search(before) and re.match(r"\s*(?:个)?(?:小时|分钟)", item[m.end():])):
            continue  # "凌晨3点末梢血糖1.7", "APAP level 4 h post ingestion: 310": when the sample was taken
        if (not m.group("cmp") and (printed := _RANGE.match(item[m.start("num"):]))
                and float(printed.group("lo")) < float(printed.group("hi"))
                and not re.search(r"\d", item[m.start("num") + printed.end():])
                and not re.search(r"(?:from|从|由)\s*$", before, re.IGNORECASE)):
            # "肌酐  μmol/L  57-97", "Creatinine 57 to 97 umol/L": the first number starts the printed range and no
            # number stands before it, so the line has no result (57 is the range's lower limit, not the value).
            # ("K rose from 3.2 to 5.9" is two results over time, not a range.)
            head = before.split()
            unit = head.pop() if len(head) > 1 and _is_lab_unit(head[-1]) else None
            name = " ".join(head).strip(" :：=\t-")
            if re.search(r"[A-Za-z\u4e00-\u9fff]", name):
                return RawResult(where=where, text=item, name=name, unit=unit, no_value=True,
                                 problem=f"no result value: only the printed reference range ({printed.group(0).strip()})")
        words = before.split()
        if (not m.group("cmp") and len(words) >= 3 and _is_lab_unit(words[-1]) and not re.search(r"\d", words[-2])
                and _RANGE.match(item[m.start("num"):]) and re.search(r"[A-Za-z\u4e00-\u9fff]", words[0])):
            # "钾(K)  溶血  mmol/L  3.50-5.30": the unit column follows the value column, so a number after the unit is
            # the printed range; a word stands where the value belongs.
            return RawResult(where=where, text=item, name=" ".join(words[:-2]), no_value=True,
                             problem=f"no result in the value column ({words[-2]})")
        name = _ELAPSED_PHRASE.sub(" ", _CLOCK_PHRASE.sub(" ", _BED_PHRASE.sub(" ", _EVENT_TIME_PHRASE.sub(" ", before))))
        name = name.strip(" :：=\t-")
        if not re.search(r"[A-Za-z\u4e00-\u9fff]", _JUNK_WORDS.sub("", name)):
            continue
        printed_first = None
        if (pre := _RANGE_BEFORE_VALUE.fullmatch(name)) and (pre.group("u") is None or _is_lab_unit(pre.group("u"))):
            # "Sodium  (135-145)  mEq/L  176  H*": a layout that prints the range (and the unit) before the value.
            name, printed_first = pre.group("n").strip(" :：=\t-"), pre
        row = RawResult(where=where, text=item, name=name, comparator=_cmp(m.group("cmp")))
        if _GENERIC_NAME.fullmatch(name):
            # "Result 7.2 (ref 4.0-10.0)": a column label, not a test; a printed range cannot say which test it is.
            row.name, row.problem = None, "a value with no test name: say which test this result belongs to"
        row.value = float(m.group("num"))
        row.decimals = _written_decimals(m.group("num"))
        row.grouped = bool(n_grouped) and row.value >= 1000 and "." not in m.group("num")
        rest = item[m.end():].strip()
        # "6.9↑ mmol/L", "7.8 H mmol/L": the lab's own flag sits between value and unit.
        # "176  H*  mEq/L": an asterisk after the mark stresses it (the mark is read without it).
        if mark := re.match(r"(↑↑|↓↓|↑|↓|HH|LL|H|L)\*?(?=\s|$)|(↑↑|↓↓|↑|↓)|[(（](HH|LL|H|L)[)）]", rest):
            row.lab_flag = mark.group(3) or mark.group(0).rstrip("*")
            rest = rest[mark.end():].strip()
        unit, rest = _take_unit(rest)
        if unit is None and (in_name := re.search(r"[(（]([^()（）]+)[)）]", name)):
            # "Glucose (mg/dL): 100" names its unit in brackets; "血钾(K) 7.3", "Sodium (Na) 120" name the test there
            # (K is potassium, not kelvin).
            from carebridge.tools.labs.knowledge import load_lab_knowledge  # knowledge never imports parse
            from carebridge.tools.labs.units import check_unit, clean_unit

            candidate = clean_unit(in_name.group(1))
            if (candidate and candidate not in ("1", "[pH]") and check_unit(candidate)
                    and load_lab_knowledge().by_name(in_name.group(1).strip()) is None):
                unit = in_name.group(1)
                row.name = (name[:in_name.start()] + name[in_name.end():]).strip(" :：")
        if unit is None and printed_first is not None and printed_first.group("u"):
            unit = printed_first.group("u")
        row.unit = unit
        if row.name and (specimen := _TRAILING_SPECIMEN.search(rest)):
            # "Creatinine<TAB>800<TAB>umol/L<TAB>45-84<TAB>Urine" (a tab row, lab set 54): the specimen printed last is
            # part of the test's name, so a urine creatinine is never read as the serum one.
            row.name = f"{row.name} ({specimen.group('s')})"
            rest = rest[:specimen.start()].strip()
        if _FLAG_MARK.search(rest):
            row.lab_flag = _FLAG_MARK.search(rest).group(0)  # type: ignore[union-attr]
        elif crit := _CRIT_MARK.search(rest):
            row.lab_flag = crit.group(1)  # "12.0-16.0 CRIT": the report's critical mark closes the row (lab set 48)
        _range_from_text(row, rest)
        if printed_first is not None and row.ref_low is None and row.ref_high is None:
            _range_from_text(row, printed_first.group("r"))
        if row.unit is None and (range_unit := _unit_after_range(rest)) is not None:
            # "Ca 5.4 (ref 8.6-10.3 mg/dL)": a value and the range printed beside it are in one unit, so the unit
            # written once, after the range, is the value's too (and its critical limits apply).
            row.unit = row.ref_unit = range_unit
            row.unit_from_range = True
        return row
    # A number and a lab unit with no name before it ("5.2 mmol/L"): a result nobody can place.
    if (m := re.fullmatch(rf"[\s#?*~;:]*(?P<cmp>[<>≤≥]=?)?\s*(?P<num>{_NUM})\s*(?P<unit>\S+)\s*", _JUNK_WORDS.sub("", item))) \
            and _is_lab_unit(m.group("unit")):
        row = RawResult(where=where, text=item, name=None, comparator=_cmp(m.group("cmp")),
                        problem="a value with no test name: say which test this result belongs to")
        row.value, row.unit = float(m.group("num")), m.group("unit")
        return row
    # No number: a qualitative result ('尿蛋白 阳性', 'Nitrite negative') or just a heading.
    q = _QUAL.search(item)
    if q and q.group(0) == "-" and re.match(r"\s+[A-Za-z\u4e00-\u9fff]", item[q.end():]):
        # A dash with words after it is no negative result (that sign stands alone where the value belongs, "尿蛋白 -"):
        # it joins a heading to a name ("ED chemistry - Glucose, plasma: 28 mg/dL", read whole once the comma's
        # fragments are put back) or a test to a remark in place of its value ("Potassium - sample haemolysed, please
        # repeat"): a line that names the test and gives no number.
        name = item[:q.start()].strip(" :：=\t")
        if re.search(r"[A-Za-z\u4e00-\u9fff]", name) and not re.search(r"(?<![A-Za-z])\d", name):
            return RawResult(where=where, text=item, name=name, no_value=True,
                             problem=f"the report gives no number ({item[q.end():].strip()})")
        q = None
    if q and q.start() > 0:
        name = item[:q.start()].strip(" :：=\t")
        if re.search(r"[A-Za-z\u4e00-\u9fff]", name):
            return RawResult(where=where, text=item, name=name, value_text=item[q.start():].strip())
    if ((m := re.search(_NUM, item)) and not re.search(r"[A-Za-z\u4e00-\u9fff]", _JUNK_WORDS.sub("", item))
            and not DATE_OR_TIME.search(item)):
        # "??? 12.5 ###", "ERR ;; 12.5 ~~ null": a number and no name at all (error words and empty markers are no name).
        return RawResult(where=where, text=item, value=float(m.group(0)), orphan=True,
                         problem=f"no test name could be read on this line: say which test the value {m.group(0)} belongs to")
    return _name_without_value(item, where)


# A label in place of the test's name ("Result 7.2", "Value: 7.2", "结果 7.2").
_GENERIC_NAME = re.compile(r"(?:(?:test\s+)?results?|values?|readings?|(?:检测|检验|化验|测定)?结果|数值|测定值|结果值|读数)", re.IGNORECASE)
# Words a system writes where it has nothing: an error or an empty field ("ERR", "null", "NaN", "#VALUE!", "#N/A").
_JUNK_WORDS = re.compile(r"#[A-Za-z/]+[!?]?|(?<![A-Za-z])(?:ERR|ERROR|null|NULL|NaN|nan|undefined|None)(?![A-Za-z])")
# A date or a time of day: report metadata, never a result ("2024-05-01", "2024年5月1日", "08:30").
# NOTE: a clock time has whole minutes: in "XJ-07：23.5" the colon ends a code and 23.5 is its value.
DATE_OR_TIME = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}|\d{1,2}\s*[月/]\s*\d{1,2}\s*日?|(?<![\d.])\d{1,2}:\d{2}(?!\d|\.\d)")


def _is_lab_unit(token: str) -> bool:
    from carebridge.tools.labs.units import check_unit, chinese_unit, clean_unit

    cleaned = clean_unit(token)
    # "秒" (seconds: "凝血酶原时间(PT) 68.5 秒") is the one Chinese word a clotting time is reported in.
    return bool(cleaned and (re.search(r"[A-Za-z/%]", token) or token in ("秒", "秒钟") or chinese_unit(token))
                and check_unit(cleaned))


def _name_without_value(item: str, where: str) -> RawResult | None:
    """'肌酐：', 'Hemoglobin: g/dL', 'Potassium mmol/L': a name (and maybe a unit) but no result."""
    is_unit = _is_lab_unit
    problem = "the line names a test but gives no result"
    if (pending := _PENDING_BRACKETED.search(item)) and item[:pending.start()].strip(" :：=\t"):
        # "肌酐：μmol/L（结果待复核）": the bracketed remark says why there is no number; the name and unit stay.
        item, problem = item[:pending.start()], "the report gives no result yet (pending, to be repeated, or the sample could not be used)"
    elif (out := _RESULT_OUT.search(item)) and item[:out.start()].strip(" :：=\t"):
        item = item[:out.start()]  # "血钾结果出来了": the result is out, but the line gives no number
    m = re.fullmatch(r"(?P<head>[^:：=]*?)\s*[:：=]\s*(?P<tail>.*)", item.strip())
    head, tail = (m.group("head"), m.group("tail").strip()) if m else (item.strip(), "")
    unit = None
    if m:
        if tail and (" " in tail or not is_unit(tail)):
            return None  # "备注: 请复查" is a remark, not a test without a value
        name, unit = head.strip(), tail or None
    else:
        tokens = item.split()
        if len(tokens) > 1 and is_unit(tokens[-1]):
            name, unit = " ".join(tokens[:-1]), tokens[-1]
        else:
            name = item.strip()
    if _TEST_PLANNED.search(name):
        return None  # "明天去查血钾": a test still to be done is no result
    if not re.search(r"[A-Za-z\u4e00-\u9fff]", name) or (len(name) > 40 and not (len(name) <= 120 and _NUMBER_FORGOTTEN.search(name))):
        return None
    return RawResult(where=where, text=item, name=name, unit=unit, no_value=True, problem=problem)


# A longer sentence is read for a test name only when it says the number itself is missing ("my potassium came back
# but I can't remember the number", "血钾查了，数值忘了"): prose otherwise is not a test without a value.
_NUMBER_FORGOTTEN = re.compile(
    r"(?:can'?t|cannot|can not|don'?t|do not|didn'?t)\s+(?:remember|recall|know)\s+(?:the\s+|what\s+)?(?:exact\s+)?"
    r"(?:number|value|result|level|figure|reading)|forg[oe]t(?:ten)?\s+(?:the\s+)?(?:exact\s+)?(?:number|value|result|level|figure|reading)|"
    r"(?:数值|数字|结果|多少)(?:我)?(?:忘了|记不(?:清|得|住)了?)|(?:忘了|记不(?:清|得|住)了?)(?:是)?(?:数值|数字|多少)", re.IGNORECASE)


def _cmp(symbol: str | None) -> str | None:
    return {"≤": "<=", "≥": ">="}.get(symbol or "", symbol) or None


def _take_unit(rest: str) -> tuple[str | None, str]:
    # A comma or semicolon ends the unit ("12.4 mIU/L, 0.27-4.2"): no unit contains one.
    # "mg/24 h", "g/24 hr": the collection period of a timed urine is part of the unit.
    if (bracketed := re.match(r"[(（]\s*(?P<unit>[^()（）\s]+)\s*[)）]", rest)) and not re.match(r"[-+]?\d", bracketed.group("unit")) \
            and _is_lab_unit(bracketed.group("unit")):
        # "LDL 103 (mg/dL)": a unit in brackets right after the value is the value's unit (a range there has digits).
        return bracketed.group("unit"), rest[bracketed.end():].strip()
    m = re.match(r"(?P<unit>[^\s(（\[↑↓,;，；]*/\s*24\s*(?:h|hr|hrs|hours?|小时)\b)[,;，；]?", rest, re.IGNORECASE) or re.match(
        r"(?P<unit>(?:[x×]\s?)?(?:(?<![\d.])10\(\d{1,2}\)(?=/)|[^\s(（\[↑↓,;，；]|\[(?:IU|iU|iu|Hg)\])+)[,;，；]?", rest)
    if not m:
        return None, rest
    if (worded := _UNIT_IN_WORDS.match(rest)) and _is_lab_unit(unit := _unit_from_words(worded)):
        # "glucose 720 mg per dl", "钾 5.1 mmol per litre": the slash said as "per".
        return unit, rest[worded.end():].strip()
    if _SENTENCE_WORD.match(rest):
        return None, rest  # "my bicarb was 6 in the ER", "sodium 128 at urgent care": the sentence goes on, no unit
    if spaced := re.match(r"(?:mm|cm)\s+(?:Hg|H2O)(?![A-Za-z0-9])", rest, re.IGNORECASE):
        # "pCO2 (arterial) 14 mm Hg", "CVP 8 cm H2O": a pressure unit printed with a space is one unit.
        return spaced.group(0).replace(" ", ""), rest[spaced.end():].strip()
    unit = m.group("unit")
    end = m.end()
    if (cjk := _CJK_CHAR.search(unit)) and cjk.start() > 0 and not _is_lab_unit(unit) and _is_lab_unit(unit[:cjk.start()]):
        # "糖化血红蛋白5.2%算正常吗", "血钾6.9mmol/L偏高吗": a Chinese sentence goes on right after the unit.
        unit, end = unit[:cjk.start()], m.start("unit") + cjk.start()
    if unit.endswith(".") and (not rest[end:].strip() or rest[end:].startswith(" ")):
        # The full stop that ends a sentence ("his INR was 11.2.", "ferritin of 1,450 ng/mL."): no unit ends with one.
        unit = unit.rstrip(".")
        if not unit:
            return None, rest[end:].strip()
    # A range or a flag right after the value is not a unit.
    if re.match(r"[-+]?\d", unit) and not re.match(r"10[\^*eE~]", unit) or unit in ("H", "L", "HH", "LL"):
        return None, rest
    if re.match(r"[<>≤≥＜＞]=?\d", unit):
        return None, rest  # "HbA1c  5.2  <5.7 %": a one-sided range after the value, its unit after it
    # Nor is a word of the sentence ("K 3.1 有点低", "came back at 7.1 is that bad", "7.2 recheck"):
    # a token of letters or Chinese characters that no unit parser reads.
    if re.fullmatch(r"[A-Za-z]+[?!.,。？！]*|[\u4e00-\u9fff]+\S*", unit) and unit != "万" and not _is_lab_unit(unit):
        return None, rest
    if (word := re.match(r"\s*[(（]?\s*(FEU|DDU)\s*[)）]?(?![A-Za-z])", rest[end:], re.IGNORECASE)) and _is_lab_unit(unit):
        # "D-二聚体 0.21 mg/L FEU": the word after the unit says how a D-dimer is expressed; it stays with the unit.
        return f"{unit.replace(' ', '')} {word.group(1).upper()}", rest[end + word.end():].strip()
    return unit.replace(" ", ""), rest[end:].strip()


_UNIT_WORD_NUM = {"milligrams": "mg", "milligram": "mg", "grams": "g", "gram": "g", "millimoles": "mmol", "millimole": "mmol",
                  "micromoles": "umol", "micromole": "umol", "micrograms": "ug", "microgram": "ug", "nanograms": "ng", "nanogram": "ng"}
_UNIT_WORD_DEN = {"deciliter": "dL", "decilitre": "dL", "liter": "L", "litre": "L", "milliliter": "mL", "millilitre": "mL",
                  "microliter": "uL", "microlitre": "uL"}
_UNIT_IN_WORDS = re.compile(rf"(?P<num>[A-Za-zµμ]+)\s+per\s+(?P<den>{'|'.join(_UNIT_WORD_DEN)}|dl|l|ml|ul)(?![A-Za-z0-9])",
                            re.IGNORECASE)
# Words that carry a sentence on after a value; none of them is a unit ("in" would be read as inches, "at" as atmospheres).
_SENTENCE_WORD = re.compile(r"(?:in|at|on|of|for|and|this|last|after|before|from|when|since|during|yesterday|today|"
                            r"tonight|but|so|which|then)(?![A-Za-z0-9/^])", re.IGNORECASE)


def _unit_from_words(m: re.Match[str]) -> str:
    num, den = m.group("num"), m.group("den")
    return f"{_UNIT_WORD_NUM.get(num.lower(), num)}/{_UNIT_WORD_DEN.get(den.lower(), den)}"


_GROUP_SEX = re.compile(r"\b(male|female|men|women|man|woman|m|f)\b|(男|女)", re.IGNORECASE)
_GROUP_AGE = re.compile(rf"(?P<lo>{_NUM})\s*(?:-|–|~|～|至|to)\s*(?P<hi>{_NUM})\s*(?:y|yr|yrs|years|岁)\b", re.IGNORECASE)


def _range_groups(text: str) -> list[tuple[str | None, float | None, float | None, float, float]]:
    groups = []
    for part in re.split(r"[;；\n]", text):
        label, sep, values = part.rpartition(":") if ":" in part else part.rpartition("：")
        if not sep:
            continue
        m = _RANGE.search(values)
        if not m:
            continue
        sex_m = _GROUP_SEX.search(label)
        sex = None
        if sex_m:
            word = (sex_m.group(1) or sex_m.group(2)).lower()
            sex = "F" if word in ("female", "women", "woman", "f", "女") else "M"
        age_m = _GROUP_AGE.search(label)
        groups.append((sex, float(age_m.group("lo")) if age_m else None, float(age_m.group("hi")) if age_m else None,
                       float(m.group("lo")), float(m.group("hi"))))
    return groups if len(groups) > 1 else []


def _unit_after_range(text: str) -> str | None:
    """The lab unit written right after the printed range in `text` ("(ref 8.6-10.3 mg/dL)"), else None."""
    m = _RANGE.search(text) or _UPPER.search(text) or _LOWER.search(text)
    if m is None:
        return None
    after = re.match(r"\s*(?P<unit>[^\s)）\],;，；]+(?:\s*[(（]?(?:FEU|DDU)(?![A-Za-z])[)）]?)?)", text[m.end():], re.IGNORECASE)
    if after and after.group("unit") in _FLAG_WORDS:
        return None  # "INR 3.1 0.8-1.2 H" (lab set 54): the report's flag after the range, not henry (nor L a litre)
    return after.group("unit") if after and _is_lab_unit(after.group("unit")) else None


# A report's flag as a word of its own: never a unit, though UCUM reads H (henry), L (litre), A (ampere), N (newton).
_FLAG_WORDS = frozenset({"H", "L", "HH", "LL", "A", "N"})


def _range_from_text(row: RawResult, text: str) -> None:
    if groups := _range_groups(text):
        row.ref_groups = groups
        row.ref_text = text.strip()
        return
    if m := _RANGE.search(text):
        row.ref_low, row.ref_high = float(m.group("lo")), float(m.group("hi"))
    elif m := _UPPER.search(text):
        row.ref_high = float(m.group("v"))
    elif m := _LOWER.search(text):
        row.ref_low = float(m.group("v"))
    else:
        return
    row.ref_text = text.strip()


def _written_decimals(num: str) -> int:
    """The decimals a number is written with ("8.0" -> 1, "97" -> 0)."""
    return len(num.split(".", 1)[1]) if "." in num else 0


def _number_from_text(row: RawResult) -> None:
    """Fill `value` from a cell such as '6.9', '<0.01', '6.9 H' (text stays in value_text otherwise)."""
    text = (row.value_text or "").strip()
    if m := re.fullmatch(rf"(?P<cmp>[<>≤≥]=?)?\s*(?P<num>{_NUM})\s*(?P<flag>[↑↓HL]{{0,2}})", text):
        row.value = float(m.group("num"))
        row.decimals = _written_decimals(m.group("num"))
        row.comparator = _cmp(m.group("cmp"))
        row.lab_flag = row.lab_flag or (m.group("flag") or None)
        row.value_text = None
    elif m := re.fullmatch(rf"(?P<cmp>[<>≤≥]=?)?\s*(?P<num>{_NUM})\s*(?P<unit>[^\s\d][^\s]*)", text):
        # A FHIR valueString or CSV cell such as "6.9 mmol/L".
        row.value = float(m.group("num"))
        row.decimals = _written_decimals(m.group("num"))
        row.comparator = _cmp(m.group("cmp"))
        row.unit = row.unit or m.group("unit")
        row.value_text = None
