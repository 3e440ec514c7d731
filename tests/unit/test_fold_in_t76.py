"""blind76 (mothers and babies round 3: pregnancy, labour signs, the first six weeks, breastfeeding, babies and toddlers):
the readings the first look missed, each family in both languages, with the near misses that must not change."""

from __future__ import annotations

import pytest

from carebridge.tools.slots import parse_duration_days
from tests.triage_screen import current_codes, decide


# --- a baby who does not react to a tap, or whose whole body is floppy (ESI v4 level 1; NICE NG143 red) -----------
@pytest.mark.parametrize("text", [
    "宝宝2个月，脸色灰灰的，拍她脚底也没什么反应",
    "挠他脚心都没啥反应，呼吸很浅",
    "弹她脚底板两下也没什么反应",
    "my 2 month old is grey and floppy and barely responding",
])
def test_a_baby_who_does_not_react_to_a_tap_is_999(text: str) -> None:
    urgency, rules = decide(text, age=0)
    assert urgency == "emergency_ambulance" and "unresponsive" in rules


@pytest.mark.parametrize("text", [
    "宝宝8个月，浑身软趴趴的，一直想睡",
    "刚喂完奶，宝宝身子软塌塌的",
    "孩子1岁，整个人软绵绵的",
])
def test_a_babys_whole_body_gone_floppy_is_the_floppy_child(text: str) -> None:
    urgency, rules = decide(text, age=0)
    assert urgency == "emergency" and "child_seriously_unwell" in rules


@pytest.mark.parametrize("text", [
    "拍她脚底有反应，会哭",
    "拍照也没什么反应",
    "左边身子没劲",
])
def test_a_reaction_a_photo_or_one_side_weak_is_neither(text: str) -> None:
    codes = current_codes(text)
    assert "unresponsive" not in codes and "lethargic_child" not in codes


# --- 'blueish' lips are cyanosis (NHS Bronchiolitis: blue lips, call 999) ------------------------------------------
@pytest.mark.parametrize("text", [
    "4 month old with a cold, his lips went a bit blueish just now",
    "her lips look blue-ish and she's breathing funny",
    "孩子嘴唇发紫",
])
def test_blueish_lips_are_severe_breathing_difficulty(text: str) -> None:
    urgency, rules = decide(text, age=0)
    assert urgency == "emergency_ambulance" and "severe_breathing_difficulty" in rules


def test_lips_not_blueish_are_not() -> None:
    assert "dyspnea_severe" not in current_codes("snuffly cold but her lips are not blueish")


# --- racing thoughts are not a jump (suicidal phrases) -------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "she's talking really fast, jumping from one thing to another",
    "he keeps jumping from topic to topic and hasn't slept",
])
def test_jumping_between_topics_is_not_suicidal(text: str) -> None:
    assert "suicidal" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "I want to jump off the bridge",
    "thinking of jumping from the roof",
    "I'll jump in front of a train",
])
def test_a_jump_from_a_height_is_still_suicidal(text: str) -> None:
    assert "suicidal" in current_codes(text)


# --- weeks of pregnancy opening a message are a gestation, not a duration (slots; symptoms.yaml pregnancy) --------
@pytest.mark.parametrize("text", [
    "32 wks. belly goes hard now and then",
    "30 weeks, burning in my chest after meals",
    "34周了，最近一周全身痒",
    "怀孕快7个月了，这几天半夜小腿抽筋",
    "怀孕已经6个多月，腰疼",
])
def test_a_gestation_is_not_how_long_it_has_lasted(text: str) -> None:
    days = parse_duration_days(text)
    assert days is None or days < 30


@pytest.mark.parametrize(("text", "days"), [
    ("14 weeks and still coughing every night", 98),
    ("6 weeks, still coughing", 42),
    ("咳嗽快3个月了", 90),
])
def test_an_illness_in_weeks_or_months_is_still_a_duration(text: str, days: float) -> None:
    assert parse_duration_days(text) == days


