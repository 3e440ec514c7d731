"""blind65 (a representative week) and the 999-or-A&E line for bleeding: what the first look missed, read for what
it says, with the near-misses that must not change."""

from __future__ import annotations

import pytest

from carebridge.tools.slots import parse_duration_days
from tests.triage_screen import current_codes, decide


@pytest.mark.parametrize("text", [
    "slipped with the angle grinder, blood is spurting out of my forearm in pulses",
    "put my hand through a window and the blood is pumping out of my wrist",
    "the cut on his leg is squirting blood every time his heart beats",
    "there are jets of bright red blood coming from the gash on her arm",
    "被碎玻璃划到大腿，伤口出血呈喷射状",
    "电锯割到小腿了，血一股一股往外喷",
    "手腕割破了，血直往外飙出来",
])
def test_blood_pumping_or_spurting_from_a_wound_calls_the_ambulance(text: str) -> None:
    urgency, rules = decide(text, age=40)
    assert urgency == "emergency_ambulance" and "arterial_bleeding" in rules


@pytest.mark.parametrize("text", [
    "cut my palm on a glass, it's deep and still soaking through the tea towel after 15 minutes",
    "my nose has been pouring blood for 30 minutes even with pinching",
    "my heart is pumping and I feel shaky after the coffee",
    "宝宝喷射状呕吐了两次",
    "手指划了个小口子，按了一会就不流血了",
])
def test_heavy_bleeding_without_spurting_is_not_arterial(text: str) -> None:
    assert "arterial_bleeding" not in decide(text, age=40)[1]


