"""Lab blind set 12 fold-in (the set is now tuned, not blind): each fix at its cause, with the other ways it is written."""

from __future__ import annotations

import pytest

from carebridge.tools.labs.engine import interpret_report
from carebridge.tools.labs.knowledge import load_lab_knowledge
from tests.lab_report import one, results


# ---------------------------------------------------------------- therapeutic drug and toxicology levels
@pytest.mark.parametrize(("line", "key", "flag"), [
    ("Phenytoin 38 ug/mL", "phenytoin", "critical_high"),         # before: an unknown analyte
    ("苯妥英钠 32 μg/ml", "phenytoin", "critical_high"),
    ("Dilantin level 41 mcg/mL", "phenytoin", "critical_high"),
    ("卡马西平 24 ug/mL", "carbamazepine", "critical_high"),
    ("Tegretol level 22 mg/L", "carbamazepine", "critical_high"),
    ("sodium valproate 180 mg/L", "valproate", "critical_high"),
    ("丙戊酸 190 μg/mL", "valproate", "critical_high"),
    ("paracetamol level 210 mg/L", "acetaminophen", "critical_high"),
    ("对乙酰氨基酚 180 μg/mL", "acetaminophen", "critical_high"),
    ("aspirin level 45 mg/dL", "salicylate", "critical_high"),
    ("血液酒精浓度 380 mg/dL", "ethanol", "critical_high"),
    ("ETOH 3.9 g/L", "ethanol", "critical_high"),
])
def test_drug_and_alcohol_levels_beyond_their_sourced_critical_limits_are_critical(line: str, key: str, flag: str) -> None:
    r = one(line)
    assert (r["key"], r["flag"]) == (key, flag)


@pytest.mark.parametrize("line", ["Phenytoin 15 ug/mL", "卡马西平 8 ug/mL", "ethanol 80 mg/dL"])
def test_a_drug_level_below_its_critical_limit_is_not_critical(line: str) -> None:
    assert not one(line)["flag"].startswith("critical")


def test_every_new_drug_limit_cites_a_critical_source() -> None:
    kb = load_lab_knowledge()
    for key in ("phenytoin", "carbamazepine", "valproate", "acetaminophen", "salicylate", "ethanol"):
        crit = kb.by_key(key).critical
        assert crit is not None and crit.high is not None and crit.source in kb.sources


def test_a_drug_level_without_a_unit_is_not_guessed_when_the_si_unit_gives_another_flag() -> None:
    # 25 ug/mL is critical, 25 umol/L (5.9 ug/mL) is not: the unit decides, so the number alone is not flagged.
    assert one("carbamazepine level 25")["flag"] == "unknown"


@pytest.mark.parametrize(("text", "key"), [
    ("我爸一直吃卡马西平，血药浓度 26 ug/mL，头晕", "carbamazepine"),   # before: unknown analyte '血药浓度'
    ("奶奶在吃地高辛，血药浓度 3.6 ng/mL", "digoxin"),
    ("she is on phenytoin, level 36 mcg/mL", "phenytoin"),
])
def test_a_drug_level_whose_drug_is_named_in_an_earlier_clause_is_that_drug(text: str, key: str) -> None:
    r = [r for r in results(text) if r["value"] not in (None,) and isinstance(r["value"], float)][0]
    assert (r["key"], r["flag"]) == (key, "critical_high")


def test_a_drug_level_is_not_given_to_one_of_two_drugs_named_before_it() -> None:
    r = [r for r in results("奶奶在吃地高辛和丙戊酸钠，血药浓度 3.6 ng/mL") if isinstance(r["value"], float)][0]
    assert r["flag"] == "unknown"


@pytest.mark.parametrize("line", ["地高辛血药浓度 3.4 ng/mL", "卡马西平血药浓度 23 ug/mL", "丙戊酸钠血浓度 170 ug/mL"])
def test_a_drug_name_with_the_word_for_blood_level_is_the_drug(line: str) -> None:
    assert one(line)["flag"] == "critical_high"


# ---------------------------------------------------------------- patient phrasing around the test name
@pytest.mark.parametrize(("text", "key", "flag"), [
    ("我妈查了个血钠才115，要紧吗", "sodium", "critical_low"),          # before: unknown analyte '我妈查了个血钠才'
    ("爸爸做了个血钾 2.4 mmol/L", "potassium", "critical_low"),
    ("上周测了一下血糖 1.9 mmol/L", "glucose", "critical_low"),
    ("生化里肌酐 70 umol/L", "creatinine", "normal"),
    ("血气分析里面乳酸 6.1 mmol/L", "lactate", "critical_high"),
    ("报告单中血红蛋白 58 g/L", "hgb", "critical_low"),
])
def test_words_of_testing_and_of_which_panel_before_a_name_are_context(text: str, key: str, flag: str) -> None:
    r = [r for r in results(text) if r["key"] is not None][0]
    assert (r["key"], r["flag"]) == (key, flag)


