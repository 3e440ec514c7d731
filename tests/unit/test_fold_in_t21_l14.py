"""The blind-21 triage and lab-set-14 rounds (both sets now tuned, not blind): each fix with other phrasings
and a look-alike that must stay as it was. Every group fails without its change."""

from __future__ import annotations

import pytest

from tests.lab_report import one
from tests.triage_screen import fired


# --- a shadow or curtain moving in from the side of the vision (NHS Detached retina; College of Optometrists:
# a shadow spreading across the vision needs eye casualty at once). It fires the sudden-vision-loss finding.
@pytest.mark.parametrize("text", [
    "new floaters in my left eye since last night and now a dark shadow coming in from the edge",
    "a grey curtain is spreading in from the top of my vision",
])
def test_a_shadow_moving_in_from_the_side_of_the_vision_is_sudden_vision_loss(text: str) -> None:
    # with floaters in one eye it is the retinal detachment itself (emergency, s20); alone, the stroke sign
    assert fired(text) & {"stroke_signs_vision", "retinal_detachment"}


@pytest.mark.parametrize("text", ["the shadow moved in from the left", "my eyes are itchy. a shadow moved in from the garden"])
def test_a_shadow_without_the_eye_is_not(text: str) -> None:
    assert not fired(text) & {"stroke_signs", "stroke_signs_vision", "retinal_detachment"}


# --- a small round battery gone missing, written 圆圆的 (NICE/NHS: a swallowed button battery is an emergency)
@pytest.mark.parametrize("text", ["遥控器里那个圆圆的电池找不到了，怕是孩子吞了", "手表里圆圆的小电池不见了"])
def test_a_round_battery_gone_missing_is_a_swallowed_button_battery(text: str) -> None:
    assert "swallowed_button_battery" in fired(text)


def test_a_battery_still_in_the_remote_is_not() -> None:
    assert "swallowed_button_battery" not in fired("遥控器没电了，换了两节电池")


# --- a pipe-delimited LIS row whose name cell holds a qualifier after a comma
@pytest.mark.parametrize(("line", "key", "flag"), [
    ("SODIUM, SERUM | 118 | mmol/L | 136 - 145 | LL", "sodium", "critical_low"),
    ("GLUCOSE, FASTING | 5.1 | mmol/L | 3.9 - 6.1 |", "glucose", "normal"),
])
def test_a_pipe_row_with_a_comma_in_the_name_is_read(line: str, key: str, flag: str) -> None:
    r = one(line)
    assert (r["key"], r["flag"]) == (key, flag)


# --- pH on a urinalysis or dipstick is the urine pH, never the blood pH's critical limits
@pytest.mark.parametrize("line", ["Urinalysis pH 5.5", "Dipstick pH 7.0 (5.0-8.0)", "UA pH 6.5"])
def test_urinalysis_ph_is_urine_ph(line: str) -> None:
    r = one(line)
    assert (r["key"], r["flag"]) == ("u_ph", "normal")


def test_blood_gas_ph_is_still_blood_ph() -> None:
    assert one("Blood gas pH 7.05")["flag"] == "critical_low"
