"""misread32a: ten misreadings engineers noticed in earlier blind sets (five safety gaps, five over-triages), each read as
a family, with the near misses that must not change. The phrasings are new (not the noticed ones, except where a family's
first example is the one reported)."""

from __future__ import annotations

import pytest

from carebridge.tools.slots import parse_duration_days
from tests.triage_screen import current_codes, decide, fired, service_decide


# (1) A smell or pus from the stitches or a wound (NHS Episiotomy and perineal tears: a smelly discharge is a sign of
# infection; NHS Cuts and grazes): an infected wound (skin_infection, urgent), not the perineal stitches healing.
@pytest.mark.parametrize("text", [
    "had a second degree tear after birth, my stitches smell bad and there's pus",
    "episiotomy 8 days ago and now there's a horrible smell coming from my stitches",
    "my stitches down below smell awful",
    "pus coming out of my c-section wound",
    "the cut on my knee has pus in it now",
    "会阴伤口流脓了，生完孩子一周",
    "侧切的伤口有臭味，还流脓",
])
def test_a_smell_or_pus_from_stitches_or_a_wound_is_an_infected_wound(text: str) -> None:
    assert "wound_infection" in current_codes(text)
    urgency, rules = service_decide(text, 30, "F")
    assert urgency == "urgent" and "perineal_stitches_healing" not in rules


@pytest.mark.parametrize("text", [
    "my tears smell bad",
    "2nd degree tear with stitches, they don't smell bad and there's no pus, just sore",
    "episiotomy stitches sore, no pus, doesn't smell",
    "no smell from my stitches",
    "my stitches smell fine",
    "侧切伤口疼，没有脓，也没有臭味",
])
def test_tears_or_stitches_without_smell_or_pus_are_no_infected_wound(text: str) -> None:
    assert "wound_infection" not in current_codes(text)


def test_healing_stitches_stay_self_care() -> None:
    assert service_decide("2nd degree tear with stitches, sore when I sit, no pus, doesn't smell", 30, "F")[0] == "self_care"


# (2) A fever in the first two weeks after the birth (NICE NG194: same-day assessment; MSD Manual Infections after delivery):
# the urgent early_postnatal_fever rule.
@pytest.mark.parametrize("text", [
    "I had my baby 5 days ago and my temperature is 38.4",
    "gave birth 10 days ago and I've got a fever of 38.2",
    "day 6 after giving birth, feverish and achy",
    "产后第5天发烧38.4度",
    "生完孩子第七天，发烧了",
])
def test_a_fever_in_the_first_two_weeks_after_the_birth_is_urgent(text: str) -> None:
    urgency, rules = service_decide(text, 30, "F")
    assert urgency == "urgent" and "early_postnatal_fever" in rules


@pytest.mark.parametrize("text", [
    "gave birth 10 days ago, temperature 37.6",
    "had my baby 6 days ago, no fever, stitches sore",
    "had my baby 4 months ago and I have a fever and a cough",
    "产后第5天，不发烧，就是累",
])
def test_no_fever_or_a_fever_months_after_the_birth_is_not_the_postnatal_fever_rule(text: str) -> None:
    assert "early_postnatal_fever" not in service_decide(text, 30, "F")[1]


# (3) The droop named before the side of the face (NHS Stroke, FAST: the face may have dropped on one side).
@pytest.mark.parametrize("text", [
    "sudden drooping on one side of my face",
    "there's a droop on the right side of his face",
    "weakness on the left side of her face and slurred speech",
    "his face has fallen on one side",
    "drooping of one side of the mouth",
])
def test_a_droop_before_the_side_of_the_face_is_a_facial_droop(text: str) -> None:
    assert "face_droop" in current_codes(text)
    assert "stroke_signs" in fired(text)


@pytest.mark.parametrize("text", [
    "no drooping on one side of her face, speech fine",
    "my dad had a drooping on one side of his face years ago",
    "skin sagging on one side of my face with age",
])
def test_a_denied_past_or_ageing_droop_is_no_facial_droop(text: str) -> None:
    assert "face_droop" not in current_codes(text)


