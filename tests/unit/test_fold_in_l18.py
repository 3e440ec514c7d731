"""Lab set 18 fold-in (the set is now tuned, not blind): each fix at its cause, written other ways than the
case, with look-alikes that must stay as they were. Every group fails without its change."""

from __future__ import annotations

import pytest

from tests.lab_report import flags as _flags
from tests.lab_report import one, results


# ---------------------------------------------------------------- several results with only spaces or ' / ' between
@pytest.mark.parametrize(("line", "expected"), [
    ("动脉血气：pH 6.93\u3000PCO2 28 mmHg\u3000PO2 86 mmHg\u3000HCO3- 5.9 mmol/L",   # before: unit 'PCO2' did not fit pH
     [("ph", "critical_low"), ("pco2", "low"), ("po2", "normal"), ("tco2", "critical_low")]),
    ("Na 140 K 6.8", [("sodium", "normal"), ("potassium", "critical_high")]),
    ("钾 6.9 钠 130", [("potassium", "critical_high"), ("sodium", "low")]),
    ("Sodium 133 mmol/L (135-145) L K 4.1 mmol/L", [("sodium", "low"), ("potassium", "normal")]),
    ("Total chol 262 mg/dL / HDL 48 mg/dL", [("tc", "high"), ("hdl", "normal")]),
])
def test_results_one_after_another_on_a_line_are_each_read(line: str, expected: list[tuple[str, str]]) -> None:
    assert _flags(line) == expected


@pytest.mark.parametrize(("line", "key", "flag"), [
    ("Glucose 5.2 mmol/L fasting 3.9-6.1", "glucose", "normal"),   # a word before a range is no second result
    ("Potassium 5.8 mmol/L H 3.5-5.3", "potassium", "high"),       # a flag before the range
    ("Hb 7.2 g/dL (13-17.5)", "hgb", "low"),
])
def test_a_range_or_flag_after_a_value_is_not_a_second_result(line: str, key: str, flag: str) -> None:
    assert _flags(line) == [(key, flag)]


def test_a_panel_heading_gives_its_unit_to_every_result() -> None:
    rs = results("Lipid panel (mg/dL): Total chol 262 / HDL 48 / Trig 145 / LDL calc 185")
    assert [(r["key"], r["unit"], r["flag"]) for r in rs] == [
        ("tc", "mg/dL", "high"), ("hdl", "mg/dL", "normal"), ("tg", "mg/dL", "normal"), ("ldl", "mg/dL", "high")]
    assert one("Glucose (mg/dL): 100")["unit"] == "mg/dL"   # a test's own heading, as before


# ---------------------------------------------------------------- blood gas shorthand pH / PaCO2 / PaO2 / HCO3
@pytest.mark.parametrize(("line", "flag", "gases"), [
    ("ABG 7.69 / 22 / 94 / 26 on room air", "critical_high", ("unknown", "unknown")),   # before: no result at all
    # 68 kPa would be 510 mmHg, beyond the plausibility bound, so 68 can only be mmHg (the set-16 round)
    ("ABG: 7.12/68/55/21", "critical_low", ("critical_high", "unknown")),
    ("血气分析 7.40/40/90/24", "normal", ("unknown", "unknown")),
    ("arterial blood gas 7.30/50/70", "low", ("unknown", "unknown")),
])
def test_blood_gas_shorthand_reads_the_ph_first(line: str, flag: str, gases: tuple[str, str]) -> None:
    rs = results(line)
    assert (rs[0]["key"], rs[0]["flag"]) == ("ph", flag)
    assert [r["key"] for r in rs[1:3]] == ["pco2", "po2"]
    # mmHg or kPa: not guessed, unless the number is possible in only one of them
    assert tuple(r["flag"] for r in rs[1:3]) == gases


def test_slashes_without_a_blood_gas_named_are_not_read_as_one() -> None:
    assert "ph" not in [r["key"] for r in results("BP 7.69 / 22 / 94 / 26")]


# ---------------------------------------------------------------- the unit written after the printed range
@pytest.mark.parametrize(("line", "key", "unit", "flag"), [
    ("BMP - Na 138, K 4.0, Ca 5.4 (ref 8.6-10.3 mg/dL)", "calcium", "mg/dL", "critical_low"),  # before: low, no limits
    ("Glucose 38 (70-99 mg/dL)", "glucose", "mg/dL", "critical_low"),
    ("K 6.9 (3.5-5.3 mmol/L)", "potassium", "mmol/L", "critical_high"),
    ("Hb 120 (130-175 g/L)", "hgb", "g/L", "low"),
])
def test_a_value_without_a_unit_takes_the_unit_of_its_printed_range(line: str, key: str, unit: str, flag: str) -> None:
    r = results(line)[-1]
    assert (r["key"], r["unit"], r["flag"]) == (key, unit, flag)
    assert any("read from the range" in n for n in r["notes"])