@pytest.mark.parametrize("text", ["is a potassium of 2.4 bad?", "was my sodium of 118 dangerous?!", "potassium 2.4 ok?"])
def test_a_question_word_after_the_number_is_not_its_unit(text: str) -> None:
    r = one(text)
    assert r["flag"] == "critical_low" and r["unit"] == "mmol/L"


# ---------------------------------------------------------------- units written in Chinese words, or without the litre
@pytest.mark.parametrize(("line", "unit", "flag"), [
    ("血钾 2.4 毫摩尔/升", "mmol/L", "critical_low"),                 # before: not read as a unit
    ("血钠 118 毫摩尔每升", "mmol/L", "critical_low"),
    ("血红蛋白 62 克/升", "g/L", "critical_low"),
    ("肌酐 65 微摩尔/升", "umol/L", "normal"),  # inside every WS/T 404.5 band (80 is high for a woman aged 20-59)
    ("血糖才1.8毫摩尔，出冷汗", "mmol/L", "critical_low"),
    ("我爸血钾6.9mmol", "mmol/L", "critical_high"),
])
def test_a_chinese_message_reads_units_in_chinese_words_and_moles_without_the_litre(line: str, unit: str, flag: str) -> None:
    r = [r for r in results(line) if r["key"] is not None][0]
    assert (r["unit"], r["flag"]) == (unit, flag)
    assert not any("assumed" in note for note in r["notes"])  # read from the text, not assumed for a bare number


def test_moles_without_the_litre_stay_a_unit_that_does_not_fit_outside_a_chinese_message() -> None:
    assert one("Glucose 6.1 mmol")["flag"] == "unknown"
    assert one("glucose 100 mg")["flag"] == "unknown"  # a mass is never read so: mg/dL, mg/L, mg/mL


# ---------------------------------------------------------------- a number without a unit beside its printed range
@pytest.mark.parametrize(("line", "flag"), [
    ("TSH 6.2 (ref 0.4-4.5) is that high?", "high"),                  # before: unknown, no unit
    ("Free T4 1.1 (0.8-1.8)", "normal"),
    ("Creatinine 1.6 (ref 0.7-1.3)", "high"),
])
def test_a_number_without_a_unit_is_flagged_against_the_range_printed_beside_it(line: str, flag: str) -> None:
    r = one(line)
    assert r["flag"] == flag and r["range_source"] == "report"


def test_a_unitless_number_critical_in_every_unit_still_asks_for_the_unit_and_is_escalated() -> None:
    r = one("Glu 30 (3.9-6.1)")
    assert r["flag"] == "unknown" and r.get("possibly_critical") is True


# ---------------------------------------------------------------- colloquial lipid names
@pytest.mark.parametrize(("line", "key"), [("高密度 0.9 mmol/L", "hdl"), ("低密度 4.5 mmol/L", "ldl"),
                                           ("高密度胆固醇 1.3 mmol/L", "hdl")])
def test_the_short_chinese_lipid_names_are_hdl_and_ldl(line: str, key: str) -> None:
    assert one(line)["key"] == key


def test_the_report_stays_critical_for_a_drug_level_in_the_whole_report() -> None:
    assert interpret_report("Phenytoin 44 ug/mL\nSodium 139 mmol/L")["critical"] is True


# ---------------------------------------------------------------- new sourced ranges
@pytest.mark.parametrize(("line", "key", "flag"), [
    ("UACR 45 mg/g", "uacr", "high"),                                 # before: an unknown analyte
    ("尿白蛋白肌酐比 12 mg/g", "uacr", "normal"),
    ("Vitamin B12 160 ng/L", "vitamin_b12", "low"),
    ("维生素B12 400 pg/mL", "vitamin_b12", "normal"),
    ("Hcy 18 umol/L", "homocysteine", "high"),
    ("血浆同型半胱氨酸 9.5 μmol/L", "homocysteine", "normal"),
])
def test_albumin_creatinine_ratio_b12_and_homocysteine_have_sourced_ranges(line: str, key: str, flag: str) -> None:
    r = one(line)
    assert (r["key"], r["flag"]) == (key, flag)
