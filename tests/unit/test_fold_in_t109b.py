"""blind109 (mental health), routine and self-care side: the benign look-alikes that were read as danger (t109e-030,
t109e-031, t109e-036, t109e-040, t109z-041) and the mental-health messages that found no department or 内科 where the
psychiatry and psychology department sees them, each read as a family, with the near misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, department_group, service_decide

EMERGENT = ("emergency", "emergency_ambulance")


# (1) "want to die on the sofa" after a night out, "want to die of embarrassment": a figure of speech, not a wish to die
# (t109e-036, NHS Hangover cures: self-care); a wish to die said plainly, or to die in one's sleep, stays suicidal.
@pytest.mark.parametrize("text", ["big night out, pounding head, just want to die on the couch", "I want to die of embarrassment lol",
                                  "threw up once this morning after the party, I want to die on the settee"])
def test_a_figure_of_speech_about_dying_is_not_suicidal(text: str) -> None:
    assert "suicidal" not in current_codes(text)


@pytest.mark.parametrize("text", ["I want to die", "i just want to die in my sleep", "I wanted to die last night and still do"])
def test_a_plain_wish_to_die_stays_suicidal(text: str) -> None:
    assert service_decide(text, 30)[0] in EMERGENT


# (2) "I just want it to stop hurting so much" (t109e-040): a symptom or a hurt wanted gone; "I want it all to stop",
# "I want it to stop, I can't cope" stay the ending wish.
@pytest.mark.parametrize("text", ["my knee is so sore, I just want it to stop hurting", "the tinnitus is awful, I want it to stop ringing",
                                  "I want it to stop itching so much"])
def test_wanting_a_symptom_to_stop_is_not_suicidal(text: str) -> None:
    assert "suicidal" not in current_codes(text)


@pytest.mark.parametrize("text", ["I want it all to stop", "I just want it to stop, I can't cope anymore", "I want everything to stop hurting",
                                  "I want it all to stop hurting"])
def test_wanting_everything_to_stop_stays_suicidal(text: str) -> None:
    assert service_decide(text, 30)[0] in EMERGENT


# (3) A bare "want it to stop" after the writer named a habit of their own (making themselves sick, drinking, drug use)
# is the wish to stop the habit (t109e-030; NHS Eating disorders, Alcohol support: see a GP): routine, 精神科. Despair said
# beside it, "want it all to stop", or the wish said before the habit keep the suicidal reading.
@pytest.mark.parametrize("text", ["I've been making myself sick after meals for months. I just want it to stop",
                                  "I think I drink too much, wine every night. I want it to stop",
                                  "I keep bingeing and purging, bulimia I think. want it to stop"])
def test_wanting_a_named_habit_to_stop_is_routine_psychiatry(text: str) -> None:
    urgency, _ = service_decide(text, 24)
    assert urgency == "routine"
    assert department_group(text, 24) == "精神科"


@pytest.mark.parametrize("text", ["I keep making myself sick after eating. I want it to stop, I can't go on",
                                  "I make myself sick after meals and I want it all to stop",
                                  "I want it to stop. I make myself sick after eating"])
def test_a_habit_with_despair_or_the_ending_wish_stays_an_emergency(text: str) -> None:
    assert service_decide(text, 24)[0] in EMERGENT


# (4) 抽 of smoking: "一天一包抽了二十年", "烟抽了三十多年" are years of cigarettes, not a fit (t109z-041); a fit said with
# 抽了 stays one.
@pytest.mark.parametrize("text", ["想戒烟，一天一包抽了二十年了", "一天两包抽了十几年，想戒", "烟抽了三十多年了，最近咳嗽", "一天一根抽着玩"])
def test_years_of_smoking_are_not_a_seizure(text: str) -> None:
    assert "seizure" not in current_codes(text)


@pytest.mark.parametrize("text", ["他刚才突然抽了一下，现在叫不醒", "孩子发烧抽了两次", "抽了五分钟了还在抽"])
def test_a_fit_said_with_chou_stays_a_seizure(text: str) -> None:
    assert "seizure" in current_codes(text)


# (5) Recurring panic attacks already named, with the feeling of being about to pass out and no attack now (t109e-031; NHS
# Panic disorder: feeling faint is a panic symptom, see a GP): routine, 精神科. A real faint, an attack now, or a faint
# feeling without panic named keep the emergency (NHS Heart palpitations).
@pytest.mark.parametrize("text", ["I keep getting panic attacks, 3 a week, heart racing, feel like I'm going to pass out, ECG was normal",
                                  "panic attacks a couple of times a week for the past few months, heart pounding and I feel like I'm going to faint"])
def test_recurring_named_panic_with_a_faint_feeling_is_routine(text: str) -> None:
    assert service_decide(text, 31)[0] == "routine"
    assert department_group(text, 31) == "精神科"


@pytest.mark.parametrize("text", ["keep getting panic attacks, 2 a week, heart pounding, and yesterday I actually passed out",
                                  "panic attacks 3 times a week, feel like im going to pass out, right now my heart is pounding",
                                  "heart pounding and I feel like I'm going to pass out"])
def test_a_faint_an_attack_now_or_unnamed_panic_stays_an_emergency(text: str) -> None:
    assert service_decide(text, 31)[0] in EMERGENT


# (6) "this job is killing me" is a job wearing the person down (NHS Stress), not a pain rated severe; "my back is killing
# me" stays severe.
def test_a_job_killing_me_is_not_a_severe_pain() -> None:
    assert service_decide("this job is literally killing me, 60 hour weeks, snapping at everyone, need ways to cope", 33) == ("self_care", {"exam_stress"})
    assert department_group("this job is literally killing me, 60 hour weeks, snapping at everyone, need ways to cope", 33) == "精神科"


def test_a_back_killing_me_stays_severe() -> None:
    assert service_decide("my back is killing me", 40)[0] == "urgent"


# (7) Stress said of oneself and at work, or an interview close at hand (NHS Stress, Every Mind Matters: self-help first):
# self-care, 精神科; with chest pain or thoughts of ending it, not. Stress said in Chinese alone (工作压力特别大) is not read
# as anxiety since staging: read so, it pulled hair loss, missed periods and tinnitus told beside stress to 精神科.
@pytest.mark.parametrize("text", ["明天要去面试，紧张得不行",
                                  "job interview tomorrow, heart pounding, how do I calm down", "work is killing me, 70 hour weeks, so stressed, how do I cope"])
def test_short_stress_is_self_care_psychiatry(text: str) -> None:
    assert service_decide(text, 30)[0] == "self_care"
    assert department_group(text, 30) == "精神科"


@pytest.mark.parametrize("text", ["工作压力特别大，今天胸口压着疼，出冷汗", "work is killing me and I want to end it all"])
def test_stress_with_a_danger_sign_is_not_self_care(text: str) -> None:
    assert service_decide(text, 45)[0] in EMERGENT


# (8) Drinking the writer cannot cut down (NHS Alcohol support: see a GP): routine, 精神科; a drink of water or a night out
# is not it.
@pytest.mark.parametrize("text", ["I think I drink too much, a bottle of wine most nights", "he drinks way too much and can't cut down",
                                  "beer every night for years, tried but can't seem to cut back", "每天都要喝几两白酒，想戒又戒不掉", "喝了十几年酒了，戒了好几次戒不掉"])
def test_drinking_that_cannot_be_cut_down_is_an_alcohol_concern(text: str) -> None:
    assert "alcohol_concern" in current_codes(text)
    assert department_group(text, 45) == "精神科"


@pytest.mark.parametrize("text", ["I drink too much coffee and can't sleep", "想戒烟，一天一包", "酒精过敏，一喝酒就脸红"])
def test_coffee_smoking_or_a_flush_is_not_an_alcohol_concern(text: str) -> None:
    assert "alcohol_concern" not in current_codes(text)


# (9) An eating disorder in the writer's words (NHS Eating disorders; NICE NG69: see a GP): routine, 精神科 for an adult or
# a 16-year-old, 儿科 for a child; making a child sick after a poisoning is first aid, not this.
@pytest.mark.parametrize(("text", "age"), [("I make myself sick after eating most days", 22), ("我催吐好几年了，最近还行", 25),
                                          ("总觉得自己胖，每顿只吃几口", 16), ("吃完饭就去抠喉咙吐掉", 19), ("I think I have bulimia", 20)])
def test_an_eating_disorder_is_routine_psychiatry(text: str, age: int) -> None:
    assert "eating_disorder" in current_codes(text)
    assert service_decide(text, age)[0] == "routine"
    assert department_group(text, age) == "精神科"


@pytest.mark.parametrize("text", ["孩子误吃了药，要不要给他催吐", "I felt sick after eating the prawns", "she was sick after eating"])
def test_first_aid_or_food_sickness_is_not_an_eating_disorder(text: str) -> None:
    assert "eating_disorder" not in current_codes(text)


# (10) Grief for a pet or a friend, and the end of a relationship (NHS Grief after bereavement or loss names both):
# 精神科; a dog that is only ill, or a boyfriend who only left the room, is not it.
@pytest.mark.parametrize("text", ["we had our cat put to sleep on monday, can't stop crying", "my dog died last week and I keep crying",
                                  "我奶奶上周去世了，我这几天老是哭", "老伴前几天走了，她天天掉眼泪", "boyfriend dumped me yesterday, cried all night",
                                  "跟男朋友分手了，心里特别难受"])
def test_grief_and_a_break_up_read_as_grief(text: str) -> None:
    assert "grief" in current_codes(text)
    assert department_group(text, 30) == "精神科"


@pytest.mark.parametrize("text", ["our dog is being sick", "my boyfriend left the room and I fainted", "他吃完饭就走了，我肚子疼"])
def test_an_ill_pet_or_someone_leaving_is_not_grief(text: str) -> None:
    assert "grief" not in current_codes(text)


# (11) Fear of flying, of speaking in front of others (NHS Phobias; NHS Social anxiety), homesick tears, tears after a
# row: 精神科, not 内科 for the sweating or the pounding heart.
@pytest.mark.parametrize("text", ["我怕坐飞机，一想到就手心出汗", "一到开会发言就脸红手抖，心跳得厉害", "I'm terrified of flying, palms sweat just thinking about it",
                                  "刚上大学，特别想家，晚上偷偷哭", "跟朋友吵架了，心里堵得慌想哭"])
def test_phobias_social_anxiety_and_upset_go_to_psychiatry(text: str) -> None:
    assert department_group(text, 30) == "精神科"


@pytest.mark.parametrize("text", ["心跳得厉害，手抖，出汗", "坐飞机回来小腿肿了"])
def test_a_racing_heart_or_a_flight_alone_is_not_anxiety(text: str) -> None:
    assert "anxiety" not in current_codes(text)


# (12) An antidepressant's common side effects or the symptoms of stopping it go to its prescriber (NHS Side effects of
# sertraline; NHS Stopping antidepressants): 精神科; the same dizziness without it stays 内科's.
@pytest.mark.parametrize("text", ["started sertraline a week ago, feeling sick and headachy", "舍曲林自己停了一个礼拜，现在老头晕",
                                  "吃了西酞普兰以后晚上睡不着", "on citalopram, dizzy since the dose went up"])
def test_antidepressant_effects_go_to_psychiatry(text: str) -> None:
    assert department_group(text, 40) == "精神科"


@pytest.mark.parametrize("text", ["最近老头晕，一阵一阵的", "feeling sick and headachy since yesterday"])
def test_the_same_symptoms_without_an_antidepressant_stay_internal_medicine(text: str) -> None:
    assert department_group(text, 40) != "精神科"


# (13) Waking unable to move for seconds, without "at all" (t109e-048; NHS Sleep paralysis): self-care; a collapse stays a
# faint. Crying and clinging at the school gate (t109e-049; NHS Anxiety in children) and crying when the light goes off
# (t109z-049, afraid of the dark; NHS Helping your child sleep): self-care, 儿科, not a light that hurts the eyes.
@pytest.mark.parametrize("text", ["woke up and couldn't move for about 20 seconds, felt like someone was in the room",
                                  "woke at 3am and couldnt move for like 10 seconds, terrifying"])
def test_waking_unable_to_move_for_seconds_is_sleep_paralysis(text: str) -> None:
    assert service_decide(text, 20) == ("self_care", {"sleep_paralysis"})


def test_a_collapse_unable_to_move_is_not_sleep_paralysis() -> None:
    assert "sleep_paralysis" not in current_codes("he collapsed and couldn't move for 30 seconds")


@pytest.mark.parametrize(("text", "age"), [("my 5yo cries and clings to me at the gate every morning, fine 5 mins later", 5),
                                          ("女儿5岁，怕黑，关灯就哭，白天挺好的", 5), ("儿子4岁怕黑，睡觉要开着灯，一熄灯就哭", 4)])
def test_gate_tears_and_fear_of_the_dark_are_everyday_child_self_care(text: str, age: int) -> None:
    assert service_decide(text, age) == ("self_care", {"child_everyday_sleep_or_settling"})
    assert department_group(text, age) == "儿科"


@pytest.mark.parametrize("text", ["灯一开就哭，怕光", "开灯就喊眼睛疼"])
def test_crying_when_the_light_goes_on_stays_photophobia(text: str) -> None:
    assert "photophobia" in current_codes(text)
