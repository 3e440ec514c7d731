"""fold-t142: blind142 folded in: each class with its look-alikes."""

from __future__ import annotations

import pytest

from carebridge.tools.slots import parse_duration_days
from tests.triage_screen import current_codes, decide, department_group, fired, service_decide

# --- 1. reduced fetal movements (NHS Your baby's movements: contact the maternity unit immediately; RCOG GTG57) ---


@pytest.mark.parametrize("text", [
    "孕36周，平时宝宝晚上动得很欢，今天从中午到现在感觉没怎么动过，吃了点甜的躺下也没什么动静。明天产检再说可以吗",
    "孕36周，宝宝今天没怎么动过",
    "孕34周，宝宝从早上到现在都没怎么动",
    "孕30周，宝宝今天一下午没咋动",
    "孕33周，吃了点甜的躺了一会，宝宝也没什么动静",
    "孕36周，宝宝从昨天到现在都没怎么动",
    "怀孕35周，这两天胎动减少了",
    "I'm 36 weeks pregnant, baby normally goes mad in the evenings but has hardly moved since midday",
    "36 weeks, I haven't felt much movement since noon",
    "I'm 36 weeks and the baby's not moving as much today",
])
def test_baby_moving_less_in_late_pregnancy_is_an_emergency(text: str) -> None:
    assert "reduced_fetal_movements" in fired(text)
    assert service_decide(text, 30, "F")[0] == "emergency"


@pytest.mark.parametrize("text", [
    "孕36周，宝宝今天动得很欢",
    "孕30周，胎动正常，没有减少",
    "孕36周，宝宝昨天没怎么动，后来去医院监护都正常，今天动得挺好",
    "孕36周，我自己今天没怎么动过，一直躺着",
    "我儿子3岁，今天不怎么动，没精神",
    "宝宝8个月，今天没怎么动",
    "36 weeks, baby moving loads today",
    "36 weeks, the baby is moving as much as usual",
    "I'm 36 weeks and I've hardly moved off the sofa today",
    "孕18周，还没感觉到胎动",
])
def test_movements_normal_or_not_the_baby_in_the_womb_are_not_reduced(text: str) -> None:
    assert "reduced_fetal_movements" not in fired(text)


def test_mei_guo_in_a_findings_own_words_is_not_history() -> None:
    # 没…过 is a negated perfect ("has not moved since"), the finding today's
    assert "reduced_fetal_movements" in current_codes("孕37周，今天感觉宝宝没怎么动过")


# --- 2. a dog bite through the skin: the house's urgent (a label disagreement kept in KNOWN_MISSES) ---


def test_grade_iii_dog_bite_stays_urgent_and_deep_or_face_bites_emergency() -> None:
    text = "下班路上被一只流浪狗咬了小腿一口，有两个牙印破皮出血了，我已经用水冲了一下贴了创可贴。想问问周末再去打疫苗行不行"
    assert service_decide(text, 30, "M")[0] == "urgent"
    assert decide("被邻居家的狗咬到脸了，左脸颊一道口子挺深的，还在渗血")[0] == "emergency"


# --- 3. a day counted by its ordinal is how long it has lasted (NHS Fever in children: 5 days or more) ---


@pytest.mark.parametrize("text, days", [
    ("she's had a temperature around 39 since friday, today is the 5th day.", 5.0),
    ("today is day 5 of the fever", 5.0),
    ("we are on the fifth day of his fever", 5.0),
    ("it's day 5 now with the temperature", 5.0),
])
def test_ordinal_day_is_a_duration(text: str, days: float) -> None:
    assert parse_duration_days(text) == days


@pytest.mark.parametrize("text", ["day 3 of my period and very heavy", "appointment on the 5th",
                                  "the second day of my holiday", "on the 5th day of antibiotics"])
def test_ordinal_day_of_something_else_is_no_duration(text: str) -> None:
    assert parse_duration_days(text) is None


