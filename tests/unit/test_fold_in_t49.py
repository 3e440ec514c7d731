"""blind49 (how ordinary people describe symptoms in their own idiom): its two under-triaged emergencies, cauda equina
signs beside a back called 'dodgy' (NHS Cauda equina syndrome) and appendicitis pain that 'moved' (挪) to the lower right
(NICE CKS Appendicitis), and the lay words that hid other findings, each with near-misses that must not change."""

from __future__ import annotations

import pytest

from carebridge.tools.text import fix_spelling
from tests.triage_screen import current_codes, decide, fired


# --- back pain in lay words, so the cauda equina rule can read it -------------------------------------------------
@pytest.mark.parametrize("text", [
    "I've had a dodgy lower back for ages",
    "my back's getting worse and worse",
    "gammy back again after gardening",
])
def test_lay_words_for_a_bad_back_are_back_pain(text: str) -> None:
    assert "back_pain" in current_codes(text)


@pytest.mark.parametrize("text", [
    "the back door is dodgy, it won't shut",
    "I came back, is it worse to walk in the rain?",
    "a dodgy back tooth",
])
def test_a_back_door_or_coming_back_is_no_back_pain(text: str) -> None:
    assert "back_pain" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "my dodgy back has flared up and now I can't feel the paper when I wipe and I've wet myself without noticing",
    "crook back for years, now numb around my bum and I peed myself without realising",
])
def test_cauda_equina_signs_with_a_dodgy_back_are_an_emergency(text: str) -> None:
    assert "cauda_equina_with_back_pain" in fired(text)


def test_a_dodgy_back_with_normal_feeling_and_bladder_is_not_cauda_equina() -> None:
    assert "cauda_equina_with_back_pain" not in fired("dodgy back again, no numbness down below and my bladder is fine")


# --- appendicitis pain that moves to the lower right -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "肚脐周围疼了一晚上，早上窜到右下边了，发烧38度2",
    "一开始肚脐那儿疼，后来挪到肚子右下面了，吐了两次",
    "started as a pain round my belly button that has now travelled to the bottom right, and I've been sick",
])
def test_pain_moving_to_the_lower_right_with_fever_or_vomiting_is_possible_appendicitis(text: str) -> None:
    assert "possible_appendicitis" in fired(text)


@pytest.mark.parametrize("text", [
    "肚脐周围疼，没有挪到右下边，不发烧不吐",
    "牙疼从左边挪到右下边的牙了，有点发烧",
])
def test_no_move_to_the_lower_right_or_a_tooth_is_not_appendicitis(text: str) -> None:
    assert "possible_appendicitis" not in fired(text)


# --- kidney infection in lay words ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "小便的时候有点烧得慌，左边腰子疼，发烧38度6",
    "尿尿火辣辣的，后腰一敲就疼，还打寒战",
])
def test_burning_pee_with_loin_pain_and_fever_is_a_kidney_infection(text: str) -> None:
    urgency, rules = decide(text, age=35)
    assert urgency == "urgent" and "kidney_infection_signs" in rules


@pytest.mark.parametrize("text", [
    "今天吃了炒猪腰子，肚子有点疼",
    "尿尿不烧，腰子也不疼",
])
def test_kidneys_as_food_or_denied_are_no_loin_ache(text: str) -> None:
    assert "loin_ache" not in current_codes(text)


def test_my_kidneys_hurt_is_loin_ache() -> None:
    assert "loin_ache" in current_codes("my kidneys are aching and it stings when I wee")


# --- blood in what a cough brings up is haemoptysis, not vomited blood -------------------------------------------------
def test_blood_in_what_a_cough_brings_up_is_coughing_blood() -> None:
    text = "had a cough for six weeks that won't shift, and now there are specks of blood in what I'm hawking up"
    codes = current_codes(text)
    assert "cough_blood" in codes and "vomit_blood" not in codes
    urgency, rules = decide(text, age=60)
    assert urgency == "urgent" and "coughing_blood" in rules


def test_blood_brought_up_without_a_cough_is_still_vomited_blood() -> None:
    assert "vomit_blood" in current_codes("I've been throwing up and there's blood in what I'm bringing up")


# --- greying vision before a faint is not a grey face --------------------------------------------------------------
def test_vision_going_grey_before_a_faint_is_no_shock_sign() -> None:
    assert "shock_signs" not in current_codes("she went hot, her vision went grey and she fainted, came round straight away")


def test_a_face_gone_grey_is_still_a_shock_sign() -> None:
    assert "shock_signs" in current_codes("he fainted and his face has gone grey")


