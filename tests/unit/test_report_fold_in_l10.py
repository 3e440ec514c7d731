"""Lab blind set 10 fold-in (the set is now tuned, not blind): each fix at its cause, with the other ways it is written."""

from __future__ import annotations

import pytest

from carebridge.tools.labs.engine import interpret_report
from tests.lab_report import one


# ---------------------------------------------------------------- ionised calcium by the abbreviation of calcium
@pytest.mark.parametrize(("line", "flag"), [
    ("Ionized Ca  0.62 mmol/L  [1.15-1.33]", "critical_low"),   # before: an unknown analyte, low against its range
    ("Ionised Ca 0.70 mmol/L", "critical_low"),
    ("Calcium, ionized 0.70 mmol/L", "critical_low"),
    ("Ca, ionized 1.20 mmol/L (1.15-1.33)", "normal"),
    ("钙离子 0.70 mmol/L", "critical_low"),
])
def test_ionised_calcium_written_with_ca_is_the_ionised_calcium_test(line: str, flag: str) -> None:
    r = one(line)
    assert (r["key"], r["flag"]) == ("ionized_calcium", flag)


def test_total_calcium_is_still_total_calcium() -> None:
    assert one("Ca 2.3 mmol/L")["key"] != "ionized_calcium"


# ---------------------------------------------------------------- seconds written in Chinese
@pytest.mark.parametrize(("line", "flag"), [
    ("凝血酶原时间(PT) 68.5 秒 ↑ 9.4-12.5", "critical_high"),    # before: unit 'PT' does not fit
    ("凝血酶原时间(PT) 12.0 秒 9.4-12.5", "normal"),
    ("活化部分凝血活酶时间(APTT) 35 秒 25-37", "normal"),
    ("PT 68.5 s", "critical_high"),
    ("PT 68.5 sec", "critical_high"),
    ("PT 68.5 seconds", "critical_high"),
])
def test_a_clotting_time_in_seconds_is_read_in_every_spelling_of_the_unit(line: str, flag: str) -> None:
    r = one(line)
    assert r["unit"] == "s" and r["flag"] == flag


# ---------------------------------------------------------------- a body measurement with a printed range
@pytest.mark.parametrize("line", ["体重指数(BMI) 31.2 kg/m2 ↑ 18.5-23.9", "BMI 31.2 kg/m2 (18.5-24.9)", "体重 92 kg 50-70"])
def test_a_body_measurement_is_not_flagged_from_a_printed_range(line: str) -> None:
    r = one(line)
    assert r["flag"] == "unknown" and "not a lab test" in r["reason"] and r["reference_range"] is None


# ---------------------------------------------------------------- medicine levels with a published critical limit
@pytest.mark.parametrize(("line", "key", "flag"), [
    ("Lithium level 3.6 mmol/L (therapeutic 0.6-1.2)", "lithium", "critical_high"),  # before: unknown analyte, high
    ("血锂 1.8 mmol/L", "lithium", "critical_high"),
    ("Lithium 1.51 mEq/L", "lithium", "critical_high"),          # Houston Methodist: 1.51 or more
    ("Lithium 0.9 mmol/L (0.6-1.2)", "lithium", "normal"),
    ("Lithium 1.4 mmol/L (0.6-1.2)", "lithium", "high"),
    ("Digoxin 5.4 ng/mL (0.8-2.0)", "digoxin", "critical_high"),  # before: unknown analyte, high
    ("地高辛 3.0 ng/mL", "digoxin", "critical_high"),
    ("Digoxin 1.2 ng/mL (0.8-2.0)", "digoxin", "normal"),
])
def test_lithium_and_digoxin_are_known_with_their_published_critical_limit(line: str, key: str, flag: str) -> None:
    r = one(line)
    assert (r["key"], r["flag"]) == (key, flag)


@pytest.mark.parametrize("line", ["Digoxin 1.0 ng/mL"])  # lithium has Mayo's therapeutic range since lab set 32
def test_a_medicine_level_without_a_printed_range_below_the_critical_limit_is_not_judged(line: str) -> None:
    # the therapeutic range depends on the indication and the time since the dose: no sourced range
    assert one(line)["flag"] == "unknown"


# ---------------------------------------------------------------- English sentences: the test nearest before the number
@pytest.mark.parametrize(("text", "key", "flag"), [
    ("A 74-year-old man taking warfarin presented with haematuria; his INR was 11.2.", "inr", "critical_high"),
    ("Serum creatinine on day 3 had risen to 14.6 mg/dL.", "creatinine", "critical_high"),  # 'day 3' says when
    ("Potassium on post-op day 2 had fallen to 2.4 mmol/L", "potassium", "critical_low"),
    ("I'm 34F, my iron panel says serum iron 22 ug/dL, is that why I'm so tired?", "iron", "low"),
    ("我男的50岁，献血前查出血红蛋白 188 g/L，说偏高不能献，有问题吗", "hgb", "high"),  # 查出: context, as 体检
    ("术后第3天血钾 2.9", "potassium", "low"),
])
def test_sentences_read_the_test_nearest_before_the_number(text: str, key: str, flag: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"]) == (key, flag), r


@pytest.mark.parametrize(("text", "unit"), [("his INR was 11.2.", None), ("a serum ferritin of 1,450 ng/mL.", "ng/mL")])
def test_the_full_stop_ending_a_sentence_is_not_part_of_the_unit(text: str, unit: str | None) -> None:
    r = one(text)
    assert r["unit"] == unit and "does not fit" not in (r.get("reason") or "")


@pytest.mark.parametrize(("text", "age", "sex"), [
    ("I'm 34F, my iron panel says serum iron 22 ug/dL", 34, "F"),
    ("I am 45 M, potassium 3.2 mmol/L", 45, "M"),
    ("Dad (67) had a potassium of 3.2 mmol/L", 67, "M"),
    ("my ALT came back 98 U/L, I'm a 29 yo guy", 29, "M"),
    ("a 52 y/o lady, potassium 3.2 mmol/L", 52, "F"),
])
def test_english_age_and_sex_set_the_patient_and_are_not_results(text: str, age: int, sex: str) -> None:
    out = interpret_report(text)
    assert (out["patient"]["age"], out["patient"]["sex"]) == (age, sex)
    assert len(out["results"]) == 1 and out["results"][0]["key"] is not None, out["results"]


def test_a_letter_after_a_value_is_not_a_sex_without_i_am() -> None:
    assert interpret_report("K 3.4 F")["patient"]["sex"] is None
