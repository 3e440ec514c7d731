"""blind80 (a representative week) and blind81 (mothers and babies): the five under-triaged emergencies of the first
look, each read as a family, with the near misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


# (1) A late period and a positive home test said in everyday words (NHS Signs and symptoms of pregnancy; NHS Ectopic
# pregnancy): with one-sided pain, bleeding and dizziness the existing ectopic rules decide.
@pytest.mark.parametrize("text", [
    "例假推迟两周了，昨天测了两条杠。今天左下腹一阵一阵疼得厉害，有一点出血，站起来头晕",
    "大姨妈晚了十来天，自己验了一下两道杠，现在右下腹疼，有点见红，头晕眼花",
    "例假推迟了5天，测了一下是两条线，小腹一阵阵疼，流了点血，人发晕",
    "my period is two weeks late and the pregnancy test showed two lines, now sharp pain low on the left, some bleeding and I feel dizzy",
])
def test_a_late_period_and_two_lines_with_pain_bleeding_and_dizziness_is_a_possible_ectopic(text: str) -> None:
    urgency, rules = decide(text, age=28)
    assert urgency in ("emergency", "emergency_ambulance")
    assert rules & {"pregnancy_pain_or_bleeding_with_faintness", "pregnancy_bleeding_with_pain"}


@pytest.mark.parametrize("text", ["例假推迟两周了", "大姨妈晚了十来天", "昨天测了两条杠", "月经推后一个星期了，自己验了两道杠"])
def test_a_late_period_or_two_lines_reads_a_pregnancy(text: str) -> None:
    assert "pregnancy" in current_codes(text)


@pytest.mark.parametrize("text", ["抗原测了两条杠，发烧38度", "昨天新冠抗原测了两条杠", "测了两条杠，阳了，嗓子疼", "甲流测了两条杠",
                                  "例假很准，没推迟"])
def test_a_covid_or_flu_test_with_two_lines_is_not_a_pregnancy(text: str) -> None:
    assert "pregnancy" not in current_codes(text)


@pytest.mark.parametrize("text", ["左下腹一阵一阵疼得厉害", "小腹一阵阵痛", "肚子一阵一阵疼"])
def test_tummy_pain_that_comes_in_waves_is_abdominal_pain(text: str) -> None:
    assert "abdominal_pain" in current_codes(text)


# (2) Flashing in the sight said as the sight itself (NHS Pre-eclampsia: vision problems such as blurring or flashing
# lights; NICE NG133): with a headache in pregnancy, the pre-eclampsia red flag.
@pytest.mark.parametrize("text", [
    "35+2 weeks. Home BP monitor says 166/112, checked 3 times. Thumping headache that paracetamol hasn't touched, my vision keeps flashing",
    "I'm 34 weeks, bad headache and flashes in front of my eyes",
    "36 weeks pregnant, pounding headache and my sight keeps sparkling",
    "孕35周，头痛得厉害，眼前一闪一闪的",
])
def test_a_headache_with_flashing_vision_in_pregnancy_is_pre_eclampsia(text: str) -> None:
    urgency, rules = decide(text, age=34)
    assert urgency == "emergency" and "pregnancy_preeclampsia_signs" in rules


@pytest.mark.parametrize("text", ["my eye keeps flickering", "the car's lights were flashing at me", "the screen keeps flashing"])
def test_a_twitching_eyelid_or_flashing_lights_elsewhere_are_not_vision_problems(text: str) -> None:
    assert "blurred_vision" not in current_codes(text)


# (3) A chemical sprayed or splashed at the face with an eye red, sore or shut after it (NHS Eye injuries: a strong
# chemical such as oven cleaner or bleach in the eye, A&E).
@pytest.mark.parametrize("text", [
    "Toddler got hold of the oven cleaner and sprayed it at his face. One eye is bright red, he won't open it and keeps rubbing.",
    "she squirted bleach spray in her face and her eyes are stinging",
    "sprayed oven cleaner at his face, his eye went red",
    "got some bleach on her face. her eye is red and she won't open it",
    "孩子拿烤箱清洁剂喷到自己脸上了，一只眼通红睁不开",
    "84消毒液溅了一脸，眼睛又红又疼",
])
def test_a_chemical_sprayed_at_the_face_with_a_red_or_shut_eye_is_a_chemical_eye_injury(text: str) -> None:
    urgency, rules = decide(text, age=2)
    assert urgency == "emergency" and "chemical_eye_injury" in rules


@pytest.mark.parametrize("text", ["bleach splashed on my face, eyes are fine, no redness", "he sprayed bleach all over his face, his eyes look fine"])
def test_a_chemical_on_the_face_with_the_eyes_fine_is_not_read_as_in_the_eye(text: str) -> None:
    assert "eye_chemical" not in current_codes(text)


# (4) A baby who does not wake however he is played with, called or touched (NHS Is your baby or toddler seriously
# ill: will not wake up, 999; ESI v4 level 1).
@pytest.mark.parametrize("text", [
    "宝宝11个月 又拉又吐三天了，今天一整天就换了一片湿的尿不湿，刚才开始怎么逗都醒不过来，身子软软的",
    "孩子怎么叫都醒不过来",
    "拍了好几下也醒不过来",
    "怎么挠她脚心都没反应",
    "we can't get the baby to wake up, she's floppy",
    "he won't wake up no matter what we do",
])
def test_a_baby_who_cannot_be_woken_is_a_999_call(text: str) -> None:
    urgency, rules = decide(text, age=0.9)
    assert urgency == "emergency_ambulance" and "unresponsive" in rules


@pytest.mark.parametrize("text", ["逗她就笑，精神挺好", "怎么哄都不睡", "怎么逗都不笑", "can't get him to respond to his name",
                                  "can't get him to wake up for school"])
def test_a_baby_who_laughs_or_will_not_sleep_is_not_unresponsive(text: str) -> None:
    assert "unresponsive" not in current_codes(text)


# (5) An eye injury with the eye shut, cut or bleeding (NHS Eye injuries: a sharp object has pierced the eye, cannot keep
# it open, blood coming from the eye: A&E).
@pytest.mark.parametrize("text", [
    "两岁半的女儿拿剪刀玩戳到了右眼，眼睛睁不开一直流泪，眼白上有一道红口子，有点渗血",
    "孩子被筷子戳到眼睛，眼珠上有个小口子",
    "儿子拿铅笔扎到了左眼，眼睛一直睁不开",
    "he poked himself in the eye with a pencil and won't open it",
    "his brother hit him in the eye with a stick, blood is coming from his eye",
    "she poked her eye with scissors and there's a cut on the white of her eye",
])
def test_an_eye_injury_with_the_eye_shut_cut_or_bleeding_is_an_emergency(text: str) -> None:
    urgency, rules = decide(text, age=2.5)
    assert urgency == "emergency" and "eye_injury_danger_signs" in rules


@pytest.mark.parametrize("text", ["poked in the eye by a finger, a bit watery, can open it fine, no blood", "眼睛被戳了一下，能睁开，没出血"])
def test_an_eye_poke_that_opens_and_does_not_bleed_stays_same_day(text: str) -> None:
    urgency, rules = decide(text, age=4)
    assert urgency == "urgent" and "eye_injury_danger_signs" not in rules


def test_a_sleepy_babys_eyes_that_will_not_open_are_no_eye_injury() -> None:
    _, rules = decide("宝宝困得眼睛都睁不开了", age=1)
    assert "eye_injury_danger_signs" not in rules