@pytest.mark.parametrize("text", [
    "I'm 36 weeks pregnant, there's bleeding and my bump has gone rock hard and keeps hurting",
    "怀孕33周，下面出血了，肚子硬邦邦的一直疼不松",
])
def test_bleeding_with_a_hard_womb_late_in_pregnancy_calls_the_ambulance(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "emergency_ambulance" and "late_pregnancy_bleeding_with_hard_womb" in rules


@pytest.mark.parametrize("text", [
    "I'm 36 weeks pregnant, my bump goes tight for a minute and then relaxes, no bleeding",
    "怀孕33周，肚子偶尔发紧一会儿就软了，没有出血",
])
def test_a_bump_that_tightens_and_relaxes_without_bleeding_is_not(text: str) -> None:
    assert "late_pregnancy_bleeding_with_hard_womb" not in decide(text, age=30)[1]


def test_a_fingertip_cut_off_still_bleeding_heavily_calls_the_ambulance() -> None:
    urgency, rules = decide("my husband has taken the tips off two of his fingers with the saw and it's bleeding a lot through the towel", age=50)
    assert urgency == "emergency_ambulance" and "amputation_with_heavy_bleeding" in rules
    urgency, rules = decide("电锯把手指头锯掉一截，血按着也止不住", age=50)
    assert urgency == "emergency_ambulance" and "amputation_with_heavy_bleeding" in rules


def test_a_fingertip_cut_off_with_the_bleeding_stopped_stays_an_emergency() -> None:
    urgency, rules = decide("切菜把指尖切掉一小块，按了一会血已经止住了，断的那块装起来了", age=40)
    assert urgency == "emergency" and "traumatic_amputation" in rules and "amputation_with_heavy_bleeding" not in rules
    assert "amputation" not in current_codes("I nearly took the ends off two of my fingers but only grazed them")


@pytest.mark.parametrize("text", [
    "儿子两边耳朵下面都肿起来了，吃东西疼，有点低烧",
    "孩子左边耳朵前下方腮帮子鼓起来了，说张嘴疼",
    "my son's face is swollen just below both ears and it hurts him to chew",
    "I think she has mumps, her cheeks are puffed out in front of her ears",
])
def test_swelling_under_the_ears_is_possible_mumps_not_the_testicles(text: str) -> None:
    urgency, rules = decide(text, age=8)
    assert urgency == "urgent" and "mumps_signs" in rules
    assert "testicular_pain" not in current_codes(text)


@pytest.mark.parametrize("text", ["儿子说他下面疼，还有点肿", "儿子裤裆那里疼得厉害"])
def test_a_boy_s_pain_down_below_is_still_read_as_the_testicles(text: str) -> None:
    assert "testicular_pain" in current_codes(text)


def test_mumps_vaccine_talk_is_not_mumps() -> None:
    assert "mumps_signs" not in current_codes("he had his MMR, the measles mumps and rubella jab, last week")
    assert "mumps_signs" not in current_codes("孩子打了腮腺炎疫苗，胳膊有点红")


@pytest.mark.parametrize("text", [
    "右边腰上长了一片小水泡，连成一条带子，火辣辣地疼",
    "背上的疹子排成了一条线，一碰就疼",
])
def test_blisters_in_a_band_are_possible_shingles(text: str) -> None:
    assert decide(text, age=63) == ("urgent", {"shingles"})


@pytest.mark.parametrize("text", [
    "嗓子疼两天了，烧到39度，扁桃体上有白色的点点",
    "扁桃体又大又红，上面有黄白色的脓点，咽口水都疼",
    "sore throat, 38.9, and there are white spots on my tonsils",
    "my tonsils are covered in pus and it hurts to swallow",
])
def test_pus_on_the_tonsils_is_seen_today(text: str) -> None:
    urgency, rules = decide(text, age=24)
    assert urgency == "urgent" and "tonsillitis_with_pus" in rules


@pytest.mark.parametrize("text", [
    "嗓子疼三天了，照镜子扁桃体上没看见白点，能吃能喝",
    "孩子扁桃体手术后第5天，嗓子里白白的一层，能喝水",
    "sore throat for two days, no white spots on my tonsils, no fever",
    "he had his tonsils out 5 days ago and the back of his throat looks white",
])
def test_no_spots_or_a_healing_tonsillectomy_is_not(text: str) -> None:
    assert "tonsillitis_with_pus" not in decide(text, age=24)[1]


def test_a_throbbing_back_tooth_with_a_swollen_cheek_is_a_possible_abscess() -> None:
    text = "Throbbing back tooth for 3 days, now my cheek on that side is a bit swollen"
    assert decide(text, age=33) == ("urgent", {"dental_abscess_signs"})
    assert "toothache" in current_codes("throbbing back tooth since yesterday")
    assert "toothache" not in current_codes("my back is throbbing since yesterday")


def test_a_painless_lump_on_one_testicle_is_read() -> None:
    assert "testicular_lump" in current_codes("found a small pea sized lump on one of my testicles in the shower")


def test_a_baby_s_age_said_without_a_verb_is_not_how_long_the_illness_has_lasted() -> None:
    assert parse_duration_days("baby 7 months, dribbling loads, chewing everything") is None
    assert parse_duration_days("baby is 7 months of age, cough for 3 days") == 3.0
    assert parse_duration_days("my baby has had a cough for 2 weeks") == 14.0


def test_reliever_use_written_as_a_range_per_week_is_asthma_not_controlled() -> None:
    # NHS Asthma: the reliever 3 or more times a week is asthma not controlled (see a GP or asthma nurse, routine), the
    # label of t65e-032 itself; using it more than usual or every few hours is asthma_worse (misread family 9)
    codes = current_codes("using my blue inhaler 4-5 times a week lately and waking up coughing")
    assert "asthma_uncontrolled" in codes and "asthma_worse" not in codes


@pytest.mark.parametrize("text", [
    "my daughter had her tonsils out 6 days ago and is now spitting out loads of bright red blood",
    "孩子扁桃体切除术后第八天，突然吐了好几口鲜血，嘴里还在冒血",
])
def test_heavy_bleeding_after_a_tonsillectomy_calls_the_ambulance(text: str) -> None:
    urgency, rules = decide(text, age=8)
    assert urgency == "emergency_ambulance" and "post_tonsillectomy_bleeding" in rules


@pytest.mark.parametrize("text", [
    "my son had his tonsils out 4 days ago, his throat looks white and his ears hurt, he's eating and drinking, no bleeding",
    "女儿扁桃体手术后第五天，嗓子里白白的一层，有点口臭，没有出血，能喝水",
])
def test_the_usual_recovery_after_a_tonsillectomy_is_self_care(text: str) -> None:
    assert decide(text, age=6) == ("self_care", {"after_tonsillectomy"})


def test_a_fever_after_a_tonsillectomy_is_not_self_care() -> None:
    assert decide("had his tonsils out 5 days ago, now a temperature of 39 and the pain is worse", age=6)[0] != "self_care"
