"""Stop 41, the lead's staging read: not breathing said with a contraction or colloquially after a collapse.

blind5-41's helper found "my friend collapsed and isn't breathing, what should I do?" read as a faint (urgent): only
"not breathing" was read, not "isn't breathing"; 突然倒下了，没气了 likewise. Not breathing is ESI v4 level 1 (call
999/120). Look-alikes: breathing not fast, a nose that does not breathe through, a tyre gone flat after a fall.
"""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


@pytest.mark.parametrize("text", [
    "my friend collapsed and isn't breathing, what should I do?",
    "my dad collapsed and he isnt breathing",
    "she fell off the chair and wasn't breathing for a bit, still floppy",
    "我爸突然倒下了，没气了",
    "奶奶晕倒在厕所里，好像没有气息了",
])
def test_not_breathing_after_a_collapse_is_an_ambulance(text: str) -> None:
    assert "unresponsive" in current_codes(text)
    assert decide(text)[0] == "emergency_ambulance"


@pytest.mark.parametrize("text", [
    "my son isn't breathing fast, he's fine, just a runny nose",
    "I'm not breathing through my nose well, it's blocked with a cold",
    "摔了一跤，车胎也没气了，膝盖擦破点皮",
    "骑车摔了，篮球也没气了",
])
def test_look_alikes_read_no_unresponsiveness(text: str) -> None:
    assert "unresponsive" not in current_codes(text)
    assert decide(text)[0] != "emergency_ambulance"
