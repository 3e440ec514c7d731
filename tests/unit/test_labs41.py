"""Stop 41 lab leftovers (lab set 81 and the false criticals), fixed by class, with look-alikes that keep their flags.

- 24-hour urine protein (LOINC 2889-4, g/24 h): a rate, not the strip's concentration. Above 0.15 g/24 h high by every
  source (Kratz NEJM 2004, A.D.A.M./MedlinePlus); at or below 0.08 g/24 h normal by every one; between, unknown.
  Pregnancy (2nd/3rd trimester) has its own limit (Higby 1994). 'u_protein' with a unit per day is this test.
- D-dimer: LOINC 48065-7 names its expression (FEU) in its own name, as does a test name with FEU/DDU written in it;
  a bare mg/L with no such word stays unknown (FEU is about twice DDU).
- A line that says outright its unit is not written ('单位未注明', '没有单位', 'no unit given') asks for the unit
  instead of assuming the Chinese one; a bare unitless Chinese line keeps the documented rule (cn-si-units).
- Platelets past the physical ceiling (135,000 x10^9/L, platelets at the smallest reference MPV filling a litre):
  unknown, not critical; extreme but possible counts stay critical.
"""

from __future__ import annotations

import json

import pytest

from tests.lab_report import flags, one, results


# ---------------------------------------------------------------- 24-hour urine protein

@pytest.mark.parametrize(("text", "kw", "flag"), [
    ("尿蛋白定量 0.8 g/24h", {}, "high"),                        # l81-134
    ("24小时尿蛋白定量 2.1 g/24h ↑", {}, "high"),                 # l33-173
    ("24h urine protein 3.8 g/24h", {}, "high"),                 # l46-136
    ("24-hour urine protein 450 mg/24 hours", {}, "high"),
    ("24h尿蛋白 300 mg/24hr", {}, "high"),
    ("尿蛋白 0.8 g/24h", {}, "high"),                             # the strip's name with a unit per day
    ("24h尿蛋白定量 0.06 g/24h", {}, "normal"),
    ("24 hour urine protein 70 mg/d", {}, "normal"),
    ("24小时尿蛋白 120 mg/24h", {}, "unknown"),                   # between the sources' upper limits
    ("孕30周 24小时尿蛋白 0.2 g/24h", {}, "normal"),               # third trimester: up to 0.25 g/24 h
    ("24h urine protein 0.2 g/24h (0-0.15)", {}, "high"),        # the report's own range
])
def test_urine_protein_24h(text: str, kw: dict[str, object], flag: str) -> None:
    r = one(text, **kw)
    assert (r["key"], r["flag"]) == ("u_protein_24h", flag)


