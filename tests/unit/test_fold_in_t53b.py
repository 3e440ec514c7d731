"""blind53 second pass (mothers, mothers-to-be and small children): expected self-care after-effects and ordinary
worries, and the near misses one level under, read for what they say, with the danger words that must still decide."""

from __future__ import annotations

import pytest

from carebridge.tools.slots import parse_duration_days, parse_gestation_weeks
from tests.triage_screen import current_codes, decide

# --- Braxton Hicks (NHS Signs that labour has begun) ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I'm 31 weeks pregnant and now and then my bump gets really hard for half a minute, then it relaxes. No pain at all.",
    "怀孕30周，肚子偶尔发硬，过一会儿就软了，不疼，没见红",
])
def test_a_bump_that_tightens_and_relaxes_is_braxton_hicks(text: str) -> None:
    assert decide(text, age=29) == ("self_care", {"braxton_hicks"})


@pytest.mark.parametrize("text", [
    "I'm 31 weeks pregnant, my bump went rock hard and it won't relax, and it's agony",   # stays hard: rigid abdomen
    "My stomach is rock hard and it hurts everywhere",
])
def test_a_bump_that_stays_hard_is_still_a_rigid_abdomen(text: str) -> None:
    assert "abdominal_rigidity" in current_codes(text) and "braxton_hicks" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "I'm 31 weeks pregnant, my bump goes hard for a minute then relaxes, and there's some bleeding",
    "怀孕32周，肚子偶尔发硬，过一会儿就软了，但是见红了",
])
def test_tightenings_with_bleeding_are_no_self_care(text: str) -> None:
    assert decide(text, age=29)[0] != "self_care"


# --- Breastfeeding: sore nipples, engorgement (NHS Breastfeeding problems) ---------------------------------------

@pytest.mark.parametrize("text", [
    "Breastfeeding my 5 day old, both nipples are cracked and sting when she latches on",
    "喂奶第四天，乳头皲裂了，一喂就疼",
])
def test_sore_cracked_nipples_are_self_care(text: str) -> None:
    assert decide(text, age=30) == ("self_care", {"sore_nipples_breastfeeding"})


@pytest.mark.parametrize("text", [
    "My milk came in yesterday and both breasts are rock hard, hot and sore, baby struggles to latch",
    "生完第4天下奶了，两边胀得硬邦邦的，很疼",
])
def test_engorgement_when_the_milk_comes_in_is_self_care(text: str) -> None:
    assert decide(text, age=30) == ("self_care", {"breast_engorgement"})


@pytest.mark.parametrize("text", [
    "My milk came in and both breasts are hard and sore, and now I have a fever of 38.6 and shivers",
    "下奶了，乳房胀得像石头，又发烧到38.8度",
    "nipples are cracked and sore and I've got a temperature of 38.5",
])
def test_a_fever_with_breast_symptoms_is_mastitis_not_self_care(text: str) -> None:
    assert decide(text, age=30) == ("urgent", {"breast_inflammation_with_fever"})


def test_nipples_that_are_not_sore_are_no_finding() -> None:
    assert "sore_nipples" not in current_codes("feeding is going well, my nipples aren't sore or cracked")


# --- Perineal stitches (NICE NG194, NHS Episiotomy and perineal tears) --------------------------------------------

@pytest.mark.parametrize("text", [
    "I had an episiotomy, it's day 6 and sitting down still hurts. The stitches look fine, no pus, no temperature.",
    "顺产会阴侧切，第6天了，坐着还有点疼，伤口不红不肿也没发烧",
])
def test_sore_perineal_stitches_healing_are_self_care(text: str) -> None:
    assert decide(text, age=28) == ("self_care", {"perineal_stitches_healing"})


@pytest.mark.parametrize("text", [
    "I had an episiotomy a week ago, the stitches are red hot and swollen and oozing pus",
    "侧切第7天，伤口红肿，往外流脓，还发烧38.3",
])
def test_infected_perineal_stitches_are_no_self_care(text: str) -> None:
    urgency, rules = decide(text, age=28)
    assert urgency != "self_care" and "perineal_stitches_healing" not in rules


