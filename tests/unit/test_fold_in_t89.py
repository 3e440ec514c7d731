"""blind89 (audit-style vignettes, third person with age and sex): the under-triaged emergency of the first look (a
stray dog's deep bite to the hand, read as a toothache's "牙洞") and the other misses folded in, each read as a family,
with the near misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide, department_group, fired


# (1) A bite the patient calls deep that bled and is not said to have stopped (NHS Animal and human bites: go to A&E if
# the wound is large or deep; 狂犬病暴露预防处置工作规范 2016: a bite through the skin is a grade III exposure).
@pytest.mark.parametrize("text", [
    "患者女，40岁，被邻居家的狗咬了左小腿，两个很深的牙洞，流了好多血，刚用肥皂水洗过",
    "被流浪猫咬了手背，挺深的伤口，出了不少血，冲过水了",
    "儿子被小区的狗咬了胳膊，有个特别深的口子，流血了",
    "the stray dog bit my forearm, two deep puncture wounds, they bled quite a lot, I've washed them",
    "A 30-year-old woman was bitten on the hand by a neighbour's dog; deep tooth marks that bled, rinsed under the tap",
])
def test_a_deep_bite_that_bled_goes_to_a_and_e(text: str) -> None:
    assert "deep_or_bleeding_bite" in fired(text)
    assert decide(text, 33)[0] == "emergency"


@pytest.mark.parametrize("text", [
    "被狗咬了一口 两个很深的牙洞 已经不出血了",
    "被狗咬了手，两个挺深的牙洞，出了点血，按了一会儿就止住了",
    "被狗咬了手，伤口不深，出了点血",
    "被猫咬了一下，两个小牙印，没出血",
    "the dog bit my hand, two deep holes, bled a bit but that stopped after a minute",
    "our cat bit me on the back of my hand last night, 2 deep little holes, now red and swollen",
    "the dog nipped my finger, not deep, bled a little",
])
def test_a_deep_bite_that_stopped_bleeding_or_a_shallow_one_stays_urgent(text: str) -> None:
    assert "deep_or_bleeding_bite" not in fired(text)
    assert decide(text, 33)[0] == "urgent"


@pytest.mark.parametrize("text", ["切菜切了个挺深的口子，流了好多血", "手上一个很深的伤口，流血了"])
def test_a_deep_cut_that_bled_is_a_deep_wound_without_a_bite(text: str) -> None:
    assert "deep_wound_bleeding" in current_codes(text)
    assert "deep_or_bleeding_bite" not in fired(text)


# (1b) The holes a bite leaves (牙洞, 牙印, 牙眼) are the wound, not a cavity: a bite goes to surgery, not the dental clinic.
@pytest.mark.parametrize("text", [
    "被狗咬了手，两个牙洞，有点红",
    "患者男，40岁，被邻居家的猫咬伤左手背，可见两个牙印",
    "孩子被仓鼠咬破了手指，一个小牙洞",
    "被人咬了胳膊，留了一圈牙印，破皮了",
])
def test_the_holes_a_bite_leaves_are_not_a_toothache(text: str) -> None:
    codes = current_codes(text)
    assert "toothache" not in codes and "bite_tooth_marks" in codes
    assert department_group(text, 33) != "口腔科"


@pytest.mark.parametrize("text", ["后槽牙有个牙洞，喝凉水疼", "一咬东西就疼，有个牙洞", "吃饭咬到硬东西，牙上有个黑洞，疼"])
def test_a_cavity_is_still_a_toothache(text: str) -> None:
    assert "toothache" in current_codes(text)
    assert "bite_tooth_marks" not in current_codes(text)


# (2) A voice gone thick a little after throat pain is said is the muffled voice of NHS Quinsy (urgent GP appointment),
# not a stroke's slurred speech; a sudden change of speech, or one with a face or arm sign, stays a stroke.
@pytest.mark.parametrize("text", [
    "扁桃体发炎好几天了，左边疼得厉害，说话像含着东西一样",
    "患者女，30岁，咽痛五天，右侧加重，张嘴困难，讲话含含糊糊",
    "嗓子疼了一个礼拜，越来越疼，现在说话声音闷闷的，还能喝水",
])
def test_a_muffled_voice_with_a_sore_throat_is_possible_quinsy(text: str) -> None:
    urgency, rules = decide(text, 30)
    assert urgency == "urgent" and "possible_quinsy" in rules
    assert "speech_difficulty" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "嗓子疼了三天，今天突然说话含糊，右手没劲",
    "我爸嗓子有点疼，今天突然说话含糊不清",
    "我爸今天说话含含糊糊的，嘴角有点歪",
    "说话含糊不清，走路也不稳",
])
def test_sudden_slurred_speech_is_still_a_stroke_sign(text: str) -> None:
    assert decide(text, 70)[0] == "emergency_ambulance"


# (3) The reliever named by its colour and form, used several times a day (NHS Asthma: symptoms getting worse or the
# reliever needed more often, urgent GP appointment).
@pytest.mark.parametrize("text", [
    "有哮喘，蓝色的气雾剂每天要吸五六次",
    "患者男，38岁，哮喘，最近蓝色的吸入剂一天得用四五次",
    "哮喘十年了，这几天那个蓝的喷剂一天要喷三四次",
])
def test_the_blue_reliever_several_times_a_day_is_asthma_getting_worse(text: str) -> None:
    assert "asthma_worse" in current_codes(text)
    assert decide(text, 38)[0] == "urgent"


@pytest.mark.parametrize("text", ["鼻炎，鼻喷剂一天用四五次", "有哮喘，蓝色的喷剂一个礼拜用三四次", "蓝色的喷剂一天都没用过"])
def test_a_nasal_spray_or_the_reliever_a_few_times_a_week_is_not_asthma_getting_worse(text: str) -> None:
    assert "asthma_worse" not in current_codes(text)


# (4) Back pain of 4 weeks or more is a GP appointment (NHS Back pain: see a GP if it does not start to improve within
# 4 weeks), not self-care; a fresh strain stays self-care.
def _urgency_with_duration(text: str, age: float) -> str:
    from carebridge.tools.slots import parse_duration_days
    from carebridge.tools.triage_engine import decide_urgency, extract_findings, patient_facts

    found = extract_findings(text)
    facts = patient_facts({"age_years": age}, {"duration_days": parse_duration_days(text)}, found)
    return decide_urgency(found.present, facts)[0]


@pytest.mark.parametrize("text", [
    "腰疼一个多月了，坐久了更明显，腿不麻，大小便正常",
    "患者女，40岁，腰痛5周，贴膏药时好时坏，无下肢麻木",
    "A 45-year-old man has had lower back ache for about 5 weeks, no numbness, peeing normally",
])
def test_back_pain_of_four_weeks_or_more_is_not_self_care(text: str) -> None:
    assert _urgency_with_duration(text, 45) == "routine"


@pytest.mark.parametrize("text", [
    "搬东西闪了腰，腰疼两天了，腿不麻，大小便正常",
    "hurt my lower back lifting boxes 3 days ago, stiff and sore, no numbness",
    "落枕了，脖子疼了一个多月还没好利索",  # neck pain keeps the group's six weeks
])
def test_a_fresh_back_strain_or_neck_pain_stays_self_care(text: str) -> None:
    assert _urgency_with_duration(text, 35) == "self_care"


# (5) A small cut said after the finger, past a comma ("划了一下手指，一道小口子"), is a minor cut (NHS Cuts and grazes:
# treat at home), not a wound for closing; a long or gaping one still is.
@pytest.mark.parametrize("text", [
    "患者女，30岁，削水果时割了一下左手食指，一个小口子，贴了创可贴",
    "拆包裹被纸划了一下手指头，一道小口子，按了一会儿就不流了",
    "切菜切了一下手指，一个浅浅的小口子",
])
def test_a_small_cut_said_after_the_finger_is_minor(text: str) -> None:
    assert "wound" not in current_codes(text) and "minor_cut" in current_codes(text)
    assert decide(text, 30)[0] == "self_care"


@pytest.mark.parametrize("text", ["割了一下手，口子挺大的，合不上", "划了一道口子在手背上，有两三厘米长", "切菜划了一下手指，一道挺长的口子"])
def test_a_long_or_gaping_cut_is_still_a_wound(text: str) -> None:
    assert "wound" in current_codes(text)


# (6) A man with a burning or painful pee (NHS Urinary tract infections: a man with symptoms of a UTI, urgent GP
# appointment); a woman's uncomplicated cystitis stays a pharmacist's, a man's night-time peeing or weak stream (NHS
# Benign prostate enlargement) a GP appointment, a discharge a sexual health clinic's.
def _urgency_for(text: str, age: float, sex: str) -> tuple[str, set[str]]:
    from carebridge.tools.triage_engine import decide_urgency, extract_findings, patient_facts

    found = extract_findings(text)
    urgency, _, reasons = decide_urgency(found.present, patient_facts({"age_years": age, "sex": sex}, None, found))
    return urgency, {r.id for r in reasons}


@pytest.mark.parametrize("text", [
    "A 38-year-old man says it stings when he passes urine and he keeps needing to go, 2 days, no fever",
    "患者男，50岁，尿痛两天，尿频，无发热",
    "这两天解小便的时候火辣辣的，老想上厕所",
    "it burns to pee since yesterday and the wee smells",
])
def test_a_man_with_a_painful_pee_is_urgent(text: str) -> None:
    urgency, rules = _urgency_for(text, 45, "M")
    assert urgency == "urgent" and "male_uti_symptoms" in rules


@pytest.mark.parametrize("text,sex", [
    ("burning when I pee for 2 days, no fever", "F"),
    ("up 3 or 4 times a night to pee for months, weak stream", "M"),
    ("患者男，68岁，夜尿增多、尿线变细半年，不疼", "M"),
    ("no pain when I pee, just going a bit more often", "M"),
    ("white discharge from my penis and it stings when i pee", "M"),
])
def test_a_woman_prostate_symptoms_or_a_discharge_are_not_the_male_uti_rule(text: str, sex: str) -> None:
    assert "male_uti_symptoms" not in _urgency_for(text, 45, sex)[1]


# (7) A toothache with the gum by it swollen, or a horrible taste (NHS Dental abscess: see a dentist as soon as possible):
# the swollen gum is read beside toothache's own "gum ... swollen".
@pytest.mark.parametrize("text", [
    "molar at the back has been aching for 4 days and the gum around it is red and swollen",
    "A 40-year-old woman has had a throbbing back tooth for 3 days and there's a foul taste",
    "toothache on the right for a few days, the gum by the tooth is puffy",
])
def test_a_toothache_with_a_swollen_gum_or_a_foul_taste_is_a_possible_abscess(text: str) -> None:
    urgency, rules = decide(text, 40)
    assert urgency == "urgent" and "dental_abscess_signs" in rules


@pytest.mark.parametrize("text", ["toothache for 2 days, no swelling, no bad taste", "my gums are swollen and bleed when I brush",
                                  "the soup had a horrible taste"])
def test_a_plain_toothache_or_gums_that_bleed_are_not_an_abscess(text: str) -> None:
    assert "dental_abscess_signs" not in decide(text, 40)[1]


# (8) The tingling and the blister of a cold sore just named (NHS Cold sores: a pharmacist can help) are not numbness.
@pytest.mark.parametrize("text", [
    "I get cold sores every winter, it's started tingling again",
    "A 50-year-old man with a cold sore coming, his lip has started tingling and there's a small blister",
])
def test_the_tingle_of_a_cold_sore_is_self_care(text: str) -> None:
    assert "numbness" not in current_codes(text)
    assert decide(text, 50)[0] == "self_care"


@pytest.mark.parametrize("text", ["cold sore last month, now my hand is tingling and numb", "my fingers have been tingling for a week"])
def test_tingling_elsewhere_is_still_numbness(text: str) -> None:
    assert "numbness" in current_codes(text)
