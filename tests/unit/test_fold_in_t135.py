"""fold-t135: blind135 (infections and travel) folded into the triage rules.

Each emergency case names the public source its rule cites; the look-alikes beside it must not fire.
"""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide, fired

EMERGENT = {"emergency", "emergency_ambulance"}


# t135e-011: NHS Dental abscess (A&E when the swelling reaches the neck or makes it hard to swallow) and SDCEP Drug
# Prescribing for Dentistry (floor-of-mouth or neck swelling: a spreading odontogenic infection, to hospital at once).
# Under the chin or the jawbone is where that swelling shows.
@pytest.mark.parametrize("text", [
    "had toothache bottom back tooth for a week, now my whole jaw and under my chin is swollen and hard and it hurts to swallow, temp 38.9. dentist cant see me till next week",
    "abscess on my back tooth, now it's swollen under my chin and I've got a fever",
    "toothache for days, the swelling has gone under his jaw and he feels hot",
    "牙疼了一个礼拜，现在下巴底下都肿了，还发烧",
    "智齿发炎疼了好几天，下颌下面也肿起来了，咽东西疼",
])
def test_toothache_with_swelling_under_the_chin_is_a_spreading_dental_infection(text: str) -> None:
    assert "dental_infection_spreading" in fired(text)
    assert decide(text)[0] in EMERGENT


@pytest.mark.parametrize("text", [
    "toothache and my cheek is a bit swollen, swallowing fine",
    "sore throat and swollen glands under my jaw, no toothache",
    "牙疼，脸有点肿，吞咽正常",
])
def test_a_swollen_cheek_or_glands_without_a_tooth_are_not_the_spreading_flag(text: str) -> None:
    assert "dental_infection_spreading" not in fired(text)


# t135e-014: NHS Pelvic inflammatory disease: call 999 or go straight to A&E with PID symptoms (lower tummy pain, an
# unusual vaginal discharge) and a very high temperature, shivers, or feeling or being sick.
@pytest.mark.parametrize("text", [
    "really bad pain low down in my tummy both sides, came on over last 2 days, got a temp 38.8 and ive been sick twice, also weird discharge. new boyfriend, not pregnant (did a test)",
    "pain low down in my tummy for 2 days, smelly discharge and a temperature of 38.5",
    "lower belly pain both sides, unusual discharge, been throwing up since this morning",
    "小肚子两边疼，白带发黄有异味，发烧38度5",
    "下腹痛两天了，白带变多还有臭味，今天吐了两次",
])
def test_lower_tummy_pain_with_an_unusual_discharge_and_fever_or_vomiting_is_pid_to_a_and_e(text: str) -> None:
    assert decide(text) == ("emergency", {"pid_with_fever_or_vomiting"})


@pytest.mark.parametrize("text", [
    "weird discharge and a bit itchy, no pain, no temperature",
    "period pain and a temperature, throwing up",
    "白带有点多，有点痒，肚子不疼，不发烧",
    "white discharge from my penis, stings to pee, tummy ache and a temperature",
])
def test_a_discharge_without_pain_and_fever_or_a_mans_discharge_is_not_the_pid_flag(text: str) -> None:
    assert "pid_with_fever_or_vomiting" not in fired(text)


# t135e-015: WHO Dengue guidelines (2009) and WHO Dengue and severe dengue: bleeding gums or nose, tummy pain and
# persistent vomiting around the time the fever goes are the warning signs of severe dengue (hospital care).
@pytest.mark.parametrize("text", [
    "got back from bali 4 days ago, had a high fever and headache, fever went yesterday so thought i was better but now really bad tummy pain, cant stop vomiting and my gums bled when i brushed teeth",
    "back from thailand a week ago, fever went yesterday but now my tummy really hurts and my gums are bleeding",
    "just back from the philippines, high temperature, being sick and my nose keeps bleeding",
    "刚从泰国回来，发烧退了，可是肚子很疼，刷牙牙龈出血",
    "从巴厘岛玩回来，发烧，还流鼻血",
])
def test_bleeding_gums_or_nose_with_fever_or_tummy_pain_after_a_dengue_area_is_an_emergency(text: str) -> None:
    assert decide(text) == ("emergency", {"dengue_warning_signs"})


@pytest.mark.parametrize("text", [
    "back from bali last month, my gums bleed a bit when I floss, otherwise fine",
    "my gums are bleeding and I have a fever",
    "从泰国回来，有点拉肚子，不发烧",
])
def test_bleeding_gums_alone_or_no_dengue_area_is_not_the_dengue_flag(text: str) -> None:
    assert "dengue_warning_signs" not in fired(text)


def test_gums_that_bled_are_bleeding_gums() -> None:
    assert "gum_bleeding" in current_codes("my gums bled when i brushed my teeth")


