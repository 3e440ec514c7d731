"""The blind-25 and blind-26 triage round: three under-triaged emergencies, each fixed at its cause and
written other ways than the vignette, next to look-alikes that must stay as they were: a hedged count of
tablets swallowed at once ("吃了大概20片"); "can't even swallow my spit" with a fever (epiglottitis); a
nosebleed that "won't stop" some words later, or that starts again as soon as the pinching is let go.
"""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes as _codes
from tests.triage_screen import decide as _decide
from tests.triage_screen import fired as _fired


# --- a hedged count of tablets swallowed (NICE NG225; NHS Paracetamol for adults: A&E even when well)
@pytest.mark.parametrize("text", [
    "一时冲动吃了大概20片扑热息痛，现在有点恶心",
    "昨晚吞了差不多三十片安眠药",
    "他一口气吃了十几片止痛药",
    "服了大约15粒布洛芬",
])
def test_a_hedged_count_of_tablets_swallowed_is_an_overdose(text: str) -> None:
    assert "overdose_poisoning" in _codes(text)
    assert _decide(text, 20)[0] in {"emergency", "emergency_ambulance"}


@pytest.mark.parametrize("text", [
    "头疼，吃了大概两片扑热息痛，好多了",
    "没有多吃药，扑热息痛每次1片",
    "我没有吃了大概20片药，只吃了一片",
])
def test_a_usual_dose_or_a_denial_is_not(text: str) -> None:
    assert "overdose_poisoning" not in _codes(text)


# --- saliva that cannot be swallowed, "even" before the verb (NHS Epiglottitis: call 999)
@pytest.mark.parametrize("text", [
    "sore throat got much worse, I can't even swallow my spit, temp 38.9",
    "she cannot even swallow her own saliva and has a high temperature",
])
def test_cannot_even_swallow_saliva_with_fever_is_possible_epiglottitis(text: str) -> None:
    assert "drooling_cannot_swallow" in _codes(text)
    assert "possible_epiglottitis" in _fired(text)


@pytest.mark.parametrize("text", [
    "sore throat, I can swallow my spit fine, just painful to eat toast",
    "I can't even swallow tablets, they get stuck, no fever",
])
def test_swallowing_saliva_fine_or_tablets_only_is_not(text: str) -> None:
    assert "drooling_cannot_swallow" not in _codes(text)
    assert "possible_epiglottitis" not in _fired(text)


# --- a nosebleed that will not stop with first aid (NHS Nosebleed: A&E if longer than 10 to 15 minutes)
@pytest.mark.parametrize("text", [
    "nosebleed started about 35 minutes ago and won't stop",
    "my son's nose has been bleeding since tea time and it will not stop",
    "pinched it for 10 minutes twice and it just pours again as soon as I let go",
    "held pressure on the cut for ten minutes but it starts bleeding again when I release it",
    "流鼻血捏了十分钟，一松手就又流",
])
def test_a_nosebleed_that_will_not_stop_is_heavy_bleeding(text: str) -> None:
    assert "heavy_bleeding" in _fired(text)
    assert _decide(text, 67)[0] == "emergency"


@pytest.mark.parametrize("text", [
    "nosebleed this morning, it stopped after pinching for 10 minutes",
    "I get nosebleeds a lot, they always stop on their own",
    "had a nosebleed, I pinched it and it didn't start again when I let go",
    "nosebleed earlier, it didn't stop straight away but it did after 5 minutes",
    "流鼻血捏了五分钟，松手后没再流",
])
def test_a_nosebleed_that_stopped_stays_quiet(text: str) -> None:
    assert "heavy_bleeding" not in _fired(text)