# (4) So sleepy a question barely gets an answer: a reduced response to voice (AVPU 'V'; NHS Sepsis: very sleepy or
# difficult to wake; NICE NG143 red), the altered_consciousness flag.
@pytest.mark.parametrize("text", [
    "he's so sleepy I can barely get an answer out of him",
    "she's so drowsy she hardly answers me",
    "barely answering, far too sleepy",
    "孩子很困，问话都不怎么答",
    "昏昏沉沉的，叫他也不太应",
    "问她话也不怎么回答，一直想睡",
])
def test_sleepy_and_barely_answering_is_reduced_consciousness(text: str) -> None:
    assert "confusion" in current_codes(text)
    assert "altered_consciousness" in fired(text)


@pytest.mark.parametrize("text", [
    "my teenager is moody and I can barely get a word out of him",
    "he's sleepy after his nap, answering normally",
    "孩子最近不爱说话，问话不怎么答",
    "睡得很好，叫他也会应",
])
def test_a_sulky_child_or_a_sleepy_one_who_answers_is_not_reduced_consciousness(text: str) -> None:
    assert "confusion" not in current_codes(text)


# (5) A nosebleed named by its noun first (NHS Nosebleed): one that stopped is self-care; a long one stays the red flag.
@pytest.mark.parametrize("text", ["鼻血流了两三分钟就停了", "早上鼻血流了一会儿，现在停了", "孩子鼻血止住了"])
def test_a_stopped_nosebleed_said_by_its_noun_is_self_care(text: str) -> None:
    assert "nosebleed" in current_codes(text)
    assert service_decide(text, 40, "F")[0] == "self_care"


@pytest.mark.parametrize("text", ["鼻血流了二十分钟还没止住", "鼻血流了快四十分钟了"])
def test_a_long_nosebleed_said_by_its_noun_stays_heavy_bleeding(text: str) -> None:
    assert "heavy_bleeding" in fired(text)


def test_a_denied_nosebleed_is_none() -> None:
    assert "nosebleed" not in current_codes("没有鼻血，就是鼻子干")


# (6) Tablets got out or ready for the next dose are no suicide means made ready; real means and plans stay.
@pytest.mark.parametrize("text", [
    "降压药拿出来了，准备吃",
    "药拿出来了，准备吃",
    "感冒药买好了，晚上吃",
    "got my tablets ready, about to take them with breakfast",
    "my pills are sorted for the week in the dosette box",
])
def test_a_dose_about_to_be_taken_is_no_suicidal_intent(text: str) -> None:
    assert "suicidal" not in current_codes(text)
    assert "suicidal_intent" not in fired(text)


@pytest.mark.parametrize("text", [
    "活着太累，我把农药拿出来了",
    "安眠药都藏好了",
    "药都准备好了，打算全吃了",
    "真的撑不住了，药都准备好了，打算今晚就了结",
    "pills are lined up, I can't go on",
    "the tablets are ready, I'm going to take them all tonight",
])
def test_means_made_ready_stay_suicidal_intent(text: str) -> None:
    assert "suicidal_intent" in fired(text)


# (7) Seizures named as what a medicine controls are history (NHS What to do if someone has a seizure: 999 for a seizure
# happening now); a seizure told beside it stays.
@pytest.mark.parametrize("text", [
    "no rash, it controls my seizures",
    "my seizures are well controlled on keppra",
    "my seizure medication makes me tired",
    "I take lamotrigine for my seizures, can I take ibuprofen?",
    "这个药控制抽搐的，吃了以后没起疹子",
    "我吃的药能控制癫痫发作，现在有点感冒",
])
def test_seizures_a_medicine_controls_are_no_seizure_now(text: str) -> None:
    assert "seizure" not in current_codes(text)
    assert "seizure" not in fired(text)


@pytest.mark.parametrize("text", [
    "had a seizure this morning even though I take tablets for my epilepsy",
    "the medication isn't controlling my seizures, I had 3 this week",
    "药没控制住抽搐，今天又抽了两次",
    "he's having a seizure now, he takes keppra for his fits",
])
def test_a_seizure_now_beside_its_medicine_stays_a_seizure(text: str) -> None:
    assert "seizure" in current_codes(text)