def test_a_cut_hand_is_still_a_wound_needing_care() -> None:
    assert decide("cut my hand on a knife, it's a deep gash", age=30) == ("urgent", {"wound_needs_care"})


# --- Babies: posseting in a thriving baby, nappy rash after a tummy bug -------------------------------------------

def test_posseting_in_a_baby_gaining_weight_is_self_care() -> None:
    text = "Our 7 week old brings up a little milk after most feeds but he's gaining weight well"
    assert decide(text, age=0) == ("self_care", {"baby_posseting"})


@pytest.mark.parametrize(("text", "code"), [
    ("十个月女儿屁股红了一片，前几天拉肚子刚好", "diarrhea"),
    ("宝宝感冒才刚好了，现在屁股有点红", "cold_flu"),
])
def test_an_illness_that_has_just_got_better_is_past(text: str, code: str) -> None:
    assert code not in current_codes(text)


@pytest.mark.parametrize("text", ["拉肚子刚好三天了", "宝宝拉肚子，刚好三天"])
def test_exactly_three_days_is_still_a_current_illness(text: str) -> None:
    assert "diarrhea" in current_codes(text)


# --- Baby blues (NHS Postnatal depression) -------------------------------------------------------------------------

def test_crying_for_no_reason_in_the_first_days_is_baby_blues() -> None:
    text = "It's 3 days after giving birth and I keep bursting out crying for no apparent reason"
    assert decide(text, age=30) == ("self_care", {"baby_blues"})


def test_crying_for_no_reason_without_a_birth_is_not_baby_blues() -> None:
    assert "baby_blues" not in current_codes("I keep crying for no reason lately")


# --- Gestation and duration -----------------------------------------------------------------------------------------

def test_a_gestation_at_the_start_is_no_duration() -> None:
    text = "34 weeks and my feet swell up by teatime, down by morning. My midwife checked my BP last week."
    assert parse_gestation_weeks(text) == 34 and parse_duration_days(text) != 34 * 7


def test_a_real_duration_beside_a_gestation_is_kept() -> None:
    assert parse_duration_days("I'm 30 weeks pregnant and have had this cough for 2 weeks") == 14


@pytest.mark.parametrize(("text", "days"), [("八个月儿子屁股红了一片", None), ("咳嗽三个月了", 90.0),
                                            ("发烧两天宝宝很难受", 2.0)])
def test_a_babys_age_in_months_is_no_duration(text: str, days: float | None) -> None:
    assert parse_duration_days(text) == days


@pytest.mark.parametrize(("text", "weeks"), [("About 7 weeks by dates and spotting brown", 7.0),
                                             ("12+3 by scan, feeling fine", 12.0),
                                             ("I had a scan 7 weeks ago", None)])
def test_weeks_by_dates_is_a_gestation(text: str, weeks: float | None) -> None:
    assert parse_gestation_weeks(text) == weeks


def test_early_pregnancy_spotting_by_dates_is_the_early_pregnancy_unit() -> None:
    text = "About 7 weeks by dates, a bit of brown spotting since this morning, no pain, not dizzy"
    assert decide(text, age=31) == ("urgent", {"pregnancy_pain_or_bleeding"})


# --- Infected wound or scar (NHS Cuts and grazes; NICE NG125) -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "剖宫产第9天，刀口一边发红，摸着发烫，还往外渗黄水",
    "My c-section scar is red and hot on one side and oozing yellow fluid",
])
def test_an_infected_wound_or_scar_is_urgent(text: str) -> None:
    assert decide(text, age=30) == ("urgent", {"skin_infection"})


@pytest.mark.parametrize("text", ["剖宫产第9天，刀口不红，也没有渗液", "my c-section scar isn't red and isn't oozing anything"])
def test_a_clean_scar_is_no_infection(text: str) -> None:
    assert "skin_infection" not in current_codes(text)


# --- A bead up the nose (Sheffield Children's NHS FT; PCH ED guideline) ------------------------------------------

@pytest.mark.parametrize("text", [
    "My 3 year old pushed a little bead up his right nostril, he's breathing fine",
    "3岁儿子把一颗黄豆塞进鼻孔里了，呼吸正常",
])
def test_something_up_a_childs_nose_is_urgent(text: str) -> None:
    assert decide(text, age=3) == ("urgent", {"nasal_foreign_body"})


