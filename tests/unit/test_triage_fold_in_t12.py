"""Engine behaviour added in the blind-12 fold-in round (regression tests, written after the fixes)."""

from __future__ import annotations

import pytest

from tests.triage_screen import fired as _fired


@pytest.mark.parametrize("text", [
    "拿毛巾使劲压了十几分钟血还一直往外渗",
    "手指割破了，按了二十分钟还在流血",
    "用纱布摁住伤口压了半个钟，血还是往外冒",
    "捂了好久都止不住",
    "I've pressed on it with a towel for 10 minutes and it is still bleeding",
    "held pressure for fifteen minutes and it keeps oozing",
    "the cut is still bleeding after 20 minutes",
])
def test_still_bleeding_after_pressing_for_minutes(text: str) -> None:
    assert "heavy_bleeding" in _fired(text)


@pytest.mark.parametrize("text", [
    "sliced my finger chopping onions, bled a bit but stopped after 5 minutes of pressure",
    "压了几分钟血就止住了",
    "按了十分钟，现在不流血了",
])
def test_bleeding_that_stopped_with_pressure_is_quiet(text: str) -> None:
    assert "heavy_bleeding" not in _fired(text)


@pytest.mark.parametrize("text", [
    "切排骨砍到手指了，口子挺深能看到里面白白的",
    "被玻璃划了个大口子，能看到黄色的脂肪",
    "手割破了，口子很深，露出里面的筋",
    "cut my hand on a broken glass and I can see yellow fat",
    "I have a gash on my palm from a tin lid, you can see something white in it",
    "割到手指了，手指发麻",
    "cut my finger with a chisel and there is numbness in my fingertip since",
])
def test_deep_cut_or_numbness_after_a_cut(text: str) -> None:
    assert "deep_wound_or_numb" in _fired(text)


@pytest.mark.parametrize("text", [
    "手指划破了一个小口子，不深，不麻",
    "切菜切到手了，小口子，贴了创可贴",
    "cut my finger on a knife, not deep, no numbness",
])
def test_shallow_cut_is_not_a_deep_wound(text: str) -> None:
    assert "deep_wound_or_numb" not in _fired(text)


@pytest.mark.parametrize("text", [
    "孩子3岁，拿遥控器玩，里面那个小圆电池不见了，她说吃进去了",
    "手表里的电池被孩子吞了",
    "宝宝把玩具里的扣式电池咽下去了",
    "遥控器的电池少了一颗，怀疑被他吃了",
    "纽扣电池找不到了，孩子刚才在玩",
    "my daughter swallowed the battery from the remote",
    "I think he ate one of the little round batteries from his toy",
    "the battery from the car key fob is gone and she says she ate it",
])
def test_swallowed_battery_family(text: str) -> None:
    assert "swallowed_button_battery" in _fired(text)


@pytest.mark.parametrize("text", [
    "在地上捡到一颗纽扣电池，孩子没吃",
    "遥控器电池没了电，换了新的",
    "电池没电了，孩子在吃饭",
    "found a battery on the floor, he did not swallow it",
    "the remote battery died, I replaced it",
])
def test_battery_look_alikes_stay_quiet(text: str) -> None:
    assert "swallowed_button_battery" not in _fired(text)


@pytest.mark.parametrize("text", [
    "炒菜油锅起火了，脸上和两只手都被燎了，起了好多水泡",
    "煤气窜火烧了脸，起了燎泡",
    "着火的时候手被火苗烧伤了，起了很多水泡",
    "the frying pan caught fire and burned my hands, now there are blisters",
    "burnt my face on a gas flare-up, eyebrows singed",
])
def test_fire_burns_with_blisters_or_singed_facial_hair(text: str) -> None:
    assert "serious_burn" in _fired(text)


@pytest.mark.parametrize("text", [
    "手被热油溅了一下，没起泡",
    "炒菜的时候手指被锅边烫了一下，有点红，没有水泡",
    "I burned my finger on a hot pan, no blisters",
])
def test_small_burns_without_blisters_stay_quiet(text: str) -> None:
    assert "serious_burn" not in _fired(text)
