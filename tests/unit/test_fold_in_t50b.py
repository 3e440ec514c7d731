"""blind50, second round: expected after-effects that are self-care only when the operation or medicine is named
and nothing worse is said; the red flags always decide.

- a little blood in the urine after a prostate operation (TURP) (NHS Transurethral resection of the prostate)
- hair loss during chemotherapy (NHS Chemotherapy)
- dark stools on iron tablets (NHS Ferrous sulfate), and "吃了几天" ties the iron to the colour"""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


@pytest.mark.parametrize("text", [
    "Dad had his TURP last week, home now. His pee is still a bit pink sometimes, no clots, peeing fine",
    "after my transurethral resection of the prostate my wee has gone slightly pink on and off",
    "我老伴前列腺电切回家五天了，小便偶尔还是粉红色的，没有血块，尿得挺顺",
    "前列腺手术出院三天，尿有点淡粉色，喝水也多",
])
def test_pink_urine_after_a_turp_is_self_care(text: str) -> None:
    urgency, rules = decide(text, age=72)
    assert urgency == "self_care" and "turp_blood_in_urine" in rules


@pytest.mark.parametrize("text", [
    # the same after-effect with a fever, with being unable to pee, with tummy pain
    "had a TURP 6 days ago, pee is pink and now I have a fever of 38.6 and shivers",
    "前列腺电切后小便粉红色，现在发烧38度5",
    "after the TURP my wee is pink and now I can't pee at all, bladder is bursting",
    "TURP last week, wee is pink and I have bad tummy pain",
    # the after-effect without the operation named
    "my pee is a bit pink today, no pain",
    "小便有点粉红色，不疼",
    # a long time after the operation
    "I had a TURP 3 years ago and this week my wee has been pink",
])
def test_pink_urine_with_a_worse_feature_without_the_operation_or_long_after_is_not_self_care(text: str) -> None:
    urgency, rules = decide(text, age=72)
    assert urgency != "self_care" and "turp_blood_in_urine" not in rules


@pytest.mark.parametrize("text", [
    "I'm on my third cycle of chemo and my hair is coming out in clumps, otherwise ok",
    "化疗第三个疗程，头发掉得厉害，一抓一大把，别的没什么",
])
def test_hair_loss_during_chemotherapy_is_self_care(text: str) -> None:
    urgency, rules = decide(text, age=50)
    assert urgency == "self_care" and "chemotherapy_hair_loss" in rules


@pytest.mark.parametrize("text", [
    # chemotherapy with a fever: neutropenic sepsis decides
    "on chemo, hair falling out and now a temperature of 38.3",
    "正在化疗，掉头发，今天发烧38度",
    # hair loss without chemotherapy named
    "my hair is falling out in clumps",
    "最近头发掉得厉害",
    # chemotherapy long ago is history, not a current course
    "I had chemo five years ago and now my hair is thinning",
])
def test_hair_loss_with_a_fever_or_without_chemotherapy_is_not_this_group(text: str) -> None:
    urgency, rules = decide(text, age=50)
    assert "chemotherapy_hair_loss" not in rules
    if "38" in text:
        assert urgency in ("emergency", "emergency_ambulance")


@pytest.mark.parametrize("text", [
    "since starting the iron tablets from the hospital my poo is very dark green, I feel fine",
    "the ferrous sulfate is making my stools black, no tummy pain",
    "出院开的铁剂吃了一个礼拜，大便发黑，成形的，人没什么不舒服",
    "补铁的琥珀酸亚铁吃了五天，大便变黑了，肚子不疼",
])
def test_dark_stools_on_iron_are_self_care(text: str) -> None:
    urgency, rules = decide(text, age=45)
    assert urgency == "self_care" and "iron_dark_stools" in rules


