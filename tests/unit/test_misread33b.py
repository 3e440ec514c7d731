"""misread33b: wrong reasons and misreadings of the triage engine (the red flags and reasons go to clinicians, so a wrong
reason is a defect even when the urgency is right), each read as a family, with the look-alikes that must not change.

The cases named "...still..." or "...stays..." are guards: they pass on main too and keep a fix from being made too broad.
"""

from __future__ import annotations

from datetime import date

import pytest

from carebridge.tools.slots import parse_duration_days
from tests.triage_screen import current_codes, decide, department_group, fired, service_decide

TODAY = date(2026, 12, 6)


# (1) An allergic tight throat is anaphylaxis only (RCUK 2021; NHS Anaphylaxis), not epiglottitis (NHS Epiglottitis).
@pytest.mark.parametrize("text", [
    "ate peanuts, lips swelling, throat feels tight",
    "stung by a bee, throat feels tight",
    "吃了花生，嘴唇肿了，喉咙发紧",
    "被马蜂蜇了，嗓子发紧，喘不上气",
    "throat is closing up!! used my epipen, still feels tight",
])
def test_an_allergic_tight_throat_is_anaphylaxis_not_epiglottitis(text: str) -> None:
    urgency, rules = decide(text, 30)
    assert urgency == "emergency_ambulance" and "anaphylaxis_airway" in rules and "possible_epiglottitis" not in rules


@pytest.mark.parametrize("text", [
    "4 year old with a high temp, he can't swallow his own spit so he's drooling, sitting leaning forward",
    "嗓子疼得厉害，连口水都咽不下去，发烧",
])
def test_epiglottitis_without_an_allergen_still_fires(text: str) -> None:
    assert "possible_epiglottitis" in fired(text)


# (2a) A tremor is not the weak arm of FAST (NHS Tremor or shaking hands; NHS Stroke).
@pytest.mark.parametrize("text", [
    "手抖得连碗都端不住",
    "手抖得杯子都拿不住",
    "my hands shake so much I can't hold a cup",
])
def test_a_tremor_that_spills_the_cup_is_no_stroke(text: str) -> None:
    assert "stroke_signs" not in fired(text)
    assert "one_sided_weakness" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "右手突然没劲了，杯子都拿不住",
    "suddenly I can't hold a cup with my right hand",
    "胳膊突然没劲，手也抖，杯子拿不住",
    "手抖，杯子拿不住，嘴也歪了",
])
def test_a_sudden_grip_failure_or_one_with_another_sign_stays_a_stroke(text: str) -> None:
    assert "stroke_signs" in fired(text) or "sudden_limb_weakness" in fired(text)


# (2b) Slurring after heavy drinking alone is possible alcohol poisoning (NHS Alcohol poisoning: 999), not a stroke sign.
@pytest.mark.parametrize("text", [
    "drank a lot, slurring my words a bit",
    "he got really drunk and now his speech is slurred",
    "喝多了，说话大舌头",
    "他喝了一斤白酒，现在说话含糊不清",
])
def test_slurring_after_heavy_drinking_is_alcohol_poisoning_not_stroke(text: str) -> None:
    urgency, rules = decide(text, 30)
    assert urgency == "emergency_ambulance"
    assert "stroke_signs" not in rules and "possible_alcohol_poisoning" in rules


@pytest.mark.parametrize("text", [
    "drank a lot and now his face is drooping on one side and his speech is slurred",
    "he had two pints and suddenly his speech is slurred",
    "my speech is slurred like i'm drunk but i havent had a drop",
    "我爸66，半小时前吃饭的时候说话突然含含糊糊的，嘴角往一边歪，左手筷子都拿不住了。家里人都说他中午喝了两杯酒，喝多了。",
    "我妈说话突然含含糊糊的，像喝醉了，可她滴酒没沾",
    "had a glass of wine and my speech is slurred",
])
def test_slurring_with_another_sign_suddenly_or_without_heavy_drink_stays_a_stroke(text: str) -> None:
    urgency, rules = decide(text, 66)
    assert urgency == "emergency_ambulance" and "stroke_signs" in rules


@pytest.mark.parametrize("text", [
    "I had a few pints last night and was slurring, sober now and fine",
    "昨晚喝多了说话大舌头，今天酒醒都正常",
])
def test_slurring_last_night_that_is_gone_still_is_no_emergency(text: str) -> None:
    assert decide(text, 30)[0] not in ("emergency", "emergency_ambulance")


def test_a_drinker_found_cold_and_slurring_stays_an_ambulance() -> None:
    # blind62 t62z-009 (expected 999): main read only the stroke sign; the slurring is now the drink's reading (the cold
    # exposure itself is not read by the lexicon here: left for another round)
    text = "我哥昨晚喝多了在马路边睡了一夜，今早才找到他，外面零下好几度。浑身冰凉，一开始一直打哆嗦后来也不抖了，说话含含糊糊，反应特别慢"
    urgency, rules = decide(text, 40)
    assert urgency == "emergency_ambulance" and "stroke_signs" not in rules


# (3) The number right after 子 of a body part is the duration ("拉肚子3天").
@pytest.mark.parametrize("text,days", [("拉肚子3天", 3.0), ("鼻子5天了还堵", 5.0), ("肚子3天了一直疼", 3.0), ("嗓子3天了", 3.0)])
def test_a_duration_right_after_a_body_part_ending_in_zi_is_read(text: str, days: float) -> None:
    assert parse_duration_days(text) == days