# (8) A lower-right place said of a tooth, the gum or the jaw is the mouth's, not the right lower abdomen.
@pytest.mark.parametrize("text", [
    "toothache back bottom right",
    "my bottom right molar hurts",
    "wisdom tooth pain lower right",
    "gum swollen at the bottom right",
    "pain in my lower right jaw",
])
def test_a_lower_right_tooth_or_jaw_is_not_right_lower_abdominal_pain(text: str) -> None:
    assert "rlq_pain" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "toothache, and pain bottom right of my tummy",
    "sharp pain bottom right, been sick",
    "pain in the lower right of my tummy",
])
def test_lower_right_belly_pain_stays(text: str) -> None:
    assert "rlq_pain" in current_codes(text)


# (9) blind106 t106z-003: pinpoint red dots where cooking oil spattered are the burn's marks (NHS Burns and scalds), not
# petechiae; dots said purple, or that do not fade under a glass, stay the non-blanching rash.
@pytest.mark.parametrize("text", [
    "油崩到手上了，好几个针尖大的小红点",
    "炒菜的时候热油溅手背上，几个针尖大的红点，没起泡",
    "oil spat at me while frying, a few pinpoint red dots on my hand, no blisters",
])
def test_pinpoint_dots_from_spattered_oil_are_a_minor_burn(text: str) -> None:
    codes = current_codes(text)
    assert "burn" in codes and "nonblanching_rash" not in codes
    assert service_decide(text, 45, "F")[0] == "self_care"


@pytest.mark.parametrize("text", [
    "烫伤了，身上还有压不褪色的紫色小点",
    "burnt my hand on the oven, also tiny purple spots on his legs that don't fade with a glass",
    "孩子身上几个针尖大的小红点，发烧",
])
def test_purple_or_glass_test_dots_stay_a_non_blanching_rash(text: str) -> None:
    assert "nonblanching_rash" in current_codes(text)


# (10) Pain on and off for years with this episode dated: the episode's length is the duration.
@pytest.mark.parametrize(("text", "days"), [
    ("I've had back pain on and off for years, flared up 3 days ago", 3),
    ("neck pain comes and goes for months, this time since last week", 7),
    ("knee pain for years on and off, flared up 2 days ago", 2),
    ("腰疼好几年了，时好时坏，这次三天前犯的", 3),
])
def test_an_episode_dated_after_years_on_and_off_is_the_duration(text: str, days: float) -> None:
    assert parse_duration_days(text) == days


@pytest.mark.parametrize("text", [
    "back pain on and off for years",
    "back pain for 2 years, worse the last 3 days",
])
def test_years_without_a_dated_flare_stay_the_duration(text: str) -> None:
    assert parse_duration_days(text) >= 365


def test_a_flare_of_long_standing_back_pain_is_self_care_as_a_new_strain() -> None:
    assert service_decide("I've had back pain on and off for years, flared up 3 days ago", 40, "F") == ("self_care", {"back_or_neck_strain"})
    assert decide("I've had back pain on and off for years, flared up 3 days ago", 40)[0] in ("self_care", "routine")


# (5, follow-up) Nosebleeds that keep coming back are a GP's (NHS Nosebleed: see a GP if you get nosebleeds often), not the
# self-care of one that stopped (blind100 t100z-030); in pregnancy they are common and minor (NHS pregnancy guide).
@pytest.mark.parametrize("text", [
    "这个月流了三四回鼻血，捏一会儿就止住了",
    "经常流鼻血，每次几分钟就停",
    "he keeps getting nosebleeds, they stop in a few minutes",
    "had 3 nosebleeds this week, all stopped with pinching",
])
def test_nosebleeds_that_keep_coming_back_are_not_self_care(text: str) -> None:
    assert "nosebleeds_often" in current_codes(text)
    assert service_decide(text, 30, "M")[0] == "routine"


@pytest.mark.parametrize("text", ["had a nosebleed this morning, it stopped after 5 minutes", "鼻血流了两三分钟就停了"])
def test_one_stopped_nosebleed_is_not_often(text: str) -> None:
    assert "nosebleeds_often" not in current_codes(text)


def test_nosebleeds_in_pregnancy_that_stop_are_self_care() -> None:
    assert service_decide("20 weeks pregnant and keep getting nosebleeds, they stop with pinching", 30, "F") == (
        "self_care", {"pregnancy_nosebleeds"})