@pytest.mark.parametrize("text", ["his nose is running and blocked", "鼻子里有鼻涕，塞住了不通气"])
def test_a_blocked_or_runny_nose_is_no_foreign_body(text: str) -> None:
    assert "foreign_body_nose" not in current_codes(text)


# --- After vaccinations (NHS Vaccine side effects, MenB vaccine) ---------------------------------------------------

@pytest.mark.parametrize(("text", "age"), [
    ("He had his 12 month jabs yesterday, temp 38.2 and a bit grumpy, eating and playing fine", 1),
    ("宝宝昨天打了百白破疫苗，今天有点低烧，吃奶正常", 0.5),
    ("had her 8 week vaccinations this morning and she's a bit unsettled tonight", 0),
])
def test_a_mild_reaction_after_jabs_is_self_care(text: str, age: float) -> None:
    assert decide(text, age=age) == ("self_care", {"after_vaccination"})


@pytest.mark.parametrize(("text", "age"), [
    # under 3 months at 39C or more (fold-t98b: under 39C in the two days after the jabs is the expected fever,
    # UKHSA MenB paracetamol leaflet and the NICE NG143 footnote; test_fold_in_t98b)
    ("my 7 week old had her jabs today and now has a temperature of 39.3", 0),
    ("had his jabs yesterday and now he's floppy and not feeding", 0.5),
    ("打完疫苗第二天，身上起了好多红疹子，还发烧", 1),
])
def test_danger_signs_after_jabs_are_no_self_care(text: str, age: float) -> None:
    assert decide(text, age=age)[0] != "self_care"


@pytest.mark.parametrize("text", ["he hasn't had his jabs yet", "打疫苗之前能洗澡吗", "被狗咬了，要打狂犬疫苗吗"])
def test_jabs_not_yet_given_are_no_vaccination(text: str) -> None:
    assert "recent_vaccination" not in current_codes(text)


@pytest.mark.parametrize(("text", "days"), [("She had her 8 week jabs this morning", None),
                                            ("12 week scan was fine, spotting for 2 days", 2.0)])
def test_a_visit_named_by_weeks_is_no_duration(text: str, days: float | None) -> None:
    assert parse_duration_days(text) == days


# --- Lochia settling (NHS Your post-pregnancy body; NICE NG194) ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "10 days after having my baby, the bleeding has turned a pinky brown and it's much lighter, no smell",
    "产后第10天，恶露变成咖啡色了，量也少了，没有异味",
])
def test_lochia_getting_lighter_after_the_birth_is_self_care(text: str) -> None:
    assert decide(text, age=30) == ("self_care", {"lochia_settling"})


@pytest.mark.parametrize("text", [
    "10 days after giving birth the bleeding has turned brown but now it smells really bad",
    "产后第10天，恶露变成咖啡色了，还有点臭味",
])
def test_a_smell_said_of_the_bleeding_after_the_birth_is_offensive_lochia(text: str) -> None:
    assert decide(text, age=30) == ("urgent", {"postnatal_offensive_lochia"})


def test_bleeding_turning_brown_without_a_birth_is_no_lochia() -> None:
    assert "lochia_settling" not in current_codes("my period bleeding has gone brown")


def test_heavy_bleeding_after_the_birth_stays_an_emergency() -> None:
    text = "a week after giving birth the bleeding went lighter but now I'm soaking a pad an hour with clots"
    assert decide(text, age=30)[0] in ("emergency", "emergency_ambulance")


def test_an_infected_wound_is_surgerys_and_an_infected_caesarean_scar_obstetrics() -> None:
    from carebridge.tools.triage_engine import extract_findings, patient_facts, route_department
    for text, dept in (("前天被猫咬了手背，现在伤口红肿，有点流脓", "04"), ("剖宫产第9天，刀口发红，摸着发烫，往外渗黄水", "05")):
        found = extract_findings(text)
        assert "wound_infection" in found.present
        department, _ = route_department(found.present, patient_facts({"age_years": 30}, None, found), "urgent")
        assert department.code.startswith(dept)
