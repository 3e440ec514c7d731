"""blind98 (fevers, rashes and infections at every age): the under-triaged emergencies and the urgent misses of the
first look, each read as a family, with the near misses that must not change. Three emergencies are label
disagreements left in KNOWN_MISSES (tests/unit/test_vignettes.py): cholangitis, pyelonephritis in pregnancy and an
adult's hot swollen knee with a fever, all urgent by their NHS/NICE pages."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide, fired

EMERGENT = ("emergency", "emergency_ambulance")


# (1) Green vomit said of the last few times ("sick 3 times and the last 2 were bright green"): NHS Diarrhoea and
# vomiting, green or yellow-green vomit is A&E or 999.
@pytest.mark.parametrize("text", [
    "my son has been sick 4 times, the last 3 were green",
    "threw up five times and the last 2 were bright green",
    "宝宝吐了好几次，最后两次吐的是绿水",
])
def test_vomit_said_green_of_the_last_few_times_is_green_vomit(text: str) -> None:
    urgency, rules = decide(text, age=1)
    assert urgency == "emergency" and "green_vomit" in rules


@pytest.mark.parametrize("text", ["been sick 3 times, the last 2 were just milk", "she was sick twice and the last 2 nappies were green"])
def test_the_last_few_vomits_not_green_or_green_nappies_are_not_green_vomit(text: str) -> None:
    assert "bilious_vomit" not in current_codes(text)
    assert "green_vomit" not in fired(text)


# (2) A diabetic's foot puncture gone black or smelly round the hole, with a fever (NICE NG19: ulceration with fever
# is a limb-threatening diabetic foot problem, refer immediately).
@pytest.mark.parametrize("text", [
    "diabetic, trod on a nail last week, the hole in my heel smells and I have a temp of 38.5",
    "type 1 diabetes, my sole has a black ring round the puncture and I've got a fever",
    "my dad is diabetic, stood on glass, now his foot is swollen with a dark rim around the cut, temperature 38.3",
])
def test_a_diabetic_foot_hole_gone_black_or_smelly_with_a_fever_is_an_emergency(text: str) -> None:
    urgency, rules = decide(text, age=60)
    assert urgency == "emergency" and "diabetic_foot_infection_fever" in rules


def test_the_same_foot_hole_without_a_fever_stays_urgent() -> None:
    urgency, rules = decide("diabetic, trod on a nail last week, the hole in my heel smells, no fever, no shivers", age=60)
    assert urgency == "urgent" and "diabetic_foot_wound" in rules


@pytest.mark.parametrize("text", ["diabetic, stepped on a pin, tiny hole in my foot, looks fine, no fever",
                                  "my toe has a black bruise round the nail after a football knock"])
def test_a_clean_puncture_or_a_bruised_toenail_is_not_a_foot_wound_going_bad(text: str) -> None:
    assert "foot_wound_unhealed" not in current_codes(text)


# (3) A cut, graze or wound with pain much worse than it looks, or black/purple skin or blisters near it, and a fever
# (NHS Necrotising fasciitis: call 999 or go to A&E).
@pytest.mark.parametrize("text", [
    "scraped my knee 2 days ago, now the leg is swollen with black patches and blisters, and a fever of 39",
    "cut my finger on a tin yesterday, it hurts way worse than it looks, hand swollen and I have a temperature",
    "腿上擦破点皮，现在肿起来，皮发紫发黑，发烧39度",
    "手上划了个小口子，比看着痛多了，整个手背红肿，还发烧",
    "脚上擦伤了，现在起了血泡，皮发黑，高烧寒战",
])
def test_a_wound_with_pain_out_of_proportion_or_dark_blistered_skin_and_a_fever_is_necrotising_fasciitis(text: str) -> None:
    urgency, rules = decide(text, age=40)
    assert urgency in EMERGENT and "necrotising_fasciitis_signs" in rules


@pytest.mark.parametrize("text", [
    "small cut on my hand, it's a bit sore, no fever, skin looks normal",
    "pinched my finger in the door, got a blood blister, no fever",
    "夹到手指起了个血泡，不发烧",
    "手上划了个小口子，有点痛，不发烧",
    "grazed my knee, sore, skin looks normal, temperature 38 with a cold",
    "dark circles under my eyes and a fever",
    "black eye after a fight and a temperature of 38",
])
def test_a_sore_cut_a_pinched_blood_blister_or_dark_eyes_are_not_necrotising_fasciitis(text: str) -> None:
    urgency, rules = decide(text, age=40)
    assert "necrotising_fasciitis_signs" not in rules
    assert urgency not in EMERGENT


# (4) After the birth: a fever with shivers or a racing heart, and fainting or nearly fainting (RCOG GTG64b: fever or
# rigors and a tachycardia are signs of sepsis after birth, an unwell woman goes to hospital; NICE NG51).
@pytest.mark.parametrize("text", [
    "had my baby 9 days ago, fever of 38.8, heart pounding and I nearly fainted getting out of bed",
    "gave birth 5 days ago, temp 39, shivering, I feel like I'm going to pass out",
    "产后第10天，发烧38.9，打寒战，心慌，站起来差点晕倒",
    "顺产第5天，高烧，心跳得很快，刚才差点晕过去",
])
def test_fever_with_shivers_or_a_racing_heart_and_near_fainting_after_the_birth_is_possible_sepsis(text: str) -> None:
    urgency, rules = decide(text, age=30)
    # With a pounding or racing heart, misread31a's fainting_with_palpitations (NHS Fainting: 999) fires too and
    # calls the ambulance; the postnatal sepsis rule still names the reason at its own level.
    assert urgency in ("emergency", "emergency_ambulance") and "postnatal_fever_rigors_faint" in rules
    assert (urgency == "emergency_ambulance") == ("fainting_with_palpitations" in rules)


@pytest.mark.parametrize("text", [
    "gave birth 10 days ago, temperature of 38, bit shivery, no fainting, not dizzy",
    "产后一周，有点低烧，没有晕，也不心慌",
    "gave birth 5 days ago, I nearly fainted in the shower, no fever",
    "fever of 38.8, shivering and I nearly fainted getting out of bed",
])
def test_a_postnatal_fever_without_fainting_or_a_faint_without_fever_or_birth_is_not_this_rule(text: str) -> None:
    assert "postnatal_fever_rigors_faint" not in fired(text)


# (5) Urinary readings: weeing loads that stings, 小便也痛 (NHS Urinary tract infections); with a fever the kidney
# infection rule (urgent) decides.
@pytest.mark.parametrize("text", ["been weeing loads and it stings", "peeing all the time and it burns", "小便也痛，发烧"])
def test_frequent_stinging_pee_and_painful_pee_said_with_also_are_urinary_symptoms(text: str) -> None:
    assert "urinary_symptoms" in current_codes(text)


def test_weeing_loads_and_stinging_with_a_fever_is_a_kidney_infection_urgent() -> None:
    urgency, rules = decide("been weeing loads and it stings, now temp 38.6, shivery, pain in my back on the right", age=36)
    assert urgency == "urgent" and "kidney_infection_signs" in rules


@pytest.mark.parametrize("text", ["my son has been really thirsty and peeing loads for weeks", "小便也不痛，就是腰酸"])
def test_thirst_with_much_peeing_or_a_pee_that_does_not_hurt_is_not_a_urinary_infection_reading(text: str) -> None:
    assert "urinary_symptoms" not in current_codes(text)


# (6) Blood inside a watery stool (NHS Diarrhoea and vomiting: bloody diarrhoea, urgent GP or 111).
@pytest.mark.parametrize("text", ["拉的稀便里面带血", "大便里面有血丝", "水样便里面带血"])
def test_blood_inside_the_stool_is_rectal_bleeding(text: str) -> None:
    assert "rectal_bleeding" in current_codes(text)


def test_diarrhoea_with_blood_inside_it_is_urgent() -> None:
    urgency, rules = decide("拉肚子两天，今天拉的水样便里面带血，发烧38度", age=42)
    assert urgency == "urgent" and "bloody_diarrhoea" in rules


def test_a_stool_without_blood_is_not_rectal_bleeding() -> None:
    assert "rectal_bleeding" not in current_codes("大便里面没有血")


# (7) Yellow fluid seeping from a caesarean wound (NHS Caesarean section, recovery: a discharge of liquid or pus).
def test_yellow_fluid_from_a_caesarean_wound_is_a_wound_infection() -> None:
    assert "wound_infection" in current_codes("剖腹产十天，刀口有黄水渗出来")
    assert "wound_infection" not in current_codes("剖腹产十天，刀口没有黄水渗出来，不红")


# (8) A visitor now covered in spots in pregnancy (NHS Chickenpox: pregnant and not had it, been near someone with it:
# urgent GP or 111).
def test_a_visitor_now_covered_in_spots_is_a_chickenpox_contact_in_pregnancy() -> None:
    text = "I'm 25 weeks pregnant, my friend's little boy stayed over and now he's covered in spots, never had chickenpox"
    assert "chickenpox" in current_codes(text)
    assert "chickenpox" not in current_codes("I'm 25 weeks pregnant and never had chickenpox, I'm fine, no contact with anyone ill")


# (9) Back from a big city of sub-Saharan Africa with a fever (NHS Malaria: urgent GP or 111).
@pytest.mark.parametrize("text", ["back from Accra last week, fever and shivering", "flew back from Kampala 2 weeks ago, temperature 38.5 and sweats"])
def test_a_fever_after_a_trip_to_an_african_city_with_malaria_is_urgent(text: str) -> None:
    urgency, rules = decide(text, age=38)
    assert urgency == "urgent" and "malaria_travel_fever" in rules


def test_back_from_lagos_and_well_is_not_urgent() -> None:
    urgency, rules = decide("back from Lagos on business, feel fine, just jet lagged", age=38)
    assert "malaria_travel_fever" not in rules and urgency not in ("urgent", *EMERGENT)
