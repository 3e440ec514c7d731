"""blind99 (a representative week) and blind100 (older people and the families who write for them): the routine,
self-care and department misses of the first look, each read as a family, with the near misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, department_group, service_decide


# (1) Black poo said first and the iron tablets after it, in the same or the next sentence (NHS Ferrous sulfate: dark or
# black poo is a common side effect). t100e-047.
@pytest.mark.parametrize("text", [
    "My stools have turned black. The GP put me on ferrous fumarate ten days ago for anaemia. No pain, feel fine",
    "poo has gone really dark, almost black, since I started the iron supplements",
    "大便这几天是黑色的，上周医生给开了补铁的药，别的都好",
    "大便发黑了，最近在吃铁剂，没有肚子疼也不头晕",
])
def test_black_poo_said_before_the_iron_is_the_iron(text: str) -> None:
    assert "iron_dark_stools" in current_codes(text)
    urgency, rules = service_decide(text, 80, "F")
    assert urgency == "self_care" and "iron_dark_stools" in rules


@pytest.mark.parametrize("text", [
    "my poo is black. I'm not on iron tablets",
    "poo has gone black, I was on iron tablets but stopped them last month",
    "大便是黑的，我没吃铁剂",
    "大便发黑，之前吃过铁剂，早就停了",
])
def test_black_poo_with_the_iron_denied_past_or_stopped_stays_a_bleed(text: str) -> None:
    assert "iron_dark_stools" not in current_codes(text)
    urgency, rules = service_decide(text, 80, "F")
    assert urgency in ("emergency", "emergency_ambulance") and "gi_bleeding" in rules


@pytest.mark.parametrize("text", ["my poo is black and tarry, on iron tablets", "大便发黑，像柏油一样，在吃铁剂",
                                  "stools are black, I'm on iron but I also feel faint"])
def test_tarry_poo_or_a_faint_on_iron_keeps_the_bleed(text: str) -> None:
    urgency, rules = service_decide(text, 80, "F")
    assert urgency in ("emergency", "emergency_ambulance") and "gi_bleeding_on_iron" in rules


# (2) "no temp", "no temperature": a fever denied, so an older person's cold is the NHS Common cold page's (no age
# limit), not NHS Flu's 65-and-over; "bad cold" at the start of a message is a cold. t100e-035, t99e-042.
@pytest.mark.parametrize("text", [
    "streaming cold for 4 days, sneezing and a sore throat, no temp",
    "Stinking cold since Tuesday, blocked nose, no temperature",
    "had a cold last week and still coughing a bit at night, no temps, eating fine",
])
def test_an_older_persons_cold_without_a_temperature_is_self_care(text: str) -> None:
    assert "fever_denied" in current_codes(text)
    urgency, rules = service_decide(text, 78, "M")
    assert urgency == "self_care" and "common_cold_no_fever" in rules


@pytest.mark.parametrize("text", ["bad cold since Sunday, temp 38.6", "streaming cold and a high temperature"])
def test_an_older_persons_cold_with_a_temperature_stays_urgent(text: str) -> None:
    urgency, rules = service_decide(text, 78, "M")
    assert urgency == "urgent" and "fever_high_risk_adult" in rules


@pytest.mark.parametrize("text", ["bad cold since sunday", "Streaming cold, can't stop sneezing", "chesty cold for a few days"])
def test_a_bad_cold_without_a_determiner_is_a_cold(text: str) -> None:
    assert "cold_flu" in current_codes(text)


@pytest.mark.parametrize("text", ["my fingers go white and numb when I'm out in the cold", "came in from the cold and my toes are itchy",
                                  "working in the cold all day", "it's a bad cold sore on my lip"])
def test_the_cold_weather_is_not_a_cold(text: str) -> None:
    assert "cold_flu" not in current_codes(text)


# (3) "runs since last night": the runs with the article dropped (NHS Diarrhoea and vomiting). t100e-049.
@pytest.mark.parametrize("text", ["runs since yesterday after a dodgy kebab, no blood", "Got runs all night, drinking plenty",
                                  "runs again after the curry, 3 times this morning"])
def test_runs_said_without_the_article_is_diarrhoea(text: str) -> None:
    assert "diarrhea" in current_codes(text)


@pytest.mark.parametrize("text", ["my nose runs all day", "it runs in the family", "he runs for the bus every morning",
                                  "my eyes run since the pollen came"])
def test_a_running_nose_or_a_family_trait_is_not_diarrhoea(text: str) -> None:
    assert "diarrhea" not in current_codes(text)


# (4) A blur that came on slowly, with the dazzle of headlights at night: the cataract picture (NHS Cataracts: see an
# optician), not a new change in vision. t99e-033.
@pytest.mark.parametrize("text", [
    "my sight has gone misty, it came on slowly over months, and oncoming headlights dazzle me now",
    "vision blurry, crept up slowly over the last year, street lights glare at night",
])
def test_a_blur_that_came_on_slowly_is_not_a_new_vision_change(text: str) -> None:
    urgency, rules = service_decide(text, 74, "F")
    assert urgency == "routine" and "new_vision_change" not in rules


@pytest.mark.parametrize("text", ["my eyesight went blurry suddenly this morning", "blurry vision in my left eye since yesterday"])
def test_a_new_or_sudden_blur_stays_urgent(text: str) -> None:
    urgency, rules = service_decide(text, 74, "F")
    assert urgency == "urgent" and "new_vision_change" in rules


def test_headlights_that_dazzle_are_glare_at_night() -> None:
    assert "glare_at_night" in current_codes("the headlights dazzle me when I drive at night")


# (5) A pain that has gone on for over 4 weeks is a GP appointment however bad (NHS Back pain, Osteoarthritis, Knee
# pain); ESI's severe pain is a new pain. t99z-030.
@pytest.mark.parametrize("text", [
    "膝盖疼了半年多了，蹲下站起来疼得厉害，早上有点僵",
    "腰疼了三个月了，疼得厉害",
    "my hip has been agony for 2 months when I walk, 8/10",
])
def test_a_severe_pain_of_months_is_a_gp_appointment(text: str) -> None:
    urgency, rules = service_decide(text, 66, "F")
    assert urgency == "routine" and "severe_pain" not in rules


@pytest.mark.parametrize("text", ["膝盖疼了两天了，疼得厉害", "my back is agony since this morning, 9/10"])
def test_a_new_severe_pain_stays_urgent(text: str) -> None:
    urgency, rules = service_decide(text, 66, "F")
    assert urgency == "urgent" and "severe_pain" in rules


# (6) Back or neck strain over 65: NHS Back pain and Neck pain set no age limit; a fall keeps a clinician's look
# (NICE NG41). t100e-043, t100z-040.
@pytest.mark.parametrize("text", [
    "moved the wardrobe yesterday and my lower back is stiff and achy, no numbness, peeing fine",
    "slept funny and my neck is stiff, hurts to turn my head to the right",
    "昨天搬花盆闪了腰，腰酸疼，腿不麻，大小便正常",
    "早上起来脖子扭不过来，一转头就疼，手不麻",
])
def test_an_older_persons_back_or_neck_strain_is_self_care(text: str) -> None:
    urgency, rules = service_decide(text, 72, "F")
    assert urgency == "self_care" and rules & {"back_or_neck_strain", "stiff_neck_strain"}


@pytest.mark.parametrize("text", ["fell over in the garden yesterday, now my lower back is sore and stiff", "摔了一跤，腰疼",
                                  "back pain for two days and a high temperature"])
def test_an_older_persons_back_pain_after_a_fall_or_with_a_fever_is_not_self_care(text: str) -> None:
    urgency, _ = service_decide(text, 72, "F")
    assert urgency != "self_care"


def test_stiff_and_achy_is_the_backs_ache_and_achy_all_over_is_body_aches() -> None:
    assert "body_aches" not in current_codes("my low back is stiff and achy")
    assert "body_aches" in current_codes("stiff and achy all over with a fever")
    assert "body_aches" in current_codes("feeling achy and tired")


# (7) Heat rash said as 小红疙瘩 (NHS Heat rash). t100z-039.
@pytest.mark.parametrize("text", ["这几天太热了，胳膊上起了好多小红疙瘩，痒", "脖子上的红疙瘩一出汗就更痒"])
def test_small_red_spots_in_the_heat_are_heat_rash(text: str) -> None:
    assert "heat_rash" in current_codes(text)
    urgency, _ = service_decide(text, 70, "F")
    assert urgency == "self_care"


def test_red_spots_without_heat_or_sweat_are_not_heat_rash() -> None:
    assert "heat_rash" not in current_codes("腿上起了一片小红疙瘩，不痒")


# (8) Pain and slight swelling the day or two after a tooth was taken out (NHS Wisdom tooth removal): self-care, the
# dentist's (口腔科). t100z-043.
@pytest.mark.parametrize("text", ["今天上午拔了颗大牙，脸有点肿", "had a back tooth taken out yesterday, my face is a bit swollen today"])
def test_slight_swelling_after_a_tooth_out_is_the_dentists_self_care(text: str) -> None:
    assert "tooth_extracted" in current_codes(text)
    urgency, rules = service_decide(text, 68, "M")
    assert urgency == "self_care" and "after_tooth_extraction" in rules
    assert department_group(text, 68) == "口腔科"


@pytest.mark.parametrize("text", ["昨天拔了牙，现在发烧38.5，脸肿", "拔了颗牙，一直流血止不住", "昨天拔了颗牙，今天疼得厉害，吃止痛药也不管用",
                                  "I had a tooth out yesterday and now my lips and face are swelling and I can't breathe"])
def test_a_fever_bleeding_or_bad_pain_after_a_tooth_out_is_not_self_care(text: str) -> None:
    urgency, _ = service_decide(text, 68, "M")
    assert urgency != "self_care"


def test_a_tooth_taken_out_years_ago_is_not_a_recent_extraction() -> None:
    assert "tooth_extracted" not in current_codes("三年前拔过牙，现在脸肿了")


# (9) A changing mole said after "but" or in the next sentence (NHS Moles: see a GP): 皮肤科. t99e-031, t100e-033.
@pytest.mark.parametrize("text", [
    "got a mole on my neck, been there for years, but lately it's gone darker and a bit raised",
    "my wife has a mole on her leg. This summer it has looked blotchy and bigger",
])
def test_a_mole_that_has_changed_is_for_dermatology(text: str) -> None:
    assert "mole_change" in current_codes(text)
    assert department_group(text, 60) == "皮肤科"


@pytest.mark.parametrize("text", ["I have a mole on my arm. It hasn't got bigger or darker", "the mole on my back is the same as always"])
def test_a_mole_that_has_not_changed_is_not_a_changing_mole(text: str) -> None:
    assert "mole_change" not in current_codes(text)


# (10) The same stories told over and over for months (NHS Dementia symptoms: see a GP). t100e-031.
@pytest.mark.parametrize("text", ["over the past year dad keeps telling me the same things again and again",
                                  "for the last few months mum tells us the same stories over and over"])
def test_the_same_stories_for_months_is_memory_decline(text: str) -> None:
    assert "memory_decline" in current_codes(text)
    assert department_group(text, 80) == "内科"


def test_one_story_told_twice_tonight_is_not_memory_decline() -> None:
    assert "memory_decline" not in current_codes("he told us the same story twice at dinner tonight")


# (11) A hot flush said in everyday Chinese (NHS Menopause): 妇产科. t99z-027.
@pytest.mark.parametrize("text", ["最近老有一阵阵热往头上涌，出一身汗", "一股热往脸上冲，脸通红，晚上出汗", "脸上一阵阵烘热，月经也乱了"])
def test_a_hot_flush_in_everyday_words_is_the_menopause(text: str) -> None:
    assert "menopause" in current_codes(text)
    assert department_group(text, 50) == "妇产科"


@pytest.mark.parametrize("text", ["一股热气从胸口往上冲，嘴里发酸", "孩子发烧，一阵阵的热"])
def test_heat_rising_from_the_chest_or_a_fever_is_not_a_hot_flush(text: str) -> None:
    assert "menopause" not in current_codes(text)


# (12) Sneezing every time in the garden, the same as last year (NHS Hay fever): 耳鼻咽喉科. t99e-040.
@pytest.mark.parametrize("text", ["I keep sneezing whenever I go out in the garden, eyes itchy",
                                  "runny nose and sneezing, same as last spring", "itchy watery eyes every time he goes in the park"])
def test_sneezing_outdoors_or_every_year_is_hay_fever(text: str) -> None:
    assert "hay_fever" in current_codes(text)
    assert department_group(text, 34) == "耳鼻咽喉科"


@pytest.mark.parametrize("text", ["sneezing, runny nose, fever, like last year's flu", "sneezing, runny nose, high temperature, same as last year"])
def test_a_fever_between_keeps_its_reading(text: str) -> None:
    assert "fever" in current_codes(text)
    assert "hay_fever" not in current_codes(text)
