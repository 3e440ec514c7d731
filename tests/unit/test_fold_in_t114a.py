"""blind114 (after an operation, a procedure, a hospital discharge or childbirth): the under-triaged emergencies of the
first look, each read as a family in both languages, with the benign look-alikes that must not fire. Fever, jaundice and
pain under the right ribs after a gallbladder operation (t114e-013, t114z-015) stay with the house's urgent reading
(KNOWN_MISSES in test_vignettes.py, as t98z-023)."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, service_decide

EMERGENT = {"emergency", "emergency_ambulance"}


# (1) A catheter that drains nothing, with pain or swelling low in the tummy: a blocked catheter with the bladder
# filling (healthdirect Catheter problems: with a full bladder or discomfort, a hospital emergency department).
@pytest.mark.parametrize("text", [
    "my dad came home with a catheter after his prostate op, this afternoon the bag went dark red with clots in the tube and now nothing is draining at all, hes in a lot of pain low in his belly",
    "mum has a catheter since her operation and no urine has come into the bag since lunchtime, her lower tummy is swollen and sore",
    "I think my catheter is blocked, nothing in the leg bag for hours and my belly hurts",
    "his catheter has stopped draining and he's got bad pain in his lower abdomen",
    "我爸前列腺手术后带着尿管回家，下午尿袋里全是血块，现在尿袋里一点尿都不出了，小肚子疼得厉害",
    "带着导尿管出院的，尿袋里一滴尿都没有，下腹胀痛",
    "尿管堵了，小肚子憋得疼",
    "导尿管从中午到现在都不出尿了，肚子胀得难受",
])
def test_a_catheter_draining_nothing_with_tummy_pain_is_an_emergency(text: str) -> None:
    urgency, rules = service_decide(text, 74, "M")
    assert urgency == "emergency" and "blocked_catheter_with_pain" in rules


@pytest.mark.parametrize("text", ["nothing is draining into the catheter bag", "my catheter is blocked", "尿袋里没有尿了", "尿管堵住了"])
def test_a_catheter_said_to_drain_nothing_is_read(text: str) -> None:
    assert "catheter_not_draining" in current_codes(text)


@pytest.mark.parametrize("text", [
    "my catheter is draining fine, the urine is clear",
    "the catheter bag is full, I emptied it and it's draining well now",
    "尿管通畅，尿袋里的尿是清的",
    "尿袋里没有血，尿是黄的",
    "the nurse took my catheter out yesterday and I'm peeing normally",
])
def test_a_catheter_that_drains_is_not_blocked(text: str) -> None:
    assert "catheter_not_draining" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "my catheter is draining fine, my tummy is a bit sore where the op was",
    "尿管通畅，肚子有点疼",
])
def test_a_draining_catheter_with_tummy_pain_is_not_the_blocked_catheter_rule(text: str) -> None:
    _, rules = service_decide(text, 70, "M")
    assert "blocked_catheter_with_pain" not in rules


# (2) After a thyroid or neck operation, a neck or wound that swells, with breathing trouble: a bleed pressing on the
# airway (thyroid surgery haematoma advice: go immediately; the airway threatened is ESI 1 / 急诊预检分诊专家共识 I级).
@pytest.mark.parametrize("text", [
    "我妈甲状腺手术昨天出院的，晚上脖子越来越肿，刀口那鼓了个大包，她说喘不上气，喉咙里有呼呼的声音",
    "甲状腺切除术后第二天，脖子肿起来了，呼吸困难",
    "做完甲状腺手术回家，刀口越来越肿，感觉憋气喘不过来",
    "had my thyroid out 2 days ago, tonight my neck is swelling up at the incision and I'm short of breath",
    "mum had a thyroidectomy yesterday, her neck has ballooned under the scar and she's struggling to breathe",
    "after my parathyroid surgery there's a big swelling in my neck and I can't catch my breath",
])
def test_a_swelling_neck_with_breathing_trouble_after_thyroid_surgery_is_an_ambulance(text: str) -> None:
    urgency, rules = service_decide(text, 56, "F")
    assert urgency == "emergency_ambulance" and "neck_swelling_after_neck_surgery" in rules


@pytest.mark.parametrize("text", [
    "thyroid surgery last week, the scar is a little swollen, breathing is fine",
    "甲状腺手术后一周，刀口有点肿，呼吸正常",
    "my neck is swollen from a tooth infection and I'm a bit short of breath",
    "甲状腺手术后有点喘，脖子不肿",
])
def test_a_swollen_scar_without_breathing_trouble_or_without_the_operation_is_not_the_neck_rule(text: str) -> None:
    _, rules = service_decide(text, 45, "F")
    assert "neck_swelling_after_neck_surgery" not in rules


# (3) "眼睛发花" is the vision problem of the pre-eclampsia rules: with a bad headache after the birth or in pregnancy
# (NHS Pre-eclampsia: severe headache, vision problems such as blurring or flashing lights; also in the weeks after birth).
@pytest.mark.parametrize(("text", "rule"), [
    ("产后一个星期，今天头特别疼，眼睛发花，在家量血压170/110，脚也肿，没抽过", "postnatal_preeclampsia_signs"),
    ("生完孩子第六天，头疼得厉害，眼前发花", "postnatal_preeclampsia_signs"),
    ("剖腹产后十天，头很痛，眼睛一阵阵发花", "postnatal_preeclampsia_signs"),
    ("怀孕35周，头很疼，眼前发花", "pregnancy_preeclampsia_signs"),
])
def test_eyes_gone_spotty_with_a_headache_around_the_birth_is_pre_eclampsia(text: str, rule: str) -> None:
    urgency, rules = service_decide(text, 30, "F")
    assert urgency == "emergency" and rule in rules


@pytest.mark.parametrize("text", ["饿了就心慌手抖眼睛发花", "产后一周，眼睛发花，头不疼", "怀孕30周，眼睛不发花，头也不疼"])
def test_eyes_gone_spotty_without_the_headache_and_the_birth_is_not_pre_eclampsia(text: str) -> None:
    urgency, rules = service_decide(text, 30, "F")
    assert not rules & {"postnatal_preeclampsia_signs", "pregnancy_preeclampsia_signs"}
    assert urgency not in EMERGENT


@pytest.mark.parametrize("text", ["饿了就心慌手抖眼睛发花", "年纪大了，看报纸眼睛发花"])
def test_eyes_gone_spotty_is_not_blurred_vision_on_its_own(text: str) -> None:
    assert "blurred_vision" not in current_codes(text) or "看报纸" in text
