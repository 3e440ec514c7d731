"""misread35: cauda equina syndrome said in lay words (blind122 t122z-008, blind123 t123e-011 and the family of
wordings behind them), with the benign look-alikes that must not fire.

Causes: (1) 木木的 / 发木 were not words for numb, so "屁股和会阴那一圈也木木的" was no saddle numbness; (2) "尿不太出来" and
"struggling to get my pee started" (a pee hard to start) were read as nothing; (3) "my bum and between my legs has gone
numb" (the places first, then numb) and "can't feel the toilet paper" were only the weaker saddle reading, which needs a
back pain, and (4) "back trouble" was no back pain. Sources: NHS Cauda equina syndrome, NHS Sciatica (A&E or 999 with
sciatica on both sides, numbness around the genitals or bottom, or finding it hard to start peeing), GIRFT National
Suspected CES Pathway (difficulty initiating micturition, altered perianal or genital sensation, both legs)."""

from __future__ import annotations

import pytest

from tests.triage_screen import service_decide

EMERGENT = {"emergency", "emergency_ambulance"}
CAUDA = {"cauda_equina_signs", "cauda_equina_with_back_pain", "cauda_equina_bladder_and_both_legs"}


@pytest.mark.parametrize("text,age,sex", [
    # the two blind cases, as written
    ("男48岁，腰疼好几年了，这两天突然加重，两条腿都发麻，屁股和会阴那一圈也木木的，今天尿尿尿不太出来", 48, "M"),
    ("had back trouble on and off for years but since yesterday both legs feel weird and my bum and between my legs has "
     "gone numb, like i cant feel the toilet paper. also struggling to get my pee started", 45, "M"),
    # the saddle said with 木木的 / 发木 / 麻麻的
    ("腰疼一个礼拜了，今天会阴那一片木木的", 50, "F"),
    ("腰间盘的老毛病，这两天肛门周围发木", 44, "M"),
    # the places first, then gone numb; the paper not felt on wiping
    ("my privates and my bum have gone numb since this morning", 39, "M"),
    ("since yesterday I can't really feel the toilet paper when I wipe", 52, "F"),
    # a back pain, a pee hard to start and both legs
    ("did my back in lifting, now pain down both legs and it takes ages to get my wee started", 47, "M"),
    ("back trouble for years, since last night both legs tingly and I'm struggling to start peeing", 41, "F"),
    ("腰疼窜到两条腿，今天小便解不太出来", 46, "M"),
    ("腰椎间盘突出，两条腿都发麻，尿尿要等半天才出来", 53, "M"),
    # the need to pee not felt, with a back said in everyday words
    ("sciatica in both legs and I can't tell when my bladder is full any more", 44, "M"),
    ("腰不好好多年了，这两天要上厕所都感觉不到", 49, "F"),
])
def test_cauda_equina_in_lay_words_is_an_emergency(text: str, age: int, sex: str) -> None:
    urgency, rules = service_decide(text, age, sex)
    assert urgency in EMERGENT and rules & CAUDA, (urgency, rules)


@pytest.mark.parametrize("text,age,sex", [
    # sciatica in one leg, no saddle or bladder change (NHS Sciatica: see a GP if it has not improved)
    ("sciatica down my left leg for two weeks, it goes numb down to my heel, peeing fine", 45, "M"),
    ("腰疼连着左腿疼，一直麻到脚后跟，大小便都正常", 55, "M"),
    # a numb bum from a hard seat
    ("my bum went numb from sitting on a hard chair at the match all afternoon", 40, "M"),
    ("看球赛在硬板凳上坐了一下午，屁股都坐麻了", 40, "M"),
    # a urine infection's burning pee with a back ache
    ("it burns when I pee and my lower back aches a bit", 32, "F"),
    ("尿尿的时候火辣辣的疼，腰有点酸", 30, "F"),
    # a prostate's slow start in a 70-year-old, no numbness, no back pain
    ("I'm 70, my stream has got slow and it takes ages to get my wee started, up three times a night", 70, "M"),
    ("70岁了，尿尿要等半天才出来，尿线也细，晚上起夜三四回", 70, "M"),
    # period pain with back ache; constipation with back ache
    ("first day of my period, bad cramps and my lower back aches", 24, "F"),
    ("haven't had a poo for 5 days, straining, and my lower back aches", 60, "F"),
    # the signs denied
    ("sore back, but I can feel the toilet paper fine and I'm peeing normally", 45, "M"),
    ("腰疼，下面不麻，两条腿也不麻，小便正常", 45, "M"),
])
def test_look_alikes_of_cauda_equina_stay_out(text: str, age: int, sex: str) -> None:
    urgency, rules = service_decide(text, age, sex)
    assert not rules & CAUDA, (urgency, rules)
