"""fold-t131: blind131 (mental health, alcohol and drugs, written by patients, friends and flatmates): its two
under-triaged overdoses, a witnessed crash read as the writer's own injury, and the everyday situations the cited public
pages say can be looked after at home, each read as a family beside the look-alikes and risk signs that must not change."""

from __future__ import annotations

import pytest

from carebridge.tools.slots import parse_duration_days, parse_severity
from tests.triage_screen import current_codes, department_group, service_decide

EMERGENT = ("emergency", "emergency_ambulance")


# (1) t131e-016, t131z-017: a count of a named medicine swallowed, with no tablet word ("swallowed about 12 of my
# sertraline"), and the tablets that were left put between 把 and the count ("把剩下十几片锂盐都吃了"). NHS Where to get
# urgent help for mental health: someone who has taken an overdose, 999 or A&E; NICE NG225 (self-poisoning).
@pytest.mark.parametrize(("text", "age"), [
    ("my daughter is 16, she just told me she swallowed about 12 of my sertraline an hour ago after her boyfriend dumped "
     "her. says she feels a bit shaky but ok", 16),
    ("he took 15 of his citalopram after the argument, says he's fine", 30),
    ("my flatmate necked like twenty of her diazepam tonight", 22),
    ("took about 10 of my lithium an hour ago", 35),
    ("女儿有双相一直吃碳酸锂 刚跟我说她把剩下十几片锂盐都吃了 现在有点恶心手抖", 17),
    ("他把剩下的二十多片安眠药全吃了", 40),
    ("我把余下的十几片舍曲林一下子吞了", 25),
])
def test_a_count_of_a_named_medicine_swallowed_is_an_overdose(text: str, age: int) -> None:
    urgency, rules = service_decide(text, age, "F")
    assert urgency in EMERGENT and "poisoning_overdose" in rules


@pytest.mark.parametrize("text", [
    "I take 2 of my sertraline a day now the doctor upped it",
    "took 6 sertraline over the last 3 days as prescribed",
    "把剩下的两片药吃了",
    "把剩下的饭都吃了",
])
def test_a_daily_dose_or_a_couple_of_tablets_left_is_no_overdose(text: str) -> None:
    assert "overdose_poisoning" not in current_codes(text)


# (2) t131e-038, t131z-040: an antidepressant forgotten once (NHS Sertraline, Citalopram, Fluoxetine: skip it or take it
# when you remember, never 2 doses together): the missed-dose advice, for the team that prescribes it (精神科).
@pytest.mark.parametrize("text", [
    "forgot my sertraline last night, should i take two today?",
    "I missed my citalopram this morning, do I double up tomorrow?",
    "forgot to take my fluoxetine yesterday",
    "昨天忘了吃舍曲林 今天要不要补吃两片",
    "舍曲林昨晚忘吃了，今天怎么补",
])
def test_an_antidepressant_forgotten_once_is_self_care_for_the_prescribers(text: str) -> None:
    urgency, rules = service_decide(text, 30, "F")
    assert urgency == "self_care" and "missed_medicine_dose" in rules
    assert department_group(text, 30) == "精神科"


def test_a_forgotten_antidepressant_with_thoughts_of_self_harm_is_not_self_care() -> None:
    urgency, _ = service_decide("forgot my sertraline for a few days and now I keep thinking about hurting myself", 30, "F")
    assert urgency != "self_care"


# (3) t131e-041, t131z-038: caffeine counted per day after the drink, or as two neighbouring numbers (NHS Heart
# palpitations: caffeine is a common trigger, cut down).
@pytest.mark.parametrize("text", [
    "been pulling all nighters for my dissertation on energy drinks, like 4 a day, heart feels like its pounding",
    "living on coffees, about 6 a day, and my heart keeps racing",
    "今天为了赶稿喝了四五杯咖啡 现在心砰砰跳 睡不着",
    "下午喝了三四杯浓茶，心慌",
])
def test_palpitations_after_a_lot_of_caffeine_are_self_care(text: str) -> None:
    urgency, rules = service_decide(text, 22, "M")
    assert urgency == "self_care" and "caffeine_palpitations" in rules


@pytest.mark.parametrize("text", [
    "4 energy drinks a day and now chest pain and my heart is racing",
    "喝了四五杯咖啡 心慌 胸口疼 喘不上气",
])
def test_caffeine_with_chest_pain_or_breathlessness_is_not_self_care(text: str) -> None:
    urgency, _ = service_decide(text, 22, "M")
    assert urgency != "self_care"


