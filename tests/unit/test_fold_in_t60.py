"""blind60 (a representative week): what its first look missed, read for what it says, with the near-misses that must
not change. Home meter ketone and sugar readings in any word order (NICE NG17 / NHS Diabetic ketoacidosis), and the
999-or-A&E line where the rule's own source draws it (NHS When to call 999, NHS Head injury, RCOG GTG63)."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


@pytest.mark.parametrize("text", [
    "ketones 3.4", "blood ketones of 3.4", "my ketones are 3.8", "ketone reading 3.6", "ketones: 4.1 mmol/L",
    "3.4 ketones on the meter", "my ketone meter says 4.1", "urine ketones ++", "ketones 2+ on the strip", "high ketones",
    "血酮 3.4", "酮体3.4", "血酮体4.0", "尿酮3个加号", "尿酮++", "尿酮阳性",
])
def test_a_ketone_reading_in_the_dka_range_is_a_dka_sign(text: str) -> None:
    assert "dka_signs" in current_codes(text)


@pytest.mark.parametrize("text", [
    "ketones 0.2", "ketones were 0.4 this morning", "blood ketones of 1.1", "ketones negative", "my ketones are normal",
    "sugar 22, ketones 0.3", "血酮0.2", "酮体0.3", "酮体阴性",
])
def test_a_normal_ketone_reading_is_no_dka_sign(text: str) -> None:
    assert "dka_signs" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "ketones 3.4 on my meter", "ketone levels 3.1", "ketones are 3.2 on the monitor", "血酮 3.4",
])
def test_a_ketone_number_is_not_a_low_sugar(text: str) -> None:
    assert "hypoglycaemia" not in current_codes(text)


def test_a_ketone_after_a_sugar_is_not_blood_in_the_vomit() -> None:
    assert "vomit_blood" not in current_codes("1型糖尿病，吐了一晚上，血糖22，血酮 3.4")
    assert "vomit_blood" in current_codes("吐了一晚上，吐出来有血")


@pytest.mark.parametrize("text", [
    "T1 diabetic, threw up all night, BG 23 and blood ketones of 3.6, stomach aches",
    "my son is type 1, vomiting since lunch, glucose 22.4 mmol/L and his ketones are 3.1",
    "我是1型糖尿病，昨晚开始一直吐，血糖22，血酮 3.4，肚子疼",
    "糖尿病，呕吐了好几次，尿酮3个加号",
])
def test_diabetic_vomiting_with_a_dka_range_reading_is_an_emergency(text: str) -> None:
    urgency, rules = decide(text, age=25)
    assert urgency == "emergency" and "diabetic_ketoacidosis_signs" in rules


@pytest.mark.parametrize("text", [
    "type 1 diabetic, been sick since last night, my tummy hurts and I'm breathing kind of deep and fast",
    "一型糖尿病，吐了一夜，肚子疼，呼吸又深又快",
])
def test_diabetes_vomiting_and_deep_fast_breathing_is_dka_danger_without_a_number(text: str) -> None:
    urgency, rules = decide(text, age=22)
    assert urgency == "emergency" and "diabetes_vomiting_with_dka_breathing" in rules


@pytest.mark.parametrize("text", [
    "type 1 diabetic, sugar 6.5 and ketones 0.2, feel a little sick",
    "糖尿病，血糖6.5，血酮0.2，有点恶心",
    "type 2 diabetic, a bit sick this morning, breathing normally, not drowsy",
    "my friend is type 1 and was in hospital with DKA last year; I have a cold",
])
def test_normal_readings_or_no_breathing_sign_are_no_dka_emergency(text: str) -> None:
    urgency, _ = decide(text, age=30)
    assert urgency not in ("emergency", "emergency_ambulance")


@pytest.mark.parametrize("text", ["breathing kinda deep and fast", "fast deep breaths", "呼吸有点深快", "他在大口大口地喘气"])
def test_deep_fast_breathing_said_with_a_hedge(text: str) -> None:
    assert "rapid_breathing" in current_codes(text)


def test_taking_deep_breaths_is_not_fast_breathing() -> None:
    assert "rapid_breathing" not in current_codes("I took a few deep breaths and felt calmer")


@pytest.mark.parametrize("text", [
    "my grandad tripped and banged his head an hour ago, now he keeps dozing off and we can hardly wake him",
    "我爸摔倒磕到后脑勺，吐了一次，现在叫不太醒",
    "she hit her head on the shelf and now she's confused and doesn't know where she is",
])
def test_a_head_injury_with_someone_hard_to_wake_or_confused_is_a_999_call(text: str) -> None:
    urgency, rules = decide(text, age=75)
    assert urgency == "emergency_ambulance" and "head_injury_hard_to_wake" in rules


@pytest.mark.parametrize("text", [
    "hit my head on a cupboard door, been sick once, not drowsy, not confused",
    "磕到头后吐了两次，人很清醒，叫得醒",
])
def test_a_head_injury_with_vomiting_only_stays_a_and_e(text: str) -> None:
    urgency, rules = decide(text, age=40)
    assert urgency == "emergency" and "head_injury_hard_to_wake" not in rules


@pytest.mark.parametrize("text", [
    "my brother came off his motorbike at speed and the bone is sticking out of his shin",
    "a workman fell off the scaffolding from the second floor and says his legs are numb",
    "朋友从三楼高的脚手架上摔下来了，躺着不能动",
])
def test_major_trauma_is_a_999_call(text: str) -> None:
    urgency, rules = decide(text, age=40)
    assert urgency == "emergency_ambulance" and "major_trauma" in rules


def test_no_accident_is_no_major_trauma() -> None:
    assert "major_trauma" not in decide("no car accident and no fall, just a sore knee", age=40)[1]


@pytest.mark.parametrize("text", [
    "I'm 35 weeks pregnant and suddenly losing a lot of blood, pad soaked in minutes, and a constant pain in my bump",
    "怀孕33周，下面突然出了好多血，裤子都湿透了，肚子一直疼不缓解",
])
def test_heavy_bleeding_with_pain_in_later_pregnancy_is_a_999_call(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "emergency_ambulance" and "late_pregnancy_heavy_bleeding_with_pain" in rules


@pytest.mark.parametrize("text", [
    "I'm 35 weeks pregnant and there's a little spotting, no pain at all",
    "怀孕10周，出血很多，肚子疼",
])
def test_spotting_or_early_pregnancy_is_not_the_late_pregnancy_rule(text: str) -> None:
    assert "late_pregnancy_heavy_bleeding_with_pain" not in decide(text, age=30)[1]


def test_haloes_and_a_sudden_red_painful_eye_are_glaucoma_not_a_bleed() -> None:
    urgency, rules = decide("我奶奶右眼突然胀痛，头也跟着疼，看灯有彩色的圈，恶心，眼睛通红", age=70)
    assert urgency == "emergency" and "subarachnoid_haemorrhage_signs" not in rules
    urgency, rules = decide("突然剧烈头痛，吐了两次，脖子发硬", age=50)
    assert urgency == "emergency_ambulance" and "subarachnoid_haemorrhage_signs" in rules


def test_acne_pustules_are_not_an_abscess() -> None:
    assert "abscess" not in decide("额头痘痘反复长，有的有脓头，洗面奶没用", age=20)[1]
    assert "abscess" in decide("腋下长了个脓包，有脓头，红肿", age=30)[1]


@pytest.mark.parametrize("text", ["a pea sized lump on my left testicle", "small pea lump in my right testicle"])
def test_a_pea_sized_testicular_lump(text: str) -> None:
    assert "testicular_lump" in current_codes(text)


@pytest.mark.parametrize("text", ["例假两个多月没来了", "月经已经三个月没来"])
def test_periods_stopped_for_months(text: str) -> None:
    assert "gyn_symptoms" in current_codes(text)


def test_a_period_that_came_is_not_stopped() -> None:
    assert "gyn_symptoms" not in current_codes("月经三天前来了，量正常")
