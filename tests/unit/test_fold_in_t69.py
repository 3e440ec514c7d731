"""blind69 (pregnancy, after the birth, breastfeeding, babies and toddlers under 3): what the first look missed,
read for what it says, with the near-misses that must not change."""

from __future__ import annotations

import pytest

from carebridge.tools.slots import parse_infant_age_months
from tests.triage_screen import current_codes, decide


@pytest.mark.parametrize("text", [
    "I'm 31 weeks and clear watery fluid keeps trickling out, it has soaked my knickers and a pad",
    "29 weeks pregnant, warm watery fluid leaking out since lunch and it's soaked through my pants",
    "32 weeks, some fluid keeps trickling out and it doesn't smell like wee",
    "怀孕30周，下面流出来一些清水，把护垫都湿透了",
    "孕32周，一直有水流出来，不像是尿",
])
def test_a_trickle_of_fluid_before_37_weeks_is_waters_breaking(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "emergency" and "preterm_waters_broken" in rules


@pytest.mark.parametrize("text", [
    "30 weeks pregnant and I keep leaking a bit of wee when I cough or sneeze",
    "I'm 30 weeks, a bit more white discharge than usual, no smell",
    "my ear has clear watery fluid trickling out onto the pillow",
])
def test_leaking_urine_or_discharge_is_not_waters(text: str) -> None:
    assert "waters_broken" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "孕37周，刚才破水了，流出来的水是绿色的",
    "孕39周破水了，羊水有点浑，黄绿色",
    "39 weeks, my waters broke an hour ago and the fluid is greenish brown",
    "my waters have gone at 38 weeks and there's meconium in them",
])
def test_green_or_brown_waters_go_in_now(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "emergency" and "coloured_waters" in rules


@pytest.mark.parametrize("text", [
    "孕39周破水了，羊水是清的，宫缩5分钟一次",
    "39 weeks, my waters broke, the fluid is clear, contractions every 10 minutes",
    "38 weeks, my snot is green and I have a cold",
])
def test_clear_waters_or_green_snot_is_not_meconium(text: str) -> None:
    assert "coloured_waters" not in decide(text, age=30)[1]


@pytest.mark.parametrize("text", [
    "my 6 month old has been sick 3 times and the last two were bright green",
    "baby threw up twice this morning, the second one was green",
    "宝宝吐了好几次，后来吐的是绿水",
    "10个月宝宝今天吐了三次，吐出来的是黄绿色的",
])
def test_green_vomit_in_a_baby_is_an_emergency(text: str) -> None:
    urgency, rules = decide(text, age=0)
    assert urgency == "emergency" and "green_vomit" in rules


@pytest.mark.parametrize("text", [
    "my 6 month old was sick twice, the last two were milky, his nappy was green",
    "宝宝吐了两次奶，大便有点绿",
])
def test_green_poo_with_milky_sick_is_not_green_vomit(text: str) -> None:
    assert "green_vomit" not in decide(text, age=0)[1]


@pytest.mark.parametrize("text", [
    "宝宝今天凌晨出生的，现在脸和胸口都发黄了",
    "宝宝昨天晚上刚出生的，今天看着全身都有点黄",
    "my baby was born this morning and his face and chest look yellow already",
    "she is only 18 hours old and her skin has gone yellow",
])
def test_jaundice_on_the_first_day_of_life_is_an_emergency(text: str) -> None:
    urgency, rules = decide(text, age=0)
    assert urgency == "emergency" and "newborn_jaundice_first_day" in rules


@pytest.mark.parametrize("text", [
    "宝宝出生5天了，脸有点黄，吃奶好，精神好",
    "my 6 day old looks a bit yellow on his face, feeding well",
    "宝宝今天凌晨出生的，皮肤红红的，不黄",
])
def test_jaundice_after_the_first_day_or_no_jaundice_is_not(text: str) -> None:
    assert "newborn_jaundice_first_day" not in decide(text, age=0)[1]


@pytest.mark.parametrize(("text", "months"), [
    ("8个月宝宝发烧第五天了", 8.0),
    ("我家3个月宝宝发烧", 3.0),
    ("宝宝今天凌晨出生的", 0.0),
    ("孕8个月宝宝动得少", None),
    ("喂了3个月宝宝不肯吃奶瓶", None),
])
def test_a_babys_age_said_before_the_baby(text: str, months: float | None) -> None:
    assert parse_infant_age_months(text) == months


def test_fever_for_five_days_at_8_months_is_not_the_under_3_months_rule() -> None:
    urgency, rules = decide("8个月宝宝发烧第五天了，吃了退烧药能退，奶量少了一点", age=0)
    assert "infant_fever" not in rules and urgency != "emergency_ambulance"


@pytest.mark.parametrize("text", [
    "孩子1个月，鼻子呼哧呼哧的，鼻塞，吃奶正常",
    "宝宝鼻子里呼哧呼哧响，吃奶好，不发烧",
])
def test_a_snuffly_nose_is_not_fighting_for_breath(text: str) -> None:
    assert "dyspnea_severe" not in current_codes(text)


def test_puffing_and_panting_still_is() -> None:
    assert "dyspnea_severe" in current_codes("孩子喘气呼哧呼哧的，肋骨往里凹")


@pytest.mark.parametrize("text", [
    "I'm 2 weeks after the birth and still bleeding, it's brownish now and lighter than before",
    "3 weeks since the birth, still bleeding a bit, it's pinkish brown now and much lighter",
])
def test_lochia_getting_lighter_and_browner_is_self_care(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "self_care" and "lochia_settling" in rules


@pytest.mark.parametrize("text", [
    "10 days after the birth, bleeding, it's brownish and lighter but it smells really bad",
    "2 weeks after the birth and the bleeding is bright red again, soaking a pad an hour",
    "I'm 34 weeks and bleeding, it's brownish and lighter than yesterday",
])
def test_smelly_heavy_or_pregnant_bleeding_is_not_settling_lochia(text: str) -> None:
    assert "lochia_settling" not in decide(text, age=30)[1]


def test_weeks_after_the_birth_are_not_weeks_of_pregnancy() -> None:
    assert "pregnancy" not in current_codes("I'm 2 weeks after the birth and still bleeding")
    assert "pregnancy" in current_codes("I'm 28 weeks and have a headache")


@pytest.mark.parametrize("text", [
    "女儿2岁，今晚咳嗽声音变了，像小狗叫一样",
    "儿子咳嗽的声音，就像海豹叫",
])
def test_a_cough_likened_to_a_bark_after_a_pause_is_croup(text: str) -> None:
    assert "croup" in current_codes(text)


@pytest.mark.parametrize("text", [
    "顺产侧切的，产后10天，伤口越来越疼，摸着又红又肿，今天有点黄色的脓水流出来",
    "剖腹产刀口这两天越来越疼，今天发现有脓水渗出来",
])
def test_an_infected_stitched_wound_is_not_self_care(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency in {"urgent", "emergency"} and "perineal_stitches_healing" not in rules


def test_healing_stitches_stay_self_care() -> None:
    urgency, rules = decide("顺产侧切，产后一周，伤口有点疼，坐着不舒服，不红不肿，没有分泌物", age=30)
    assert "perineal_stitches_healing" in rules


@pytest.mark.parametrize("text", [
    "5 days after the birth, had a few stitches for a small tear, sore to sit on",
    "had stitches after a second-degree tear when my baby was born",
])
def test_stitches_for_a_tear_at_the_birth_are_perineal(text: str) -> None:
    assert "perineal_stitches" in current_codes(text)


def test_stitches_for_a_skin_tear_are_not_perineal() -> None:
    assert "perineal_stitches" not in current_codes("Mum is 88, needed stitches for a tear in her skin on the shin")


def test_a_bump_tightening_for_seconds_is_braxton_hicks() -> None:
    urgency, rules = decide("31 weeks, my bump goes tight and hard for maybe 30 seconds a few times a day, it stops when I sit down", age=30)
    assert urgency == "self_care" and "braxton_hicks" in rules


@pytest.mark.parametrize("text", [
    "33 weeks, my bump goes hard for 30 seconds every 5 minutes and it really hurts",
    "33 weeks, my bump goes hard for 30 seconds, getting stronger and painful",
])
def test_regular_or_painful_tightenings_are_not_braxton_hicks(text: str) -> None:
    assert "braxton_hicks" not in decide(text, age=30)[1]


def test_heartburn_burning_up_into_the_throat_is_not_a_fever() -> None:
    assert "fever" not in current_codes("awful heartburn, burning up into my throat when I lie down")
    assert "fever" in current_codes("my son is burning up, 39.5")
