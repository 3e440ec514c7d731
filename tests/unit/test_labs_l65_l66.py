"""Lab sets 65 (adult inpatient and emergency results) and 66 (health-check and GP screening reports): a blood specimen
word inside a name, the word 'total' after a name, hs-cTnT under every Roche 99th percentile, an adult ammonia above the
highest sourced upper limit, and a creatinine below what the assay reports."""

from __future__ import annotations

import pytest

from tests.lab_report import one


# l65-011: '急诊静脉血糖 28 mg/dL' was an unknown test (a missed critical): 静脉 between the setting (急诊) and the test.
@pytest.mark.parametrize(("text", "key", "flag"), [
    ("急诊静脉血糖 2.0 mmol/L", "glucose", "critical_low"), ("急诊静脉葡萄糖 30 mmol/L", "glucose", "critical_high"),
    ("空腹静脉血糖 7.2 mmol/L", "glucose", "high"), ("随机静脉血糖 9.0 mmol/L", "glucose_random", "normal"),
    ("random venous glucose 9.0 mmol/L", "glucose_random", "normal"), ("急诊动脉血乳酸 5.0 mmol/L", "lactate", "critical_high"),
    ("急诊静脉血钾 2.4 mmol/L", "potassium", "critical_low"),
])
def test_a_blood_specimen_word_inside_a_name_is_the_sample_not_the_test(text: str, key: str, flag: str) -> None:
    r = one(text, age=50, sex="M")
    assert (r["key"], r["flag"]) == (key, flag)


@pytest.mark.parametrize(("text", "key"), [
    ("静脉血糖 28 mg/dL", "glucose"), ("venous lactate 5 mmol/L", "lactate"), ("指尖血糖 1.5 mmol/L", "glucose_random"),
    ("capillary blood glucose 9 mmol/L", "glucose_random"),
])
def test_names_that_begin_with_the_specimen_read_as_before(text: str, key: str) -> None:
    # Near misses: the specimen word first, and the capillary words that make the random glucose test, are unchanged.
    assert one(text, age=50, sex="M")["key"] == key


def test_a_urine_test_is_not_reached_by_dropping_a_blood_specimen_word() -> None:
    assert one("急诊静脉尿蛋白 1.2 g/L", age=50)["key"] is None


# l65-016: '25-OH Vitamin D total: 9 ng/mL' was unknown; set 62's '(total)' was read, the bare word after the name not.
@pytest.mark.parametrize(("text", "key", "flag"), [
    ("25-OH Vitamin D total 9 ng/mL", "vitamin_d", "low"), ("25(OH)D total 60 nmol/L", "vitamin_d", "normal"),
    ("Vitamin D total: 150 ng/mL", "vitamin_d", "high"), ("Bilirubin total 30 umol/L", "tbil", "high"),
])
def test_the_word_total_after_a_name(text: str, key: str, flag: str) -> None:
    r = one(text, age=50, sex="M")
    assert (r["key"], r["flag"]) == (key, flag)


def test_total_after_an_unknown_name_stays_unknown() -> None:
    r = one("Zork total 9 ng/mL")
    assert r["key"] is None and r["flag"] == "unknown"


# l65-053 (and l58-131): hs-cTnT at or below 14 ng/L, the lowest 99th percentile in Roche's inserts, is normal.
@pytest.mark.parametrize(("text", "flag"), [
    ("hs-TnT 3 ng/L", "normal"), ("高敏肌钙蛋白T 14 ng/L", "normal"), ("hs-cTnT 0.010 ng/mL", "normal"),
    ("hs-cTnT 18 ng/L", "unknown"), ("hs-cTnT 40 ng/L", "high"),
])
def test_hs_ctnt_below_every_99th_percentile_is_normal(text: str, flag: str) -> None:
    assert one(text, age=60, sex="F")["flag"] == flag


# l65-188: ammonia above Roche's highest adult upper limit (men 16-60 umol/L) is high; at or below it only the printed
# range decides, and the critical limit is unchanged.
@pytest.mark.parametrize(("text", "flag"), [
    ("Ammonia 75 umol/L", "high"), ("血氨 45 umol/L", "unknown"), ("NH3 45 umol/L (11-32)", "high"),
    ("血氨 230 umol/L", "critical_high"),
])
def test_adult_ammonia_above_the_highest_sourced_limit(text: str, flag: str) -> None:
    assert one(text, age=50, sex="F")["flag"] == flag


def test_a_childs_ammonia_keeps_no_sourced_range() -> None:
    assert one("Ammonia 75 umol/L", age=0.01)["flag"] == "unknown"


