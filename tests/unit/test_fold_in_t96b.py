"""blind96 (fold-t96b): the routine and self-care misses of mental health, alcohol, sleep and stress, and the department
misses, each read as a family, with the near misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, department_group, service_decide


# (1) A bare "I just want to stop" beside "I don't want to die" is a wish to stop self-harm or a habit, not to end life
# (NHS Self-harm: see a GP if you're self-harming); "I want it all to stop" stays the ending wish (t96e-029, t87e-028).
@pytest.mark.parametrize("text", [
    "I pick at my skin till it bleeds when I'm anxious, I don't want to die, I just want to stop",
    "been scratching my legs when things get bad. not suicidal at all, i just want to stop doing it",
    "I don't want to die or anything, I only want to stop and don't know who to ask",
])
def test_a_bare_wish_to_stop_is_not_suicidal(text: str) -> None:
    assert "suicidal" not in current_codes(text)
    assert service_decide(text, 16)[0] not in ("emergency", "emergency_ambulance")


@pytest.mark.parametrize("text", ["I just want it all to stop", "I want everything to stop for good", "burnt my arm tonight and I want it all to stop",
                                  "I want it to end", "我不想活了"])
def test_the_wish_for_it_all_to_stop_stays_suicidal(text: str) -> None:
    assert "suicidal" in current_codes(text)


# (2) 吃不下 / 吃不好 / 睡不着 (verb + can't-complement) is a complaint, not a denial of the finding after it (t96z-038).
@pytest.mark.parametrize("text", ["失恋了，吃不下睡不着，老想哭", "这几天吃不好睡不好", "吃不香睡不好，心里难受"])
def test_a_can_t_complement_does_not_deny_the_next_finding(text: str) -> None:
    assert "insomnia" in current_codes(text)


@pytest.mark.parametrize("text", ["不发烧不咳嗽", "没有睡不好", "不疼不出血"])
def test_real_denials_still_deny(text: str) -> None:
    assert not current_codes(text) & {"fever", "cough", "insomnia", "bleeding_unspecified"}


# (3) Trouble sleeping in lay words (NHS Insomnia: waking early and not getting back to sleep; lying awake).
@pytest.mark.parametrize("text", ["I wake at 4 every morning and can't get back to sleep", "she wakes early and can't get back off",
                                  "昨晚到三点还醒着", "一直到两点都睡不着"])
def test_early_waking_or_awake_in_the_small_hours_is_insomnia(text: str) -> None:
    assert "insomnia" in current_codes(text)


@pytest.mark.parametrize("text", ["I got back to sleep fine", "下午两点还在上班", "we got back off the plane at 2"])
def test_getting_back_to_sleep_or_a_clock_time_alone_is_not_insomnia(text: str) -> None:
    assert "insomnia" not in current_codes(text)


# (4) A child's sleepwalking or night terrors, well by day (NHS Sleepwalking; NHS Night terrors and nightmares): self-care,
# 儿科; the sleepwalker who hardly answers is no confusion (t96z-043, t96e-037).
@pytest.mark.parametrize("text", [
    "my 7 year old sleepwalks a couple of times a month, fine in the day",
    "he walks around the house in his sleep sometimes, no memory of it",
    "女儿8岁，最近梦游了两次，白天好好的",
    "孩子晚上睡着了爬起来在屋里转来转去，叫他也不太应，早上不记得",
    "my 5 year old woke up screaming with her eyes open and didn't seem to know me, back asleep in 10 minutes",
    "儿子4岁，有夜惊，醒来就好了",
])
def test_a_child_s_sleepwalking_or_night_terrors_is_self_care(text: str) -> None:
    urgency, rules = service_decide(text, 7)
    assert urgency == "self_care" and "child_sleepwalking_or_night_terrors" in rules
    assert "confusion" not in current_codes(text)
    assert department_group(text, 7) == "儿科"


@pytest.mark.parametrize("text", [
    "孩子半夜起来走来走去，叫他也不应，还抽了",            # a fit
    "she woke up screaming and doesn't seem to know who I am, fever 39.5",  # a fever
    "孩子下午突然叫他也不太应，迷迷糊糊的",                # confusion by day, no sleepwalking
])
def test_a_fit_a_fever_or_daytime_confusion_is_not_the_sleep_group(text: str) -> None:
    urgency, rules = service_decide(text, 7)
    assert "child_sleepwalking_or_night_terrors" not in rules and urgency != "self_care"


def test_an_adult_who_wanders_at_night_not_answering_is_not_child_self_care() -> None:
    assert service_decide("我爸70岁，半夜起来走来走去，叫他也不应", 70)[0] in ("emergency", "emergency_ambulance")


def test_a_baby_screaming_with_pain_is_still_severe_pain() -> None:
    assert service_decide("my 2 year old woke up screaming, pulling her legs up, tummy pain", 2)[0] != "self_care"


# (5) Baby blues: 'made me sob' is crying, not the shorthand SOB; 'had my baby girl 4 days ago' names the birth
# (NHS Postnatal depression: baby blues in the first week are normal) (t96e-042).
@pytest.mark.parametrize("text", ["had my baby boy 3 days ago and a TV advert made me sob", "had my little girl 5 days ago, so weepy, I sob at everything"])
def test_baby_blues_in_the_first_days_is_self_care(text: str) -> None:
    assert "dyspnea" not in current_codes(text)
    assert service_decide(text, 30) == ("self_care", {"baby_blues"})


@pytest.mark.parametrize("text", ["pt c/o sob", "cough and sob since yesterday", "sob on exertion"])
def test_the_shorthand_sob_is_still_breathlessness(text: str) -> None:
    assert current_codes(text) & {"dyspnea", "dyspnea_severe"}


# (6) Drinking: 'I think I'm drinking too much' and a morning drink to steady the shakes are alcohol concerns for 精神科
# (NHS Alcohol support; NHS Alcohol misuse) (t96e-028, t96z-029).
@pytest.mark.parametrize("text", ["I think I'm drinking too much, who can help?", "he's drinking too much most nights, how do I get him help",
                                  "他早上醒来手就抖，得先喝两口酒才稳"])
def test_a_worry_about_drinking_is_alcohol_concern_for_psychiatry(text: str) -> None:
    assert "alcohol_concern" in current_codes(text)
    assert department_group(text, 45) == "精神科"


@pytest.mark.parametrize("text", ["I'm not drinking too much, only at weekends", "早上起来手抖，喝了杯糖水就好了"])
def test_no_drinking_worry_is_no_alcohol_concern(text: str) -> None:
    assert "alcohol_concern" not in current_codes(text)


# (7) Memory, hair and PMS in lay words (NICE NG97; NHS Hair loss; NHS PMS) (t96e-031, t96z-032, t96z-041).
@pytest.mark.parametrize("text", ["mum is becoming more and more forgetful", "grandad has got very forgetful this year"])
def test_growing_forgetfulness_is_memory_decline(text: str) -> None:
    assert "memory_decline" in current_codes(text)


def test_forgetful_after_a_fall_is_not_memory_decline() -> None:
    assert "memory_decline" not in current_codes("he's become forgetful since the fall yesterday")


@pytest.mark.parametrize("text", ["梳头的时候掉一大把", "洗头时头发一掉就是一大把"])
def test_hair_coming_out_in_handfuls_is_hair_loss(text: str) -> None:
    assert "hair_loss" in current_codes(text)


@pytest.mark.parametrize("text", ["来例假前两三天就烦躁，乳房胀", "大姨妈来之前一周脾气特别大"])
def test_the_days_before_a_period_with_irritability_are_pms(text: str) -> None:
    assert "pms" in current_codes(text)


def test_a_period_itself_is_not_pms() -> None:
    assert "pms" not in current_codes("来例假了，肚子有点疼")


# (8) Stress named as a trigger with 'every time' is not the complaint; mouth ulcers then are self-care (t96e-044).
def test_stress_as_a_trigger_of_mouth_ulcers() -> None:
    text = "every time I'm stressed I get a mouth ulcer, got one now, 4 days"
    assert "anxiety" not in current_codes(text)
    assert service_decide(text, 30)[0] == "self_care"


def test_stress_said_of_oneself_now_is_still_anxiety() -> None:
    assert "anxiety" in current_codes("I'm so stressed at the moment")


# (9) A racing heart in other words (NHS Heart palpitations); after energy drinks, with no red flag, self-care (t96e-043).
@pytest.mark.parametrize("text", ["my heart feels like it's racing", "heart often feels fast even at rest", "my heartbeat feels like a drum"])
def test_a_heart_that_feels_fast_is_palpitations(text: str) -> None:
    assert "palpitations" in current_codes(text)


def test_caffeine_palpitations_with_no_red_flag_is_self_care() -> None:
    assert service_decide("drank 3 red bulls revising, heart feels like it's racing, no chest pain, not breathless", 20)[0] == "self_care"


def test_a_fast_heart_with_chest_pain_stays_an_emergency() -> None:
    assert service_decide("my heart feels like it's racing and I have chest pain", 50)[0] in ("emergency", "emergency_ambulance")


# (10) Departments: an overactive thyroid's signs go to 内科; trouble sleeping alone in pregnancy to 妇产科
# (NHS Overactive thyroid; NHS Sleep problems in pregnancy) (t96e-034, t96z-042).
def test_weight_loss_with_a_racing_heart_and_nerves_goes_to_internal_medicine() -> None:
    assert department_group("anxious and shaky for weeks, heart feels fast all the time, sweating, lost weight", 35) == "内科"


def test_worry_alone_still_goes_to_psychiatry() -> None:
    assert department_group("anxious all the time for weeks, can't switch off", 35) == "精神科"


def test_trouble_sleeping_in_pregnancy_goes_to_obstetrics() -> None:
    assert department_group("怀孕32周了，晚上老是睡不着", 30) == "妇产科"


def test_trouble_sleeping_outside_pregnancy_goes_to_psychiatry() -> None:
    assert department_group("最近晚上老是睡不着", 30) == "精神科"


# (11) Short work stress (NHS Stress, Every Mind Matters: self-help) and a single sleep paralysis (NHS Sleep paralysis)
# (t96e-036, t96e-046).
@pytest.mark.parametrize("text", ["big deadline at work, I'm stressed and a bit on edge, sleeping ok, no dark thoughts",
                                  "项目赶ddl，这两周压力大，有点紧张，没有别的不舒服"])
def test_short_work_stress_is_self_care(text: str) -> None:
    assert service_decide(text, 35) == ("self_care", {"exam_stress"})


def test_work_stress_with_thoughts_of_ending_it_is_not_self_care() -> None:
    assert service_decide("deadline at work, so stressed, I want to end it all", 35)[0] in ("emergency", "emergency_ambulance")


@pytest.mark.parametrize("text", ["woke up and couldn't move at all for about 15 seconds, felt someone in the room", "昨晚鬼压床了，吓死我了",
                                  "I think I had sleep paralysis last night"])
def test_a_passing_sleep_paralysis_is_self_care(text: str) -> None:
    assert service_decide(text, 22) == ("self_care", {"sleep_paralysis"})


@pytest.mark.parametrize("text", ["he collapsed and couldn't move at all for 30 seconds", "woke up and couldn't move my left arm, face drooping"])
def test_a_collapse_or_a_one_sided_weakness_is_not_sleep_paralysis(text: str) -> None:
    assert "sleep_paralysis" not in service_decide(text, 60)[1]
    assert service_decide(text, 60)[0] != "self_care"


# (12) Recurring attacks already put down to panic are told as a pattern, not an attack now (NHS Panic disorder: see a
# GP) (t96e-033); an attack now, a first one, blue lips or chest pain keep the emergency.
@pytest.mark.parametrize("text", [
    "I get panic attacks where I can't breathe, a few times a week for the last month",
    "keep having these attacks, feel like I'm dying and can't breathe, happens 3 times a week, the GP said it's panic",
])
def test_recurring_known_panic_attacks_are_not_an_emergency_now(text: str) -> None:
    urgency, _ = service_decide(text, 27)
    assert urgency == "routine"
    assert department_group(text, 27) == "精神科"


@pytest.mark.parametrize("text", [
    "I have panic attacks a few times a week but right now I can't breathe and my lips are blue",
    "panic attacks for the last few months, now chest pain and can't breathe",
    "this is my first panic attack, I can't breathe",
    "I keep getting these attacks, can't breathe, a few times a week",  # panic not named
])
def test_an_attack_now_or_panic_not_named_stays_an_emergency(text: str) -> None:
    assert service_decide(text, 27)[0] in ("emergency", "emergency_ambulance")


# (13) A well child's teeth grinding in sleep, bedtime fears, night feeds or tears at the school gate (NHS Teeth grinding;
# Helping your child sleep; Helping your baby to sleep; Anxiety in children): self-care, 儿科 (t96z-035/036/037/045).
@pytest.mark.parametrize(("text", "age"), [
    ("儿子6岁，晚上睡觉老磨牙，白天挺好", 6),
    ("my 5 year old grinds her teeth in her sleep, no pain", 5),
    ("女儿7岁怕黑，不敢一个人睡，白天都好", 7),
    ("my son is scared of the dark and won't sleep alone", 8),
    ("宝宝3个月，夜里还要醒两三回吃奶，长得挺好", 0),
    ("my 3 month old still wakes 3 times a night for a feed, gaining weight well", 0),
    ("孩子上幼儿园，每天到幼儿园门口就哭着不肯进去，老师说一会儿就好", 4),
])
def test_a_well_child_s_everyday_sleep_or_settling_is_self_care(text: str, age: int) -> None:
    assert service_decide(text, age) == ("self_care", {"child_everyday_sleep_or_settling"})
    assert department_group(text, age) == "儿科"


@pytest.mark.parametrize("text", ["左边下面的磨牙疼了三天", "孩子长磨牙了，流口水", "the dark clouds scared me"])
def test_a_molar_or_a_figure_of_speech_is_no_child_sleep_finding(text: str) -> None:
    assert not current_codes(text) & {"teeth_grinding", "bedtime_fears"}


def test_a_fever_rules_the_child_sleep_group_out() -> None:
    assert "child_everyday_sleep_or_settling" not in service_decide("孩子怕黑不敢一个人睡，还发烧39度", 6)[1]
