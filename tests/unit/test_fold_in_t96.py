"""blind96 (mental health, self-harm, alcohol and drugs beside the physical emergencies that look like them): the five
under-triaged emergencies of the first look, each read as a family, with the near misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide, service_decide

EMERGENT = ("emergency", "emergency_ambulance")


# (1) Not feeling able to keep oneself safe, thoughts about ending it, looking up ways to do it (NHS Help for suicidal
# thoughts: call 999 or go to A&E if you do not feel you can keep yourself safe right now; NICE NG225).
@pytest.mark.parametrize("text", [
    "I can't keep myself safe right now",
    "my brother says he doesn't think he can keep himself safe tonight",
    "she told me she's not sure she can keep herself safe",
    "I keep having thoughts about ending my life",
    "been having thoughts of killing myself",
    "I've been googling ways to end my life",
    "he's been searching online for ways to kill himself",
    "我觉得今晚没法保证自己的安全",
    "这几天一直在网上查怎么自杀",
    "脑子里全是结束这一切的念头",
])
def test_not_able_to_keep_safe_or_looking_up_ways_is_suicidal(text: str) -> None:
    assert "suicidal" in current_codes(text)
    urgency, rules = decide(text, age=35)
    assert urgency in EMERGENT and "suicidal_intent" in rules


@pytest.mark.parametrize("text", [
    "how do I keep myself safe in the heat",
    "looking up ways to lose weight",
    "I'm looking up how to get to the hospital",
    "要注意保证自己的安全",
    "查了怎么去医院",
])
def test_safety_and_looking_things_up_in_everyday_words_are_not_suicidal(text: str) -> None:
    assert "suicidal" not in current_codes(text)


# (2) A handful of tablets counted roughly in Chinese ("吃了二三十片", "一二十粒", "二十来片"): the same overdose as "I took
# 30 sleeping pills" (NHS Poisoning); and an answer to a call that is only a groan ("怎么喊都只哼一声") is reduced
# consciousness (AVPU 'V' at best).
@pytest.mark.parametrize("text", [
    "他把降压药吃了一二十片",
    "发现她吃了二十来粒安眠药",
    "儿子一口气吞了三四十片止痛药",
    "估计吃了二三十颗",
])
def test_a_rough_chinese_count_of_tablets_is_an_overdose(text: str) -> None:
    assert "overdose_poisoning" in current_codes(text)
    assert decide(text, age=30)[0] == "emergency_ambulance"


@pytest.mark.parametrize("text", ["每天吃一二片", "一次吃一片，一天两次", "医生开了二三十片，让我慢慢吃完"])
def test_a_usual_dose_or_a_prescription_count_is_not_an_overdose(text: str) -> None:
    assert "overdose_poisoning" not in current_codes(text)


@pytest.mark.parametrize("text", ["奶奶怎么叫都只哼哼", "怎么喊他都只嗯一声", "爸爸怎么拍都只会哼一下"])
def test_only_a_groan_however_called_is_reduced_consciousness(text: str) -> None:
    assert "confusion" in current_codes(text)
    assert decide(text, age=70)[0] in EMERGENT


@pytest.mark.parametrize("text", ["他只会哼歌", "怎么叫她都只哼歌"])
def test_humming_a_song_is_not_a_groan(text: str) -> None:
    assert "confusion" not in current_codes(text)


# (3) Repeated questions and the fall itself forgotten after a head injury (NHS Head injury and concussion: A&E with
# problems with memory; NICE NG232).
@pytest.mark.parametrize("text", [
    "he fell off his scooter and hit his head, keeps asking what happened",
    "she bumped her head at netball and doesn't remember falling",
    "banged his head on the goalpost and keeps repeating the same question",
    "儿子踢球头撞了，现在一直重复问比分",
    "孩子从滑梯上摔下来磕到头，记不得是怎么摔的",
    "老公从梯子上摔下来碰到头了，想不起来咋摔的",
])
def test_repeated_questions_or_the_fall_forgotten_after_a_head_injury_is_a_and_e(text: str) -> None:
    assert "amnesia" in current_codes(text)
    urgency, rules = decide(text, age=10)
    assert urgency in EMERGENT and "head_injury_danger" in rules


@pytest.mark.parametrize("text", ["孩子磕到头了，哭了一会儿就好了，记得怎么摔的", "bumped my head on a cupboard, remember it all, no headache"])
def test_a_head_bump_remembered_is_not_amnesia(text: str) -> None:
    assert "amnesia" not in current_codes(text)


# (4) Cutting one's own wrist or arm on purpose in other words than 割腕 (NHS Self-harm; NICE NG225): self-harm, A&E.
@pytest.mark.parametrize("text", [
    "女儿故意用刀片划自己胳膊",
    "他又划了自己的手臂",
    "我自己拿刀片割了手腕",
    "she slit her wrists",
    "I slashed my wrist last night",
])
def test_cutting_ones_own_wrist_or_arm_is_self_harm(text: str) -> None:
    assert "suicidal" in current_codes(text)
    assert decide(text, age=18)[0] in EMERGENT


@pytest.mark.parametrize("text", ["被碎玻璃划了胳膊", "我不小心割了自己的手腕", "切菜的时候划了手", "cut my arm on a nail in the shed"])
def test_an_accidental_cut_is_not_self_harm(text: str) -> None:
    assert "suicidal" not in current_codes(text)


# (5) Vomiting said as a sickness bug or as not even water kept down (NHS Diarrhoea and vomiting): with ketones of 3 or
# more in diabetes, the DKA red flag (NHS Diabetic ketoacidosis: A&E).
@pytest.mark.parametrize("text", [
    "type 1, sickness bug since last night, ketones 3.1",
    "I'm type 1 and can't keep even a sip of water down, blood ketones 4.2",
    "1型糖尿病，一喝水就吐，血酮3.5",
    "糖尿病，连水都留不住，尿酮++",
])
def test_vomiting_in_other_words_with_high_ketones_is_possible_dka(text: str) -> None:
    urgency, rules = service_decide(text, age=26)
    assert urgency in EMERGENT and "diabetic_ketoacidosis_signs" in rules


@pytest.mark.parametrize("text", ["can't keep even water down", "连水都留不住"])
def test_not_even_water_kept_down_is_cannot_keep_fluids_down(text: str) -> None:
    assert "intractable_vomiting" in current_codes(text)


@pytest.mark.parametrize("text", ["no sickness bug, just a cough", "type 1, ketones 0.4, sickness bug has gone, eating fine"])
def test_no_sickness_bug_or_low_ketones_are_not_dka(text: str) -> None:
    assert "diabetic_ketoacidosis_signs" not in service_decide(text, age=26)[1]


# The urgent misses: readings only, the existing urgent rules decide.
# Thought insertion (NHS Psychosis: urgent GP or 111 for a first episode; NICE CG178).
@pytest.mark.parametrize("text", ["she thinks the tv is putting thoughts into her head", "he says someone is inserting thoughts into his mind",
                                  "convinced the government is stealing thoughts out of her head"])
def test_thoughts_put_into_or_taken_from_the_head_is_possible_psychosis(text: str) -> None:
    assert "psychosis" in current_codes(text)
    assert decide(text, age=25)[0] == "urgent"


@pytest.mark.parametrize("text", ["that film really put ideas into his head", "who put that thought into your head?", "I can't get the thought out of my head"])
def test_ideas_in_the_head_in_everyday_words_are_not_psychosis(text: str) -> None:
    assert "psychosis" not in current_codes(text)


# Three signs of cellulitis joined by 'and' (NHS Cellulitis: urgent GP).
@pytest.mark.parametrize("text", ["my shin has gone red and hot and swollen", "the bite is hot and red and swollen, bigger than this morning"])
def test_red_and_hot_and_swollen_skin_is_possible_cellulitis(text: str) -> None:
    assert "skin_infection" in current_codes(text)


@pytest.mark.parametrize("text", ["my face is red and hot after the run", "red and hot cheeks from teething"])
def test_a_red_hot_face_without_swelling_is_not_cellulitis(text: str) -> None:
    assert "skin_infection" not in current_codes(text)


# A child drinking loads with the weeing it brings, with weight loss or wetting the bed (NICE NG18: same-day referral).
@pytest.mark.parametrize("text", ["my 9 year old is drinking loads and up for a wee twice a night, and she's lost weight",
                                  "he's drinking so much lately and always needing the toilet, wet the bed again, trousers loose"])
def test_a_child_drinking_loads_and_weeing_with_weight_loss_is_possible_type1_diabetes(text: str) -> None:
    assert "thirst_polyuria" in current_codes(text)
    urgency, rules = decide(text, age=9)
    assert urgency == "urgent" and "child_possible_type1_diabetes" in rules


@pytest.mark.parametrize("text", ["he's drinking loads of beer and up to pee at night", "drinking loads of water in this heat"])
def test_drinking_beer_or_water_in_the_heat_is_not_thirst_and_polyuria(text: str) -> None:
    assert "thirst_polyuria" not in current_codes(text)


# Hardly slept at all, said with 没 (NICE CG185: with the signs of mania, an urgent assessment).
@pytest.mark.parametrize("text", ["这几天几乎没睡觉，话特别多，说自己要发大财，一下子花了好几万", "基本没合眼，停不下来，买了一堆东西，觉得自己无所不能"])
def test_hardly_slept_with_signs_of_mania_is_possible_mania(text: str) -> None:
    assert "insomnia" in current_codes(text)


@pytest.mark.parametrize("text", ["几乎没睡午觉"])
def test_no_nap_is_not_insomnia(text: str) -> None:
    assert "insomnia" not in current_codes(text)