# t135z-010: 国家卫生健康委《手足口病诊疗指南（2018年版）》: 易惊、肢体抖动、肌阵挛、站立不稳 are nervous system involvement
# (severe hand, foot and mouth disease), the child who may turn critical: hospital.
@pytest.mark.parametrize("text", [
    "孩子3岁，前几天医生说是手足口，烧了3天一直39多退不下来，这两天睡觉老是一惊一惊的，手也有点抖，今天吐了两次，没精神",
    "孩子手足口，烧了三天，睡觉老是一惊一惊的",
    "宝宝得了手足口病，手脚有点抖，站不稳",
    "she has hand foot and mouth disease and her arms keep twitching",
    "my son has hand foot and mouth, fever for 3 days, and now he startles a lot in his sleep",
])
def test_hand_foot_and_mouth_with_startles_or_shaking_limbs_is_an_emergency(text: str) -> None:
    assert "hfmd_nervous_system_signs" in fired(text)
    assert decide(text, age=3)[0] in EMERGENT


@pytest.mark.parametrize("text", [
    "孩子手足口，发烧38度，精神还可以，吃得少",
    "hand foot and mouth, temp 38, eating less but playing",
    "孩子睡觉一惊一惊的，没有发烧",
])
def test_hand_foot_and_mouth_alone_or_a_startle_alone_is_not_the_flag(text: str) -> None:
    assert "hfmd_nervous_system_signs" not in fired(text)


# t135z-013: NHS Necrotising fasciitis: a cut or wound with black, purple or grey blotches or blisters near it and a high
# temperature: 999 or A&E. A finger pricked on seafood is that cut.
@pytest.mark.parametrize("text", [
    "我爸60岁有肝硬化，前天杀海虾被扎了手指，今天整个手背到小臂又红又肿发紫，起了血疱，痛得受不了，还发烧",
    "剥螃蟹的时候划破了手，现在手背发紫起了血疱，发烧39度",
    "pricked my finger on a prawn two days ago, now my hand has purple blotches and blisters and a fever",
])
def test_a_seafood_prick_with_purple_blistered_skin_and_fever_is_necrotising_fasciitis(text: str) -> None:
    assert "necrotising_fasciitis_signs" in fired(text)
    assert decide(text)[0] in EMERGENT


@pytest.mark.parametrize("text", [
    "杀鱼被鱼刺扎了手指，有点疼，不红不肿",
    "pricked my finger on a prawn, it is a bit sore",
])
def test_a_seafood_prick_alone_is_a_minor_cut(text: str) -> None:
    assert "minor_cut" in current_codes(text)
    assert decide(text)[0] not in EMERGENT


# blind84 t84z-017: the fish knife that slipped is a knife cut, not a prick from the fish (deep_wound_or_numb stays).
@pytest.mark.parametrize("text", [
    "杀鱼刀滑了割到手掌心，口子挺深的能看到里面，压着血少了，但是小拇指和无名指麻了，弯不太动",
    "杀鱼的时候被刀割到手指了",
    "cut my hand with the fish knife, it's deep",
])
def test_a_knife_used_on_fish_is_not_a_seafood_prick(text: str) -> None:
    assert "minor_cut" not in current_codes(text)


def test_a_lump_under_the_jaw_with_a_cold_is_not_a_spreading_dental_swelling() -> None:
    assert "dental_spread_signs" not in current_codes("pea size lump under my jaw came up with my cold, bit tender")


# t135e-024: BHIVA FAQ PEP and Newcastle PEPSE: a partner who says afterwards that he is HIV positive is an exposure for
# PEP (as soon as possible, within 72 hours: a sexual health clinic or A&E today).
@pytest.mark.parametrize("text", [
    "condom split last night with a guy i met, he told me after hes hiv positive but not sure if hes on meds. what do i do",
    "she texted me this morning that shes hiv positive, we had sex 2 days ago",
    "slept with someone on saturday and he told me afterwards that he's HIV positive",
])
def test_a_partner_saying_afterwards_he_is_hiv_positive_is_an_hiv_exposure(text: str) -> None:
    assert "hiv_exposure_worry" in current_codes(text)


def test_being_told_about_a_cold_is_no_hiv_exposure() -> None:
    assert "hiv_exposure_worry" not in current_codes("he told me he has a cold, we kissed yesterday")


# t135e-028: NHS Gonorrhoea: a white, yellow or green discharge from the tip of the penis is for a sexual health clinic,
# not the urgent male UTI reading of the sting on peeing.
@pytest.mark.parametrize("text", [
    "some white yellowy stuff coming out the end of my penis and it stings when i pee. had sex without condom with someone new about a week ago",
    "yellow stuff leaking out of my willy since the weekend",
    "green gunk coming out of the tip of my penis",
])
def test_stuff_coming_out_of_the_penis_is_a_discharge(text: str) -> None:
    assert "sti_symptoms" in current_codes(text)


def test_a_sting_on_peeing_with_no_discharge_stays_a_male_uti() -> None:
    assert "sti_symptoms" not in current_codes("stings when i pee, nothing coming out of my penis")
