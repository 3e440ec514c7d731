"""Found in staging on 2026-12-06 (stop 29), from fold-t98's report: a child's fit told with the experiential 过
("孩子刚才发烧抽过一次，现在恢复正常了") was not read at all and the message fell to a cold's self-care; an English
"she had another fit" read nothing. A fit just now is a fit now (the existing seizure rule decides its urgency); one
placed in the past (以前, 去年) stays history, and 抽过 of a cigarette or a blood test is no fit."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


@pytest.mark.parametrize("text", [
    "孩子刚才发烧抽过一次，大概一两分钟，现在恢复正常了",
    "宝宝刚刚抽过两下，眼睛往上翻",
    "she had another fit about ten minutes ago",
    "he had another seizure this morning and he's very sleepy now",
    "my son had a second fit tonight",
])
def test_a_fit_just_now_said_with_guo_or_another_is_a_fit(text: str) -> None:
    assert "seizure" in current_codes(text)
    assert decide(text, age=2)[0] != "self_care"


@pytest.mark.parametrize("text", [
    "以前发烧抽过一次，现在又发烧了，精神还好",
    "去年抽过一次血，指标都正常",
    "我爸以前抽过烟，现在戒了",
    "she had another fit of the giggles in class",
    "I had another fit of coughing last night",
])
def test_a_past_fit_a_blood_test_or_a_cigarette_is_not_a_fit_now(text: str) -> None:
    assert "seizure" not in current_codes(text)


# Caught in staging (stop 29), from fold-t98b's report: the expected fever after a baby's OWN jabs (UKHSA MenB leaflet:
# under 39C within two days) stood aside for another child's jabs said in the same message, so an 8-week-old's 38.3
# "her cousin had jabs today" was self-care. Another child's jabs are read as theirs and the infant fever rule stands.
@pytest.mark.parametrize("text", [
    "my 8 week old has a temperature of 38.3, her cousin had jabs today",
    "my 8 week old has a temperature of 38.3, his twin brother had his jabs this morning",
    "8周的宝宝38.4度，他表哥今天打了疫苗",
    "宝宝两个月，发烧38.3度，姐姐昨天打了预防针",
])
def test_another_childs_jabs_do_not_explain_a_young_babys_fever(text: str) -> None:
    assert decide(text, age=0)[0] == "emergency"


def test_the_babys_own_jabs_today_still_explain_a_fever_under_39() -> None:
    assert decide("my 8 week old had her jabs this morning and now has a temperature of 38.3, feeding fine", age=0) \
        == ("self_care", {"after_vaccination"})


# Caught in staging (stop 29): blind97 t97e-017 reached the emergency tier in fold-t95 only through the stroke misreading
# of an arm that cannot move after a fall (removed by misread29a); the squared-off shoulder it describes, said of "it" in
# the next sentence, is the changed shape NHS Dislocated shoulder sends to A&E.
@pytest.mark.parametrize("text", [
    "came off my bike and landed on my shoulder. it looks flat and square now instead of round",
    "fell on my shoulder at football, it looks flat instead of round now and I can't move my arm",
])
def test_a_squared_off_shoulder_after_a_fall_is_a_changed_shape(text: str) -> None:
    assert "limb_misshapen" in current_codes(text)
    assert decide(text, age=34)[0] == "emergency"


def test_a_flat_looking_shoulder_with_no_injury_is_not_a_changed_shape_emergency() -> None:
    assert decide("my shoulder looks a bit flat, I've been sleeping on it funny", age=34)[0] != "emergency"


# Caught in staging (stop 29): misread29a reads an arm that cannot be lifted after a knock as the injured arm; a bare
# "went" of a limb was read as that knock ("my knee went"), so "my right foot went numb and now I can't lift my right
# arm" (test_fold_in_t40) lost its stroke reading. A limb that went numb, dead, to sleep or cold is no knock.
@pytest.mark.parametrize("text", [
    "sitting cross-legged, my right foot went numb and now I can't lift my right arm",
    "my left leg went dead and now I can't lift my left arm",
])
def test_a_limb_that_went_numb_is_no_injury(text: str) -> None:
    assert "injury_event" not in current_codes(text)
    assert decide(text, age=60)[0] == "emergency_ambulance"


def test_a_knee_that_went_is_still_the_knock() -> None:
    assert "injury_event" in current_codes("playing football my knee went and now it's swollen")