def test_a_range_without_a_unit_still_gives_none() -> None:
    r = one("TSH 4.6 (ref 0.4-5.0)")
    # lab set 32: TSH's one reporting unit is assumed (mIU/L = uIU/mL), not taken from the range
    assert (r["unit"], r["flag"], r["range_source"]) == ("mIU/L", "normal", "report")
    assert not any("read from the range" in n for n in r["notes"])


# ---------------------------------------------------------------- an infant's age in English
@pytest.mark.parametrize("line", [
    "My 5-day-old's bilirubin came back 24.8 mg/dL and the nurse said to come in. How bad is that?",
    "my 3 day old son's bilirubin is 22 mg/dL",
    "a 2-week-old, bilirubin 21 mg/dL",
])
def test_an_infant_age_in_days_or_weeks_is_the_age_and_not_a_result(line: str) -> None:
    out_rs = results(line)
    assert [(r["key"], r["flag"]) for r in out_rs] == [("tbil", "critical_high")]


def test_an_older_infant_is_not_a_newborn() -> None:
    r = one("my 6-month-old's bilirubin is 22 mg/dL")
    assert r["key"] == "tbil" and "newborn critical limits used" not in r["notes"]


# ---------------------------------------------------------------- when the sample was taken is not another test
@pytest.mark.parametrize(("line", "key", "flag"), [
    ("Acetaminophen (4 h post-ingestion) 285 mcg/mL", "acetaminophen", "critical_high"),   # before: unknown analyte
    ("Paracetamol (4 hr post ingestion) 250 mg/L", "acetaminophen", "critical_high"),
    ("Post-op Hb 5.1 g/dL", "hgb", "critical_low"),
    ("post-transfusion Hb 8.1 g/dL", "hgb", "low"),
])
def test_post_saying_when_is_dropped(line: str, key: str, flag: str) -> None:
    r = results(line)[-1]
    assert (r["key"], r["flag"]) == (key, flag)


@pytest.mark.parametrize("line", ["Postprandial glucose 9.1 mmol/L", "post-prandial glucose 9.1 mmol/L"])
def test_postprandial_is_still_another_test(line: str) -> None:
    assert one(line)["key"] != "glucose"


def test_a_bay_number_says_where_the_patient_lies() -> None:
    rs = results("Post-op day 2 bloods, bay 3: Hb 4.4 g/dL, WBC 9.8, plt 210", age=34, sex="F")
    assert [(r["key"], r["flag"]) for r in rs] == [("hgb", "critical_low"), ("wbc", "high"), ("plt", "normal")]


# ---------------------------------------------------------------- dot leaders, a label for a name, 体检单上
@pytest.mark.parametrize(("line", "key", "flag"), [
    ("Sodium..........133 mmol/L     (135-145)     L", "sodium", "low"),   # before: no result
    ("Potassium …… 6.8 mmol/L", "potassium", "critical_high"),
    ("Creatinine 0.8 mg/dL", "creatinine", "normal"),                   # a decimal point is no leader (0.8: normal for both sexes)
])
def test_dot_leaders_between_name_and_value(line: str, key: str, flag: str) -> None:
    assert (one(line)["key"], one(line)["flag"]) == (key, flag)


@pytest.mark.parametrize("line", ["Result 7.2 (ref 4.0-10.0)", "Value: 12 (0-20)", "结果 7.2 (4.0-10.0)"])
def test_a_column_label_is_no_test_name(line: str) -> None:
    r = one(line)
    assert (r["key"], r["flag"]) == (None, "unknown") and "no test name" in r["reason"]


def test_a_test_named_before_the_label_is_still_read() -> None:
    assert one("Glucose result 5.2 mmol/L")["key"] == "glucose"


@pytest.mark.parametrize(("line", "key", "flag"), [
    ("体检单上尿酸612，我男的45岁，这个高吗？", "uric_acid", "high"),   # before: 尿 read as urine
    ("检查单上血钾6.8", "potassium", "critical_high"),
])
def test_which_paper_shows_it_is_context(line: str, key: str, flag: str) -> None:
    r = results(line)[0]
    assert (r["key"], r["flag"]) == (key, flag)


def test_a_urine_test_on_the_paper_stays_urine() -> None:
    assert one("体检单上尿蛋白 阳性")["key"] == "u_protein"