def test_fifth_day_of_a_childs_fever_is_urgent() -> None:
    text = ("my daughter is 4, she's had a temperature around 39 since friday, today is the 5th day. calpol brings it "
            "down and she's drinking and weeing ok")
    assert service_decide(text, 4, "F")[0] == "urgent"
    assert service_decide("my son is 3, temperature of 38.5, today is the 2nd day", 3)[0] == "self_care"


# --- 4. the usual migraine's aura (NHS Migraine) ---


def test_usual_migraine_read_as_migraine_usual_explains_its_zigzags() -> None:
    text = ("i get migraines with the zigzag lights, had them since i was a teen, same as always - aura then a one sided "
            "headache, sumatriptan sorts it. but its been 5 or 6 a month lately and i want to talk about preventers.")
    assert service_decide(text, 29, "F")[0] == "routine"
    # zigzags with no known migraine are still a new change in vision
    assert decide("zigzag lights in my vision for the first time, never had migraines")[0] == "urgent"


@pytest.mark.parametrize("text", [
    "migraines since i was a teen, same as always, but today my vision went suddenly blurry in one eye",
    "my vision went suddenly blurry in one eye",
    "vision suddenly went blurry",
])
def test_sight_going_blurry_beside_a_usual_migraine_is_still_a_vision_change(text: str) -> None:
    assert "blurred_vision" in current_codes(text)
    assert decide(text, 30)[0] in ("urgent", "emergency", "emergency_ambulance")


# --- 5. a chest strain told over two sentences (NHS Chest pain: a strain after lifting) ---


def test_chest_pain_from_lifting_then_sore_to_press_is_a_strain() -> None:
    text = ("Pain in my chest on the right side since moving a wardrobe yesterday. Hurts when I twist or press on the "
            "spot, fine when I sit still. Breathing OK, no sweats.")
    assert "chest_wall_strain" in current_codes(text)
    assert service_decide(text, 44, "M")[0] == "self_care"


@pytest.mark.parametrize("text", [
    "Pain in my chest since moving a sofa yesterday. Now it spreads to my left arm and I am sweaty, it hurts when I press on it",
    "Pain in my chest since moving a wardrobe yesterday. Tight and heavy, worse walking up stairs.",
])
def test_chest_pain_after_lifting_without_the_press_or_with_danger_signs_stays_an_emergency(text: str) -> None:
    assert decide(text, 44)[0] in ("emergency", "emergency_ambulance")


# --- 6. a cold sore coming (NHS Cold sores) ---


@pytest.mark.parametrize("text", [
    "tingly lip and a little blister coming, I get them every winter. just want to check the cream from the chemist is fine",
    "my lip is tingling and now a small blister is coming up",
])
def test_tingly_lip_then_a_blister_is_a_cold_sore(text: str) -> None:
    codes = current_codes(text)
    assert "cold_sore" in codes and "burn_serious" not in codes
    assert decide(text, 19)[0] == "self_care"


def test_a_burned_lip_blister_is_still_a_burn() -> None:
    assert "burn" in current_codes("burned my lip on hot coffee and a blister came up")


# --- 7. constipation said as not going (NHS Constipation; opioid labels) and 拉不出来 ---


@pytest.mark.parametrize("text", [
    "Since I started co-codamol for my back last week I haven't been able to go properly, 4 days now. No pain, eating ok.",
    "I haven't been able to go properly for 4 days",
    "haven't been able to go for a poo for 5 days",
    "吃了止疼药以后一直拉不出来，4天了",
])
def test_not_going_for_days_is_constipation(text: str) -> None:
    assert "constipation" in current_codes(text)


@pytest.mark.parametrize("text", [
    "haven't been able to go to work for 4 days with this cough",
    "尿拉不出来，小肚子胀",
])
def test_not_going_to_work_or_the_bladder_is_not_constipation(text: str) -> None:
    assert "constipation" not in current_codes(text)


