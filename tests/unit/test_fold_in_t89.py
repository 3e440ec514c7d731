"""blind89 (audit-style vignettes, third person with age and sex): the under-triaged emergency of the first look (a
stray dog's deep bite to the hand, read as a toothache's "牙洞") and the other misses folded in, each read as a family,
with the near misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide, department_group, fired


# (1) A bite the patient calls deep that bled and is not said to have stopped (NHS Animal and human bites: go to A&E if
# the wound is large or deep; 狂犬病暴露预防处置工作规范 2016: a bite through the skin is a grade III exposure).
@pytest.mark.parametrize("text", [
    "患者女，40岁，被邻居家的狗咬了左小腿，两个很深的牙洞，流了好多血，刚用肥皂水洗过",
    "被流浪猫咬了手背，挺深的伤口，出了不少血，冲过水了",
    "儿子被小区的狗咬了胳膊，有个特别深的口子，流血了",
    "the stray dog bit my forearm, two deep puncture wounds, they bled quite a lot, I've washed them",
    "A 30-year-old woman was bitten on the hand by a neighbour's dog; deep tooth marks that bled, rinsed under the tap",
])
def test_a_deep_bite_that_bled_goes_to_a_and_e(text: str) -> None:
    assert "deep_or_bleeding_bite" in fired(text)
    assert decide(text, 33)[0] == "emergency"


@pytest.mark.parametrize("text", [
    "被狗咬了一口 两个很深的牙洞 已经不出血了",
    "被狗咬了手，两个挺深的牙洞，出了点血，按了一会儿就止住了",
    "被狗咬了手，伤口不深，出了点血",
    "被猫咬了一下，两个小牙印，没出血",
    "the dog bit my hand, two deep holes, bled a bit but that stopped after a minute",
    "our cat bit me on the back of my hand last night, 2 deep little holes, now red and swollen",
    "the dog nipped my finger, not deep, bled a little",
])
def test_a_deep_bite_that_stopped_bleeding_or_a_shallow_one_stays_urgent(text: str) -> None:
    assert "deep_or_bleeding_bite" not in fired(text)
    assert decide(text, 33)[0] == "urgent"


@pytest.mark.parametrize("text", ["切菜切了个挺深的口子，流了好多血", "手上一个很深的伤口，流血了"])
def test_a_deep_cut_that_bled_is_a_deep_wound_without_a_bite(text: str) -> None:
    assert "deep_wound_bleeding" in current_codes(text)
    assert "deep_or_bleeding_bite" not in fired(text)


# (1b) The holes a bite leaves (牙洞, 牙印, 牙眼) are the wound, not a cavity: a bite goes to surgery, not the dental clinic.
@pytest.mark.parametrize("text", [
    "被狗咬了手，两个牙洞，有点红",
    "患者男，40岁，被邻居家的猫咬伤左手背，可见两个牙印",
    "孩子被仓鼠咬破了手指，一个小牙洞",
    "被人咬了胳膊，留了一圈牙印，破皮了",
])
def test_the_holes_a_bite_leaves_are_not_a_toothache(text: str) -> None:
    codes = current_codes(text)
    assert "toothache" not in codes and "bite_tooth_marks" in codes
    assert department_group(text, 33) != "口腔科"


@pytest.mark.parametrize("text", ["后槽牙有个牙洞，喝凉水疼", "一咬东西就疼，有个牙洞", "吃饭咬到硬东西，牙上有个黑洞，疼"])
def test_a_cavity_is_still_a_toothache(text: str) -> None:
    assert "toothache" in current_codes(text)
    assert "bite_tooth_marks" not in current_codes(text)
