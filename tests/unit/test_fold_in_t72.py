"""blind72 (older people, 65+, and their carers): what the first look missed, read for what it says, with the
near-misses that must not change."""

from __future__ import annotations

import pytest

from carebridge.tools.slots import parse_duration_days
from tests.triage_screen import current_codes, decide


# --- a blistering burn said with 烫出/烫起, or from a hot-water bottle or heat pad (NHS Burns and scalds: A&E for
# blistering burns on the feet, hands, face)
@pytest.mark.parametrize("text", [
    "我妈有糖尿病，脚上没感觉，抱着热水袋睡了一晚，脚背上烫出好几个大水泡",
    "我爸抱着暖水袋睡了一夜，脚被烫起了泡",
    "奶奶用电热毯，小腿烫起了两个大水泡",
    "my mum fell asleep with a hot water bottle on her feet and now has big blisters",
    "dad's heat pad burnt his back overnight, there are blisters now",
])
def test_a_blistering_burn_from_a_heat_source_is_an_emergency(text: str) -> None:
    urgency, rules = decide(text, age=75)
    assert urgency == "emergency" and "serious_burn" in rules


@pytest.mark.parametrize("text", [
    "手碰了一下热水袋，有点红，没起泡",
    "腿上长了几个水泡，很痒",
    "I held a hot water bottle on my tummy for period pain, no burn at all",
])
def test_a_warm_bottle_without_blisters_or_itchy_blisters_are_not(text: str) -> None:
    assert "serious_burn" not in decide(text, age=70)[1]


# --- floaters said as specks, dots or cobwebs, with a shadow moving in (NHS Retinal detachment: A&E or eye casualty now,
# an emergency, not a 999 stroke sign)
@pytest.mark.parametrize("text", [
    "Since yesterday flashes in my left eye and lots of new black specks, and now a grey shadow creeping in from the side",
    "new black dots floating in my right eye and a dark shadow coming across from the top",
    "左眼前突然好多黑点在飘，还有闪光，旁边有一块灰影慢慢移过来",
])
def test_specks_with_a_shadow_are_a_retinal_detachment_not_a_stroke(text: str) -> None:
    urgency, rules = decide(text, age=66)
    assert urgency == "emergency" and "retinal_detachment" in rules and "stroke_signs_vision" not in rules


def test_specks_on_the_skin_are_not_floaters() -> None:
    assert "retinal_detachment_signs" not in current_codes("I have black spots on my skin and a lampshade")


# --- one's own regular tablet taken twice, or one extra dose, by mistake (NHS Medicines A to Z, Amlodipine and
# Warfarin: 111, the GP or the anticoagulant clinic advise the same day): urgent, not a 999 overdose
@pytest.mark.parametrize("text", [
    "think ive taken my blood pressure tablet twice this morning, forgot I'd had it with breakfast, feel fine",
    "Nan accidentally took her warfarin twice last night, no bleeding",
    "my husband had a double dose of his heart tablets this morning, he seems ok",
    "奶奶不小心把华法林吃了两遍",
    "我妈忘了已经吃过降压药，又吃了一次，现在没什么不舒服",
    "他把降压药吃重了",
])
def test_an_own_tablet_taken_twice_by_mistake_is_urgent(text: str) -> None:
    urgency, rules = decide(text, age=78)
    assert urgency == "urgent" and "extra_dose_taken" in rules


@pytest.mark.parametrize("text", [
    "took a whole strip of my sleeping tablets by accident i think, double dosed twice",
    "我爸忘了已经吃过药，又吃了十几片",
    "忘了吃过了，又吃了一把安眠药",
])
def test_a_strip_or_a_handful_is_still_an_overdose(text: str) -> None:
    urgency, rules = decide(text, age=78)
    assert urgency == "emergency_ambulance" and "poisoning_overdose" in rules


