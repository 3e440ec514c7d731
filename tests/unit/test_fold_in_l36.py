"""Lab set 36 ("the messy middle": one value in a sentence, Chinese punctuation, units in words or mistyped,
nicknames) folded in: each behaviour changed, with a paraphrased case and a near miss that stays as it was."""

from __future__ import annotations

import pytest

from tests.lab_report import first as one


# ------------------------------------------------- nicknames: plts, bicarb, sugar; 25羟维生素D
@pytest.mark.parametrize("text,code,flag", [
    ("PLTs 20 x10^9/L", "777-3", "critical_low"),
    ("his bicarb came back 9 mmol/L", "2028-9", "critical_low"),
    ("my sugar was 2.1 mmol/L before lunch", "2345-7", "critical_low"),
    ("25羟维生素D 12 ng/mL", "62292-8", "low"),
])
def test_nicknames_name_the_test(text: str, code: str, flag: str) -> None:
    r = one(text)
    assert (r["code"], r["flag"]) == (code, flag)


def test_urine_sugar_stays_urine_glucose() -> None:
    # near miss: "sugar" alone is blood glucose, but the longer name "urine sugar" still wins
    assert one("urine sugar 2+")["code"] != "2345-7"


# ------------------------------------------------- bicarbonate's one reporting unit, "in the ER" is no unit
def test_value_then_sentence_word_reads_no_unit() -> None:
    r = one("my bicarb was 7 at the clinic")
    assert (r["code"], r["flag"]) == ("2028-9", "critical_low")


def test_unit_after_value_still_read() -> None:
    # near miss: a real unit right after the value is kept (mg cannot express bicarbonate)
    assert one("bicarb 7 mg")["flag"] == "unknown"


# ------------------------------------------------- "4k" = 4 x10^3/uL
def test_glued_k_is_thousands_per_microlitre() -> None:
    assert one("platelets 9k after chemo")["flag"] == "critical_low"
    assert one("wbc 14K")["flag"] == "high"


def test_k_not_glued_or_not_a_count_stays_unknown() -> None:
    # near misses: "k" glued to glucose is no unit of glucose; "k/uL" is read as before
    assert one("glucose 5k")["flag"] == "unknown"
    assert one("platelets 200 k/uL")["flag"] == "normal"


# ------------------------------------------------- thousands separator vs European decimal comma
def test_thousands_separator_and_decimal_comma() -> None:
    assert one("platelets 1,200 K/uL!! the lab phoned")["flag"] == "critical_high"
    assert one("K 6,8 mmol/L")["flag"] == "critical_high"  # near miss: a decimal comma, not thousands


# ------------------------------------------------- units said in words / mistyped
@pytest.mark.parametrize("text,flag", [
    ("glucose 650 mg per dl at the walk-in", "critical_high"),
    ("glucose 3.0 millimoles per litre", "low"),
    ("血糖 15.2 mmo/L", "high"),
])
def test_units_in_words_and_typos(text: str, flag: str) -> None:
    assert one(text)["flag"] == flag


def test_per_without_a_unit_stays_unknown() -> None:
    # near miss: "per" between words that form no unit is not read as one
    assert one("glucose 650 mg per week")["flag"] == "unknown"


# ------------------------------------------------- "。" as the decimal point between digits
def test_chinese_full_stop_between_digits_is_a_decimal_point() -> None:
    r = one("钠 11９。５ mmol/L")
    assert (r["value"], r["flag"]) == (119.5, "critical_low")


@pytest.mark.parametrize("text", ["钾 4。3天后复查", "钾 4.0。3天后复查"])
def test_full_stop_before_days_or_after_a_decimal_stays(text: str) -> None:
    assert one(text)["value"] == 4.0
