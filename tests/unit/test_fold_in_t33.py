"""The blind-33 triage round (long-term conditions and medicine lists beside healthy people with the same
symptoms): a medicine or a condition that changes urgency (a sore throat on carbimazole, vomiting with
Addison's disease), uncomplicated cystitis in a woman a pharmacist can treat, and lexicon gaps that made a
thrush itch in pregnancy the obstetric-cholestasis itch and left a DVT,
otitis externa, eczema, ringworm, period cramps and a breast lump unread. Each is written other ways than
the vignette, next to look-alikes that must stay as they were.
"""

from __future__ import annotations

import pytest

from carebridge.tools.triage_engine import decide_urgency, extract_findings, patient_facts
from tests.triage_screen import current_codes as _codes
from tests.triage_screen import decide as _decide
from tests.triage_screen import fired as _fired


def _decide_for(text: str, age: float, sex: str | None) -> tuple[str, set[str]]:
    found = extract_findings(text)
    facts = patient_facts({"age_years": age, "sex": sex}, None, found)
    urgency, _, reasons = decide_urgency(found.present, facts)
    return urgency, {r.id for r in reasons}


# --- carbimazole / propylthiouracil: a sore throat, mouth ulcers or a temperature is urgent (MHRA/CSM, NHS Carbimazole)
@pytest.mark.parametrize("text", [
    "I've been on carbimazole for 2 months and now I have a sore throat and a temperature",
    "my wife takes propylthiouracil for her thyroid, she has mouth ulcers and feels shivery",
    "吃甲巯咪唑一个多月了，这两天嗓子痛，发烧38度",
    "在吃他巴唑，今天嘴里长了好几个溃疡，咽口水疼",
])
def test_infection_signs_on_an_antithyroid_drug_are_urgent(text: str) -> None:
    urgency, rules = _decide(text, age=40)
    assert urgency == "urgent"
    assert "infection_signs_on_antithyroid_drug" in rules


@pytest.mark.parametrize("text", [
    "sore throat and a temperature since yesterday",      # no antithyroid drug: a cold
    "嗓子痛两天，低烧37.5",
])
def test_the_same_sore_throat_without_the_drug_is_not_that_rule(text: str) -> None:
    urgency, rules = _decide(text, age=30)
    assert "infection_signs_on_antithyroid_drug" not in rules
    assert urgency == "self_care"


def test_carbimazole_with_no_sore_throat_or_fever_is_not_urgent() -> None:
    assert _decide("started carbimazole 5 weeks ago, no sore throat, no fever, feeling well", age=35)[0] != "urgent"
    assert _decide("吃甲巯咪唑三个月了，嗓子不痛，也没发烧", age=35)[0] != "urgent"


# --- adrenal crisis: vomiting, collapse or confusion with Addison's / adrenal insufficiency (Society for Endocrinology)
@pytest.mark.parametrize("text", [
    "I have Addison's disease and I've been being sick all morning",
    "my son has adrenal insufficiency, he's vomiting and very drowsy",
    "我有艾迪生病，从早上开始一直吐",
    "我妈肾上腺皮质功能减退，今天迷迷糊糊说胡话",
])
def test_vomiting_or_confusion_with_adrenal_insufficiency_is_an_ambulance(text: str) -> None:
    assert "adrenal_crisis" in _fired(text)
    assert _decide(text, age=40)[0] == "emergency_ambulance"


@pytest.mark.parametrize("text", [
    "I have Addison's, I've got a cold and a temperature, no vomiting",
    "I have Addison's disease, I'm well, just asking about my hydrocortisone dose",
    "我有艾迪生病，有点感冒，没有吐",
    "vomiting since this morning, I have type 2 diabetes",  # vomiting without adrenal insufficiency
])
def test_adrenal_crisis_needs_both_the_condition_and_a_crisis_sign(text: str) -> None:
    assert "adrenal_crisis" not in _fired(text)


# --- uncomplicated cystitis in a woman 16-64: a pharmacist can treat it (NHS UTIs, NICE NG109)
@pytest.mark.parametrize("text", [
    "It burns when I pee and I'm going all the time since yesterday, no fever, no back pain",
    "尿频尿痛一天了，没发烧，腰也不疼",
])
def test_uncomplicated_cystitis_in_a_woman_is_self_care(text: str) -> None:
    assert _decide_for(text, 30, "F") == ("self_care", {"uncomplicated_cystitis_woman"})


