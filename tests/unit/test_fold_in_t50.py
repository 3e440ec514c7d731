"""blind50 (after hospital: discharged after an operation, a procedure, a birth or a new medicine): its six
under-triaged emergencies read for what they say, each with near misses that must not fire.

- a surgical wound that has burst open with something showing through (textbook of surgery; 急诊预检分诊专家共识 2018)
- a stoma gone dark, purple or black (ASCN Stoma Care guidelines; NHS Colostomy / Ileostomy)
- sight worse with pain or redness after an eye operation (RCS England cataract aftercare; NHS Cataract surgery)
- tummy pain with fever and vomiting after a tummy operation (textbook of surgery; NICE NG51)
- fever, offensive lochia and tummy pain after birth in a woman who feels very weak (RCOG GTG 64b; NICE NG51)
and after-birth problems routed to obstetrics (house rule; NICE NG194)."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


@pytest.mark.parametrize("text", [
    "my incision split open when I sneezed and there's a pink bit of bowel sticking out",
    "three days after my hernia op the stitches came apart and I can see something shiny poking through",
    "开完刀第十天，一用力刀口崩开了，里面有肠子露出来",
    "切口裂开了，看得见里面的肠子",
])
def test_a_burst_wound_with_something_showing_is_an_ambulance(text: str) -> None:
    urgency, rules = decide(text, age=60)
    assert urgency == "emergency_ambulance" and "surgical_wound_burst_open" in rules


@pytest.mark.parametrize("text", [
    "the wound has not come apart and nothing is sticking out, it is just a bit itchy",
    "伤口没有裂开，也没有东西露出来，就是有点痒",
    "my son's lego piece is sticking out of the sofa",
])
def test_an_intact_wound_or_an_unrelated_sticking_out_is_not_this_rule(text: str) -> None:
    _, rules = decide(text, age=60)
    assert "surgical_wound_burst_open" not in rules


@pytest.mark.parametrize("text", [
    "my ileostomy has turned a dusky purple colour since lunchtime",
    "Mum came home with a colostomy on Friday. It used to be bright red. Today it has gone black at the edge.",
    "我爸的造口今天发黑了，以前是红的",
    "做了人工肛门，这两天那块肉变成暗紫色了",
])
def test_a_stoma_gone_dark_is_an_emergency(text: str) -> None:
    urgency, rules = decide(text, age=70)
    assert urgency == "emergency" and "stoma_turned_dark" in rules


@pytest.mark.parametrize("text", [
    "my stoma is a healthy red and moist, it hasn't gone dark",
    "造口颜色红润，没有发黑发紫",
    "the stuff in my stoma bag is black since I started the iron tablets",
    "my jeans have gone black in the wash",
])
def test_a_healthy_stoma_its_bag_or_no_stoma_is_not_this_rule(text: str) -> None:
    _, rules = decide(text, age=70)
    assert "stoma_turned_dark" not in rules


@pytest.mark.parametrize("text", [
    "Had my cataract done on Monday. Since this morning the eye is painful and the sight has got much worse.",
    "eye operation five days ago, now it hurts and it's like looking through fog",
    "眼睛做完手术第二天，越来越看不清，红得厉害",
    "白内障手术后第三天，眼睛越来越疼，那只眼突然看不见了",
])
def test_sight_worse_with_pain_after_an_eye_operation_is_an_emergency(text: str) -> None:
    urgency, rules = decide(text, age=75)
    assert urgency in ("emergency", "emergency_ambulance")
    assert rules & {"eye_worse_after_eye_surgery", "eye_blurring_with_worse_pain_after_eye_surgery"}


@pytest.mark.parametrize("text", [
    "cataract op last week, eye a bit gritty and red, vision a bit blurry but better every day, no pain",
    "白内障术后第二天，稍微有点模糊，不疼",
    "my husband had eye surgery years ago; my own eye is fine",
])
def test_expected_blur_after_an_eye_operation_is_not_this_rule(text: str) -> None:
    _, rules = decide(text, age=75)
    assert not rules & {"eye_worse_after_eye_surgery", "eye_blurring_with_worse_pain_after_eye_surgery"}


@pytest.mark.parametrize("text", [
    "had my appendix out five days ago, now my whole tummy hurts more and more, I've been sick twice and my temperature is 38.7",
    "阑尾切除术后第五天，肚子越来越疼，吐了，发烧38.5度",
])
def test_tummy_pain_with_fever_and_vomiting_after_a_tummy_operation_is_an_emergency(text: str) -> None:
    urgency, rules = decide(text, age=45)
    assert urgency == "emergency" and "peritonitis_after_abdominal_surgery" in rules


@pytest.mark.parametrize("text", [
    "had my gallbladder removed last week, tummy a bit sore round the cuts, no fever, not sick",
    "胆囊切除术后一周，伤口有点疼，不发烧也不吐",
    "tummy pain, vomiting and a fever of 38.5 since yesterday. I had bowel surgery twenty years ago.",
    "I haven't had any bowel surgery, but I have tummy pain, vomiting and a fever",
])
def test_no_fever_a_denied_or_an_old_operation_is_not_this_rule(text: str) -> None:
    _, rules = decide(text, age=45)
    assert "peritonitis_after_abdominal_surgery" not in rules


@pytest.mark.parametrize("text", [
    "gave birth 8 days ago, the lochia smells foul, I have a fever of 39, my lower tummy hurts and I'm exhausted",
    "剖腹产十天，恶露有臭味，发烧39度，小肚子疼，浑身一点力气都没有",
])
def test_postnatal_infection_in_a_woman_who_feels_very_weak_is_an_emergency(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "emergency" and "postnatal_sepsis_unwell" in rules


@pytest.mark.parametrize("text", [
    # the same signs in a woman who feels well stay urgent (NICE NG194 same-day assessment)
    "产后12天，恶露有股臭味，下腹隐隐作痛，今天38.2度，精神还行",
    "gave birth a week ago, no smell, no fever, no pain, just tired",
])
def test_postnatal_signs_without_weakness_are_not_the_emergency(text: str) -> None:
    _, rules = decide(text, age=30)
    assert "postnatal_sepsis_unwell" not in rules


@pytest.mark.parametrize("text", [
    "生完孩子两周了，下面有点坠胀感，小便的时候有点漏",
    "I gave birth three weeks ago and the stitches down below still feel tight",
])
def test_after_birth_points_to_obstetrics(text: str) -> None:
    assert "postnatal" in current_codes(text)


@pytest.mark.parametrize("text", [
    "my sister gave birth last year",
    "I have a postnatal class on Monday",
])
def test_someone_elses_birth_or_a_class_is_not_postnatal(text: str) -> None:
    assert "postnatal" not in current_codes(text)


# Baby blues (NHS Postnatal depression: tearful and up and down in the first week after birth is so common it is
# considered normal, and lasts no more than 2 weeks): self-care, unless a red flag is in the same message.
@pytest.mark.parametrize("text", [
    "It's day 3 since I gave birth and I'm so weepy, I cry at adverts. Otherwise I'm coping and enjoying him.",
    "顺产第五天，动不动就掉眼泪，情绪有点波动，没有伤害自己或宝宝的想法",
])
def test_tearful_in_the_first_days_after_birth_is_baby_blues(text: str) -> None:
    urgency, rules = decide(text, age=29)
    assert urgency == "self_care" and "baby_blues" in rules


@pytest.mark.parametrize("text", [
    "Day 3 after having my baby, I keep crying over nothing and I have thoughts of ending it",
    "生完孩子第五天，老想哭，有时候想一了百了",
    "生完孩子两个月了，一直想哭，什么都不想做",
    "I keep crying over nothing at work",
])
def test_tearful_with_a_red_flag_later_or_not_after_a_birth_is_not_baby_blues(text: str) -> None:
    urgency, rules = decide(text, age=29)
    assert "baby_blues" not in rules and urgency != "self_care"
