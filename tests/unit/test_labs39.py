"""Lab set 79 (a representative month), fixed by class, with look-alikes that keep their flags.

- FHIR unit display 'mg/L FEU' beside the UCUM code 'mg/L' (l79-122): the display's FEU/DDU annotation is kept, so the
  D-dimer is compared with Mayo's cut-off for that expression only.
- A urine protein test-strip result sent in mg/dL (l79-093): read on the strip's blocks (FPnotebook: negative < 10,
  trace 10-20, 1+ 30 mg/dL abnormal); the trace band stays unknown; a quantitative urine protein (2888-6) is not read
  on the strip's scale.
- A value written in a converted unit is held to the decimals it is written with at a sourced limit (l79-014:
  'Creatinine 1.1 mg/dL' is WS/T 404.5's 97 umol/L, so the sex decides).
- A value inside the union of a source's adult age bands but outside one of them, with no age (l79-002: ALP 115 U/L is
  high for a woman aged 20-49 by WS/T 404.1).
- A limit the source states in another unit is used for a value in that unit (KDIGO's UACR < 3 mg/mmol).
"""

from __future__ import annotations

import json

import pytest

from tests.lab_report import one


def _fhir(code: str, value: float, unit: str, ucum: str | None = None, display: str = "test",
          comparator: str | None = None) -> str:
    qty: dict[str, object] = {"value": value, "unit": unit, "system": "http://unitsofmeasure.org", "code": ucum or unit}
    if comparator:
        qty["comparator"] = comparator
    return json.dumps({"resourceType": "Observation", "status": "final",
                       "code": {"coding": [{"system": "http://loinc.org", "code": code, "display": display}]},
                       "valueQuantity": qty})


# ---------------------------------------------------------------- D-dimer: FEU/DDU in the FHIR unit display

@pytest.mark.parametrize(("value", "unit", "ucum", "flag"), [
    (1.9, "mg/L FEU", "mg/L", "high"),        # l79-122
    (0.3, "mg/L FEU", "mg/L", "normal"),
    (0.3, "ug/mL FEU", "ug/mL", "normal"),
    (400, "ng/mL DDU", "ng/mL", "high"),      # Mayo's DDU cut-off is 250 ng/mL: the DDU interval, not the FEU one
    (1.9, "mg/L{FEU}", "mg/L{FEU}", "high"),  # the UCUM code already carries it
])
def test_fhir_display_annotation_kept(value: float, unit: str, ucum: str, flag: str) -> None:
    r = one(_fhir("48065-7", value, unit, ucum, "Fibrin D-dimer FEU"))
    assert (r["key"], r["flag"]) == ("ddimer", flag)
    assert r["range_source"] == "mayo-ddimer"


def test_fhir_bare_mg_per_l_d_dimer_stays_unknown() -> None:
    # Neither the display nor the code says FEU or DDU: no cut-off applies (FEU is about twice DDU). Stop 41: the code
    # 48065-7 itself names FEU ("Fibrin D-dimer FEU [Mass/volume] in Platelet poor plasma", l81-137), so a code that
    # does not (7799-0) is used here.
    r = one(_fhir("7799-0", 1.9, "mg/L", "mg/L", "Fibrin D-dimer"))
    assert r["flag"] == "unknown"


def test_display_annotation_only_when_it_names_the_code_unit() -> None:
    # A display in another unit than the code is not merged into it: the UCUM code is read as before.
    r = one(_fhir("7799-0", 1.9, "ng/mL FEU", "mg/L", "Fibrin D-dimer"))  # stop 41: a code that names no expression
    assert r["flag"] == "unknown"


# ---------------------------------------------------------------- urine protein strip in mg/dL

@pytest.mark.parametrize(("code", "value", "unit", "flag"), [
    ("20454-5", 100, "mg/dL", "high"),     # l79-093: 2+
    ("20454-5", 30, "mg/dL", "high"),      # 1+ (abnormal)
    ("5804-0", 300, "mg/dL", "high"),
    ("5804-0", 1, "g/L", "high"),          # 100 mg/dL
    ("20454-5", 5, "mg/dL", "normal"),     # the negative block (< 10)
    ("20454-5", 20, "mg/dL", "unknown"),   # the trace band: sources differ (urine-dipstick-trace)
    ("20454-5", 10, "mg/dL", "unknown"),
])
def test_urine_protein_strip_in_mg_dl(code: str, value: float, unit: str, flag: str) -> None:
    r = one(_fhir(code, value, unit, display="Protein in Urine by Test strip"))
    assert (r["key"], r["flag"]) == ("u_protein", flag)
    if flag != "unknown":
        assert "fpnotebook-urine-protein" in r["range_sources"]


def test_strip_below_a_written_less_than_is_negative() -> None:
    assert one(_fhir("20454-5", 10, "mg/dL", comparator="<"))["flag"] == "normal"


@pytest.mark.parametrize(("text", "flag"), [
    ("尿蛋白 100 mg/dL", "high"),
    ("Urine protein 5 mg/dL", "normal"),
    ("尿蛋白 2+ (100 mg/dL)", "high"),     # the written grade, as before
    ("尿蛋白 阴性", "normal"),
    ("尿蛋白 ±", "unknown"),
    ("尿蛋白 100", "unknown"),             # no unit: not read on the strip's scale
])
def test_urine_protein_text_lines(text: str, flag: str) -> None:
    assert one(text)["flag"] == flag


def test_quantitative_urine_protein_is_not_read_on_the_strip_scale() -> None:
    r = one(_fhir("2888-6", 100, "mg/dL", display="Protein [Mass/volume] in Urine"))
    assert r["flag"] == "unknown"
    assert "2888-6" in r["reason"] and "strip" in r["reason"]


