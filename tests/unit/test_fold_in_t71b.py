"""blind71 (mothers and babies, round 2), the non-emergency part: urgent / routine / self-care readings and the
department a pregnancy or after-birth problem goes to, each read for what it says, with the near-misses that must
not change. (The emergencies of the same set are folded in on another branch.)"""

from __future__ import annotations

import pytest

from carebridge.tools.triage_engine import extract_findings, patient_facts, route_department
from tests.triage_screen import current_codes, decide


def department(text: str, age: float, sex: str = "F") -> str:
    """The department code the rules send one message to (with its urgency)."""
    found = extract_findings(text)
    facts = patient_facts({"age_years": age, "sex": sex}, None, found)
    urgency, _ = decide(text, age=age)
    return route_department(found.present, facts, urgency)[0].code


# --- pregnancy stated as weeks at the start, before an itch: obstetric cholestasis (NHS ICP) ----------------------

@pytest.mark.parametrize("text", [
    "33 weeks and so itchy on my palms and the soles of my feet, worse at night",
    "34 weeks and really itchy hands and feet, no rash",
    "31 weeks and my palms are itching like mad at night",
])
def test_weeks_at_the_start_before_an_itch_is_a_pregnancy(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "urgent" and "itching_in_pregnancy" in rules


@pytest.mark.parametrize("text", [
    "14 weeks and still coughing every night",
    "my palms are itchy since I started using a new soap",
])
def test_a_duration_or_no_pregnancy_is_not_the_pregnancy_itch_rule(text: str) -> None:
    assert "itching_in_pregnancy" not in decide(text, age=30)[1]


# --- the whoop said in lay words (NHS Whooping cough) -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "宝宝2个多月 咳嗽一阵一阵的 一咳就停不下来 咳完吸气有那种像鸡叫的声音",
    "孩子咳嗽一阵一阵的，咳完倒吸一口气，像公鸡打鸣一样的声音",
    "女儿咳起来停不下来，咳完了吸气的时候有鸡叫一样的声音",
    "she coughs in long fits and makes a crowing noise after each coughing fit",
    "he has coughing bouts and then a gasp for breath, red in the face",
])
def test_a_lay_whoop_is_whooping_cough(text: str) -> None:
    urgency, rules = decide(text, age=0)
    assert urgency == "urgent" and "whooping_cough" in rules


@pytest.mark.parametrize("text", [
    "早上鸡叫的时候他开始咳嗽，咳完就好了",
    "she has a cough but no whoop and breathes normally after it",
])
def test_a_rooster_in_the_morning_or_a_denied_whoop_is_not(text: str) -> None:
    assert "whooping_cough" not in current_codes(text)


# --- yellow face and eyes, or yellow spreading, in a newborn (NHS Jaundice in newborns) ---------------------------

@pytest.mark.parametrize("text", [
    "宝宝出生第6天，脸和眼白都黄，这两天感觉越来越黄，肚子上也黄了",
    "出生5天的宝宝，脸跟眼睛都黄了",
    "新生儿第4天，肚皮上也开始黄了",
    "day 5 baby, his face and eyes are both yellow",
    "the yellow is spreading down to her tummy, she's 6 days old",
])
def test_yellow_face_and_eyes_in_a_newborn_is_jaundice(text: str) -> None:
    assert "jaundice" in current_codes(text)
    assert decide(text, age=0)[0] == "urgent"


@pytest.mark.parametrize("text", [
    "宝宝出生第6天，眼白不黄，脸也不黄，吃奶好",
    "6 day old in a yellow babygrow, feeding well",
])
def test_not_yellow_or_yellow_clothes_is_not_jaundice(text: str) -> None:
    assert "jaundice" not in current_codes(text)


# --- a testicle not down (NHS Undescended testicles): 小儿外科 ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "at the baby check the GP said one of my son's testicles wasn't down",
    "I can only feel one testicle in his scrotum",
    "only one ball has dropped, he's 4 months",
    "宝宝4个月，只摸到一个蛋蛋",
    "儿子右边的睾丸还没有降下来",
])
def test_a_testicle_not_down_is_undescended_and_goes_to_paediatric_surgery(text: str) -> None:
    assert "undescended_testis" in current_codes(text)
    assert department(text, age=0, sex="M") == "08"


@pytest.mark.parametrize("text", [
    "both his testicles are down, the GP checked",
    "两个蛋蛋都摸得到，就是有点红",
])
def test_both_testicles_down_is_not_undescended(text: str) -> None:
    assert "undescended_testis" not in current_codes(text)


# --- a soft bulge at the belly button (NHS Umbilical hernia): 小儿外科, routine ------------------------------------

@pytest.mark.parametrize("text", [
    "宝宝3个月 肚脐那里鼓出来一个小包 哭的时候更大 软软的 手一按就回去了",
    "孩子肚脐眼凸出来了，哭的时候更明显",
    "his belly button sticks out when he cries, it pushes back in",
    "a soft bulge at her belly button that gets bigger when she strains",
])
def test_a_belly_button_bulge_is_a_hernia(text: str) -> None:
    assert "hernia" in current_codes(text)
    assert department(text, age=0) == "08"


@pytest.mark.parametrize("text", [
    "宝宝肚脐有点红，有点渗液",
    "her belly button is a bit red and smelly",
])
def test_a_red_belly_button_is_not_a_hernia(text: str) -> None:
    assert "hernia" not in current_codes(text)


# --- milia and cradle cap in a baby (NHS Baby acne; NHS Cradle cap): self-care ----------------------------------

