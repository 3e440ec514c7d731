"""The lab-set-17 round (the set is now tuned, not blind): each fix with other ways it is written and a look-alike
that must stay as it was. Every group fails without its change."""

from __future__ import annotations

import pytest

from tests.lab_report import flags as _flags
from tests.lab_report import one, results


# --- names: "Mag" is magnesium, "total bili" / "T bili" / "bili" total bilirubin, "direct bili" direct bilirubin
@pytest.mark.parametrize(("line", "key", "flag"), [
    ("Mag 0.7 mg/dL - replacing IV", "magnesium", "critical_low"),
    ("Mag 2.0 mg/dL", "magnesium", "normal"),
    ("total bili 24.6 mg/dL", "tbil", "critical_high"),
    ("T bili 1.0 mg/dL", "tbil", "normal"),
    ("direct bili 0.1 mg/dL", "dbil", "normal"),
])
def test_bedside_abbreviations_name_their_tests(line: str, key: str, flag: str) -> None:
    r = one(line)
    assert (r["key"], r["flag"]) == (key, flag)


# --- a clock time is when the sample was taken, not the result
@pytest.mark.parametrize(("text", "key", "flag"), [
    ("23床 凌晨3点末梢血糖1.7mmol/L，已推注50%葡萄糖20ml，半小时后复测", "glucose_random", "critical_low"),
    ("下午3点半 血钾 6.8 mmol/L", "potassium", "critical_high"),
    ("护理记录 8点钟 血钾 6.8", "potassium", "critical_high"),
    ("血糖 8点15分 2.1", "glucose", "critical_low"),
])
def test_a_clock_time_is_not_the_result(text: str, key: str, flag: str) -> None:
    assert _flags(text)[0] == (key, flag)


@pytest.mark.parametrize(("text", "value"), [("血糖36点多，医生让马上来医院", 36.0), ("血钾3点5", 3.5), ("血钾 3 点 5 mmol/L", 3.5),
                                           ("体检 血红蛋白 12点6 g/dL", 12.6)])
def test_a_colloquial_decimal_is_not_a_clock_time(text: str, value: float) -> None:
    # "36点多" is 36-point-something (set 6 pins it critical) and "3点5" is 3.5 said aloud; only a time-of-day word,
    # 钟, 整 or minutes make a clock.
    assert results(text)[0]["value"] == value


@pytest.mark.parametrize("text", ["血钾 3点5分 抽的血 6.8 mmol/L", "下午3点半 血钾 6.8 mmol/L"])
def test_a_spoken_decimal_with_minutes_or_a_time_of_day_stays_a_clock(text: str) -> None:
    assert _flags(text) == [("potassium", "critical_high")]


# --- the time since a dose is when a drug level was drawn, not the level
@pytest.mark.parametrize("text", [
    "APAP level 4 h post ingestion: 310 mcg/mL",
    "Acetaminophen 4-hour post-ingestion level 180 ug/mL",
    "对乙酰氨基酚 服药后4小时 310 ug/mL",
])
def test_the_time_since_a_dose_is_not_the_level(text: str) -> None:
    assert _flags(text) == [("acetaminophen", "critical_high")]


def test_the_time_after_a_meal_is_left_as_it_was() -> None:
    # Only a dose word makes the number a time: a glucose "2 hours after a meal" is not read against the fasting range.
    assert one("Glucose 2 hours after a meal 12.1 mmol/L")["flag"] == "unknown"


# --- 抽 ("drew") before a specimen and a test is a lead-in; 日龄 / DOL give a newborn's age in days
def test_drawn_venous_bilirubin_of_a_newborn() -> None:
    out = results("新生儿，日龄5天，经皮黄疸偏高，抽静脉血总胆红素 436 μmol/L")
    assert [(r["key"], r["flag"]) for r in out] == [("tbil", "critical_high")]


@pytest.mark.parametrize("text", ["抽静脉血钾 2.1 mmol/L", "今天抽的血钾 2.1"])
def test_chou_is_a_lead_in(text: str) -> None:
    assert _flags(text) == [("potassium", "critical_low")]


