"""blind86 (a representative week): the first look's under-triaged emergency (paracetamol counted since yesterday) and
its near misses (dehydration, nosebleed, blister, eczema, burst blood vessel, breast lump, pink pee, sinusitis, a
tetanus jab's date), each read as a family, with the near misses that must not change."""

from __future__ import annotations

import pytest

from carebridge.tools.slots import parse_duration_days
from tests.triage_screen import current_codes, decide, department_group


# (1) Paracetamol counted over up to two days, a staggered overdose (NHS Paracetamol for adults: more than 8 x 500 mg in
# 24 hours, A&E even if you feel well). Over two days it is over the maximum only when more than 16 tablets.
@pytest.mark.parametrize("text", [
    "back pain, been on paracetamol and co-codamol, reckon 20 tablets since yesterday, feel ok",
    "paracetamol for my period pain, 18 tablets over the last two days",
    "been taking co-codamol for my knee, 22 tablets since yesterday lunchtime, feel fine",
    "牙疼，吃扑热息痛，从昨天早上到现在吃了二十片，人没什么感觉",
    "对乙酰氨基酚这两天加起来吃了20片",
])
def test_more_than_sixteen_paracetamol_tablets_over_two_days_is_over_the_maximum(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "emergency" and "paracetamol_over_max_dose" in rules


@pytest.mark.parametrize("text", [
    "paracetamol for a cold, 10 tablets since yesterday",
    "paracetamol for my back, 16 tablets over the last two days",
    "对乙酰氨基酚这两天吃了10片",
    "从昨天到现在吃了12片扑热息痛",
])
def test_paracetamol_within_two_days_maximum_is_not_over_it(text: str) -> None:
    assert "paracetamol_over_max" not in current_codes(text)


# (2) Dehydration in a toddler said in everyday words: little, dark urine, few nappies since the morning, few tears
# (NHS Diarrhoea and vomiting: fewer wet nappies; NHS Dehydration).
@pytest.mark.parametrize("text", ["孩子拉肚子，尿的量很少", "女儿吐了一天，从早上到现在只换了两片尿不湿", "哭的时候眼泪也很少", "今天一天只换了两片尿不湿"])
def test_little_urine_few_nappies_or_few_tears_are_dehydration(text: str) -> None:
    assert "dehydration" in current_codes(text)


def test_a_toddler_with_diarrhoea_and_little_urine_is_urgent() -> None:
    urgency, _ = decide("儿子3岁，昨天开始拉肚子，今天拉了六次，尿的量很少颜色深", age=3)
    assert urgency == "urgent"


@pytest.mark.parametrize("text", ["尿的量不少，颜色正常", "孩子尿量正常"])
def test_ordinary_urine_is_not_dehydration(text: str) -> None:
    assert "dehydration" not in current_codes(text)


@pytest.mark.parametrize("text", ["孩子喝水喝多了就吐", "喝奶喝多了有点吐奶"])
def test_drinking_too_much_water_is_not_heavy_drinking(text: str) -> None:
    assert "heavy_drinking" not in current_codes(text)


def test_a_night_of_drinking_is_still_heavy_drinking() -> None:
    assert "heavy_drinking" in current_codes("昨晚喝多了，今天上腹疼得厉害")


# (3) 鼻子流血: a nosebleed with 鼻子 before the bleeding; stopped with pinching in a child who is well, self-care
# (NHS Nosebleed).
@pytest.mark.parametrize("text", ["鼻子流血了，捏了十分钟止住了", "早上起来鼻子里流血了"])
def test_nose_said_before_the_bleeding_is_a_nosebleed(text: str) -> None:
    assert "nosebleed" in current_codes(text)


def test_a_nosebleed_that_stopped_in_a_well_child_is_self_care() -> None:
    urgency, _ = decide("女儿6岁，早上鼻子流血，捏着鼻子几分钟就止住了，现在玩得挺好", age=6)
    assert urgency == "self_care"


@pytest.mark.parametrize("text", ["鼻子没流血", "孩子摔了一跤，膝盖流血了"])
def test_no_nosebleed_or_bleeding_elsewhere_is_not_a_nosebleed(text: str) -> None:
    assert "nosebleed" not in current_codes(text)


# (4) 磨出来一个水泡: a friction blister, self-care (NHS Blisters); a burn's blister is not one.
def test_a_blister_rubbed_up_by_shoes_is_a_friction_blister_and_self_care() -> None:
    text = "穿新鞋走了一天，脚趾磨出来一个水泡，有点疼"
    assert "friction_blister" in current_codes(text)
    assert decide(text, age=25)[0] == "self_care"


def test_a_blister_from_a_burn_is_not_a_friction_blister() -> None:
    assert "friction_blister" not in current_codes("手被开水烫出来一个水泡")


# (5) A skin fold or limb that itches again (NHS Atopic eczema); a tickly throat is no skin itch.
@pytest.mark.parametrize("text", ["膝盖窝又开始痒，起了红斑", "胳膊上老是痒，有点脱皮"])
def test_a_named_patch_of_skin_that_itches_is_itching(text: str) -> None:
    assert "itching" in current_codes(text)


def test_a_known_eczema_flare_without_infection_is_self_care() -> None:
    urgency, _ = decide("我有湿疹，这几天手肘窝又开始痒，起了红斑，没有流水", age=25)
    assert urgency == "self_care"


@pytest.mark.parametrize("text", ["嗓子又开始痒，一直咳嗽", "眼睛有点痒"])
def test_a_tickly_throat_or_itchy_eye_is_not_skin_itching(text: str) -> None:
    assert "itching" not in current_codes(text)


# (6) The white of the eye gone bright red is a burst blood vessel (NHS Subconjunctival haemorrhage): 眼科.
@pytest.mark.parametrize("text", ["the white of his right eye has gone bright red, no pain, vision fine",
                                  "white of my eye is completely red like blood, doesn't hurt"])
def test_the_white_of_the_eye_gone_red_is_a_burst_blood_vessel(text: str) -> None:
    assert "subconj_haemorrhage" in current_codes(text)


def test_a_red_sticky_eye_is_not_a_burst_blood_vessel() -> None:
    assert "subconj_haemorrhage" not in current_codes("the white of my eye is red and sticky")


# (7) A lump in the breast in lay words (NHS Breast lumps: see a GP), and pink pee (NHS Blood in urine: see a GP).
@pytest.mark.parametrize("text", ["found a lump in my left breast", "theres a small lump in my boob"])
def test_a_lump_in_the_breast_is_a_breast_symptom(text: str) -> None:
    assert "breast_symptoms" in current_codes(text)
    assert department_group(text, age=45) == "外科"


@pytest.mark.parametrize("text", ["I've got a lump in my throat when I swallow", "a lump on my arm"])
def test_a_lump_elsewhere_is_not_a_breast_symptom(text: str) -> None:
    assert "breast_symptoms" not in current_codes(text)


@pytest.mark.parametrize("text", ["my wee was pinkish this morning", "his pee was bright pinky red once"])
def test_pinkish_pee_is_blood_in_urine(text: str) -> None:
    assert "hematuria" in current_codes(text)


def test_pee_that_is_not_pink_is_not_blood_in_urine() -> None:
    assert "hematuria" not in current_codes("my pee isn't pink or red, just smells")


# (8) Ear or olive-oil drops that did not help are not eye drops (dry_eye_not_helped, 眼科); eye drops still are.
def test_olive_oil_drops_in_the_ear_are_not_eye_drops() -> None:
    assert "dry_eye_not_helped" not in current_codes("ear feels blocked, put olive oil drops in, no difference")


def test_eye_drops_that_did_not_help_are_still_read() -> None:
    assert "dry_eye_not_helped" in current_codes("my eyes are dry and the eye drops haven't helped")


# (9) Face or forehead pressure worse bending forward after a cold is sinusitis (NHS Sinusitis): ENT, self-care under
# 10 days; swelling around the eye blocks self-care (NHS Sinusitis: 111).
@pytest.mark.parametrize("text", ["感冒几天了，额头一低头就胀痛，流黄鼻涕", "my cheeks and forehead throb when I bend down, blocked nose after a cold"])
def test_face_pressure_worse_bending_forward_is_a_sinus_complaint(text: str) -> None:
    assert "sinus_pain_bending" in current_codes(text)
    assert department_group(text, age=30) == "耳鼻咽喉科"


def test_sinusitis_after_a_cold_is_self_care() -> None:
    urgency, rules = decide("感冒五天了，鼻塞，低头的时候额头发胀", age=30)
    assert urgency == "self_care" and "sinusitis_after_cold" in rules


def test_sinusitis_with_swelling_around_the_eye_is_not_self_care() -> None:
    urgency, _ = decide("感冒五天了，鼻塞，低头的时候额头发胀，眼睛周围肿了", age=30)
    assert urgency != "self_care"


@pytest.mark.parametrize("text", ["低头捡东西的时候腰疼", "bent down to pick up a box and my back hurts"])
def test_back_pain_on_bending_is_not_a_sinus_complaint(text: str) -> None:
    assert "sinus_pain_bending" not in current_codes(text)


# (10) When a tetanus jab was given is no duration of the problem (NHS Cuts and grazes).
@pytest.mark.parametrize("text", ["cut my thumb on a tin, my tetanus jab was about 3 years ago",
                                  "手指切了个小口子，破伤风针是几年前打的"])
def test_a_jabs_date_is_not_a_duration(text: str) -> None:
    assert parse_duration_days(text) is None


@pytest.mark.parametrize("text, days", [("my knee has hurt for 2 years", 730.0), ("咳嗽两周了", 14.0)])
def test_other_durations_are_unchanged(text: str, days: float) -> None:
    assert parse_duration_days(text) == days


# (11) Thoughts that keep going round (想东想西, 老是胡思乱想) are anxiety (NHS Generalised anxiety disorder): 精神科.
@pytest.mark.parametrize("text", ["晚上躺下就想东想西，睡不着", "最近老是胡思乱想，睡不好"])
def test_thoughts_going_round_are_anxiety(text: str) -> None:
    assert "anxiety" in current_codes(text)
    assert department_group(text, age=36) == "精神科"


def test_wanting_something_to_eat_is_not_anxiety() -> None:
    assert "anxiety" not in current_codes("老想吃东西，睡得挺好")
