"""stress_s21 (emergency recall): what its first look under-triaged, read for what it says, with the near-misses
that must not change."""

from __future__ import annotations

import pytest

from carebridge.tools.triage_engine import symptom_matches
from tests.triage_screen import current_codes, decide


@pytest.mark.parametrize("text", ["胸口痛得厉害 往背上窜 像被撕开一样", "我爸胸口疼 窜到后背去了 跟刀割一样"])
def test_a_shorter_reading_stands_where_the_longest_runs_into_a_winning_finding(text: str) -> None:
    # the tearing-pain reading of the chest runs through the spreading pain; 胸口疼 alone still stands
    assert {"chest_pain", "radiating_pain"} <= current_codes(text)
    assert decide(text, age=60)[0] == "emergency_ambulance"


def test_overlapping_readings_of_one_code_are_not_doubled() -> None:
    found = [m for m in symptom_matches("胸口疼") if m.code == "chest_pain"]
    assert len(found) == 1


@pytest.mark.parametrize("text", ["he says he feels rough and sick", "i feel 'weird' and sick"])
def test_sick_joined_to_another_feeling_is_nausea(text: str) -> None:
    assert "nausea" in current_codes(text)


@pytest.mark.parametrize("text", ["i feel tired and sick of it all", "she feels fine and sick of waiting"])
def test_sick_of_is_no_nausea(text: str) -> None:
    assert "nausea" not in current_codes(text)


def test_jaw_ache_sweating_and_feeling_off_and_sick_is_a_possible_heart_attack() -> None:
    text = "my aunt is 68, her jaw has been aching since this afternoon, she's clammy and says she feels off and sick"
    assert decide(text, age=68) == ("emergency_ambulance", {"anginal_equivalent_with_sweating"})


@pytest.mark.parametrize("text", ["throat is agony on one side and he can hardly swallow his own saliva",
                                  "嗓子右边肿得厉害 连口水都很难咽"])
def test_barely_able_to_swallow_saliva(text: str) -> None:
    assert "drooling_cannot_swallow" in current_codes(text)


@pytest.mark.parametrize("text", ["my throat is sore but I can swallow my spit fine", "嗓子疼 口水能咽下去"])
def test_swallowing_saliva_fine_is_no_drooling(text: str) -> None:
    assert "drooling_cannot_swallow" not in current_codes(text)


@pytest.mark.parametrize("text", ["he grabbed a downed power line and got thrown off his feet",
                                  "我弟弟碰到了高压线 手上烧黑了一块"])
def test_touching_a_power_line_is_an_electric_shock(text: str) -> None:
    assert "electrical_burn" in current_codes(text)
    assert decide(text, age=20)[0] in {"emergency", "emergency_ambulance"}


@pytest.mark.parametrize("text", ["we drove under the power lines on the way home", "got a static shock off the car door"])
def test_power_lines_nearby_or_static_is_no_shock(text: str) -> None:
    assert "electrical_burn" not in current_codes(text)


@pytest.mark.parametrize(("text", "age"), [
    ("山上捡的野生菌煮汤喝了 现在肚子疼一直吐", 50),
    ("we foraged mushrooms in the woods and fried them for tea, now both of us are vomiting", 40),
])
def test_wild_mushrooms_named_before_they_were_eaten(text: str, age: float) -> None:
    assert decide(text, age=age) == ("emergency", {"plant_or_mushroom_poisoning"})


def test_wild_mushrooms_not_eaten_are_no_ingestion() -> None:
    assert "plant_ingestion" not in current_codes("山上采的野蘑菇没吃 都扔了")


@pytest.mark.parametrize("text", ["孩子吃果冻噎住了 咳也咳不出来 憋得发不出声音", "卡住了，咳不出，发不出声"])
def test_a_choke_with_a_failed_cough_then_no_sound(text: str) -> None:
    assert "dyspnea_severe" in current_codes(text)


@pytest.mark.parametrize("text", ["鱼刺卡住了 咳不出来 说话正常", "刚才噎住了 咳了几下就好了 说话正常"])
def test_a_stuck_fish_bone_that_still_lets_him_talk_is_no_complete_obstruction(text: str) -> None:
    assert "dyspnea_severe" not in current_codes(text)


@pytest.mark.parametrize(("text", "age"), [
    ("my daughter went under at the swimming pool for maybe 30 seconds, the lifeguard got her out of the water, now she keeps coughing and is breathing fast", 8),
    ("we rescued him from the river, he nearly drowned, now he is really drowsy", 12),
    ("孩子掉进河里了 被人捞上来 现在喘得厉害", 6),
    ("老人在浴缸里溺水了 救起来以后一直咳嗽 迷迷糊糊", 80),
])
def test_drowning_with_symptoms_is_an_emergency(text: str, age: float) -> None:
    urgency, rules = decide(text, age=age)
    assert urgency == "emergency_ambulance"
    assert "drowning_with_symptoms" in rules or "severe_breathing_difficulty" in rules


@pytest.mark.parametrize("text", ["she got out of the bath and feels a bit dizzy", "雨太大 院子淹了", "宝宝洗澡呛了口水 咳了几声",
                                  "I'm drowning in paperwork and have a cough"])
def test_no_submersion(text: str) -> None:
    assert "submersion" not in current_codes(text)


