"""blind87 (children and young people), the routine, self-care and department misses of the first look, each read as a
family, with the near misses that must not change; and the child-injury department family seen in blind84."""

from __future__ import annotations

import pytest

from carebridge.tools.slots import parse_duration_days, parse_severity
from tests.triage_screen import current_codes, decide, department_group


# (1) An injury with no finding that points to a department goes to the injury's department (departments.yaml
# injury_codes), a child's to 小儿外科, which belongs to 外科 (house convention; blind84, blind87 t87e-023).
@pytest.mark.parametrize("text", [
    "she trapped her finger in the car door, it's swollen",
    "a cricket ball hit his thumb at school, it's bruised",
    "he jammed his finger playing basketball",
    "弟弟的手指被抽屉夹了一下",
    "孩子打排球的时候手指被戳了一下",
    "上体育课被同学撞了一下，胳膊青了一块",
])
@pytest.mark.parametrize("age", [6, 11])
def test_a_childs_injury_with_nothing_else_goes_to_surgery(text: str, age: float) -> None:
    assert department_group(text, age=age) == "外科"


@pytest.mark.parametrize("text", ["she trapped her finger in the car door, it's swollen", "上体育课被同学撞了一下，胳膊青了一块"])
def test_an_adults_injury_with_nothing_else_goes_to_surgery_not_the_desk(text: str) -> None:
    assert department_group(text, age=35) == "外科"


@pytest.mark.parametrize("text", [
    "he plays football every weekend and has had a cough for two days",
    "she does gymnastics, now has a temperature and a sore throat",
    "孩子平时打篮球，这两天咳嗽流鼻涕",
    "she plays hockey and has had tummy ache since yesterday",
])
def test_a_childs_illness_said_beside_a_sport_stays_in_paediatrics(text: str) -> None:
    assert department_group(text, age=9) == "儿科"


# (2) Something still in a child's eye after rinsing is an eye injury: 眼科 takes it out (NHS Eye injuries).
@pytest.mark.parametrize("text", [
    "sand blew in his eye at the beach, we rinsed it lots but it still feels gritty",
    "他眼睛里进了沙子，冲了好几遍还是磨得慌",
    "玩沙子进了眼睛，用水冲过了到现在还是磨得难受",
])
def test_something_still_in_a_childs_eye_after_rinsing_goes_to_ophthalmology(text: str) -> None:
    assert department_group(text, age=8) == "眼科"


@pytest.mark.parametrize("text", ["洗头的时候洗发水进眼睛了，冲了一下就好了", "got shampoo in her eye, rinsed it and it's fine"])
def test_shampoo_rinsed_out_of_a_childs_eye_stays_in_paediatrics(text: str) -> None:
    assert department_group(text, age=8) == "儿科"


# (3) Lay words for a bite, a burn and a broken tooth, read in the forms blind87 used.
@pytest.mark.parametrize("text", ["下午逗楼下的猫 被咬了一口", "喂流浪狗 被咬了手", "摸邻居家的狗 被咬伤了"])
def test_an_animal_bite_after_a_space_is_read(text: str) -> None:
    assert "animal_bite" in current_codes(text)


@pytest.mark.parametrize("text", ["下午逗楼下的猫 它跑了", "喂流浪狗 狗很乖"])
def test_handling_an_animal_without_a_bite_is_no_bite(text: str) -> None:
    assert "animal_bite" not in current_codes(text)


@pytest.mark.parametrize("text", ["手碰了一下刚烧开水的水壶，红了一块", "摸了刚熨完衣服的熨斗", "抓了一下刚煮完饭的锅盖，手指红了"])
def test_touching_a_pan_or_iron_just_used_is_a_burn(text: str) -> None:
    assert "burn" in current_codes(text)


@pytest.mark.parametrize("text", ["摸了一下刚洗完的锅，是凉的", "帮妈妈洗了刚用完的锅"])
def test_a_cold_pan_or_washing_up_is_no_burn(text: str) -> None:
    assert "burn" not in current_codes(text)