@pytest.mark.parametrize("text,days", [("肚子疼2天了", 2.0), ("孩子3个月，发烧", None), ("孙子2个月大", None)])
def test_a_childs_age_after_zi_is_still_no_duration(text: str, days: float | None) -> None:
    assert parse_duration_days(text) == days


# (4a) A start named by its month is counted back from today.
@pytest.mark.parametrize("text,days", [
    ("I've had a cough since March", 280.0),
    ("从3月份开始咳嗽", 280.0),
    ("三月份以来一直咳嗽", 280.0),
    ("headaches since December", 5.0),
    ("cough since march 2024", 1010.0),
])
def test_a_start_named_by_its_month_is_a_duration(text: str, days: float) -> None:
    assert parse_duration_days(text, today=TODAY) == days


@pytest.mark.parametrize("text", ["I may have a cough", "咳嗽3个月了"])
def test_may_and_months_counted_stay_as_they_were(text: str) -> None:
    assert parse_duration_days(text, today=TODAY) in (None, 90.0)


# (4b) A pet's or a couple's years are not the complaint's onset.
@pytest.mark.parametrize("text,days", [
    ("we've had him 14 years, he's been limping since yesterday", 1.0),
    ("这只狗养了十四年了，昨天开始瘸", 1.0),
    ("married 10 years, had a cough for 3 weeks", 21.0),
])
def test_a_pets_or_a_couples_years_are_not_the_duration(text: str, days: float) -> None:
    assert parse_duration_days(text, today=TODAY) == days


def test_years_of_the_complaint_itself_stay_a_duration() -> None:
    assert parse_duration_days("he's been limping for 2 years", today=TODAY) == 730.0


# (4c) A knock that left a cut ("磕了个口子") is a wound, as "划了个口子" is (NHS Cuts and grazes).
@pytest.mark.parametrize("text", ["磕了个口子", "膝盖磕了一道口子，还在流血", "摔了一道口子"])
def test_a_knock_that_left_a_cut_is_a_wound(text: str) -> None:
    assert "wound" in current_codes(text)


def test_a_small_cut_from_a_knock_is_still_minor() -> None:
    assert "wound" not in current_codes("磕了个小口子，不怎么疼")


# (4d) Itching that keeps coming back is for a GP (NHS Itchy skin), not self-care.
@pytest.mark.parametrize("text", ["老是痒", "身上老是痒，反反复复的", "my itching keeps coming back"])
def test_itching_that_keeps_coming_back_is_read_and_not_self_care(text: str) -> None:
    assert {"itching", "itch_recurring"} <= current_codes(text)
    urgency, _ = decide(text, 30)
    assert urgency == "routine" and department_group(text, 30) == "皮肤科"


def test_one_itchy_bite_is_still_self_care() -> None:
    assert decide("被蚊子咬了个包，有点痒", 30)[0] == "self_care"


# (4e) No urine passed, with no urge, is reduced output (NHS Dehydration); an urge not emptied is retention.
@pytest.mark.parametrize("text", [
    "hasn't weed all day, no urge",
    "I haven't passed any urine today and I don't need to go",
    "not peeing much, no urge",
])
def test_no_urine_without_an_urge_is_reduced_output(text: str) -> None:
    assert "dehydration" in current_codes(text)


def test_an_urge_that_cannot_be_emptied_stays_retention() -> None:
    assert "urinary_retention" in fired("can't pee even though I really need to go")


# (4f) Fear of pregnancy after a split condom is emergency contraception (NHS Emergency contraception), not a pregnancy.
@pytest.mark.parametrize("text", [
    "好怕怀孕，套子破了",
    "昨晚套子破了，好怕怀孕",
    "套子破了",
    "套子滑脱了，好怕怀上了",
    "the condom split last night, really scared I'm pregnant",
])
def test_fear_of_pregnancy_after_a_condom_mishap_is_emergency_contraception(text: str) -> None:
    assert "pregnancy" not in current_codes(text)
    urgency, rules = service_decide(text, 24, "F")
    assert urgency == "self_care" and "emergency_contraception" in rules
    assert department_group(text, 24) == "妇产科"


@pytest.mark.parametrize("text", ["手套破了", "被套破了个洞"])
def test_other_covers_that_split_are_still_no_condom(text: str) -> None:
    assert "contraception_mishap" not in current_codes(text)


def test_a_pregnancy_said_otherwise_is_still_read() -> None:
    assert "pregnancy" in current_codes("套子破了一个月，现在验孕棒两道杠，怕是怀孕了")


# (4g) Stress said in Chinese with a racing heart goes to 精神科, as "so stressed, can't sleep, heart racing" does.
@pytest.mark.parametrize("text", ["最近压力特别大，睡不好，老是心慌烦躁", "最近工作压力特别大，睡不好，心慌", "压力好大，老是心慌"])
def test_stress_with_a_racing_heart_goes_to_psychiatry(text: str) -> None:
    assert department_group(text, 30) == "精神科"


@pytest.mark.parametrize("text,group", [
    ("压力大，头发掉得厉害", "皮肤科"),
    ("右边耳朵嗡嗡响一个多月了，晚上安静的时候最明显，吵得睡不着，压力大的时候更响", "耳鼻咽喉科"),
])
def test_stress_told_beside_another_complaint_still_keeps_its_department(text: str, group: str) -> None:
    assert department_group(text, 30) == group
