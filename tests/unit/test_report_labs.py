"""Lab engine: parsing each format, unit conversion, flags, critical values, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from carebridge.tools.labs.engine import interpret_report
from carebridge.tools.labs.knowledge import LabKnowledge, load_lab_knowledge
from carebridge.tools.labs.parse import ReportInputError
from carebridge.tools.labs.units import accepted_unit, clean_unit, to_canonical
from tests.lab_report import one

KB = load_lab_knowledge()


# ---------------------------------------------------------------- knowledge
def test_knowledge_covers_at_least_80_analytes_each_with_sourced_facts() -> None:
    assert len(KB.analytes) >= 80
    groups = {a.group for a in KB.analytes}
    assert {"cbc", "electrolytes", "kidney", "liver", "lipids", "glucose", "thyroid", "coagulation", "cardiac",
            "urine"} <= groups
    for a in KB.analytes:
        assert a.zh and a.en and a.about.zh and a.about.en
        for r in a.ranges:
            assert r.source in KB.sources
        if a.critical:
            assert a.critical.source in KB.sources


def test_loader_rejects_unknown_source_and_critical_inside_range() -> None:
    data = KB.model_dump()
    bad = json.loads(json.dumps(data))
    bad["analytes"][0]["ranges"][0]["source"] = "no-such-source"
    with pytest.raises(ValueError, match="unknown source"):
        LabKnowledge.model_validate(bad)
    bad = json.loads(json.dumps(data))
    k = next(i for i, a in enumerate(bad["analytes"]) if a["key"] == "potassium")
    bad["analytes"][k]["critical"]["high"] = 5.0  # inside 3.5-5.3
    with pytest.raises(ValueError, match="critical high"):
        LabKnowledge.model_validate(bad)
    bad = json.loads(json.dumps(data))
    bad["analytes"][k]["ranges"][0]["low"] = 9.0  # low above high
    with pytest.raises(ValueError, match="below high"):
        LabKnowledge.model_validate(bad)


# ---------------------------------------------------------------- units
@pytest.mark.parametrize(("key", "value", "unit", "expected"), [
    ("glucose", 100, "mg/dL", 5.55),       # 100 / 180.16 * 10
    ("glucose", 5.55, "mmol/L", 5.55),
    ("tc", 200, "mg/dL", 5.17),            # cholesterol 386.65 g/mol
    ("hgb", 7.2, "g/dL", 72.0),
    ("hgb", 120, "g/L", 120.0),
    ("creatinine", 1.0, "mg/dL", 88.4),    # 113.12 g/mol
    ("creatinine", 0.09, "mmol/L", 90.0),
    ("wbc", 12000, "/uL", 12.0),
    ("wbc", 12, "K/uL", 12.0),
    ("calcium", 10, "mg/dL", 2.50),
    ("calcium", 5, "mEq/L", 2.5),          # divalent
    ("potassium", 5, "mEq/L", 5.0),
    ("hct", 0.42, "L/L", 42.0),
    ("alt", 1, "ukat/L", 60.0),
    ("hba1c", 48, "mmol/mol", 6.54),       # IFCC -> NGSP master equation
])
def test_conversion_to_canonical_unit(key: str, value: float, unit: str, expected: float) -> None:
    analyte = KB.by_key(key)
    accepted = accepted_unit(clean_unit(unit), analyte)
    assert accepted is not None
    assert to_canonical(value, accepted, analyte) == pytest.approx(expected, rel=2e-3)


@pytest.mark.parametrize(("raw", "clean"), [
    ("μmol/L", "umol/L"), ("µmol/L", "umol/L"), ("×10⁹/L", "10^9/L"), ("10*9/L", "10^9/L"), ("x10^12/L", "10^12/L"),
    ("MMOL/L", "mmol/L"), ("g/dl", "g/dL"), ("秒", "s"), ("mIU/L", "mIU/L"),
])
def test_unit_spellings(raw: str, clean: str) -> None:
    assert clean_unit(raw) == clean


def test_same_value_in_different_units_gets_the_same_flag() -> None:
    pairs = [("血糖 7.8 mmol/L", "glucose 140 mg/dL"), ("Hb 7.2 g/dL", "血红蛋白 72 g/L"),
             ("肌酐 150 umol/L", "creatinine 1.7 mg/dL"), ("总胆固醇 6.5 mmol/L", "cholesterol 251 mg/dL")]
    for a, b in pairs:
        assert one(a, sex="M", age=50)["flag"] == one(b, sex="M", age=50)["flag"] != "unknown"


# ---------------------------------------------------------------- text parsing
@pytest.mark.parametrize(("text", "key", "value", "unit"), [
    ("血钾 6.9 mmol/L", "potassium", 6.9, "mmol/L"),
    ("Hb 7.2 g/dL", "hgb", 7.2, "g/dL"),
    ("肌酐 80 umol/L", "creatinine", 80, "umol/L"),
    ("K: 4.1", "potassium", 4.1, "mmol/L"),
    ("T3 1.5 nmol/L", "tt3", 1.5, "nmol/L"),
    ("HbA1c 7.2%", "hba1c", 7.2, "%"),
    ("WBC 12.5 ×10^9/L 3.5-9.5 ↑", "wbc", 12.5, "10^9/L"),
    ("白细胞计数 WBC\t3.2\t10^9/L\t3.5-9.5\tL", "wbc", 3.2, "10^9/L"),
    ("血钾6.9mmol/L", "potassium", 6.9, "mmol/L"),
    ("NT-proBNP 300 pg/mL", "ntprobnp", 300, "pg/mL"),
    ("帮我看看化验单：血钾 3.0 mmol/L", "potassium", 3.0, "mmol/L"),
    ("谷丙转氨酶 60 U/L", "alt", 60, "U/L"),
    ("血糖 7.8↑ mmol/L", "glucose", 7.8, "mmol/L"),
    ("Glucose (mg/dL): 100", "glucose", 100, "mg/dL"),
    ("TSH 7 m[IU]/L", "tsh", 7, "mIU/L"),
    ("platelets 25,000 /uL", "plt", 25000, "/uL"),
])
def test_text_lines_as_patients_type_them(text: str, key: str, value: float, unit: str) -> None:
    r = one(text)
    assert (r["key"], r["value"], r["unit"]) == (key, value, unit)


def test_several_results_on_one_line_and_header_lines_kept_as_skipped() -> None:
    out = interpret_report("姓名：张三 性别：女 年龄：45岁\n血钾 6.9 mmol/L，血钠 140 mmol/L；ALT 45 U/L")
    assert [r["key"] for r in out["results"]] == ["potassium", "sodium", "alt"]
    assert out["patient"]["sex"] == "F" and out["patient"]["age"] == 45
    assert any("姓名" in s for s in out["skipped"])
    assert out["results"][2]["flag"] == "high"  # ALT 45 > 40 for women (WS/T 404.1)


# ---------------------------------------------------------------- flags
def test_every_critical_limit_in_the_knowledge_flags_critical() -> None:
    checked = 0
    for a in KB.analytes:
        if a.critical is None or a.qualitative is not None:
            continue
        unit = a.unit
        if a.critical.high is not None:
            assert one(f"{a.en} {a.critical.high * 1.05:.4g} {unit}")["flag"] == "critical_high", a.key
            assert one(f"{a.en} {a.critical.high:.6g} {unit}")["flag"] == "critical_high", a.key  # the limit itself
            checked += 1
        if a.critical.low is not None:
            assert one(f"{a.en} {a.critical.low * 0.95:.4g} {unit}")["flag"] == "critical_low", a.key
            checked += 1
    assert checked >= 25


def test_interpretation_codes_follow_fhir() -> None:
    codes = {one(t, sex="M", age=40)["interpretation"] for t in
             ("K 4.0 mmol/L", "K 3.2 mmol/L", "K 5.8 mmol/L", "K 2.5 mmol/L", "K 7.0 mmol/L")}
    assert codes == {"N", "L", "H", "LL", "HH"}


def test_sex_specific_ranges_and_unknown_sex_uses_the_union() -> None:
    # Hb 125 g/L: low for a man (130-175), normal for a woman (115-150); unknown sex: asks for it (lab set 70).
    assert one("Hb 125 g/L", sex="M")["flag"] == "low"
    assert one("Hb 125 g/L", sex="F")["flag"] == "normal"
    assert one("Hb 125 g/L")["flag"] == "unknown"
    # Hb 140 g/L is normal for both: the union 115-175, said so.
    unknown_sex = one("Hb 140 g/L")
    assert unknown_sex["flag"] == "normal" and "sex" in " ".join(unknown_sex["notes"])
    # Creatinine 100 umol/L: high for a 40-year-old man (57-97), normal at 65 (57-111).
    assert one("肌酐 100 umol/L", sex="M", age=40)["flag"] == "high"
    assert one("肌酐 100 umol/L", sex="M", age=65)["flag"] == "normal"


def test_report_carried_range_is_used_and_said_so() -> None:
    r = one("Glucose 6.5 mmol/L (3.0-7.7)")
    assert r["flag"] == "normal" and r["range_source"] == "report"  # sourced 3.9-6.1 would say high
    assert one("Glucose 6.5 mmol/L")["flag"] == "high"


def test_critical_limit_applies_even_inside_a_report_range() -> None:
    assert one("K 6.5 mmol/L 3.5-7.0")["flag"] == "critical_high"


def test_report_marked_critical_raises_but_never_lowers() -> None:
    fhir = _obs("751-8", 0.9, "10*9/L", low=2.0, high=7.5, interp="LL")
    assert interpret_report(json.dumps(fhir))["results"][0]["flag"] == "critical_low"
    fhir = _obs("2823-3", 7.0, "mmol/L", interp="N")
    assert interpret_report(json.dumps(fhir))["results"][0]["flag"] == "critical_high"


def test_qualitative_urine_results() -> None:
    assert one("尿蛋白 阳性(+)")["flag"] == "high"
    assert one("尿糖 阴性")["flag"] == "normal"
    assert one("Nitrite negative")["flag"] == "normal"
    assert one("PRO 2+")["flag"] == "high"
    assert one("尿胆原 弱阳性")["flag"] == "normal"


def test_child_gets_no_adult_range_but_critical_still_applies() -> None:
    r = one("AST 60 U/L", age=8)  # ALT has a sourced children's interval since lab set 67 (Mayo, from 1 year)
    assert r["flag"] == "unknown" and "adult" in r["reason"]
    r = one("ALT 60 U/L", age=0.5)  # Mayo's ALT interval is not established under 12 months
    assert r["flag"] == "unknown" and "adult" in r["reason"]
    assert one("血钾 7.0 mmol/L", age=8)["flag"] == "critical_high"


# ---------------------------------------------------------------- bad input
def test_bad_lines_get_unknown_with_a_reason_and_the_rest_still_interpreted() -> None:
    out = interpret_report("血糖 1.2 g/L\n血钾 -1 mmol/L\nFoo 3 mg/dL\n血钾 4.0 mmol/L\nHCT 150 %\nGlucose 5 mmol\n"
                           "血糖 100")
    flags = [(r["as_written"], r["flag"], r.get("reason", "")) for r in out["results"]]
    assert flags[0][1] == "unknown" and "does not fit" in flags[0][2]
    assert flags[1][1] == "unknown" and "negative" in flags[1][2]
    assert flags[2][1] == "unknown" and "unknown analyte" in flags[2][2]
    assert flags[3][1] == "normal"
    assert flags[4][1] == "unknown" and "100" in flags[4][2]
    assert flags[5][1] == "unknown"
    assert flags[6][1] == "unknown" and "no unit" in flags[6][2]


def test_malformed_json_and_wrong_resource_are_clear_errors() -> None:
    with pytest.raises(ReportInputError) as err:
        interpret_report('{"resourceType": "Observation", "status": ')
    assert err.value.code == "bad_json" and "line" in str(err.value)
    with pytest.raises(ReportInputError) as err:
        interpret_report(json.dumps({"resourceType": "Patient", "id": "x"}))
    assert err.value.code == "wrong_resource" and "Observation" in str(err.value)
    with pytest.raises(ReportInputError) as err:
        interpret_report("   ")
    assert err.value.code == "empty_report"


def test_invalid_observation_in_a_bundle_is_one_unknown_row() -> None:
    good = _obs("2823-3", 4.0, "mmol/L")
    bad = _obs("2951-2", 140, "mmol/L")
    del bad["status"]  # required in R4
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": good}, {"resource": bad}]}
    rows = interpret_report(json.dumps(bundle))["results"]
    assert [r["flag"] for r in rows] == ["normal", "unknown"]
    assert "invalid FHIR Observation" in rows[1]["reason"]


# ---------------------------------------------------------------- FHIR and CSV
def _obs(code: str, value: float, unit: str, low: float | None = None, high: float | None = None,
         interp: str | None = None, oid: str = "o1") -> dict:
    obs = {"resourceType": "Observation", "id": oid, "status": "final",
           "code": {"coding": [{"system": "http://loinc.org", "code": code}]},
           "valueQuantity": {"value": value, "unit": unit, "system": "http://unitsofmeasure.org", "code": unit}}
    if low is not None or high is not None:
        obs["referenceRange"] = [{k: {"value": v, "unit": unit} for k, v in (("low", low), ("high", high)) if v is not None}]
    if interp:
        obs["interpretation"] = [{"coding": [{"code": interp}]}]
    return obs


def test_diagnostic_report_with_contained_results_and_patient_sex() -> None:
    report = {"resourceType": "DiagnosticReport", "id": "r", "status": "final", "code": {"text": "CBC"},
              "contained": [_obs("718-7", 12.5, "g/dL", oid="hb"), _obs("777-3", 20, "10*9/L", oid="plt")],
              "result": [{"reference": "#hb"}, {"reference": "#plt"}]}
    out = interpret_report(json.dumps(report), sex="M")
    assert [(r["key"], r["flag"]) for r in out["results"]] == [("hgb", "low"), ("plt", "critical_low")]
    assert out["critical"] is True and out["results"][0]["converted"] == {"value": 125.0, "unit": "g/L"}


def test_bundle_resolves_references_reads_patient_and_skips_panels() -> None:
    panel = {"resourceType": "Observation", "id": "p", "status": "final", "code": {"text": "panel"},
             "hasMember": [{"reference": "Observation/a"}]}
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": {"resourceType": "Patient", "id": "pt", "gender": "female"}},
        {"resource": {"resourceType": "DiagnosticReport", "id": "d", "status": "final", "code": {"text": "x"},
                      "result": [{"reference": "Observation/a"}, {"reference": "Observation/missing"}]}},
        {"fullUrl": "https://x/Observation/a", "resource": _obs("718-7", 125, "g/L", oid="a")},
        {"resource": panel}]}
    out = interpret_report(json.dumps(bundle))
    assert out["patient"]["sex"] == "F"
    assert [(r["key"], r["flag"]) for r in out["results"]][0] == ("hgb", "normal")  # 115-150 for women
    assert any("missing" in (r.get("reason") or "") for r in out["results"])


def test_value_string_with_unit_and_ucum_bracket_units() -> None:
    obs = _obs("2345-7", 0, "mg/dL")
    del obs["valueQuantity"]
    obs["valueString"] = "6.9 mmol/L"
    r = interpret_report(json.dumps(obs))["results"][0]
    assert (r["value"], r["unit"], r["flag"]) == (6.9, "mmol/L", "high")
    r = interpret_report(json.dumps(_obs("3016-3", 0.01, "u[IU]/mL")))["results"][0]
    assert (r["key"], r["flag"]) == ("tsh", "low")


def test_official_style_glucose_observation_f001() -> None:
    # HL7 FHIR R4 example observation-example-f001-glucose: 6.3 mmol/L, report range 3.1-6.2, interpretation H.
    obs = _obs("15074-8", 6.3, "mmol/l", low=3.1, high=6.2, interp="H")
    r = interpret_report(json.dumps(obs))["results"][0]
    assert (r["key"], r["flag"], r["interpretation"], r["range_source"]) == ("glucose", "high", "H", "report")


def test_csv_with_header_and_ranges() -> None:
    text = "analyte,value,unit,reference range\nSodium,131,mmol/L,137-147\nGlucose,54,mg/dL,\nTSH,0.02,mIU/L,\n"
    out = interpret_report(text, filename="r.csv")
    assert out["format"] == "csv"
    assert [(r["key"], r["flag"]) for r in out["results"]] == [("sodium", "low"), ("glucose", "low"), ("tsh", "low")]


def test_explanation_is_bilingual_cited_and_labelled_for_abnormal_only() -> None:
    out = interpret_report("血钾 6.9 mmol/L\n血钠 140 mmol/L")
    exp = out["explanation"]
    assert len(exp["items"]) == 1 and exp["ai_generated"] and not exp["diagnosis"]
    item = exp["items"][0]
    assert "钾" in item["zh"] and "Potassium" in item["en"] and "[1]" in item["en"]
    ids = [s["id"] for s in exp["sources"]]
    assert "wst-404.3-2012" in ids and "kost-jama-1990" in ids
    assert "立即联系" in item["zh"] and "contact your care team" in item["en"]
    assert out["critical"] and out["lang"] == "zh"


def test_text_range_by_sex_and_age_group_picks_the_patients_group() -> None:
    text = "18-64 y Male: 4.6 - 5.4 x 10^12/L ; 18-64 y Female: 4.0 - 4.8 x 10^12/L ; 65-74 y Male: 4.3 - 5.3 x 10^12/L"
    obs = _obs("789-8", 4.5, "10*12/L")
    obs["referenceRange"] = [{"text": text}]
    assert interpret_report(json.dumps(obs), sex="M", age=40)["results"][0]["flag"] == "low"   # 4.6-5.4
    assert interpret_report(json.dumps(obs), sex="M", age=70)["results"][0]["flag"] == "normal"  # 4.3-5.3
    assert interpret_report(json.dumps(obs), sex="F", age=40)["results"][0]["flag"] == "normal"  # 4.0-4.8
    assert interpret_report(json.dumps(obs))["results"][0]["flag"] == "normal"  # union 4.0-5.4


def test_report_low_high_mark_raises_a_normal_flag_but_never_lowers() -> None:
    obs = _obs("789-8", 4.12, "10*12/L", interp="L")
    r = interpret_report(json.dumps(obs))["results"][0]  # unknown sex: union 3.8-5.8 would say normal
    assert r["flag"] == "low" and any("marks this value low" in n for n in r["notes"])
    obs = _obs("2823-3", 5.8, "mmol/L", interp="N")
    assert interpret_report(json.dumps(obs))["results"][0]["flag"] == "high"


def test_local_code_resolved_by_display_name_and_hl7_interpretation_preferred() -> None:
    obs = {"resourceType": "Observation", "id": "f204", "status": "final",
           "code": {"coding": [{"system": "https://intranet.aumc.nl/labtestcodes", "code": "20005",
                                "display": "Creatinine(Serum)"}]},
           "valueQuantity": {"value": 122, "unit": "umol/L", "system": "http://snomed.info/sct", "code": "258814008"},
           "interpretation": [{"coding": [{"system": "http://snomed.info/sct", "code": "166717003"},
                                          {"system": "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation",
                                           "code": "H"}]}],
           "referenceRange": [{"low": {"value": 64}, "high": {"value": 104}}]}
    r = interpret_report(json.dumps(obs))["results"][0]
    assert (r["key"], r["flag"], r["range_source"], r["lab_flag"]) == ("creatinine", "high", "report", "H")


def test_nothing_crashes_on_junk_text_or_broken_fhir() -> None:
    import random
    import string

    rng = random.Random(7)
    alphabet = string.printable + "血钾钠糖肌酐↑↓×⁹μµ（）：，；%/^*<>≤≥±+-阴阳性"
    base = json.dumps(_obs("2823-3", 4.0, "mmol/L", low=3.5, high=5.3))
    samples = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 60))) for _ in range(400)]
    samples += [base[:i] for i in range(0, len(base), 5)]
    samples += ['[1, 2]', '{"resourceType": "Bundle", "entry": [null, 1, "x", {"resource": []}]}',
                '{"resourceType": "Bundle", "entry": "x"}',
                '{"resourceType": "DiagnosticReport", "status": "final", "code": {"text": "x"}, "result": [5, null, {"reference": 3}]}',
                '{"resourceType": "Observation", "status": "final", "code": {"coding": "x"}, "valueQuantity": 5}',
                '{"resourceType": "Observation", "status": "final", "code": {}, "valueQuantity": {"value": "abc"}}',
                "K 1e309 mmol/L", "K nan mmol/L", "钾 0 mmol/L"]
    for text in samples:
        try:
            out = interpret_report(text)
        except ReportInputError:
            continue
        json.dumps(out)  # always serialisable
        assert all(r["flag"] in ("normal", "low", "high", "critical_low", "critical_high", "unknown") for r in out["results"])
        assert all(r.get("reason") for r in out["results"] if r["flag"] == "unknown")


def test_education_files_are_the_generator_output_with_front_matter() -> None:
    import yaml

    from carebridge.tools.labs.education import education_markdown

    folder = Path(__file__).resolve().parents[2] / "knowledge" / "education" / "labs"
    expected = education_markdown(KB)
    assert sorted(p.name for p in folder.glob("*.md")) == sorted(expected), "regenerate knowledge/education/labs"
    for name, text in expected.items():
        assert (folder / name).read_text(encoding="utf-8") == text, f"{name} is stale: regenerate it"
        front = yaml.safe_load(text.split("---")[1])
        assert set(front) == {"title", "lang", "source"} and front["source"] in KB.sources


def test_method_specific_test_without_a_range_uses_only_the_reports_mark() -> None:
    # Below troponin T's sourced critical limit (0.10 ng/mL), where only the range can say more.
    assert one("Troponin T 0.05 ng/mL")["flag"] == "unknown"
    marked = one("Troponin T 0.05 ng/mL H")
    assert marked["flag"] == "high" and any("own mark" in n for n in marked["notes"])
    assert one("hs-cTnT 80 ng/L <14")["flag"] == "high"  # the report's 99th-percentile limit


def test_shared_names_pick_percent_or_count_by_unit_and_sentences_are_read() -> None:
    out = interpret_report("WBC 15.6×10^9/L, N 85%, Hb 98 g/L, PLT 56×10^9/L", sex="M")
    assert [(r["key"], r["flag"]) for r in out["results"]] == [
        ("wbc", "high"), ("neut_pct", "high"), ("hgb", "low"), ("plt", "low")]
    assert one("中性粒细胞 5.2 ×10^9/L")["key"] == "neut_abs"
    assert one("中性粒细胞 85 %")["key"] == "neut_pct"
    assert one("my blood sugar is 11.2 mmol/L")["key"] == "glucose"
    assert one("My potassium was 6.9")["flag"] == "critical_high"
    assert one("尿钾 30 mmol/L")["flag"] == "unknown"  # urine potassium is not serum potassium
