"""blind121 (a representative week at the pre-consultation desk): the head injury read as self-care because 'no helmet'
denied the knock after it, then shingles on one named side of the head, knee pain named by where it is and a chest
strain told before its trigger, each read as a family, with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, department_group, service_decide

EMERGENT = ("emergency", "emergency_ambulance")


# (1) A helmet or seat belt not worn is the mechanism of the injury, not a denial of what follows it (NHS Head injury and
# concussion: vomiting since the injury, or a headache that painkillers do not ease, is A&E; NICE NG232).
@pytest.mark.parametrize("text", [
    "came off my bike this morning no helmet, hit my head on the kerb. been sick twice since and the headache isnt going "
    "away with paracetamol",
    "didn't have a helmet on, banged my head, thrown up twice",
    "fell off my scooter with no helmet on and hit my head, been sick",
    "骑车摔倒没戴头盔磕到头，头疼吃了止痛药也不管用",
])
def test_a_head_injury_after_no_helmet_is_still_a_head_injury(text: str) -> None:
    urgency, rules = service_decide(text, age=25, sex="M")
    assert urgency in EMERGENT and rules & {"head_injury_danger", "head_injury_headache_unrelieved"}


@pytest.mark.parametrize("text", [
    "came off my bike, no helmet, grazed my knee, no head injury, not sick",
    "骑车摔了一下，没戴头盔，但是没磕到头，也没吐",
])
def test_no_helmet_with_the_head_injury_denied_is_not_a_head_injury(text: str) -> None:
    urgency, rules = service_decide(text, age=25, sex="M")
    assert "head_injury" not in current_codes(text) and urgency not in EMERGENT


# (2) Blisters on one named side of the head, face or trunk (t121z-020, NHS Shingles) were read as shingles on fold-t121;
# taken out at staging (stop 35): the same words follow a burn ("splashed hot oil, now blisters on the left side of my face",
# "左边脸颊起了两个水泡" after 油锅溅: blind75 t75z-014, blind84 t84z-014, serious_burn at A&E) and the pattern took them from
# the burn. For the next stop: a shingles reading that knows the burn said before it.
@pytest.mark.parametrize("text", [
    "splashed hot oil while frying, now blisters on the left side of my face and it really hurts",
    "做饭的时候油锅溅起来烫到脸了，左边脸颊起了两个水泡，火辣辣的疼",
])
def test_blisters_after_a_burn_stay_a_serious_burn(text: str) -> None:
    urgency, rules = service_decide(text, age=45, sex="F")
    assert urgency == "emergency" and "serious_burn" in rules



@pytest.mark.parametrize("text", [
    "右手被开水烫了，起了一片小水泡",
    "左边脸被开水烫了，起了几个水泡",
    "左脚后跟走路磨出了水泡",
    "左边嘴角起了一片小水泡",
    "burnt the left side of my face on the grill, a few blisters",
])
def test_a_burn_a_rubbed_heel_or_a_cold_sore_on_one_side_is_not_shingles(text: str) -> None:
    assert "shingles" not in current_codes(text)


# (3) Knee or hip pain named by where it is on the joint (NHS Knee pain: see a GP if it has not improved after 2 weeks of
# treating it at home): a joint problem, 外科, not nothing recognised.
@pytest.mark.parametrize("text", [
    "pain on the outside of my right knee when i run, been resting and icing it 3 weeks and its still there. no swelling, "
    "walking is fine",
    "pain in my left knee when I go down stairs for a month",
    "pain around my kneecap after running, 3 weeks",
    "pain on the inside of my knee for weeks",
    "pain in my hip when I walk for a month",
])
def test_pain_named_on_the_knee_or_hip_is_joint_pain(text: str) -> None:
    assert "joint_pain" in current_codes(text)
    urgency, _ = service_decide(text, age=34, sex="F")
    assert urgency == "routine" and department_group(text, age=34) == "外科"


@pytest.mark.parametrize("text", ["no pain in my knee, just a rash on my leg", "pain in my knee replacement scar"])
def test_denied_knee_pain_or_a_knee_replacement_scar_is_not_joint_pain(text: str) -> None:
    assert "joint_pain" not in current_codes(text)


# (4) A chest sore to press or twist, told before the gym or lifting that started it (NHS Chest pain: starts after chest
# exercise or injury; NHS Sprains and strains): the chest strain's self-care, while breathlessness, sweating or spreading
# pain keep chest_pain_danger_features.
@pytest.mark.parametrize("text", [
    "sharp pain on the left side of my chest when i press on it or twist, started the day after doing heavy bench press. "
    "breathing fine, no other symptoms",
    "pain in my chest when I press on it, since lifting weights at the gym on saturday",
    "sore ribs on the right when I twist, it started after rugby training",
    "左边胸口一按就疼，扭身也疼，是前天卧推之后开始的",
    "胸口按着就疼，健身完开始的",
])
def test_a_chest_sore_to_press_told_before_its_trigger_is_a_chest_strain(text: str) -> None:
    urgency, rules = service_decide(text, age=20, sex="M")
    assert urgency == "self_care" and "chest_wall_strain" in rules


@pytest.mark.parametrize("text", [
    "pain in my chest when I press on it since the gym, and now I'm sweaty and short of breath",
    "crushing pain in my chest since the gym, spreading to my left arm",
    "胸口一按就疼，健身完开始的，现在喘不上气，出冷汗",
])
def test_a_chest_strain_with_danger_features_stays_an_emergency(text: str) -> None:
    urgency, rules = service_decide(text, age=20, sex="M")
    assert urgency in EMERGENT and "chest_pain_danger_features" in rules
