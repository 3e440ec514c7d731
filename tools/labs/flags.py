"""Flag one result against the report's own range or a sourced range; critical limits first.

Pure functions: a `RawResult` and the patient's sex/age in, a contract `result` dict out.
"""

from __future__ import annotations

import math
import re
from typing import Any

import pint

from carebridge.tools.labs.knowledge import Analyte, LabKnowledge, Range, alias_key
from carebridge.tools.labs.parse import ADULT_YEARS, RawResult
from carebridge.tools.labs.units import (
    UnitMismatch,
    accepted_unit,
    annotation,
    clean_unit,
    from_canonical,
    ocr_unit_reading,
    quantity,
    same_annotation,
    same_unit,
    to_canonical,
)
from carebridge.tools.labs.vocabulary import load_vocabulary, loinc_check_digit_ok
from carebridge.tools.text import normalize

FLAGS = ("normal", "low", "high", "critical_low", "critical_high", "unknown")
# FHIR R4 ObservationInterpretation codes (v3-ObservationInterpretation).
INTERPRETATION = {"normal": "N", "low": "L", "high": "H", "critical_low": "LL", "critical_high": "HH", "unknown": None}
ADULT_AGE = ADULT_YEARS

_NEGATIVE = {"阴性", "negative", "neg", "-", "—", "阴", "(-)", "未检出", "not detected", "nil", "none"}
_TRACE = {"±", "trace", "弱阳性", "+-", "(±)", "微量"}
_NORMAL_WORDS = {"normal", "正常"}


def resolve_analyte(row: RawResult, kb: LabKnowledge, *, strict: bool = False) -> tuple[Analyte | None, str | None]:
    """The analyte by LOINC code, else by name (also 'Chinese name + abbreviation'); a note when they disagree.

    `strict` (a line with no value) accepts only the whole name, its inverted form or a
    bracketed part, so a remark that happens to contain a test name is not read as a result.
    """
    by_code = kb.by_code(row.code) if row.code else None
    if by_code is not None:
        return by_code, None
    name = (row.name or "").strip()
    if not name:
        return None, None
    found = _resolve_name(name, kb, strict)
    note = f"LOINC {row.code} is not in the knowledge; matched by name" if (found and row.code) else None
    if found is None and row.unit and (gated := kb.by_unit_alias(name)) is not None \
            and accepted_unit(clean_unit(row.unit), gated) is not None:
        # "BS 720 mg/dl": an ambiguous abbreviation read as the test only beside one of its units (lab set 68).
        return gated, f"{name!r} read as {gated.en}: the unit {row.unit} is one it is reported in"
    if found is None and not strict:
        found, note = _near_spelling(name, kb)
    if found is not None and found.key == "wbc" and row.value is None and _is_strip_grade(row.value_text):
        # "白细胞 +-", "白细胞 微量" (stop 40): a blood count is a number, never a graded colour block; a grade on
        # 白细胞 is the urine strip's leukocyte pad, as "尿常规：白细胞 +-" reads it (`_URINALYSIS`).
        return kb.by_key("u_le"), (f"{name!r} with a test-strip grade ({row.value_text}) read as the urine strip's "
                                   "leukocyte (白细胞) result: a blood count is always a number")
    if found is not None and found.counted_as is not None and row.unit:
        # "尿白细胞 45 /HPF": a count in the unit of the analyte this name's numbers mean (`Analyte.counted_as`).
        counted = kb.by_key(found.counted_as)
        if clean_unit(row.unit) in counted.units:
            return counted, note
    return found, note


def _is_strip_grade(text: str | None) -> bool:
    """A urine test strip's grade written as the result: negative, trace (±, 微量) or 1+ to 4+ ("+-", "++", "2+")."""
    word = normalize(text or "").strip().strip("()（）")
    return bool(word) and (word in _NEGATIVE or word in _TRACE or re.fullmatch(r"[+]{1,4}|[1-4]\s*\+|阳性|弱阳性", word) is not None)


def _near_spelling(name: str, kb: LabKnowledge) -> tuple[Analyte | None, str | None]:
    """A name with one misspelt word ('Fasting glucoes', 'Hemoglobn') or a same-pinyin character ('肌肝').

    Every correction is re-read with the usual rules; it is used only when all the corrections that
    give a test give the same one, and the result says what was read (see `tools.labs.spelling`).
    """
    spelling = kb.spelling()
    for candidates in (spelling.latin_candidates(name), spelling.chinese_candidates(name) if _CJK.search(name) else []):
        found: dict[str, tuple[Analyte, list[tuple[str, str]]]] = {}
        for fixed, pairs in candidates:
            if (analyte := _resolve_name(fixed, kb, False)) is not None:
                found.setdefault(analyte.key, (analyte, pairs))
        if len(found) == 1:
            analyte, pairs = next(iter(found.values()))
            read = ", ".join(f"{written!r} as {meant!r}" for written, meant in pairs)
            return analyte, (f"name read as {analyte.en}, a near spelling ({read}): check that this is the test "
                             "on the report")
        if len(found) > 1:
            return None, None
    return None, None


def _resolve_name(name: str, kb: LabKnowledge, strict: bool) -> Analyte | None:
    """The analyte a written name means (see `resolve_analyte`), spelled as written."""
    if (letter := _SPECIMEN_LETTER.fullmatch(name)) and len(re.sub(r"\W", "", letter.group(1))) >= 4:
        # "Alkaline Phosphatase, S", "Sodium, P": a catalogue's specimen letter (serum, plasma, blood) after the name, not
        # a second test ('P' is phosphorus); a short head ("Ca, P") may be two tests, so it is left to the rules below.
        found = _resolve_name(letter.group(1), kb, strict)
        return found if found is not None and found.group != "urine" else None
    found = kb.by_name(name) or _inverted(name, kb) or _specimen_bracket(name, kb) or _total_after(name, kb)
    if found is None and not strict:
        # "急诊静脉血糖", "random venous glucose": the blood specimen word inside a name says where the sample came
        # from, not which test; the name without it is read with every rule ("急诊血糖", "random glucose"; lab set 65).
        for bare in _without_blood_specimen(name):
            if (found := _resolve_name(bare, kb, strict)) is not None:
                found = found if found.group != "urine" else None
                break
    if found is None and (cbc := re.fullmatch(r"([\u4e00-\u9fff]{2,})\s*([%％#＃])", name)):
        # "淋巴细胞%", "中性粒细胞#": a Chinese cell name with the analyser's sign after it, % for the share of white cells
        # and # for the count, as "LYM%" / "LYM#" (lab set 68); the sign picks the test, never another group's.
        word = "百分比" if cbc.group(2) in "%％" else "绝对值"
        spelled = kb.by_name(cbc.group(1) + word)
        found = spelled if spelled is not None and spelled.group == "cbc" else None
    if found is None and name.startswith("尿液") and len(name) > 2:
        # "尿液pH", "尿液比重": 尿液 is the word 尿 (urine) written out; only a urine test is read through it.
        urine = kb.by_name("尿" + name[2:].strip())
        found = urine if urine is not None and urine.group == "urine" else None
    if found is None and not strict:
        # LOINC long names: "Glucose [Moles/volume] in Blood", "Cholesterol in HDL [Mass/volume] ..."
        short = re.split(r"\s*\[|\s+in\s+(?:serum|plasma|blood|urine)", name, flags=re.IGNORECASE)[0]
        candidate = kb.by_name(short) if short and short != name else None
        found = candidate if candidate and _same_specimen(name[len(short):], candidate, name) else None
        if short != name and candidate is not None and found is None:
            return None  # "Glucose [Mass/volume] in Urine": a test carebridge has no range for
    if found is None and not strict:
        # Lead-ins and link words around a name: "我的血糖是", "my blood sugar is", "Potassium level".
        core = _TRAILER.sub("", _LEAD_IN.sub("", name).strip()).strip()
        words = core.split()
        for i in range(len(words)):  # longest word suffix first: "my blood sugar" -> "blood sugar"
            if ((candidate := kb.by_name(" ".join(words[i:]))) and _same_specimen(" ".join(words[:i]), candidate, name)
                    and not (i and _ends_a_longer_name(words[i - 1], words[i]))):
                found = candidate
                break
        if found is None:
            found = (_head_final(name, kb) or _head_final(core, kb) or _after_lead_in(name, kb)
                     or _after_lead_in(_TRAILER.sub("", name).strip(), kb) or _nearest_in_clause(name, kb)
                     or _after_heading(name, kb))
    if found is None:
        # "白细胞计数 WBC", "钾(K)", "帮我看看化验单：血钾": try each part, the one next to the value first.
        # NOTE: never split on "/": "谷草转氨酶/谷丙转氨酶" is a ratio, not ALT.
        parts = [p for p in re.split(r"[\s()（）:：,，]+", name) if p]
        if strict:
            # A line with no value: only the whole name, a bracketed part, or one of at most three words
            # ("血红蛋白 HGB"), so a remark that mentions a test is not read as that test.
            parts = [p for p in re.split(r"[()（）]+", name) if p.strip()]
            words = name.split()
            if 1 < len(words) <= 3:
                parts += words
        for part in reversed(parts):
            # "钾偏高"; with no value, only lead-in words may be dropped ("复查肌酐 umol/L（结果待回报）")
            candidate = kb.by_name(part) or (kb.by_name(_TRAILER.sub("", part)) if not strict else _after_lead_in(part, kb))
            before = re.search(rf"([A-Za-z]+)\s+{re.escape(part)}", name)
            if candidate is not None and _same_specimen(name.replace(part, " "), candidate, name) and not (
                    before and _ends_a_longer_name(before.group(1), part)):
                found = candidate
                break
    if found is None and _URINALYSIS.search(name) and not _OTHER_SPECIMEN.search(name):
        # "尿常规里 pH 5.5", "urinalysis glucose": a blood test's name in a urinalysis line is the urine dipstick test of
        # that name, when carebridge knows one ("urinalysis sodium" stays unknown; so do a 24-hour urine and 尿沉渣).
        for part in reversed([p for p in re.split(r"[\s()（）:：,，]+", name) if p]):
            if kb.by_name(part) is not None:
                urine = kb.by_name(f"urine {part}") or kb.by_name(f"尿{part}")
                return urine if urine is not None and urine.group == "urine" else None
    return found


# A blood specimen word written inside a test's name, between the context or the sampling words and the test
# ("急诊静脉血糖", "空腹静脉葡萄糖", "random venous glucose"). 末梢/指尖 (capillary) are not here: for glucose they make the
# random (non-fasting) test, and the knowledge names them so.
_INNER_BLOOD_SPECIMEN = re.compile(r"静脉血?|动脉血?|(?<![A-Za-z])(?:venous|arterial)(?![A-Za-z])", re.IGNORECASE)


def _without_blood_specimen(name: str) -> list[str]:
    """`name` without a blood specimen word inside it, the longer word first ("急诊静脉血糖": "急诊糖", then "急诊血糖", whose
    血 is the test's own); none when there is no such word or nothing stands on both sides of it."""
    m = _INNER_BLOOD_SPECIMEN.search(name)
    if m is None or not name[:m.start()].strip() or not name[m.end():].strip():
        return []  # only a word between others: "静脉血糖" and "Venous lactate" are read as they are
    ends = [m.end(), m.end() - 1] if m.group(0).endswith("血") else [m.end()]
    return [re.sub(r"\s{2,}", " ", name[:m.start()] + name[e:]).strip() for e in ends]


# A blood specimen letter after a comma, as test catalogues end a name (Mayo "Alkaline Phosphatase, S"; lab set 53).
_SPECIMEN_LETTER = re.compile(r"(.+?)\s*[,，]\s*(?:S|P|B|SP|WB)\.?", re.IGNORECASE)


# Words that, right before a short abbreviation, make it part of another test's name: "Vitamin K" is not potassium,
# "Reverse T3" not total T3, "NT pro BNP" not BNP, "HBs Ag" an antigen, "Sweat Cl" not blood chloride.
# NOTE: a list of such words, not of allowed ones: clinical shorthand puts many words before an abbreviation
# ("Repeat K", "Stat K", "POCT Glu", "Admission Hb", "BMP Na") and each must still be read.
_ABBREVIATION_MAKERS = re.compile(r"vitamin|vit|factor|protein|complement|surface|core|specific|antigen|antibody|anti|"
                                  r"reverse|hepatitis|hbs|hbe|hbc|hcv|hiv|pro|nt|sweat|cord|micro|beta|alpha|apo|"
                                  r"lipoprotein|prostate|tumou?r|marker", re.IGNORECASE)


