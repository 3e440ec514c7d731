"""recall36b: emergencies said in other words (the blind2 paraphrase bank's misses in sixteen families), each cause
closed on the source its rule already names, with benign look-alikes that must stay non-emergent.

Every case goes through the deterministic screen the paraphrase banks use (lexicon + rules, no age or sex given: an
age must come from the text), as `bench/eval_paraphrases.py` does."""

from __future__ import annotations

import pytest

from tests.triage_screen import bank_decide

EMERGENT = {"emergency", "emergency_ambulance"}


def screen(text: str) -> tuple[str, set[str]]:
    urgency, flags, _ = bank_decide(text)
    return urgency, set(flags)


# Each positive names the red flag it must raise; each look-alike must stay below the emergency tier.
POSITIVES = [
    # (1) NHS Low blood sugar: call 999 when the low sugar does not come up after sugar, or keeps coming back
    ("type 1 diabetic, reading 2.6 and still falling even after two lots of jelly babies", "severe_hypoglycaemia"),
    ("my husband is diabetic, his sugar won't stay up tonight, third hypo since tea", "severe_hypoglycaemia"),
    ("my sugar is 2.2 even after glucose tablets, shaky and sweaty", "severe_hypoglycaemia"),
    ("我有糖尿病，喝了三次果汁血糖还在往下降", "severe_hypoglycaemia"),
    ("吃了糖和饼干，血糖还卡在2.6，手一直抖", "severe_hypoglycaemia"),
    # (2) NICE NG143: a baby under 3 months with a temperature of 38C or more; the age said in words
    ("our month-old son has a temperature of 38.3", "infant_fever"),
    ("two and a half month old baby, temperature 38.4 tonight", "infant_fever"),
    ("the twins are 6 weeks and one of them is running 38.5", "infant_fever"),
    ("双胞胎七周，一个发烧38.5度", "infant_fever"),
    # (3) NHS Eye injuries: a chemical in the eye, A&E
    ("splashed myself in the eye with oven cleaner", "chemical_eye_injury"),
    ("he rubbed his eyes after touching the dishwasher powder", "chemical_eye_injury"),
    ("打除草剂不小心喷进眼睛了", "chemical_eye_injury"),
    ("除垢剂溅回脸上，右眼睁不开", "chemical_eye_injury"),
    # (4) NICE NG232 and NHS Head injury: clear fluid from the nose or blood from the ear after a blow; growing drowsiness
    ("after a blow to the head in rugby there's clear watery stuff dripping from his nose", "skull_base_fracture_signs"),
    ("headbutted the wall, now pinkish fluid coming out of my ear", "head_injury_ear_bleeding"),
    ("she fell and hit her head this morning and she's getting sleepier and sleepier", "head_injury_hard_to_keep_awake"),
    ("头撞到柜子上，耳朵里流出粉红色的水", "head_injury_ear_bleeding"),
    # (5) NHS Fainting: a faint with a pounding heartbeat ("heart's" with the 's on the word)
    ("fainted in the shower and my heart's pounding now", "fainting_with_palpitations"),
    # (6) NICE NG158: breathlessness (气很短) with blood coughed up after a long journey
    ("刚坐了十几个小时的飞机，咳出血丝，气很短", "possible_pulmonary_embolism_risk"),
    # (7) ESI severe pain: pain that stops walking or moving, rolling on the floor, no position bearable
    ("pain in my tummy so bad I can't stand up, started an hour ago", "severe_abdominal_pain"),
    ("肚子疼得动弹不了", "severe_abdominal_pain"),
    ("肚子绞痛，疼得在地上滚", "severe_abdominal_pain"),
    ("小肚子绞痛，怎么坐都不行", "severe_abdominal_pain"),
    # (8) NICE NG51: flu is an infection; mottled skin or new confusion with it is high-risk sepsis
    ("she's had the flu all week and now her skin is mottled", "sepsis_high_risk"),
    ("得了流感，现在腿上皮肤发花", "sepsis_high_risk"),
    # (9) NICE NG126: bleeding with tummy pain in pregnancy, the pregnancy said as expecting a first or second baby
    ("expecting our second, bleeding and bad cramping", "pregnancy_bleeding_with_pain"),
    # (10) NICE NG158 (PERC: hormone use), NHS Pulmonary embolism: the pill as the clot risk
    ("I'm on the pill and suddenly short of breath with a sharp pain when I breathe in", "possible_pulmonary_embolism_risk"),
    ("在吃短效避孕药，突然喘不上气，吸气时右边刺痛", "possible_pulmonary_embolism_risk"),
    # (11) NHS Burns and scalds, NHS Electric shock: blistered, white or peeling burns; every electrical burn
    ("knocked a pan of boiling noodle water over her arm and it's blistering", "serious_burn"),
    ("got burnt by the exhaust pipe, skin has gone white and leathery", "serious_burn"),
    ("孩子掉进滚烫的洗澡水里，腿上起了好多泡", "serious_burn"),
    ("被家里的电打到了，手上烧伤了", "serious_burn"),
]

LOOKALIKES = [
    "I'm diabetic, had a hypo of 3.2, ate some jelly babies and now it's 6.5, feeling fine",
    "糖尿病，刚才血糖3.5，吃了两块糖已经升到6了，没事了",
    "the twins are 9 months, one of them is running 38.6",
    "three and a half month old, temperature 38.4, feeding well and smiling",
    "the car has been running 38 minutes with the heater on",
    "sprayed weedkiller on the path with goggles on, eyes are fine",
    "打除草剂的时候戴了护目镜，没有喷到眼睛",
    "took a kick to the head at football yesterday, no fluid from his nose, feels fine",
    "hay fever, clear watery fluid running from my nose all day",
    "my heart's set on that job, can't sleep for thinking about it",
    "气不短，就是有点咳嗽",
    "tummy ache, not so bad that I can't walk, just annoying",
    "got the flu, achy and tired, not confused, skin looks normal",
    "we're expecting our first delivery of the new sofa and my back aches",
    "I'm on the pill, bit of a cough, breathing fine",
    "got burnt by the bbq, small red mark, no blisters",
    "宝宝洗澡水有点烫，皮肤红了一下很快就好了",
]


@pytest.mark.parametrize(("text", "flag"), POSITIVES)
def test_emergency_said_in_other_words(text: str, flag: str) -> None:
    urgency, flags = screen(text)
    assert urgency in EMERGENT and flag in flags, (urgency, flags)


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalike_stays_below_emergency(text: str) -> None:
    urgency, flags = screen(text)
    assert urgency not in EMERGENT, (urgency, flags)
