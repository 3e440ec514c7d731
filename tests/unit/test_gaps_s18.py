"""Four gaps noted by earlier rounds (no vignette set): sudden weakness of both legs, diving read as suicidal, "I'm 32
weeks" read as an illness of 32 weeks, and a Chinese denial that 我 cut short. Positives are paraphrased in both
languages; each has its near-misses."""

from __future__ import annotations

import pytest

from carebridge.tools.slots import parse_duration_days, parse_gestation_weeks
from carebridge.tools.triage_engine import extract_findings
from tests.triage_screen import current_codes, decide, fired

# a) Sudden loss of strength or movement in both legs (NHS Cauda equina syndrome, NHS Guillain-Barré syndrome, NICE NG234)


@pytest.mark.parametrize("text", [
    "he suddenly lost the strength in both legs and can't stand",
    "all of a sudden she can't move either leg",
    "my dad's legs suddenly went weak this afternoon, he can't walk",
    "legs suddenly paralysed, numb and my back aches",
    "he suddenly can't move his legs and he can't pee",
    "两条腿突然没劲了站不起来",
    "我爸两条腿突然瘫了",
    "双腿突然没力气，下身发麻，尿不出来",
    "刚才我妈两腿一下子没劲了，走不了路",
])
def test_sudden_weakness_of_both_legs_is_an_emergency(text: str) -> None:
    assert "both_legs_weak" in current_codes(text)
    assert "sudden_weakness_both_legs" in fired(text)
    urgency, _ = decide(text, age=55)
    assert urgency in ("emergency", "emergency_ambulance")


@pytest.mark.parametrize("text", [
    "my legs are tired after a long walk",
    "both legs ache after a long run yesterday, can move them fine",
    "legs have been getting weaker over months",
    "one leg went numb after sitting cross-legged",
    "leg cramps at night",
    "走路走多了腿很累",
    "这几个月两条腿慢慢没劲",
    "盘腿坐久了一条腿麻了",
    "腿抽筋",
    "昨天跑步跑多了两条腿酸，能正常走路",
])
def test_tired_chronic_one_sided_or_cramping_legs_are_not_the_flag(text: str) -> None:
    assert "sudden_weakness_both_legs" not in fired(text)


def test_a_denied_weakness_of_both_legs_is_no_finding() -> None:
    assert "both_legs_weak" not in current_codes("两条腿没有没劲，就是有点酸")
    assert "both_legs_weak" not in current_codes("he can move both legs fine, no weakness")


def test_both_legs_keep_their_other_readings() -> None:
    # Read beside the one-sided weakness the same words gave, not instead of it: the stroke flag stays.
    assert {"both_legs_weak", "one_sided_weakness"} <= current_codes("两条腿突然没劲了")


# b) Diving or swimming as a sport is not suicidal; intent at the water or a height still is


@pytest.mark.parametrize("text", [
    "在河边跳水",
    "我们周末在江边跳水玩",
    "去游泳池跳水",
    "站在河边跳舞",
    "在天台上跳绳",
    "diving at the river",
    "we went diving at the lake this weekend and my ear hurts",
])
def test_diving_or_playing_by_the_water_is_not_suicidal(text: str) -> None:
    assert "suicidal" not in current_codes(text)
    assert not {"suicidal_intent", "suicidal_at_the_place"} & fired(text)


@pytest.mark.parametrize("text", ["想跳河", "站在桥上想跳下去", "我在河边，想跳下去", "站在江边想跳", "I want to jump off the bridge",
                                  "I'm standing on the bridge and I'm going to jump"])
def test_real_intent_at_the_water_or_a_height_still_fires(text: str) -> None:
    assert "suicidal_intent" in fired(text)


def test_standing_on_a_bridge_wanting_to_jump_is_an_attempt_under_way() -> None:
    assert "suicidal_at_the_place" in fired("站在桥上想跳下去")


# c) "I'm 32 weeks" / "我32周了" is a gestation, not an illness of 32 weeks


@pytest.mark.parametrize("text", [
    "I'm 32 weeks", "I'm 32 weeks and I have a bad headache", "she's 28 weeks, had a fall",
    "我32周了", "我现在三十二周，肚子一阵一阵疼", "我已经8周了，出血了",
])
def test_weeks_said_as_a_state_are_a_pregnancy_not_a_duration(text: str) -> None:
    assert parse_duration_days(text) is None
    assert extract_findings(text).pregnant is True


def test_a_stated_gestation_reaches_the_pregnancy_rules() -> None:
    assert "pregnancy_swelling_with_headache" in fired("我32周了，头疼，脸肿")


@pytest.mark.parametrize("text", ["been spotting and now it's turned into proper bleeding, I'm 9 weeks", "我9周了，下面出血了"])
def test_an_inferred_number_of_weeks_switches_no_rule_off(text: str) -> None:
    # The weeks are not taken as the gestation: bleeding with the gestation unstated stays an emergency.
    assert parse_gestation_weeks(text) is None
    assert "pregnancy_bleeding" in fired(text)


@pytest.mark.parametrize(("text", "days"), [
    ("I've had this cough for 3 weeks", 21), ("咳嗽3周了", 21), ("我咳嗽3周了", 21), ("I'm 6 weeks into this cough", 42),
    ("我5周了还没好", 35),
])
def test_how_long_a_symptom_lasted_stays_a_duration(text: str, days: int) -> None:
    assert parse_duration_days(text) == days
    assert parse_gestation_weeks(text) is None
    assert extract_findings(text).pregnant is None


def test_weeks_outside_a_pregnancy_are_no_gestation() -> None:
    assert parse_gestation_weeks("我3周了还在咳") is None
    assert parse_gestation_weeks("宝宝6周了") is None


# d) A Chinese denial through a verb of noticing ("没发现我有憋气") reaches the finding


@pytest.mark.parametrize(("text", "code"), [
    ("没发现我有憋气", "dyspnea"), ("没觉得喘", "dyspnea"), ("也没感觉胸闷", "chest_pain"), ("最近没觉得我有点喘", "dyspnea"),
    ("没注意到我有发烧", "fever"),
])
def test_a_denial_through_a_verb_of_noticing_negates(text: str, code: str) -> None:
    assert code not in current_codes(text)
    assert code in extract_findings(text).absent


@pytest.mark.parametrize(("text", "code"), [
    ("发现我有点憋气", "dyspnea"), ("爬楼感觉有点喘", "dyspnea"), ("没吃药，我头疼", "headache"), ("没怎么吃饭我有点喘", "dyspnea"),
])
def test_a_finding_that_is_not_denied_stays(text: str, code: str) -> None:
    assert code in current_codes(text)
