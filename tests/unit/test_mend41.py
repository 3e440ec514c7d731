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


# --- 3. 头晕眼花: light-headedness said as one phrase ----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "头晕眼花",
    "最近老是头昏眼花的",
    "上到十点多突然头晕眼花，手抖心慌出冷汗，吃了块巧克力十分钟就好了",  # blind139 t139z-042
    "蹲着站起来头晕眼花，一会儿就好",
])
def test_light_headed_phrase_is_dizziness(text: str) -> None:
    codes = current_codes(text)
    assert codes & {"dizziness", "postural_dizziness"}
    assert "blurred_vision" not in codes


def test_light_headed_phrase_is_no_new_vision_change() -> None:
    _, why = service_decide("上到十点多突然头晕眼花，手抖心慌出冷汗，吃了块巧克力十分钟就好了", age=19, sex="F")
    assert not why & {"new_vision_change", "new_vision_change_sudden"}


@pytest.mark.parametrize(("text", "flag"), [
    # beside a pregnancy or a birth with a headache: the pre-eclampsia warning (NICE NG133)
    ("怀孕34周，头疼得厉害，头晕眼花", "pregnancy_preeclampsia_signs"),
    ("产后一周，头疼，头晕眼花", "postnatal_preeclampsia_signs"),
    # an unlicensed drink: methanol's visual disturbance
    ("喝了散装白酒，现在头晕眼花", "possible_methanol_poisoning"),
    # a hypertensive crisis reading with a change in vision
    ("血压190/125，头晕眼花", "hypertensive_crisis_with_symptoms"),
])
def test_light_headed_phrase_keeps_the_blur_where_it_counts(text: str, flag: str) -> None:
    assert "blurred_vision" in current_codes(text)
    assert flag in fired(text)


@pytest.mark.parametrize("text", [
    "怀孕32周，头晕眼花",  # a pregnancy alone keeps the blur
    "头晕、眼花",  # two symptoms listed
    "最近老是头晕眼花，看东西模糊",  # the sight said as blurred
    "看东西眼花",  # 眼花 said of the sight
    "被球砸到头了，头晕眼花",  # a blow to the head (visual problems after a head injury)
])
def test_blur_said_otherwise_stays(text: str) -> None:
    assert "blurred_vision" in current_codes(text)
