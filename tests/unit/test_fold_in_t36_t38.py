"""blind36 (older adults) and blind38 (messy typing, code-switching, pinyin): what their first look missed, read
for what it says, with the near-misses that must not change."""

from __future__ import annotations

import pytest

from carebridge.tools.text import pinyin_in_chinese
from tests.triage_screen import current_codes, decide


@pytest.mark.parametrize(("text", "read"), [
    ("我妈xiong口闷得慌", "我妈胸口闷得慌"),
    ("昨晚tou疼了一夜", "昨晚头疼了一夜"),
    ("孩子duziteng", "孩子肚子疼"),
    ("胸口teng得厉害", "胸口疼得厉害"),
])
def test_pinyin_body_words_inside_chinese_are_read_as_characters(text: str, read: str) -> None:
    assert pinyin_in_chinese(text) == read


@pytest.mark.parametrize("text", [
    "我yao去医院看看",          # yao alone is 要 here, not 腰
    "明天xin的药到了",          # xin alone is 新
    "my chest is tight",        # no Chinese: English stays English
    "今天fever到39度",          # English inside Chinese is not pinyin
])
def test_other_latin_words_stay_as_typed(text: str) -> None:
    assert pinyin_in_chinese(text) == text


def test_a_crushing_chest_pain_typed_half_in_pinyin_is_a_heart_attack_picture() -> None:
    text = "老公58 xiong口像被大石头压着 快一个小时了 左边胳膊发麻 冒冷汗"
    urgency, rules = decide(text, age=58)
    assert urgency == "emergency_ambulance" and "chest_pain_danger_features" in rules


def test_a_denied_pinyin_chest_symptom_stays_denied() -> None:
    assert "chest_pain" not in current_codes("咳嗽两天，没有xiong闷")


@pytest.mark.parametrize("text", [
    "carving a chicken the blade slipped into my palm, gaping and i can see fatty bits",
    "cut my thumb deep on a tin lid, yellowish fatty stuff showing",
])
def test_fatty_tissue_seen_in_a_cut_is_a_deep_wound(text: str) -> None:
    assert decide(text, age=35) == ("emergency", {"deep_wound_or_numb"})


def test_a_shallow_cut_without_fat_is_no_deep_wound() -> None:
    assert "wound_deep" not in current_codes("cut my thumb on a knife, not deep, no fatty bits showing")


@pytest.mark.parametrize(("text", "age"), [
    ("Mum is 84, she slipped in the garden and landed on her hip. She can stand with help but she's limping and the groin pain gets worse when she walks", 84),
    ("外婆79岁，在菜市场滑倒，胯部先着地，现在还能慢慢走，但大腿根疼，走路一瘸一拐", 79),
])
def test_an_older_adult_limping_with_hip_pain_after_a_fall_is_a_suspected_hip_fracture(text: str, age: float) -> None:
    urgency, rules = decide(text, age=age)
    assert urgency == "emergency" and "suspected_hip_fracture_walking" in rules


@pytest.mark.parametrize(("text", "age"), [
    ("外婆79岁，在菜市场滑倒，屁股着地，走路正常，大腿根不疼", 79),        # no pain, walks normally
    ("fell on my hip at football, limping a bit", 24),                             # a young adult: not this rule
])
def test_hip_near_misses(text: str, age: float) -> None:
    assert "suspected_hip_fracture_walking" not in decide(text, age=age)[1]


@pytest.mark.parametrize("text", [
    "我现在站在江边 不想活了 都结束吧",
    "my brother just texted that he's on the bridge and wants to end it all",
])
def test_suicidal_at_the_place_of_the_act_is_an_ambulance(text: str) -> None:
    urgency, rules = decide(text, age=25)
    assert urgency == "emergency_ambulance" and "suicidal_at_the_place" in rules