# (4) t131z-036: "考研还有一个月" is the time left before an exam, not a month of anxiety; 焦虑 is no charred burn (焦).
def test_time_left_before_an_event_is_no_duration() -> None:
    assert parse_duration_days("考研还有一个月 最近特别焦虑") is None
    assert parse_duration_days("面试还剩两周，紧张得睡不着") is None
    assert parse_duration_days("头疼三天了，还有两天发烧") == 3


@pytest.mark.parametrize("text", ["最近特别焦虑", "心慌焦虑", "心里很焦急", "脾气焦躁"])
def test_anxiety_is_no_charred_burn(text: str) -> None:
    assert "burn_serious" not in current_codes(text)


def test_a_charred_burn_stays_serious() -> None:
    assert "burn_serious" in current_codes("手被火烧焦了一块")


def test_exam_nerves_a_month_before_the_exam_are_self_care() -> None:
    urgency, rules = service_decide("考研还有一个月 最近特别焦虑 晚上睡不踏实 老觉得自己考不上", 22, "F")
    assert urgency == "self_care" and "exam_stress" in rules


# (5) t131z-039: a severe word said of irritability (烦得要命) rates no pain.
def test_irritability_said_severely_rates_no_pain() -> None:
    assert parse_severity("戒烟第三天 烦得要命") is None
    assert parse_severity("急得要命") is None
    assert parse_severity("头疼得要命") is not None


# (6) t131e-048, t131z-049: a crash the writer saw happen to someone else, told with the writer reliving it, is not the
# writer's injury; in the first 4 weeks the reliving is self-care (NHS Post-traumatic stress disorder: upsetting thoughts
# after a traumatic event are normal and most people improve over a few weeks; a GP if still there about 4 weeks on).
@pytest.mark.parametrize("text", [
    "saw a cyclist get hit by a car last week, keep replaying it in my head and jumpy at loud noises, sleeping a bit worse",
    "witnessed a car crash on saturday, I keep picturing it and I'm on edge, jump at every loud noise",
    "watched a man get knocked down by a bus 5 days ago and I can't get the image out of my head",
    "前几天亲眼看到一场车祸 这几天老想起那个画面 有点睡不好 一听到刹车声就紧张",
    "上周在路口看见有人被车撞了，脑子里一直回放那个画面",
])
def test_a_witnessed_crash_relived_in_the_first_weeks_is_self_care(text: str) -> None:
    urgency, rules = service_decide(text, 35, "F")
    assert urgency == "self_care" and "early_trauma_reaction" in rules
    assert department_group(text, 35) == "精神科"


@pytest.mark.parametrize("text", [
    # the crash is the writer's own, or the person hit may be the patient: the major trauma stays
    "I just watched my son get hit by a car, he is lying in the road",
    "I got hit by a car yesterday and keep replaying it, my hip hurts",
    "我亲眼看见儿子被车撞了，躺在地上不动",
])
def test_a_crash_not_only_witnessed_keeps_its_reading(text: str) -> None:
    urgency, _ = service_decide(text, 35, "F")
    assert urgency != "self_care"


@pytest.mark.parametrize(("text", "age"), [
    # reliving with low mood or a thought of death, months on, or in a child is the GP's
    ("saw a cyclist get hit by a car last week, keep replaying it and I feel so low I don't see the point", 35),
    ("was in a bad car crash 3 months ago, physically fine now but keep getting flashbacks and nightmares", 37),
    ("my son is 10, he saw a crash last week and keeps replaying it, jumpy at loud noises", 10),
    ("前几天亲眼看到一场车祸 老想起那个画面 不想活了", 35),
])
def test_reliving_with_a_risk_sign_or_past_four_weeks_is_not_self_care(text: str, age: int) -> None:
    urgency, _ = service_decide(text, age, "M")
    assert urgency != "self_care"


# (7) t131e-042, t131z-039: cravings, irritability and poor concentration in the first weeks after stopping smoking
# (Asthma + Lung UK, Withdrawal symptoms: common, they pass; NICE NG209).
@pytest.mark.parametrize("text", [
    "day 3 of quitting smoking and im so irritable, snapping at everyone, cant concentrate and craving constantly",
    "stopped smoking 5 days ago and I'm dying for a cigarette, feel really irritable",
    "since I gave up smoking I'm anxious and can't sleep",
    "戒烟第三天 烦得要命 老想抽 注意力集中不了 这正常吗",
    "戒烟以后这几天特别烦躁，总想抽一根",
])
def test_nicotine_withdrawal_is_self_care(text: str) -> None:
    urgency, rules = service_decide(text, 40, "M")
    assert urgency == "self_care" and "nicotine_withdrawal" in rules


