"""Stop 34, by the lead: HIV post-exposure prophylaxis (blind120 t120e-019), and what the branches did together."""

from __future__ import annotations

import pytest

from carebridge.service import CareBridge


def triage(cb: CareBridge, text: str, age: int = 24, sex: str = "M") -> dict:
    return cb.triage_once(text, age=age, sex=sex)


@pytest.mark.parametrize(("text", "sex"), [
    # blind120 t120e-019: read as emergency contraception only (self-care, and 妇科 for a man)
    ("condom came off last night with a guy i met on an app, dont know his status, it was about 14 hours ago. "
     "is there something i can take?", "M"),
    ("had sex with a guy who told me he is hiv positive 2 days ago, can i get pep?", "M"),
    ("Condom broke yesterday with a new partner, not sure of her HIV status. Do I need PEP?", "M"),
    ("the condom split last night and he has HIV, I'm terrified, what do I do", "F"),
    ("套子破了，对方是HIV阳性，昨晚的事，需要吃阻断药吗", "M"),
    ("前天晚上和网友发生了关系没戴套，不知道他有没有艾滋，想问问阻断药哪里能开", "M"),
])
def test_a_possible_hiv_exposure_within_72_hours_is_urgent_for_pep(cb: CareBridge, text: str, sex: str) -> None:
    # British HIV Association FAQ "PEP"; Newcastle Hospitals NHS FT PEPSE: as soon as possible, no later than 72 hours,
    # from a sexual health clinic or A&E when it is closed.
    out = triage(cb, text, sex=sex)
    assert out["urgency"] == "urgent"
    # dept39: PEP is prescribed by the infectious-disease clinic (感染科, under 内科; 中国艾滋病诊疗指南 2021), as blind120
    # t120e-019 and blind135 t135e-024 / t135z-020 label it; an HIV test alone stays 皮肤科 (the STI clinic)
    assert out["department"]["group_zh"] == "内科"


@pytest.mark.parametrize(("text", "sex", "urgency"), [
    # past the 72-hour window: a test, not PEP (sti_check, routine)
    ("上周和网友发生了关系，没戴套，担心感染艾滋，想做检查", "M", "routine"),
    # the morning-after pill alone stays the pharmacy's (NHS Emergency contraception)
    ("condom split last night, need the morning after pill", "F", "self_care"),
])
def test_outside_the_window_or_without_an_hiv_risk_it_is_not_pep(cb: CareBridge, text: str, sex: str, urgency: str) -> None:
    out = triage(cb, text, sex=sex)
    assert out["urgency"] == urgency
    assert out["urgency"] != "urgent"


def test_a_pep_talk_is_not_pep(cb: CareBridge) -> None:
    out = triage(cb, "gave my team a pep talk at work and now my throat is a bit sore")
    assert out["urgency"] != "urgent"


@pytest.mark.parametrize("text", ["天天用消毒水，想问问怎么保护眼睛", "每天用84消毒液拖地，怎么保护好眼睛和皮肤"])
def test_asking_how_to_protect_the_eyes_from_a_chemical_is_not_a_splash(cb: CareBridge, text: str) -> None:
    # the heldout paraphrase bank's chemical_eye look-alike, caught once fold-t119a named 消毒水 a chemical
    assert "chemical_eye_injury" not in {f["id"] for f in triage(cb, text, age=40, sex="F")["red_flags"]}


@pytest.mark.parametrize("text", ["我妈把消毒水当眼药水往眼睛里滴了，眼睛通红睁不开", "消毒水溅到眼睛里了，好疼"])
def test_a_chemical_in_the_eye_is_still_read(cb: CareBridge, text: str) -> None:
    assert "chemical_eye_injury" in {f["id"] for f in triage(cb, text, age=70, sex="F")["red_flags"]}


@pytest.mark.parametrize(("text", "days"), [
    ("抽了二十分钟了", 20 / 1440), ("抽了二十五分钟", 25 / 1440), ("发烧十二天了", 12.0), ("咳嗽二十天", 20.0),
    ("发烧十二个小时", 0.5), ("十几天", 12.0), ("十天", 10.0), ("三天", 3.0),
])
def test_a_compound_chinese_numeral_is_read_whole(text: str, days: float) -> None:
    # fold-t119b: "二十分钟" was read as 10 minutes, "十二天" as 2 days (one character at a time)
    from carebridge.tools.slots import parse_duration_days
    assert parse_duration_days(text) == pytest.approx(days)
