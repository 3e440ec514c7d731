"""Lab sets 62 (a representative month at a general hospital, every format) and 63 (older patients' chronic-disease
follow-up): a blood pH past what a living patient can have is unknown, not critical (Guyton and Hall: about 8.0); a
bracket '(total)' after a name is the word of the test's own name; sourced limits for uric acid in women (Mayo URIC),
urine sediment counts per high-power field (诊断学 第9版), high-sensitivity troponin T (the highest 99th percentile in
Roche's inserts) and RDW-CV (the higher of two sources' upper limits); a ferritin inside both WHO's and Mayo's limits
is normal."""

from __future__ import annotations

import json

import pytest

from tests.lab_report import one

_LOINC = "http://loinc.org"
_UCUM = "http://unitsofmeasure.org"


# l62-175 'pH 9.80 (arterial)' was a false critical high (l14-009 'Blood gas pH 9.85' too).
@pytest.mark.parametrize("text", ["Blood gas pH 8.3", "动脉血 pH 9.1", "ABG pH 8.45 (arterial)", "血气分析 酸碱度 9.20"])
def test_a_ph_no_living_patient_can_have_is_unknown(text: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"]) == ("ph", "unknown")
    assert "living patient" in r["reason"] and "Check the value" in r["reason"]


@pytest.mark.parametrize(("text", "flag"), [
    # Near misses: real critical values on both sides stay critical; the textbook's lower limit (6.8) is not used.
    ("pH 7.80", "critical_high"), ("pH 7.95", "critical_high"), ("pH 8.0", "critical_high"),
    ("pH 6.75", "critical_low"), ("pH 6.50 (arterial)", "critical_low"), ("pH 7.41", "normal"),
])
def test_a_real_ph_keeps_its_flag(text: str, flag: str) -> None:
    assert one(text)["flag"] == flag


# l62-031 '25-OH Vitamin D (total) 8.5 ng/mL' was an unknown test.
@pytest.mark.parametrize(("text", "key", "flag"), [
    ("25-OH Vitamin D (total) 15 ng/mL", "vitamin_d", "low"),
    ("25-hydroxyvitamin D (total) 80 nmol/L", "vitamin_d", "normal"),
    ("Bilirubin (total) 30 umol/L", "tbil", "high"),
    ("Protein (total) 70 g/L", "tp", "normal"),
])
def test_total_in_brackets_is_the_tests_own_word(text: str, key: str, flag: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"]) == (key, flag)


@pytest.mark.parametrize("text", ["25-OH Vitamin D (free) 8.5 ng/mL", "Bilirubin (direct) 10 umol/L"])
def test_another_word_in_brackets_is_not_read_as_total(text: str) -> None:
    # Near misses: free vitamin D and direct bilirubin are other tests.
    r = one(text)
    assert r["key"] not in ("vitamin_d", "tbil")
    assert r["flag"] == "unknown"


# l63-072 '尿酸 UA 400 μmol/L' for a 70-year-old woman: Mayo URIC women from 13 years up to 6.1 mg/dL (362.9 umol/L).
@pytest.mark.parametrize(("text", "age", "sex", "flag"), [
    ("尿酸 380 μmol/L", 70, "F", "high"),
    ("Uric acid 6.5 mg/dL", 45, "F", "high"),
    ("血尿酸 370 umol/L", None, "F", "high"),
    ("尿酸 350 μmol/L", 70, "F", "normal"),
    # Near misses: a man keeps the Chinese guideline's 420.
    ("尿酸 400 μmol/L", 70, "M", "normal"),
    ("尿酸 400 μmol/L", None, None, "unknown"),  # normal for a man, high for a woman: asks for the sex (lab set 70)
    ("尿酸 430 μmol/L", None, None, "high"),
])
def test_uric_acid_by_sex(text: str, age: int | None, sex: str | None, flag: str) -> None:
    r = one(text, age=age, sex=sex)
    assert (r["key"], r["flag"]) == ("uric_acid", flag)


# l62-089 '尿沉渣红细胞 25 /HPF', l62-141 FHIR 5821-4 45 /[HPF]: 诊断学 RBC 0-3, WBC 0-5 per high-power field.
@pytest.mark.parametrize(("text", "key", "flag"), [
    ("尿沉渣红细胞 8 个/HP", "u_rbc_hpf", "high"),
    ("镜检红细胞 2 /HPF", "u_rbc_hpf", "normal"),
    ("尿沉渣 红细胞(镜检) 4 /HP", "u_rbc_hpf", "high"),
    ("尿沉渣白细胞 12 /HPF", "u_wbc_hpf", "high"),
    ("尿白细胞 5 /HPF", "u_wbc_hpf", "normal"),
])
def test_urine_sediment_counts_per_high_power_field(text: str, key: str, flag: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"]) == (key, flag)


def _sediment(code: str, value: float) -> str:
    return json.dumps({"resourceType": "Observation", "status": "final",
                       "code": {"coding": [{"system": _LOINC, "code": code}]},
                       "valueQuantity": {"value": value, "unit": "/[HPF]", "system": _UCUM, "code": "/[HPF]"}})


@pytest.mark.parametrize(("code", "value", "flag"), [
    ("5821-4", 12, "high"), ("5821-4", 3, "normal"), ("13945-1", 6, "high"), ("13945-1", 1, "normal")])
def test_fhir_urine_sediment_counts(code: str, value: float, flag: str) -> None:
    assert one(_sediment(code, value))["flag"] == flag


@pytest.mark.parametrize(("text", "flag"), [
    # Near misses: a count per microlitre is another measurement, flagged only from the printed range.
    ("尿沉渣红细胞 50 /uL 0-17", "high"), ("尿沉渣红细胞 10 /uL 0-17", "normal"), ("尿沉渣红细胞 10 /uL", "unknown"),
])
def test_a_sediment_count_per_microlitre_uses_the_printed_range(text: str, flag: str) -> None:
    r = one(text)
    assert r["flag"] == flag
    assert r.get("range_source") in ("report", None)


# l62-178 'hs-cTnT 38 ng/L': above every 99th percentile in Roche's inserts (14; US 19, women 14, men 22).
@pytest.mark.parametrize(("text", "flag"), [
    ("hs-TnT 45 pg/mL", "high"), ("高敏肌钙蛋白T 0.05 ng/mL", "high"), ("hs-cTnT 23 ng/L", "high"),
    # Near misses: at or below 22 the printed range decides; troponin's critical limit is unchanged.
    ("hs-cTnT 18 ng/L", "unknown"), ("hs-cTnT 18 ng/L (0-14)", "high"), ("hs-cTnT 9 ng/L (0-14)", "normal"),
    ("hs-cTnT 150 ng/L", "critical_high"),
])
def test_high_sensitivity_troponin_t(text: str, flag: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"]) == ("hs_ctnt", flag)


def test_a_childs_hs_troponin_t_keeps_the_printed_range() -> None:
    assert one("hs-cTnT 38 ng/L", age=8)["flag"] == "unknown"


# l63-105 'RDW-CV 17.8 %': above the higher adult upper limit of MSD (14.5 %) and UW Health (14.7 %).
@pytest.mark.parametrize(("text", "flag"), [
    ("RDW-CV 16.0 %", "high"), ("红细胞分布宽度CV 15.5%", "high"), ("RDW-CV 13.2 % (11.5-14.5)", "normal"),
    # Near misses: at or below 14.7 % the printed range decides.
    ("RDW-CV 13.2 %", "unknown"), ("RDW-CV 14.7 %", "unknown"),
])
def test_rdw_cv(text: str, flag: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"]) == ("rdw_cv", flag)


def test_rdw_sd_is_not_rdw_cv() -> None:
    r = one("RDW-SD 48 fL (37-54)")
    assert r["key"] != "rdw_cv" and r["flag"] == "normal"


# l62-084 'Ferritin 85 ng/mL (female)': at or above WHO's 15 and inside Mayo's interval for every group that may apply.
@pytest.mark.parametrize(("text", "age", "sex", "flag"), [
    ("Ferritin 120 ng/mL", 30, "F", "normal"),
    ("铁蛋白 200 ug/L", 60, "F", "normal"),
    ("Ferritin 200 ng/mL", 50, "M", "normal"),
    ("Ferritin 60 ug/L", None, None, "normal"),
    # Near misses: a man's 20 (WHO not deficient, Mayo's men from 31) and a woman of unknown age's 200 (above
    # Mayo's 175 for ages 18-50) stay unknown; below WHO's 15 is low; above Mayo's upper limit high.
    ("Ferritin 20 ng/mL", 40, "M", "unknown"),
    ("Ferritin 200 ng/mL", None, "F", "unknown"),
    ("Ferritin 10 ng/mL", 30, "F", "low"),
    ("Ferritin 500 ng/mL", 40, "M", "high"),
])
def test_ferritin_inside_both_sources_limits_is_normal(text: str, age: int | None, sex: str | None, flag: str) -> None:
    r = one(text, age=age, sex=sex)
    assert (r["key"], r["flag"]) == ("ferritin", flag)


def test_a_very_high_troponin_t_stays_critical() -> None:
    # The new upper limit must not make a myocardial infarction's troponin look implausible (l29-130 4850 ng/L).
    for text in ("hs-cTnT 4850 ng/L ↑ (<14)", "hs-cTnT 25000 ng/L"):
        assert one(text)["flag"] == "critical_high"


# l62-166 'Lipase 1450 U/L': above the highest upper limit among the methods' sources (250 U/L).
@pytest.mark.parametrize(("text", "flag"), [
    ("Lipase 900 U/L", "high"), ("脂肪酶 300 U/L", "high"), ("Lipase 120 U/L (13-60)", "high"),
    # Near misses: at or below 250 U/L only the printed range decides.
    ("Lipase 120 U/L", "unknown"), ("Lipase 40 U/L (13-60)", "normal"),
])
def test_lipase_above_every_methods_upper_limit(text: str, flag: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"]) == ("lipase", flag)


# l62-079 FHIR 13969-1 CK-MB 28 ng/mL: above the highest CK-MB mass upper limit among the sources (9.9 ng/mL).
@pytest.mark.parametrize(("text", "flag"), [
    ("CK-MB 28 ng/mL", "high"), ("肌酸激酶同工酶 15 ng/mL", "high"), ("CK-MB 6 ng/mL (0-5)", "high"),
    # Near misses: at or below 9.9 ng/mL the printed range decides; an activity in U/L keeps its printed range only.
    ("CK-MB 6 ng/mL", "unknown"), ("CK-MB 40 U/L", "unknown"), ("CKMB 25 U/L (0-24)", "high"),
])
def test_ck_mb_mass_above_every_sources_upper_limit(text: str, flag: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"]) == ("ckmb", flag)
