"""An eye hit by something, said the passive way in Chinese (眼睛被球砸了) or as 'a ball to the eye',
is an eye injury (urgent, NHS Eye injuries); a child's goes to 眼科 like other injuries."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


@pytest.mark.parametrize("text", [
    "孩子眼睛被球砸了，有点红",
    "眼睛让树枝划了一下，疼，流眼泪",
    "got a ball to the eye playing football, it's red and sore",
    "my son got an elbow in the eye at rugby",
])
def test_an_eye_hit_by_something_is_an_eye_injury(text: str) -> None:
    assert "eye_injury" in current_codes(text)
    assert decide(text, age=9) == ("urgent", {"eye_injury"})


@pytest.mark.parametrize("text", [
    "眼睛没被砸到，就是有点痒",
    "I put drops in the eye twice a day",
    "球砸到了腿上，眼睛没事",
])
def test_look_alikes_are_not_an_eye_injury(text: str) -> None:
    assert "eye_injury" not in current_codes(text)


def test_a_childs_eye_injury_goes_to_ophthalmology() -> None:
    from tests.unit.test_engine import run
    assert run("孩子眼睛被球砸了，有点红", age=9).department.zh == "眼科"