@pytest.mark.parametrize(("text", "age", "sex"), [
    ("It burns when I pee and I'm going all the time, no fever", 30, "M"),      # a man: GP
    ("It burns when I pee and I'm going all the time, no fever", 30, None),     # sex not known
    ("It burns when I pee and I'm going all the time, no fever", 70, "F"),      # 65 or over
    ("burning when I pee and now a temp of 38.6 and shivery", 30, "F"),         # fever
    ("尿频尿痛两天，尿里有血", 30, "F"),                                             # blood
    ("I'm 20 weeks pregnant and it burns when I pee", 30, "F"),                # pregnant
])
def test_cystitis_outside_the_pharmacy_group_is_not_self_care(text: str, age: float, sex: str | None) -> None:
    assert _decide_for(text, age, sex)[0] != "self_care"


# --- an itch "down below" is vulval (NHS Thrush), not the itch of obstetric cholestasis
@pytest.mark.parametrize("text", [
    "22 weeks pregnant and really itchy down below with a thick white discharge",
    "I'm 30 weeks pregnant, sore and itchy down there",
])
def test_a_vulval_itch_in_pregnancy_is_not_the_cholestasis_itch(text: str) -> None:
    assert "gyn_symptoms" in _codes(text)
    assert "itching_in_pregnancy" not in _decide(text, age=28)[1]


def test_itchy_palms_in_pregnancy_still_is_the_cholestasis_itch() -> None:
    assert "itching_in_pregnancy" in _decide("32 weeks pregnant and the palms of my hands are so itchy", age=30)[1]


# --- one calf bigger than the other (NHS DVT)
@pytest.mark.parametrize("text", [
    "my left calf has been aching and is now noticeably bigger than the right",
    "his right leg looks fatter than the other one and it's warm",
])
def test_one_calf_bigger_than_the_other_is_a_possible_dvt(text: str) -> None:
    assert "leg_swelling_one" in _codes(text)
    assert _decide(text, age=41) == ("urgent", {"possible_dvt"})


def test_an_arm_bigger_than_the_other_is_not_a_swollen_leg() -> None:
    assert "leg_swelling_one" not in _codes("my left arm is bigger than the right one from the gym")


# --- earache when the ear is pulled (NHS Otitis externa)
@pytest.mark.parametrize("text", ["游泳后右耳朵痒，扯耳朵更痛", "拉一下耳朵就疼", "it hurts when I pull my ear since swimming"])
def test_pain_on_pulling_the_ear_is_earache(text: str) -> None:
    assert "ear_pain" in _codes(text)


# --- eczema (NHS Atopic eczema), ringworm (NHS Ringworm), a breast lump, period cramps (NHS Period pain)
@pytest.mark.parametrize("text", ["宝宝脸上皮肤干、发红、粗糙", "孩子胳膊上长了湿疹", "皮肤有点干，起皮"])
def test_dry_red_rough_skin_is_read_as_a_rash(text: str) -> None:
    assert "rash" in _codes(text)


@pytest.mark.parametrize("text", ["大腿内侧长了一块圆形红圈，边上一圈起皮，很痒", "a red ring on my arm with a scaly edge, itchy"])
def test_a_red_ring_with_a_scaly_edge_is_a_fungal_skin_infection(text: str) -> None:
    assert "fungal_skin" in _codes(text)


@pytest.mark.parametrize("text", [
    "found a tick on my thigh, now there's a round red rash around the spot, paler in the middle",
    "被蜱虫咬过的地方出现一圈圆形红斑，中间淡",
])
def test_a_ring_rash_after_a_tick_bite_is_not_ringworm(text: str) -> None:
    assert "fungal_skin" not in _codes(text)


def test_dry_cracked_peeling_red_spots_without_a_ring_are_not_ringworm() -> None:
    assert "fungal_skin" not in _codes("手上反复起红疹子，干得裂口子脱皮，很痒")


def test_a_breast_lump_with_its_place_and_size_said_first_is_read() -> None:
    assert "breast_symptoms" in _codes("洗澡时摸到左边乳房外上方有个黄豆大的硬疙瘩")


@pytest.mark.parametrize("text", [
    "really bad cramps on the first day or two of my period",
    "she gets awful pains on the first couple of days of her period",
])
def test_cramps_on_the_first_days_of_a_period_are_period_pain(text: str) -> None:
    assert "period_pain" in _codes(text)
