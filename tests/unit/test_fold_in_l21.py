"""Lab set 21 fold-in (the set is now tuned, not blind): each fix at its cause, written other ways than the
case, with look-alikes that must stay as they were. Every group fails without its change."""

from __future__ import annotations

import pytest

from tests.lab_report import flags as _flags
from tests.lab_report import no_result, one, results


# ---------------------------------------------------------------- time since an event, before the test
@pytest.mark.parametrize(("line", "key", "flag"), [
    ("孕32周 血小板 14×10^9/L", "plt", "critical_low"),        # before: '孕' 32, an unknown test
    ("产后2小时 Hb 41g/L", "hgb", "critical_low"),
    ("术后2天 血红蛋白 65 g/L", "hgb", "critical_low"),
    ("孕32+5周 血小板 88×10^9/L", "plt", "low"),
    ("入院3天 血钠 118 mmol/L", "sodium", "critical_low"),
    ("新生儿 出生2小时 微量血糖 1.1 mmol/L", "glucose_random", "critical_low"),
    ("at 32 weeks gestation platelets 14 x10^9/L", "plt", "critical_low"),
    ("2 hours postpartum Hb 41 g/L", "hgb", "critical_low"),
    ("Postpartum Hb 4.1 g/dL", "hgb", "critical_low"),           # before: 'post' made another test
])
def test_time_since_an_event_is_when_and_not_the_result(line: str, key: str, flag: str) -> None:
    assert _flags(line) == [(key, flag)]


@pytest.mark.parametrize(("line", "key", "flag"), [
    ("术后第2天 血红蛋白 65 g/L", "hgb", "critical_low"),        # as before
    ("血钾 3.2，3天前查的", "potassium", "low"),
])
def test_other_times_stay_as_they_were(line: str, key: str, flag: str) -> None:
    assert _flags(line)[0] == (key, flag)


@pytest.mark.parametrize("line", ["餐后2小时血糖 11.1", "Postprandial glucose 9.1 mmol/L"])
def test_after_a_meal_is_still_another_test(line: str) -> None:
    assert "glucose" not in [k for k, _ in _flags(line)]


# ---------------------------------------------------------------- what the lab asks for after a rejected sample
@pytest.mark.parametrize(("line", "key"), [
    ("Potassium: specimen hemolyzed, unable to report, please recollect", "potassium"),   # before: no result
    ("Sodium: specimen clotted, please redraw the sample", "sodium"),
])
def test_a_rejected_sample_with_a_request_is_no_result_for_the_test(line: str, key: str) -> None:
    r = one(line)
    assert (r["key"], r["value"], r["flag"]) == (key, None, "unknown")


def test_a_value_after_the_remark_is_still_read() -> None:
    assert _flags("Potassium: specimen hemolyzed, potassium 5.1") == [("potassium", "normal")]


# ---------------------------------------------------------------- a code before a decimal value is no clock time
def test_a_code_and_a_decimal_after_a_colon_is_an_unknown_result() -> None:
    r = one("检验项目 XJ-07：23.5")                                   # before: read as 07:23, skipped
    assert (r["key"], r["value"], r["flag"]) == (None, 23.5, "unknown")


@pytest.mark.parametrize("line", ["07:23", "08:30"])
def test_a_clock_time_is_still_no_result(line: str) -> None:
    assert no_result(results(line))