# --- 'me' for 'my' before a body part --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("the dog bit me hand", "the dog bit my hand"),
    ("ulcer on me lip", "ulcer on my lip"),
    ("hurt me back lifting the telly", "hurt my back lifting the telly"),
])
def test_me_before_a_body_part_reads_as_my(text: str, expected: str) -> None:
    assert fix_spelling(text) == expected


@pytest.mark.parametrize("text", ["give me back my keys", "tell me a story", "let me hand it over", "he brought me back home"])
def test_me_as_an_object_is_kept(text: str) -> None:
    assert fix_spelling(text) == text


def test_a_mouth_ulcer_inside_me_lip_is_self_care() -> None:
    urgency, rules = decide("got two ulcers on the inside of me lip for a few days, they sting", age=30)
    assert urgency == "self_care" and "minor_mouth_nose" in rules


# --- an animal that 'had a go at' a body part is a bite --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "my mate's dog had a go at my ankle and broke the skin",
    "the cat latched onto his finger",
])
def test_an_animal_getting_a_body_part_is_an_animal_bite(text: str) -> None:
    assert "animal_bite" in current_codes(text)


@pytest.mark.parametrize("text", [
    "the dog went for my ankle but missed",
    "I had a go at my hand with the nail file",
])
def test_a_miss_or_no_animal_is_no_bite(text: str) -> None:
    assert "animal_bite" not in current_codes(text)


# --- the heart 'does a flutter' --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["my heart does a funny little flip now and then", "me ticker gives a wee flutter after coffee"])
def test_the_heart_doing_a_flutter_is_palpitations(text: str) -> None:
    assert "palpitations" in current_codes(text)


def test_no_flutter_is_no_palpitations() -> None:
    assert "palpitations" not in current_codes("my heart doesn't flutter or race at all")


# --- pins and needles from an arm slept on, named after the numbness ---------------------------------------------------
def test_numb_hand_then_the_arm_slept_on_is_positional() -> None:
    urgency, rules = decide("手指头有点发麻，应该是夜里压着胳膊睡的，甩一甩就好了", age=50)
    assert urgency == "self_care" and "positional_pins_and_needles" in rules


def test_a_numb_hand_with_no_arm_slept_on_is_not_positional() -> None:
    assert "positional_numbness" not in current_codes("手有点发麻，没有压着胳膊睡")


# --- a breast lump in lay words, lower urinary symptoms in British idiom, blood on the loo roll -----------------------
@pytest.mark.parametrize("text", ["右边奶子上摸到一个黄豆大的硬疙瘩", "咪咪里长了个包"])
def test_a_lump_in_the_breast_in_lay_words_is_a_breast_symptom(text: str) -> None:
    assert "breast_symptoms" in current_codes(text)


def test_no_breast_lump_is_denied() -> None:
    assert "breast_symptoms" not in current_codes("咪咪里没有摸到疙瘩")


@pytest.mark.parametrize("text", [
    "getting up four times a night for the loo and the stream isn't what it used to be",
    "waterworks playing up, dribbling at the end",
])
def test_british_idioms_for_prostate_symptoms_are_urinary_symptoms(text: str) -> None:
    assert "urinary_symptoms" in current_codes(text)


def test_getting_up_at_night_for_the_baby_is_no_urinary_symptom() -> None:
    assert "urinary_symptoms" not in current_codes("up three times a night for the baby, the flow of visitors never stops")


def test_blood_on_the_loo_roll_is_rectal_bleeding() -> None:
    assert "rectal_bleeding" in current_codes("a bit of blood on the toilet roll after a hard poo")


# --- a spreading redness that has 'gone past the line' is not resolved --------------------------------------------------
def test_redness_that_has_gone_past_the_line_is_current() -> None:
    text = "I grazed my knee last week and now the skin round it is red, hot and swollen, it's gone past the pen line I drew"
    assert "skin_infection" in current_codes(text)


def test_a_rash_that_has_all_gone_is_still_resolved() -> None:
    assert "rash" not in current_codes("I had a rash on my arm last week, it's all gone now")


# --- seconds of blackout are not a thunderclap headache --------------------------------------------------------------
def test_seconds_after_a_blackout_do_not_make_a_thunderclap_headache() -> None:
    assert "thunderclap_headache" not in current_codes("撞了头，昏过去几秒钟，醒来说头疼")


def test_a_headache_peaking_in_seconds_is_still_thunderclap() -> None:
    assert "thunderclap_headache" in current_codes("头突然疼起来，几秒钟就疼到最厉害")
