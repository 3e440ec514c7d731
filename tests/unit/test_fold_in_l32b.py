"""Lab set 32, second round: colloquial enzyme names, a unit assumed only where every common system uses one unit,
PSA and a lithium therapeutic range (Mayo), ferritin's upper limits (Mayo FERR1), and a sentence saying the number is
forgotten. Each with its near miss, which must stay as it was."""

from __future__ import annotations

import pytest

from carebridge.tools.labs.engine import interpret_report
from tests.lab_report import no_result


def _one(text: str, **kw: object) -> dict:
    results = interpret_report(text, **kw)["results"]  # type: ignore[arg-type]
    assert len(results) == 1, results
    return results[0]


@pytest.mark.parametrize(("text", "key", "sex", "flag"), [
    ("谷丙：95", "alt", "F", "high"),
    ("谷草 30", "ast", None, "normal"),
    ("谷丙 33", "alt", "M", "normal"),
])
def test_the_colloquial_gu_bing_and_gu_cao_are_alt_and_ast(text: str, key: str, sex: str | None, flag: str) -> None:
    r = _one(text, sex=sex)
    assert (r["key"], r["flag"]) == (key, flag)


def test_a_longer_gu_word_is_not_read_as_alt() -> None:
    # 谷氨酰转肽酶 is GGT, not ALT ('谷丙' is a whole-name alias, not a prefix)
    assert _one("谷氨酰转肽酶 80", sex="M")["key"] == "ggt"


@pytest.mark.parametrize(("text", "key", "flag"), [
    ("my TSH was 7.9", "tsh", "high"),
    ("ALT 150", "alt", "high"),
    ("GGT 25", "ggt", "normal"),
    ("lithium level 0.9", "lithium", "normal"),
])
def test_a_bare_value_is_read_in_the_one_unit_every_system_uses(text: str, key: str, flag: str) -> None:
    r = _one(text)
    assert (r["key"], r["flag"]) == (key, flag)
    assert any("unit assumed" in n for n in r["notes"])


def test_a_bare_lithium_past_the_critical_limit_is_critical() -> None:
    # mmol/L = mEq/L for lithium: 1.9 is past the Houston Methodist limit (1.51) in either spelling
    assert _one("lithium 1.9")["flag"] == "critical_high"


@pytest.mark.parametrize("text", ["my hemoglobin was 10.9", "Hb 11.8", "glucose 7.2", "creatinine 1.4"])
def test_a_bare_value_whose_unit_differs_between_systems_stays_unknown(text: str) -> None:
    # g/dL vs g/L vs mmol/L; mmol/L vs mg/dL; µmol/L vs mg/dL: not assumed
    r = _one(text, sex="M")
    assert r["flag"] == "unknown"
    assert not any("unit assumed" in n for n in r["notes"])


def test_an_enzyme_in_microkatal_still_converts() -> None:
    r = _one("ALT 2.5 ukat/L", sex="M")  # 150 U/L
    assert r["flag"] == "high"
    assert not any("unit assumed" in n for n in r["notes"])


@pytest.mark.parametrize(("text", "age", "flag"), [
    ("total PSA 9.1 ng/mL", 72, "high"),
    ("PSA: 3.9", 55, "high"),
    ("PSA 3.9 ng/mL", 65, "normal"),
    ("前列腺特异性抗原 2.1 ng/mL", 45, "normal"),
])
def test_psa_against_mayo_age_specific_limits_for_men(text: str, age: int, flag: str) -> None:
    r = _one(text, age=age, sex="M")
    assert (r["key"], r["flag"]) == ("psa", flag)
    assert r["range_source"] == "mayo-psa"


def test_psa_for_a_woman_has_no_sourced_limit() -> None:
    assert _one("PSA 3.0 ng/mL", sex="F", age=50)["flag"] == "unknown"


@pytest.mark.parametrize(("text", "flag"), [
    ("serum lithium 1.0 mmol/L", "normal"),
    ("Li 0.35 mmol/L", "low"),
    ("lithium 1.35 mEq/L", "high"),
    ("lithium 1.6 mmol/L", "critical_high"),
])
def test_lithium_against_the_mayo_therapeutic_range(text: str, flag: str) -> None:
    assert _one(text)["flag"] == flag


@pytest.mark.parametrize(("text", "sex", "age"), [
    ("血清铁蛋白 2300 ng/mL", None, None),
    ("ferritin 520 ug/L", "M", None),
    ("ferritin 250 ng/mL", "F", 35),
])
def test_ferritin_above_every_applicable_mayo_upper_limit_is_high(text: str, sex: str | None, age: int | None) -> None:
    r = _one(text, sex=sex, age=age)
    assert r["flag"] == "high"
    assert r["range_source"] == "mayo-ferr1"


@pytest.mark.parametrize(("text", "sex", "age"), [
    ("ferritin 380 ng/mL", None, None),   # above the women's limits, not above the men's (409): sex unknown
    ("ferritin 250 ng/mL", "F", None),   # above 175 (18-50) but not 328 (51+): age unknown
    ("ferritin 25 ug/L", "M", 40),        # between WHO's 15 and Mayo's 31 for men (120 is normal by both since set 62)
])
def test_ferritin_not_above_every_applicable_upper_limit_stays_unknown(text: str, sex: str | None, age: int | None) -> None:
    assert _one(text, sex=sex, age=age)["flag"] == "unknown"


def test_ferritin_below_the_who_cut_off_is_still_low() -> None:
    r = _one("ferritin 9 ng/mL", sex="F", age=30)
    assert r["flag"] == "low" and r["range_source"] == "who-ferritin-2020"


def test_a_child_ferritin_gets_no_adult_upper_limit() -> None:
    assert _one("ferritin 900 ng/mL", sex="M", age=12)["flag"] == "unknown"


@pytest.mark.parametrize("text", [
    "got my sodium result back today but I honestly can't remember the number",
    "the doctor checked my potassium, I forgot the exact value though",
])
def test_a_test_named_with_the_number_forgotten_asks_for_it(text: str) -> None:
    r = _one(text)
    assert r["flag"] == "unknown" and r["key"] in ("sodium", "potassium")
    assert "no value given" in r["reason"]


def test_long_prose_without_a_forgotten_number_is_still_not_a_test() -> None:
    out = interpret_report("went to the clinic yesterday and they said my potassium and everything else looked good overall")
    assert no_result(out["results"])


@pytest.mark.parametrize("text", ["AST 0.6", "ALT 0.4"])
def test_an_enzyme_number_ordinary_only_in_microkatal_still_asks(text: str) -> None:
    # 0.6 U/L would be low, 0.6 µkat/L (36 U/L) is normal: not assumed
    r = _one(text, sex="M")
    assert r["flag"] == "unknown" and "ukat/L" in r["reason"]
