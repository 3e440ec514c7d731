"""Staging fixes of stop 33: what two branches' changes did together that neither did alone."""

from __future__ import annotations

import pytest

from carebridge.service import CareBridge

EMERGENT = {"emergency_ambulance", "emergency"}


def triage(cb: CareBridge, text: str, age: int = 50, sex: str = "M") -> dict:
    return cb.triage_once(text, age=age, sex=sex)


@pytest.mark.parametrize("text", [
    # blind109 t109z-014: was 999 only because the tremor read as a stroke; misread33b rightly took that reading away,
    # so the withdrawal red flag (NICE CG100; UK alcohol treatment guidelines, Annex 3) must carry it.
    "我爸60了，昨天开始说要戒酒，一口都没喝。今天手抖得连碗都端不住，一直出汗，心跳快，还说墙上有小虫子在爬，人还认得我们",
    "老公戒酒三天了，一滴都没沾，晚上说床上有虫子爬",
])
def test_alcohol_stopped_with_bugs_on_the_wall_is_withdrawal_with_hallucinations(cb: CareBridge, text: str) -> None:
    out = triage(cb, text)
    assert out["urgency"] in EMERGENT
    assert "withdrawal_hallucinations_confusion_or_fit" in {f["id"] for f in out["red_flags"]}


@pytest.mark.parametrize("text", ["想戒酒，但是一口都戒不掉", "墙上有虫子在爬，是不是家里太潮了"])
def test_a_wish_to_stop_or_real_bugs_are_not_withdrawal(cb: CareBridge, text: str) -> None:
    assert "withdrawal_hallucinations_confusion_or_fit" not in {f["id"] for f in triage(cb, text)["red_flags"]}


@pytest.mark.parametrize("text", [
    # t26z-008, t89z-049: palpitations after three coffees at a deadline are caffeine's (内科), not stress's (精神科).
    "今天赶方案，一上午喝了三杯美式，下午突然觉得心跳咚咚的，有点慌，几分钟就过去了。没有胸痛，没头晕，没晕倒",
    "下午连着喝了三杯咖啡赶报告，突然觉得心怦怦跳得很快，歇了半小时现在已经好了，胸口不疼也没晕",
])
def test_coffee_palpitations_at_a_deadline_stay_with_internal_medicine(cb: CareBridge, text: str) -> None:
    assert triage(cb, text, age=25, sex="F")["department"]["group_zh"] == "内科"


def test_stress_with_a_racing_heart_still_goes_to_psychiatry(cb: CareBridge) -> None:
    assert triage(cb, "最近工作压力特别大，睡不好，老是心慌烦躁", age=30, sex="F")["department"]["group_zh"] == "精神科"
