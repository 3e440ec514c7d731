"""Units: spelling variants to pint expressions, and conversion to an analyte's canonical unit.

pint does the arithmetic; the only numbers here are not conversion factors but the
analyte data passed in (molar mass, valence) and the NGSP/IFCC HbA1c master equation.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from itertools import product
from typing import TYPE_CHECKING, Any

import pint

if TYPE_CHECKING:
    from carebridge.tools.labs.knowledge import Analyte

# Units that are labels rather than pint expressions (compared as text).
_LABEL_UNITS = {"[pH]", "1", "mL/min/1.73m2", "G/L", "T/L", "/HPF"}
# SI prefixes written as a capital letter for a count: G/L (giga, 10^9 per litre; German "Gpt/l") and
# T/L (tera, 10^12 per litre). Only a count can be read so; for a mass concentration "G/L" is g/L.
_COUNT_PREFIX_UNITS = {"G/L": "10^9/L", "T/L": "10^12/L"}
# "10⁹/L": NFKC would turn the superscript into a plain digit ("109/L"), so it becomes "10^9" first.
_SUPERSCRIPTS = str.maketrans({"⁰": "^0", "¹": "^1", "²": "^2", "³": "^3", "⁶": "^6", "⁹": "^9"})


class UnitMismatch(ValueError):
    """A unit that cannot be converted to the analyte's canonical unit."""


@cache
def registry() -> pint.UnitRegistry:
    """The pint registry, with the units clinical labs use that pint lacks."""
    ureg = pint.UnitRegistry()
    # Hormone "international units" are defined per substance by WHO standards; they only
    # convert to themselves (mIU/L <-> uIU/mL), never to mass or moles.
    ureg.define("international_unit = [international_unit] = IU")
    ureg.define("osmole = [osmolarity] = Osm = osmol")
    return ureg


# Units written in Chinese words ("毫摩尔/升", "克/升", "微摩尔每升", "毫摩尔"), longest word first.
_CN_UNIT_WORDS = (("毫摩尔", "mmol"), ("微摩尔", "umol"), ("纳摩尔", "nmol"), ("皮摩尔", "pmol"), ("毫摩", "mmol"),
                  ("微摩", "umol"), ("摩尔", "mol"), ("毫克", "mg"), ("微克", "ug"), ("纳克", "ng"), ("皮克", "pg"),
                  ("克", "g"), ("分升", "dL"), ("毫升", "mL"), ("微升", "uL"), ("升", "L"), ("每", "/"))
_CN_VOLUMES = ("分升", "毫升", "微升", "升")
_CN_AMOUNTS = "|".join(word for word, _ in _CN_UNIT_WORDS if word not in (*_CN_VOLUMES, "每"))
_CN_UNIT = re.compile(rf"(?:{_CN_AMOUNTS})(?:(?:/|每)(?:{'|'.join(_CN_VOLUMES)}))?")


def chinese_unit(token: str) -> bool:
    """Whether `token` is a unit written in Chinese words ("毫摩尔/升", "克/升", "毫摩尔每升", "毫摩尔")."""
    return bool(_CN_UNIT.fullmatch(token.strip()))


