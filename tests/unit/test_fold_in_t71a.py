"""blind71 (mothers and babies round 2: pregnancy, after the birth, babies and toddlers under 3): the emergencies the
first look missed, read for what they say, with the near-misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


# --- a fit told as "went stiff and shook" (NHS: a first seizure, or one in pregnancy, is a 999 call) ---------------
@pytest.mark.parametrize("text", [
    "My 19 month old had a temp and then she went stiff and her arms and legs were jerking for 2 minutes",
    "she went sort of stiff and shook for a minute or so, now really muddled",
    "he went all rigid and then started twitching and jerking",
    "孩子发烧，突然全身僵直，手脚一抽一抽的",
])
def test_going_stiff_and_shaking_is_a_seizure(text: str) -> None:
    urgency, rules = decide(text, age=1)
    assert urgency == "emergency_ambulance" and "seizure" in rules


@pytest.mark.parametrize("text", [
    "the pain went into my left arm and I'm sweating",
    "my neck went stiff after sleeping funny",
])
def test_pain_going_into_the_arm_or_a_stiff_neck_is_not_a_seizure(text: str) -> None:
    assert "seizure" not in current_codes(text)


def test_radiating_pain_is_still_read() -> None:
    assert "cardiac_radiation" in current_codes("the pain went down my left arm")


# --- a baby or toddler's fall, named by age, is a head injury (NICE NG232; NHS Head injury and concussion) --------
@pytest.mark.parametrize("text", [
    "my 10 month old went down the whole flight of stairs in his baby walker, now I can't keep him awake",
    "our toddler tumbled down the stairs and now he's very sleepy and hard to wake",
    "宝宝10个月，连人带学步车从台阶上摔下来，现在一直想睡，叫不太醒",
])
def test_a_young_childs_fall_then_hard_to_keep_awake_is_999(text: str) -> None:
    urgency, rules = decide(text, age=0)
    assert urgency == "emergency_ambulance" and rules & {"head_injury_hard_to_wake", "head_injury_hard_to_keep_awake"}


@pytest.mark.parametrize("text", [
    "8mo rolled off our bed onto the floor 2 hours ago, he's been sick twice since and not himself",
    "my 9-month-old fell off the changing table and has been sick 3 times",
    "8个月宝宝从楼梯上滚下来了，吐了两次",
])
def test_a_babys_fall_then_vomiting_is_a_and_e(text: str) -> None:
    urgency, rules = decide(text, age=0)
    assert urgency == "emergency" and "head_injury_danger" in rules


@pytest.mark.parametrize("text", [
    "18 months ago I fell down the stairs and hurt my back, it still aches",
    "my 8 month old rolled over for the first time today",
])
def test_an_old_fall_or_rolling_over_is_no_head_injury(text: str) -> None:
    assert "head_injury" not in current_codes(text)


# --- blood from the ear after a head injury (NHS Head injury and concussion: call 999) ----------------------------
@pytest.mark.parametrize("text", [
    "我儿子1岁3个月，从上下铺上铺摔下来，头先着的地，现在左边耳朵里在流血",
    "孩子摔了一跤磕到后脑勺，耳朵里流出血来了",
    "my 2 year old fell off the top bunk and banged his head, there's blood trickling from his ear",
    "she hit her head on the kerb and now her right ear is bleeding",
])
def test_blood_from_the_ear_after_a_head_injury_is_999(text: str) -> None:
    urgency, rules = decide(text, age=2)
    assert urgency == "emergency_ambulance" and "head_injury_ear_bleeding" in rules


@pytest.mark.parametrize("text", [
    "my ear has been bleeding a bit after I used a cotton bud",
    "磕到头了，耳朵没有出血",
])
def test_ear_bleeding_without_a_head_injury_or_denied_is_not(text: str) -> None:
    assert "head_injury_ear_bleeding" not in decide(text, age=30)[1]


# --- a hernia gone hard that will not go back (NHS Inguinal hernia: A&E) ------------------------------------------
@pytest.mark.parametrize("text", [
    "our 3 month old has a lump in his groin the GP said was a hernia, it normally pops back in. tonight its hard and wont go back",
    "my baby boy has an inguinal hernia, usually it slides back in but now its rock hard and won't go back in",
    "宝宝腹股沟有个疝气，平时能推回去，今天鼓出来硬邦邦的，推不回去",
])
def test_a_hernia_that_has_gone_hard_and_will_not_go_back(text: str) -> None:
    urgency, rules = decide(text, age=0)
    assert urgency == "emergency" and "hernia_will_not_go_back" in rules


@pytest.mark.parametrize("text", [
    "my hernia pops out when I cough and goes back in when I lie down, it is soft",
    "my shoulder popped out and won't go back",
])
def test_a_soft_hernia_or_no_hernia_is_not_stuck(text: str) -> None:
    assert "hernia_will_not_go_back" not in decide(text, age=30)[1]


# --- pre-eclampsia signs after the birth (NHS Pre-eclampsia: it can start in the first 4 weeks; NICE NG133) -------
@pytest.mark.parametrize("text", [
    "5 days since i gave birth. splitting headache since lunch and my vision is blurry. home bp 168/112",
    "had my baby last week by c-section, now a pounding headache and flashing lights in my eyes",
    "my wife had the baby 10 days ago, she has a terrible headache and says everything is blurry",
    "生完孩子第五天，头疼得厉害，看东西模糊",
    "剖腹产后一周，头很痛，眼前一闪一闪的",
])
def test_headache_and_vision_problems_after_the_birth(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "emergency" and "postnatal_preeclampsia_signs" in rules


@pytest.mark.parametrize("text", [
    "5 days since I gave birth, no headache, vision is fine",
    "产后两周，头有点疼，睡不好",
    "产后一周，不头疼，看东西清楚",
])
def test_no_vision_problem_or_denied_is_not_postnatal_preeclampsia(text: str) -> None:
    assert "postnatal_preeclampsia_signs" not in decide(text, age=30)[1]


# --- postpartum psychosis with danger to the baby (NHS Postpartum psychosis: 999 if someone is in danger) ---------
@pytest.mark.parametrize("text", [
    "我老婆生完孩子两周了 这两天都不怎么睡 今天一直说听见有人跟她说话 说宝宝是魔鬼要除掉 刚才抱着宝宝往阳台走",
    "产后三周，老婆总说孩子不是她亲生的，被掉包了，还说要把孩子扔下去",
    "my wife gave birth 10 days ago, keeps saying she hears someone talking to her and that the baby is possessed, "
    "she just carried the baby out to the balcony",
    "our baby is 3 weeks old and my partner thinks the baby isn't really hers, she's hearing voices and said she'll get rid of the baby",
])
def test_psychosis_after_the_birth_with_danger_to_the_baby_is_999(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "emergency_ambulance" and "postpartum_psychosis_danger_to_baby" in rules


def test_psychosis_after_the_birth_without_danger_stays_a_and_e() -> None:
    urgency, rules = decide("my wife had our baby 2 weeks ago and thinks the TV is sending her messages", age=30)
    assert urgency == "emergency" and "postpartum_psychosis_danger_to_baby" not in rules


@pytest.mark.parametrize("text", [
    "our baby is 2 weeks old and my wife is tearful and worried she might drop the baby",
    "产后两周，老婆爱哭，总担心自己照顾不好宝宝",
    "产后两周，老婆说听见宝宝在哭，其实宝宝在睡觉",
    "我没有想把孩子扔掉，就是太累了",
])
def test_worry_tears_or_tiredness_after_the_birth_is_not_psychosis(text: str) -> None:
    assert decide(text, age=30)[0] not in ("emergency", "emergency_ambulance")


# --- a choke that leaves a cough or a wheeze (急诊预检分诊专家共识 2018: 气道异物) ----------------------------------
@pytest.mark.parametrize("text", [
    "一岁宝宝刚才吃花生米呛了一下，现在能哭能喘气，但一直在咳，喘气的时候嗓子里有呼呼的声音",
    "孩子吃瓜子卡了一下，到现在还在咳，呼吸有点喘",
    "my 1 year old choked on a peanut, now she's breathing and crying but coughing non-stop with a wheeze",
    "a grape went down the wrong way and he still keeps coughing and seems short of breath",
])
def test_a_choke_then_a_cough_that_will_not_stop_or_a_wheeze(text: str) -> None:
    urgency, rules = decide(text, age=1)
    assert urgency == "emergency" and "inhaled_foreign_body_signs" in rules


@pytest.mark.parametrize("text", [
    "宝宝吃饼干呛了一下，咳出来就好了，现在不咳了，玩得很好",
    "my 2 year old has had a cough for a week and keeps coughing at night",
    "宝宝感冒一直在咳，嗓子里有痰",
])
def test_a_cleared_choke_or_a_cold_cough_is_not_an_inhaled_object(text: str) -> None:
    assert "inhaled_foreign_body_signs" not in decide(text, age=1)[1]


# --- what sent non-emergencies to A&E: heartburn, sore breasts, bleeding gums in pregnancy -----------------------
def test_burning_in_the_chest_after_every_meal_is_heartburn() -> None:
    text = "30 wks, burning feeling in my chest after every meal esp at night lying down. no other probs"
    assert "heartburn" in current_codes(text) and "chest_pain" not in current_codes(text)


def test_burning_chest_pain_on_exertion_is_still_chest_pain() -> None:
    assert "chest_pain" in current_codes("burning pain in my chest when I walk uphill")


def test_bare_xiong_zhang_in_early_pregnancy_is_the_breasts() -> None:
    codes = current_codes("刚测出来怀孕 差不多8周 胸胀得疼 老跑厕所 很累")
    assert "breast_symptoms" in codes and "chest_pain" not in codes


@pytest.mark.parametrize("text", ["胸口胀痛，出冷汗", "胸口闷得慌，喘不上气"])
def test_the_chest_itself_is_still_chest_pain(text: str) -> None:
    assert "chest_pain" in current_codes(text)


def test_gums_bleeding_when_brushing_is_not_pregnancy_bleeding() -> None:
    urgency, rules = decide("怀孕22周 最近刷牙老出血 牙龈红红的肿肿的 不怎么疼", age=30)
    assert "pregnancy_bleeding" not in rules and urgency != "emergency"


def test_bleeding_down_below_in_pregnancy_still_is() -> None:
    assert "pregnancy_bleeding" in decide("怀孕30周，下面出血了", age=30)[1]