@pytest.mark.parametrize("text", [
    "day 3 of quitting smoking and I feel really low and down all the time",
    "quit smoking 2 days ago and now chest pain and breathless",
    "戒烟第三天 心情很差 不想活了",
    "stopped smoking 3 months ago and still craving a cigarette every day",
])
def test_nicotine_withdrawal_with_a_risk_sign_or_long_past_is_not_self_care(text: str) -> None:
    urgency, _ = service_decide(text, 40, "M")
    assert urgency != "self_care"


# (8) t131e-049, t131z-047: a child nervous about starting school (NHS Anxiety disorders in children: normal at times such
# as starting a new school; a GP if severe, lasting or in the way of everyday life).
@pytest.mark.parametrize(("text", "age"), [
    ("my daughter is 12 and starts secondary school next week, keeps saying shes nervous, bit of tummy butterflies", 12),
    ("he's nervous about starting a new school on monday", 8),
    ("我儿子9岁 下周开学 这两天说紧张 肚子有点不舒服 吃饭玩都正常", 9),
    ("女儿下个月上初中，有点害怕", 11),
])
def test_a_child_nervous_about_starting_school_is_self_care(text: str, age: int) -> None:
    urgency, rules = service_decide(text, age, "F")
    assert urgency == "self_care" and "school_start_nerves" in rules


@pytest.mark.parametrize(("text", "age"), [
    ("she starts secondary school next week, nervous, not eating and being sick every morning", 11),
    ("he's nervous about starting a new school and says he wants to die", 12),
    ("下周开学 孩子紧张 发烧了 还吐", 9),
])
def test_school_nerves_with_illness_or_a_thought_of_death_are_not_self_care(text: str, age: int) -> None:
    urgency, _ = service_decide(text, age, "F")
    assert urgency != "self_care"


# (9) t131z-029: "情绪低" is low mood (NHS Seasonal affective disorder: a GP if struggling); a low temperature or blood
# pressure is not.
@pytest.mark.parametrize("text", ["每年一到冬天就情绪低 没劲", "最近心情很低"])
def test_mood_said_low_is_low_mood(text: str) -> None:
    assert "low_mood" in current_codes(text)


def test_seasonal_low_mood_is_no_self_care() -> None:
    urgency, _ = service_decide("每年一到冬天就情绪低 没劲 老想睡觉 吃得多 春天就好了 今年感觉比较重 影响上班", 36, "F")
    assert urgency == "routine"


# (10) grief is not self-care beside a wish to be dead (NHS Grief after bereavement or loss: get help if not coping).
def test_grief_with_a_wish_to_die_is_not_self_care() -> None:
    urgency, _ = service_decide("my boyfriend dumped me last week and I keep crying, I just want to be dead", 20, "F")
    assert urgency != "self_care"


# (11) t131e-045: a death in the family told with the tears that follow is grief (NHS Grief after bereavement or loss).
@pytest.mark.parametrize("text", [
    "my nan died 2 weeks ago and i keep crying randomly and cant concentrate at uni",
    "my grandad passed away last week and I'm so sad, can't focus on anything",
    "our mum died 10 days ago, keep bursting into tears at work",
])
def test_a_death_in_the_family_with_tears_is_grief(text: str) -> None:
    urgency, rules = service_decide(text, 20, "F")
    assert urgency == "self_care" and "grief" in rules


@pytest.mark.parametrize("text", [
    "my dad died of a heart attack at 50 and now I have chest pain",
    "my mum passed out in the kitchen and is crying",
])
def test_a_relatives_death_as_history_or_a_faint_is_not_grief(text: str) -> None:
    assert "grief" not in current_codes(text)


# (12) blind96 t96e-045: the years a habit just stopped went on are not how long its withdrawal has lasted.
def test_the_years_of_a_stopped_habit_are_no_duration() -> None:
    assert parse_duration_days("Day 3 of quitting smoking after 30 years. Irritable") is None
    assert parse_duration_days("戒烟第三天了，抽了三十年烟") == 3
    assert parse_duration_days("smoked for 30 years, cough for 3 months") == 10950
    assert parse_duration_days("抽烟二十年了，最近老咳嗽") == 7300