@pytest.mark.parametrize(("text", "expected"), [
    ("尿蛋白 ++", [("u_protein", "high")]),             # the strip's grade stays the strip's
    ("尿蛋白定性 阴性", [("u_protein", "normal")]),
    ("urine protein 100 mg/dL", [("u_protein", "high")]),  # a strip concentration, not a rate
])
def test_urine_protein_strip_look_alikes(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


def test_urine_protein_24h_child_is_not_given_the_adult_limit() -> None:
    assert one("24h urine protein 0.2 g/24h", age=10)["flag"] == "unknown"


def test_urine_protein_24h_fhir_by_code() -> None:
    obs = {"resourceType": "Observation", "status": "final",
           "code": {"coding": [{"system": "http://loinc.org", "code": "2889-4"}]},
           "valueQuantity": {"value": 1.2, "unit": "g/(24.h)", "system": "http://unitsofmeasure.org", "code": "g/(24.h)"}}
    r = one(json.dumps(obs))
    assert (r["key"], r["flag"]) == ("u_protein_24h", "high")


# ---------------------------------------------------------------- D-dimer expressed in FEU / DDU

def _ddimer(code: str, display: str, value: float, unit: str = "mg/L") -> str:
    coding = {"system": "http://loinc.org", "code": code, **({"display": display} if display else {})}
    return json.dumps({"resourceType": "Observation", "status": "final", "code": {"coding": [coding]},
                       "valueQuantity": {"value": value, "unit": unit, "system": "http://unitsofmeasure.org", "code": unit}})


@pytest.mark.parametrize(("text", "flag"), [
    (_ddimer("48065-7", "Fibrin D-dimer FEU [Mass/volume] in Platelet poor plasma", 1.8), "high"),   # l81-137
    (_ddimer("48065-7", "Fibrin D-dimer FEU [Mass/volume] in Platelet poor plasma", 0.3), "normal"),
    (_ddimer("48065-7", "", 1.8), "high"),                       # the code alone says FEU
    ("D-dimer FEU 1.8 mg/L", "high"),
    ("D-dimer (FEU) 0.3 mg/L", "normal"),
    ("D-dimer DDU 0.3 mg/L", "high"),                            # DDU's cut-off is 0.25 mg/L
    ("D-dimer 1.8 mg/L", "unknown"),                             # no word says how it is expressed
    (_ddimer("48066-5", "Fibrin D-dimer DDU and FEU panel", 1.8), "unknown"),  # a name with both says nothing
])
def test_ddimer_expression(text: str, flag: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"]) == ("ddimer", flag)


# ---------------------------------------------------------------- a unit said to be missing

@pytest.mark.parametrize("text", [
    "肌酐 85（单位未注明）",            # l81-165
    "总胆红素 20（单子上没写单位）",      # l11-159
    "磷 1.2 ，没有单位",                # l11-195
    "肌酐 85 单位不详",
    "creatinine 85 (no unit given)",
    "creatinine 85, unit not stated",
])
def test_unit_said_missing_asks_for_it(text: str) -> None:
    r = [x for x in results(text) if x["key"] is not None][0]
    assert r["flag"] == "unknown" and r["unit"] is None
    assert "say which unit" in r["reason"]


@pytest.mark.parametrize(("text", "kw", "flag"), [
    ("肌酐 85", {"sex": "M"}, "normal"),                  # bare Chinese line: umol/L by the documented rule
    ("肌酐 85 μmol/L（单位已注明）", {"sex": "M"}, "normal"),  # a unit is written
    ("尿酸 560", {}, "high"),
])
def test_bare_chinese_line_keeps_the_si_rule(text: str, kw: dict[str, object], flag: str) -> None:
    assert one(text, **kw)["flag"] == flag


def test_unit_said_missing_keeps_a_danger() -> None:
    assert one("血钾 7.5（单位未注明）")["flag"] == "critical_high"      # potassium: one unit in use
    r = one("血糖 1.2 没写单位")
    assert r["flag"] == "unknown" and r.get("possibly_critical") is True   # critical in every unit it could be in


# ---------------------------------------------------------------- platelets past the physical ceiling

@pytest.mark.parametrize("text", [
    "血小板 PLT 215000 ×10^9/L",     # l16-198, l23-070
    "Platelets 245000 x10^9/L",      # l18-048
    "Platelets 245000 K/uL",         # l22-007
    "血小板 2800000 ×10^9/L",        # l21-002
])
def test_platelets_past_physical_ceiling_unknown(text: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"]) == ("plt", "unknown")
    assert "135000" in r["reason"]


@pytest.mark.parametrize(("text", "flag"), [
    ("PLT 1200 x10^9/L", "critical_high"),     # extreme thrombocytosis stays critical
    ("PLT 5000 x10^9/L", "critical_high"),
    ("PLT 20 x10^9/L", "critical_low"),
    ("platelets 245000", "normal"),            # no unit: read per µL (245 x10^9/L), as before
])
def test_platelet_look_alikes(text: str, flag: str) -> None:
    assert one(text)["flag"] == flag


# ---------------------------------------------------------------- inside every source's interval (method-specific tests)

@pytest.mark.parametrize(("text", "kw", "flag"), [
    ("Lipase 45 U/L", {}, "normal"),             # l19-001: inside 20-60, every method's interval
    ("脂肪酶 LPS 30 U/L", {}, "normal"),
    ("Lipase 15 U/L", {}, "unknown"),            # below the triacetylglycerol method's lower limit (20)
    ("Lipase 70 U/L", {}, "unknown"),            # high by Roche, normal by the others: the printed range decides
    ("Lipase 300 U/L", {}, "high"),              # above every method
    ("Lipase 45 U/L (0-30)", {}, "high"),        # the report's own range wins
    ("降钙素原 0.03 ng/mL", {}, "normal"),        # bl-209
    ("PCT 0.04 ng/mL", {}, "normal"),
    ("PCT 0.01 ng/mL", {}, "unknown"),           # below Interpath's lower limit
    ("PCT 0.1 ng/mL", {}, "unknown"),
    ("PCT 0.5 ng/mL", {}, "high"),
    ("降钙素原 PCT 0.03 ng/mL", {"age": 5}, "unknown"),  # adult sources only
    ("CK-MB 2.1 ng/mL", {}, "normal"),           # bl-189
    ("CK-MB 4 ng/mL", {}, "unknown"),            # above Roche's women's limit, below the others
    ("CK-MB 12 ng/mL", {}, "high"),
])
def test_inside_every_source_interval(text: str, kw: dict[str, object], flag: str) -> None:
    assert one(text, **kw)["flag"] == flag
