"""mend41: one helper for the second looks that re-mark current, undenied findings (_mark_status; covered by the existing
tests of each look), and two reading fixes: a recurring condition's history with a new episode dated hours or days back
takes the episode's date as the duration (both languages), and 头晕眼花 (light-headedness said as one phrase) reads as
dizziness alone unless something the blur would count with is said beside it (pregnancy, a headache, an eye or blood
pressure finding, a drink that may be methanol)."""

from __future__ import annotations

import pytest

from carebridge.tools.slots import parse_duration_days
from tests.triage_screen import current_codes, fired, service_decide

# --- 2. a recurring history with a new episode dated hours or days back ----------------------------------------------


@pytest.mark.parametrize(("text", "days"), [
    # the English new attack dated days back, said as "got one" (no longer masked as an earlier episode)
    ("I've had migraines for 30 years, got one 2 days ago", 2.0),
    ("had migraines for 30 years, got another one 2 days ago", 2.0),
    ("headaches for years, got one 2 days ago and it still hasn't gone", 2.0),
    ("I've had cluster headaches for 10 years, had an attack 3 days ago", 3.0),
    # a bare dated start beside the history
    ("migraines for 30 years, started 2 days ago", 2.0),
    ("back pain on and off for years, it came on 2 days ago", 2.0),
    ("migraines for 30 years, this one began yesterday", 1.0),
    ("I've had cluster headaches for 10 years, an attack started 5 hours ago", 5 / 24),
    # Chinese: with and without 这次, 又犯, 开始疼
    ("偏头痛二十年了，这次两天前开始的", 2.0),
    ("偏头痛二十年了，两天前开始的", 2.0),
    ("偏头痛二十年了，前天开始疼的", 2.0),
    ("偏头痛十几年了，昨天又犯了", 1.0),
    ("腰疼反反复复好几年了，三天前又疼起来了", 3.0),
])
def test_new_episode_dated_is_the_duration(text: str, days: float) -> None:
    assert parse_duration_days(text) == pytest.approx(days)


@pytest.mark.parametrize(("text", "days"), [
    ("headache for 3 days", 3.0),  # a plain length keeps its days
    ("headache getting worse over 2 years", 730.0),  # a worsening over years is no new episode
    ("had one 2 years ago, fine since, now a headache", None),  # an earlier episode is no duration
    ("I've had migraines for 30 years, got one 2 days ago, fine since", 10950.0),  # the new one said to have gone
    ("I've had migraines for 30 years, had one 2 weeks ago", 10950.0),  # weeks back: an earlier episode
    ("migraines for 30 years, started a new tablet 2 days ago", 10950.0),  # a medicine started, not an attack
    ("started 2 days ago", 2.0),  # no history: the start is read as before
    ("偏头痛二十年了", 7300.0),  # the history said alone
    ("两年前犯过一次，后来一直好好的，现在头疼", None),
])
def test_look_alikes_keep_their_reading(text: str, days: float | None) -> None:
    got = parse_duration_days(text)
    assert got == (pytest.approx(days) if days is not None else None)


def test_new_episode_decides_as_the_attack_today_does() -> None:
    # the new attack two days old decides as the one today did (stop 40), not as a 30-year headache
    assert service_decide("I've had migraines for 30 years, got one 2 days ago", age=40, sex="F") \
        == service_decide("I've had migraines for 30 years, got one today", age=40, sex="F")
