"""blind110 (children from newborn to 16, as their parents or they themselves describe them): the three under-triaged
emergencies of the first look, each read as a family, then the urgent, self-care and department readings, with the
near misses that must not change."""

from __future__ import annotations

import pytest

from carebridge.tools.slots import parse_duration_days
from tests.triage_screen import current_codes, decide, service_decide


# (1) Redcurrant-jelly stool said with the colour and the jelly before the look word ("red jelly looking stuff in the
# nappy": 儿科学/外科学 第9版 肠套叠; NHS Intussusception): with vomiting or crying spells, possible intussusception.
@pytest.mark.parametrize("text", [
    "his nappy had red jelly-like stuff in it and he keeps being sick",
    "there's red jelly looking mucus in her nappy and she's been sick three times",
    "8 month old screaming on and off, pulls his knees up, and the last poo had dark red jelly looking bits in it",
    "red jelly-like stuff in his nappy, he's vomited twice",
    "宝宝一阵一阵哭，吐了两次，尿不湿里有红果冻一样的东西",
])
def test_red_jelly_looking_stuff_in_the_nappy_with_vomiting_or_screaming_is_possible_intussusception(text: str) -> None:
    urgency, rules = decide(text, age=0.75)
    assert urgency == "emergency" and "possible_intussusception" in rules


@pytest.mark.parametrize("text", [
    "he ate red jelly at the party, his poo is normal",
    "baby had strawberry jelly for pudding and was sick",
    "her poo was red after eating beetroot",
])
def test_jelly_eaten_or_a_red_poo_after_beetroot_is_no_redcurrant_stool(text: str) -> None:
    assert "redcurrant_stool" not in current_codes(text)


# (2) Slipped or sank under the water of a pool, bath or the sea (ERC Guidelines 2021, drowning): with a cough, fast
# breathing or drowsiness after it, a 999 call.
@pytest.mark.parametrize("text", [
    "he slipped under the water in the bath and came up coughing, now he's breathing fast",
    "she sank under in the swimming pool for a few seconds, now keeps coughing and is really sleepy",
    "my son went under the water at the beach, now an hour later he's breathing really fast",
    "she was under water for a bit before her dad grabbed her, now she keeps coughing",
])
def test_going_under_the_water_then_coughing_or_fast_breathing_is_drowning(text: str) -> None:
    urgency, rules = decide(text, age=5)
    assert urgency == "emergency_ambulance" and "drowning_with_symptoms" in rules


@pytest.mark.parametrize("text", [
    "he went under the anaesthetic fine, now coughing a bit",
    "the company went under last year and i've had a cough since",
    "the water pipe went under the floor and the kitchen flooded",
])
def test_going_under_an_anaesthetic_or_a_company_going_under_is_no_submersion(text: str) -> None:
    assert "submersion" not in current_codes(text)


# (3) A baby who barely opens her eyes even when pinched responds to pain at best (ESI v4 level 1, AVPU P or U; NHS
# Sepsis: difficult to wake, 999), and skin in red-and-white patches (花纹) is mottled (NHS Sepsis: blotchy skin).
@pytest.mark.parametrize("text", [
    "5个月的闺女拉肚子两天了,捏她都不怎么睁眼",
    "宝宝吐了一天，掐他脚心也不怎么有反应",
    "孩子发烧，拍她脸蛋都不太睁眼",
    "宝宝挠脚心几乎不睁眼",
])
def test_a_baby_who_barely_opens_the_eyes_when_pinched_is_unresponsive(text: str) -> None:
    urgency, rules = decide(text, age=0.5)
    assert urgency == "emergency_ambulance" and "unresponsive" in rules


@pytest.mark.parametrize("text", ["捏她一下就哭了，眼睛睁得大大的", "牙摇了几下都不怎么动", "叫她不怎么理人"])
def test_a_baby_who_cries_when_pinched_or_a_wobbly_tooth_is_not_unresponsive(text: str) -> None:
    assert "unresponsive" not in current_codes(text)


@pytest.mark.parametrize("text", ["身上皮肤一块红一块白的花纹", "腿上一块白一块紫的花纹", "宝宝肚子上一块红一块白的网纹"])
def test_skin_in_red_and_white_patches_is_mottled(text: str) -> None:
    assert "mottled_skin" in current_codes(text)
    urgency, _ = decide(text, age=1)
    assert urgency in ("emergency", "emergency_ambulance")


@pytest.mark.parametrize("text", ["身上起了一块一块的红疹子", "衣服上一块红一块白的花纹"])
def test_a_rash_of_red_spots_or_a_patterned_shirt_is_not_mottled_skin(text: str) -> None:
    assert "mottled_skin" not in current_codes(text)


# (4) Chickenpox spots with the skin around them red in a wide ring and hot to touch (NHS Chickenpox: skin around the
# blisters red, hot or painful, urgent GP); the reliever 'a day 4-5 次' (NHS Asthma); '喷射一样地吐' (NHS Pyloric stenosis).
@pytest.mark.parametrize("text", ["出水痘第四天，有几个痘痘周围红了一大圈，摸着发烫", "水痘旁边红了一圈，摸起来发烫，孩子喊疼"])
def test_chickenpox_spots_red_and_hot_around_them_are_a_skin_infection(text: str) -> None:
    urgency, rules = service_decide(text, 6, "M")
    assert urgency == "urgent" and "skin_infection" in rules


@pytest.mark.parametrize("text", ["出水痘第三天了，痒，不发烧，精神好", "水痘结痂了，不红不烫"])
def test_plain_chickenpox_stays_self_care(text: str) -> None:
    urgency, _ = service_decide(text, 6, "M")
    assert urgency == "self_care"