@pytest.mark.parametrize("text", [
    "newborn (8 days) has tiny white spots all over her nose and cheeks, like little pinheads",
    "little white dots across his nose, he's 10 days old",
    "宝宝鼻头上好多白色的小点点",
])
def test_tiny_white_spots_on_a_newborn_nose_are_milia(text: str) -> None:
    assert "milia" in current_codes(text)
    urgency, rules = decide(text, age=0)
    assert urgency == "self_care" and "minor_skin" in rules


@pytest.mark.parametrize("text", [
    "2个月宝宝头顶长了一层黄黄的油油的痂，不痒",
    "宝宝头皮上有厚厚的黄色鳞屑",
    "her scalp has greasy yellow patches, she's 6 weeks",
])
def test_greasy_yellow_scales_on_the_scalp_are_cradle_cap(text: str) -> None:
    assert "cradle_cap" in current_codes(text)
    urgency, rules = decide(text, age=0)
    assert urgency == "self_care" and "minor_skin" in rules


@pytest.mark.parametrize("text", [
    "white patches inside her mouth that don't wipe off",
    "宝宝头上摔了个包",
])
def test_mouth_patches_or_a_head_bump_are_neither(text: str) -> None:
    assert not {"milia", "cradle_cap"} & current_codes(text)


# --- lochia lighter and browner, with the birth dated (NHS Your post-pregnancy body): self-care --------------------

@pytest.mark.parametrize("text", [
    "2 weeks post birth and still bleeding, but its light now and more brownish. no smell no fever",
    "10 days post delivery, still bleeding but it's lighter now and a bit pinkish",
])
def test_lighter_browner_bleeding_after_the_birth_is_lochia_settling(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "self_care" and "lochia_settling" in rules


@pytest.mark.parametrize("text", [
    "2 weeks post birth and the bleeding is heavier now with big clots",
    "2 weeks post birth, still bleeding, it's light now but it smells really bad",
])
def test_heavier_or_smelly_bleeding_after_the_birth_is_not_self_care(text: str) -> None:
    assert decide(text, age=30)[0] != "self_care"


# --- the usual kicking named, then hardly any (RCOG GTG57): the reduced movements flag ----------------------------

@pytest.mark.parametrize("text", [
    "im 30 weeks and baby has been much quieter. usually kicks loads after dinner, last night barely anything",
    "28 weeks, she's not kicking as much as normal today",
    "孕32周 平时晚上踢得可欢了 昨晚几乎没动静",
    "怀孕30周，宝宝今天不像平时那么爱动了",
])
def test_less_kicking_than_usual_is_reduced_movements(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "emergency" and "reduced_fetal_movements" in rules


@pytest.mark.parametrize("text", [
    "my 3 week old baby has been much quieter today, usually cries loads",
    "36 weeks, baby usually kicks loads after dinner and tonight she kicked loads too",
])
def test_a_quieter_newborn_or_usual_kicking_is_not(text: str) -> None:
    assert "reduced_fetal_movements" not in current_codes(text)


# --- hiccups with posseting in a thriving baby (NHS Reflux in babies): self-care ---------------------------------

@pytest.mark.parametrize("text", [
    "三个月宝宝 每次吃完奶都会吐一点出来 打嗝也带奶 体检说体重长得挺好",
    "my 2 month old brings up a little milk after feeds and gets hiccups a lot",
])
def test_hiccups_with_posseting_is_reflux(text: str) -> None:
    urgency, rules = decide(text, age=0)
    assert urgency == "self_care" and "baby_posseting" in rules


def test_posseting_with_a_cough_is_not_the_reflux_group() -> None:
    assert "baby_posseting" not in decide("my 2 month old brings up a little milk after feeds and has a cough", age=0)[1]


# --- where a pregnancy headache and an after-birth problem go ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "14 weeks pregnant and I've got one of my usual tension headaches. Is paracetamol ok?",
    "怀孕12周，这两天有点头疼，可能是没睡好",
])
def test_a_headache_in_pregnancy_goes_to_obstetrics(text: str) -> None:
    assert department(text, age=30) == "05.02"


def test_a_headache_not_pregnant_stays_with_neurology() -> None:
    assert department("I've got one of my usual tension headaches, the band round the head feeling", age=30) == "03.03"


@pytest.mark.parametrize("text", [
    "Had my 2nd baby 4 months ago and I still wet myself a bit when I cough or jump",
    "4 months after my second baby and I still leak a bit of wee when I sneeze, cough or jump",
    "since my daughter was born I leak wee when I laugh",
])
def test_a_dated_birth_is_postnatal_and_the_leak_goes_to_obstetrics(text: str) -> None:
    codes = current_codes(text)
    assert {"postnatal", "incontinence"} <= codes and "cough" not in codes
    assert department(text, age=33) == "05.02"


@pytest.mark.parametrize("text", [
    "my baby is 4 months old and has a cough",
    "I leak wee when I cough, and I have had a cough for 3 weeks",
])
def test_a_baby_age_is_no_birth_and_a_real_cough_stays(text: str) -> None:
    assert "postnatal" not in current_codes(text)
    assert "cough" in current_codes(text)


@pytest.mark.parametrize("text", [
    "c section 8 days ago, the wound has gone red and puffy at one end and there's yellowish stuff coming out that smells",
    "had an emergency caesarean 10 days ago and the scar is red and swollen with smelly discharge coming out",
])
def test_an_infected_caesarean_wound_is_urgent_and_goes_to_obstetrics(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "urgent" and "skin_infection" in rules
    assert department(text, age=30) == "05.02"


def test_a_clean_caesarean_scar_is_not_infected() -> None:
    assert "wound_infection" not in current_codes("c section 8 days ago, the wound looks clean and dry, a bit sore")