@pytest.mark.parametrize("text", [
    # black stools with iron named but a bleed's features: dizziness, vomiting blood, tarry and sticky
    "on iron tablets and my poo is black, I feel dizzy and faint when I stand",
    "taking iron tablets, my poo is black and I vomited blood",
    "吃铁剂以后大便发黑，今天还吐了血",
    "吃了铁剂，大便发黑，头晕，站起来眼前发黑",
    # black stools with no iron named
    "my poo has been black for two days, I feel fine",
    "大便发黑两天了，人没什么不舒服",
])
def test_black_stools_with_a_bleeding_feature_or_without_iron_are_not_self_care(text: str) -> None:
    urgency, rules = decide(text, age=45)
    assert urgency != "self_care" and "iron_dark_stools" not in rules


def test_taken_for_some_days_ties_iron_to_the_colour_but_a_denied_iron_does_not() -> None:
    assert "melena" not in current_codes("补铁药吃了几天，大便发黑")
    assert "melena" in current_codes("没吃铁剂，大便发黑好几天了")
    assert "melena" in current_codes("大便发黑好几天了")


def test_a_child_who_swallowed_iron_tablets_is_still_an_emergency() -> None:
    urgency, _ = decide("my toddler swallowed some of my iron tablets and now his poo is black", age=2)
    assert urgency in ("emergency", "emergency_ambulance")


@pytest.mark.parametrize("text", [
    "I started ramipril a month ago and have had a dry tickly cough ever since",
    "dry cough since the doctor put me on lisinopril, no fever",
    "出院开的依那普利吃了三周，一直干咳，没有痰",
    "干咳好几周了，在吃培哚普利",
])
def test_a_cough_on_an_ace_inhibitor_is_not_a_colds_self_care(text: str) -> None:
    urgency, _ = decide(text, age=60)
    assert urgency == "routine"
    assert {"ace_inhibitor_cough", "cough"} <= current_codes(text)


@pytest.mark.parametrize("text", ["I have a dry cough and a runny nose", "咳嗽，流鼻涕两天"])
def test_a_cough_without_an_ace_inhibitor_is_still_a_cold(text: str) -> None:
    urgency, rules = decide(text, age=40)
    assert urgency == "self_care" and "ace_inhibitor_cough" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "there is a bulge next to my operation scar that pops out when I cough and goes when I lie down",
    "开过刀的肚子上，刀口旁边鼓了个包，咳嗽就鼓出来，躺下就没了",
])
def test_a_bulge_beside_a_scar_is_a_hernia_not_a_cough(text: str) -> None:
    urgency, _ = decide(text, age=64)
    assert "hernia" in current_codes(text) and urgency != "self_care"


def test_a_hot_red_painful_boob_with_fever_is_not_a_cold() -> None:
    text = "baby is 2 weeks old, my right boob has a hot red wedge shaped patch and really hurts, shivery, temp 38.4"
    urgency, rules = decide(text, age=31)
    assert "breast_symptoms" in current_codes(text) and urgency == "urgent" and "common_cold_flu" not in rules


@pytest.mark.parametrize("text", [
    "Home a week now after being in hospital with pneumonia, still tired and coughing a bit, better each day",
    "因为肺炎住了十来天院，出院一周了，还是容易累，还有点咳嗽，不过一天比一天好",
])
def test_tiredness_after_a_stay_for_pneumonia_is_self_care(text: str) -> None:
    urgency, rules = decide(text, age=67)
    assert urgency == "self_care" and "pneumonia_recovery" in rules


@pytest.mark.parametrize("text", [
    # the same with a fever, breathlessness or chest pain
    "home after pneumonia, still tired and now breathless with a fever again",
    "肺炎出院一周了，还是容易累，又发烧了",
    "discharged after pneumonia last week, tired, and a sharp chest pain when I breathe in",
    # pneumonia now, not a recovery at home
    "I have pneumonia, tired and coughing",
    # a stay long ago
    "I had pneumonia two years ago and was discharged, now I am tired all the time",
    # the tiredness without the stay named
    "still tired and need a nap in the afternoon",
])
def test_tiredness_with_a_worse_feature_or_without_a_recent_stay_is_not_pneumonia_recovery(text: str) -> None:
    urgency, rules = decide(text, age=67)
    assert "pneumonia_recovery" not in rules
    if "fever" in text or "发烧" in text or "chest pain" in text:
        assert urgency != "self_care"
