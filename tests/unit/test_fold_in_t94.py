"""blind94 (the conditions of the published symptom-checker audits, in their style): no emergency under-triaged on the
first look; its two over-triages to the emergency department and the near misses, each read as a family, with the
near misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


# (1) A little listless said with a child who still smiles or plays when played with (NICE NG143 green: responds
# normally to social cues, content, smiles): not lethargy. A 5-month-old at 39.2 is then the amber infant fever (NHS
# Fever in children: urgent GP appointment at 3 to 6 months with 39C or more), not the sepsis signs.
@pytest.mark.parametrize("text", [
    "孩子发烧有点蔫，但是跟他玩还会笑",
    "宝宝有点蔫，不过逗她还会咯咯笑",
    "今天有些蔫，可是哄她还能玩",
    "a bit listless but he still smiles at us",
    "slightly lethargic but she's still playing with her toys",
])
def test_a_little_listless_but_still_smiling_or_playing_is_not_lethargy(text: str) -> None:
    assert "lethargic_child" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "宝宝很蔫，逗他也不笑",
    "特别蔫，不过逗他还会笑",
    "孩子有点蔫",
    "他蔫蔫的，不爱动",
    "she is listless and not smiling",
    "he's very lethargic",
    "a bit lethargic and not interested in anything",
])
def test_listlessness_without_a_normal_response_or_said_as_very_stays_lethargy(text: str) -> None:
    assert "lethargic_child" in current_codes(text)


@pytest.mark.parametrize("text", [
    "女儿4个月，晚上开始发烧39.5度，有点蔫，不过逗她还会笑，奶也吃",
    "my 4 month old has a temperature of 39.4, she's a bit listless but she still smiles at us and is feeding",
])
def test_a_baby_of_3_to_6_months_at_39_who_still_smiles_is_the_urgent_infant_fever(text: str) -> None:
    urgency, rules = decide(text, age=0.4)
    assert urgency == "urgent" and "infant_3_6_months_fever" in rules


@pytest.mark.parametrize("text", [
    "女儿4个月，晚上开始发烧39.5度，很蔫，逗她也不笑",
    "my 4 month old has a temperature of 39.4 and is very lethargic",
])
def test_a_feverish_baby_who_is_very_listless_stays_an_emergency(text: str) -> None:
    urgency, _ = decide(text, age=0.4)
    assert urgency in ("emergency", "emergency_ambulance")


# (2) A heavy nosebleed said to have stopped two sentences on, after a '!!' (NHS Nosebleed: pinch 10-15 minutes, A&E
# only if it lasts longer, with weakness or dizziness, after a head injury): the heavy bleeding is history.
@pytest.mark.parametrize("text", [
    "Blood everywhere!! My daughter had a nosebleed, it was gushing out all over her top. I pinched her nose for 10 minutes and it has stopped now.",
    "so much blood!! he got a nosebleed at school, it was pouring down his shirt. the nurse pinched his nose for ten minutes and it stopped.",
])
def test_a_heavy_nosebleed_that_stopped_two_sentences_on_is_not_an_emergency(text: str) -> None:
    urgency, rules = decide(text, age=8)
    assert urgency not in ("emergency", "emergency_ambulance") and "heavy_bleeding" not in rules


@pytest.mark.parametrize("text", [
    "Blood everywhere!! My daughter had a nosebleed, it was gushing out. I pinched her nose for 10 minutes and it stopped. Then it started again and won't stop.",
    "Blood everywhere!! He had a nosebleed, it was pouring out. It stopped after 10 minutes but now he is dizzy and pale.",
    "Blood everywhere!! He fell and hit his head, then a nosebleed, pouring out. I pinched it for 10 minutes and it stopped.",
])
def test_a_nosebleed_that_started_again_or_came_with_dizziness_or_a_head_injury_stays_an_emergency(text: str) -> None:
    urgency, _ = decide(text, age=8)
    assert urgency in ("emergency", "emergency_ambulance")


# (3) A nappy dry for half a day or more (NHS Diarrhoea and vomiting: a child under 5 with signs of dehydration such as
# fewer wet nappies needs an urgent GP appointment).
@pytest.mark.parametrize("text", ["纸尿裤一上午都是干的", "尿不湿半天了还是干的", "尿布一整天都是干干的", "尿不湿5个小时都是干的"])
def test_a_nappy_dry_for_half_a_day_is_dehydration(text: str) -> None:
    assert "dehydration" in current_codes(text)


@pytest.mark.parametrize("text", ["尿不湿刚换的，是干的", "尿不湿一直都是湿的", "尿不湿半天就湿透了"])
def test_a_fresh_or_wet_nappy_is_not_dehydration(text: str) -> None:
    assert "dehydration" not in current_codes(text)


def test_a_toddler_with_vomiting_diarrhoea_and_a_nappy_dry_half_a_day_is_urgent() -> None:
    urgency, rules = decide("女儿一岁半，今天吐了五次，拉了两次稀，纸尿裤一上午都是干的，精神还行", age=1.5)
    assert urgency == "urgent" and "child_poor_feeding_or_dehydration" in rules


# (4) Sunburn told by falling asleep in the sun (NHS Sunburn: treat at home).
@pytest.mark.parametrize("text", ["my back is red and sore after falling asleep on the beach",
                                  "bright red legs from falling asleep in the sun by the lake"])
def test_falling_asleep_in_the_sun_is_sunburn(text: str) -> None:
    assert "sunburn" in current_codes(text)


@pytest.mark.parametrize("text", ["my neck is stiff after falling asleep on the sofa", "he keeps falling asleep at his desk"])
def test_falling_asleep_elsewhere_is_not_sunburn(text: str) -> None:
    assert "sunburn" not in current_codes(text)


# (5) A red patch on the white of the eye said 'like a bleed' (NHS Subconjunctival haemorrhage: harmless, pharmacist):
# the simile is not a second, unexplained bleeding.
@pytest.mark.parametrize("text", ["右眼眼白一片鲜红的血，像出血了一样，不疼", "眼白上一大块通红的血，就像出了血似的"])
def test_a_red_patch_on_the_white_of_the_eye_like_a_bleed_is_a_subconjunctival_haemorrhage(text: str) -> None:
    codes = current_codes(text)
    assert "subconj_haemorrhage" in codes and "bleeding_unspecified" not in codes


# (6) 'A cold' (the illness) near white phlegm is not cold, pale skin (shock_signs).
@pytest.mark.parametrize("text", ["cough since a cold, bringing up white phlegm", "after a cold, coughing up white stuff",
                                  "got a head cold and the phlegm is white"])
def test_a_cold_with_white_phlegm_is_not_shock(text: str) -> None:
    assert "shock_signs" not in current_codes(text)


@pytest.mark.parametrize("text", ["he went pale and cold", "she's white and her hands are icy cold", "pale, cold and sweaty"])
def test_pale_and_cold_skin_stays_shock(text: str) -> None:
    assert "shock_signs" in current_codes(text)


# (7) The room spinning said with a verb (NHS Vertigo).
@pytest.mark.parametrize("text", ["when I turn over in bed the room spins", "the world spun when I looked up", "the room starts spinning when i stand"])
def test_the_room_spins_is_dizziness(text: str) -> None:
    assert "dizziness" in current_codes(text)


def test_a_spin_class_is_not_dizziness() -> None:
    assert "dizziness" not in current_codes("my knee hurts after spin class")


# (8) A breath held then caught again in sleep ('憋一下气又喘上来') is a pause, not breathlessness.
@pytest.mark.parametrize("text", ["睡觉时好像憋一下气又喘上来", "打呼噜，停一会儿又喘过来"])
def test_catching_the_breath_again_is_not_breathlessness(text: str) -> None:
    assert "dyspnea" not in current_codes(text)


@pytest.mark.parametrize("text", ["今天又喘了", "一动就喘", "老是喘得厉害"])
def test_breathlessness_said_with_again_or_on_moving_stays(text: str) -> None:
    assert "dyspnea" in current_codes(text)
