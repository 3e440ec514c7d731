"""Stop 36, the merge of nine branches: what the regression run over every bench set found, fixed at the cause.

- fold-t128 read a thrush discharge "like last time" alongside the complaint by making the whole `thrush_before` code
  alongside: its history phrase ("had thrush last year") then stood unmasked, and the complaint's itching and discharge
  in the same sentence were read as history (blind32 t32e-020: self-care -> routine / no department).
- fold-t128's snoring-pause pattern took the snoring it starts from, so a headache outweighed the pause for the
  department (blind29 t29z-019: 耳鼻咽喉科 -> 神经内科).
"""

from __future__ import annotations

import pytest

from tests.triage_screen import reasons


@pytest.mark.parametrize("text", [
    # t32e-020
    "same itching and thick white discharge as when I had thrush last year, no smell, no pain peeing, not pregnant. "
    "can I just get the same stuff from the pharmacy",
    "itchy down there with thick white discharge, I had thrush last year and it feels the same, no smell",
    # fold-t128's own cases keep their reading
    "itchy down there, thick white discharge just like last time, no smell",
    "下面又痒了 白带豆腐渣样 跟上次得的一样",
    "外阴痒，白带像豆腐渣，去年得过霉菌性阴道炎，没有异味",
])
def test_recognised_thrush_with_its_history_said(cb, text: str) -> None:
    out = cb.triage_once(text, age=31, sex="F")
    assert (out["urgency"], reasons(out)) == ("self_care", ["thrush_recognised"])
    assert out["department"]["group_zh"] == "妇产科"


def test_thrush_history_alone_is_no_complaint(cb) -> None:
    # History only, with a new and different complaint: no recognised thrush.
    out = cb.triage_once("I had thrush last year. Now I have a sore throat and a runny nose", age=31, sex="F")
    assert "thrush_recognised" not in reasons(out)


@pytest.mark.parametrize("text", [
    # t29z-019: the snoring is read beside the pause in it
    "老婆说我打呼噜特别响，睡着睡着会憋气停一会儿，然后猛地喘一口。白天老犯困，开会都能睡着，早上起来头疼。体重180斤。",
    "老公打呼噜特别响 半夜老憋气停一会 白天开车都犯困",
    "我打呼噜很响，憋气停几秒，早上头疼",
])
def test_snoring_with_pauses_goes_to_ent(cb, text: str) -> None:
    out = cb.triage_once(text, age=46, sex="M")
    assert out["urgency"] == "routine"
    assert out["department"]["group_zh"] == "耳鼻咽喉科"


@pytest.mark.parametrize("text", [
    # tests/unit/test_first_steps.py's case: recall36a's thick-throat pattern ran back to the food and took it
    "my lips and tongue are swelling after a peanut and my throat is tight",
    "after eating prawns my throat went all tight and my lips swelled",
    "花生吃完以后喉咙发紧，嘴唇也肿了",
])
def test_the_allergen_before_a_tight_throat_keeps_the_anaphylaxis_steps(cb, text: str) -> None:
    out = cb.triage_once(text, age=30)
    flags = {f["id"] for f in out["red_flags"]}
    assert out["urgency"] == "emergency_ambulance" and "anaphylaxis" in flags
    assert "anaphylaxis" in {s["id"] for s in out["first_steps"]}
