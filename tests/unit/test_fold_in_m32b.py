"""misread32b: the leftover misreadings of blind104-106, each read as a family, with the near misses that must not
change (a standing condition's years, broken skin on a diabetic foot, piles, something stuck in a wound, an INR in
range)."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, service_decide


# (1) How long a standing condition has been there is the condition's age, not a slow start of the complaint told after
# it (blind105 t105z-043): sudden new floaters in diabetes stay new (NHS Floaters and flashes in the eyes: urgent
# optician or 111).
@pytest.mark.parametrize("text", [
    "糖尿病好几年了，今天突然右眼好多小黑点飘来飘去",
    "I've had diabetes for years. This morning I suddenly have lots of new floaters in my right eye",
    "慢阻肺好几年了，今天早上突然眼前好多黑点飘",
    "diabetic for 20 years, new floaters in my left eye since yesterday",
])
def test_a_condition_s_years_do_not_make_new_floaters_long_standing(text: str) -> None:
    assert "gradual_onset" not in current_codes(text)
    urgency, _ = service_decide(text, 57, "M")
    assert urgency == "urgent"


@pytest.mark.parametrize("text", ["眼前有黑点飘，好几年了", "floaters in my eye for years, no change", "视力慢慢变模糊，糖尿病"])
def test_floaters_or_blur_said_long_standing_stay_long_standing(text: str) -> None:
    assert "gradual_onset" in current_codes(text) or "came_on_gradually" in current_codes(text)
    urgency, rules = service_decide(text, 57, "M")
    assert "new_floaters_or_flashes" not in rules


# (2) Broken skin on the foot in someone with diabetes (blind105 t105e-042): Diabetes UK Serious foot problems (blisters
# and cuts you can see but don't feel: GP or foot protection team immediately); NICE NG19 (a new ulcer).
@pytest.mark.parametrize("text", [
    "type 2 diabetic, found an open sore on the bottom of my foot this morning, doesn't hurt",
    "my husband's diabetic, he has a blister on his heel that burst",
    "我有糖尿病，脚底磨了个泡今天破了，不疼",
    "糖尿病，今天发现右脚大脚趾磨破了一块",
])
def test_broken_skin_on_a_diabetic_foot_is_urgent(text: str) -> None:
    urgency, rules = service_decide(text, 64, "M")
    assert urgency == "urgent" and "diabetic_foot_skin_broken" in rules


@pytest.mark.parametrize("text", [
    "blister on my heel from new shoes has burst, a bit sore",
    "脚后跟磨了个泡破了，有点疼",
    "我有糖尿病，切菜把手指划了个小口子，不深",
    "I'm diabetic, no cuts or blisters on my feet, just asking about foot care",
    "糖尿病，脚上没有破皮，想问问怎么护理",
])
def test_a_burst_blister_without_diabetes_or_a_finger_cut_in_diabetes_is_not_the_diabetic_foot(text: str) -> None:
    _, rules = service_decide(text, 64, "M")
    assert "diabetic_foot_skin_broken" not in rules


# (3) Piles with a little bright red blood on the paper, under a week (blind104 t104z-035): NHS Piles, Piles in
# pregnancy (home treatment, a pharmacist's cream; a GP after 7 days of treatment).
@pytest.mark.parametrize("text, pregnant", [
    ("孕28周，大便完屁股那里有个小肉球鼓出来，有点痒，纸上有一点点血", True),
    ("这两天上完厕所纸上有点鲜红的血，肛门口有个软软的小肉球，有点痒", False),
    ("my piles are playing up the last couple of days, itchy and a bit of bright red blood on the paper", False),
])
def test_piles_for_a_few_days_are_home_treatment(text: str, pregnant: bool) -> None:
    assert "organ_showing" not in current_codes(text)
    urgency, rules = service_decide(text, 30, "F")
    assert urgency == "self_care" and "piles_home_treatment" in rules


@pytest.mark.parametrize("text", [
    "痔疮又犯了，纸上有点血，发烧38度5",
    "piles for two weeks, bright red blood on the paper, I've lost weight",
    "痔疮，用了一个多礼拜痔疮膏还是出血",
    "my piles are bleeding and I'm on warfarin",
    "大便是黑的，肛门口有个小肉球",
])
def test_piles_with_a_danger_feature_or_after_a_week_are_not_home_treatment(text: str) -> None:
    _, rules = service_decide(text, 45, "F")
    assert "piles_home_treatment" not in rules


@pytest.mark.parametrize("text", ["伤口裂开了，看得到肠子露出来", "刀口裂开了，有东西冒出来"])
def test_something_coming_out_of_a_wound_is_still_an_organ_showing(text: str) -> None:
    assert "organ_showing" in current_codes(text)


# (4) Something stuck in a cut or graze that will not wash out (blind106 t106z-043, t106z-033): NHS Cuts and grazes,
# urgent treatment centre if something is stuck in the wound, like glass.
@pytest.mark.parametrize("text", [
    "fell off my bike, grazed my knee, lots of bits of gravel stuck in it that won't wash out",
    "there's a bit of glass still stuck in the cut on my hand",
    "摔了一跤，手掌擦破了，里面嵌了好多小石子，冲不掉",
    "孩子手背被铅笔扎了，铅笔芯断在肉里了",
])
def test_something_stuck_in_a_wound_is_urgent(text: str) -> None:
    urgency, rules = service_decide(text, 15, "M")
    assert urgency == "urgent" and "wound_something_stuck" in rules


@pytest.mark.parametrize("text", [
    "grazed my knee, washed all the grit out, bleeding stopped",
    "膝盖擦破了，沙子都冲干净了",
    "手上扎了根木刺，拔出来了",
    "got a splinter in my finger, got most of it out with tweezers",
])
def test_a_cleaned_graze_or_a_splinter_is_not_something_stuck(text: str) -> None:
    assert "wound_foreign_body" not in current_codes(text)


# (5) An INR in the usual target range on warfarin (blind105 t105z-024): NICE CKS Anticoagulation - oral, keep the dose.
@pytest.mark.parametrize("text", [
    "on warfarin, INR today was 2.4, do I change my dose?",
    "吃华法林的，今天测INR是2.6，要不要加减药",
    "warfarin clinic said my INR is 3.0, is that ok",
])
def test_an_inr_in_range_alone_is_self_care(text: str) -> None:
    urgency, rules = service_decide(text, 72, "M")
    assert urgency == "self_care" and "inr_in_target_range" in rules


@pytest.mark.parametrize("text, not_self_care", [
    ("on warfarin, INR 2.5 but my gums keep bleeding", True),
    ("warfarin INR 5.6 today", True),
    ("华法林，INR 1.6，偏低吗", True),
    ("吃华法林，INR 2.8，昨天摔了一跤碰到头", True),
    ("INR 3.8 on warfarin", True),
])
def test_an_inr_out_of_range_or_with_bleeding_is_not_self_care(text: str, not_self_care: bool) -> None:
    urgency, rules = service_decide(text, 72, "M")
    assert "inr_in_target_range" not in rules and urgency != "self_care"


# (6) Shaky hands or a faster heartbeat for a short while after a reliever inhaler (blind105 t105z-033): NHS Salbutamol
# inhaler, common side effects that pass.
@pytest.mark.parametrize("text", [
    "used my blue inhaler twice and now my hands are shaky and my heart is racing a bit, breathing fine",
    "万托林喷了两下，手有点发抖，心跳也快了，喘得不厉害了",
    "I get really shaky after my salbutamol, is that normal",
    "孩子哮喘，喷了沙丁胺醇以后手抖，别的没事",
])
def test_shakes_after_a_reliever_inhaler_are_self_care(text: str) -> None:
    assert "reliever_side_effects" in current_codes(text)
    urgency, rules = service_decide(text, 19, "F")
    assert urgency == "self_care" and "reliever_inhaler_shakes" in rules


@pytest.mark.parametrize("text", [
    "used my blue inhaler 10 times today, still wheezy and shaky, can't catch my breath",
    "喷了沙丁胺醇手抖，胸口疼，喘不上气",
])
def test_shakes_with_breathlessness_or_chest_pain_are_not_self_care(text: str) -> None:
    urgency, rules = service_decide(text, 19, "F")
    assert "reliever_inhaler_shakes" not in rules and urgency != "self_care"


@pytest.mark.parametrize("text", ["my hands are shaky", "手抖好几个月了", "my inhaler ran out"])
def test_shaky_hands_or_an_inhaler_alone_are_not_a_reliever_side_effect(text: str) -> None:
    assert "reliever_side_effects" not in current_codes(text)


# (7) Spotting between periods on the pill (blind104 t104z-049): NHS Combined pill, common in the first months.
@pytest.mark.parametrize("text", [
    "on microgynon for a few weeks and I keep getting a bit of spotting, no pain, haven't missed any",
    "吃优思明第一个月，中间有一点点出血，不疼",
    "刚开始吃短效避孕药，这几天老有点点滴滴的出血，没漏服",
])
def test_spotting_on_the_pill_is_self_care(text: str) -> None:
    urgency, rules = service_decide(text, 25, "F")
    assert urgency == "self_care" and "pill_breakthrough_bleeding" in rules


@pytest.mark.parametrize("text", [
    "on the pill and having spotting with bad pain low in my tummy",
    "吃短效避孕药，出血特别多，一小时湿透一片卫生巾",
    "漏服了一片避孕药，现在有点出血",
])
def test_spotting_on_the_pill_with_pain_heavy_bleeding_or_missed_pills_is_not_self_care(text: str) -> None:
    _, rules = service_decide(text, 25, "F")
    assert "pill_breakthrough_bleeding" not in rules