@pytest.mark.parametrize("text", ["有哮喘，蓝色那个喷雾一天得喷四五次", "孩子哮喘，蓝色的喷剂每天要喷五六次"])
def test_the_blue_reliever_several_times_a_day_is_asthma_getting_worse(text: str) -> None:
    assert "asthma_worse" in current_codes(text)


@pytest.mark.parametrize("text", ["宝宝吃完奶喷射一样地吐", "每次喂完奶就喷射似的吐出来"])
def test_projectile_vomiting_said_with_a_likeness_is_vomiting(text: str) -> None:
    assert "vomiting" in current_codes(text)


def test_blood_spurting_like_a_jet_is_no_vomiting() -> None:
    assert "vomiting" not in current_codes("血喷射一样地往外冒")


# (5) Self-care readings: the injection site named is no allergen (NHS Vaccine side effects); white spots on the nose
# are milia, not oral thrush (NHS Baby acne); white peeling between the toes is athlete's foot, not a white burn;
# '马牙' on a newborn's gums (儿科学 第9版: 上皮珠, 不可挑破).
@pytest.mark.parametrize("text", [
    "had his 1 year jabs this morning, temp 38.1, the leg where he had the injection is a bit red, still drinking his milk",
    "she had her jabs today, 37.9 and grizzly, the arm where she had the injection is red",
])
def test_a_mild_temperature_and_a_red_injection_site_after_the_jabs_is_self_care(text: str) -> None:
    assert "allergic_reaction" not in current_codes(text)
    urgency, rules = service_decide(text, 1, "M")
    assert urgency == "self_care" and "after_vaccination" in rules


@pytest.mark.parametrize("text", ["after having an injection i came out in hives", "had an injection of penicillin and my face swelled up"])
def test_an_injection_followed_by_hives_or_swelling_is_still_an_allergen(text: str) -> None:
    assert "allergic_reaction" in current_codes(text)


@pytest.mark.parametrize("text", [
    "my 3 week old has little white spots on her nose and some red pimply bits on her cheeks, feeding well, no temp",
    "tiny white spots on his nose and chin, 2 weeks old, feeding fine",
])
def test_white_spots_on_a_babys_nose_are_milia_not_oral_thrush(text: str) -> None:
    codes = current_codes(text)
    assert "milia" in codes and "oral_thrush" not in codes
    assert service_decide(text, 0, "F")[0] == "self_care"


@pytest.mark.parametrize("text", ["white patches on her tongue and inside her cheeks that don't wipe off", "white spots on his gums and cheeks, won't feed"])
def test_white_patches_in_the_mouth_stay_oral_thrush(text: str) -> None:
    assert "oral_thrush" in current_codes(text)


@pytest.mark.parametrize("text", ["脚趾缝中间发白脱皮，痒得很", "脚丫缝中间发白，有点臭，很痒"])
def test_white_peeling_between_the_toes_is_athletes_foot_not_a_burn(text: str) -> None:
    codes = current_codes(text)
    assert "fungal_skin" in codes and "burn_serious" not in codes
    assert service_decide(text, 15, "M")[0] == "self_care"


def test_a_burn_white_in_the_middle_stays_a_serious_burn() -> None:
    assert "burn_serious" in current_codes("手被开水烫了，中间发白")


@pytest.mark.parametrize("text", ["孩子出生20天,牙床上有好几个小白点点,像米粒一样,老人说是马牙,吃奶好好的", "宝宝半个月，牙龈上有几个白色小点点，像米粒一样"])
def test_epstein_pearls_on_a_newborns_gums_are_self_care(text: str) -> None:
    assert "milia" in current_codes(text)
    assert service_decide(text, 0, "F")[0] == "self_care"


def test_a_babys_age_since_birth_is_not_how_long_the_problem_has_lasted() -> None:
    assert parse_duration_days("孩子出生20天,牙床上有好几个小白点点") is None
    assert parse_duration_days("宝宝出生第5天，皮肤发黄") is None
    assert parse_duration_days("咳嗽20天了") == 20


@pytest.mark.parametrize("text", ["2岁宝宝两天没拉粑粑了", "1岁的孩子三天没拉了"])
def test_a_toddler_and_days_without_a_poo_is_no_newborn(text: str) -> None:
    assert "newborn_days_old" not in current_codes(text)


@pytest.mark.parametrize("text", ["宝宝5天，皮肤发黄", "女儿出生第3天，吃奶少"])
def test_a_baby_days_old_is_still_a_newborn(text: str) -> None:
    assert "newborn_days_old" in current_codes(text)


# (6) Department readings: periods 'all over the place' (NHS Irregular periods), spots with the face and back or the
# marks they leave (NHS Acne).
@pytest.mark.parametrize("text", ["im 15 and my periods are all over the place", "my periods have been really erratic this year"])
def test_periods_all_over_the_place_are_a_period_problem(text: str) -> None:
    assert "gyn_symptoms" in current_codes(text)


@pytest.mark.parametrize("text", [
    "my spots have got loads worse, face and back",
    "some of my spots are leaving marks",
    "some are big painful ones under the skin on my face",
])
def test_spots_on_the_face_and_back_or_leaving_marks_are_acne(text: str) -> None:
    assert "acne" in current_codes(text)


@pytest.mark.parametrize("text", ["his chickenpox spots are on his face and back now", "a painful lump under the skin of her armpit"])
def test_chickenpox_spots_or_a_lump_in_the_armpit_are_not_acne(text: str) -> None:
    assert "acne" not in current_codes(text)
