"""blind82 (a representative week): the three under-triaged emergencies of the first look, each read as a family, and
two self-care readings, with the near misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


# (1) A fall off or down something that ends "onto his head", with the place in between (NHS Head injury and
# concussion: vomiting since a head injury is A&E; NICE NG232): with vomiting, head_injury_danger.
@pytest.mark.parametrize("text", [
    "she came off her scooter outside school onto her head and has thrown up since",
    "he fell down the stairs at nanna's house on his head, been sick once",
    "my son tumbled off the top bunk onto his head last night and he's vomited twice this morning",
    "孩子从滑梯上摔下来头先着地，回来吐了两次",
])
def test_a_fall_that_ends_on_the_head_with_vomiting_is_a_head_injury_emergency(text: str) -> None:
    urgency, rules = decide(text, age=5)
    assert urgency == "emergency" and "head_injury_danger" in rules


@pytest.mark.parametrize("text", ["fell off the sofa onto his bottom", "she fell off the swing onto the grass, just a grazed knee",
                                  "he fell off the wall onto his hands, head fine"])
def test_a_fall_that_does_not_land_on_the_head_is_not_a_head_injury(text: str) -> None:
    assert "head_injury" not in current_codes(text)


# (2) A nosebleed pinched or pressed for 15 minutes or more that still keeps coming (NHS Nosebleed: A&E if the bleeding
# lasts longer than 10 to 15 minutes).
@pytest.mark.parametrize("text", [
    "nosebleed, we've held the soft part of her nose for twenty minutes and it keeps going",
    "nosebleed, I've pressed the soft part for 20 minutes and it's still pouring",
    "his nose is bleeding, been pinching it for half an hour but the blood is still dripping",
    "捏着鼻子压了二十分钟了还在流",
])
def test_a_nosebleed_still_coming_after_15_minutes_of_pinching_is_an_emergency(text: str) -> None:
    urgency, rules = decide(text, age=70)
    assert urgency == "emergency" and "heavy_bleeding" in rules


@pytest.mark.parametrize("text", ["nosebleed, pinched it for 15 minutes and it stopped",
                                  "nosebleed, pinched it for 20 mins but it's stopped now, just a bit crusty",
                                  "pinched his nose for 10 mins but it's still dripping",
                                  "pressed on it for 20 mins and it stopped, but my thumb is still throbbing",
                                  "流鼻血，按住鼻翼十五分钟，已经止住了"])
def test_a_nosebleed_stopped_by_pinching_or_pinched_under_15_minutes_is_not_heavy(text: str) -> None:
    assert "heavy_bleeding" not in current_codes(text)


# (3) Numbness of the saddle said as two parts and the ring or inside of them (NHS Cauda equina syndrome: numbness
# around the bottom, genitals or inner thighs, A&E immediately).
@pytest.mark.parametrize("text", [
    "腰扭了，今天屁股周围一圈都发麻",
    "腰疼三天，大腿根内侧那一块有点麻木",
    "腰疼，肛门周围那一圈没感觉了",
    "搬重物闪了腰，会阴和大腿根里面这一圈发麻",
])
def test_numbness_around_the_bottom_or_inner_thighs_with_back_pain_is_cauda_equina(text: str) -> None:
    urgency, rules = decide(text, age=45)
    assert urgency == "emergency" and "cauda_equina_signs" in rules


@pytest.mark.parametrize("text", ["腰疼，屁股和大腿根那一圈都不麻，大小便正常", "腰疼，大腿根疼，脚有点发麻", "坐久了屁股那一块有点酸"])
def test_back_pain_without_saddle_numbness_is_not_cauda_equina(text: str) -> None:
    assert "saddle_numbness" not in current_codes(text)


# (4) A sore throat with a degree word between the throat and the pain (NHS Sore throat: self-care).
@pytest.mark.parametrize("text", ["嗓子有点疼干干的两天了", "喉咙有些疼", "嗓子一直痛，三天了", "嗓子有点儿痛"])
def test_a_throat_that_hurts_a_little_is_a_sore_throat(text: str) -> None:
    assert "sore_throat" in current_codes(text)


@pytest.mark.parametrize("text", ["嗓子不疼，就是咳嗽", "嗓子没有疼，也没发烧"])
def test_a_throat_that_does_not_hurt_is_not_a_sore_throat(text: str) -> None:
    assert "sore_throat" not in current_codes(text)


# (5) Patches of a rash counted out one by one ("一大片一大片的红疙瘩") are hives (NHS Hives), not a large burn.
@pytest.mark.parametrize("text", ["身上起了一大块一大块的红疙瘩，很痒", "吃完海鲜身上起了一大片一大片的红疙瘩"])
def test_patches_of_raised_red_lumps_are_hives_not_a_burn(text: str) -> None:
    codes = current_codes(text)
    assert "hives" in codes and "burn_serious" not in codes


def test_a_large_scald_is_still_a_serious_burn() -> None:
    urgency, rules = decide("开水烫到手臂，一大片都红了起泡", age=30)
    assert urgency == "emergency" and "serious_burn" in rules
