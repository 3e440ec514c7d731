"""The blind-31 triage round (messages from relatives, carers and neighbours): four under-triaged
emergencies, each fixed at its cause and written other ways than the vignette, next to look-alikes that
must stay as they were: a chest symptom whose word "pain" is corrected ("not really a pain, more a
heaviness"); rings of colour round lights and misty sight in one eye; a shoulder "squared off" that someone
wants to "pop back in"; an eye "打中" by a ball, said in a sentence with "最主要是". Then lexicon gaps that
made a kidney infection self-care and an ear discharge, cellulitis, heartburn, head lice and threadworms
unread.
"""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes as _codes
from tests.triage_screen import decide as _decide
from tests.triage_screen import fired as _fired


# --- "not a pain, more a heaviness": the chest symptom is corrected, not denied (AHA/ACC 2021, NHS Heart attack)
@pytest.mark.parametrize("text", [
    "It isn't really a pain in her chest, more a heaviness, and she's sweating",
    "it's not pain exactly, more of a pressure in my chest, I feel sick",
    "胸口不是疼，是闷，还出冷汗",
    "他说胸口说不上疼，更像是压着，一直出汗",
])
def test_a_corrected_chest_pain_with_sweating_is_a_possible_heart_attack(text: str) -> None:
    assert "chest_pain" in _codes(text)
    assert "chest_pain_danger_features" in _fired(text)


@pytest.mark.parametrize("text", [
    "no chest pain, just a cough",
    "it isn't a pain in my chest, more a pulled muscle in my back",
    "没有胸痛，也没有出汗",
    "胸口不疼，就是有点咳嗽",
])
def test_a_denied_chest_pain_stays_denied(text: str) -> None:
    assert "chest_pain" not in _codes(text)


# --- acute angle-closure glaucoma: coloured rings round lights, misty sight in that eye (NHS Glaucoma)
@pytest.mark.parametrize("text", [
    "sudden very painful red eye, lights have coloured rings round them and she's been sick",
    "his eye really hurts and he sees coloured rings round the street lights",
])
def test_coloured_rings_round_lights_with_a_painful_eye_is_acute_glaucoma(text: str) -> None:
    assert "haloes" in _codes(text)
    assert "acute_glaucoma_signs" in _fired(text)


def test_misty_sight_in_one_eye_is_blurred_vision() -> None:
    assert "blurred_vision" in _codes("the vision in that eye is misty")
    assert "blurred_vision" in _codes("the vision in her right eye has gone blurry")


def test_no_rings_round_lights_is_not_haloes() -> None:
    assert "haloes" not in _codes("the vision is fine, no rings around lights")


# --- a dislocated shoulder: squared off, or someone wants to pop it back in (NHS Dislocated shoulder: A&E)
@pytest.mark.parametrize("text", [
    "tackled at rugby, his shoulder looks odd - squared off at the top, he can't move it",
    "fell off her bike and her shoulder looks squared off now",
    "his mate wants to pop it back in for him after the tackle",
    "打球摔了，队友想帮他把肩膀推回去",
])
def test_a_shoulder_squared_off_or_to_be_popped_back_in_is_an_emergency(text: str) -> None:
    assert _decide(text, 26)[0] == "emergency"


@pytest.mark.parametrize("text", [
    "my shoulder clicks when I lift weights, no injury",
    "I squared off the edges of the shelf and now my shoulder aches",
    "the physio put it back in place last year",
])
def test_a_clicking_or_long_treated_shoulder_is_not(text: str) -> None:
    assert "deformity" not in _codes(text) and "limb_misshapen" not in _codes(text)


# --- an eye hit ("打中") with blurred sight; "最主要是" is no conditional (NHS Eye injuries: A&E)
@pytest.mark.parametrize("text", [
    "孩子打羽毛球被球正好打中右眼，最主要是他说右眼看东西模糊",
    "被球打中了左眼，现在看东西模糊",
])
def test_an_eye_hit_by_a_ball_with_blurred_sight_is_an_emergency(text: str) -> None:
    assert "eye_injury_with_vision_change" in _fired(text)


def test_a_conditional_is_still_hypothetical() -> None:
    assert "blurred_vision" not in _codes("要是看东西模糊怎么办")


def test_a_ball_that_hit_the_glasses_is_no_eye_injury() -> None:
    assert "eye_injury" not in _codes("球打中了他的眼镜，眼睛没事")


# --- lexicon gaps below the emergency level
def test_burning_when_she_pees_with_fever_and_loin_pain_is_a_kidney_infection() -> None:
    text = ("she's had a burning feeling when she pees for a few days, now a temperature of 38.7, shivery, "
            "and a pain in her back on the right side just under the ribs")
    assert "urinary_symptoms" in _codes(text)
    assert _decide(text, 29) == ("urgent", {"kidney_infection_signs"})


def test_no_burning_when_she_pees_is_denied() -> None:
    assert "urinary_symptoms" not in _codes("no burning when she pees, just a backache")


@pytest.mark.parametrize("text", [
    "右耳朵疼，枕头上有黄色的水，是从耳朵里流出来的，体温38.3",
    "耳朵疼，有脓从耳朵里流出来",
])
def test_fluid_said_to_come_from_the_ear_is_an_ear_discharge(text: str) -> None:
    assert "ear_discharge" in _codes(text)
    assert _decide(text, 6)[0] == "urgent"


def test_redness_that_has_spread_is_a_skin_infection() -> None:
    text = "a red patch round the scratch, hot and sore, and the redness has spread since yesterday"
    assert _decide(text, 58) == ("urgent", {"skin_infection"})


def test_a_burning_behind_his_breastbone_with_a_sour_taste_is_heartburn() -> None:
    text = "a burning feeling behind his breastbone after spicy meals, antacids sort it, not sweaty or breathless"
    assert _decide(text, 38) == ("self_care", {"minor_digestive"})


def test_eggs_stuck_to_a_childs_hair_are_head_lice() -> None:
    assert _decide("little white eggs stuck to my 8-year-old's hair, she's scratching", 8)[0] == "self_care"


def test_white_threads_moving_at_the_bottom_are_threadworms_even_with_broken_sleep() -> None:
    text = "女儿晚上老说屁股痒，睡不踏实，肛门口看到有白色的小细线在动"
    assert _decide(text, 5) == ("self_care", {"threadworms"})


def test_a_white_line_that_does_not_move_is_not_a_worm() -> None:
    assert "threadworm" not in _codes("指甲上有一条白线")


def test_an_ache_in_her_side_under_her_ribs_is_a_loin_ache() -> None:
    assert "loin_ache" in _codes("she has an ache in her right side just under her ribs")
