"""blind87 (children and teenagers): the five under-triaged emergencies of the first look and the urgent cases read too
low, each read as a family, with the near misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


# (1) A counted overdose told after the medicine is named, in a later clause or sentence, and empty packets of a named
# medicine (NHS Paracetamol for adults: taken too much, A&E even if you feel well; NICE NG225).
@pytest.mark.parametrize("text", [
    "Found empty paracetamol packets under his bed. He says he took about 16 yesterday evening",
    "She's got co-codamol for her back. She told me she took around 30 last night after a row",
    "my son had loads of empty ibuprofen boxes in his drawer",
    "抽屉里有好几个空的扑热息痛药盒 她说昨晚吃了十几片",
    "女儿承认昨天晚上吃了二十来片对乙酰氨基酚",
])
def test_a_counted_overdose_told_after_the_medicine_is_an_overdose(text: str) -> None:
    assert "overdose_poisoning" in current_codes(text)
    urgency, rules = decide(text, age=15)
    assert urgency == "emergency_ambulance" and "poisoning_overdose" in rules


@pytest.mark.parametrize("text", [
    "I've got paracetamol for my back. I took 2 last night",
    "I take paracetamol for my back, took 12 hours to kick in",
    "been on sertraline 6 months, took 20 minutes to fall asleep",
    "insulin: took 20 units tonight",
    "the paracetamol box is empty so I bought more",
    "扑热息痛每次吃了2片",
])
def test_a_usual_dose_a_time_or_units_are_not_an_overdose(text: str) -> None:
    assert "overdose_poisoning" not in current_codes(text)


# (2) A crack heard at the injury with a limb that cannot bear weight or will not be moved: a suspected fracture
# (NHS Broken ankle, Broken arm or wrist, Broken leg: go to A&E). Either alone stays possible_fracture (urgent).
@pytest.mark.parametrize("text", [
    "went over on my ankle at football, heard a crack and now I can't put any weight on it",
    "she fell off the wall onto her arm, we heard something snap and she won't move it",
    "tripped on the kerb, felt a crunch in my wrist and I can't move my wrist",
    "踢球的时候脚踝崴了 听到咔嚓一声 现在根本走不了",
    "摔了一跤 听到咔嚓一声 手腕动不了",
])
def test_a_crack_heard_and_a_limb_not_used_is_a_suspected_fracture(text: str) -> None:
    urgency, rules = decide(text, age=14)
    assert urgency == "emergency" and "suspected_fracture_crack_and_loss_of_use" in rules


@pytest.mark.parametrize("text", [
    "twisted my ankle, no crack, I can walk on it but it's sore",
    "heard a crack when I fell but I can walk on it fine",
    "fell off his bike yesterday, didn't hear anything crack, won't move his wrist",
    "打球崴了脚，当时听到咔的一声，但是还能走",
    "崴了脚，没听到响声，能走路，就是有点疼",
])
def test_a_crack_alone_or_a_limb_not_used_alone_is_not(text: str) -> None:
    _, rules = decide(text, age=14)
    assert "suspected_fracture_crack_and_loss_of_use" not in rules


# (3) Blood and clear fluid from the ear after a head injury (NHS Head injury and concussion, NICE NG232: 999).
@pytest.mark.parametrize("text", [
    "摔了一跤磕到头 耳朵里一直往外流血",
    "被车撞了 头磕到地上 右边耳朵里还在不停地渗血",
])
def test_blood_from_the_ear_after_a_head_injury_is_an_ambulance(text: str) -> None:
    urgency, rules = decide(text, age=14)
    assert urgency == "emergency_ambulance" and "head_injury_ear_bleeding" in rules


@pytest.mark.parametrize("text", ["磕到头了 耳朵没有出血", "耳朵里一直往外流脓 有点疼"])
def test_no_blood_or_pus_from_the_ear_is_not_ear_bleeding(text: str) -> None:
    assert "ear_bleeding" not in current_codes(text)


# (4) A choke on food told with the moment between, and a cough still coming in bouts (inhaled_foreign_body_signs:
# 急诊预检分诊专家共识 2018, ESI v4).
@pytest.mark.parametrize("text", [
    "吃葡萄的时候跑着噎了一下 现在一直在咳 嗓子呼呼响",
    "吃瓜子的时候说着话呛了一下 过了一个钟头了还一阵一阵地咳",
])
def test_a_choke_then_a_cough_in_bouts_is_a_possible_inhaled_foreign_body(text: str) -> None:
    urgency, rules = decide(text, age=5)
    assert urgency == "emergency" and "inhaled_foreign_body_signs" in rules


def test_a_choke_that_cleared_is_not() -> None:
    _, rules = decide("吃饼干的时候笑着呛了一下 咳了两声就好了 现在不咳了", age=5)
    assert "inhaled_foreign_body_signs" not in rules


# (5) Skin in patches of pale and purple with a fever (NHS Sepsis: blotchy skin, 999); bruises are not.
@pytest.mark.parametrize("text", ["发烧两天 腿上一块青一块白的", "烧到39度 身上一块紫一块白"])
def test_patchy_pale_and_purple_skin_with_a_fever_is_high_risk_sepsis(text: str) -> None:
    urgency, rules = decide(text, age=6)
    assert urgency == "emergency_ambulance" and "sepsis_high_risk" in rules


@pytest.mark.parametrize("text", ["摔了一跤 腿上一块青一块紫的", "哭得脸上一块红一块白"])
def test_bruises_or_a_flushed_face_are_not_mottled(text: str) -> None:
    assert "mottled_skin" not in current_codes(text)


# (6) A gas water heater in a shut bathroom with someone hard to wake (NHS Carbon monoxide poisoning: 999).
def test_a_gas_water_heater_behind_shut_windows_with_a_child_hard_to_wake_is_carbon_monoxide() -> None:
    urgency, rules = decide("浴室门窗都关着 用的燃气热水器 孩子倒在里面 叫不太醒", age=12)
    assert urgency == "emergency_ambulance" and "carbon_monoxide_with_reduced_consciousness" in rules


def test_the_heater_with_no_symptoms_is_not() -> None:
    _, rules = decide("门窗都关着 用燃气热水器洗澡 一切正常 没有不舒服", age=30)
    assert "carbon_monoxide_with_reduced_consciousness" not in rules


# (7) A blade taken to one's own arm or wrist is self-harm; with bleeding that will not stop, 999 (NHS Self-harm).
@pytest.mark.parametrize("text", [
    "cut my wrist with a blade from a pencil sharpener, bleeding through a towel",
    "女儿用刀片在自己胳膊上划了好几道 血一直止不住",
])
def test_a_blade_to_ones_own_arm_with_bleeding_that_will_not_stop_is_an_ambulance(text: str) -> None:
    urgency, rules = decide(text, age=15)
    assert urgency == "emergency_ambulance" and "self_harm_with_heavy_bleeding" in rules


@pytest.mark.parametrize("text", ["I cut my arm on a razor blade while shaving my armpit",
                                  "cut his arm on broken glass when he fell through the window", "切菜的时候刀片划到了手"])
def test_a_cut_while_shaving_cooking_or_in_a_fall_is_not_self_harm(text: str) -> None:
    assert "suicidal" not in current_codes(text)


# (8) The urgent family: a sore throat over a week, blood in the pee, a red patch spreading, an injured finger that
# will not bend, a broken front tooth, one wee in an afternoon after sickness, a belly-button pain moved to the right.
@pytest.mark.parametrize("text", [
    "red patch on my calf, it's the size of my hand now, hot and swollen",
    "I drew round the redness with a pen this morning and it's already gone past the line",
])
def test_a_red_hot_swollen_patch_or_redness_past_a_pen_line_is_a_skin_infection(text: str) -> None:
    assert "skin_infection" in current_codes(text)


@pytest.mark.parametrize("text", ["a red mark on my arm from the seatbelt, not hot or swollen", "the red patch is hot, no swelling"])
def test_a_red_mark_without_heat_and_swelling_is_not(text: str) -> None:
    assert "skin_infection" not in current_codes(text)


@pytest.mark.parametrize("text", ["noticed blood in my pee this morning, no pain", "儿子尿的颜色跟浓茶似的 红褐色 不疼"])
def test_blood_in_the_pee_is_urgent(text: str) -> None:
    assert decide(text, age=10) == ("urgent", {"blood_in_urine"})


def test_pink_pee_after_beetroot_is_not_blood() -> None:
    assert "hematuria" not in current_codes("my pee is pink after eating beetroot")


@pytest.mark.parametrize("text", ["jammed my thumb in the car door, it's swollen and I can't bend it",
                                  "got hit on the finger by a cricket ball, can't bend it at all"])
def test_an_injured_finger_that_will_not_bend_is_urgent(text: str) -> None:
    assert decide(text, age=13) == ("urgent", {"injured_limb_not_used"})


def test_a_stiff_knee_with_no_injury_is_not() -> None:
    _, rules = decide("my knee is stiff in the mornings, can't bend it fully", age=60)
    assert "injured_limb_not_used" not in rules


@pytest.mark.parametrize("text", ["门牙磕断了半截", "打球撞到了 门牙就剩一截"])
def test_most_of_a_front_tooth_gone_is_a_broken_tooth(text: str) -> None:
    assert "dental_trauma" in current_codes(text)


def test_a_denture_is_not() -> None:
    assert "dental_trauma" not in current_codes("奶奶的假牙掉了一半")


def test_one_wee_in_an_afternoon_after_sickness_is_dehydration() -> None:
    assert "dehydration" in current_codes("上吐下泻 到现在一下午就尿了一次")


@pytest.mark.parametrize("text", ["pain started around his belly button and has now moved to the right",
                                  "tummy ache started round her belly button and now it's down on the right"])
def test_a_pain_moved_from_the_belly_button_to_the_right_is_right_lower_abdominal_pain(text: str) -> None:
    assert "rlq_pain" in current_codes(text)


def test_a_pain_moved_to_the_right_of_the_back_is_not() -> None:
    assert "rlq_pain" not in current_codes("started round my belly button, now on the right side of my back")


@pytest.mark.parametrize(("text", "days", "want"), [
    ("sore throat for 8 days now, not getting better, can swallow ok", 8, "urgent"),
    ("嗓子疼了十天了 一直不见好 能吃能喝", 10, "urgent"),
    ("sore throat for 3 days, can swallow ok, no fever", 3, "self_care"),
])
def test_a_sore_throat_after_a_week_is_urgent_and_within_it_is_not(text: str, days: int, want: str) -> None:
    from carebridge.tools.slots import parse_duration_days
    from carebridge.tools.triage_engine import decide_urgency, extract_findings, patient_facts
    assert parse_duration_days(text) == days
    found = extract_findings(text)
    facts = patient_facts({"age_years": 15}, {"duration_days": days}, found)
    assert decide_urgency(found.present, facts)[0] == want
