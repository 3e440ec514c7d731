"""blind106 (injuries and accidents at home, at work, on the road and in sport, all ages): the four under-triaged
emergencies of the first look, each read as a family, the misreadings that sent self-care injuries to an ambulance, and
the urgent injuries read as routine or self-care, with the near misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


# (1) A fragment off a grinder or hammer that flew into the eye with the sight blurred (NHS Eye injuries: something hit
# the eye at high speed, or the vision changed: A&E).
@pytest.mark.parametrize("text", [
    "cutting steel with the grinder without any safety glasses, a bit flew into my left eye and my vision's blurry now",
    "was hammering a chisel without goggles, something shot straight into my eye, sight is a little blurry",
    "用角磨机切钢管没戴护目镜，有个铁屑蹦进左眼里了，现在看东西模糊",
])
def test_a_fragment_into_the_eye_with_blurred_sight_is_a_high_velocity_eye_injury(text: str) -> None:
    urgency, rules = decide(text, age=46)
    assert urgency == "emergency" and "high_velocity_eye_injury" in rules


@pytest.mark.parametrize("text", ["my vision's a bit blurry", "vision's kind of fuzzy on that side", "my sight's a little blurred"])
def test_a_contracted_or_hedged_blur_is_blurred_vision(text: str) -> None:
    assert "blurred_vision" in current_codes(text)


@pytest.mark.parametrize("text", ["my vision's not blurry at all", "no blurred vision"])
def test_a_denied_blur_is_not_blurred_vision(text: str) -> None:
    assert "blurred_vision" not in current_codes(text)


def test_dust_blown_into_the_eye_with_clear_sight_is_no_high_velocity_injury() -> None:
    _, rules = decide("some dust blew into my eye walking home, rinsed it and it feels fine, vision is clear", age=30)
    assert "high_velocity_eye_injury" not in rules


# (2) A fuel-burning fire or heater left on all night (NHS Carbon monoxide poisoning: gas, coal and wood fires and
# heaters); with a faint or collapse it is the 999 call, with headache and sickness alone the urgent rule.
@pytest.mark.parametrize("text", [
    "we left the gas heater on all night and this morning my husband passed out in the kitchen, we all have headaches",
    "the coal fire was burning all night, my son fainted when he got up and we all feel sick",
    "燃气取暖器开了一宿，早上起来全家头疼，我妈晕倒了一下",
])
def test_a_fire_left_on_all_night_with_a_faint_is_possible_carbon_monoxide_poisoning(text: str) -> None:
    urgency, rules = decide(text, age=40)
    assert urgency == "emergency_ambulance" and "carbon_monoxide_with_reduced_consciousness" in rules


@pytest.mark.parametrize("text", ["we had the gas fire on all night and we all woke with headaches and feel sick",
                                  "炉子烧了一整夜，早上起来头疼恶心"])
def test_a_fire_left_on_all_night_with_headaches_is_the_urgent_carbon_monoxide_rule(text: str) -> None:
    urgency, rules = decide(text, age=40)
    assert urgency == "urgent" and "possible_carbon_monoxide" in rules


@pytest.mark.parametrize("text", ["the electric fire was on all night", "the fire alarm went off all night",
                                  "the gas fire is off, it was serviced last year"])
def test_an_electric_fire_or_a_fire_turned_off_is_no_carbon_monoxide_source(text: str) -> None:
    assert "co_exposure_risk" not in current_codes(text)


# (3) A finger's joints lost in a machine and the severed piece (急诊预检分诊专家共识 2018: 断指); bleeding that will
# not quite stop with it is the ambulance (first aid: severe bleeding and amputation, 999).
@pytest.mark.parametrize("text", [
    "切菜机把我右手无名指前面一节切掉了，血止不太住",
    "干活时小指头被机器绞掉了一节，血还是止不太住",
    "大拇指前面一截被门夹掉了，血止不太住",
])
def test_a_finger_joint_lost_with_bleeding_that_will_not_stop_is_a_999_call(text: str) -> None:
    urgency, rules = decide(text, age=38)
    assert urgency == "emergency_ambulance" and "amputation_with_heavy_bleeding" in rules


@pytest.mark.parametrize("text", ["断下来的手指头要不要拿冰块装着", "中指掉了一节，血已经止住了"])
def test_a_severed_finger_piece_is_an_amputation(text: str) -> None:
    assert "amputation" in current_codes(text)


@pytest.mark.parametrize("text", ["手指甲掉了一半", "手指上掉了一块皮", "手指被门夹了一下，青了一块"])
def test_a_near_miss_or_a_nail_or_skin_lost_is_no_amputation(text: str) -> None:
    assert "amputation" not in current_codes(text)


# (4) A whole tooth knocked out at 13 or older is an adult tooth (the last baby tooth falls out by about 12: NHS
# Scotland Childsmile): an emergency dentist or A&E (NHS Broken or knocked-out tooth).
@pytest.mark.parametrize(("text", "age"), [
    ("被球砸到嘴，一颗门牙连根掉出来了", 14),
    ("got elbowed at rugby and a front tooth came out whole", 17),
    ("摔倒磕到台阶，牙整颗掉下来了", 35),
])
def test_a_whole_tooth_knocked_out_at_13_or_older_is_an_emergency(text: str, age: float) -> None:
    urgency, rules = decide(text, age=age)
    assert urgency == "emergency" and "knocked_out_tooth_age_13_or_over" in rules


@pytest.mark.parametrize(("text", "age"), [("摔了一跤，一颗门牙整个掉出来了", 6), ("被球砸到嘴，门牙磕掉一个小角，不疼", 14)])
def test_a_young_childs_tooth_or_a_chip_is_not_the_age_rule(text: str, age: float) -> None:
    urgency, rules = decide(text, age=age)
    assert "knocked_out_tooth_age_13_or_over" not in rules and urgency != "emergency"


# (5) Misreadings that sent a well toddler, a pulled muscle and a stiff wrist to the ambulance or the ED.
@pytest.mark.parametrize("text", ["she's babbling as normal", "he's babbling away happily to himself", "babbling like normal"])
def test_a_toddler_babbling_as_usual_is_no_confusion(text: str) -> None:
    assert "confusion" not in current_codes(text)


def test_an_adult_babbling_is_still_confused() -> None:
    assert "confusion" in current_codes("my dad is babbling and doesn't know where he is")


@pytest.mark.parametrize("text", ["跑步的时候大腿后面抽了一下，有点疼", "搬东西腰抽了一下", "踢球小腿肚子抽了一下"])
def test_a_muscle_that_pulled_is_no_fit(text: str) -> None:
    assert "seizure" not in current_codes(text)


@pytest.mark.parametrize("text", ["孩子刚才抽了一下，眼睛往上翻", "老人突然抽了一下就叫不醒了"])
def test_a_person_who_jerked_is_still_a_fit(text: str) -> None:
    assert "seizure" in current_codes(text)


@pytest.mark.parametrize("text", ["手腕往下压压不下去", "膝盖往后压压不下去，有点僵"])
def test_a_joint_that_will_not_bend_is_no_glass_test(text: str) -> None:
    assert "nonblanching_rash" not in current_codes(text)


def test_spots_that_will_not_press_away_are_still_non_blanching() -> None:
    assert "nonblanching_rash" in current_codes("腿上的红点压也压不褪")


# (6) Urgent injuries read as routine or self-care: a scald or bite now infected, a human bite that broke the skin,
# grit still felt after rinsing, sunburn with blisters and shivers (NHS Burns and scalds, Insect bites and stings, Animal
# and human bites, Eye injuries, Sunburn: urgent GP or 111).
@pytest.mark.parametrize("text", [
    "前天被开水烫了一块，水泡破了，这两天周围红肿，今天看到有黄色的脓",
    "the midge bite on my ankle is hot and the redness is spreading up my leg",
])
def test_an_infected_scald_or_bite_is_urgent(text: str) -> None:
    urgency, rules = decide(text, age=40)
    assert urgency == "urgent" and "skin_infection" in rules


@pytest.mark.parametrize("text", ["got bitten on the hand by my little brother, the skin is broken",
                                  "she was bitten on the leg by a boy at nursery. There are teeth marks"])
def test_a_human_bite_that_broke_the_skin_is_urgent(text: str) -> None:
    urgency, rules = decide(text, age=6)
    assert urgency == "urgent" and "human_bite" in rules


@pytest.mark.parametrize("text", ["got bitten on the arm by my sister, the skin isn't broken",
                                  "bitten on the finger by a kid at school. no teeth marks, no blood"])
def test_a_human_bite_that_did_not_break_the_skin_is_not_read(text: str) -> None:
    assert "human_bite" not in current_codes(text)


@pytest.mark.parametrize("text", ["eyelash in my eye, washed it out loads. it still feels like something's in there",
                                  "got sand in my eye at the beach, rinsed it for ages but it still feels like something is stuck"])
def test_grit_still_felt_after_rinsing_is_urgent(text: str) -> None:
    urgency, rules = decide(text, age=27)
    assert urgency == "urgent" and "eye_irritant_not_settling" in rules


@pytest.mark.parametrize("text", ["在沙滩上晒了一天，胳膊红得发烫，起了好些水泡，晚上发冷", "海边玩了一下午，后背红得厉害，起了水泡，还发烧"])
def test_sunburn_with_blisters_and_shivers_is_urgent(text: str) -> None:
    urgency, rules = decide(text, age=20)
    assert urgency == "urgent" and "sunburn_blistering_or_fever" in rules


# (7) Self-care blisters: new work boots, a pinch (NHS Blisters), not a burn.
@pytest.mark.parametrize("text", ["my new safety boots have given me a blister on my heel", "pinched my finger in the drawer, got a small blood blister"])
def test_a_blister_from_rubbing_or_a_pinch_is_a_friction_blister(text: str) -> None:
    urgency, _ = decide(text, age=30)
    assert "friction_blister" in current_codes(text) and urgency == "self_care"


def test_blood_blisters_all_over_the_skin_are_not_a_friction_blister() -> None:
    assert "friction_blister" not in current_codes("she has little blood blisters under the skin all over her legs")