# ---------------------------------------------------------------- written precision at a converted limit

def test_creatinine_at_the_converted_limit_asks_for_the_sex() -> None:
    # l79-014: 97 umol/L (WS/T 404.5, men 20-59) is 1.097 mg/dL, which reads 1.1 to one decimal.
    r = one("Creatinine 1.1 mg/dL", age=50)
    assert r["flag"] == "unknown" and r.get("sex_needed")
    assert "normal for a man" in r["reason"] and "high for a woman" in r["reason"]


@pytest.mark.parametrize(("text", "sex", "flag"), [
    ("Creatinine 1.1 mg/dL", "M", "normal"),    # at the men's limit
    ("Creatinine 1.10 mg/dL", "M", "normal"),   # 1.097 to two decimals is 1.10
    ("Creatinine 1.1 mg/dL", "F", "high"),
    ("Creatinine 1.2 mg/dL", "M", "high"),      # 106 umol/L: beyond, whatever the decimals
    ("Creatinine 1.15 mg/dL", "M", "high"),
    ("肌酐 98 umol/L", "M", "high"),            # the canonical unit: no conversion, no widening
])
def test_creatinine_written_precision_look_alikes(text: str, sex: str, flag: str) -> None:
    assert one(text, age=50, sex=sex)["flag"] == flag


@pytest.mark.parametrize(("text", "flag"), [
    ("TIBC 72 umol/L", "normal"),   # Mayo's 400 mcg/dL is 71.6 umol/L, 72 to no decimals: at the limit
    ("TIBC 73 umol/L", "high"),
    ("TIBC 71.7 umol/L", "high"),   # written to one decimal: beyond 71.6
])
def test_converted_limit_at_the_written_precision(text: str, flag: str) -> None:
    assert one(text, age=50)["flag"] == flag


@pytest.mark.parametrize(("text", "flag"), [
    ("Calcium 8.0 mg/dL", "low"),   # l79-043: '8.0' has one decimal; 2.11 mmol/L is 8.46 mg/dL
    ("TP 6.0 g/dL", "low"),         # wst-11: 65 g/L is 6.5 g/dL
])
def test_trailing_zero_decimals_are_kept(text: str, flag: str) -> None:
    assert one(text, age=50)["flag"] == flag


# ---------------------------------------------------------------- age bands, age not given

def test_alp_inside_the_union_but_high_for_one_age_band_is_unknown() -> None:
    # l79-002: WS/T 404.1 ALP men 45-125, women 20-49 35-100, women 50-79 50-135 U/L.
    r = one(_fhir("6768-6", 115, "U/L", display="Alkaline phosphatase"))
    assert r["flag"] == "unknown"
    assert "high for a woman aged 20-49" in r["reason"] and "sex and age" in r["reason"]


@pytest.mark.parametrize(("kw", "flag"), [
    ({}, "normal"),                            # 88 U/L is inside every band
    ({"sex": "M"}, "normal"),
    ({"sex": "F", "age": 60}, "normal"),
    ({"sex": "F", "age": 35}, "high"),
])
def test_alp_look_alikes(kw: dict[str, object], flag: str) -> None:
    value = 88 if not kw else 115
    assert one(f"ALP {value} U/L", **kw)["flag"] == flag


def test_alp_woman_of_unknown_age_in_the_split_asks_for_the_age() -> None:
    r = one("ALP 115 U/L", sex="F")
    assert r["flag"] == "unknown" and r.get("age_needed")
    assert "age not given" in r["reason"]


def test_creatinine_with_neither_sex_nor_age_in_a_band_split() -> None:
    # 80 umol/L: high for a woman aged 20-59 (41-73), normal for a woman 60-79 (41-81) and for men (WS/T 404.5).
    assert one("肌酐 80 μmol/L")["flag"] == "unknown"
    assert one("肌酐 65 μmol/L")["flag"] == "normal"


def test_alp_above_every_adult_band_stays_high() -> None:
    assert one("ALP 310 U/L")["flag"] == "high"


# ---------------------------------------------------------------- a limit stated in another unit

@pytest.mark.parametrize(("text", "flag"), [
    ("ACR 3.2 mg/mmol", "high"),      # KDIGO A2 from 3 mg/mmol (was normal: 30 mg/g is 3.39 mg/mmol)
    ("ACR 3.0 mg/mmol", "high"),
    ("ACR 2.9 mg/mmol", "normal"),
    ("UACR 28 mg/g", "normal"),       # the mg/g limit, as before
    ("UACR 30 mg/g", "high"),
])
def test_acr_limit_stated_in_mg_per_mmol(text: str, flag: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"]) == ("uacr", flag)


# ---------------------------------------------------------------- left as they are, with their reasons

def test_pt_in_seconds_without_a_printed_range_is_read_where_two_public_tables_agree() -> None:
    # l79-054: PT in seconds is reagent-dependent; labs40 (tests/unit/test_labs40.py) reads it only where MedlinePlus
    # (11-13.5 s) and Mayo (9.4-12.5 s) agree: 11.8 s is inside both, so normal; 10 s is inside only one, so unknown.
    assert one("凝血酶原时间 PT 11.8 秒", age=57, sex="F")["flag"] == "normal"
    assert one("凝血酶原时间 PT 10 秒", age=57, sex="F")["flag"] == "unknown"


def test_unitless_chinese_urea_is_read_in_mmol_per_l() -> None:
    # l79-173: the documented rule (cn-si-units): a Chinese line without a unit is read in the SI unit, unless another
    # unit makes the number ordinary; 8.2 mg/dL urea (1.37 mmol/L) would be low, not normal, so mmol/L stands.
    r = one("尿素 8.2", age=42, sex="M")
    assert r["flag"] == "high" and "cn-si-units" in " ".join(r["notes"])
