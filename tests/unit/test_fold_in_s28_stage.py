"""Caught in staging on 2026-12-06 (stop 28): fold-t93b's new near_faint_no_loc reading ("didn't pass out", 没晕过去)
brought its self-care group (near_faint_recovered, which lists headache and which a head injury rules out) into the
greedy cover; on a tie for a headache it won as the context group, was then ruled out by the head injury, and a
plain head bump with a headache (blind45 t45e-041) fell from self-care to routine. A group that another finding rules
out now loses a tie to one that can apply; every finding still needs a group of its own whose limits hold."""

from __future__ import annotations

import pytest

from tests.triage_screen import decide


@pytest.mark.parametrize("text", [
    "bumped my head on the cupboard door, didn't pass out, bit of a headache",
    "whacked my head on the loft hatch, small lump, I didn't pass out and I haven't been sick, slight headache",
    "撞到头了，起了个包，没晕过去，有点头疼",
])
def test_a_head_bump_with_no_faint_and_a_headache_is_self_care(text: str) -> None:
    assert decide(text, age=30) == ("self_care", {"minor_head_bump", "simple_headache"})


def test_a_near_faint_with_a_headache_and_nothing_else_keeps_its_own_advice() -> None:
    assert decide("felt faint standing in the queue but didn't pass out, bit of a headache, fine now", age=30) \
        == ("self_care", {"near_faint_recovered"})


@pytest.mark.parametrize("text", [
    # what rules a group out still rules out self-care when nothing else can cover it
    "felt faint and didn't pass out but I have chest pain and a headache",
    "hit my head and didn't pass out but I've been sick twice and have a headache",
])
def test_a_finding_no_group_can_cover_still_rules_out_self_care(text: str) -> None:
    assert decide(text, age=30)[0] != "self_care"


# Found by the lead's spot check on main (stop 28): "fell onto my shoulder skiing, there's a bump on my collarbone and I
# can't lift my arm" was an ambulance for a stroke: the bump was only read with the collarbone named first ("collarbone has
# a lump"), and with no pain word the arm that cannot be lifted stayed the stroke reading. A bump named before the
# collarbone is the same changed shape (NHS Broken collarbone: A&E), and the injured arm is then read as the injury.
@pytest.mark.parametrize("text", [
    "fell onto my shoulder skiing, there's a bump on my collarbone and I can't lift my arm",
    "my son came off his bike and there is a lump over his right collarbone now",
    "she was tackled at rugby and a bump has come up on her collar bone",
])
def test_a_bump_named_before_the_collarbone_after_an_injury_is_a_changed_shape(text: str) -> None:
    assert decide(text, age=20) == ("emergency", {"deformed_limb_after_injury"})


def test_a_lump_on_the_collarbone_for_months_with_no_injury_is_not_an_emergency() -> None:
    assert decide("I have a small lump on my collarbone, no injury, been there for months", age=40)[0] \
        not in ("emergency", "emergency_ambulance")
