"""blind115 (work, farm, outdoor and travel problems): the under-triaged emergencies of the first look, each read as a
family, then the urgent, self-care and near-miss readings, with the benign look-alikes that must not change."""

from __future__ import annotations

import pytest

from carebridge.tools.slots import parse_severity
from tests.triage_screen import current_codes, service_decide


# (1) A cut said with across, into or through before the body part ("cut across my palm") is a wound; with a numb
# fingertip it is deep_wound_or_numb (NHS Cuts and grazes: A&E for loss of feeling near the wound).
@pytest.mark.parametrize("text", [
    "slipped with the angle grinder and cut across my palm, the bleeding slowed down with pressure but i cant bend my ring finger at all and the tip is numb",
    "the saw cut into my forearm and my thumb and two fingers have gone numb since",
    "sliced through my hand on a broken bottle, the fingers past the cut are numb",
    "the stanley knife slipped and cut right across my hand, my little finger is numb now",
])
def test_a_cut_across_the_hand_with_numbness_is_a_deep_wound(text: str) -> None:
    urgency, rules = service_decide(text, 33, "M")
    assert urgency == "emergency" and "deep_wound_or_numb" in rules


@pytest.mark.parametrize("text", ["cut across my palm with a saw", "sliced into my forearm on a sheet of metal",
                                  "gashed open my forearm on the fence"])
def test_a_cut_across_or_into_a_body_part_is_a_wound(text: str) -> None:
    assert "wound" in current_codes(text)


@pytest.mark.parametrize("text", ["cut across the field to get home", "sliced into the loaf and the cake",
                                  "cut through the fence with bolt cutters"])
def test_a_cut_across_a_field_or_into_bread_is_no_wound(text: str) -> None:
    assert "wound" not in current_codes(text)


# (2) At altitude, a staggering walk or confusion after days of headache is severe altitude sickness, possible
# high-altitude cerebral oedema (NHS Altitude sickness: clumsiness, difficulty walking or confusion is a medical
# emergency; WMS 2019: ataxia at altitude is HACE).
@pytest.mark.parametrize("text", [
    "在西藏玩 我同事头疼两天了 吃了止痛药也不管用 今天走路摇摇晃晃的 人也蔫蔫的没精神",
    "去拉萨出差第三天，头疼得厉害，走路东倒西歪的",
    "在珠峰大本营，朋友头疼了两天，现在走不了直线",
    "we're trekking to Everest base camp, my friend has had a headache for two days and now he's staggering",
    "up at 4,200m on the trek, my partner has a bad headache and keeps losing his balance",
])
def test_a_staggering_walk_at_altitude_is_severe_altitude_sickness(text: str) -> None:
    urgency, rules = service_decide(text, 36, "M")
    assert urgency in {"emergency", "emergency_ambulance"} and "altitude_illness_severe" in rules


@pytest.mark.parametrize("text", [
    "arrived in Lhasa yesterday, a mild headache and not hungry, walking fine",
    "刚到拉萨，有点头疼，走路很稳，人很清醒",
    "my dad lost his balance and fell over in the garden, he's staggering",
    "在家里走路摇摇晃晃的，头疼两天了",
])
def test_altitude_alone_or_a_stagger_at_home_is_not_severe_altitude_sickness(text: str) -> None:
    _, rules = service_decide(text, 36, "M")
    assert "altitude_illness_severe" not in rules


@pytest.mark.parametrize("text", ["去西藏旅游第二天", "刚到拉萨", "有高反", "海拔四千多米", "in Lhasa for work",
                                  "we're at 3,800 metres", "trekking to Everest base camp"])
def test_a_trip_high_up_is_read_as_altitude(text: str) -> None:
    assert "at_high_altitude" in current_codes(text)


@pytest.mark.parametrize("text", ["海拔不高", "西藏的朋友寄来的茶", "ran 5000 m on the track", "a 2,000 m swim"])
def test_low_ground_or_a_race_distance_is_no_altitude(text: str) -> None:
    assert "at_high_altitude" not in current_codes(text)