@pytest.mark.parametrize("text", ["摔了一跤，门牙断了一半", "撞到栏杆上，牙齿崩了一大块", "下面的牙掉了半截"])
def test_part_of_a_tooth_gone_is_a_broken_tooth(text: str) -> None:
    assert "dental_trauma" in current_codes(text)


@pytest.mark.parametrize("text", ["7岁，门牙掉了，新牙还没长出来", "乳牙松了掉了一颗"])
def test_a_baby_tooth_falling_out_is_no_broken_tooth(text: str) -> None:
    assert "dental_trauma" not in current_codes(text)


# (4) Time words: an age in years, someone else's illness, an event to come are not how long the problem has lasted.
@pytest.mark.parametrize(("text", "days"), [
    ("My daughter is 7 years, fever since 2 days", 2),
    ("he's 12 years and has had a cough for 3 days", 3),
    ("her sister had it 10 days ago, now she has spots since yesterday", 1),
    ("my mum had flu a week ago and I've had a sore throat for 2 days", 2),
    ("exams in 2 weeks and I can't sleep", None),
    ("my wedding is in 3 months, stressed", None),
    ("headaches on and off for the past couple months", 60),
])
def test_the_illness_length_is_not_an_age_another_persons_illness_or_an_event_to_come(text: str, days: float | None) -> None:
    assert parse_duration_days(text) == days


@pytest.mark.parametrize(("text", "days"), [
    ("I've had this rash for 10 years", 3650), ("cough for 2 weeks", 14), ("lost 4kg in 3 weeks", 21), ("she has had it for 2 weeks", 14),
])
def test_a_real_length_is_still_read(text: str, days: float) -> None:
    assert parse_duration_days(text) == days


def test_a_cold_in_a_child_whose_age_is_said_in_years_is_self_care() -> None:
    urgency, rules = decide("My son is 8 years, runny nose and cough since 2 days, no fever today, eating and playing", age=8)
    assert urgency == "self_care"


# (5) A severe word for how something looks is not a pain score.
@pytest.mark.parametrize("text", ["the bruise looks horrific", "the lump looks really terrible but he's playing", "伤口看起来很吓人"])
def test_a_severe_word_for_a_look_is_no_pain_score(text: str) -> None:
    assert parse_severity(text) is None


@pytest.mark.parametrize("text", ["the pain is horrific", "it looks swollen and the pain is terrible", "terrible pain in my knee"])
def test_a_severe_pain_is_still_severe(text: str) -> None:
    assert parse_severity(text) == 8


# (6) Figures of speech and sites: "wound up" is tense, acne "on my face and back" is where the skin problem is.
@pytest.mark.parametrize("text", ["I get so wound up before tests", "she's been wound up all week", "feeling wound up and tense"])
def test_wound_up_is_no_wound(text: str) -> None:
    assert "wound" not in current_codes(text)


@pytest.mark.parametrize("text", ["the wound on his knee is red", "the wound on his arm is weeping"])
def test_a_wound_is_still_a_wound(text: str) -> None:
    assert "wound" in current_codes(text)


@pytest.mark.parametrize("text", ["spots on my chest and back are bad", "acne on his face and back is really bad", "eczema on her neck and back is bad"])
def test_a_skin_problem_on_the_back_is_no_back_pain(text: str) -> None:
    assert "back_pain" not in current_codes(text)


@pytest.mark.parametrize("text", ["my back is really bad", "my back's been bad all week"])
def test_a_bad_back_is_still_back_pain(text: str) -> None:
    assert "back_pain" in current_codes(text)


# (7) Periods never started at 16 (NHS Starting periods: see a GP) and a child afraid of school (NHS Anxiety disorders in
# children): the department.
@pytest.mark.parametrize("text", ["my daughter is 16 and hasn't started her periods yet", "I'm 16 and my periods haven't started",
                                  "女儿16岁了还没来过月经", "我都16了例假还没来过"])
