"""misread31a: known misreadings of the triage engine, each read as a family, with the near misses that must not
change (negated, someone else, benign look-alikes)."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide, fired


# (2) A blow to the head with the thing struck with named in between (NHS Head injury and concussion).
@pytest.mark.parametrize("text", [
    "he was hit with a baseball bat on the side of his head",
    "she got whacked by a branch on the back of her head",
    "I was struck with a hockey stick on the top of my head",
    "后脑勺被棒球棍打了一下",
    "头上被人用砖头砸了",
])
def test_a_blow_with_something_on_the_head_is_a_head_injury(text: str) -> None:
    assert "head_injury" in current_codes(text)


@pytest.mark.parametrize("text", ["hit with a bat on the back of my leg", "he was hit with a ball on the knee", "我被打了一针"])
def test_a_blow_elsewhere_is_not_a_head_injury(text: str) -> None:
    assert "head_injury" not in current_codes(text)


# (4) Out for a moment and coming round is a transient loss of consciousness (NICE CG109).
@pytest.mark.parametrize("text", ["晕了一下马上就醒了", "晕过去几秒就醒过来了", "她晕了一会儿，很快就醒了"])
def test_fainting_briefly_and_coming_round_is_a_faint(text: str) -> None:
    assert "syncope" in current_codes(text)


@pytest.mark.parametrize("text", ["头晕了一下", "晚上醒了好几次", "晕车"])
def test_a_dizzy_moment_or_waking_at_night_is_not_a_faint(text: str) -> None:
    assert "syncope" not in current_codes(text)


# (5) NHS Fainting: someone faints and has a pounding, fluttering or irregular heartbeat: 999.
@pytest.mark.parametrize("text", [
    "my husband fainted in the kitchen and says his heart was pounding",
    "I passed out at work, my heart had been fluttering all morning",
    "刚才晕倒了，醒来心跳很乱",
    "她晕过去了，之前一直心慌",
])
def test_a_faint_with_palpitations_is_an_ambulance(text: str) -> None:
    assert "fainting_with_palpitations" in fired(text)
    urgency, rules = decide(text, age=50)
    assert urgency == "emergency_ambulance"


@pytest.mark.parametrize("text", ["no fainting, just palpitations after coffee", "没有晕倒，就是有点心慌", "my heart was racing after the exam",
                                  "I fainted last week, no palpitations"])
def test_palpitations_without_a_faint_or_a_faint_without_them_is_not_that_flag(text: str) -> None:
    assert "fainting_with_palpitations" not in fired(text)


# (6) NHS Croup: an urgent GP appointment or 111 if you think your child has croup.
@pytest.mark.parametrize("text", ["he has a barking cough like a seal", "咳嗽像小狗叫一样", "犬吠样咳嗽，声音哑了"])
def test_a_barking_cough_in_a_child_is_urgent(text: str) -> None:
    urgency, rules = decide(text, age=2)
    assert urgency == "urgent" and "croup_child" in rules


def test_a_barking_cough_in_an_adult_is_not_the_child_croup_rule() -> None:
    assert "croup_child" not in decide("barking cough", age=40)[1]


@pytest.mark.parametrize("text", ["no barking cough, just a runny nose", "咳嗽不像小狗叫"])
def test_a_denied_barking_cough_is_not_croup(text: str) -> None:
    assert "croup_child" not in decide(text, age=2)[1] and "croup" not in current_codes(text)


# (7) Small red bumps or dots named without a verb are a rash (NHS Rashes in babies and children).
@pytest.mark.parametrize("text", ["小红疙瘩，发烧39度", "身上一些红点点", "胳膊上小红点点"])
def test_small_red_bumps_are_a_rash(text: str) -> None:
    assert "rash" in current_codes(text)


@pytest.mark.parametrize("text", ["脖子上有个小红疙瘩", "长了一个小红疙瘩"])
def test_one_red_bump_is_not_a_rash(text: str) -> None:
    assert "rash" not in current_codes(text)


# (8) A hot drink or kettle that went over a limb is a scald, not a pain spreading into the arm.
@pytest.mark.parametrize("text", ["the kettle went over her arm", "the teapot went all over his leg", "a cup of hot tea went over my hand"])
def test_a_spill_over_a_limb_is_a_burn_not_radiating_pain(text: str) -> None:
    codes = current_codes(text)
    assert "burn" in codes and not codes & {"radiating_pain", "cardiac_radiation"}


@pytest.mark.parametrize("text", ["the pain went down my left arm", "the pain goes into my jaw", "it spreads to my arm"])
def test_a_pain_going_into_the_arm_still_spreads(text: str) -> None:
    assert current_codes(text) & {"radiating_pain", "cardiac_radiation"}


# (9) A baby's yellow poo is normal (NHS Baby poo): the stool, wee or phlegm said yellow is no jaundice.
@pytest.mark.parametrize("text", ["her poo is yellow", "his wee is yellow", "the phlegm is yellow", "baby's poo is yellow and seedy"])
def test_yellow_poo_or_wee_is_not_jaundice(text: str) -> None:
    assert "jaundice" not in current_codes(text)


@pytest.mark.parametrize("text", ["she is yellow", "her skin is yellow", "he looks yellow", "眼睛发黄"])
def test_yellow_skin_is_still_jaundice(text: str) -> None:
    assert "jaundice" in current_codes(text)


# (10) The navel named as a place is not tummy pain; with a pain word it is.
@pytest.mark.parametrize("text", ["肚脐周围", "肚脐周围一圈红红的肿起来了"])
def test_the_navel_named_as_a_place_is_not_tummy_pain(text: str) -> None:
    assert "abdominal_pain" not in current_codes(text)


@pytest.mark.parametrize("text", ["肚脐周围疼", "肚脐周围一阵一阵地疼", "肚脐附近有点不舒服"])
def test_pain_around_the_navel_is_tummy_pain(text: str) -> None:
    assert "abdominal_pain" in current_codes(text)


# (12) A burning pain is no burn.
@pytest.mark.parametrize("text", ["burning pain in my feet", "burning feeling in my hands at night"])
def test_a_burning_pain_is_not_a_burn(text: str) -> None:
    assert "burn" not in current_codes(text)


@pytest.mark.parametrize("text", ["burned my hand on the stove", "burnt my arm", "scalded my hand"])
def test_a_burn_is_still_a_burn(text: str) -> None:
    assert "burn" in current_codes(text)


# (17) Weight lost in stones and a flat mood (NHS Unintentional weight loss; NHS Depression).
@pytest.mark.parametrize("text", ["lost a stone without trying", "dropped two stone since Christmas", "I've lost over a stone"])
def test_weight_lost_in_stones_is_weight_loss(text: str) -> None:
    assert "weight_loss" in current_codes(text)


@pytest.mark.parametrize("text", ["been really flat", "she's been a bit flat since the funeral", "feeling flat and tired"])
def test_been_flat_is_low_mood(text: str) -> None:
    assert "low_mood" in current_codes(text)


@pytest.mark.parametrize("text", ["my tyre is flat", "he's been flat out at work", "I've got flat feet", "lying flat on my back"])
def test_flat_things_are_not_low_mood(text: str) -> None:
    assert "low_mood" not in current_codes(text)


# Found by the allevals run: the rash reading took "手心脚心有红点点" from hand, foot and mouth disease, and the jaundice
# said as "have gone a yellowish colour" had been read only through the yellow poo.
@pytest.mark.parametrize("text", ["手心脚心有红点点", "手上脚上有几个小红点", "手心和脚心有小疱"])
def test_spots_on_palms_and_soles_said_with_you_are_hand_foot_and_mouth(text: str) -> None:
    assert "hand_foot_mouth" in current_codes(text)


def test_no_spots_on_palms_and_soles_is_not_hand_foot_and_mouth() -> None:
    assert "hand_foot_mouth" not in current_codes("手心脚心没有红点")


@pytest.mark.parametrize("text", ["his skin and the whites of his eyes have gone a yellowish colour",
                                  "her face and eyes have gone a yellow colour"])
def test_skin_and_eyes_gone_a_yellowish_colour_is_jaundice(text: str) -> None:
    assert "jaundice" in current_codes(text)
