"""blind104 (pregnancy, the weeks after birth and women's health): the four English emergencies of the first look that
were under-triaged, each read as a family, with the near misses that must not change. The rules existed
(postpartum_heavy_bleeding, reduced_fetal_movements, pregnancy_preeclampsia_signs); the words did not reach them,
except for severe ovarian hyperstimulation after IVF, which had no rule."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide, service_decide

EMERGENT = ("emergency", "emergency_ambulance")


# (1) A pad soaked within the hour and clots compared with a palm or a fist after the birth (NHS Your post-pregnancy
# body; RCOG GTG52), and a heart "going like mad" with it (bleeding with shock signs: an ambulance).
@pytest.mark.parametrize("text", [
    "had my baby 6 days ago, I've filled a maternity pad in 30 mins and passed a clot as big as a golf ball",
    "gave birth last week, just soaked through a night pad within half an hour",
    "had my daughter 5 days ago and I'm passing clots bigger than my fist",
])
def test_a_pad_soaked_within_the_hour_or_big_clots_after_the_birth_is_postpartum_bleeding(text: str) -> None:
    urgency, rules = decide(text)
    assert urgency in EMERGENT and "postpartum_heavy_bleeding" in rules


def test_the_same_bleeding_with_a_heart_going_like_mad_calls_the_ambulance() -> None:
    urgency, rules = decide("4 days since the birth, soaked a pad in 40 mins and my heart is going like mad")
    assert urgency == "emergency_ambulance" and "bleeding_with_shock" in rules


@pytest.mark.parametrize("text", [
    "2 weeks since the birth, I change my pad every 4 hours and it's getting lighter",
    "period as usual, one clot as big as a pea this morning",
    "my heart was going like mad at the concert last night, fine now",
])
def test_ordinary_bleeding_small_clots_or_excitement_are_not_heavy_bleeding(text: str) -> None:
    codes = current_codes(text)
    assert "heavy_bleeding" not in codes


# (2) "baby has hardly moved" / "hasn't kicked" (NHS Your baby's movements; RCOG GTG57): movements said in the past tense.
@pytest.mark.parametrize("text", [
    "I'm 34 weeks and the baby has hardly moved today",
    "33 weeks pregnant, baby hasn't really kicked since last night",
])
def test_baby_that_has_hardly_moved_is_reduced_movements(text: str) -> None:
    urgency, rules = decide(text)
    assert urgency == "emergency" and "reduced_fetal_movements" in rules


def test_a_baby_moving_as_usual_is_not_reduced_movements() -> None:
    assert "reduced_fetal_movements" not in current_codes("I'm 34 weeks, baby has moved loads today, kicking away")


# (3) "36 wks with twins." opening the message is the pregnancy (then a headache with flashing lights is pre-eclampsia:
# NICE NG133, NHS Pre-eclampsia); "like I'm 6 months gone" is a simile for a swollen tummy, not a pregnancy.
def test_weeks_with_twins_is_a_pregnancy_and_headache_with_flashing_lights_is_pre_eclampsia() -> None:
    urgency, rules = decide("35 wks with twins. bad headache today and seeing flashing lights")
    assert urgency == "emergency" and "pregnancy_preeclampsia_signs" in rules


@pytest.mark.parametrize("text", ["my tummy is so bloated I look like im 6 months gone",
                                  "belly swollen like I'm 5 months gone after that curry"])
def test_looking_months_gone_is_not_a_pregnancy(text: str) -> None:
    assert "pregnancy" not in current_codes(text)


def test_months_gone_said_plainly_is_still_a_pregnancy() -> None:
    assert "pregnancy" in current_codes("I'm 6 months gone and my ankles are puffy")


# (4) Ovarian hyperstimulation after egg collection (RCOG Green-top 5 and its leaflet): a swollen tummy with little
# urine or breathlessness is severe (hospital); with pain and vomiting only, moderate (the fertility unit today);
# a little bloating is mild (looked after at home); IVF years ago is no context.
@pytest.mark.parametrize("text", [
    "egg retrieval 4 days ago, my belly is really swollen and I've barely peed since this morning",
    "had my eggs collected on monday for ICSI, tummy swollen up and I'm getting breathless lying down",
    "取卵后第四天，肚子胀得厉害，今天尿很少",
])
def test_swelling_with_little_urine_or_breathlessness_after_egg_collection_is_severe_ohss(text: str) -> None:
    urgency, rules = decide(text)
    assert urgency == "emergency" and "ohss_severe_signs" in rules


def test_swelling_with_pain_and_vomiting_after_egg_collection_is_urgent() -> None:
    urgency, rules = decide("egg collection 2 days ago, tummy swollen and sore and I've been sick twice")
    assert urgency == "urgent" and "ohss_signs" in rules


@pytest.mark.parametrize("text", [
    "egg collection 3 days ago, a bit bloated, weeing normally, no trouble breathing",
    "I did IVF two years ago, now a bit bloated after dinner and hardly weeing because I've not been drinking",
])
def test_mild_bloating_after_egg_collection_or_ivf_long_ago_is_not_ohss(text: str) -> None:
    urgency, rules = service_decide(text, 33, "F")
    assert not rules & {"ohss_signs", "ohss_severe_signs"}
