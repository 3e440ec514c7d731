"""carer40: person-and-history readings (a sibling's or friend's illness told beside the writer's own complaint), nerves
before a new job or a flight (self-care, blocked by every danger sign), and the danger signs that block them.

Each positive is a bench miss or a paraphrase of one (both languages) and fails on main; the look-alikes beside them must
keep their answer: a carer writing about the patient keeps the patient's findings. Sources are on the codes and groups
(knowledge/symptoms.yaml, urgency_rules.yaml) and on _peers_illness (tools/triage_engine.py).
"""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide, department_group, fired

_INJURY = {"fracture_signs", "recent_fall", "injury_event"}


# 1. A sibling's, friend's, neighbour's or colleague's illness, told beside the writer's own complaint or own check
@pytest.mark.parametrize("text", [
    "70岁，绝经20年了。我姐前阵子摔一跤骨折了，说是骨质疏松。我身高好像也矮了一点，想查个骨密度，平时没啥不舒服",
    "我姐骨折了，我想查骨密度",
    "邻居上个月摔了一跤骨折了，我也想查一下骨密度",
    "my sister broke her wrist last month, I want a bone density scan",
    "last month my brother broke his hip, I'd like a DEXA scan to check my bones",
])
def test_peers_fracture_is_not_the_writers(text: str) -> None:
    assert not (current_codes(text) & _INJURY)
    assert decide(text, 70)[0] == "routine"
    assert department_group(text, 70) == "内科"


@pytest.mark.parametrize(("text", "code"), [
    ("我朋友前几天骨折了，我最近腰有点酸", "back_pain"),
    ("last month my brother broke his hip, now my back hurts", "back_pain"),
    ("my colleague had chest pain last week and I have a headache", "headache"),
])
def test_peers_illness_leaves_the_writers_own(text: str, code: str) -> None:
    codes = current_codes(text)
    assert code in codes
    assert not codes & (_INJURY | {"chest_pain"})


# look-alikes: the carer writes about the patient (a parent, a sibling spoken of as she, a brother with no complaint of
# the writer's), the friend reports the writer's own sign, the writer was with the other person
@pytest.mark.parametrize(("text", "code"), [
    ("我妈摔了一跤站不起来", "fracture_signs"),
    ("my mum fell and can't get up", "fracture_signs"),
    ("我姐摔了一跤骨折了，疼得厉害", "fracture_signs"),
    ("my sister fell and hurt her hip, she can't walk, I want to get her checked", "recent_fall"),
    ("我哥刚才晕倒了，我该怎么办", "syncope"),
    ("my sister (40) has learning disabilities and keeps poking her ear saying it feels full, i can see brown wax in it, no pain", "ear_blocked"),
    ("我弟弟24岁，最近抑郁得很厉害，刚才给我发消息说不想活了，现在一个人站在楼顶边上", "suicidal"),
    ("Uni student, 19. Temperature since last night, now the worst headache of my life. My flatmate noticed small dark red spots on my legs that didn't fade when she pressed a glass on them.", "nonblanching_rash"),
    ("I was at the cinema tonight with my sister and halfway through my right eye started aching, now it's throbbing", "eye_pain"),
    ("昨晚跟同事喝了不少白酒，我今天头疼", "heavy_drinking"),
])
def test_carer_and_onlooker_keep_the_finding(text: str, code: str) -> None:
    assert code in current_codes(text)


def test_carer_levels_kept() -> None:
    assert decide("我弟弟24岁，最近抑郁得很厉害，刚才给我发消息说不想活了，现在一个人站在楼顶边上，打电话也不接。", 24)[0] == "emergency_ambulance"
    assert decide("my mum fell and can't get up", 80)[0] != "routine"


# 2. Nerves before a new job or a flight: self-care (NHS Every Mind Matters, Stress; NHS Phobias)
@pytest.mark.parametrize("text", [
    "start a new job monday and ive got the sunday dread, cant eat much and keep running through worst case scenarios, its just nerves right",
    "starting a new job tomorrow and so nervous, just nerves i think",
    "明天就要入职了，紧张得睡不着",
    "下周要坐飞机出差 一想到就紧张 手心出汗 以前坐飞机也这样 但都坐下来了",
    "flying next week and dreading it, sweaty palms just thinking about it",
])
def test_nerves_before_a_new_job_or_flight_are_self_care(text: str) -> None:
    assert decide(text, 30)[0] == "self_care"


# look-alikes: every danger sign blocks the self-care reading
@pytest.mark.parametrize(("text", "floor"), [
    ("starting a new job monday, so anxious, havent eaten in 3 days, cant cope", "routine"),
    ("start a new job monday and im not coping at all", "routine"),
    ("下周要坐飞机 一想到就紧张 三天没吃东西了", "routine"),
    ("明天就要入职了，紧张得撑不住了", "routine"),
    ("下周要坐飞机，一想到就紧张，胸口疼，喘不上气", "emergency"),
    ("flying tomorrow and so anxious i want to die", "emergency"),
    ("new job monday and i keep thinking about ending it all", "emergency"),
])
def test_danger_signs_block_nerves_self_care(text: str, floor: str) -> None:
    order = ["self_care", "routine", "urgent", "emergency", "emergency_ambulance"]
    assert order.index(decide(text, 30)[0]) >= order.index(floor)


def test_worst_case_is_not_a_severity() -> None:
    assert decide("keep running through worst case scenarios about my exams", 20)[0] != "urgent"
    assert "severe_abdominal_pain" in fired("worst pain ever in my tummy")