@pytest.mark.parametrize("text", ["I take my tablets twice a day as prescribed", "华法林一天吃两次吗", "I forgot to take my tablets yesterday"])
def test_a_twice_daily_dose_or_a_missed_one_is_not_an_extra_dose(text: str) -> None:
    assert "extra_dose_taken" not in decide(text, age=75)[1]


def test_one_extra_paracetamol_dose_within_the_maximum_stays_self_care() -> None:
    text = "头疼吃了两片对乙酰氨基酚（一片0.5克），隔了两个钟头忘了，又吃了两片。今天就吃了这4片，现在没啥不舒服，要紧吗"
    assert decide(text, age=60)[0] == "self_care"


# --- a new opioid patch put on without taking the old ones off (an opioid overdose; NHS Poisoning)
@pytest.mark.parametrize("text", [
    "Mum has morphine patches. The carer put a new one on without taking the old ones off, she's so sleepy I can barely rouse her",
    "dad's got two fentanyl patches on, the nurse forgot to remove the old one, he's very drowsy",
    "奶奶贴着芬太尼贴，护工又贴了一张新的没把旧的撕掉，现在叫不太醒",
    "爷爷的吗啡贴贴了三张，现在很困",
])
def test_extra_opioid_patches_are_an_overdose(text: str) -> None:
    urgency, rules = decide(text, age=84)
    assert urgency == "emergency_ambulance" and "poisoning_overdose" in rules


@pytest.mark.parametrize("text", ["she has two nicotine patches on", "she has two HRT patches on", "膏药贴了一张新的，把旧的撕掉了"])
def test_other_patches_are_not(text: str) -> None:
    assert "overdose_poisoning" not in current_codes(text)


# --- a fall said "has fallen" (NHS Hip fracture: after a fall, can't get up with a hip that hurts: 999)
@pytest.mark.parametrize("text", [
    "my nan has fallen in the kitchen and cant get up, her hip is agony and her leg looks shorter and turned out",
    "she's fallen and her hip is agony, she can't get up",
])
def test_has_fallen_onto_a_hip_that_will_not_bear_weight_is_999(text: str) -> None:
    urgency, rules = decide(text, age=88)
    assert urgency == "emergency_ambulance" and "suspected_hip_fracture" in rules


@pytest.mark.parametrize("text", ["he has fallen asleep on the sofa", "my blood sugar has fallen to 5.5", "my hair has fallen out"])
def test_falling_asleep_or_a_falling_number_is_no_fall(text: str) -> None:
    assert "recent_fall" not in current_codes(text)


# --- department readings: repeated falls, rest tremor, light-headed on standing, loose stools, a spot that won't heal
@pytest.mark.parametrize(("text", "code"), [
    ("I've had two little falls in the last few months, no injuries", "falls"),
    ("我妈最近摔了两次，没受伤", "falls"),
    ("my husband's right hand shakes when it's resting in his lap but stops when he picks something up", "parkinsonism_signs"),
    ("he walks with little shuffly steps now and his handwriting has got tiny", "parkinsonism_signs"),
    ("我爸手放着不动的时候抖，走路小碎步", "parkinsonism_signs"),
    ("每次站起来就头晕，几秒钟就好", "postural_dizziness"),
    ("最近一个多月大便变稀了，次数也多", "diarrhea"),
    ("我爸鼻子旁边有个小疙瘩，结痂掉了又长，反反复复两个多月了", "skin_sore_unhealed"),
    ("there's a spot on my nose that keeps scabbing over and won't heal", "skin_sore_unhealed"),
    ("my big toenails have gone thick yellow and crumbly", "fungal_nail"),
    ("脚指甲变厚发黄，灰指甲", "fungal_nail"),
    ("hard painful patch on the side of my little toe since I got new shoes", "corn_callus"),
    ("脚底长了个鸡眼，走路硌得疼", "corn_callus"),
    ("早上起床脚跟一着地就疼，走几步好点", "heel_pain"),
    ("pain under my heel with the first few steps in the morning", "heel_pain"),
])
def test_older_peoples_words_are_read(text: str, code: str) -> None:
    assert code in current_codes(text)


