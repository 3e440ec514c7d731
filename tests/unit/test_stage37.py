"""Stop 37, the merge of seven branches: what the regression run over every bench set found, fixed at the cause.

- recall37c's blister-size pattern ran from a burn word over a denial: "摸着发烫刺痛，没起大水泡" (sunburn, warm to the
  touch, no big blisters) was a serious burn (blind8 bzh-043, blind40 t40z-045: self-care -> urgent).
- fold-t130's hot-flush self-care reading took every menopause message without a listed finding, so women woken at night
  soaked, irritable and asking whether it needs treating went self-care (blind8 bzh-036, blind99 t99z-027: NHS
  Menopause, see a GP if the symptoms are troubling you). It now needs her to say they are not troubling her.
"""

from __future__ import annotations

import pytest

from tests.triage_screen import reasons


@pytest.mark.parametrize("text", [
    "周末去海边玩了一天没涂防晒，现在肩膀和后背红红的，摸着发烫刺痛，没起大水泡，也不发烧",  # bzh-043
    "我是23岁女生，周末在海边晒了一整天，现在肩膀和后背又红又疼，摸着发烫，没有起大水泡，不发烧也不头晕。",  # t40z-045
    "胳膊晒得发烫，不起泡，就是红",
])
def test_a_denied_blister_after_a_burn_word_is_no_serious_burn(cb, text: str) -> None:
    out = cb.triage_once(text, age=23, sex="F")
    assert out["urgency"] == "self_care" and "serious_burn" not in reasons(out)


@pytest.mark.parametrize("text", ["手被开水烫了，起了个鸡蛋那么大的水泡", "脚背被热油烫到，鼓了一个硬币大小的泡"])
def test_a_blister_said_by_its_size_after_a_scald_is_still_read(cb, text: str) -> None:
    out = cb.triage_once(text, age=30, sex="F")
    assert "serious_burn" in reasons(out)


@pytest.mark.parametrize("text", [
    "51岁 月经半年没来了 最近老是一阵一阵脸发烫出汗 半夜热醒好几回 脾气也变差了 同事说是更年期 想问下需不需要治",  # bzh-036
    "我妈51 这一年月经时有时无 老是突然一股热从脖子往脸上冲 晚上出汗睡衣都湿透 脾气也变大了 她不好意思自己问 我帮她问下该看什么科",
    "I'm 52, hot flushes all day and night sweats, it's getting me down and I want to know about HRT",
])
def test_hot_flushes_that_trouble_her_go_to_a_doctor(cb, text: str) -> None:
    out = cb.triage_once(text, age=51, sex="F")
    assert out["urgency"] == "routine"


@pytest.mark.parametrize("text", [
    "51岁，最近偶尔会一阵潮热出汗，一天两三次，睡觉还行，不怎么影响生活，有没有什么办法缓解",  # t130z-045
    "I'm 50 and getting hot flushes a few times a day, not really bothering me, anything I can do?",
])
def test_hot_flushes_said_not_to_trouble_her_are_self_care(cb, text: str) -> None:
    out = cb.triage_once(text, age=51, sex="F")
    assert (out["urgency"], reasons(out)) == ("self_care", ["menopause_hot_flushes"])
