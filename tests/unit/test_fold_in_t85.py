"""blind85 (symptom-checker audit style, half third person): the two under-triaged emergencies of the first look, each
read as a family, with the near misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


# (1) A cut still bleeding through the cloth or towel held on it, the pressure said after it (NHS Cuts and grazes: go
# to A&E if the bleeding has not stopped after pressing on it for 10 minutes).
@pytest.mark.parametrize("text", [
    "sliced my thumb open on a tin, it's still bleeding into the cloth despite pressing on it",
    "the gash on his arm is still oozing through the bandage even after pressing hard on it for 20 minutes",
    "she cut her hand on a knife, it keeps bleeding through the kitchen towel after pressure for ten minutes",
    "血还在往外渗，已经按了十五分钟了",
    "血一直往外流，用毛巾捂了二十分钟了",
    "孩子手被玻璃划破了，血还在流，都用纱布压着十几分钟了",
])
def test_a_cut_still_bleeding_after_pressure_is_heavy_bleeding(text: str) -> None:
    urgency, rules = decide(text, age=35)
    assert urgency == "emergency" and "heavy_bleeding" in rules


@pytest.mark.parametrize("text", [
    "his knee is still bleeding a bit, it stopped after pressing on it",
    "it was still bleeding through the plaster but then stopped after pressing on it",
    "血还在渗，按了两分钟",
    "cut my finger, bled a little, stopped after pressing on it for a couple of minutes",
])
def test_a_bleed_that_stopped_or_was_pressed_only_briefly_is_not_heavy(text: str) -> None:
    assert "heavy_bleeding" not in current_codes(text)


# (2) Pain that settled low on the right and has now spread across the whole tummy, or a tummy hard to the touch (NHS
# Appendicitis: call 999 or go to A&E if the pain suddenly gets worse and spreads across your tummy, or the tummy is
# hard: the appendix may have burst).
@pytest.mark.parametrize("text", [
    "she had pain low down on the right which has now spread across her whole belly",
    "A 12-year-old girl had pain in the lower right of her tummy since this morning and now her whole tummy hurts",
    "the pain moved to the lower right overnight, then it got worse and spread all over his stomach",
    "一位12岁女孩右下腹疼了一天，刚才疼痛突然加重，扩散到整个肚子",
    "孩子先是肚脐周围疼，后来转到右下腹，现在整个肚子都疼了",
])
def test_lower_right_pain_that_has_spread_across_the_tummy_is_a_possible_burst_appendix(text: str) -> None:
    urgency, rules = decide(text, age=12)
    assert urgency == "emergency" and "appendicitis_pain_spreading" in rules


@pytest.mark.parametrize("text", [
    "his tummy is hard to the touch and he's crying with the pain",
    "her belly, which is hard when you press on it, hurts all over",
    "孩子肚子疼，肚子摸着很硬",
    "肚皮按上去特别硬，疼得直哭",
])
def test_a_tummy_hard_to_the_touch_is_a_rigid_abdomen(text: str) -> None:
    urgency, rules = decide(text, age=8)
    assert urgency == "emergency" and "rigid_abdomen" in rules


@pytest.mark.parametrize("text", [
    "pain low down on the right, it hasn't spread across his whole tummy",
    "右下腹有点疼，没有扩散",
    "I had pain in my lower right belly last year that spread across my whole tummy, fine now",
])
def test_lower_right_pain_that_has_not_spread_or_was_long_ago_stays_same_day(text: str) -> None:
    _, rules = decide(text, age=12)
    assert "appendicitis_pain_spreading" not in rules


@pytest.mark.parametrize("text", ["the rash has spread across his whole tummy", "his tummy is soft, not hard to touch",
                                  "肚子软软的，摸着不硬"])
def test_a_rash_across_the_tummy_or_a_soft_tummy_is_neither_spread_pain_nor_rigidity(text: str) -> None:
    codes = current_codes(text)
    assert "abdominal_pain_spread" not in codes and "abdominal_rigidity" not in codes
