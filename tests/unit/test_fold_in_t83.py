"""blind83 (older people and long-term conditions): the three under-triaged emergencies of the first look, each read
as a family, with the near misses that must not change; and printed words blurred when reading, read as the sight."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


# (1) Red pee on a blood thinner (NHS Warfarin, side effects: serious bleeding; NHS Apixaban, Rivaroxaban: red pee is
# serious bleeding, call a doctor or go to A&E straight away).
@pytest.mark.parametrize("text", [
    "dad is on rivaroxaban and his pee has gone pink today",
    "I take apixaban for my AF and there's blood in my urine since this morning",
    "mum's on warfarin, her wee is red",
    "我爸吃着利伐沙班，今天小便发红",
    "我妈一直吃华法林，这两天尿里有血",
    "在吃抗凝药，早上发现尿是红色的",
])
def test_blood_in_the_urine_on_a_blood_thinner_is_an_emergency(text: str) -> None:
    urgency, rules = decide(text, age=76)
    assert urgency == "emergency" and "anticoagulant_blood_in_urine" in rules


@pytest.mark.parametrize("text", [
    "I'm on warfarin and my gums bleed when I brush my teeth",
    "blood in my pee, I don't take any blood thinners",
    "我妈吃华法林，刷牙的时候牙龈出血",
    "尿有点红，没有吃抗凝药",
    "吃着华法林，尿的颜色正常，没有血",
])
def test_gums_on_a_blood_thinner_or_red_pee_without_one_is_not_this_rule(text: str) -> None:
    _, rules = decide(text, age=76)
    assert "anticoagulant_blood_in_urine" not in rules


# (2) A toe gone black in someone with diabetes (NICE NG19 1.3.3: gangrene, with or without ulceration, is a
# limb-threatening diabetic foot problem: refer immediately to acute services).
@pytest.mark.parametrize("text", [
    "I'm diabetic and two of my toes have turned black",
    "my mum has type 2 diabetes and the tip of her big toe is going black",
    "糖尿病好多年了，大脚趾头发黑了",
    "我爸有糖尿病，脚趾尖这几天变黑了",
    "外婆糖尿病，小脚趾乌黑",
])
def test_a_black_toe_in_diabetes_is_an_emergency(text: str) -> None:
    urgency, rules = decide(text, age=70)
    assert urgency == "emergency" and "diabetic_foot_gangrene" in rules


@pytest.mark.parametrize("text", [
    "diabetic, my toenail has gone black after the marathon",
    "I'm diabetic, my toes are fine, no black patches",
    "糖尿病，脚趾甲发黑了，是跑步挤的",
    "糖尿病，脚趾没有发黑",
    "my big toe went black when I dropped a tin on it, not diabetic",
])
def test_a_black_toenail_or_a_toe_not_black_is_not_diabetic_gangrene(text: str) -> None:
    _, rules = decide(text, age=60)
    assert "diabetic_foot_gangrene" not in rules


@pytest.mark.parametrize("text", ["脚趾甲发黑了", "my toenail has gone black", "脚趾没有发黑", "black toenail after running"])
def test_a_black_toenail_is_not_read_as_a_black_toe(text: str) -> None:
    assert "toe_gangrene" not in current_codes(text)


# (3) A deep cut still bleeding after pressure held for many minutes (NHS Cuts and grazes: A&E if the bleeding does not
# stop after 10 minutes of pressure): the deep wound still oozing no longer hides the bleeding that will not stop.
@pytest.mark.parametrize("text", [
    "切菜切了个很深的口子，按了十几分钟还一直在流血",
    "手掌划了一个挺深的伤口，用纱布捂了半小时还在往外渗血",
    "被玻璃割了个很深的口子，压了15分钟仍然在出血",
])
def test_a_deep_cut_still_bleeding_after_pressure_is_heavy_bleeding(text: str) -> None:
    urgency, rules = decide(text, age=50)
    assert urgency == "emergency" and "heavy_bleeding" in rules


@pytest.mark.parametrize("text", ["很深的口子，压了一会儿就不流血了", "伤口挺深的，现在已经不出血了", "两个很深的牙印，还在渗血"])
def test_a_deep_cut_that_stopped_or_just_oozes_is_not_heavy_bleeding(text: str) -> None:
    assert "heavy_bleeding" not in current_codes(text)


# (4) Printed words blurred when reading are the sight (NHS Diabetic retinopathy: vision gradually worse, see the
# optician or GP), not slurred speech.
@pytest.mark.parametrize("text", [
    "the words in the paper are blurry even with my glasses",
    "words go a bit fuzzy when I'm reading",
    "the print is blurred when I read my book",
])
def test_blurry_words_when_reading_are_blurred_vision_not_speech(text: str) -> None:
    codes = current_codes(text)
    assert "blurred_vision" in codes and "speech_difficulty" not in codes


@pytest.mark.parametrize("text", ["his words are blurry and his face has dropped", "her speech is blurry all of a sudden"])
def test_blurry_speech_is_still_speech(text: str) -> None:
    assert "speech_difficulty" in current_codes(text)


@pytest.mark.parametrize("text", ["在雪山上待了一夜，脚趾发黑了", "frostbite, my toes have gone black"])
def test_toes_black_from_frostbite_stay_frostbite(text: str) -> None:
    assert "frostbite" in current_codes(text)
