"""blind84 (accidents, poisonings, bites): the five under-triaged emergencies of the first look, each read as a family,
and two self-care readings, with the near misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide

EMERGENT = ("emergency", "emergency_ambulance")


# (1) A road traffic collision in lay words, with neck or back pain and tingling or numbness in the arms or legs (NICE
# NG41: after a road traffic collision, spinal pain with altered sensation -> immobilise in line, do not move them).
@pytest.mark.parametrize("text", [
    "a van went into the side of us at the junction, my neck hurts and my hands are tingling",
    "got t-boned at the crossroads, back pain and both legs have pins and needles",
    "we were rear-ended on the motorway, his neck is sore and his arms feel numb",
    "刚才在路口被一辆车从侧面撞了，脖子后面疼，两只手发麻",
    "高速上被追尾了，脖子疼，手脚发麻",
])
def test_a_road_collision_with_spinal_pain_and_tingling_limbs_is_a_possible_spinal_injury(text: str) -> None:
    urgency, rules = decide(text, age=45)
    assert urgency == "emergency_ambulance" and "spinal_injury_nerve_signs" in rules


@pytest.mark.parametrize("text", [
    "Someone went into the back of my car at a roundabout yesterday, really slowly. Today my neck is stiff. No pins and needles, no weakness",
    "两个礼拜前等红灯被后面车追尾了，速度不快，这两周脖子一直发僵，手不麻",
    "neck is sore from sleeping funny and I get pins and needles in my hand",
])
def test_a_slow_bump_without_tingling_or_tingling_without_a_collision_is_not_a_spinal_injury(text: str) -> None:
    _, rules = decide(text, age=40)
    assert "spinal_injury_nerve_signs" not in rules


@pytest.mark.parametrize("text", ["got t-boned at a junction", "被追尾了", "the airbags went off", "刚才撞车了"])
def test_road_collision_words_are_read(text: str) -> None:
    assert "road_collision" in current_codes(text)


@pytest.mark.parametrize("text", ["got hit by the ball at football", "the roundabout was busy, so I was late", "转盘那里堵车了"])
def test_a_ball_or_a_roundabout_alone_is_not_a_road_collision(text: str) -> None:
    assert "road_collision" not in current_codes(text)


# (2) A bone that looks like it is sticking out after an injury (NHS Broken ankle; NHS Broken arm or wrist: the limb has
# changed shape, A&E): the deformity, not the crack heard (the KNOWN_MISSES ankles have no deformity).
@pytest.mark.parametrize("text", [
    "twisted my ankle on the kerb, the bone on the side looks like it's sticking out",
    "fell off the wall onto his wrist, the bone looks like its poking out wrong",
    "landed badly at netball, my ankle is sticking out at a weird angle",
])
def test_a_bone_sticking_out_wrong_after_an_injury_is_a_deformed_limb(text: str) -> None:
    urgency, rules = decide(text, age=22)
    assert urgency == "emergency" and "deformed_limb_after_injury" in rules


@pytest.mark.parametrize("text", [
    "twisted my ankle, heard a crack, swollen and I can't put weight on it",
    "my ankle bone has always stuck out a bit more on that side",
    "his foot is sticking out of the blanket",
])
def test_a_crack_without_deformity_or_a_bone_that_always_stuck_out_is_not_a_deformed_limb(text: str) -> None:
    _, rules = decide(text, age=30)
    assert "deformed_limb_after_injury" not in rules and "deformed_limb" not in rules


# (3) Paracetamol counted up for today (NHS Paracetamol for adults: more than 8 x 500 mg in 24 hours, A&E even if well).
@pytest.mark.parametrize("text", [
    "paracetamol for my back, 10 tablets so far today, feel ok",
    "been on cold and flu capsules and paracetamol. Counted up and its 12 tablets today. feel fine",
    "对乙酰氨基酚今天吃了10片，感觉还行",
])
def test_more_than_eight_paracetamol_tablets_today_is_over_the_maximum(text: str) -> None:
    urgency, rules = decide(text, age=33)
    assert urgency == "emergency" and "paracetamol_over_max_dose" in rules


@pytest.mark.parametrize("text", ["paracetamol, 2 tablets today for a headache", "paracetamol for my cold. I've had 6 tablets today.",
                                  "对乙酰氨基酚今天吃了2片，头还疼"])
def test_paracetamol_within_the_maximum_today_is_not_over_it(text: str) -> None:
    _, rules = decide(text, age=33)
    assert "paracetamol_over_max_dose" not in rules and "poisoning_overdose" not in rules


# (4) Stings after a nest was disturbed, the insect named before the stings, with dizziness or breathing trouble
# (RCUK anaphylaxis 2021; 胡蜂螫伤规范化诊治中国专家共识 2018): anaphylaxis.
@pytest.mark.parametrize("text", [
    "修树枝碰到了马蜂窝，胳膊上被蜇了好几下，现在头晕，喘不上气",
    "黄蜂追着我，被蜇了七八下，现在浑身发痒，头晕",
    "knocked a wasps nest with the mower and got stung about 15 times, now dizzy and wheezy",
])
def test_many_stings_from_a_nest_with_dizziness_or_breathlessness_is_anaphylaxis(text: str) -> None:
    urgency, rules = decide(text, age=50)
    assert urgency == "emergency_ambulance" and "anaphylaxis" in rules


@pytest.mark.parametrize("text", ["屋檐下有个马蜂窝，想找人来摘掉", "被马蜂蜇了一下，有点肿，不头晕，不喘"])
def test_a_nest_seen_or_one_sting_without_systemic_signs_is_not_anaphylaxis(text: str) -> None:
    urgency, _ = decide(text, age=50)
    assert urgency not in EMERGENT


# (5) A deep cut with the inside seen, or numb fingers after it (NHS Cuts and grazes: a deep cut or loss of feeling near
# the wound, A&E).
@pytest.mark.parametrize("text", [
    "切菜切到手，伤口很深能看到里面，一直在渗血",
    "玻璃划到手掌，划了个口子，小拇指和无名指麻了",
    "被刀割到手心，手指头有点麻了，弯不了",
])
def test_a_cut_with_the_inside_seen_or_numb_fingers_is_a_deep_wound(text: str) -> None:
    urgency, rules = decide(text, age=27)
    assert urgency == "emergency" and "deep_wound_or_numb" in rules


@pytest.mark.parametrize("text", ["手指划了个小口子，不深，不麻", "手指发麻好几个月了，晚上更明显"])
def test_a_small_cut_or_numb_fingers_without_a_cut_is_not_a_deep_wound(text: str) -> None:
    _, rules = decide(text, age=27)
    assert "deep_wound_or_numb" not in rules


@pytest.mark.parametrize("text", ["小拇指和无名指麻了", "手指头有点麻了", "无名指发麻了"])
def test_numb_fingers_are_numbness(text: str) -> None:
    assert "numbness" in current_codes(text)


@pytest.mark.parametrize("text", ["手指好麻烦", "吃了麻辣烫手指都辣"])
def test_trouble_or_spicy_food_is_not_numbness(text: str) -> None:
    assert "numbness" not in current_codes(text)


# (6) "Have I overdosed?" is the patient asking, not telling: the amount decides (NHS Paracetamol for adults: 1 or 2
# extra tablets by accident are unlikely to harm within 8 in 24 hours).
@pytest.mark.parametrize("text", [
    "took 2 paracetamol at 10 then another 2 at 11 by mistake, have I overdosed?",
    "took 2 ibuprofen by mistake on top of my usual, is that an overdose?",
])
def test_asking_whether_a_small_extra_dose_is_an_overdose_is_not_an_overdose(text: str) -> None:
    assert "overdose_poisoning" not in current_codes(text)


@pytest.mark.parametrize("text", ["I took 20 paracetamol, have I overdosed?", "I have overdosed on my tablets", "she overdosed"])
def test_an_overdose_told_or_a_large_amount_asked_about_stays_an_overdose(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "emergency_ambulance" and "poisoning_overdose" in rules


# (7) Insect bites told by the lumps they left (NHS Insect bites and stings: usually treated at home).
@pytest.mark.parametrize("text", ["在公园坐了一会儿，胳膊上被咬了好几个包，很痒", "腿上被咬了一堆包，估计是蚊子", "身上好多小包，估计是跳蚤"])
def test_lumps_left_by_bites_are_insect_bites(text: str) -> None:
    assert "insect_bite" in current_codes(text)


@pytest.mark.parametrize("text", ["被狗咬了一口", "被猫咬了手"])
def test_an_animal_bite_is_not_an_insect_bite(text: str) -> None:
    assert "insect_bite" not in current_codes(text)


# A person struck by a vehicle stays major trauma (ESI: a high-risk mechanism; NICE NG41): the road-collision reading
# of blind84 must not take "was hit by a bus" from it, and a van, lorry or taxi counts as a car does.
@pytest.mark.parametrize("text", [
    "my son was hit by a bus on the way to school",
    "he was hit by a car",
    "she got hit by a van crossing the road",
    "my dad was knocked down by a lorry",
    "got hit by a car in the car park, neck sore and arms tingling",
])
def test_a_person_hit_by_a_vehicle_is_still_major_trauma(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "emergency_ambulance" and "major_trauma" in rules


@pytest.mark.parametrize("text", [
    "30 weeks pregnant, high temp, aching all over like I've been hit by a bus, dry cough",
    "aching everywhere, as if I had been hit by a truck, fever since yesterday",
])
def test_aching_like_being_hit_by_a_bus_is_a_figure_of_speech(text: str) -> None:
    assert "major_trauma" not in current_codes(text)
    assert "body_aches" in current_codes(text)
