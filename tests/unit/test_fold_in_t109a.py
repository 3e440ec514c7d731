"""blind109 (mental health, emotional crises, self-harm, alcohol and drugs, eating problems, said indirectly): its
under-triaged emergencies and its urgents, each read as a family, with the near misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, fired, service_decide


# (1) The intent told indirectly by someone who is on a bridge, a roof or the top of a car park now ("can't do this
# anymore", "跳下去应该很快吧"): a suicide attempt under way (NHS Help for suicidal thoughts: 999 if life is at risk now;
# Samaritans: saying they cannot go on is a warning sign).
@pytest.mark.parametrize("text", [
    "im on the roof of the car park. i can't do this any more",
    "I'm standing on the bridge right now, I can't take this anymore",
    "Im up on the top level of the multi-storey, thinking about jumping",
    "i'm on the top deck of the multistorey car park. no way out",
    "我现在在楼顶上，跳下去应该就解脱了吧",
    "站在江边大桥上，感觉没有出路了",
    "人在天台，真的扛不下去了",
])
def test_the_intent_told_indirectly_at_a_height_or_water_is_an_attempt_under_way(text: str) -> None:
    urgency, rules = service_decide(text, 26, "M")
    assert urgency == "emergency_ambulance" and "suicidal_at_the_place" in rules


@pytest.mark.parametrize("text", [
    "I can't do this anymore, the baby won't stop crying and I'm exhausted",
    "I'm on the roof fixing a tile and I slipped, my ankle hurts",
    "I'm at the top of the multi-storey and can't find my car",
    "在河边钓鱼，累得扛不住了，腰疼",
    "周末在江边跑步，膝盖疼",
])
def test_exhaustion_or_a_height_alone_is_no_attempt(text: str) -> None:
    assert "suicidal_at_the_place" not in fired(text)


# (2) Voices telling the patient to die or harm themselves, or the fear of obeying them (command hallucinations to
# self-harm; NICE NG225, NHS Help for suicidal thoughts: A&E if you cannot keep yourself safe).
@pytest.mark.parametrize("text", [
    "the voices keep telling me to kill myself",
    "I hear a voice telling me to hurt myself and it's getting louder",
    "脑子里有个声音一直让我去跳楼",
    "总有个声音叫我去死",
    "听见有人叫我去自杀，我怕自己忍不住照着做",
])
def test_voices_telling_the_patient_to_die_are_suicidal_intent(text: str) -> None:
    urgency, rules = service_decide(text, 42, "F")
    assert urgency == "emergency" and "suicidal_intent" in rules


@pytest.mark.parametrize("text", [
    "voices telling me to clean the house",
    "有人叫我去死，这是同事开玩笑说的",
    "my mum keeps telling me to dye my hair",
    "没有听到声音叫我去死",
])
def test_other_orders_or_insults_are_not_command_hallucinations_to_self_harm(text: str) -> None:
    assert "suicidal_intent" not in fired(text)


# (3) A deep cut with yellowy fat seen inside (NHS Cuts and grazes: a large or deep cut, A&E).
@pytest.mark.parametrize("text", [
    "cut my forearm with a razor, it's gaping and you can see yellowy stuff inside",
    "sliced my leg on glass, deep, I can see yellowy bits in it",
])
def test_a_cut_with_yellowy_fat_seen_is_a_deep_wound(text: str) -> None:
    assert "wound_deep" in current_codes(text)
    urgency, _ = service_decide(text, 30, "M")
    assert urgency == "emergency"


def test_yellowy_skin_is_not_a_deep_wound() -> None:
    assert "wound_deep" not in current_codes("his skin looks yellowy and he's tired")


# (4) A heart rate under 50 at the end of a sentence ("resting heart rate is 38.") with fainting (bradycardia with
# symptoms; MEED red risk in an eating disorder); a temperature's decimal is still no heart rate.
@pytest.mark.parametrize("text", [
    "She's fainted twice this week and her watch says her resting heart rate is 38. She says she's fine",
    "he keeps nearly passing out, pulse was 36. Not eating much",
    "心率38。今天晕倒了一次",
])
def test_a_slow_rate_before_a_full_stop_with_fainting_is_bradycardia_with_symptoms(text: str) -> None:
    urgency, rules = service_decide(text, 16, "F")
    assert urgency == "emergency" and "bradycardia_with_symptoms" in rules


@pytest.mark.parametrize("text", ["temperature 38.5 and heart rate 88", "heart rate 38.5 on the app, that's wrong surely",
                                  "resting heart rate is 58. feel great"])
def test_a_decimal_or_a_normal_rate_is_no_slow_heart_rate(text: str) -> None:
    assert "bradycardia_reading" not in current_codes(text)


# (5) A child who has drunk alcohol (NHS Poisoning: A&E or 999 if a child may have swallowed something harmful).
@pytest.mark.parametrize(("text", "age"), [
    ("my 7 year old drank some of the vodka when we weren't looking, now he's wobbly", 7),
    ("toddler got into the gin, he's flushed", 2),
    ("孩子6岁，偷喝了几口啤酒，现在脸红，走路晃", 6),
    ("孙子趁大人不注意喝了半杯红酒", 5),
])
def test_a_child_who_drank_alcohol_goes_to_a_and_e(text: str, age: int) -> None:
    urgency, rules = service_decide(text, age, "M")
    assert urgency == "emergency" and "child_alcohol_ingestion" in rules


@pytest.mark.parametrize(("text", "age"), [
    ("my son had wine gums", 7),
    ("he drank some alcohol-free beer", 9),
    ("孩子用酒精棉擦了手", 6),
    ("孩子没喝酒，就是脸红", 6),
    ("儿子喝了白酒，有点晕", 40),
])
def test_sweets_a_swab_no_drink_or_an_adult_are_not_a_child_drinking(text: str, age: int) -> None:
    _, rules = service_decide(text, age, "M")
    assert "child_alcohol_ingestion" not in rules


# (6) Shaking or twitching with a fast heartbeat, sweating or agitation on an SSRI, tramadol or a triptan: possible
# serotonin syndrome (NHS Sertraline, NHS Tramadol: call a doctor or 111 now).
@pytest.mark.parametrize("text", [
    "I'm on fluoxetine and took sumatriptan for a migraine, now I'm shaking, sweating and my heart is racing",
    "on citalopram, started tramadol yesterday, my muscles keep twitching and I'm sweating buckets",
    "吃舍曲林的，这两天加了曲马多，现在浑身发抖，出大汗，心跳很快",
])
def test_shaking_with_a_racing_heart_or_sweating_on_a_serotonin_medicine_is_same_day(text: str) -> None:
    urgency, rules = service_decide(text, 40, "F")
    assert urgency == "urgent" and "possible_serotonin_syndrome" in rules


@pytest.mark.parametrize("text", ["on sertraline for a year, feeling fine", "I'm shaking and sweating after a panic attack",
                                  "在吃舍曲林，手有点抖"])
def test_a_serotonin_medicine_or_shaking_alone_is_not_serotonin_syndrome(text: str) -> None:
    _, rules = service_decide(text, 40, "F")
    assert "possible_serotonin_syndrome" not in rules


# (7) Passive death wishes said indirectly, with no plan (NHS Help for suicidal thoughts: urgent GP or 111).
@pytest.mark.parametrize("text", [
    "Since dad died in March she keeps saying she wants to be with him again. She doesn't say she'll do anything",
    "脑子里老闪过“还不如死了算了”这种念头，我不会真去做",
    "最近总冒出死了算了的想法，但我不会真的去做",
])
def test_a_passing_wish_to_be_dead_with_no_plan_is_same_day_help(text: str) -> None:
    urgency, rules = service_decide(text, 40, "F")
    assert urgency == "urgent" and "passive_suicidal_thoughts" in rules


@pytest.mark.parametrize("text", ["my son wants to be with his mum now, not me, since the divorce", "我不会真做饭，每天点外卖"])
def test_a_child_choosing_a_parent_or_cooking_is_not_a_death_wish_or_no_plan(text: str) -> None:
    codes = current_codes(text)
    assert "death_wish" not in codes and "no_suicide_plan" not in codes


# (8) New psychotic symptoms (NHS Psychosis: see a GP urgently) and mania with little sleep (NICE CG185).
@pytest.mark.parametrize("text", [
    "says the TV is talking about him and people at school can read his thoughts",
    "she thinks the radio is sending her messages",
    "最近老听见有人喊我名字，一回头根本没人",
])
def test_new_psychotic_symptoms_are_read(text: str) -> None:
    assert "psychosis" in current_codes(text)


@pytest.mark.parametrize("text", ["we watched a TV programme talking about him, my grandad was a war hero",
                                  "听到有人叫我名字，回头一看是同学"])
def test_a_tv_programme_or_a_friend_calling_is_not_psychosis(text: str) -> None:
    assert "psychosis" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "hasn't slept in like 4 days, talks non stop about his big plans",
    "这一周话特别多，说个不停，一晚上只睡两三个小时",
])
def test_little_sleep_with_pressured_speech_is_possible_mania(text: str) -> None:
    urgency, rules = service_decide(text, 30, "M")
    assert urgency == "urgent" and "possible_mania" in rules


# (9) An injection site swollen, red and hot (NHS Skin abscess, NHS Cellulitis: urgent GP or 111).
@pytest.mark.parametrize("text", ["打针的地方肿得老大，又红又烫", "手臂上肿起来一块，又红又热，按着疼"])
def test_a_swelling_that_is_red_and_hot_is_a_skin_infection(text: str) -> None:
    assert "skin_infection" in current_codes(text)


def test_a_face_red_and_hot_with_a_fever_is_no_skin_infection() -> None:
    assert "skin_infection" not in current_codes("发烧了，脸又红又烫")