def _ends_a_longer_name(word: str, abbreviation: str) -> bool:
    """'Vitamin K', 'Reverse T3', 'HBs Ag': a short abbreviation right after a word that makes another test ends the
    name of a test carebridge does not know, so it is not the test it abbreviates on its own (potassium, total T3)."""
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+\-]{0,3}", abbreviation.strip("()（）")):
        return False
    return bool(_ABBREVIATION_MAKERS.fullmatch(word.strip(".-")))


_CJK = re.compile(r"[\u4e00-\u9fff]")
_METER_ANALYTES = {"glucose", "glucose_random"}
_METER_WORDS = {"HI": "high", "HIGH": "high", "LO": "low", "LOW": "low"}


def _meter_limit(row: RawResult, analyte: Analyte, out: dict[str, Any]) -> dict[str, Any]:
    """A glucose meter's HI / LO: beyond its measuring range, which lies beyond the critical limits."""
    side = _METER_WORDS[(row.value_text or "").upper()]
    limit = analyte.critical.high if side == "high" else analyte.critical.low  # type: ignore[union-attr]
    out.update(flag=f"critical_{side}", interpretation="HH" if side == "high" else "LL", range_source="glucose-meter-manuals",
               reference_range={"text": "meter measuring range (about 0.6-33.3 mmol/L)"},
               critical_limit=limit)
    out["notes"].append(f"the meter reads {row.value_text}: {'above' if side == 'high' else 'below'} what it can measure, "
                        f"which is {'above' if side == 'high' else 'below'} the critical limit {limit} mmol/L")
    return out


def _normal_only_in_other_unit(value: float, analyte: Analyte, sex: str | None, age: float | None,
                               home: str | None = None) -> str | None:
    """The first other unit in which `value` falls inside the sourced range while in the canonical unit (or `home`, the
    unit the number is taken to be in: `Analyte.cn_unit` on a Chinese line) it does not."""
    home = home or analyte.unit
    low, high, high_exclusive, used, _ = select_range(analyte, sex, age)
    if not used:
        return None

    def inside(v: float) -> bool:
        return (low is None or v >= low) and (high is None or (v < high if high_exclusive else v <= high))

    at_home = value if home == analyte.unit else _sig(to_canonical(value, home or "", analyte))
    if inside(at_home):
        return None
    if (low is None or high is None) and (high is None or at_home <= 5 * high):
        # A one-sided cut-off ("TC < 5.2") calls any small number ordinary: only a reading far past it
        # in the canonical unit ("总胆固醇 200") is in doubt.
        return None
    for unit in analyte.units:
        if unit == home or unit.startswith("10^4/"):
            # A count in ten-thousands is always written with its 万 ("血小板 22.6万"), never implied.
            continue
        try:
            if inside(_sig(to_canonical(value, unit, analyte))):
                return unit
        except UnitMismatch:
            continue
    return None


def _possible_reading(reading: float, analyte: Analyte) -> bool:
    """A reading (canonical unit) a living patient can have: within `plausible_limits` and under `physical_max`."""
    p_low, p_high = analyte.plausible_limits()
    return not ((p_high is not None and reading > p_high) or (p_low is not None and reading < p_low) or (
        analyte.physical_max is not None and reading > analyte.physical_max.high) or (
        analyte.reportable_min is not None and reading < analyte.reportable_min.low))


def _reading_differs(value: float, analyte: Analyte, sex: str | None, age: float | None,
                     home: str | None = None) -> tuple[str, tuple[str, str]] | None:
    """The first other unit in which `value` gets another flag than in the canonical unit (or `home`, the unit the
    number is taken to be in): (unit, (flag, other flag)).

    Readings that no living patient can have (`Analyte.plausible_limits`, `physical_max`) are not candidates.
    """
    home = home or analyte.unit or ""
    mine = _reading_flag(value if home == analyte.unit else _sig(to_canonical(value, home, analyte)), analyte, sex, age)
    for unit in analyte.units:
        if same_unit(unit, home, analyte) or unit.startswith("10^4/"):
            continue
        try:
            reading = _sig(to_canonical(value, unit, analyte))
        except UnitMismatch:
            continue
        if not _possible_reading(reading, analyte):
            continue
        if (theirs := _reading_flag(reading, analyte, sex, age)) != mine:
            return unit, (mine, theirs)
    return None


def _only_possible_unit(value: float, analyte: Analyte) -> str | None:
    """The one unit (with its synonyms) in which `value` is a reading a living patient can have, else None.

    "pCO2 88": as kPa it would be 660 mmHg, far past the plausibility bound (`Analyte.plausible_limits`), so only
    mmHg is left. Analytes without a bound on a side (counts, enzymes, haemoglobin's low side) leave every unit
    possible there and are never read so.
    """
    fits: list[str] = []
    kinds: list[str] = []
    for unit in analyte.units_when_bare:
        try:
            reading = _sig(to_canonical(value, unit, analyte))
        except UnitMismatch:
            continue
        if not any(same_unit(unit, k, analyte) for k in kinds):
            kinds.append(unit)
        if _possible_reading(reading, analyte) and not any(same_unit(unit, f, analyte) for f in fits):
            fits.append(unit)
    # Only when another unit was ruled out: spellings of one unit alone ("TSH 4.6": mIU/L = uIU/mL) are not a choice.
    return fits[0] if len(fits) == 1 and len(kinds) > 1 else None


def _critical_in_every_unit(value: float, analyte: Analyte, sex: str | None, age: float | None) -> bool:
    """True when `value` is beyond a critical limit in every unit it could plausibly be in ("Glu 30": 30 mmol/L
    is critical high, 30 mg/dL critical low). Such a number cannot be flagged, but it must not wait either.

    Readings no living patient can have (`Analyte.plausible_limits`, `physical_max`) are not candidates.
    """
    flags = []
    for unit in dict.fromkeys([analyte.unit or "", *analyte.units_when_bare]):
        try:
            reading = _sig(to_canonical(value, unit, analyte)) if unit else value
        except UnitMismatch:
            continue
        if not _possible_reading(reading, analyte):
            continue
        flags.append(_reading_flag(reading, analyte, sex, age))
    return bool(flags) and all(f.startswith("critical") for f in flags)


def _reading_flag(canonical: float, analyte: Analyte, sex: str | None, age: float | None) -> str:
    """The flag a reading in the canonical unit would get from the sourced range and critical limits alone."""
    crit = analyte.critical
    if crit is not None and crit.low is not None and canonical <= crit.low:
        return "critical low"
    if crit is not None and crit.high is not None and canonical >= crit.high:
        return "critical high"
    low, high, high_exclusive, used, _ = select_range(analyte, sex, age)
    if not used:
        return "without a range"
    return _against(canonical, None, low, high, high_exclusive) or "without a range"


def unit_choices(analyte: Analyte) -> str:
    """The analyte's units for a question, one spelling per unit: 'U/L (= IU/L) or ukat/L', 'mmol/L or mg/dL'."""
    groups: list[list[str]] = []
    for unit in analyte.units:
        for group in groups:
            if same_unit(unit, group[0], analyte):
                group.append(unit)
                break
        else:
            groups.append([unit])
    return " or ".join(g[0] + (f" (= {', '.join(g[1:])})" if g[1:] else "") for g in groups)


def _unit_by_printed_range(row: RawResult, analyte: Analyte) -> str | None:
    """The one unit in which the range printed beside a number without a unit overlaps the analyte's sourced range.

    "红细胞压积 HCT 0.29 (0.35-0.45)": the value and its printed range share the unwritten unit; 0.35-0.45 read as %
    lies nowhere near any haematocrit range (35-50 %), read as L/L it is 35-45 %, so the value is 0.29 L/L (29 %).
    None when the range has its own unit, the analyte has no sourced range, or more than one unit (or none) fits;
    spellings of one unit (mg/L = ug/mL) count once.
    """
    if row.ref_unit or row.ref_low is None or row.ref_high is None or not analyte.ranges:
        return None
    lows = [r.low for r in analyte.ranges if r.low is not None]
    highs = [r.high for r in analyte.ranges if r.high is not None]
    s_low = min(lows) if lows else None
    s_high = max(highs) if highs else None
    fits: list[str] = []
    seen: list[str] = []  # one spelling per distinct unit
    for unit in analyte.units:
        try:
            lo, hi = to_canonical(row.ref_low, unit, analyte), to_canonical(row.ref_high, unit, analyte)
        except UnitMismatch:
            continue
        if any(same_unit(unit, k, analyte) for k in seen):
            continue
        seen.append(unit)
        if (s_high is None or lo <= s_high) and (s_low is None or hi >= s_low):
            fits.append(unit)
    if len(fits) != 1 or len(seen) < 2 or same_unit(fits[0], analyte.unit or "", analyte):
        # The canonical unit is what a missing unit is read in already; only another unit needs this.
        return None
    return fits[0]


def _unit_by_measuring_range(value: float, analyte: Analyte) -> str | None:
    """The one unit in which a number written without a unit lies within the analyte's sourced measuring range.

    HbA1c 9.1 can only be %: as mmol/mol it would be 3.0 %, below what an analyser measures; HbA1c 48 can
    only be mmol/mol (6.5 %). None when no range is sourced or the number fits no unit or more than one.
    """
    m = analyte.measuring_range
    if m is None:
        return None
    fits = []
    for unit in analyte.units:
        try:
            reading = to_canonical(value, unit, analyte)
        except UnitMismatch:
            continue
        if m.low <= reading <= m.high:
            fits.append(unit)
    return fits[0] if len(fits) == 1 else None


# Cell counts whose per-litre units (10^9/L = 10^3/µL = K/µL = G/L) all give the same number,
# and whose other common unit (/µL, /mm3) gives a number a thousand times larger. The neutrophil count has a sourced
# critical low (CTCAE v5 grade 4, < 0.5 ×10^9/L) but no critical high: "ANC 1.2" cannot be 1.2 cells per µL (more than
# tenfold below it), while "ANC 1500" stays unknown (nothing rules out either reading; lab set 70).
_COUNTS = {"wbc", "plt", "neut_abs"}
# A unit in moles said in words, as voice-to-text writes it ("millimoles", "micromoles"): the prefix's symbol.
_SPOKEN_MOLES = re.compile(r"(milli|micro|nano|pico)-?moles?", re.IGNORECASE)
_MOLE_PREFIX = {"milli": "m", "micro": "u", "nano": "n", "pico": "p"}
# A reading more than this factor beyond a sourced critical limit is not taken for what the writer
# meant (an engineering margin like PLAUSIBLE_BANDS, not a clinical fact).
_READING_MARGIN = 10


def _count_reading(row: RawResult, value: float, analyte: Analyte) -> tuple[str | None, str] | None:
    """The unit of a cell count written without one ('platelets 245', 'platelets 92,000', 'WBC 12').

    Two readings exist: per litre (×10^9/L, the same number as ×10^3/µL) and per microlitre (a
    thousand times smaller in ×10^9/L). A reading is ruled out when it lies more than tenfold beyond
    the sourced critical limit, and a thousands separator rules out the per-litre one (counts per
    litre are not written in thousands). One reading left: it is used, and said; none or both: unknown.
    """
    crit = analyte.critical
    if crit is None:
        return None

    def possible(v: float) -> bool:
        return not ((crit.low is not None and v < crit.low / _READING_MARGIN)
                    or (crit.high is not None and v > crit.high * _READING_MARGIN))

    per_litre = possible(value) and not row.grouped
    # With no critical high (neutrophils), nothing bounds the per-litre reading from above: the per-µL one stays
    # possible below 1000 too ("ANC 300" may be 300/µL, critical low).
    per_ul = possible(value / 1000) and (row.grouped or value >= 1000 or crit.high is None)
    if per_litre and not per_ul:
        return analyte.unit or "", (f"no unit given; {value:g} read as ×10^9/L (the same number as ×10^3/µL): "
                                    f"as a count per µL it would be {value / 1000:g} ×10^9/L, more than tenfold below the critical limit")
    if per_ul and not per_litre:
        why = "written with a thousands separator" if row.grouped else "as ×10^9/L it would be more than tenfold beyond the critical limit"
        return "/uL", f"no unit given; {value:g} read as a count per µL ({value / 1000:g} ×10^9/L): {why}"
    return None, (f"no unit for {analyte.en}: {value:g} could be ×10^9/L or a count per µL ({value / 1000:g} ×10^9/L); "
                  "say which unit")