def clean_unit(raw: str | None) -> str:
    """A unit as written on a report, in the spelling used by knowledge files ("" if none)."""
    if raw is None:
        return ""
    if chinese_unit(raw):
        for word, symbol in _CN_UNIT_WORDS:
            raw = raw.replace(word, symbol)
    text = _braced(raw).strip().replace("¹²", "^12").translate(_SUPERSCRIPTS).replace("^1^2", "^12")
    text = unicodedata.normalize("NFKC", text).replace("μ", "u").replace("µ", "u")
    # A patient's alarm or sentence end glued to the unit ("sodium 175 mEq/L!!", "mg/dL?") is not part of it.
    text = text.rstrip("!?.。")
    # UCUM writes arbitrary units in brackets: m[IU]/L, u[iU]/mL, mm[Hg].
    text = re.sub(r"\[(iu|IU|iU)\]", "IU", text).replace("[Hg]", "Hg").replace("[HG]", "Hg")
    text = text.replace("×", "x").replace("*", "^").replace(" ", "")
    text = text.replace("（", "(").replace("）", ")")
    if (bare := _ANNOTATION.sub("", text)) and bare != text and "1.73" not in text:
        # A UCUM annotation ("ng/mL{FEU}", "{cells}/uL") does not change the unit; `annotation` keeps it for
        # comparing a value with its range (D-dimer in FEU is about twice the same result in DDU).
        text = bare
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    if m := re.fullmatch(r"(G|T)(?:pt|iga|era)?/[lL]", text):
        return f"{m.group(1)}/L"  # capital G or T: giga or tera per litre (a count); resolved per analyte
    low = text.lower()
    if low in ("", "-", "--", "无"):
        return ""
    if low in ("秒", "sec", "secs", "second", "seconds", "s"):
        return "s"
    if low in ("%", "percent", "pct"):
        return "%"
    if low in ("ratio", "{ratio}", "{inr}", "inr", "index", "1"):
        return "1"
    if re.fullmatch(r"(?:个|cells?)?/\[?(?:hpf|hp|高倍视野|高倍镜视野|高倍)\]?", low):  # UCUM: /[HPF]
        return "/HPF"  # a count per microscope high-power field (urine sediment): "/HPF", "个/HP", "/高倍视野"
    if low in ("ph", "[ph]", "{ph}"):
        return "[pH]"
    if _ANNOTATION.fullmatch(low):
        # UCUM §6 (curly braces; the grammar's <component> may be an <annotation> alone): an annotation standing alone
        # ("{SG}", "{score}") is a unit equal to the unity 1, as a FHIR urine specific gravity is coded (lab-set 47).
        return "1"
    if low in ("mm/h", "mm/hr", "mm/1h", "mm/hour", "mm/60min"):
        return "mm/h"
    if low.startswith("ml/min"):
        return "mL/min/1.73m2" if "1.73" in low else "mL/min"
    # 10^9/L in its many spellings: x10^9/L, 10*9/L (UCUM), 10E9/L, 10~9/L, G/L, K/uL, and x10(3)/uL (a printout
    # or portal that cannot show a superscript puts the exponent in brackets).
    # "mcL" is the US microlitre (Epic and Cerner displays: "x10(3)/mcL", "K/mcL").
    low = re.sub(r"/mcl$", "/ul", low)
    m = re.fullmatch(r"x?10(?:\^|e|~)?(\d{1,2})/(l|ul|mm3|ml)", low) or re.fullmatch(r"x?10\((\d{1,2})\)/(l|ul|mm3|ml)", low)
    if m:
        return f"10^{m.group(1)}/{_vol(m.group(2))}"
    if low in ("k/ul", "thou/ul", "thousand/ul", "thousands/ul", "10^3/ul", "x10^3/ul"):
        return "10^3/uL"
    if low in ("m/ul", "mil/ul", "million/ul", "millions/ul", "10^6/ul"):
        return "10^6/uL"
    # Chinese counts in ten-thousands: "52万/μL", "0.6万/mm3" (1万/µL = 10^4/µL = 10 ×10^9/L).
    if m := re.fullmatch(r"(?:x)?万(?:个)?/(ul|mm\^?3|微升)", low):
        return "10^4/uL" if m.group(1) in ("ul", "微升") else "10^4/mm3"
    if low in ("/ul", "cells/ul", "/mm3", "cells/mm3"):
        return "/" + _vol(low.split("/")[1])
    if typo := re.fullmatch(r"(m|u|n|p)mo/(l|dl|ml)", low):
        low = f"{typo.group(1)}mol/{typo.group(2)}"  # "mmo/L": the "l" of mmol/L dropped; no unit is spelt "mmo"
    m = re.fullmatch(r"(m|u|n|p|f|k|d)?(mol|kat|osm|eq|iu|g|u|l)/([a-z0-9.]*)", low)
    if m:
        prefix, base, per = m.groups()
        base = {"eq": "Eq", "iu": "IU", "u": "U", "osm": "Osm", "l": "L"}.get(base, base)
        if base == "Osm":
            return f"m{base}/kg" if prefix == "m" and per.startswith("kg") else text
        return f"{prefix or ''}{base}/{_vol(per)}"
    return {"fl": "fL", "pg": "pg", "mmhg": "mmHg", "kpa": "kPa", "um3": "um3"}.get(low, text)


_ANNOTATION = re.compile(r"\{[^{}]*\}")
# A D-dimer unit's annotation written as a word after it, as FHIR `unit` texts and CSV cells do: "mg/L FEU",
# "ng/mL (DDU)" is UCUM "mg/L{FEU}", "ng/mL{DDU}" (fibrinogen-equivalent or D-dimer units).
_WORD_ANNOTATION = re.compile(r"\s*[(（]?\s*\b(FEU|DDU)\b\s*[)）]?\s*$", re.IGNORECASE)


