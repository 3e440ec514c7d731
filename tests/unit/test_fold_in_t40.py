"""blind40 (mental health, alcohol and drugs, sleep, headaches and neurological symptoms, chronic pain): what its
first look missed, read for what it says, with the near-misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


@pytest.mark.parametrize("text", [
    "My brother has stopped his antipsychotics; the voices are ordering him to kill us and he is pacing the hallway with a machete",
    "Dad is wandering round the flat carrying a carving knife and saying the voices told him to attack people",
    "我哥不吃药了，说有声音命令他去砍我们，现在手里拿着菜刀",
])
def test_command_voices_and_a_knife_are_a_risk_to_others(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency in {"emergency", "emergency_ambulance"} and "risk_of_harm_to_others" in rules


@pytest.mark.parametrize("text", [
    "I was carving the roast with a kitchen knife and nicked my finger",
    "he hears voices sometimes but has never threatened anyone",
])
def test_a_kitchen_knife_or_voices_alone_are_no_violence(text: str) -> None:
    assert "violence_risk" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "I take apixaban; my nose began bleeding about 20 minutes ago and still hasn't stopped",
    "Nosebleed that hasn't stopped despite pinching the soft part of my nose",
])
def test_a_nosebleed_that_has_not_stopped(text: str) -> None:
    assert decide(text, age=70) == ("emergency", {"heavy_bleeding"})


@pytest.mark.parametrize("text", [
    "My nose started bleeding 20 minutes ago but it stopped after I pinched it",
    "had a nosebleed this morning, it stopped after five minutes",
])
def test_a_nosebleed_that_stopped_is_no_heavy_bleeding(text: str) -> None:
    assert "heavy_bleeding" not in current_codes(text)


def test_a_deep_kitchen_cut_said_in_chinese() -> None:
    urgency, rules = decide("削土豆时割了一条两厘米的口子，很深，能看见白色的东西", age=40)
    assert urgency == "emergency" and "deep_wound_or_numb" in rules
    assert "deep_wound_or_numb" not in decide("手指割了一道小口子，不深，贴了创可贴", age=40)[1]


def test_breathing_discomfort_denied_is_not_apnoea() -> None:
    assert "unresponsive" not in current_codes("被虫子咬了几个包，没有呼吸不舒服")
    assert "unresponsive" in current_codes("老人倒在地上，没有呼吸")


@pytest.mark.parametrize("text", [
    "Grandpa is 80 and has had a new headache by his left temple for a week; the scalp there is sore and his jaw hurts when he chews",
    "我爸75岁，这一周右边太阳穴头痛，梳头的时候头皮疼",
])
def test_temporal_arteritis_signs_in_other_words(text: str) -> None:
    assert decide(text, age=78)[1] >= {"temporal_arteritis_signs"}
    assert "temporal_arteritis_signs" not in decide(text, age=30)[1]


@pytest.mark.parametrize("text", [
    "She's convinced the landlord has put hidden microphones in the light fittings",
    "He says the TV is sending him secret messages",
    "他坚信邻居在他家装了摄像头监视他",
])
def test_delusions_of_surveillance_are_psychosis(text: str) -> None:
    assert "psychosis" in current_codes(text)


def test_real_cameras_are_no_delusion() -> None:
    assert "psychosis" not in current_codes("we put a camera in the hall to watch the dog")


@pytest.mark.parametrize("text", [
    "My son screams when he wees and has been running to the toilet every 20 minutes",
    "小便又疼又急，一会儿就想去",
])
def test_urinary_symptoms_in_everyday_words(text: str) -> None:
    assert "urinary_symptoms" in current_codes(text)


def test_crying_about_something_else_is_no_urinary_symptom() -> None:
    assert "urinary_symptoms" not in current_codes("the baby cries when I put her down")


@pytest.mark.parametrize("text", [
    "I was kneeling on the floor for ages and my left foot went dead and tingly, it's fine now",
    "跪着擦地半个小时，起来右腿麻了，走一走就好了",
])
def test_pins_and_needles_from_posture_is_self_care(text: str) -> None:
    assert decide(text, age=30) == ("self_care", {"positional_pins_and_needles"})


@pytest.mark.parametrize("text", [
    "sitting on the sofa and my right leg suddenly went numb",
    "sitting cross-legged, my right foot went numb and now I can't lift my right arm",
])
def test_a_limb_going_numb_at_rest_stays_a_stroke_sign(text: str) -> None:
    assert decide(text, age=60)[0] == "emergency_ambulance"


@pytest.mark.parametrize("text", [
    "My wife has barely slept for a week, talks non-stop and has racked up debts on three credit cards",
    "他这几天几乎不睡觉，说自己要干大事，话多得停不下来",
])
def test_mania_signs_with_little_sleep_are_urgent(text: str) -> None:
    assert decide(text, age=35) == ("urgent", {"possible_mania"})


def test_one_sign_of_mania_alone_is_not() -> None:
    assert "possible_mania" not in decide("he talks non-stop at parties", age=35)[1]
    assert "mania_signs" not in current_codes("I spent a lot on my credit card this month")


def test_breathing_pauses_with_a_gasp_and_tv_dozing() -> None:
    codes = current_codes("He snores and stops breathing for a few seconds then snorts; he nods off in front of the telly")
    assert "breathing_pauses" in codes and "confusion" not in codes
    assert "confusion" in current_codes("grandad keeps nodding off mid sentence")


@pytest.mark.parametrize("text", [
    "For the past few months Dad keeps asking the same question over and over",
    "我妈这半年记性越来越差，老是忘事",
])
def test_memory_decline_over_months_is_not_acute_confusion(text: str) -> None:
    urgency, rules = decide(text, age=78)
    assert "altered_consciousness" not in rules and urgency == "routine"


def test_sudden_repeated_questions_stay_acute_confusion() -> None:
    assert "altered_consciousness" in decide("since this morning Mum keeps asking the same questions and is confused", age=78)[1]


@pytest.mark.parametrize("text", [
    "When I get up too fast from the sofa I go light-headed for a second or two",
    "蹲久了猛地站起来会眼前发黑，几秒钟就好",
])
def test_brief_light_headedness_on_standing_is_self_care(text: str) -> None:
    assert decide(text, age=28) == ("self_care", {"postural_light_headedness"})


def test_light_headedness_on_standing_with_fainting_is_not() -> None:
    assert decide("I get light-headed when I stand up quickly and I fainted this morning", age=28)[0] != "self_care"


def test_a_tweaked_back_is_back_pain() -> None:
    assert "back_pain" in current_codes("I tweaked my back moving the sofa")
    assert "back_pain" not in current_codes("I tweaked my recipe and it came out fine")


def test_a_pale_face_in_motion_sickness_is_not_shock() -> None:
    text = "儿子坐大巴就恶心想吐，脸色发白，下车就好"
    assert decide(text, age=8) == ("self_care", {"motion_sickness"})
    assert "shock_signs" in current_codes("他吐了血，脸色发白")


@pytest.mark.parametrize("text", [
    "my 5 year old has chickenpox, itchy spots all over and a slight temperature, eating fine",
    "女儿7岁出水痘了，身上好多小水疱，很痒，有点低烧",
])
def test_chickenpox_in_a_child_is_self_care(text: str) -> None:
    assert decide(text, age=6) == ("self_care", {"chickenpox_child"})


def test_chickenpox_in_an_adult_stays_urgent() -> None:
    assert decide("I'm 30 and I've got chickenpox, itchy spots everywhere and a fever", age=30)[0] == "urgent"


def test_thrush_like_last_time_in_chinese_is_a_history() -> None:
    assert "thrush_before" in current_codes("外阴痒，白带豆腐渣样，跟上次的霉菌性阴道炎一样")
    assert "thrush_before" not in current_codes("外阴痒，白带豆腐渣样，以前从来没得过")