def _after_lead_in(name: str, kb: LabKnowledge) -> Analyte | None:
    """'妈妈今天查血糖': the longest known test name that ends the phrase, when all before it is lead-in words."""
    if not _CJK.search(name):
        return None
    compact = re.sub(r"\s+", "", name)
    for i in range(1, len(compact)):
        if (found := kb.by_name(compact[i:])) is not None:
            return found if _LEAD_ONLY.fullmatch(compact[:i]) else None
    return None


def _after_heading(name: str, kb: LabKnowledge) -> Analyte | None:
    """'Chemo day unit, pre-cycle 3 FOLFOX: ANC': a known test named whole after a heading's colon.

    The heading says where or when the sample was taken; a word in it is not glued to the test's name, so it cannot
    make another test ('pre-cycle' is no 'pre-albumin'). A specimen named in it still counts ('CSF: glucose').
    """
    head, sep, tail = re.sub(r"：", ":", name).rpartition(":")
    if not sep or not head.strip() or (found := kb.by_name(_TRAILER.sub("", tail).strip())) is None:
        return None
    if _MODIFIERS.fullmatch(head.strip()) or _OTHER_SPECIMEN.search(head) or (found.group in _SERUM_NOT_RED_CELL and _RED_CELL.search(head)):
        return None
    return found if found.key in _URINE_MEASURED or (found.group == "urine") == bool(_URINE.search(name)) else None


def _inverted(name: str, kb: LabKnowledge) -> Analyte | None:
    """US and LOINC-style 'Bilirubin, total', 'Protein, total, serum', 'Calcium, ionized' read as 'total bilirubin' ..."""
    parts = [p.strip() for p in re.split(r"[,，]", name)]
    if len(parts) == 1 and (m := _POSTPOSED.fullmatch(name.strip())) and _MODIFIERS.fullmatch(m.group("mod")) and (
            m.group("specimen") is None or alias_key(m.group("specimen")) in _BLOOD_QUALIFIERS):
        # The qualifier after the name without a comma, as LOINC writes it ("Calcium.ionized"): "Calcium ionized
        # (whole blood)", "Bilirubin direct", "T4 free" are ionised calcium, direct bilirubin and free T4.
        return kb.by_name(f"{m.group('mod')} {m.group('head')}")
    if len(parts) < 2 or not all(parts):
        return None
    head, qualifiers = parts[0], [q for q in parts[1:] if alias_key(q) not in _BLOOD_QUALIFIERS
                                  and not _ASSAY_GENERATION.fullmatch(q)]
    if (index := kb.by_name(head)) is not None and index.key in _RED_CELL_INDICES:
        # "MCV, RBC" (LOINC-style: the mean volume of the red cells): the red cells are where an index is measured,
        # not another test; only a red-cell index drops them ("Folate, RBC" and "WBC, RBC" stay what they are).
        qualifiers = [q for q in qualifiers if not _RED_CELL.fullmatch(q)]
    return kb.by_name(" ".join([*reversed(qualifiers), head]))


# The red-cell indices: a value of the red cells by definition, so "RBC" after one only says so.
_RED_CELL_INDICES = {"mcv", "mch", "mchc"}
# "TSH, 3rd gen", "TSH (third-generation assay)": the generation of the immunoassay (its functional sensitivity), the
# same test in the same unit, not another one.
_ASSAY_GENERATION = re.compile(r"(?:[1-4](?:st|nd|rd|th)|first|second|third|fourth)[\s-]*gen(?:eration|\.)?(?:\s+assay)?",
                               re.IGNORECASE)
# A bracket after the name saying the sample was measured on a blood gas analyser: "Ionised calcium (blood gas)".
_GAS_SPECIMEN = {"bloodgas", "bloodgasanalyser", "bloodgasanalyzer", "abg", "vbg", "cbg", "arterialbloodgas",
                 "venousbloodgas", "血气", "血气分析"}


def _specimen_bracket(name: str, kb: LabKnowledge) -> Analyte | None:
    """'Ionised calcium (blood gas)', 'Ionized calcium (whole blood)', 'TSH (3rd generation)': a known name followed by a
    bracket that says only the specimen, the analyser or the assay generation (never a word that makes another test:
    'Glucose (urine)', 'Bilirubin (direct)' are not read through this)."""
    m = re.fullmatch(r"(?P<head>[^()（）]+?)\s*[(（](?P<q>[^()（）]+)[)）]", name.strip())
    if m is None:
        return None
    q = m.group("q").strip()
    if alias_key(q) in ("total", "总"):
        # "25-OH Vitamin D (total)", "Bilirubin (total)": the bracket is the word 'total' of the test's own name; read only
        # through a name the knowledge has with it ('total 25-OH vitamin D', 'total bilirubin'), never the head alone.
        return _total_name(m.group("head").strip(), kb)
    if alias_key(q) in _URINE_SPECIMEN:
        # "Urine pH (Urine)" (a specimen cell read into the name, lab set 54): only a urine test keeps a urine specimen.
        found = kb.by_name(m.group("head"))
        return found if found is not None and found.group == "urine" else None
    if alias_key(q) not in _BLOOD_QUALIFIERS and alias_key(q) not in _GAS_SPECIMEN and not _ASSAY_GENERATION.fullmatch(q):
        return None
    return kb.by_name(m.group("head"))


def _total_name(head: str, kb: LabKnowledge) -> Analyte | None:
    """A test whose own names have the word 'total' ('total 25-OH vitamin D', 'total bilirubin'), named by `head` without
    it: 'total' plus the head is such a name, or the head names such a test ('25(OH)D'); never a test without it ('Protein
    total' is not the urine dipstick's 'protein')."""
    found = kb.by_name(f"total {head}") or kb.by_name(f"{head} total") or kb.by_name(f"总{head}")
    if found is None and (found := kb.by_name(head)) is not None and not _own_word("total", found):
        return None
    return found


def _total_after(name: str, kb: LabKnowledge) -> Analyte | None:
    """'25-OH Vitamin D total', 'Bilirubin total': the word 'total' after the name, without a bracket or a comma, as the
    bracket '(total)' (`_specimen_bracket`; lab sets 62 and 65)."""
    m = re.fullmatch(r"(?P<head>\S.*?)\s+total", name.strip(), re.IGNORECASE)
    return _total_name(m.group("head"), kb) if m else None


_URINE_SPECIMEN = {"urine", "urinesediment", "randomurine", "spoturine", "尿", "尿液", "尿沉渣", "随机尿", "晨尿"}
_POSTPOSED = re.compile(r"(?P<head>[A-Za-z][^()（）]*?)[\s.]+(?P<mod>[A-Za-z]+)(?:\s*[(（](?P<specimen>[^()（）]+)[)）])?")
_BLOOD_QUALIFIERS = {"serum", "plasma", "blood", "wholeblood", "serumorplasma", "arterial", "venous", "capillary",
                     "血清", "血浆", "全血"}


def _head_final(name: str, kb: LabKnowledge) -> Analyte | None:
    """Chinese compound names end with the test ('凝血酶原时间国际标准化比值' is the INR of the PT, '动脉血乳酸').

    The longest known ending wins, but only when what comes before it is a blood specimen or
    itself a test ('凝血酶原时间'): '前白蛋白' (prealbumin), '糖化白蛋白' (glycated albumin) and
    '尿钾' (urine potassium) are other tests, not albumin or serum potassium.
    """
    if not re.search(r"[\u4e00-\u9fff]", name) or "/" in name or " " in name:
        return None
    for i in range(1, len(name)):
        ending = kb.by_name(name[i:])
        if ending is None:
            continue
        before = name[:i]
        if alias_key(before) in _BLOOD_WORDS or kb.by_name(before) is not None:
            return ending if _same_specimen(before, ending, name) else None
        return None  # a longer ending was found with an unknown modifier before it: a different test
    return None


# NOTE: lead-ins repeat ("我妈化验血钾", "化验单上钠", "医生说我血小板"): who, then who said it or which paper
# shows it, then which test drew it.
_LEAD_WORDS = (r"我的|我妈妈?|我爸爸?|我家|我老公|我老婆|我儿子|我女儿|我|他的|她的|孩子的?|宝宝的?|老人的?|"
            r"病人的?|患者的?|本次|这次的?|今天的?|昨天的?|前天的?|最近的?|上周的?|上次的?|上个?月的?|早上的?|上午的?|下午的?|晚上的?|刚才|入院时的?|化验单上的?|化验单|检查单上的?|报告上的?|"
            r"报告单上的?|单子上的?|上面|妈妈|爸爸|老妈|老爸|奶奶|爷爷|外婆|外公|姥姥|姥爷|护理记录|体检报告上?的?|体检的?|孕检的?|产检的?|"
            r"(?:听)?(?:医生|大夫|护士)(?:说|讲|告诉我|跟我说)?|说|讲|告诉我|写着|写的是|写的|显示的?|结果显示|提示|"
            r"化验结果|检查结果|化验的?|验血|抽血|复查的?|急查|今天查的?|刚查的?|(?:查|测|验|做)了(?:一?个|一下)|查了|查的|测了|测的|的|"
            r"my|mum'?s|mom'?s|dad'?s|his|her|the|our|latest|last|recent|today'?s?")
_LEAD_IN = re.compile(rf"^(?:(?:{_LEAD_WORDS})\s*)+", re.IGNORECASE)
# The same lead-in words, plus single verbs of testing, as a whole prefix (the regex may backtrack
# between the alternatives, so "今天查" is 今天 + 查 whatever the order of the words).
_LEAD_ONLY = re.compile(rf"(?:{_LEAD_WORDS}|查|测|验|抽|急|刚)+", re.IGNORECASE)
# Words between the name and the number: "血小板才18", "血钾只有2.3", "血糖高达33", "肌酐都到500了",
# "potassium was only 2.3", "Hb down to 5.8". They repeat ("已经只有", "was only"), so the pattern does.
_TRAILER = re.compile(r"(?:\s*(?:(?:血药|血|药物)?浓度|写的是|写的|写着|显示的是|显示为|显示|查的是|测的是|查的|测的|测得|查出来?的?|测出来?的?|复查|复测|"
                      r"这次|本次|上次|这回|上回|今天|昨天|前天|最近|目前|现在|当前|"
                      r"是|为|有|才|只有|只剩下?|只|仅有?|就|高达|达到了?|达|竟然|居然|竟|已经|还|也|都|一共|大概|大约|约|"
                      r"差不多|将近|快|(?:降|掉|跌|升|涨|低|高|到)到了?|到了?|偏低|偏高|很低|很高|太低|太高|有点低|有点高|较低|较高|"
                      r"结果|值|水平|came back (?:at|as)|came back|came in at|is|was|are|were|of|at|level|levels|result|results|"
                      r"(?:had |has |have )?(?:risen|rose|gone up|gone down|climbed|fallen|fell|dropped|increased|decreased)(?: to)?|"
                      r"says|said|on (?:post-?op(?:erative)? )?(?:day|week) \d+|"
                      r"value|reading|only|just|about|around|approximately|roughly|as high as|as low as|down to|up to|now|still|"
                      r"reads?|showed|shows|measured|(?:very |too |a bit |slightly )?(?:high|low)|"
                      # how the value was got ("LDL Cholesterol Calc"), and a remark on it ("肌酐有问题")
                      r"(?<![A-Za-z])calc(?:ulated)?\.?|[(（]calc(?:ulated)?\.?[)）]|有(?:点|些)?问题|不正常|异常))+$", re.IGNORECASE)
# Words that place a test in a patient's sentence without being part of its name: when, where, which panel or
# which paper ("今天", "体检", "血常规", "报告上"). Right before a name they are context, not a modifier.
_CONTEXT_WORDS = (r"第\d+[天周日]|查出来?|测出来?|检查出来?|发现|体检|孕检|产检|复查|复诊|随访|回访|检查|化验|抽血|验血|急诊|门诊|住院|入院|出院|术后|术前|(?:复查|治疗|用药|吃药|服药|透析|输血|输液|手术|化疗|放疗)[后前]|(?:吃|服|用|打)了?(?:用了?)?[\u4e00-\u9fff]{1,8}?(?:药|片|针)(?:物)?(?:以后|之后|后|以前|之前|前)|报告单?上?|化验单上?|体检单上?|检查单上?|单子上|结果|"
                  r"(?:血常规|生化|肝功能?|肾功能?|血脂|电解质|凝血功能|甲功|甲状腺功能|血气(?:分析)?|心肌酶谱?|报告单?|化验单|单子)(?:里面?|中)|"
                  r"血常规|生化|肝功能?|肾功能?|血脂|电解质|凝血(?:功能|四项|五项|常规|全套)?|甲功|甲状腺功能|血气分析?|心肌酶谱?|"
                  r"床旁|床边|今天|昨天|前天|刚才|最近|这次|上次|早上|上午|下午|晚上")