# l66-058: 'Creatinine 0 µmol/L' was flagged low; below the assay's lowest reportable value it is a slip.
@pytest.mark.parametrize("text", ["肌酐 0 umol/L", "Creatinine 0.0 mg/dL", "Cr 3 umol/L"])
def test_creatinine_below_what_the_assay_reports_is_unknown(text: str) -> None:
    r = one(text, age=50, sex="M")
    assert r["key"] == "creatinine" and r["flag"] == "unknown"


@pytest.mark.parametrize(("text", "flag"), [("Creatinine 30 umol/L", "low"), ("Creatinine 0.1 mg/dL", "low"),
                                            ("Creatinine 88 umol/L", "normal")])
def test_low_creatinine_above_the_reportable_minimum_is_flagged_as_before(text: str, flag: str) -> None:
    assert one(text, age=50, sex="M")["flag"] == flag


# l65-009: a FHIR base excess (LOINC 1925-7) -9 mmol/L was an unknown code; a negative base excess is a reading.
@pytest.mark.parametrize(("text", "flag"), [
    ("碱剩余 -9 mmol/L", "low"), ("Base excess +1.5 mmol/L", "normal"), ("SBE 5.2 mEq/L", "high"),
    ("BE(B) -8.5 mmol/L (-3~+3)", "low"),
])
def test_base_excess(text: str, flag: str) -> None:
    r = one(text, age=50)
    assert (r["key"], r["flag"]) == ("base_excess", flag)


def test_a_negative_value_of_another_test_stays_impossible() -> None:
    # Near miss: only base excess is signed.
    r = one("K -4.0 mmol/L", age=50)
    assert r["key"] == "potassium" and r["flag"] == "unknown"


def test_a_fhir_base_excess_by_its_loinc_code() -> None:
    obs = ('{"resourceType": "Observation", "status": "final", "code": {"coding": [{"system": "http://loinc.org", '
           '"code": "11555-0", "display": "Base excess in Blood by calculation"}]}, '
           '"valueQuantity": {"value": 4.5, "unit": "mmol/L", "system": "http://unitsofmeasure.org", "code": "mmol/L"}}')
    r = one(obs)
    assert (r["key"], r["flag"]) == ("base_excess", "high")


# l66-004: hs-CRP is read against the AHA/CDC higher-risk cut-off (>3.0 mg/L), CRP against the inflammation one (<10).
@pytest.mark.parametrize(("text", "key", "flag"), [
    ("超敏C反应蛋白 5.1 mg/L", "hs_crp", "high"), ("hsCRP 0.8 mg/L", "hs_crp", "normal"), ("hs-CRP 3.0 mg/L", "hs_crp", "normal"),
    ("CRP 8.5 mg/L", "crp", "normal"), ("C反应蛋白 12 mg/L", "crp", "high"),
])
def test_hs_crp_is_its_own_test(text: str, key: str, flag: str) -> None:
    r = one(text, age=50, sex="M")
    assert (r["key"], r["flag"]) == (key, flag)


# Code health: one helper sets the patient's age from (number, unit) for the lead, the bracket and the day of life.
@pytest.mark.parametrize(("n", "unit", "age_days", "minor", "newborn"), [
    (6, "h", 0.25, True, True), (28, "day", 28, True, True), (4, "周", 28, True, True), (5, "weeks", 35, True, False),
    (3, "个月", 91.3125, True, False), (17, "岁", 17 * 365.25, True, False), (18, "years", 18 * 365.25, False, False),
])
def test_one_helper_sets_the_patients_age(n: float, unit: str, age_days: float, minor: bool, newborn: bool) -> None:
    from carebridge.tools.labs.parse import ParsedReport, set_patient_age

    report = ParsedReport(rows=[], format="text")
    set_patient_age(report, n, unit)
    assert report.age is not None and report.age * 365.25 == pytest.approx(age_days)
    assert (report.minor, report.newborn) == (minor, newborn)


# l66-134, l66-167 (and l52-109, l56-025, l58-140, l64-053): a trace urine protein or blood is unknown, the sources
# disagree on it; 1+ and more stay high (the standing decision), a negative stays normal, other dipstick tests unchanged.
@pytest.mark.parametrize(("text", "key", "flag"), [
    ("尿蛋白 PRO ±", "u_protein", "unknown"), ("Urine protein trace", "u_protein", "unknown"), ("尿隐血 BLD 微量", "u_blood", "unknown"),
    ("尿隐血 BLD 1+", "u_blood", "high"), ("尿蛋白 2+", "u_protein", "high"), ("尿潜血 阴性", "u_blood", "normal"),
    ("尿糖 ±", "u_glucose", "high"),
])
def test_a_trace_urine_protein_or_blood_is_unknown(text: str, key: str, flag: str) -> None:
    r = one(text, age=40)
    assert (r["key"], r["flag"]) == (key, flag)