def test_a_drowning_long_ago_is_history() -> None:
    urgency, rules = decide("he nearly drowned when he was little, he is fine now, coughing a bit with a cold", age=30)
    assert "drowning_with_symptoms" not in rules


@pytest.mark.parametrize("text", ["my son was under for a bit before we fished my son out of the pond, he's coughing and coughing",
                                  "lifeguard pulled my little girl out of the sea, she was under for about a minute, now she's breathing fast"])
def test_submersion_said_with_a_longer_object_or_a_while_under(text: str) -> None:
    assert "submersion" in current_codes(text)


@pytest.mark.parametrize("text", ["孩子吃糖噎住了 喘不过气", "老人吃年糕卡住了，上不来气"])
def test_a_choke_that_stops_the_breath(text: str) -> None:
    assert "dyspnea_severe" in current_codes(text)


def test_a_choke_that_passed_is_not_one() -> None:
    assert "dyspnea_severe" not in current_codes("刚才吃饭噎了一下 喝口水就好了 喘气正常")


@pytest.mark.parametrize("text", ["my left eye is red and so painful and i keep seeing halos", "eye is rock hard and painful, seeing rainbow rings"])
def test_haloes_seen_and_a_painful_tense_eye(text: str) -> None:
    # "rock hard and painful" is read as the tense eye (eye_tense), which outranks plain eye pain
    assert "haloes" in current_codes(text) and {"eye_pain", "eye_tense"} & current_codes(text)
    assert decide(text, age=60)[0] in {"emergency", "emergency_ambulance"}


def test_seeing_a_halo_is_not_a_painful_eye() -> None:
    assert "eye_pain" not in current_codes("the painting shows a saint with a halo, my eyes are fine")


@pytest.mark.parametrize("text", ["my 2 year old swallowed some washing machine liquid", "toddler drank the rinse aid"])
def test_machine_detergents_are_household_chemicals(text: str) -> None:
    assert decide(text, age=2)[0] in {"emergency", "emergency_ambulance"}


@pytest.mark.parametrize("text", ["no poo and no wind for 3 days and I keep being sick", "been 3 days, no wind, no stools, vomiting"])
def test_no_stool_and_no_wind_is_a_possible_obstruction(text: str) -> None:
    assert "bowel_obstruction" in current_codes(text)


def test_wind_without_stool_is_no_obstruction() -> None:
    assert "bowel_obstruction" not in current_codes("no poo for 3 days but passing plenty of wind")


def test_a_message_that_opens_with_the_weeks_of_pregnancy() -> None:
    assert "pregnancy" in current_codes("36 weeks headache that won't shift and I'm seeing stars")
    assert "pregnancy" not in current_codes("14 weeks ago I had a cough")


def test_a_cold_sweat_said_as_xuhan() -> None:
    assert "sweating" in current_codes("我爸今天一直冒虚汗")


@pytest.mark.parametrize(("text", "age"), [
    ("I'm 72 and diabetic, this evening suddenly breathless, clammy and queasy, chest feels fine", 72),
    ("我爸七十了 有糖尿病 今天突然喘不上气 出冷汗 恶心", 70),
])
def test_breathless_cold_sweat_sickness_older(text: str, age: float) -> None:
    assert decide(text, age=age)[0] == "emergency_ambulance"


@pytest.mark.parametrize(("text", "age"), [
    ("I'm 72, chesty cough and a fever, breathless, sweaty and feel sick, exhausted", 72),
    ("I'm 35, short of breath, sweaty and sick after a run, tired out", 35),
])
def test_breathless_sweat_sickness_with_an_infection_or_young_is_not_that_rule(text: str, age: float) -> None:
    assert "breathless_cold_sweat_sickness_older" not in decide(text, age=age)[1]


@pytest.mark.parametrize("text", ["home monitor says my BP is 205/118 and my vision has gone blurry",
                                  "bp 188 over 124 and my left arm feels weak", "量了血压195/125 胸口闷 看东西模糊"])
def test_blood_pressure_180_120_with_organ_signs(text: str) -> None:
    assert "hypertensive_crisis_with_symptoms" in decide(text, age=60)[1]


@pytest.mark.parametrize("text", ["BP 165/100 this morning, bit of a headache, vision fine", "血压160/100 头有点晕", "bp 190/120 and I feel fine"])
def test_blood_pressure_below_the_line_or_without_organ_signs(text: str) -> None:
    assert "hypertensive_crisis_with_symptoms" not in decide(text, age=60)[1]


@pytest.mark.parametrize("text", ["since the new gas heater went on we all have headaches and my husband passed out",
                                  "在浴室里用燃气热水器洗澡 我妈晕倒了"])
def test_a_gas_heater_running_with_a_faint_is_carbon_monoxide(text: str) -> None:
    assert "carbon_monoxide_with_reduced_consciousness" in decide(text, age=50)[1]


def test_a_water_heater_is_no_scald() -> None:
    assert "burn" not in current_codes("热水器坏了 洗澡水是凉的")


def test_a_symptom_joined_to_sick_keeps_its_own_reading() -> None:
    # "feel dizzy and sick" is dizziness (an anaphylaxis sign with a swelling mouth), not swallowed into nausea
    text = "lips and mouth swelling up and i feel dizzy and sick, started a new antibiotic this morning"
    assert "dizziness" in current_codes(text)
    assert decide(text, age=30)[0] == "emergency_ambulance"