def _braced(raw: str) -> str:
    """`raw` with a written annotation in UCUM braces ("mg/L FEU" -> "mg/L{FEU}")."""
    if (m := _WORD_ANNOTATION.search(raw)) and m.start() > 0 and not _ANNOTATION.search(raw):
        return f"{raw[:m.start()].rstrip()}{{{m.group(1).upper()}}}"
    return raw


def annotation(raw: str | None) -> str | None:
    """The UCUM annotation of a unit as written ("ng/mL{FEU}", "mg/L FEU" -> "FEU"), or None."""
    m = _ANNOTATION.search(_braced(raw or ""))
    if not m or "1.73" in m.group(0):
        return None  # "mL/min/{1.73_m2}": read by `clean_unit` as the body-surface normalisation of eGFR
    return m.group(0)[1:-1].strip().upper() or None


def same_annotation(unit_a: str | None, unit_b: str | None) -> bool:
    """Whether a value and its range may be compared: not when each names a different annotation (FEU, DDU)."""
    a, b = annotation(unit_a), annotation(unit_b)
    return a is None or b is None or a == b


def _vol(per: str) -> str:
    return {"l": "L", "dl": "dL", "ml": "mL", "ul": "uL", "mm3": "mm3", "g": "g", "kg": "kg", "mol": "mol",
            "mmol": "mmol", "24h": "(24*h)", "h": "h",
            # a day's collection written out: "mg/24hr", "g/24 hours" (the 24-hour urine protein, lab set 81)
            "24hr": "(24*h)", "24hrs": "(24*h)", "24hour": "(24*h)", "24hours": "(24*h)"}.get(per, per)


def _expr(unit: str) -> str:
    expr = re.sub(r"10\^(\d+)", r"1e\1", unit)
    expr = expr.replace("mm3", "mm**3").replace("um3", "um**3").replace("mEq", "mmol").replace("Eq", "mol")
    expr = expr.replace("mOsm", "milliosmole")
    return "1/" + expr[1:] if expr.startswith("/") else expr


def quantity(value: float, unit: str) -> Any:
    """`value` in `unit` (a knowledge-file spelling) as a pint Quantity; `UnitMismatch` if unparseable."""
    ureg = registry()
    try:
        return value * ureg.parse_expression(_expr(unit))
    except Exception as exc:  # noqa: BLE001 - pint's parser raises tokenize/assert/attribute errors on junk text
        raise UnitMismatch(f"{unit!r} is not a unit") from exc


def check_unit(unit: str) -> bool:
    """Whether pint understands `unit` (label units such as [pH] always pass)."""
    if unit in _LABEL_UNITS:
        return True
    try:
        quantity(1.0, unit)
    except UnitMismatch:
        return False
    return True


def time_span(unit: str) -> bool:
    """Whether `unit` is a span of a day or more ("days", "weeks", "months"): a remark's unit ("recheck in 2 days"),
    never a lab result's (clotting and bleeding times are in seconds or minutes)."""
    if unit in _LABEL_UNITS:
        return False
    try:
        q = quantity(1.0, unit)
        return bool(q.dimensionality == registry().second.dimensionality and q.to("second").magnitude >= 86400)
    except (UnitMismatch, pint.errors.PintError):
        return False


def _same(unit_a: str, unit_b: str) -> bool:
    if unit_a == unit_b:
        return True
    if unit_a in _LABEL_UNITS or "Eq" in unit_a or "Eq" in unit_b or unit_b in _LABEL_UNITS:
        return False
    try:
        ratio = (quantity(1.0, unit_a) / quantity(1.0, unit_b)).to("dimensionless").magnitude
    except (pint.errors.PintError, UnitMismatch):
        return False
    return abs(ratio - 1) < 1e-9


def accepted_unit(unit: str, analyte: Analyte) -> str | None:
    """The knowledge spelling of `unit` if the analyte accepts it (mmol/l == mmol/L), else None."""
    if analyte.key == "egfr" and unit in ("mL/min", "mL/min/1.73m2"):
        return unit
    if unit in _COUNT_PREFIX_UNITS:
        count = accepted_unit(_COUNT_PREFIX_UNITS[unit], analyte)
        return count if count is not None else (accepted_unit("g/L", analyte) if unit == "G/L" else None)
    if "Eq" in unit:  # equivalents depend on the ion's valence: only where the analyte lists them
        return unit if unit in analyte.units and analyte.valence else None
    for known in analyte.units:
        if "Eq" not in known and _same(_enzyme(unit, analyte), known):
            return known
    return None


def same_unit(unit_a: str, unit_b: str, analyte: Analyte) -> bool:
    """Whether two knowledge spellings are one unit for this analyte (U/L and IU/L for an enzyme, ng/mL and ug/L)."""
    return _same(_enzyme(unit_a, analyte), _enzyme(unit_b, analyte))