@pytest.mark.parametrize("text", ["尿拉不出来，小肚子胀", "小便拉不出来一天了"])
def test_urine_that_will_not_come_is_retention(text: str) -> None:
    assert decide(text, 70)[0] == "emergency"


# --- 8. numbing asked for is no numbness (NHS Mouth ulcers) ---


def test_anything_to_numb_it_is_not_numbness() -> None:
    text = "got a really sore ulcer inside my cheek for 4 days after I bit it. eating is annoying. anything to numb it?"
    assert "numbness" not in current_codes(text)
    assert service_decide(text, 40, "F")[0] == "self_care"
    assert department_group(text, 40) == "口腔科"


@pytest.mark.parametrize("text", ["my fingers are tingly and numb", "my face started to go numb", "numbness in my left foot"])
def test_numbness_said_of_the_body_is_still_numbness(text: str) -> None:
    assert current_codes(text) & {"numbness", "one_sided_weakness"}


# --- 9. 尿的时候火辣辣地疼 in a man (NHS Urinary tract infections: urgent GP for a man) ---


@pytest.mark.parametrize("text", ["62岁男，这两天小便又频又急，尿的时候火辣辣地疼，尿有点浑，今天量体温37.9，腰不疼",
                                  "尿的时候疼，尿频", "尿的时候火辣辣的"])
def test_burning_pee_in_a_man_is_urgent(text: str) -> None:
    assert "dysuria" in current_codes(text)
    assert service_decide(text, 62, "M")[0] == "urgent"


def test_tummy_pain_while_peeing_is_not_dysuria() -> None:
    assert "dysuria" not in current_codes("尿的时候肚子疼")


# --- 10. palpitations in quotation marks (NHS Heart palpitations) ---


def test_heart_jolt_in_quotation_marks_is_palpitations() -> None:
    text = "偶尔会觉得心脏“咯噔”一下，像漏跳一拍，一般是喝完咖啡或者熬夜以后，几秒就好了，没有胸痛也没晕过。"
    assert "palpitations" in current_codes(text)
    assert department_group(text, 28) == "内科"


@pytest.mark.parametrize("text", ["听到消息心里咯噔一下", "心里“咯噔”一下，怕是出事了"])
def test_the_idiom_of_alarm_is_not_palpitations(text: str) -> None:
    assert "palpitations" not in current_codes(text)


# --- 11. a nosebleed's first aid is not a cut (NHS Nosebleed) ---


def test_nose_pinched_until_it_stopped_is_the_nosebleed() -> None:
    text = "孩子6岁 刚才抠鼻子流鼻血了 捏着鼻子低头压了10分钟就止住了 以前也有过几次 现在活蹦乱跳的"
    assert "minor_cut" not in current_codes(text)
    assert department_group(text, 6) == "儿科"
    assert "minor_cut" in current_codes("手指割了个口子，压了5分钟就止住了")
    assert decide("流鼻血了，捏着鼻子压了20分钟还在流")[0] == "emergency"


# --- 12. frequent migraines are a GP's, not self-care (NHS Migraine: see a GP if more than 5 days a month) ---


@pytest.mark.parametrize("text", [
    "46 y/o female, has had migraines since her teens, same as always with zigzag lights then one sided headache, but now "
    "getting them 5-6 times a month and wants to talk about a preventer.",
    "偏头痛老毛病了，跟以前一样，最近一个月要犯六七次，想问问预防的药",
])
def test_frequent_usual_migraines_are_routine(text: str) -> None:
    assert "migraine_frequent" in current_codes(text)
    assert service_decide(text, 46, "F")[0] == "routine"


@pytest.mark.parametrize("text", [
    "my usual migraine, zigzag lights first then a one sided headache, same as always",
    "偏头痛跟以前一样，一年也就犯两三次",
])
def test_an_occasional_usual_migraine_is_not_frequent(text: str) -> None:
    assert "migraine_frequent" not in current_codes(text)