_CONTEXT_END = re.compile(rf"(?:{_LEAD_WORDS}|{_CONTEXT_WORDS}|查|测|验|抽|急|刚|是|为)$", re.IGNORECASE)
_CONTEXT_ONLY = re.compile(rf"(?:\s|{_LEAD_WORDS}|{_CONTEXT_WORDS}|查|测|验|抽|急|刚|是|为)*", re.IGNORECASE)
# Clause breaks in a sentence: punctuation, and a space between two Chinese words ("急诊 随机血糖").
_CLAUSE_BREAK = re.compile(r"[,，;；。!！?？]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def _nearest_in_clause(name: str, kb: LabKnowledge) -> Analyte | None:
    """'今天查血钠', '血常规白细胞', '体检谷丙转氨酶ALT': the known name nearest before the number, in its clause.

    The last clause of the sentence holds the test. Words before its name are context (when, which panel,
    which paper) and are dropped only when they end with such a word or a space: an unknown word glued to
    a name ('前白蛋白', '糖化白蛋白', '维生素K') still makes another test, and a specimen or modifier word
    ('尿', '游离') is never dropped (`_same_specimen`).
    """
    if not _CJK.search(name):
        return None  # Latin sentences are read word by word (`_resolve_name`)
    clause = _CLAUSE_BREAK.split(name)[-1]
    # Earlier clauses are checked with the context: a space may stand between a modifier and its test ("游离 血红蛋白").
    earlier = name[:len(name) - len(clause)]
    core = _TRAILER.sub("", clause).strip()
    # A Chinese name with its abbreviation after it ("谷丙转氨酶ALT"): the abbreviation is the test, and the
    # Chinese before it must be the same test or only context ("体检ALT").
    if (m := re.fullmatch(r"(?P<head>.*[\u4e00-\u9fff])\s*(?P<abbr>[A-Za-z][A-Za-z0-9+\-]*)", core)) and (
            abbr := kb.by_name(m.group("abbr"))) is not None:
        head = m.group("head")
        # The Chinese before it is context when it ends with a context word, as before a Chinese name
        # ("备孕前查了TSH": 查了); an unknown word glued to it still makes another test ("维生素K").
        if _ending_in_context(head, kb, name, earlier) is abbr or (
                (_CONTEXT_ONLY.fullmatch(head) or _CONTEXT_END.search(head.rstrip()) or head != head.rstrip())
                and _same_specimen(earlier + head, abbr, name)):
            return abbr
        return None
    return _ending_in_context(core, kb, name, earlier)


def _ending_in_context(text: str, kb: LabKnowledge, name: str, earlier: str) -> Analyte | None:
    """The longest known name ending `text` whose words before it are context (see `_nearest_in_clause`)."""
    for i in range(len(text)):
        if text[i].isspace() or (found := kb.by_name(text[i:])) is None:
            continue
        context = text[:i]
        if context and not (context[-1].isspace() or _CONTEXT_END.search(context)):
            return None  # an unknown word glued to the name: another test
        return found if _same_specimen(earlier + context, found, name) else None
    return None


_BLOOD_WORDS = {"血", "血清", "血浆", "全血", "静脉血", "动脉血", "末梢血", "毛细血管血", "静脉", "动脉", "外周血", "血气", "动脉血气", "血气分析"}
# Words that put a test in another specimen than blood: its blood ranges do not apply.
# "Urin" is the German word ("Kalium im Urin"; German names such as Kalium are read since lab set 54).
_URINE = re.compile(r"尿|urine|urinary|urinalysis|dipstick|\bu-|\burin\b", re.IGNORECASE)
# A routine urinalysis named as such (not a sediment count alone, 尿沉渣, nor a timed collection).
_URINALYSIS = re.compile(r"尿常规|尿液?分析|尿检|urinalysis|dipstick|(?<![A-Za-z])UA(?![A-Za-z])", re.IGNORECASE)
_OTHER_SPECIMEN = re.compile(r"脑脊液|胸水|腹水|积液|粪|大便|痰|唾液|关节液|精液|羊水|\bcsf\b|cerebrospinal|pleural|ascit|"
                             r"peritoneal|stool|fa?ecal|sputum|saliva|synovial|semen|amniotic|\b24\s*-?h", re.IGNORECASE)


# Red cells as the specimen of a vitamin or mineral ("红细胞叶酸", "RBC folate", "red cell magnesium"): the level inside
# the cells, which has its own ranges, not the serum test of that name.
_RED_CELL = re.compile(r"红细胞|(?<![a-z])rbc(?![a-z])|red\s*(?:blood\s*)?cells?|erythrocytes?", re.IGNORECASE)
_SERUM_NOT_RED_CELL = ("nutrition", "electrolytes")


# Words that make another test of the one they precede ("plasma free hemoglobin" is not haemoglobin,
# "indirect bilirubin" is not total bilirubin, "non-HDL cholesterol" is not total cholesterol): a name is never
# matched by dropping one (Chinese compounds have the same rule in `_head_final`). "post" makes a test
# ("postprandial glucose") except where it says when the sample was taken ("(4 h post-ingestion)", "post-op day 2").
_MODIFIERS = re.compile(r"(?<![a-z])(?:in|un)?direct(?![a-z])|(?<![a-z])(?:un)?conjugated(?![a-z])|(?<![a-z])non(?![a-z])|"
                        r"(?<![a-z])free(?![a-z])|(?<![a-z])fo?etal(?![a-z])|(?<![a-z])glyc(?:at|osylat)ed(?![a-z])|"
                        r"(?<![a-z])ioni[sz]ed(?![a-z])|(?<![a-z])post(?![\s-]?(?:ingestion|dose|infusion|transfusion|op(?![a-z])|operative|partum|natal|chemo|treatment|transplant|discharge))|"
                        r"(?<![a-z])pre(?![a-z]|[\s-]?(?:chemo|treatment|transplant|discharge|op(?![a-z])|operative))|(?<![a-z])(?:apo|anti)(?![a-z])|"
                        r"(?<![a-z])(?:delta|fractional|clearance|excretion|bound|unbound|dihydroxy(?:vitamin)?)(?![a-z])|1,\s*25-?|"
                        # "Iron saturation", "iron binding capacity", "转铁蛋白饱和度": transferrin saturation and TIBC, not iron
                        r"(?<![a-z])(?:saturation|binding)(?![a-z])|饱和度|结合力|"
                        # "离子钙 Ca2+": 离子 (ionised) makes ionised calcium of the total calcium 'Ca2+' names (lab set 52)
                        r"游离|离子|间接|非结合|胎儿|糖化|载脂|餐后", re.IGNORECASE)


def _own_word(modifier: str, analyte: Analyte) -> bool:
    """Whether the analyte's own names carry `modifier` ('ionized' of 'ionized calcium', '游离' of '游离钙'): dropping it
    from 'Ca++ ionized (whole blood)' keeps the test ('Ca++'), it does not make another one."""
    word = re.escape(modifier.lower().strip())
    return any(re.search(rf"(?<![a-z]){word}(?![a-z])", n.lower()) for n in (analyte.en, analyte.zh, *analyte.aliases))


def _same_specimen(dropped: str, analyte: Analyte, name: str) -> bool:
    """Whether a match that dropped words from `name` ('Urine' of 'Urine potassium') keeps the test's specimen.

    A blood test may not lose a urine or body-fluid word; a urine dipstick test ('protein', 'blood')
    is reached this way only when the name says urine ('尿常规 蛋白质'), never from 'Protein, total, serum'.
    Nor may a match drop a word that makes another test (`_MODIFIERS`).
    """
    if _OTHER_SPECIMEN.search(dropped) or any(not _own_word(m.group(0), analyte) for m in _MODIFIERS.finditer(dropped)):
        return False
    if analyte.group in _SERUM_NOT_RED_CELL and _RED_CELL.search(dropped):
        return False  # "红细胞叶酸", "RBC folate": the level inside red cells, another test with other ranges
    if analyte.group == "urine":
        return bool(_URINE.search(name))
    if analyte.key in _URINE_MEASURED:
        return True  # "Urine ACR": the urine word names the test's own specimen (lab set 58)
    return not _URINE.search(dropped)


# Tests of another group that are measured in urine by definition (the albumin/creatinine ratio, KDIGO's albuminuria
# categories): a urine word before their name ("Urine ACR", "spot urine UACR") keeps the test, it does not move it
# to another specimen.
_URINE_MEASURED = {"uacr", "u_protein_24h"}


def select_range(analyte: Analyte, sex: str | None, age: float | None, *, unit_annotation: str | None = None,
                 trimester: int | None = None) -> tuple[float | None, float | None, bool, list[Range], str | None]:
    """(low, high, high_exclusive, ranges used, note) for this patient.

    Known sex and age: the first matching range. Unknown sex or age: the union of the
    matching ranges of the first-listed source (flag only outside every possible
    interval), so no one is called abnormal because we guessed their sex. A range for one unit annotation
    (D-dimer in FEU) is used only for a result written with that annotation (`unit_annotation`).
    A pregnant patient whose trimester is known (`trimester`, never a male) gets the sourced range for that
    trimester; where none is sourced, the usual range, saying so.
    """
    if any(r.annotation for r in analyte.ranges):
        analyte = analyte.model_copy(update={"ranges": [r for r in analyte.ranges if r.annotation in (None, unit_annotation)]})
    if trimester is not None and sex != "M":
        pregnancy = [r for r in analyte.ranges if r.trimester == trimester]
        if pregnancy:
            r = pregnancy[0]
            which = ("first", "second", "third")[trimester - 1]
            return r.low, r.high, r.high_exclusive, [r], f"pregnancy, {which} trimester: the range sourced for it was used"
        pregnancy_note = ("pregnancy: carebridge has no sourced pregnancy range for this test, so the usual range was used; "
                          "pregnancy changes many results, so ask the antenatal team")
        low, high, high_exclusive, used, note = select_range(analyte, sex, age, unit_annotation=unit_annotation)
        return low, high, high_exclusive, used, f"{note}; {pregnancy_note}" if note else pregnancy_note
    if age is not None and age < ADULT_AGE:
        # Only a band sourced for children; an adult interval is never stretched to a child.
        candidates = [r for r in analyte.ranges if r.paediatric and r.applies(sex, age)]
        if not candidates:
            return None, None, False, [], "carebridge's reference ranges are for adults; use the range printed on the child's report"
    else:
        candidates = [r for r in analyte.ranges if r.applies(sex, age)]
    note = None
    if not candidates and age is not None:
        candidates = [r for r in analyte.ranges if r.applies(sex, None)]
        if candidates:
            note = f"no sourced range for age {age:g}; the nearest adult age bands were combined"
    if not candidates:
        return None, None, False, [], None
    if sex is not None and age is not None and note is None:
        chosen = [candidates[0]]
    else:
        first_source = candidates[0].source
        chosen = [r for r in candidates if r.source == first_source]
        if len(chosen) > 1:
            missing = "sex and age" if sex is None and age is None else "sex" if sex is None else "age"
            note = note or f"{missing} not given: the range covers every {missing} group in the source"
    lows = [r.low for r in chosen]
    highs = [r.high for r in chosen]
    low = None if any(v is None for v in lows) else min(v for v in lows if v is not None)
    high = None if any(v is None for v in highs) else max(v for v in highs if v is not None)
    return low, high, any(r.high_exclusive for r in chosen), chosen, note


def range_text(low: float | None, high: float | None, unit: str, high_exclusive: bool = False) -> str:
    """'3.5–5.3 mmol/L', '<5.2 mmol/L', '≥1.0 mmol/L'."""
    u = "" if unit in ("1", "[pH]") else f" {unit}"
    if low is not None and high is not None:
        return f"{_fmt(low)}–{'<' if high_exclusive else ''}{_fmt(high)}{u}"
    if high is not None:
        return f"{'<' if high_exclusive else '≤'}{_fmt(high)}{u}"
    if low is not None:
        return f"≥{_fmt(low)}{u}"
    return ""


def _fmt(x: float) -> str:
    if x == 0:
        return "0"
    digits = max(0, 3 - int(math.floor(math.log10(abs(x)))))
    return f"{round(x, digits):.{digits}f}".rstrip("0").rstrip(".") if digits else f"{round(x):d}"


def _sig(x: float) -> float:
    """Round away float noise from unit conversion (5.999999 -> 6.0)."""
    return float(f"{x:.6g}")


def _sig3(x: float) -> float:
    """Three significant digits, for a limit converted into the report's unit (70.26 -> 70.3 mg/dL)."""
    return float(f"{x:.3g}")


# A strip test whose name a timed collection shares: a result in a unit per day is that collection's test.
_BY_RATE_UNIT = {"u_protein": "u_protein_24h"}


def interpret_row(row: RawResult, kb: LabKnowledge, sex: str | None, age: float | None, *,
                  newborn: bool = False, minor: bool = False, loose: bool = False, trimester: int | None = None) -> dict[str, Any]:
    """The contract `result` for one row (`newborn`: the first 28 days, where newborn critical limits exist;
    `minor`: the report says the patient is a child, whose age may not be given; `loose`: a line without a
    value may name its test inside a sentence, "my potassium was fine"; `trimester`: the report says the patient is
    pregnant and how far, 1-3)."""
    analyte, match_note = resolve_analyte(row, kb, strict=row.no_value and not loose)
    if (analyte is not None and analyte.key in _BY_RATE_UNIT and row.value is not None and row.unit
            and (timed := kb.by_key(_BY_RATE_UNIT[analyte.key])) is not None
            and accepted_unit(clean_unit(row.unit), timed) is not None):
        # "尿蛋白 0.8 g/24h": the strip's name with a unit per day is the timed collection's test (the unit says which).
        analyte = timed
    out: dict[str, Any] = {
        "analyte": analyte.en if analyte else (row.name or row.code or "?"),
        "analyte_zh": analyte.zh if analyte else (row.name or row.code or "?"),
        "as_written": row.name, "code": analyte.code if analyte else row.code, "key": analyte.key if analyte else None,
        "group": analyte.group if analyte else None,
        "value": row.value if row.value is not None else row.value_text, "unit": clean_unit(row.unit) or None,
        "flag": "unknown", "interpretation": None, "reference_range": None, "range_source": None,
        "where": row.where, "notes": [match_note] if match_note else [],
    }
    if annotation(row.unit):
        # "ng/mL{FEU}": the annotation says how the result is expressed (D-dimer in FEU or DDU); it stays in view.
        out["notes"].append(f"unit as written: {row.unit}")
    if row.unit_from_range:
        out["notes"].append(f"no unit beside the value; {row.unit} read from the range printed with it")
    if row.fhir_note:
        out["notes"].append(row.fhir_note)
    if row.comparator:
        out["comparator"] = row.comparator
    if row.effective:
        out["effective"] = row.effective
    if row.lab_flag:
        out["lab_flag"] = row.lab_flag

    def unknown(reason: str) -> dict[str, Any]:
        out["reason"] = reason
        return out

    def unit_missing(reason: str) -> dict[str, Any]:
        # NOTE: a number critical in every unit it could be in is escalated as possibly critical (the engine and
        # the escalation read the mark); the flag stays unknown, since which limit it crosses depends on the unit.
        if analyte is not None and row.value is not None and _critical_in_every_unit(float(row.value), analyte, sex, age):
            out["possibly_critical"] = True
            reason += ("; it is beyond a critical limit in every unit it could be in: confirm the unit with the "
                       "laboratory or your care team now")
        elif row.value is not None and not row.ref_unit and (row.ref_low is not None or row.ref_high is not None):
            # NOTE: "TSH 4.6 (ref 0.4-5.0)": a range printed beside a number without a unit is in the number's own
            # (unwritten) unit, so the two can be compared; carebridge's range and critical limits cannot.
            return _report_range_only(row, out, note=(
                "no unit given: compared only with the range printed beside the value (the same unit), "
                "not with carebridge's range or critical limits"))
        return unknown(reason)

    if row.no_value:
        what = analyte.en if analyte else (row.name or row.code or "this test")
        why = row.problem or "the line names the test but has no result"
        return unknown(f"no value given for {what}: {why}; check the report and give the number with its unit")
    if row.problem:
        return unknown(row.problem)
    if analyte is None:
        if row.value is not None and (row.ref_low is not None or row.ref_high is not None) and (
                not row.ref_unit or (clean_unit(row.ref_unit) == clean_unit(row.unit) and same_annotation(row.unit, row.ref_unit))):
            if _recognised(row):
                return _report_range_only(row, out)
            return _unrecognised(row, out)
        if _OTHER_SPECIMEN.search(row.name or "") or _URINE.search(row.name or ""):
            return unknown(f"{row.name!r} is measured in urine or another body fluid, not blood: carebridge's ranges "
                           "are for blood (and urine dipstick results); use the range printed on the report")
        return unknown(f"unknown analyte {row.name or row.code!r}: not among the {len(kb.analytes)} tests carebridge knows; "
                       "ask the lab or your doctor what it means")
    if analyte.qualitative is not None:
        return _qualitative(row, analyte, out)
    if row.value is None and analyte.key in _METER_ANALYTES and (row.value_text or "").upper() in _METER_WORDS:
        return _meter_limit(row, analyte, out)
    if row.value is None:
        return unknown(f"no numeric value for {analyte.en} ({row.value_text or 'empty'})")
    value = float(row.value)
    unit = clean_unit(row.unit)
    if (said := _SPOKEN_MOLES.fullmatch((row.unit or "").strip())) and accepted_unit(
            f"{_MOLE_PREFIX[said.group(1).lower()]}mol/L", analyte) is not None:
        # "thirty one point five millimoles" (voice-to-text, lab set 70): the word spelled out is speech, and speech
        # drops the litre in English as in Chinese ("5.6毫摩尔", below); a concentration in moles is per litre. The
        # typed abbreviation ("Glucose 5.5 mmol", bench case bad-4) is left a unit that does not fit.
        unit = f"{_MOLE_PREFIX[said.group(1).lower()]}mol/L"
        out["notes"].append(f"unit said {row.unit!r}, read as {unit} (a concentration in moles is given per litre)")
        out["unit"] = _show(unit)
    if re.fullmatch(r"[munp]?mol", unit) and row.zh_line and accepted_unit(f"{unit}/L", analyte) is not None:
        # "血糖1.6mmol", "血钾3.1毫摩尔": Chinese speech drops the litre ("5.6毫摩尔"). A Chinese message is read in the
        # SI unit anyway (`cn-si-units`), and SI concentrations in moles are always per litre, so the litre is the only
        # one that can be meant. Elsewhere "Glucose 5.5 mmol" stays a unit that does not fit (bench case bad-4; lab set
        # 68's 'sugar 12.8 mmol' is left so); a mass ("100 mg") is never read so (mg/dL, mg/L and mg/mL are all in use).
        out["notes"].append(f"unit written {row.unit!r}, read as {unit}/L (a concentration in moles is given per litre)")
        unit = f"{unit}/L"
        out["unit"] = _show(unit)
    if unit == "万" and analyte.key == "plt":
        # "血小板只有2万": Chinese speech counts platelets in ten-thousands per microlitre (2万/µL = 20 ×10^9/L).
        value, unit = value * 10, analyte.unit or ""
        out.update(value=value, unit=_show(unit))
        out["notes"].append(f"{row.value:g}万/µL read as {value:g} ×10^9/L")
    if not unit and analyte.key in _COUNTS and (reading := _count_reading(row, value, analyte)) is not None:
        unit, why = reading
        if unit is None:
            return unit_missing(why)
        out["unit"] = _show(unit)
        out["notes"].append(why)
    if not unit and (fit := _unit_by_measuring_range(value, analyte)) is not None:
        unit = fit
        out["unit"] = _show(unit) or None
        m = analyte.measuring_range
        assert m is not None
        out["notes"].append(f"no unit given; {value:g} read as {unit}: it is the only unit in which {value:g} lies within "
                            f"the measuring range of {_fmt(m.low)}-{_fmt(m.high)} {analyte.unit} (source {m.source})")
    if not unit and (by_range := _unit_by_printed_range(row, analyte)) is not None:
        unit = by_range
        out["unit"] = _show(unit) or None
        out["notes"].append(f"no unit given; {value:g} read as {unit}: the range printed beside it "
                            f"({row.ref_text or range_text(row.ref_low, row.ref_high, unit)}) is in the same unwritten unit "
                            f"and lies where {analyte.en}'s range lies only in {unit}")
    if not unit:
        # Units that read the same number differently (µkat/L beside U/L): a Chinese message is read in the SI unit by
        # the branch below; elsewhere the one reporting unit is assumed unless the number is ordinary only in another.
        differing = [u for u in analyte.units if analyte.unit and not _same_number(u, analyte.unit, analyte)]
        chinese_line = bool((_CJK.search(row.name or "") or row.zh_line) and analyte.unit)
        if (analyte.assume_unit and not (differing and chinese_line)) or len(analyte.units) == 1:
            if differing and (other := None if minor and age is None else
                              _normal_only_in_other_unit(value, analyte, sex, age)) is not None:
                return unknown(f"no unit for {analyte.en}: {value:g} is normal in {other} but not in {analyte.unit}; "
                               "say which unit")
            unit = analyte.unit or ""
            if unit not in ("1", "[pH]"):
                # `assume_unit`: every common system reports the analyte in one unit (its synonyms are the same
                # number: U/L = IU/L, mIU/L = uIU/mL), so the unit is not a guess; it is still said to be assumed.
                why = (f"the unit {analyte.en} is reported in; a result in {', '.join(differing)} must say so" if differing
                       else f"the only unit used for {analyte.en}")
                out["notes"].append(f"no unit given; unit assumed: {unit} ({why})")
            out["unit"] = _show(unit) or None
        elif chinese_line and not row.unit_not_stated:
            # NOTE: Chinese laboratories report in the legal SI units (the knowledge's canonical unit), so a
            # Chinese line without a unit ("尿酸560", "血红蛋白才58", "AST 88，女的，要紧吗") is read in that unit, and
            # says so; unless another unit would make the number ordinary where SI makes it abnormal ("血糖 100":
            # 100 mg/dL). The language is the message's, not only the test name's: "AST" is written in Latin letters
            # in Chinese reports too. An enzyme's analyser measuring range cannot choose the unit instead (as it does
            # for HbA1c): dilution extends it tenfold, so "AST 88" fits both U/L and µkat/L (5280 U/L).
            # Stop 40: an analyte whose canonical unit is not the one Chinese laboratories use (尿素氮, BUN: mg/dL
            # in the knowledge, mmol/L on a Chinese report, 诊断学 and cn-si-units) names that unit in `cn_unit`.
            home = analyte.cn_unit or analyte.unit
            other = None if minor and age is None else _normal_only_in_other_unit(value, analyte, sex, age, home)
            if other is not None:
                return unknown(f"no unit for {analyte.en}: {value:g} is normal in {other} but not in {home}; "
                               "say which unit")
            if not _CJK.search(row.name or "") and (differs := _reading_differs(value, analyte, sex, age, home)) is not None:
                # NOTE: a test named in Latin letters may come from a foreign report pasted into a Chinese message
                # ("uric acid 9.4" is mg/dL): the Chinese unit is assumed only when every plausible reading of the
                # number in the analyte's other units gives the same flag ("AST 88": high as U/L and as µkat/L).
                other_unit, flags = differs
                return unit_missing(f"no unit for {analyte.en}: {value:g} is {flags[0]} in {home} but {flags[1]} in "
                               f"{other_unit}; say which unit")
            unit = home
            out["unit"] = _show(unit) or None
            # The Chinese standard whose interval is written in that unit is cited too (WS/T 404.1 gives ALT in U/L).
            chinese = [r.source for r in analyte.ranges if r.source.startswith(("wst-", "cn-"))][:1]
            sources = ", ".join(dict.fromkeys(["cn-si-units", *chinese]))
            out["notes"].append(f"no unit given; {unit} assumed: the unit Chinese laboratories report {analyte.en} in "
                                f"(source{'s' if ',' in sources else ''} {sources})")
        elif (only := _only_possible_unit(value, analyte)) is not None:
            unit = only
            out["unit"] = _show(unit) or None
            choices = " or ".join(analyte.bare_units) if analyte.bare_units else unit_choices(analyte)
            out["notes"].append(f"no unit given; unit assumed: only {unit} gives a possible value ({value:g} in {choices} "
                                f"is a reading a living patient can have only in {unit})")
        else:
            return unit_missing(f"no unit for {analyte.en}: say which unit ({unit_choices(analyte)})")
    known_unit = accepted_unit(unit, analyte)
    if known_unit is None and analyte.key.endswith(("_pct", "_abs")):
        # "中性粒细胞 85%" and "中性粒细胞 5.2 ×10^9/L" share a name: the unit says which one.
        sibling = kb.by_key(analyte.key[:-4] + ("_abs" if analyte.key.endswith("_pct") else "_pct"))
        if accepted_unit(unit, sibling) is not None:
            analyte, known_unit = sibling, accepted_unit(unit, sibling)
            out.update(analyte=analyte.en, analyte_zh=analyte.zh, code=analyte.code, key=analyte.key)
    if known_unit is None and (read := ocr_unit_reading(row.unit, analyte)) is not None:
        # "GLU 43.5 mmo1/L": a look-alike character read off a photographed report (1 for l, 0 for o, I for l);
        # read so only when every such reading the analyte accepts is one unit (`units.ocr_unit_reading`).
        out["notes"].append(f"unit written {row.unit!r}, read as {read} (a look-alike character taken for a letter)")
        unit = known_unit = read
        out["unit"] = _show(unit)
    if known_unit is None and (other := next((o for o in analyte.other_test_units
                                              if same_unit(unit, o.unit, analyte)), None)) is not None:
        return unknown(f"unit {unit!r} is not a unit {analyte.en} is reported in ({unit_choices(analyte)}): it is the unit "
                       f"of {other.test} (source {other.source}), a different test; check the unit on the report")
    if known_unit is None:
        return unknown(f"unit {unit!r} does not fit {analyte.en}; expected {unit_choices(analyte)}")
    if unit in ("G/L", "T/L"):
        out["unit"] = _show(known_unit)
        if known_unit != "g/L":
            out["notes"].append(f"{row.unit} read as {known_unit} ({'giga' if unit == 'G/L' else 'tera'} per litre)")
    if value < 0 and not analyte.signed:
        return unknown(f"impossible value {value:g} {unit}: {analyte.en} cannot be negative; check the report")
    if known_unit == "%" and value > 100:
        return unknown(f"impossible value {value:g}%: a percentage cannot exceed 100; check the report")
    if known_unit == "[pH]" and not 0 < value < 14:
        return unknown(f"impossible pH {value:g}; check the report")
    try:
        canonical = _sig(to_canonical(value, known_unit, analyte))
    except UnitMismatch as exc:
        # CK-MB in U/L (activity) against knowledge in ng/mL (mass): no conversion exists, but the
        # report's own range in the same unit still says where the value lies.
        in_range_unit = not row.ref_unit or (accepted_unit(clean_unit(row.ref_unit), analyte) == known_unit
                                             and same_annotation(row.unit, row.ref_unit))
        if (row.ref_low is not None or row.ref_high is not None) and in_range_unit:
            return _report_range_only(row, out, note=(
                f"{unit} cannot be converted to {analyte.unit} for {analyte.en} (a different kind of measurement): "
                "flagged only against the report's own range, with no critical limits"))
        return unknown(f"{exc}; use the range printed on your report")
    if known_unit != analyte.unit:
        out["converted"] = {"value": canonical, "unit": analyte.unit}
    p_low, p_high = analyte.plausible_limits()
    if (p_high is not None and canonical > p_high) or (p_low is not None and canonical < p_low):
        assert analyte.critical is not None
        side = "above" if p_high is not None and canonical > p_high else "below"
        limit = analyte.critical.high if side == "above" else analyte.critical.low
        bound = p_high if side == "above" else p_low
        assert limit is not None and bound is not None
        shown = known_unit
        u = "" if _show(shown) == "" else f" {_show(shown)}"
        return unknown(f"value outside what can be measured in a living patient: {analyte.en} {value:g}{u} is far "
                       f"{side} the critical limit ({_fmt(from_canonical(limit, shown, analyte))}{u}; carebridge treats "
                       f"values {side} {_fmt(from_canonical(bound, shown, analyte))}{u} as implausible). Check the value "
                       "and the unit: a slipped decimal point or a wrong unit?")
    def beyond_measurable(side: str, limit: float, note: str) -> dict[str, Any]:
        # past a sourced physical ceiling or an analyser's reportable floor, in the report's own unit
        u = "" if _show(known_unit) == "" else f" {_show(known_unit)}"
        return unknown(f"value outside what can be measured in a living patient: {analyte.en} {value:g}{u} is {side} "
                       f"{_fmt(limit)}{u}, {note}. Check the value and the unit: a slipped decimal point or a wrong unit?")

    if analyte.physical_max is not None and canonical > analyte.physical_max.high:
        return beyond_measurable("above", from_canonical(analyte.physical_max.high, known_unit, analyte),
                                 analyte.physical_max.note)
    if analyte.reportable_min is not None and canonical < analyte.reportable_min.low and row.comparator not in ("<", "≤", "<="):
        return beyond_measurable("below", _sig3(from_canonical(analyte.reportable_min.low, known_unit, analyte)),
                                 analyte.reportable_min.note)

    # Reference range: the report's own, else the sourced one.
    low = high = None
    high_exclusive = False
    annotation_clash = False
    ref_low, ref_high = row.ref_low, row.ref_high
    if row.ref_groups and ref_low is None and ref_high is None:
        ref_low, ref_high, note = _pick_group(row.ref_groups, sex, age)
        out["notes"].append(note)
    if ref_low is not None or ref_high is not None:
        ref_unit = accepted_unit(clean_unit(row.ref_unit), analyte) if row.ref_unit else known_unit
        if ref_unit is not None and not same_annotation(row.unit, row.ref_unit):
            out["notes"].append(f"the report's range is in {row.ref_unit}, the value in {row.unit}: not compared")
            ref_unit = None
            # The value and the report disagree on how a D-dimer is expressed: no sourced cut-off for either is used.
            annotation_clash = True
        elif ref_unit is None:
            out["notes"].append(f"the report's range unit {row.ref_unit!r} does not fit; the sourced range was used")
        else:
            low = _sig(to_canonical(ref_low, ref_unit, analyte)) if ref_low is not None else None
            high = _sig(to_canonical(ref_high, ref_unit, analyte)) if ref_high is not None else None
            if low is not None and high is not None and low > high:
                out["notes"].append("the report's range is reversed; the sourced range was used")
                low = high = None
            else:
                out["range_source"] = "report"
                out["reference_range"] = {"low": ref_low, "high": ref_high, "unit": _show(ref_unit),
                                          "text": row.ref_text or range_text(ref_low, ref_high, ref_unit)}
    no_range_reason = (analyte.note.en if analyte.note else
                       f"no sourced reference range for {analyte.en}; use the range printed on your report")
    range_notes: list[str] = []
    used: list[Range] = []
    cut_off_only = False
    if out["range_source"] is None:
        if minor and age is None:
            low, high, high_exclusive, used, note = None, None, False, [], (
                "the report is for a child of unstated age: carebridge's reference ranges are for adults; "
                "use the range printed on the child's report")
        else:
            low, high, high_exclusive, used, note = select_range(analyte, sex, age, unit_annotation=None if annotation_clash else annotation(row.unit),
                                                                       trimester=trimester)
        range_notes = list(dict.fromkeys(r.note for r in used if r.note))
        cut_off_only = any(r.other_side == "unknown" for r in used)
        if note:
            out["notes"].append(note)
            if not used:
                no_range_reason = note
        if used and known_unit != analyte.unit and (stated := _stated_limits(used, known_unit, analyte)) is not None:
            # The source's own limits in the written unit (KDIGO's "< 3 mg/mmol" beside "< 30 mg/g").
            low, high = stated
            out["notes"].append(f"the limits {used[0].source} states in {known_unit} were used (not the converted ones)")
        if used:
            out["range_source"] = used[0].source
            shown = known_unit
            # Shown in the report's unit; a converted limit is rounded for reading (flags use the exact one).
            show = _sig if shown == analyte.unit else _sig3
            r_low = show(from_canonical(low, shown, analyte)) if low is not None else None
            r_high = show(from_canonical(high, shown, analyte)) if high is not None else None
            out["reference_range"] = {"low": r_low, "high": r_high, "unit": _show(shown),
                                      "text": range_text(r_low, r_high, shown, high_exclusive),
                                      "sex": used[0].sex if len(used) == 1 else None}
            out["range_sources"] = sorted({r.source for r in used})

    flag = None
    crit = analyte.critical
    if crit is not None and crit.min_age is not None and (newborn or (age is not None and age < crit.min_age)):
        out["notes"].append(f"the sourced critical limit for {analyte.en} is for patients aged {crit.min_age:g} year(s) "
                            "or more: not applied; a young child's own limits may differ")
        crit = None
    if newborn and analyte.critical_newborn is not None:
        crit = analyte.critical_newborn
        out["notes"].append("newborn critical limits used")
    elif newborn and crit is not None:
        out["notes"].append("no sourced newborn critical limit for this test: the adult critical limits were used; "
                            "a newborn's own limits may differ")
    if crit is not None:
        shown = known_unit
        show = _sig if shown == analyte.unit else _sig3
        out["critical_limits"] = {
            "low": show(from_canonical(crit.low, shown, analyte)) if crit.low is not None else None,
            "high": show(from_canonical(crit.high, shown, analyte)) if crit.high is not None else None,
            "unit": _show(shown), "source": crit.source}
        cmp = row.comparator or ""
        # "<2.0" is at most 2.0: critical low only if 2.0 is already at or below the limit.
        if crit.low is not None and canonical <= crit.low and not cmp.startswith(">"):
            flag = "critical_low"
        elif crit.high is not None and canonical >= crit.high and not cmp.startswith("<"):
            flag = "critical_high"
    else:
        out["critical_limits"] = None
    if flag is None:
        if low is None and high is None:
            # No range at all: only the report's own mark (H, L, ↑, ↓, LL, HH) can say more.
            lab = _LAB_ABNORMAL.get((row.lab_flag or "").strip().upper()) or _LAB_CRITICAL.get(
                (row.lab_flag or "").strip().upper())
            if lab is None and _coded_normal(row):
                out["notes"].append("no range to compare with; the Observation's own interpretation (N, normal) was used")
                return _lab_says_critical(row, out, "normal")
            if lab is None:
                return unknown(no_range_reason)
            out["notes"].append(f"no range to compare with; the report's own mark ({row.lab_flag}) was used")
            return _lab_says_critical(row, out, lab)
        at = canonical if out["range_source"] == "report" or row.comparator else _at_written_precision(
            value, row.decimals, canonical, low, high, known_unit, analyte)
        if at != canonical:
            out["notes"].append(f"{value:g} {_show(known_unit)} is the limit {_fmt(at)} {_show(analyte.unit)} "
                                f"({_fmt(from_canonical(at, known_unit, analyte))} {_show(known_unit)}) to the decimals it "
                                "is written with: at the limit, not beyond it")
        flag = _against(at, row.comparator, low, high, high_exclusive)
        if flag is None:
            return unknown(f"{row.comparator}{value:g} cannot be placed against the range")
        # A stated trimester is a woman: her pregnancy range (or the usual one, said so) was used, not a guess at the sex.
        if flag == "normal" and sex is None and trimester is None and used and not cut_off_only and (split := _split_by_sex(
                analyte, canonical, row.comparator, age, annotation=None if annotation_clash else annotation(row.unit), shown=known_unit,
                written=None if row.comparator else (value, row.decimals))):
            # NOTE: inside the union of the sex groups but outside one of them ("肌酐 88 μmol/L": normal for a man,
            # high for a woman, WS/T 404.5-2015): "normal" would be a guess at the sex, as "high" would; the report's
            # own mark (the lab knew the sex) still decides, else unknown, asking for the sex (lab sets 69 and 70, and
            # every earlier bench case in this zone, label it so).
            if _LAB_ABNORMAL.get((row.lab_flag or "").strip().upper()) or _coded_normal(row):
                return _lab_says_critical(row, out, flag)
            out["sex_needed"] = True  # the value and unit are sure: kept for the patient's trend (`store._point`)
            return unknown(f"sex not given: {analyte.en} {value:g}{' ' + _show(known_unit) if _show(known_unit) else ''} "
                           f"is {split}; give the patient's sex (--sex M or F) to flag it")
        if flag == "normal" and age is None and trimester is None and len(used) > 1 and not cut_off_only and (
                split := _split_by_age_band(used, at, row.comparator, known_unit, analyte,
                                            None if row.comparator else (value, row.decimals))):
            # NOTE: inside the union of the source's adult age bands but outside one of them (ALP 115 U/L: normal for
            # men and for women aged 50-79, high for women aged 20-49, WS/T 404.1-2012; l79-002): "normal" would be a
            # guess at the age (and sex), as for the sex alone above; the report's own mark still decides.
            if _LAB_ABNORMAL.get((row.lab_flag or "").strip().upper()) or _coded_normal(row):
                return _lab_says_critical(row, out, flag)
            missing = "age" if sex is not None else "sex and age"
            out["sex_needed" if sex is None else "age_needed"] = True
            return unknown(f"{missing} not given: {analyte.en} {value:g}{' ' + _show(known_unit) if _show(known_unit) else ''} "
                           f"is {split} ({used[0].source}); give the patient's {missing} to flag it")
        far = _beyond_far_cut_off(analyte, used, canonical, row.comparator, sex, age) if flag == "normal" and cut_off_only \
            else None
        if far is not None and far[0] != "normal":
            # Past a one-sided limit of another source on the far side (ferritin: WHO's deficiency cut-off below,
            # Mayo's upper reference limits above): flagged against it; with sex or age unknown, only beyond every
            # group's limit (`select_range` combines them).
            far_flag, far_used, f_low, f_high = far
            show = _sig if known_unit == analyte.unit else _sig3
            r_low = show(from_canonical(f_low, known_unit, analyte)) if f_low is not None else None
            r_high = show(from_canonical(f_high, known_unit, analyte)) if f_high is not None else None
            out["range_source"] = far_used[0].source
            out["range_sources"] = sorted({r.source for r in far_used})
            out["reference_range"] = {"low": r_low, "high": r_high, "unit": _show(known_unit),
                                      "text": range_text(r_low, r_high, known_unit),
                                      "sex": far_used[0].sex if len(far_used) == 1 else None}
            out["notes"] += [f"range: {n}" for n in dict.fromkeys(r.note for r in far_used if r.note)]
            return _lab_says_critical(row, out, far_flag)
        if flag == "normal" and cut_off_only:
            # Beyond the sourced cut-off nothing is known, as with no range at all: only the report's own mark
            # (H, L, ↑, ↓, LL, HH; the lab's own range) can say more ("Ferritin 850 ng/mL H").
            mark = (row.lab_flag or "").strip().upper()
            lab = _LAB_ABNORMAL.get(mark) or _LAB_CRITICAL.get(mark)
            if lab is not None:
                out["notes"].append(f"no sourced limit on this side of the cut-off; the report's own mark "
                                    f"({row.lab_flag}) was used")
                return _lab_says_critical(row, out, lab)
            if _coded_normal(row):
                out["notes"].append("no sourced limit on this side of the cut-off; the Observation's own interpretation "
                                    "(N, normal) was used")
                return _lab_says_critical(row, out, "normal")
            rr = out["reference_range"]
            if rr["low"] is None and used and all(r.normal_to is not None and canonical <= r.normal_to
                                                  and (r.interval_low is None or canonical >= r.interval_low) for r in used):
                # At or below the lowest of the sources' upper limits: every source calls it normal (lab set 65).
                lowest = _sig(from_canonical(min(r.normal_to for r in used if r.normal_to is not None), known_unit, analyte))
                floors = [r.interval_low for r in used if r.interval_low is not None]
                # With the sources' highest lower limit beside it (PT, APTT: stop 40), only between the two.
                since = (f"at or above {_fmt(_sig(from_canonical(max(floors), known_unit, analyte)))}, the highest lower "
                         "limit, and " if floors else "")
                out["notes"].append(f"{since}at or below {_fmt(lowest)}{' ' + rr['unit'] if rr['unit'] else ''}, the lowest upper "
                                    f"reference limit among the sources ({used[0].source}): normal by every one of them")
                return _lab_says_critical(row, out, "normal")
            if rr["low"] is None and far is None and used and all(
                    r.interval_low is not None and r.normal_to is None and r.high is not None
                    and r.interval_low <= canonical <= r.high for r in used):
                # Inside the interval of every method the source gives (free T3 4.8 pmol/L: Mayo's 2.0-4.4 and 2.8-4.4
                # pg/mL, lab set 72): their lower limits differ, so nothing below the higher one is called low or normal,
                # but between it and the shared upper limit every method calls the value normal.
                floor = _sig(from_canonical(max(r.interval_low for r in used if r.interval_low is not None), known_unit, analyte))
                out["notes"].append(f"at or above {_fmt(floor)}{' ' + rr['unit'] if rr['unit'] else ''}, the highest lower "
                                    f"reference limit among the methods of {used[0].source}, and not above the upper limit: "
                                    "normal by every one of them")
                return _lab_says_critical(row, out, "normal")
            side, cut = ("at or above", rr["low"]) if rr["low"] is not None else ("at or below", rr["high"])
            u = f" {rr['unit']}" if rr["unit"] else ""
            what = f" ({'; '.join(range_notes)})" if range_notes else ""
            if far is not None:
                # Between the cut-off and another source's limit on the far side (ferritin 15-409 ug/L for a man).
                _, far_used, f_low, f_high = far
                if rr["low"] is not None and all(r.interval_low is not None and r.high is not None
                                                 and r.interval_low <= canonical <= r.high for r in far_used):
                    # Inside the far source's own whole interval too, for every group that may apply: both call it normal.
                    out["range_sources"] = sorted({*out.get("range_sources", []), *(r.source for r in far_used)})
                    out["notes"].append(
                        f"at or above the cut-off of {_fmt(cut)}{u} ({used[0].source}) and inside the reference interval "
                        f"of {far_used[0].source} for this patient: normal by both sources")
                    return _lab_says_critical(row, out, "normal")
                far_side, far_limit = ("below", f_high) if f_high is not None else ("above", f_low)
                assert far_limit is not None
                shown = _sig(from_canonical(far_limit, known_unit, analyte))
                return unknown(f"{analyte.en} {value:g}{u} is {side} the sourced cut-off of {_fmt(cut)}{u}{what} and not "
                               f"{'above' if far_side == 'below' else 'below'} the {'upper' if far_side == 'below' else 'lower'} "
                               f"reference limit of {_fmt(shown)}{u} (source {far_used[0].source}); the two come from different "
                               "sources, so carebridge does not call it normal; use the range printed on your report")
            return unknown(f"{analyte.en} {value:g}{u} is {side} the sourced cut-off of {_fmt(cut)}{u}{what}, but "
                           "carebridge has no sourced limit on the other side; use the range printed on your report")
    if flag != "normal" or any(r.paediatric for r in used):
        # What the sourced range is for ("fasting", "for people not taking blood thinners"); a child's band says
        # so even for a normal value (it is often only a lower threshold).
        out["notes"] += [f"range: {n}" for n in range_notes]
    return _lab_says_critical(row, out, flag)


def _same_number(unit: str, canonical_unit: str, analyte: Analyte) -> bool:
    """Whether a value reads the same in `unit` as in `canonical_unit` (U/L = IU/L, mEq/L = mmol/L for valence 1)."""
    try:
        return math.isclose(to_canonical(1.0, unit, analyte), 1.0, rel_tol=1e-9) and canonical_unit == analyte.unit
    except UnitMismatch:
        return False


def _split_by_sex(analyte: Analyte, canonical: float, comparator: str | None, age: float | None, *,
                  annotation: str | None, shown: str, written: tuple[float, int | None] | None = None) -> str | None:
    """'normal for a man (57–111 µmol/L) and high for a woman (41–81 µmol/L)' when the sourced range of one sex calls
    the reading normal and the other's does not, else None (one range for both sexes, or the same flag for both).
    `written`: the value as written in `shown` and its decimals, held to that precision against each range
    (`_at_written_precision`)."""
    words = {"M": "a man", "F": "a woman"}
    parts: dict[str, tuple[str, str]] = {}
    for sex in ("M", "F"):
        low, high, high_exclusive, used, _ = select_range(analyte, sex, age, unit_annotation=annotation)
        at = canonical if written is None else _at_written_precision(*written, canonical, low, high, shown, analyte)
        flag = _against(at, comparator, low, high, high_exclusive) if used else None
        if flag is None:
            return None
        show = _sig if shown == analyte.unit else _sig3  # in the report's unit, as the reference range is shown
        r_low, r_high = (show(from_canonical(v, shown, analyte)) if v is not None else None for v in (low, high))
        parts[sex] = (flag, range_text(r_low, r_high, shown, high_exclusive))
    if parts["M"][0] == parts["F"][0]:
        return None
    return " and ".join(f"{flag} for {words[sex]} ({text})" for sex, (flag, text) in parts.items())


def _stated_limits(used: list[Range], unit: str, analyte: Analyte) -> tuple[float | None, float | None] | None:
    """(low, high) in the canonical unit from the limits every range in `used` states in `unit` (`Range.stated_in`),
    combined as `select_range` combines the ranges; None when a range states none in that unit."""
    limits = []
    for r in used:
        st = next((st for st in r.stated_in if st.unit == unit), None)
        if st is None:
            return None
        limits.append((None if st.low is None else _sig(to_canonical(st.low, unit, analyte)),
                       None if st.high is None else _sig(to_canonical(st.high, unit, analyte))))
    lows, highs = [lo for lo, _ in limits], [hi for _, hi in limits]
    low = None if any(v is None for v in lows) else min(v for v in lows if v is not None)
    high = None if any(v is None for v in highs) else max(v for v in highs if v is not None)
    return low, high


def _split_by_age_band(used: list[Range], canonical: float, comparator: str | None, shown: str, analyte: Analyte,
                       written: tuple[float, int | None] | None) -> str | None:
    """'normal for a man (45–125 U/L) and for a woman aged 50-79 (50–135 U/L), and high for a woman aged 20-49
    (35–100 U/L)' when the source's ranges combined for an unknown age (`used`, one source's adult bands) do not all
    give the reading the same flag, else None."""
    parts: list[tuple[str, str]] = []
    for r in used:
        at = canonical if written is None else _at_written_precision(*written, canonical, r.low, r.high, shown, analyte)
        flag = _against(at, comparator, r.low, r.high, r.high_exclusive)
        if flag is None:
            return None
        who = {"M": "a man", "F": "a woman"}.get(r.sex or "", "an adult")
        if r.min_age is not None or r.max_age is not None:
            who += f" aged {_fmt(r.min_age or 0)}-{_fmt(r.max_age)}" if r.max_age is not None else f" aged {_fmt(r.min_age or 0)}+"
        show = _sig if shown == analyte.unit else _sig3
        r_low, r_high = (show(from_canonical(v, shown, analyte)) if v is not None else None for v in (r.low, r.high))
        parts.append((flag, f"{who} ({range_text(r_low, r_high, shown, r.high_exclusive)})"))
    flags = list(dict.fromkeys(f for f, _ in parts))
    if len(flags) < 2:
        return None
    def listed(items: list[str]) -> str:
        return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"

    return "; ".join(f"{flag} for " + listed([w for f, w in parts if f == flag]) for flag in flags)


def _at_written_precision(value: float, decimals: int | None, canonical: float, low: float | None, high: float | None,
                          unit: str, analyte: Analyte) -> float:
    """`canonical`, or the limit it passes only through the unit conversion: a value written in a unit other than the
    canonical one ("Creatinine 1.1 mg/dL" against WS/T 404.5's 97 umol/L, 1.097 mg/dL) is at the limit when the limit,
    converted into the written unit and rounded to the value's decimals, reads as the value itself (l79-014).

    NOTE: a written value stands for every value that rounds to it (1.1 is 1.05-1.149); when the converted limit is
    among them, the value is not beyond the limit by anything the report says, only by the conversion's digits. Only
    this side is widened: a value short of a limit stays inside it, as written. `decimals` is how many the text gave
    ("8.0" has one: l79-043, 'Calcium 8.0 mg/dL', is below 8.46 mg/dL); a FHIR number carries none (None), so only a
    number with a fraction is read to the decimals it shows, and a whole one is taken as exact.
    """
    if unit == analyte.unit:
        return canonical
    if decimals is None:
        text = f"{value:.12g}"
        if "." not in text or "e" in text:
            return canonical
        decimals = len(text.split(".")[1])
    digits = decimals
    for limit, beyond in ((high, high is not None and canonical > high), (low, low is not None and canonical < low)):
        if limit is None or not beyond:
            continue
        try:
            shown = from_canonical(limit, unit, analyte)
        except UnitMismatch:
            continue
        if abs(shown - value) <= 0.5 * 10 ** -digits + 1e-9:  # the limit rounds to the value as written
            return limit
    return canonical


def _beyond_far_cut_off(analyte: Analyte, used: list[Range], canonical: float, comparator: str | None, sex: str | None,
                        age: float | None) -> tuple[str, list[Range], float | None, float | None] | None:
    """(flag, ranges, low, high) when a value on the open side of a one-sided cut-off (`used`, other_side unknown)
    lies past another source's one-sided limit on the far side ("ferritin 1850": above Mayo's upper limits), else None.

    Between the two limits nothing is said (None): the value stays unknown as before.
    """
    sources = {r.source for r in used}
    low_side = any(r.low is not None for r in used)
    far = [r for r in analyte.ranges if r.source not in sources and r.other_side == "unknown" and r.trimester is None
           and (r.high is not None if low_side else r.low is not None)]
    if not far:
        return None
    low, high, _, chosen, _ = select_range(analyte.model_copy(update={"ranges": far}), sex, age)
    if not chosen:
        return None
    flag = _against(canonical, comparator, low, high, False)
    return (flag, chosen, low, high) if flag is not None else None


# Codes a report uses to mark a value critical (FHIR LL/HH, HL7 v2 "AA", Chinese "危急").
_LAB_CRITICAL = {"LL": "critical_low", "HH": "critical_high", "<<": "critical_low", ">>": "critical_high"}


_LAB_ABNORMAL = {"L": "low", "↓": "low", "H": "high", "↑": "high"}


def _coded_normal(row: RawResult) -> bool:
    """A FHIR Observation's coded HL7 interpretation N (Normal): the laboratory, which knew the patient's sex and age
    and its own method, placed the value inside its range (lab set 59, ferritin 120 ug/L 'N'). Used only where
    carebridge has no range of its own to say more; a letter N on a text line is not read (it may be 'negative')."""
    return row.lab_flag_coded and (row.lab_flag or "").strip().upper() == "N"


def _lab_says_critical(row: RawResult, out: dict[str, Any], flag: str) -> dict[str, Any]:
    """Set the flag; the report's own mark can raise it (normal -> low/high, any -> critical), never lower it.

    NOTE: the lab knew the patient's sex and age and its own method; where carebridge had to
    widen the range (sex unknown) or the report printed no range, its mark is the better data.
    """
    lab = (row.lab_flag or "").strip().upper()
    if flag == "normal" and (direction := _LAB_ABNORMAL.get(lab)):
        flag = direction
        out["notes"].append(f"the report marks this value {direction} ({row.lab_flag}); carebridge's range alone "
                            "would call it normal")
    lab_critical = _LAB_CRITICAL.get(lab)
    if lab_critical is None and ("危急" in lab or "CRIT" in lab or lab in ("AA", "PANIC")):
        lab_critical = "critical_low" if flag in ("low", "critical_low") else "critical_high"
    if lab_critical and not flag.startswith("critical"):
        flag = lab_critical
        out["notes"].append("the report itself marks this value critical")
    out["flag"] = flag
    out["interpretation"] = INTERPRETATION[flag]
    return out


def _report_range_only(row: RawResult, out: dict[str, Any], note: str | None = None) -> dict[str, Any]:
    """A value flagged only against the range printed on the report (an unknown analyte, or a unit with no conversion)."""
    unit = clean_unit(row.unit)
    assert row.value is not None
    flag = _against(float(row.value), row.comparator, row.ref_low, row.ref_high, False)
    if flag is None:
        out["reason"] = f"{row.comparator}{row.value:g} cannot be placed against the report's range"
        return out
    out["range_source"] = "report"
    out["reference_range"] = {"low": row.ref_low, "high": row.ref_high, "unit": unit,
                              "text": row.ref_text or range_text(row.ref_low, row.ref_high, unit or "1")}
    out["notes"].append(note or "not in carebridge's knowledge: flagged only against the report's own range, "
                        "with no critical limits and no explanation")
    return _lab_says_critical(row, out, flag)


def _recognised(row: RawResult) -> bool:
    """Whether a test carebridge has no range for is a real one: coded with a well-formed LOINC code (a FHIR
    Observation), or named in the names-only vocabulary (`knowledge/labs/vocabulary.yaml`), by its name or its line."""
    if row.code and loinc_check_digit_ok(row.code):
        return True
    return load_vocabulary().find(row.name, row.text) is not None


def _unrecognised(row: RawResult, out: dict[str, Any]) -> dict[str, Any]:
    """A name no vocabulary knows ("ZQX-7 12.6 mmol/L 3.0-8.0"): unknown, with the printed range shown but not used.

    NOTE: a name carebridge cannot read may be a misread or a made-up test; flagging it against the range
    beside it would present a guess as a finding, so the flag is `unknown` and the reader is told why.
    """
    unit = clean_unit(row.unit)
    name = (row.name or row.code or "").strip() or "?"
    out["reference_range"] = {"low": row.ref_low, "high": row.ref_high, "unit": unit or None,
                              "text": row.ref_text or range_text(row.ref_low, row.ref_high, unit or "1")}
    out["range_source"] = "report"
    out["reason"] = (f"carebridge does not recognise the test name {name!r}; ask the laboratory what it measures "
                     "(the range printed beside it is shown, but the value is not flagged against it)")
    return out


def _pick_group(groups: list[tuple[str | None, float | None, float | None, float, float]], sex: str | None,
                age: float | None) -> tuple[float, float, str]:
    """The report's range for this patient's sex/age group; the union of the possible groups when not known."""
    fits = [g for g in groups if (sex is None or g[0] in (None, sex))
            and (age is None or ((g[1] is None or age >= g[1]) and (g[2] is None or age < g[2] + 1)))]
    if not fits:
        fits = groups
    if age is None:
        adults = [g for g in fits if g[1] is None or g[1] >= ADULT_AGE]
        fits = adults or fits
    low, high = min(g[3] for g in fits), max(g[4] for g in fits)
    if len(fits) == 1:
        return low, high, "the report's range for this patient's sex and age group was used"
    return low, high, "the report lists ranges by sex/age; without them the widest of the possible groups was used"


def _show(unit: str) -> str:
    return "" if unit in ("1", "[pH]") else unit


def _against(v: float, comparator: str | None, low: float | None, high: float | None, high_exclusive: bool) -> str | None:
    is_high = high is not None and (v >= high if high_exclusive else v > high)
    is_low = low is not None and v < low
    if comparator and comparator.startswith("<"):
        # "<x": the true value is below x.
        if is_low or (low is not None and v <= low):
            return "low"
        # Every value below x lies in the range when x is within it and nothing lies below the range: no lower
        # limit, or a range from 0 ("cTnI <0.01 ng/mL, 0-0.04": normal).
        top_ok = high is None or (v < high if comparator == "<=" and high_exclusive else v <= high)
        return "normal" if (low is None or low == 0) and top_ok else None
    if comparator and comparator.startswith(">"):
        if is_high or (high is not None and v >= high):
            return "high"
        return "normal" if high is None and not is_low else None
    return "high" if is_high else "low" if is_low else "normal"


def _strip_grade(row: RawResult, analyte: Analyte) -> str | None:
    """A dipstick result sent as a number ("Protein 100 mg/dL" by test strip) as its block on the strip's sourced
    scale (`Qualitative.strip_mg_dl`): "negative", "trace" or "positive"; None when the analyte has no such scale,
    the result is coded as another test (a quantitative urine protein), or the number has no mass-concentration unit.

    NOTE: only the strip's own blocks are used; a number between two of them is read as the lower block, and the
    trace band (neither the negative block nor 1+) stays unknown, as a written trace does.
    """
    scale = analyte.qualitative.strip_mg_dl if analyte.qualitative else None
    if scale is None or row.value is None or not row.unit:
        return None
    if row.code and row.code not in scale.codes:
        return None
    try:
        v = float(quantity(float(row.value), clean_unit(row.unit)).to("mg/dL").magnitude)
    except (UnitMismatch, ValueError, TypeError, pint.errors.PintError):
        return None
    if v < 0:
        return None
    cmp = row.comparator or ""
    if cmp.startswith("<"):
        return "negative" if v <= scale.negative_below else None
    if v < scale.negative_below:
        return None if cmp.startswith(">") else "negative"
    return "positive" if v >= scale.positive_from else "trace"


def _qualitative(row: RawResult, analyte: Analyte, out: dict[str, Any]) -> dict[str, Any]:
    raw = (row.value_text or "").strip()
    if not raw and row.text and row.text.startswith(row.name or ""):
        # (a name that took the specimen printed at the end of its row, "Protein (urine)", is no prefix of the text)
        raw = row.text[len(row.name or ""):].strip(" :：=")
    if row.value is not None and not raw:
        raw = f"{row.value:g}{row.unit or ''}"
    word = normalize(raw).strip().strip("()（）")
    first = re.split(r"[\s(（]", word)[0] if word else ""
    strip_source: str | None = None
    if first in _NEGATIVE or word in _NEGATIVE:
        grade = "negative"
    elif first in _TRACE or word in _TRACE:
        grade = "trace"
    elif first in _NORMAL_WORDS:
        grade = "normal"
    elif re.fullmatch(r"(阳性|positive|pos|[+]{1,4}|\d\s*\+).*", first) or re.search(r"阳性|positive|\+", word):
        grade = "positive"
    elif (strip := _strip_grade(row, analyte)) is not None:
        grade = strip
        scale = analyte.qualitative.strip_mg_dl if analyte.qualitative else None
        assert scale is not None
        strip_source = scale.source
        out["notes"].append(f"{raw} read on the test strip's scale ({scale.source}): negative below "
                            f"{scale.negative_below:g} mg/dL, 1+ (abnormal) from {scale.positive_from:g} mg/dL")
    else:
        scale = analyte.qualitative.strip_mg_dl if analyte.qualitative else None
        if scale is not None and row.value is not None and row.code and row.code not in scale.codes:
            # A quantitative urine protein (2888-6) printed with its own range in its own unit (l82-140, "<14 mg/dL"):
            # the report's range decides, as for any analyte without a sourced interval (issue 3: "when a report
            # carries its own reference range, use it and say so").
            if (row.ref_low is not None or row.ref_high is not None) and (
                    not row.ref_unit or (clean_unit(row.ref_unit) == clean_unit(row.unit)
                                         and same_annotation(row.unit, row.ref_unit))):
                return _report_range_only(row, out, note=(
                    f"coded {row.code}, a urine protein by a method the code does not name: carebridge has no sourced "
                    "interval for it, so it is flagged only against the range printed on the report, with no critical limits"))
            out["reason"] = (f"{analyte.en} {raw} is coded {row.code}, a urine protein by a method the code does not name: carebridge has "
                             "no sourced interval for it, and the test strip's scale is for strip results only; use the range "
                             "printed on the report")
            return out
        out["reason"] = f"cannot read the result {raw!r} for {analyte.en}; expected negative/阴性 or positive/阳性"
        return out
    assert analyte.qualitative is not None
    out["value"] = raw
    out["unit"] = None
    out["result"] = grade
    if grade == "trace" and analyte.qualitative.trace_unknown_source and "trace" not in analyte.qualitative.normal:
        # Lab sets 52-66: a trace is neither the sourced negative nor clearly abnormal (`Qualitative.trace_unknown_source`).
        out["reason"] = (f"{analyte.en} {raw}: a trace (±) result is read differently by the sources "
                         f"({analyte.qualitative.trace_unknown_source}), so carebridge does not flag it; it is usually "
                         "repeated or checked under the microscope; ask your doctor")
        return out
    out["reference_range"] = {"low": None, "high": None, "unit": "", "text": " / ".join(analyte.qualitative.normal)}
    out["range_source"] = analyte.qualitative.source
    if strip_source:
        out["range_sources"] = [analyte.qualitative.source, strip_source]
    flag = "normal" if grade in analyte.qualitative.normal else "high"
    return _lab_says_critical(row, out, flag)