def _enzyme(unit: str, analyte: Analyte) -> str:
    # For enzymes an "IU" is the IUB enzyme unit (1 umol/min), the same as "U".
    if analyte.unit == "U/L" and "IU" in unit:
        return unit.replace("IU", "U")
    # For hormones measured in WHO international units (TSH in mIU/L), a "U" is that same IU:
    # MSD and UK reports write "mU/L", "uU/mL" (a hormone has no enzyme activity unit).
    if "IU" in (analyte.unit or "") and "IU" not in unit and re.fullmatch(r"[munp]?U/[a-zA-Z]+", unit):
        return unit.replace("U/", "IU/")
    return unit


def to_canonical(value: float, unit: str, analyte: Analyte) -> float:
    """`value` in `unit` (already accepted) converted to the analyte's canonical unit."""
    target = analyte.unit or ""
    if unit == target or _same(unit, target):
        return value
    if analyte.key == "egfr":
        return value
    if analyte.key == "hba1c" and unit == "mmol/mol":
        # NGSP/IFCC master equation (Hoelzel 2004): an affine relation, not a unit factor.
        return 0.09148 * value + 2.152
    if unit in ("mEq/L",) and analyte.valence:
        value, unit = value / analyte.valence, "mmol/L"
        if unit == target:
            return value
    q = quantity(value, _enzyme(unit, analyte))
    goal = quantity(1.0, target)
    try:
        return float((q / goal).to("dimensionless").magnitude)
    except pint.errors.DimensionalityError:
        if analyte.molar_mass is None:
            raise UnitMismatch(f"cannot convert {unit} to {target} for {analyte.en}") from None
    molar = quantity(analyte.molar_mass.value, "g/mol")
    for candidate in (q / molar, q * molar):  # mass -> moles, or moles -> mass
        try:
            return float((candidate / goal).to("dimensionless").magnitude)
        except pint.errors.DimensionalityError:
            continue
    raise UnitMismatch(f"cannot convert {unit} to {target} for {analyte.en}")


def from_canonical(value: float, unit: str, analyte: Analyte) -> float:
    """Inverse of `to_canonical` (used to show sourced limits in the report's own unit)."""
    one = to_canonical(1.0, unit, analyte)
    if analyte.key == "hba1c" and unit == "mmol/mol":
        return (value - 2.152) / 0.09148
    return value / one


# Characters optical character recognition (or a hurried typist) puts for look-alikes in a unit: the digit 1, capital I
# and a bar for the letter l ("mmo1/L", "mg/dI", "g/1"), the digit 0 and the letters O/o for each other ("mm0l/L",
# "x1O^9/L"), and the two letters r n for the letter m ("rng/dL", "rnmol/L").
_OCR_UNIT_CHARS = {"1": "1l", "I": "Il", "|": "|l", "0": "0o", "O": "Oo0", "o": "o0", "l": "l1"}
_OCR_MAX_SLIPS = 6  # positions tried at most (2^6 readings); a longer run of look-alikes is not a slip


def ocr_unit_reading(raw: str | None, analyte: Analyte) -> str | None:
    """The one accepted unit of `analyte` a unit written with OCR look-alike characters can be, else None.

    "mmo1/L" for glucose is mmol/L; "mg/dI" is mg/dL; "10^9/1" is 10^9/L; "x1O^9/L" is x10^9/L; "rng/dL" is mg/dL.
    Every reading that swaps look-alike characters is tried; the unit is read so only when the readings the analyte
    accepts are all one unit (so a unit that is merely wrong, "g/L" for glucose, is never changed into another).
    """
    if not raw:
        return None
    text = unicodedata.normalize("NFKC", raw.strip())
    found: set[str] = set()
    for base in dict.fromkeys((text, text.replace("rn", "m"))):
        slots = [i for i, c in enumerate(base) if c in _OCR_UNIT_CHARS]
        if len(slots) > _OCR_MAX_SLIPS:
            continue
        for combo in product(*(_OCR_UNIT_CHARS[base[i]] for i in slots)):
            chars = list(base)
            for i, c in zip(slots, combo, strict=True):
                chars[i] = c
            variant = "".join(chars)
            if variant == text:
                continue
            if (known := accepted_unit(clean_unit(variant), analyte)) is not None:
                found.add(known)
    distinct = {next((u for u in found if same_unit(u, k, analyte)), k) for k in found}
    return next(iter(distinct)) if len(distinct) == 1 else None
