"""fold-t117: blind117's misses (a representative week at the desk, emergencies said casually or late), each read as a
family, with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, service_decide


# (1) t117e-016: "back has been bad for a week ... gone numb round my bum and between my legs": 'round' is the spoken
# 'around' and a back said to have "been bad" is back pain (NHS Cauda equina syndrome: numbness around the bottom or
# genitals with back pain, A&E). The Chinese of these ("腰疼了一个礼拜，今天屁股周围和两腿之间发麻") was already read on main.
@pytest.mark.parametrize("text", [
    "back has been bad for about a week after lifting a wardrobe. today its gone numb round my bum and between my legs",
    "back has been bad for ages and now its numb between my legs",
    "his back has been killing him and now he says its gone numb down below",
    "its gone numb round my bottom and between my legs since this morning",
    "woke up and i cant feel anything round my bum",
])
def test_back_pain_with_numbness_round_the_bottom_is_cauda_equina(text: str) -> None:
    urgency, rules = service_decide(text, 41, "M")
    assert urgency == "emergency" and rules & {"cauda_equina_signs", "cauda_equina_with_back_pain"}


@pytest.mark.parametrize("text", [
    "back has been bad but no numbness round my bum and weeing fine",
    "my back has been sore after the gym, no numbness anywhere",
])
def test_a_bad_back_without_saddle_numbness_is_no_cauda_equina(text: str) -> None:
    codes = current_codes(text)
    assert "back_pain" in codes and "saddle_numbness" not in codes
    urgency, _ = service_decide(text, 41, "M")
    assert urgency not in {"emergency", "emergency_ambulance"}


@pytest.mark.parametrize("text", [
    "going back has been bad for my nerves",
    "my bum went numb after sitting on a hard bench all day",
])
def test_back_words_and_a_numb_bum_from_sitting_are_no_back_pain(text: str) -> None:
    assert "back_pain" not in current_codes(text)


# (2) t117z-008: work "在工地干活，下午太热" is heat exposure with a time word between, and "身上摸着特别烫也不出汗了" is
# hot dry skin with a degree word before the heat; with confusion that is heatstroke (NHS Heat exhaustion and heatstroke:
# call 999).
@pytest.mark.parametrize("text", [
    "我舅舅在工地干活，下午太热，刚才突然开始说胡话，人迷迷糊糊的，身上摸着特别烫也不出汗了",
    "我爸在地里干活，中午太热了，回来就糊里糊涂的，说话颠三倒四",
    "老公在工地施工，今天太热了，现在身上特别烫一点汗都没有",
    "身上很烫，也不出汗了，人迷迷糊糊的，一直在外面干活",
])
def test_work_in_the_heat_with_confusion_or_hot_dry_skin_is_heatstroke(text: str) -> None:
    urgency, rules = service_decide(text, 45, "M")
    assert urgency == "emergency_ambulance" and rules & {"heatstroke_signs", "heatstroke_not_sweating"}


@pytest.mark.parametrize("text", [
    "工作压力大，晚上太热睡不着，有点头晕",
    "发烧39度，身上特别烫，人很清醒",
])
def test_hot_nights_and_a_fever_are_no_heatstroke(text: str) -> None:
    codes = current_codes(text)
    assert "heat_exhaustion" not in codes and "hot_dry_skin" not in codes


def test_work_in_the_heat_that_settled_with_rest_stays_self_care() -> None:
    urgency, rules = service_decide("今天在工地干活，下午太热，出了一身汗，喝了水歇了一会好了", 45, "M")
    assert urgency == "self_care" and "heat_exhaustion_recovering" in rules


# (3) t117e-030: "my heart feels like it skips a beat or does a little flip ... after a few coffees, lasts a second" is
# palpitations, brief and after caffeine (NHS Heart palpitations: usually harmless, caffeine a common trigger).
@pytest.mark.parametrize("text", [
    "every now and then my heart feels like it skips a beat or does a little flip, after a few coffees, lasts a second",
    "my heart sometimes feels as if it flips over after too much coffee, only a moment, no dizziness",
    "heart feels like it is fluttering now and then after energy drinks, fine otherwise",
])
def test_heart_feels_like_it_skips_after_caffeine_is_self_care_palpitations(text: str) -> None:
    urgency, rules = service_decide(text, 31, "F")
    assert urgency == "self_care" and "caffeine_palpitations" in rules


def test_heart_feels_like_its_skipping_is_palpitations() -> None:
    assert "palpitations" in current_codes("my heart feels like its skipping, just for a second, no chest pain")


@pytest.mark.parametrize("text", [
    "my heart feels like it is breaking since the breakup",
    "i feel like it skipped my mind to take the tablet",
])
def test_a_broken_heart_and_a_skipped_mind_are_no_palpitations(text: str) -> None:
    assert "palpitations" not in current_codes(text)


# (4) t117z-009: "药店买的药膏抹了好几天又犯": the pharmacy cream used and the rash back again is not controlled (NHS Atopic
# eczema: see a GP if the treatments are not helping), as "keeps flaring" in English.
@pytest.mark.parametrize("text", [
    "手上湿疹反反复复好几年了，一到冬天就干裂起皮很痒，药店买的药膏抹了好几天又犯",
    "胳膊上的湿疹，药膏一停就又犯了，已经两个月了",
    "脸上起疹子很痒，药店买的药膏抹了一周还是复发",
])
def test_pharmacy_cream_and_the_rash_back_again_is_treatment_not_helped(text: str) -> None:
    assert "skin_treatment_not_helped" in current_codes(text)


def test_recurring_eczema_despite_pharmacy_cream_is_routine() -> None:
    urgency, _ = service_decide("手上湿疹反反复复好几年了，一到冬天就干裂起皮很痒，药店买的药膏抹了好几天又犯", 28, "M")
    assert urgency == "routine"


def test_cream_that_helped_is_no_treatment_failure() -> None:
    assert "skin_treatment_not_helped" not in current_codes("手上湿疹，抹了药膏好多了，没再犯")


# (5) t117e-009: "blood in her nappy, looks like its coming from her vagina" at 5 days old: the blood's place said in its
# own clause is the newborn's hormone bleeding (NHS What your newborn baby looks like: normal in the first days).
@pytest.mark.parametrize("text", [
    "my baby girl is 5 days old and i saw a little bit of blood in her nappy, looks like its coming from her vagina, "
    "and some white stuff too. shes feeding well and seems fine otherwise",
    "newborn daughter, 4 days old, spot of blood in the nappy and I think it is coming from her vagina, feeding fine",
    "she is 6 days old, a few pink streaks in her nappy, seems to be coming from her front bit, otherwise happy",
])
def test_newborn_girl_bleeding_said_to_come_from_the_vagina_is_hormonal_self_care(text: str) -> None:
    urgency, rules = service_decide(text, 0, "F")
    assert urgency == "self_care" and "newborn_hormone_effects" in rules


@pytest.mark.parametrize("text", [
    "my 5 day old girl has blood in her nappy coming from her vagina and she has a fever of 38.2",
    "my 5 day old has a little blood in her nappy, looks like its coming from her bottom, she wont feed and is very sleepy",
])
def test_newborn_bleeding_with_fever_or_from_the_bottom_is_not_self_care(text: str) -> None:
    urgency, _ = service_decide(text, 0, "F")
    assert urgency != "self_care"
