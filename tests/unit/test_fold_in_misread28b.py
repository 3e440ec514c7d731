"""misread28b: six known misreadings of earlier blind sets, each read as a family, with the near misses that must not
change (an arm hurt in a fall, English falls, a mouth said to be 烂, everyday words for stress, poor sleep, red urine
and a stinging pee, two-coloured phlegm, sudden deafness said in English)."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide, fired

_INJURED_LIMB_RULES = {"possible_fracture", "injured_limb_not_used", "deformed_limb_after_injury"}


# (1) An arm that cannot be lifted or moved after a fall, with pain, is the injured arm (NHS Broken arm or wrist; NHS
# Broken collarbone: 111 if you cannot use your arm normally after an injury), not the arm weakness of FAST.
@pytest.mark.parametrize("text", [
    "slipped on the ice and landed on my arm, now I can't lift my arm and my shoulder is agony",
    "tripped over the dog this morning, can't raise my left arm, the elbow really hurts",
    "came off my bike onto my shoulder and now I can't move my right arm, it's so painful",
    "摔了一跤手撑地，右胳膊动不了，手腕很疼",
    "从自行车上摔下来，左边胳膊抬不起来，肩膀疼得厉害",
])
def test_an_arm_that_cannot_be_lifted_after_a_fall_with_pain_is_an_injured_arm_not_a_stroke(text: str) -> None:
    urgency, rules = decide(text, age=45)
    assert "stroke_signs" not in fired(text) and "one_sided_weakness" not in current_codes(text)
    assert rules & _INJURED_LIMB_RULES and urgency != "emergency_ambulance"


@pytest.mark.parametrize("text", [
    "my dad suddenly can't lift his right arm and his face has dropped on one side",
    "I can't lift my left arm, it came on suddenly an hour ago, I haven't hurt it",
    "she fell and now she can't lift her right arm and her speech is slurred",
    "he fell over, can't lift his right arm and has a terrible headache",
    "摔了一跤，右胳膊抬不起来，嘴也歪了，说话不清楚",
])
def test_arm_weakness_with_no_injury_or_with_face_speech_or_headache_stays_a_stroke_sign(text: str) -> None:
    assert "stroke_signs" in fired(text)


# (2) English falls (NHS Falls): a fall said with the person and the place, or as "had a fall"; after it, being unable to
# stand up is the leg not used (NHS Hip fracture: 999 if, after a fall, you cannot stand or put weight on the leg and
# the hip hurts; NHS Broken leg).
@pytest.mark.parametrize("text", [
    "my wife fell in the shower this morning",
    "grandad fell onto the floor in the hallway",
    "she had a bad fall yesterday",
    "Dad fell last night getting out of bed",
    "I fell on the ice outside the shop",
    "我妈摔倒在卫生间了",
])
def test_a_fall_said_with_the_person_or_the_place_is_a_recent_fall(text: str) -> None:
    assert "recent_fall" in current_codes(text)


@pytest.mark.parametrize("text", ["she fell asleep on the sofa", "he fell ill last week with flu", "I fell in love with the house",
                                  "she fell pregnant in March", "she didn't fall, she just felt dizzy", "he fell behind at school"])
def test_falling_asleep_ill_in_love_or_no_fall_is_not_a_fall(text: str) -> None:
    assert "recent_fall" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "my mum fell in the kitchen, she can't stand up and her hip hurts",
    "Nan had a fall in the garden, she can't get back on her feet and her hip really hurts",
    "he fell onto the bathroom floor, pain in his right hip and he couldn't stand",
    "奶奶摔倒在厨房，站不起来，大腿根疼",
])
def test_a_fall_then_unable_to_stand_with_hip_pain_is_a_suspected_hip_fracture(text: str) -> None:
    urgency, rules = decide(text, age=82)
    assert urgency == "emergency_ambulance" and "suspected_hip_fracture" in rules


@pytest.mark.parametrize("text", [
    "she fell in the kitchen and now she can't stand up",
    "I fell down the last two steps and I can't stand on my left foot",
])
def test_a_fall_then_unable_to_stand_is_an_injured_limb_not_used(text: str) -> None:
    urgency, rules = decide(text, age=40)
    assert urgency in ("urgent", "emergency", "emergency_ambulance") and rules & _INJURED_LIMB_RULES


@pytest.mark.parametrize("text", ["I can't stand the pain in my tooth", "I can't stand up straight because of my back",
                                  "so dizzy I can't stand up", "she fell in the kitchen, her hip hurts but she can walk fine"])
def test_cannot_stand_without_a_fall_or_a_fall_with_walking_fine_is_no_injured_limb(text: str) -> None:
    _, rules = decide(text, age=40)
    assert not rules & (_INJURED_LIMB_RULES | {"suspected_hip_fracture"})


# (3) The inside of the mouth said to be 烂 is mouth sores (NHS Mouth ulcers; NHS Stevens-Johnson syndrome: sores in the
# mouth with blistering, peeling skin).
@pytest.mark.parametrize("text", ["嘴里烂了好几处，吃饭疼", "口腔溃烂三天了", "舌头上烂了一块", "满嘴都烂了", "孩子嘴巴里破了好几个口子"])
def test_a_mouth_said_to_be_sore_and_broken_down_is_a_mouth_ulcer(text: str) -> None:
    assert "mouth_ulcer" in current_codes(text)


@pytest.mark.parametrize("text", ["吃了新药一周，全身起水疱脱皮，嘴里都烂了", "身上起水疱还脱皮，发烧，嘴巴里也烂了"])
def test_blistering_peeling_skin_with_a_mouth_broken_down_is_a_severe_skin_reaction(text: str) -> None:
    urgency, rules = decide(text, age=50)
    assert urgency == "emergency" and "severe_skin_reaction_blistering" in rules


@pytest.mark.parametrize("text", ["嘴里的牙烂了一个洞", "嘴角烂了", "嘴里没烂，就是喉咙疼", "上个月嘴里烂过，现在好了"])
def test_a_rotten_tooth_a_split_mouth_corner_or_no_sores_now_is_no_mouth_ulcer(text: str) -> None:
    assert "mouth_ulcer" not in current_codes(text)


# (4) Everyday words: stress (NHS Stress, read as anxiety as the exam_stress group does), poor sleep (NHS Insomnia), red
# urine (NHS Blood in urine) and a pee that burns or stings (NHS Urinary tract infections).
@pytest.mark.parametrize("text", ["I'm really stressed at the moment", "been so stressed out lately", "under a lot of stress at work",
                                  "stressed and not sleeping", "feeling really stressed out with everything"])
def test_stress_said_of_oneself_now_is_anxiety(text: str) -> None:
    assert "anxiety" in current_codes(text)


@pytest.mark.parametrize("text", ["I always get these headaches when I'm stressed", "my mouth ulcers come when stressed",
                                  "I'm not stressed, just tired", "the doctor stressed that I should rest"])
def test_stress_as_a_trigger_denied_or_another_meaning_is_not_anxiety(text: str) -> None:
    assert "anxiety" not in current_codes(text)


@pytest.mark.parametrize("text", ["sleeping really badly for weeks", "I'm not sleeping properly", "my sleep has been terrible",
                                  "poor sleep since the move", "can't sleep properly"])
def test_poor_sleep_in_everyday_words_is_insomnia(text: str) -> None:
    assert "insomnia" in current_codes(text)


@pytest.mark.parametrize("text", ["I sleep well", "no problems sleeping", "sleeping fine"])
def test_good_sleep_is_not_insomnia(text: str) -> None:
    assert "insomnia" not in current_codes(text)


@pytest.mark.parametrize("text", ["腰疼，尿也有点红", "尿有点发红", "尿液也有点发红", "尿色有点发红"])
def test_urine_said_to_be_a_bit_red_is_haematuria(text: str) -> None:
    assert "hematuria" in current_codes(text)


@pytest.mark.parametrize("text", ["尿不红", "尿布疹红红的", "尿常规正常", "没有尿红"])
def test_urine_not_red_or_a_nappy_rash_is_not_haematuria(text: str) -> None:
    assert "hematuria" not in current_codes(text)


@pytest.mark.parametrize("text", ["it burns when I go", "it burns when I go to the loo and I'm going all the time",
                                  "stings when she goes, she's going every 20 minutes", "it stings when I have a wee"])
def test_a_burning_or_stinging_when_going_is_painful_urination(text: str) -> None:
    assert {"dysuria", "urinary_symptoms"} <= current_codes(text)


@pytest.mark.parametrize("text", ["it stings when I eat crisps", "it burns when I go running", "it stings when I go for a poo",
                                  "it doesn't burn when I wee"])
def test_a_sting_eating_running_or_on_a_poo_or_denied_is_not_painful_urination(text: str) -> None:
    assert "dysuria" not in current_codes(text)


# (5) Phlegm of two colours joined by a hyphen or slash is phlegm (NHS Chest infection; NHS Pneumonia: yellow, green,
# brown or blood-stained mucus), not vomited blood; blood-stained phlegm and coffee-ground vomit keep their readings.
@pytest.mark.parametrize("text", ["cough bringing up green-brown phlegm with a fever", "been bringing up yellow-green mucus for a week",
                                  "bringing up brown/green sputum since Monday"])
def test_two_coloured_phlegm_brought_up_is_not_vomited_blood(text: str) -> None:
    assert "vomit_blood" not in current_codes(text) and "gi_bleeding" not in fired(text)


def test_blood_stained_phlegm_and_coffee_ground_vomit_keep_their_readings() -> None:
    assert "cough_blood" in current_codes("bringing up blood-stained phlegm")
    assert "vomit_blood" in current_codes("brought up dark brown stuff, like coffee grounds")


# (6) Sudden hearing loss said in English (NHS Hearing loss: an urgent GP appointment or NHS 111 if you've suddenly lost
# hearing in 1 or both ears); 耳鼻咽喉科.
@pytest.mark.parametrize("text", ["woke up this morning and my left ear is almost completely deaf",
                                  "I've gone deaf in my right ear since yesterday", "lost the hearing in my left ear overnight",
                                  "右耳突然什么都听不见了", "突发耳聋，左耳听不见"])
def test_hearing_lost_suddenly_in_one_ear_is_sudden_hearing_loss(text: str) -> None:
    urgency, rules = decide(text, age=50)
    assert urgency == "urgent" and "sudden_hearing_loss" in rules


@pytest.mark.parametrize("text", ["my hearing has been getting worse over the years", "my dad is deaf in one ear",
                                  "my left ear has been going deaf slowly for a couple of years"])
def test_hearing_that_went_slowly_or_long_ago_is_not_sudden(text: str) -> None:
    assert "hearing_loss_sudden" not in current_codes(text)