@pytest.mark.parametrize("text", [
    "我不想活了，但现在在家，没有计划",                       # suicidal, not at the place: emergency, not this rule
    "在楼顶晒被子的时候扭了腰",                               # on the roof, not suicidal
])
def test_suicidal_at_the_place_near_misses(text: str) -> None:
    assert "suicidal_at_the_place" not in decide(text, age=25)[1]


def test_weeks_since_the_last_period_read_as_pregnancy() -> None:
    assert "pregnancy" in current_codes("停经6周了，今天下面有点出血")
    assert "pregnancy" not in current_codes("停经两年了，最近老是潮热出汗")


@pytest.mark.parametrize("text", [
    "爷爷骑车摔了磕到头 现在叫他应一声又睡过去",
    "dad banged his head on the car door and now we can't keep him awake",
])
def test_a_head_injury_with_difficulty_staying_awake_is_an_ambulance(text: str) -> None:
    urgency, rules = decide(text, age=75)
    assert urgency == "emergency_ambulance" and "head_injury_hard_to_keep_awake" in rules


def test_a_head_bump_wide_awake_is_no_ambulance() -> None:
    assert "head_injury_hard_to_keep_awake" not in decide("bumped my head on a shelf, wide awake, not sleepy", age=40)[1]


@pytest.mark.parametrize(("text", "age"), [
    ("I'm 74, new headache on one side for a few days, it hurts to comb my hair and my jaw gets sore when I eat", 74),
    ("我妈71岁，这几天左边头痛，梳头时头皮疼，嚼东西的时候下巴酸", 71),
])
def test_headache_with_scalp_or_jaw_signs_over_50_is_urgent(text: str, age: float) -> None:
    assert decide(text, age=age) == ("urgent", {"temporal_arteritis_signs"})


@pytest.mark.parametrize(("text", "age"), [
    ("I'm 74, headache for a few days, scalp isn't sore and chewing is fine", 74),
    ("I'm 30, headache and my jaw hurts when I chew", 30),
])
def test_temporal_arteritis_near_misses(text: str, age: float) -> None:
    assert "temporal_arteritis_signs" not in decide(text, age=age)[1]


def test_chest_burning_under_a_band_of_blisters_is_shingles_not_a_heart() -> None:
    text = "burning pain on the left side of my chest for days and now a band of blisters there, just on that side"
    assert decide(text, age=70) == ("urgent", {"shingles"})


def test_chest_pain_with_a_danger_feature_stays_an_emergency_even_with_shingles() -> None:
    urgency, _ = decide("crushing chest pain and sweating, I also have a band of blisters on my back", age=70)
    assert urgency == "emergency_ambulance"


def test_a_denial_before_adjectives_closing_with_or_is_a_list() -> None:
    assert "numbness" not in current_codes("cramp in my calf at night, my legs aren't swollen, red or numb")
    assert "numbness" in current_codes("my legs aren't swollen, but my foot is numb")


def test_a_denied_verb_before_a_comma_still_ends_there() -> None:
    assert "vomit_blood" in current_codes("she isn't eating, vomiting blood since this morning")


@pytest.mark.parametrize("text", [
    "since lunchtime suddenly loads of black floaters and flashes of light in my left eye",
    "a lot of glare from oncoming headlights when I drive at night",
])
def test_floaters_flashes_and_glare_are_vision_changes(text: str) -> None:
    assert "blurred_vision" in current_codes(text)


def test_no_floaters_is_no_vision_change() -> None:
    assert "blurred_vision" not in current_codes("no floaters or flashes, just a gritty eye")


@pytest.mark.parametrize("text", [
    "my pee stream has got weaker this year and I wake up three times a night to wee",
    "urine flow is slow and I get up two or three times at night to pee",
])
def test_a_weak_flow_and_getting_up_at_night_are_urinary_symptoms(text: str) -> None:
    assert "urinary_symptoms" in current_codes(text)


def test_a_normal_flow_is_no_urinary_symptom() -> None:
    assert "urinary_symptoms" not in current_codes("no weak flow, I don't get up at night to pee")