# (3) Sunburn told by where it happened ("burnt on the boat") or by the blisters a day in the sun left
# ("去海边晒了一天 后背全是大水泡"): with shivers it is urgent (NHS Sunburn: blistering badly, chills: NHS 111).
@pytest.mark.parametrize("text", [
    "got really burnt on the boat yesterday, my back and shoulders are covered in blisters and tonight im shivery with a headache and feel sick",
    "去海边晒了一天 后背全是大水泡 今天发冷 头疼 有点恶心",
    "暴晒了一下午 肩膀起了好多水泡 晚上发冷",
])
def test_blistered_sunburn_with_shivers_is_urgent(text: str) -> None:
    urgency, rules = service_decide(text, 23, "F")
    assert urgency == "urgent" and "sunburn_blistering_or_fever" in rules


@pytest.mark.parametrize("text", ["got burnt on the boat today", "去海边晒了一天 后背全是大水泡"])
def test_sunburn_said_by_the_place_or_the_blisters_is_sunburn(text: str) -> None:
    assert "sunburn" in current_codes(text)


@pytest.mark.parametrize("text", ["晒了一天被子 手上起了个水泡 是干活磨的", "the boat engine burnt out yesterday"])
def test_blisters_from_work_or_a_burnt_out_engine_are_no_sunburn(text: str) -> None:
    assert "sunburn" not in current_codes(text)


# (4) Other people's speech not made out ("别人说话越来越听不清") is hearing loss (NHS Hearing loss: see a GP), not the
# patient's own slurred speech; his own speech unclear stays the stroke reading.
def test_other_peoples_speech_not_heard_is_hearing_loss_not_a_stroke() -> None:
    urgency, rules = service_decide("在纺织厂干了二十年 耳朵一直嗡嗡响 别人说话越来越听不清 家里人嫌我电视开太大声", 55, "F")
    assert urgency == "routine" and "stroke_signs" not in rules


@pytest.mark.parametrize("text", ["人家说话我老听不清", "对方讲话听不清楚"])
def test_others_talking_unclear_is_no_speech_difficulty(text: str) -> None:
    assert "speech_difficulty" not in current_codes(text)


@pytest.mark.parametrize("text", ["他说话突然含糊不清", "我爸刚才说话不清楚，嘴也歪了"])
def test_his_own_speech_unclear_is_still_speech_difficulty(text: str) -> None:
    assert "speech_difficulty" in current_codes(text)


# (5) A severe word said of sleepiness, tiredness or hunger ("困得要命") rates no pain (NHS Jet lag); a pain said so
# stays severe.
@pytest.mark.parametrize("text", ["倒时差 白天困得要命", "累得要命", "饿得要命"])
def test_sleepy_or_tired_to_death_is_no_severe_pain(text: str) -> None:
    assert parse_severity(text) != 8


@pytest.mark.parametrize("text", ["头疼得要命", "肚子疼得要命"])
def test_a_pain_said_to_death_stays_severe(text: str) -> None:
    assert parse_severity(text) == 8


def test_jet_lag_with_sleepiness_said_strongly_is_self_care() -> None:
    urgency, _ = service_decide("去美国出差刚回来 倒时差 白天困得要命晚上又睡不着 三四天了", 42, "M")
    assert urgency == "self_care"


# (6) Dizzy, sweaty and sick after work in the heat, settled with shade and water: heat exhaustion (NHS Heat exhaustion
# and heatstroke: no emergency help needed if you cool down within 30 minutes).
@pytest.mark.parametrize("text", [
    "felt dizzy and sweaty and a bit sick laying bricks in the heat today, sat in the shade with water and a cold towel and feel back to normal after half an hour, do i need to go anywhere",
    "中午在大棚里干活突然头晕 出了一身汗 没劲 到阴凉地方喝了点淡盐水歇了半个钟头 现在好了",
    "got dizzy and sweaty working out in the midday sun, cooled off in the shade and I'm fine now",
])
def test_heat_exhaustion_after_work_in_the_heat_that_settled_is_self_care(text: str) -> None:
    urgency, _ = service_decide(text, 30, "M")
    assert urgency == "self_care"


@pytest.mark.parametrize("text", ["in the heat of the moment I shouted at him", "大棚里的菜长得不错", "put a heat pad on my back"])
def test_the_heat_of_the_moment_or_a_greenhouse_is_no_heat_exhaustion(text: str) -> None:
    assert "heat_exhaustion" not in current_codes(text)