@pytest.mark.parametrize(("text", "code"), [
    ("my hands shake when I haven't eaten and my sugar is low", "parkinsonism_signs"),
    ("I had a fall today", "falls"),
    ("宝宝一个月大，大便正常", "diarrhea"),
    ("corn on the cob gave me a stomach ache", "corn_callus"),
    ("脚跟不疼", "heel_pain"),
    ("the cut on my finger healed nicely", "skin_sore_unhealed"),
])
def test_near_misses_are_not(text: str, code: str) -> None:
    assert code not in current_codes(text)


# "lightheaded when I stand up" with blood loss stays a shock sign, not postural dizziness. Since stop 38 (recall38c, NHS
# Fainting) the words alone are a near faint on standing (faint_on_standing), and beside a bleed they still make the
# bleed-with-shock rule, so the outcome is what this test has always guarded.
def test_lightheaded_on_standing_with_bleeding_stays_a_shock_sign() -> None:
    text = "my poo has been black like tar, i feel lightheaded when i stand up"
    assert {"shock_signs", "faint_on_standing"} & current_codes(text)
    urgency, rules = decide(text)
    assert urgency == "emergency_ambulance" and "bleeding_with_shock" in rules


def test_a_month_said_before_stools_is_a_duration_not_an_age() -> None:
    assert parse_duration_days("最近一个多月大便变稀了") == 30.0
    assert parse_duration_days("宝宝一个月大") is None


# --- 扭头疼 is the neck hurting on turning, 脖子一边发僵 a one-sided stiff neck (落枕), not meningism and a headache
def test_a_cricked_neck_is_not_a_headache_and_stiff_neck() -> None:
    codes = current_codes("昨晚枕头太高了，今天脖子一边发僵，扭头疼，不发烧")
    assert "wry_neck" in codes and "headache" not in codes and "neck_stiffness" not in codes
    assert {"headache", "neck_stiffness"} <= current_codes("头疼得厉害，脖子发硬")


# --- self-care with the NHS page's own limits (Fungal nail infection, Corns and calluses, Heel pain)
@pytest.mark.parametrize(("text", "rule"), [
    ("my big toenails have gone thick yellow and crumbly, been like it for months, doesnt hurt, not diabetic", "fungal_nail_pharmacy"),
    ("hard painful patch on the side of my little toe since I got new shoes, no diabetes", "corns_calluses"),
    ("这一个星期早上起床脚跟一着地就疼，走几步好点，最近走路锻炼得多", "heel_pain_home"),
])
def test_nail_corn_and_heel_are_self_care(text: str, rule: str) -> None:
    urgency, rules = decide(text, age=70)
    assert urgency == "self_care" and rule in rules


@pytest.mark.parametrize("text", [
    "my toenails are thick and yellow, I'm diabetic",
    "鸡眼，有糖尿病",
    "脚后跟疼，脚底发麻",
    "I fell off a ladder and landed on my heel, now heel pain and can't walk on it",
])
def test_diabetes_a_long_heel_pain_or_an_injury_is_not_self_care(text: str) -> None:
    assert decide(text, age=70)[0] != "self_care"


# --- 有点头疼 is still a headache (only turning, lifting or nodding the head is the neck's); a verruca asked about as a
# corn ("是鸡眼吗") in a 13-year-old stays pharmacy self-care (NHS Corns and calluses, Warts and verrucas)
def test_a_slight_headache_is_still_a_headache() -> None:
    assert "headache" in current_codes("怀孕12周，这两天有点头疼，可能是没睡好")
    assert "headache" not in current_codes("点头疼")


def test_a_verruca_asked_about_as_a_corn_is_self_care() -> None:
    text = "13岁，脚底板长了个硬硬的东西，中间有几个小黑点，走路压着有点疼，是鸡眼吗"
    assert decide(text, age=13)[0] == "self_care"