@pytest.mark.parametrize(("text", "newborn"), [
    ("Baby girl, DOL 4, glucose 2.0 mmol/L", True),
    ("日龄5天 血糖 2.0 mmol/L", True),
    ("日龄40天 血糖 2.0 mmol/L", False),
])
def test_day_of_life_sets_the_age_in_days(text: str, newborn: bool) -> None:
    from carebridge.tools.labs.engine import interpret_report

    out = interpret_report(text)
    assert out["patient"]["newborn"] is newborn
    assert out["patient"]["age"] is not None and out["patient"]["age"] < 1
    # 2.0 mmol/L is above the newborn critical low (Houston Methodist, 30 mg/dL) but below the adult one (Kost).
    assert out["results"][0]["flag"] == ("unknown" if newborn else "critical_low")


# --- several results in a row, one after another or between " / "
def test_a_run_of_electrolytes_is_one_result_each() -> None:
    assert _flags("电解质：K 3.9  Na 106  Cl 72 mmol/L") == [
        ("potassium", "normal"), ("sodium", "critical_low"), ("chloride", "critical_low")]


def test_a_blood_gas_written_with_slashes() -> None:
    out = {r["key"]: r["flag"] for r in results("ABG on RA: pH 7.31 / pCO2 58 / pO2 31 mmHg / HCO3 28")}
    assert out["po2"] == "critical_low"
    assert set(out) == {"ph", "pco2", "po2", "tco2"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Na 140 (135-145) K 4.1 (3.5-5.1)", [("sodium", "normal"), ("potassium", "normal")]),
    ("血钾 3.2 血钠 130", [("potassium", "low"), ("sodium", "low")]),
    ("WBC 12.5 x10^9/L ↑ N 85 %", [("wbc", "high"), ("neut_pct", "high")]),
])
def test_other_runs_split_too(text: str, expected: list[tuple[str, str]]) -> None:
    assert _flags(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A word before the next name may make another test: no split, the line reads as before.
    ("Hb 14 g/dL free Hb 50 mg/dL", [("hgb", "normal")]),  # 14: normal for both sexes (no sex given)
    ("Ca 2.1 mmol/L corrected Ca 2.3 mmol/L", [("calcium", "low")]),
])
def test_a_word_before_the_next_name_is_not_split_off(text: str, expected: list[tuple[str, str]]) -> None:
    assert _flags(text) == expected


def test_a_blood_pressure_with_spaced_slash_stays_one_measurement() -> None:
    r = one("血压 145 / 92 mmHg")
    assert r["key"] is None and r["flag"] == "unknown"


def test_the_l_of_a_unit_is_not_a_low_mark() -> None:
    # "mmol/L" left after a word is not the report's "L" (low) mark.
    assert one("Potassium 3.9 see mmol/L")["flag"] == "normal"
    assert one("Potassium 2.9 mmol/L L")["flag"] == "low"


# --- a headerless spreadsheet row that starts with the date
@pytest.mark.parametrize(("line", "key", "flag"), [
    ("2024-05-12,GLU FASTING,142,mg/dL,70-99", "glucose", "high"),
    ("2024-05-12 08:30,K,6.9,mmol/L,3.5-5.3", "potassium", "critical_high"),
    ("2024/05/12;Na;118;mmol/L;135-145", "sodium", "critical_low"),
])
def test_a_row_starting_with_its_date_is_read(line: str, key: str, flag: str) -> None:
    r = one(line)
    assert (r["key"], r["flag"]) == (key, flag)


# --- "see comment" where the value belongs: the test is named, the result is not given
@pytest.mark.parametrize("line", ["INR: see comment", "INR: See Comments", "INR:见备注"])
def test_see_comment_is_no_result(line: str) -> None:
    r = one(line)
    assert (r["key"], r["flag"], r["value"]) == ("inr", "unknown", None)


def test_na_is_still_sodium_next_to_the_placeholder_words() -> None:
    # "NA" (upper case) is a placeholder; "Na" is sodium.
    assert one("钠 Na 108 mmol/L")["flag"] == "critical_low"