def test_periods_not_started_at_16_go_to_gynaecology(text: str) -> None:
    assert "gyn_symptoms" in current_codes(text)
    assert department_group(text, age=16) == "妇产科"


@pytest.mark.parametrize("text", ["儿子15岁，害怕上学，一到早上就说肚子疼，周末就好了", "她很怕考试，一考试就想吐，晚上睡不着"])
def test_a_teenager_afraid_of_school_goes_to_psychiatry(text: str) -> None:
    assert "anxiety" in current_codes(text)
    assert department_group(text, age=15) == "精神科"


@pytest.mark.parametrize("text", ["我不怕打针", "孩子不怕考试，就是肚子疼"])
def test_no_fear_is_no_anxiety(text: str) -> None:
    assert "anxiety" not in current_codes(text)


# (8) A low sugar treated with a carton or can of juice and back up (NHS Low blood sugar: treat it yourself).
@pytest.mark.parametrize("text", ["1型糖尿病，测了3.5，喝了一罐可乐，过了15分钟再测5.8，现在没事了",
                                  "低血糖3.2，吃了一袋饼干，十五分钟后再测6.0"])
def test_a_hypo_treated_with_a_carton_or_can_and_back_up_is_treated(text: str) -> None:
    assert "hypo_treated_recovered" in current_codes(text)


def test_a_hypo_still_low_after_juice_is_not_treated() -> None:
    assert "hypo_treated_recovered" not in current_codes("低血糖3.1，喝了一盒果汁，还是没上来")


# (9) Pharmacy treatment that has not helped: a skin problem (NHS Atopic eczema, NHS Acne) or hay fever (NHS Hay fever)
# is for a GP, no longer self-care.
@pytest.mark.parametrize("text", [
    "eczema on his hands, been using the moisturiser three times a day but it doesn't seem to be helping",
    "acne on my chin, tried salicylic acid for 2 months, nothing",
    "湿疹抹了药膏一个多星期还是不见好",
    "脸上痘痘，用了阿达帕林一个月没什么效果",
])
def test_a_skin_problem_not_helped_by_pharmacy_treatment_is_routine(text: str) -> None:
    urgency, _ = decide(text, age=17)
    assert "skin_treatment_not_helped" in current_codes(text) and urgency == "routine"


@pytest.mark.parametrize("text", [
    "hay fever every summer, the cetirizine isn't working this year, sneezing all day",
    "hay fever, been taking antihistamines for a week, no better",
    "花粉过敏，打喷嚏流鼻涕，吃了西替利嗪也不管用",
])
def test_hay_fever_not_helped_by_pharmacy_medicine_is_routine(text: str) -> None:
    urgency, _ = decide(text, age=17)
    assert "hay_fever_treatment_not_helped" in current_codes(text) and urgency == "routine"


@pytest.mark.parametrize("text", [
    "eczema flare on her arms, the emollient is helping a lot",
    "hay fever, sneezing, the antihistamines are working fine",
    "花粉症，吃了氯雷他定就好多了",
    "湿疹抹了药膏就好了",
])
def test_treatment_that_helps_stays_self_care(text: str) -> None:
    assert not current_codes(text) & {"skin_treatment_not_helped", "hay_fever_treatment_not_helped"}


# (10) The itch said after the spots in Chinese ("起了红疹子 有点痒"): itching as well as the rash (NHS Hives: a pharmacist).
@pytest.mark.parametrize("text", ["吃了草莓脸上起了红疹子，有点痒", "腿上起了好多红疹子 特别痒", "胳膊上一片风团很痒"])
def test_an_itch_said_after_the_spots_is_itching_and_the_rash_stays(text: str) -> None:
    codes = current_codes(text)
    assert "itching" in codes and codes & {"rash", "hives"}


@pytest.mark.parametrize("text", ["起了疹子，不痒", "疹子不痛不痒", "红点点，一点都不痒"])
def test_spots_that_do_not_itch_are_no_itching(text: str) -> None:
    assert "itching" not in current_codes(text)
