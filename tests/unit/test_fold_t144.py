"""fold-t144: blind144 (heart, chest, breathing and circulation) folded in: each class with its look-alikes."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide, fired, service_decide

# --- 1. a racing heart at 150 a minute or more going on half an hour or more (NHS SVT: over 30 minutes, A&E; ESI) ---


@pytest.mark.parametrize("text", [
    "probably just too much coffee lol but my heart has been racing since about 6pm, my watch says 168 and it hasnt "
    "come down at all in 2 hours. no chest pain, breathing fine, not dizzy",
    "heart pounding for 45 minutes now, pulse 180 bpm, feel ok otherwise",
    "又犯了，心跳突然一下子变得特别快，手表显示172，已经一个多小时还没停。人清醒，不胸痛",
    "心慌40分钟了，心率160次/分",
    "心跳突然很快，手环显示心率155，持续一个小时了",
])
def test_racing_heart_over_150_for_half_an_hour_is_an_emergency(text: str) -> None:
    urgency, rules = service_decide(text, 40)
    assert urgency == "emergency" and "fast_heart_rate_episode_over_30_minutes" in rules


@pytest.mark.parametrize("text", [
    "heart racing for 10 minutes, pulse 160",                                # under half an hour
    "my heart was pounding during a run for an hour, watch said 165",         # the exercise's
    "palpitations on and off for 3 weeks, watch shows 155 sometimes",         # weeks of palpitations: a GP's
    "heart racing for an hour after coffee, pulse 110",                       # under 150
    "心慌了一个小时，心率120",
])
def test_racing_heart_look_alikes(text: str) -> None:
    assert "fast_heart_rate_episode_over_30_minutes" not in service_decide(text, 40)[1]


@pytest.mark.parametrize("text", [
    "blood pressure monitor says 165/100",
    "my watch says 12000 steps and 165 calories",
    "血压170/100，心跳80",
    "my watch says 165 over 95",
])
def test_heart_rate_150_is_never_a_blood_pressure_or_a_step_count(text: str) -> None:
    assert "heart_rate_150" not in current_codes(text)


def test_a_racing_heart_said_as_it_turning_fast_is_palpitations() -> None:
    assert "palpitations" in current_codes("心跳突然一下子变得特别快，像开关打开一样")
    assert "palpitations" in current_codes("最近偶尔感觉心脏“咯噔”一下，像漏跳了一拍")
    assert "palpitations" not in current_codes("心跳正常，没有心慌")


# --- 2. a choke told as a coughing fit while eating, with a cough or wheeze after (inhaled foreign body) ---


@pytest.mark.parametrize("text", [
    "My 3 year old was eating peanuts on the sofa and had a massive coughing fit and went red, it stopped after a "
    "minute or two and he's playing now but he's still coughing on and off and there's a whistly noise when he breathes out",
    "had some popcorn and then a coughing fit, still wheezing now",
    "孩子吃花生的时候突然一阵猛咳，脸憋得通红，现在还时不时咳，喘气有呼呼声",
])
def test_coughing_fit_while_eating_with_a_cough_or_wheeze_after_is_an_emergency(text: str) -> None:
    assert "inhaled_foreign_body_signs" in fired(text)


@pytest.mark.parametrize("text", [
    "I have been eating nuts and have a cough from my cold",
    "孩子吃花生，感冒了有点咳",
    "was eating crisps watching telly, no coughing, no wheeze, just a runny nose",
])
def test_coughing_fit_look_alikes(text: str) -> None:
    assert "inhaled_foreign_body_signs" not in fired(text)


# --- 3. blood coughed up by the spoonful or in mouthfuls (NHS Coughing up blood: more than a few spots, A&E) ---


@pytest.mark.parametrize("text", [
    "我有支气管扩张，今天晚上咳出来的是一口一口的鲜血，前后加起来有两三汤匙了",
    "咳血，大概有两勺",
    "I have bronchiectasis and tonight I've coughed up about 2-3 tablespoons of bright red blood",
    "a couple of spoonfuls of blood when I coughed",
])
def test_spoonfuls_of_blood_coughed_up_is_an_emergency(text: str) -> None:
    assert "cough_blood_heavy" in current_codes(text) and "coughing_blood_danger" in fired(text)


@pytest.mark.parametrize("text", [
    "streaks of blood in my phlegm this morning",
    "I took two tablespoons of cough syrup, a streak of blood in phlegm",
    "痰里带一点血丝，没有喘",
    "吃饭用了两勺，咳嗽，痰里有血丝",
])
def test_spoonful_look_alikes(text: str) -> None:
    assert "cough_blood_heavy" not in current_codes(text)


# --- 4. a finger oxygen thing's reading (NHS pulse oximeter: 92% or lower, A&E) ---


@pytest.mark.parametrize("text", [
    "got covid, day 4, got one of those finger oxygen things and it keeps saying 91 or 92 when im sat resting",
    "the finger oxygen monitor says 92",
    "oxygen monitor which shows 89",
])
def test_finger_oxygen_thing_reading_low_is_an_emergency(text: str) -> None:
    assert decide(text, 60)[0] in {"emergency", "emergency_ambulance"}


@pytest.mark.parametrize("text", [
    "finger pulse thing says 97 and it's fine",
    "finger thing says 90 minutes",
    "I sat and it took 85 seconds",
])
def test_finger_oxygen_look_alikes(text: str) -> None:
    assert not current_codes(text) & {"oxygen_saturation_critical", "oxygen_saturation_low", "oxygen_saturation_92"}


# --- 5. a very high blood pressure with the vision going blurry (AHA; NICE NG136: hypertensive emergency) ---


def test_vision_keeps_going_a_bit_blurry_with_bp_over_180_120_is_an_emergency() -> None:
    text = ("My home blood pressure monitor keeps saying 212/128, did it 3 times. I've had a banging headache since this "
            "morning and my vision keeps going a bit blurry.")
    assert "hypertensive_crisis_with_symptoms" in fired(text)
    for said in ("my vision keeps going a bit blurry", "vision went a bit fuzzy", "my vision goes blurry when I stand"):
        assert "blurred_vision" in current_codes(said)
    assert "blurred_vision" not in current_codes("my vision is not going blurry")
    assert "blurred_vision" not in current_codes("the picture on the TV keeps going fuzzy")


# --- 6. whooping cough told by the breath in after a coughing fit (NHS Whooping cough: urgent) ---


@pytest.mark.parametrize("text", [
    "孩子6岁，咳嗽快三个星期了，一阵一阵的咳，咳完吸气会有“吼”的一声，有几次咳到吐",
    "he makes a crowing noise breathing in after the coughing fits",
])
def test_whoop_after_a_coughing_fit_is_whooping_cough(text: str) -> None:
    assert service_decide(text, 6)[0] == "urgent" and "whooping_cough" in current_codes(text)


def test_whoop_look_alike() -> None:
    assert "whooping_cough" not in current_codes("咳完喝口水就好了")


# --- 7. both ankles puffy after sitting or standing, going down overnight (NHS Swollen ankles: self-care) ---


@pytest.mark.parametrize("text", [
    "Flew back from Florida yesterday (9 hrs), both ankles were quite puffy last night, much better this morning after "
    "sleeping with my feet up. No pain in my calves, not red, not breathless.",
    "夏天一到，在超市站一天班，晚上两个脚踝就有点肿，按一下有个小坑，睡一觉就消了。两边一样，不疼不红，也不喘",
])
def test_both_ankles_swelling_that_settles_is_self_care(text: str) -> None:
    assert service_decide(text, 45) == ("self_care", {"ankle_swelling_both_settling"})


@pytest.mark.parametrize("text", [
    "my ankles were swollen last night, much better this morning, but my left calf is painful",
    "两个脚踝有点肿，睡一觉就消了，小腿又红又疼",
    "ankles puffy, better with my feet up, but I'm short of breath",
    "only my left ankle is swollen, it went down overnight",
    "怀孕28周，脚踝肿，睡一觉就消了",
    "两个脚踝有点肿，已经一个星期了，不消",
])
def test_ankle_swelling_look_alikes(text: str) -> None:
    assert "ankle_swelling_both_settling" not in service_decide(text, 45)[1]


def test_ankle_swelling_at_70_keeps_a_gp_look() -> None:
    assert service_decide("both ankles puffy in the evening, gone down by the morning", 70)[0] != "self_care"


# --- 8. smaller readings: a wheeze said as 嘶嘶的声音, three or four coffees a day, a baby's nose full of 鼻屎 ---


def test_small_readings() -> None:
    assert "wheeze" in current_codes("一跑步就咳嗽，有时候胸口有嘶嘶的声音")
    assert "caffeine_excess" in current_codes("最近一天三四杯咖啡")
    assert service_decide("最近天天熬夜，一天三四杯咖啡，偶尔感觉心脏“咯噔”一下，就一下，没别的不舒服", 26)[0] == "self_care"
    assert "runny_nose" in current_codes("宝宝5个月，鼻子里有鼻屎，睡觉呼吸有呼噜呼噜的声音")
    assert "runny_nose" not in current_codes("鼻子里没有鼻涕，不堵")