@pytest.mark.parametrize("text", [
    "34周了，最近一周全身痒，尤其手心脚心",
    "三十二周了，手心脚心特别痒，晚上更厉害",
])
def test_weeks_opening_a_chinese_message_before_an_itch_is_a_pregnancy(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "urgent" and "itching_in_pregnancy" in rules


def test_three_weeks_of_a_cough_is_no_pregnancy() -> None:
    assert "pregnancy" not in current_codes("3周了，咳嗽一直不好")


# --- Braxton Hicks a few times a day (NHS Signs that labour has begun) ---------------------------------------------
@pytest.mark.parametrize("text", [
    "32 wks. belly goes rock hard a few times a day for like 30 secs, doesn't really hurt",
    "32 weeks, my bump goes hard a couple of times a day for about 20 seconds, it doesnt hurt",
    "怀孕32周，肚子一天会发硬几次，过一会儿就软了，不疼",
])
def test_a_bump_going_hard_briefly_is_braxton_hicks(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "self_care" and "braxton_hicks" in rules


@pytest.mark.parametrize("text", [
    "30 wks, belly goes tight now and then for a few seconds and it really hurts",
    "34 weeks, bump goes rock hard for 30 seconds every 5 minutes",
])
def test_painful_or_regular_tightenings_are_not(text: str) -> None:
    assert "braxton_hicks" not in decide(text, age=30)[1]


# --- lochia settling after the birth (NHS Your post-pregnancy body) -------------------------------------------------
@pytest.mark.parametrize("text", [
    "10 days after birth, still bleeding but it's lighter now, more pinky brown, no smell",
    "a week after the birth, still bleeding, it's lighter now and more brownish",
])
def test_lighter_browner_bleeding_after_the_birth_is_self_care(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "self_care" and "lochia_settling" in rules


def test_smelly_bleeding_after_the_birth_is_not_self_care() -> None:
    assert decide("10 days after birth, still bleeding and it smells really bad", age=30)[0] != "self_care"


# --- an infected episiotomy or caesarean wound (NHS Episiotomy and perineal tears; NICE NG194) ---------------------
@pytest.mark.parametrize("text", [
    "顺产侧切第6天，伤口越来越疼，摸着又肿又硬，今天发现有黄色的东西流出来，味道很难闻",
    "剖腹产刀口往外流黄色的液体，闻着很臭",
    "侧切第5天，缝线的地方流出黄绿色的脓，味道很臭",
])
def test_yellow_matter_or_a_bad_smell_from_the_wound_is_an_infection(text: str) -> None:
    urgency, rules = decide(text, age=28)
    assert urgency == "urgent" and "skin_infection" in rules


@pytest.mark.parametrize("text", [
    "侧切伤口有点疼，没有黄色的东西流出来，也没有味道",
    "侧切的地方有点疼，没什么味道",
])
def test_a_sore_clean_wound_is_not_infected(text: str) -> None:
    assert "wound_infection" not in current_codes(text)


# --- stridor only when crying (NHS Healthier Together croup) --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "barking cough, a squeaky noise when she breathes in but only when she's crying",
    "2 year old, barking cough, squeaky noise when he breathes in only when he's upset",
    "孩子犬吠样咳嗽，一哭就有嘶嘶的声音",
])
def test_stridor_only_when_upset_is_urgent(text: str) -> None:
    urgency, rules = decide(text, age=2)
    assert urgency == "urgent" and "stridor_when_upset" in rules


def test_stridor_at_rest_is_not_the_upset_only_rule() -> None:
    urgency, rules = decide("squeaky noise breathing in even when she's asleep, barking cough", age=2)
    assert "stridor_when_upset" not in rules and urgency == "emergency_ambulance"


# --- a puffy face and fingers in pregnancy (NHS Pre-eclampsia; NICE NG133) -------------------------------------------
@pytest.mark.parametrize("text", [
    "29 weeks pregnant, my face and fingers have gone really puffy today",
    "30 weeks pregnant, my face and hands are really swollen today",
    "怀孕29周，这两天脸和手指都有点肿",
])
def test_a_puffy_face_and_hands_in_pregnancy_is_urgent(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "urgent" and "pregnancy_face_or_hand_swelling" in rules


def test_with_a_headache_it_is_the_pre_eclampsia_red_flag() -> None:
    text = "28 weeks. headache since yesterday, my face and fingers have gone really puffy today"
    urgency, rules = decide(text, age=32)
    assert urgency == "emergency" and "pregnancy_swelling_with_headache" in rules


def test_a_face_and_fingers_not_swollen_is_not() -> None:
    assert "lip_face_swelling" not in current_codes("my face and fingers are not swollen, 30 weeks pregnant")


# --- a 'red hot' breast patch beside a temperature (NHS Mastitis) ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "3 wks postpartum, breastfeeding. red hot painful patch on my right boob, 38.5 temp",
    "breastfeeding, hot red painful patch on my left breast, temp 38.6",
    "2 weeks after the birth, my right boob is red and hot and sore, 38.4 temperature",
])
def test_a_red_hot_breast_patch_with_a_fever_is_mastitis(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "urgent" and "breast_inflammation_with_fever" in rules


def test_feeling_hot_with_a_reading_is_still_a_fever() -> None:
    assert "fever" in current_codes("she feels hot, 38.6 under her arm")


# --- postnatal low mood in the mother's words (NHS Postnatal depression) ----------------------------------------------
@pytest.mark.parametrize("text", [
    "baby is 5 weeks. I cry most days, I don't feel anything when I hold her",
    "I feel like a robot going through the motions since the birth",
    "生完孩子两个月，每天都想哭",
    "生完孩子一个月，抱着宝宝也没什么感觉",
])
def test_the_mothers_own_words_are_low_mood(text: str) -> None:
    assert "low_mood" in current_codes(text)


@pytest.mark.parametrize("text", [
    "she cries every night at bedtime, 2 year old",
    "宝宝每天都哭",
    "my baby cries most days",
    "I feel love when I hold her",
])
def test_a_babys_crying_or_a_bond_is_not_low_mood(text: str) -> None:
    assert "low_mood" not in current_codes(text)


# --- an undescended testicle said as an empty scrotum (NHS Undescended testicles) ---------------------------------
@pytest.mark.parametrize("text", [
    "男宝6个月，左边阴囊里面好像是空的，摸不到蛋蛋",
    "洗澡时摸不到右边的睾丸",
])
def test_an_empty_scrotum_is_an_undescended_testicle(text: str) -> None:
    assert "undescended_testis" in current_codes(text)


@pytest.mark.parametrize("text", [
    "宝宝两边阴囊都摸得到蛋蛋",
    "阴囊不空，两个都在",
])
def test_both_testicles_felt_is_not(text: str) -> None:
    assert "undescended_testis" not in current_codes(text)
