"""fold-t143: blind143 folded in: each class with its look-alikes (negated, past, someone else, harmless cousins)."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide, fired, service_decide

# --- 1. a cut still bleeding through a cloth after minutes of pressing (NHS Cuts and grazes: A&E if the bleeding has not
#        stopped after 10 minutes of pressure): t143e-015 ---


@pytest.mark.parametrize("text", [
    "40 year old man cut his palm on a broken glass while washing up, it's deep and still bleeding through the tea towel "
    "after 15 mins of pressing, and he can't fully bend his ring finger.",
    "my son cut his knee, it kept bleeding through the kitchen roll after twenty minutes of pressure",
    "sliced my thumb, still bleeding through the tea towel after about 10 minutes of firm pressure",
    "手掌被玻璃划了很深的口子，用毛巾按了15分钟还在往外渗血",
])
def test_a_cut_still_bleeding_after_minutes_of_pressing_is_a_and_e(text: str) -> None:
    assert decide(text, 40) == ("emergency", {"heavy_bleeding"})


@pytest.mark.parametrize("text", [
    "cut my finger, still bleeding a bit but it stopped after 10 mins of pressing",
    "cut my finger on a knife, bled through a plaster, stopped with 5 minutes of pressure, not deep",
    "手指划破了，用纸巾按了几分钟就不出血了",
])
def test_a_cut_that_stopped_with_pressure_is_not_heavy_bleeding(text: str) -> None:
    assert "heavy_bleeding" not in fired(text)


# --- 2. a thunderclap headache told without a someone (NHS Subarachnoid haemorrhage: 999): t143e-008 ---


def test_thunderclap_headache_with_vomiting_and_stiff_neck_is_an_ambulance() -> None:
    text = ("probably nothing but my husband (45) got a headache at the gym about an hour ago, he said it was like being hit "
            "with a bat, worst he's ever had and came on in seconds. he's been sick twice and says the light hurts and his "
            "neck is stiff.")
    urgency, rules = decide(text, 45)
    assert urgency == "emergency_ambulance" and "subarachnoid_haemorrhage_signs" in rules


@pytest.mark.parametrize("text", [
    "got a headache at the gym, like being hit with a bat",
    "headache came on in seconds, worst I've ever had",
    "my headache is the worst one I have ever had",
])
def test_thunderclap_words_are_read(text: str) -> None:
    assert "thunderclap_headache" in current_codes(text)


@pytest.mark.parametrize("text", [
    "got hit with a bat playing rounders, now a headache",
    "usual tension headache, not the worst I've ever had, came on slowly",
    "I get headaches, this one is not like being hit with a hammer, just dull",
    "my husband had the worst headache he's ever had ten years ago, today he's fine",
])
def test_thunderclap_look_alikes(text: str) -> None:
    assert "thunderclap_headache" not in current_codes(text)


# --- 3. a curtain rising from an edge of one eye after flashes and floaters: retinal detachment (A&E, not the stroke
#        ambulance): t143e-013 ---


@pytest.mark.parametrize("text", [
    "60M, very short sighted. Yesterday started seeing loads of new floaters and little flashes in the corner of my left "
    "eye, thought it was tiredness. This morning theres like a dark curtain coming up from the bottom of that eye.",
    "a dark shadow creeping in from the side of my right eye since this morning",
])
def test_a_curtain_from_the_edge_of_one_eye_is_retinal_detachment(text: str) -> None:
    assert decide(text, 60) == ("emergency", {"retinal_detachment"})


@pytest.mark.parametrize("text", [
    "no shadow coming up from the bottom of my eye, just a few floaters I have had for years",
    "I closed the curtains at the side of the window and my eye feels fine",
])
def test_curtain_look_alikes(text: str) -> None:
    assert "retinal_detachment_signs" not in current_codes(text)


# --- 4. PID symptoms with a temperature stated under 38: urgent GP (NHS Pelvic inflammatory disease); a very high
#        temperature, shivers or being sick stay A&E: t143z-022 ---


@pytest.mark.parametrize("text", [
    "31岁女，下腹两边隐隐作痛几天了，白带变多发黄有异味，今天有点发烧37.9，同房时也疼。",
    "下腹两边隐隐作痛，白带发黄有异味，有点低烧37.6",
    "24 year old, lower tummy pain on both sides for 4 days, new smelly discharge, pain during sex",
])
def test_pid_symptoms_without_a_high_temperature_are_urgent_gynaecology(text: str) -> None:
    urgency, rules = service_decide(text, age=30, sex="F")
    assert (urgency, rules) == ("urgent", {"pid_symptoms"})


def test_pid_with_a_low_temperature_goes_to_gynaecology() -> None:
    from tests.triage_screen import department_group
    assert department_group("31岁女，下腹两边隐隐作痛几天了，白带变多发黄有异味，今天有点发烧37.9，同房时也疼。", 31) == "妇产科"


@pytest.mark.parametrize("text, rule", [
    ("小肚子两边疼了两天，白带发黄有异味，还发烧38度8", "pid_with_fever_or_vomiting"),
    ("pain low down in my tummy for 2 days, smelly discharge and a temperature of 38.5", "pid_with_fever_or_vomiting"),
    ("lower tummy pain, smelly yellow discharge, temperature 37.6 but I keep being sick", "pid_low_temperature_with_shivers_or_vomiting"),
    ("下腹疼，白带发黄有臭味，有点发烧，浑身发冷打哆嗦，体温37.8", "pid_low_temperature_with_shivers_or_vomiting"),
])
def test_pid_with_a_high_temperature_shivers_or_sickness_stays_a_and_e(text: str, rule: str) -> None:
    assert decide(text) == ("emergency", {rule})


@pytest.mark.parametrize("text", [
    "下腹疼，白带发黄有臭味，体温37.6，不吐，也不发冷",
    "weird discharge and a bit itchy, no pain, no temperature",
    "white discharge from my penis, stings to pee, tummy ache and a temperature of 37.6",
])
def test_pid_look_alikes_are_not_the_red_flag(text: str) -> None:
    assert not {"pid_with_fever_or_vomiting", "pid_low_temperature_with_shivers_or_vomiting"} & fired(text)


def test_ovulation_pain_with_more_discharge_is_not_pid() -> None:
    text = "我27岁，每个月两次月经中间那几天，一侧小肚子会隐隐疼半天到一天，白带变多像蛋清，这次又开始了，不发烧，月经很规律。"
    assert "pid_symptoms" not in service_decide(text, age=27, sex="F")[1]


# --- 5. the burst blood vessel told as a patch of blood (NHS Subconjunctival haemorrhage): t143e-045 ---


@pytest.mark.parametrize("text", [
    "woke up with a bright red patch of blood on the white of my eye, doesn't hurt, vision normal",
    "a red spot of blood in the white of her left eye after a coughing fit",
])
def test_a_patch_of_blood_on_the_white_of_the_eye_is_a_burst_vessel(text: str) -> None:
    assert decide(text, 40) == ("self_care", {"burst_blood_vessel_in_eye"})


def test_blood_from_an_injured_eye_is_not_the_burst_vessel() -> None:
    assert "subconj_haemorrhage" not in current_codes("a patch of blood on my shirt, my eye is fine")


# --- 6. acne not helped by the chemist's treatment (NHS Acne: see a GP): t143e-030 ---


def test_spotty_back_with_benzoyl_peroxide_no_better_is_routine_dermatology() -> None:
    from tests.triage_screen import department_group
    text = "28 yo male, spotty back and shoulders with some painful lumps, tried benzoyl peroxide wash from the chemist for 3 months, no better."
    assert service_decide(text, age=28, sex="M")[0] == "routine"
    assert department_group(text, 28) == "皮肤科"


@pytest.mark.parametrize("text", [
    "spotty face, using benzoyl peroxide for 2 weeks and it is getting better",
])
def test_acne_helped_by_pharmacy_treatment_stays_self_care(text: str) -> None:
    assert "skin_treatment_not_helped" not in current_codes(text) and "acne" in current_codes(text)


def test_chickenpox_spots_on_the_back_are_not_acne() -> None:
    assert "acne" not in current_codes("chickenpox spots all over his back, itchy")


# --- 7. today taking over from last night: palpitations told of today are current, the coffee stays their cause
#        (NHS Heart palpitations: caffeine is a common trigger): t143z-038 ---


@pytest.mark.parametrize("text", [
    "32岁男，昨晚熬夜加班喝了三杯浓咖啡，今天偶尔感觉心跳咯噔一下、快几下，几秒钟就好了，没有胸痛、没晕，平时身体好。",
    "昨晚喝了好几杯浓咖啡，今天心脏时不时扑腾一下，一会儿就好了",
    "drank 5 coffees last night, today my heart skips now and then, settles in seconds",
])
def test_caffeine_palpitations_told_of_today_are_self_care(text: str) -> None:
    assert service_decide(text, age=32, sex="M") == ("self_care", {"caffeine_palpitations"})


def test_palpitations_with_chest_pain_after_coffee_are_not_self_care() -> None:
    assert decide("昨晚喝了三杯浓咖啡，今天心跳咯噔一下，还胸口疼", 32)[0] == "emergency"


def test_an_episode_dated_last_night_that_settled_stays_past() -> None:
    # no day word brings it back to today: the resolved-episode reading is unchanged ("突然" dates nothing)
    assert "palpitations" not in current_codes("昨晚突然心跳咯噔一下，几秒钟就好了")


# --- 8. a known migraine's usual aura, and migraines five or more days a month (NHS Migraine: see a GP): t143e-026 ---


@pytest.mark.parametrize("text", [
    "46 y/o female, has had migraines since her teens, same as always with zigzag lights then one sided headache, but now "
    "getting them 5-6 times a month and wants to talk about a preventer.",
    "偏头痛跟以前一样，最近一个月犯五六次，想开点预防的药",
    "getting headaches 8 days a month for the last year",
])
def test_frequent_migraines_are_a_routine_gp_visit(text: str) -> None:
    assert service_decide(text, age=46, sex="F")[0] == "routine"


@pytest.mark.parametrize("text", [
    "my usual migraine, zigzag lights then the headache, like always",
    "偏头痛跟以前一样，一年犯两三次",
])
def test_an_occasional_usual_migraine_stays_self_care(text: str) -> None:
    assert service_decide(text, age=46, sex="F") == ("self_care", {"migraine_as_usual"})


def test_a_preventer_inhaler_is_not_a_migraine_preventer() -> None:
    assert "migraine_frequent" not in current_codes("I have a headache and a cough, my friend takes a preventer inhaler for asthma")


def test_a_new_loss_of_sight_with_the_usual_migraine_is_still_the_stroke_sign() -> None:
    text = "my usual migraine but this time the zigzag lights have not gone after 2 days and I cannot see properly out of one eye"
    assert decide(text, 46)[0] == "emergency_ambulance"
