"""Caught in staging on 2026-12-06 (evening), after the eight branches of stop 32 were merged.

- A burn said in the same words as its white centre ("手被开水烫伤了，中间发白，起了大水泡") read only burn_serious: the phrase
  that says it is a burn was hidden by the longer one that says how serious, so the serious-burn red flag had no burn and
  the answer was routine. NHS Burns and scalds sends a burn that is white or with large blisters to A&E: both readings
  now stand (`beside`).
- "在河边钓鱼，孩子跳下去游泳" (fishing by the river, the child jumped in to swim) fired the 999 suicide-at-the-place rule:
  a jump into the water to swim is not the act (fold-t109a noticed it).
- misread32b's piles self-care group (NHS Piles) took in piles that keep coming back; NHS Piles sends those to a GP
  (blind108 t108z-027, "这个月有好几回了"): a recurrence now keeps the group off.
"""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


@pytest.mark.parametrize("text", [
    "手被开水烫伤了，中间发白，起了大水泡",
    "孩子胳膊烫伤了，中间一块发白",
    "腿被热油烫伤了，中间有点发白，周围起了好几个大泡",
])
def test_a_burn_said_with_its_white_centre_is_a_serious_burn(text: str) -> None:
    assert {"burn", "burn_serious"} <= current_codes(text)
    urgency, rules = decide(text, 30)
    assert urgency in ("emergency", "emergency_ambulance") and "serious_burn" in rules


def test_a_small_burn_without_blisters_or_white_skin_stays_minor() -> None:
    urgency, rules = decide("手被开水烫了一下，红了一小块，没起泡", 30)
    assert urgency == "self_care" and "serious_burn" not in rules


@pytest.mark.parametrize("text", [
    "在河边钓鱼，孩子跳下去游泳，上来以后说耳朵疼",
    "在海边玩，儿子跳进去游了一会儿，脚被贝壳划了个口子",
])
def test_a_jump_into_the_water_to_swim_is_not_suicide(text: str) -> None:
    urgency, rules = decide(text, 30)
    assert "suicidal_at_the_place" not in rules and "suicidal" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "我现在在江边，撑不下去了，想跳下去",
    "站在桥上，不想活了，跳下去就解脱了",
    "在河边，想跳下河",
])
def test_the_act_at_the_water_still_fires(text: str) -> None:
    urgency, rules = decide(text, 30)
    assert urgency == "emergency_ambulance" and "suicidal_at_the_place" in rules


@pytest.mark.parametrize("text", [
    "大便完纸上有鲜红的血，肛门口有个小肉球，这个月有好几回了",
    "I keep getting piles, a soft lump and a little bright red blood on the paper",
    "痔疮老是犯，纸上有点血",
])
def test_piles_that_keep_coming_back_are_not_self_care(text: str) -> None:
    assert decide(text, 45)[0] != "self_care"


def test_a_first_episode_of_piles_is_still_self_care() -> None:
    urgency, rules = decide("解完大便手纸上有鲜红的血，肛门口有个小肉球，人没瘦，大便习惯也没变", 45)
    assert urgency == "self_care" and "piles_home_treatment" in rules
