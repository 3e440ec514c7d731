"""Engine behaviour added in the blind-17 round: three near-misses of rules added in earlier rounds.

Each group fails without the fix: a paracetamol count over the last 24 hours given late in a long
sentence, a bite said with the body part and the owner in between and "bleeding has not stopped",
and swallowed magnets with a space typed where a comma belongs.
"""

from __future__ import annotations

import pytest

from carebridge.tools.dose_reread import paracetamol_daily_mg
from tests.triage_screen import current_codes as _codes
from tests.triage_screen import fired as _fired


# --- paracetamol: "N tablets in the last 24h" (NHS Paracetamol for adults: never more than 8 in 24 hours)
@pytest.mark.parametrize(("span", "mg"), [
    ("about 14 tablets in the last 24h", 14 * 500),
    ("12 paracetamol in the past 24 hours", 12 * 500),
    ("10 tablets over the last day", 10 * 500),
    ("过去24小时吃了14片", 7000),
    ("最近24个小时内吃了十片", 5000),
    # a range of intervals is read at its longer end (the smaller daily amount), like "16-18 tablets" at 16
    ("paracetamol 2 every 3 or 4 hrs", 4000),
    ("paracetamol 2 every 3-4 hours", 4000),
    ("paracetamol 2 every 2 or 3 hours", 6000),
    ("扑热息痛每三四个小时吃两片", 4000),
    ("扑热息痛每两三个小时吃两片", 6000),
    # two neighbouring Chinese digits are a range, read at the lower end (not 78 tablets)
    ("对乙酰氨基酚一天吃了七八片", 3500),
    ("对乙酰氨基酚一天吃了十七八片", 8500),
])
def test_paracetamol_daily_amount_over_the_last_24_hours_and_ranges(span: str, mg: float) -> None:
    assert paracetamol_daily_mg(span) == mg


@pytest.mark.parametrize("text", [
    "been on paracetamol for toothache all weekend, 2 every 3 or 4 hrs plus a couple of lemsips, reckon about 14 tablets in the last 24h. feel fine tbh is that ok",
    "I've taken 12 paracetamol in the last 24 hours for my back, feel ok",
    "taking paracetamol for a migraine, about 10 tablets over the past day",
    "牙疼，过去24小时吃了14片扑热息痛，感觉还好",
    "牙疼一直吃对乙酰氨基酚 最近24小时内吃了十几片",
])
def test_a_count_over_the_last_24_hours_needs_a_and_e(text: str) -> None:
    assert "paracetamol_over_max_dose" in _fired(text)


@pytest.mark.parametrize("text", [
    "paracetamol 2 every 3 or 4 hrs for my toothache",
    "扑热息痛每三四个小时吃两片",
    "对乙酰氨基酚一天吃了七八片",
    "I've taken 6 paracetamol in the last 24 hours",
])
def test_an_amount_within_the_maximum_at_its_reading_stays_quiet(text: str) -> None:
    assert "paracetamol_over_max_dose" not in _fired(text)


# --- a bite that will not stop bleeding (NHS Animal and human bites: A&E if you cannot stop the bleeding)
@pytest.mark.parametrize("text", [
    "45-year-old man bitten on the forearm by a neighbour's dog 30 minutes ago. Deep puncture wounds; bleeding has not stopped despite pressure.",
    "bitten on the hand by my friend's cat, it won't stop bleeding",
    "the dog bit my leg, still bleeding even with pressure",
    "got bitten by a stray dog, the bleeding hasn't stopped",
    "被邻居家的狗在小腿上咬了一口，按压后血还是止不住",
    "被流浪狗咬伤手背，压着也还在出血",
])
def test_a_bite_that_keeps_bleeding_is_an_emergency(text: str) -> None:
    assert "deep_or_bleeding_bite" in _fired(text)


@pytest.mark.parametrize("text", [
    "bitten on the ankle by a neighbour's dog this morning",
    "被邻居家的狗在小腿上咬了一口",
])
def test_a_bite_said_with_the_place_or_the_owner_in_between_is_a_bite(text: str) -> None:
    assert "animal_bite" in _codes(text)


@pytest.mark.parametrize("text", [
    # "deep" in words alone stays a puncture for urgent care (depth in numbers or fat/tendon shown counts)
    "our cat bit me on the back of my hand last night, 2 deep little holes, red and swollen this morning",
    "bitten on the arm by a dog, deep puncture wounds, the bleeding has stopped",
    "被狗咬了一下，伤口不深，没出血",
])
def test_a_bite_without_depth_in_numbers_or_bleeding_stays_non_emergent(text: str) -> None:
    assert "deep_or_bleeding_bite" not in _fired(text)


# --- swallowed magnets (NHS Healthier Together, swallowed objects) ----------------------------------
@pytest.mark.parametrize("text", [
    "我女儿4岁 刚才玩磁力珠 说吞下去了两颗 现在看着没什么事 还在玩",
    "儿子吃进去了三颗磁珠",
    "孩子把两颗巴克球咽下去了",
    "他玩吸铁石 咽进去了一个",
    "刚才吞了两颗磁铁",
    "my son swallowed two magnetic balls",
    "he swallowed some buckyballs an hour ago",
    "she's been playing with magnets and says she swallowed 2",
])
def test_swallowed_magnets_are_an_emergency(text: str) -> None:
    assert "swallowed_button_battery" in _fired(text)


@pytest.mark.parametrize("text", [
    "孩子在玩磁力珠，没有吞下去",
    "he didn't swallow the magnets, they're all in the box",
])
def test_magnets_not_swallowed_stay_quiet(text: str) -> None:
    assert "swallowed_button_battery" not in _fired(text)
