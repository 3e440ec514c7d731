"""mend40: code mends that keep behaviour (one Chinese "for years" fragment in slots, one helper for the second looks
that turn a current finding historical) and one reading fix: the years a recurring condition has been had, with a new
attack today, are its history, not this attack's length (English now as the Chinese 今天又犯了 reads)."""

from __future__ import annotations

import pytest

from carebridge.tools.slots import parse_duration_days
from tests.triage_screen import current_codes, service_decide

# --- 1. _ZH_YEARS: one fragment for every Chinese span of years that is not this problem's length --------------------


@pytest.mark.parametrize(("text", "days"), [
    # a recurring history with this flare dated: the flare's days (几十年 now reads as the other spans do)
    ("腰疼反复几十年了，这次三天前犯的", 3.0),
    ("腰疼反复十几年了，这次三天前犯的", 3.0),
    ("腰疼几十年了时好时坏，这次三天前犯的", 3.0),
    ("痔疮几十年了，这几天又犯了", 3.0),
    # years since the last exercise, then a day-old ache
    ("几十年没运动了，前天去爬山，现在小腿酸", 2.0),
    ("十几年没运动了，前天去爬山，现在小腿酸", 2.0),
    # the seasons' years of hay fever
    ("每年春天都犯，几十年了，这几天眼睛痒", 3.0),
])
def test_years_of_history_are_not_this_episode(text: str, days: float) -> None:
    assert parse_duration_days(text) == days


@pytest.mark.parametrize(("text", "days"), [
    ("腰疼几十年了", 3650.0),  # a span said alone is the complaint's length
    ("腰疼反复好几个月了，这次三天前犯的", 3.0),  # months keep their own reading
    ("头疼两年了越来越厉害", 730.0),  # a worsening over years is no new episode
    ("脸上痘痘反反复复一年多了 下巴那块最多 有的又大又疼 药店买的药膏擦了三个月没啥用", 365.0),  # 又大又疼: big and sore, no new attack (blind13 t13z-030)
])
def test_years_said_alone_keep_their_length(text: str, days: float) -> None:
    assert parse_duration_days(text) == days


# --- 2. _mark_historical: the three second looks keep their readings ---------------------------------------------------


@pytest.mark.parametrize(("text", "code", "current"), [
    # a stroke's after-effect is history; a sudden change today is a sign now
    ("Since his stroke his speech has been slurred, now he has a cough", "speech_difficulty", False),
    ("His speech is slurred since his stroke and it suddenly got worse today", "speech_difficulty", True),
    ("我爷爷中风后说话不清楚，说嘴里疼", "speech_difficulty", False),
    ("我爷爷中风后说话不清楚，今天突然更严重了", "speech_difficulty", True),
    # a muddle on waking over in the telling; one that stays is current
    ("I felt confused for a second when I woke up from a nap, then fine", "confusion", False),
    ("午睡醒了迷糊了一下，马上就好了", "confusion", False),
    ("I woke up confused this morning and I am still confused", "confusion", True),
    # a chest pain dated back, assessed and cleared; said to be back today, it is today's
    ("Had chest pain 2 weeks ago, went to A&E, ECG and bloods all normal, what should I do about exercise?", "chest_pain", False),
    ("Had chest pain 2 weeks ago, went to A&E, ECG and bloods all normal, but it is back today", "chest_pain", True),
])
def test_findings_told_as_the_past(text: str, code: str, current: bool) -> None:
    assert (code in current_codes(text)) is current


# --- 4. a recurring condition's years with a new attack today -----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "I've had migraines for 30 years, got one today",
    "I've had migraines for 30 years, got another one today",
    "had migraines for 30 years, woke up with one this morning",
    "been getting migraines for 15 years, one started this afternoon",
    "I've suffered with migraines for 20 years and today I've got another one",
    "Migraine sufferer for 30 years, got one today",
    "I've had headaches for 30 years, got one today",
    "cluster headaches for 10 years, got one tonight",
    "偏头痛三十年了，今天又犯了",
    "偏头痛十几年了，今天又疼起来了",
    "我偏头痛几十年了，今天又来了",
    "从小就偏头痛，今天又犯了",
])
def test_an_attack_today_is_dated_today(text: str) -> None:
    assert parse_duration_days(text) == 0.2


@pytest.mark.parametrize("text", [
    "I've had migraines since I was a teenager, got one today",
    "I've had migraines all my life, got one yesterday",
])
def test_a_lifelong_history_is_no_length_of_years(text: str) -> None:
    days = parse_duration_days(text)
    assert days is None or days <= 1.0


@pytest.mark.parametrize(("text", "days"), [
    ("headache for 3 days", 3.0),
    ("头疼三天了", 3.0),
    ("headaches getting worse over 2 years", 730.0),
    ("I've had headaches for 3 weeks, got a bad one today", 21.0),  # weeks of headaches are their length
    ("I've had migraines for 30 years", 10950.0),  # no new attack said
    ("I've had migraines for 30 years and they are getting worse", 10950.0),
    ("had migraines for 30 years, this one started 2 days ago", 2.0),
])
def test_look_alikes_keep_their_length(text: str, days: float) -> None:
    assert parse_duration_days(text) == days


@pytest.mark.parametrize("text", ["I've had migraines for 30 years, got one today", "偏头痛三十年了，今天又犯了"])
def test_both_languages_decide_alike(text: str) -> None:
    assert service_decide(text, age=40, sex="F") == ("self_care", {"simple_headache"})
