"""fold-t137: blind137 (older people and their carers) folded in by class, each class with its look-alikes."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide, department_group, fired, service_decide


# t137z-008: pink frothy phlegm said as bubbles or foam (NICE CG187; 中国心力衰竭诊断和治疗指南2018): acute_heart_failure_signs.
@pytest.mark.parametrize("text", [
    "老爸82岁，有心衰。今天后半夜躺不下了，坐在床边张着嘴喘，咳出来的痰是粉红色泡泡样的，说憋得慌。",
    "咳出粉红色的泡沫痰，喘得厉害",
    "coughing up pink foamy phlegm and can't lie flat",
    "her phlegm is pink and frothy and she can't breathe lying down",
])
def test_pink_frothy_phlegm_is_acute_heart_failure(text: str) -> None:
    assert "acute_heart_failure_signs" in fired(text)


@pytest.mark.parametrize("text", [
    "咳出来的痰是粉红色的，没有泡",
    "孩子吹粉红色泡泡玩",
    "no pink frothy phlegm, just clear",
    "my pee looks frothy",
])
def test_pink_phlegm_or_bubbles_elsewhere_are_not_pulmonary_oedema(text: str) -> None:
    assert "pulmonary_edema" not in current_codes(text)


# t137z-008: orthopnoea said 躺不下 with the panting, and panting with the mouth open (NHS Heart failure, Shortness of breath)
@pytest.mark.parametrize("text", ["后半夜躺不下了，坐在床边喘", "一躺下就憋，躺不平，坐起来喘", "坐在床边张着嘴喘"])
def test_cannot_lie_down_for_the_breathlessness_is_dyspnea(text: str) -> None:
    assert "dyspnea" in current_codes(text)


@pytest.mark.parametrize("text", ["床太小了躺不下", "鼻子堵了，只能张着嘴喘气", "孩子睡觉张着嘴喘气打呼噜"])
def test_a_short_bed_or_a_blocked_nose_is_not_breathlessness(text: str) -> None:
    assert "dyspnea" not in current_codes(text)


# t137e-011: 'managed to' said of passing water (NHS Urinary retention: suddenly cannot pee at all, A&E)
@pytest.mark.parametrize("text", [
    "Aged 78. Had a slow weak stream for years but since last night I havent managed to pass water at all despite trying. "
    "Lower tummy is swollen up and really painful now.",
    "I couldn't manage to pass urine at all since this morning",
    "he hasn't managed to pee since last night",
])
def test_not_managing_to_pass_water_is_retention(text: str) -> None:
    assert "urinary_retention" in fired(text)


@pytest.mark.parametrize("text", ["He hasn't managed to pee properly for years, slow stream", "managed to pass water fine this morning"])
def test_a_poor_stream_is_not_retention(text: str) -> None:
    assert "urinary_retention" not in fired(text)


# t137e-002: a long lie found freezing cold and muddled (NHS Hypothermia, NHS Falls): hypothermia_signs, 999
@pytest.mark.parametrize("text", [
    "she's on the kitchen floor, says she slipped last night and couldnt get up. She's freezing cold to touch and a bit muddled",
    "我妈88岁，昨晚摔在厨房地上起不来，躺了一宿，身上冰凉，说话有点糊涂",
])
def test_long_lie_found_cold_and_muddled_is_hypothermia(text: str) -> None:
    assert "hypothermia_signs" in fired(text)
    assert decide(text, 88)[0] == "emergency_ambulance"


@pytest.mark.parametrize("text", [
    "she fell on the kitchen floor last night. It was freezing cold outside so she put the heating on, she's fine",
    "我妈昨晚在厨房地上滑了一下，自己起来了，人很清醒",
])
def test_a_fall_without_the_long_lie_and_cold_is_not_hypothermia(text: str) -> None:
    assert "hypothermia" not in current_codes(text)


# t137e-026: a muddle told as a step of a slow decline (NICE NG97) is not new confusion (NICE CG103); new words keep it
def test_muddle_in_a_slow_memory_decline_is_not_delirium() -> None:
    text = ("Over the last year he's been repeating the same stories, asking the same question a few times in an hour, missed a "
            "couple of bills and last month got muddled finding his way home. Physically fine, it's been creeping on slowly.")
    assert "altered_consciousness" not in fired(text)
    assert service_decide(text, 78)[0] == "routine"
    assert "altered_consciousness" not in fired("这一年来老是问同样的问题，忘事，上个月出门还迷路了，糊涂，慢慢的越来越重")


@pytest.mark.parametrize("text", [
    "Over the last year he's been repeating the same stories and asking the same questions. Today he is suddenly very confused",
    "Over the last year mum has been asking the same questions again and again, and since yesterday she's been really muddled with a temperature",
    "这一年来老是问同样的问题，今天突然糊涂了不认人",
])
def test_new_confusion_beside_a_memory_decline_stays_the_red_flag(text: str) -> None:
    assert "altered_consciousness" in fired(text)


# no department at all before: the older person's ordinary complaint read
@pytest.mark.parametrize(("text", "group"), [
    ("Woke up at 3am with my big toe joint on fire, red, swollen, cant bear the bedsheet on it.", "内科"),
    ("He's had the telly louder and louder, keeps saying 'what?' and struggles in the pub with background noise.", "耳鼻咽喉科"),
    ("老伴看电视声音开得越来越大，老问“啥？”", "耳鼻咽喉科"),
    ("I've got a shake in my hands when I hold a cup of tea or try to write, slowly getting worse over a couple of years.", "内科"),
    ("我妈端碗的时候手就抖，写字也抖，这两年慢慢加重", "内科"),
    ("Dad takes 11 different tablets a day from different doctors. He's not sure what some of them are for. Can someone go "
     "through them with him?", "全科医疗科"),
    ("上完厕所肛门那有点痒，摸着有个小肉疙瘩，不出血不疼，大便正常。", "外科"),
])
def test_ordinary_complaints_of_older_people_find_their_department(text: str, group: str) -> None:
    assert department_group(text, 75) == group


@pytest.mark.parametrize("text", [
    "my hands are shaking, I've had 5 coffees",
    "shaky and sweaty, sugar is 3.1",
    "my hands shake at rest in my lap",
])
def test_other_shaking_is_not_action_tremor(text: str) -> None:
    assert "action_tremor" not in current_codes(text)


# self-care the sources give (NHS Atorvastatin, Constipation, Sensitive teeth, Migraine, Hay fever, Flu vaccine)
@pytest.mark.parametrize(("text", "age"), [
    ("Silly me, I think I took my atorvastatin twice last night, once at teatime and then again at bedtime. Feel totally fine.", 75),
    ("不小心把阿托伐他汀吃了两次，没什么不舒服", 70),
    ("Husband hasn't had a poo for 3 days, he's a bit bunged up. Still passing wind, no tummy pain, not sick, no blood.", 81),
    ("最近喝凉水吃水果牙酸得不行，刷牙也有点疼，牙龈不肿，也没看见有洞。", 75),
    ("我偏头痛几十年了，今天又犯了，跟以前一模一样，一边跳着疼，怕光，吃了布洛芬躺了一会好点了", 71),
    ("Every spring I get streaming itchy eyes and sneezing fits. Had it for years. Which antihistamine won't make me drowsy?", 70),
    ("老头子78，昨天在社区打了流感疫苗，今天打针那条胳膊又酸又疼，有点低烧37.4，别的都好", 78),
])
def test_self_care_the_sources_give(text: str, age: float) -> None:
    assert service_decide(text, age)[0] == "self_care"


@pytest.mark.parametrize(("text", "age", "level"), [
    ("I took my warfarin twice by mistake this morning", 75, "urgent"),
    ("took my atorvastatin twice and now my muscles ache all over", 75, None),
    ("偏头痛几十年了，这次跟以前不一样，突然炸裂样疼，一边手脚没劲", 71, "emergency"),
    ("昨天打了流感疫苗，今天发烧38.6，浑身疼", 78, "urgent"),
    ("一到夏天吃冰棍、喝冰水，下面几颗牙就酸得受不了，用了抗敏感牙膏几个星期也没什么改善。牙龈也不肿。", 40, "routine"),
    ("teeth sensitive to cold, been using sensodyne but it hasn't helped", 40, "routine"),
    ("my dad is very drowsy and hard to wake", 80, "emergency"),
])
def test_look_alikes_of_the_self_care_groups_are_not_self_care(text: str, age: float, level: str | None) -> None:
    got = service_decide(text, age)[0]
    assert got != "self_care"
    if level:
        assert got == level or (level == "emergency" and got == "emergency_ambulance")


# t137z-024: a Parkinson's medicine run out or stopped (NICE NG71: do not withdraw abruptly)
@pytest.mark.parametrize("text", [
    "老伴帕金森好几年了，一直吃美多芭。这次回老家忘带药了，已经停了一天，今天手抖得厉害",
    "my dad has Parkinson's and ran out of his tablets yesterday, he's very stiff today",
    "Parkinson's, left his tablets at home, missed two days",
])
def test_parkinsons_medicine_stopped_is_urgent(text: str) -> None:
    assert decide(text, 78)[0] == "urgent"
    assert "parkinsons_medicine_stopped" in decide(text, 78)[1]


@pytest.mark.parametrize("text", ["帕金森好几年了，一直吃美多芭，最近手抖厉害了点", "I have Parkinson's, I stopped my tablets with the neurologist's advice"])
def test_parkinsons_without_a_stop_is_not_that_rule(text: str) -> None:
    assert "parkinsons_medicine_stopped" not in decide(text, 78)[1]


# t137e-037: a chest sore to press after digging (NHS Chest pain: a chest strain); danger features keep the red flags
def test_chest_sore_to_press_after_digging_is_a_strain() -> None:
    assert "chest_wall_strain" in current_codes("spent all morning digging over the veg patch. It's sore when I press on the ribs there")
    assert service_decide("挖了一上午地，今天左边胸口一按就疼，不喘", 50)[0] == "self_care"
    assert service_decide("Was digging in the garden and got crushing chest pain going down my arm, sweating", 50)[0] == "emergency_ambulance"
    assert service_decide("挖了一上午地，今天胸口压着疼", 50)[0] == "emergency"


# t137z-021: 小腿肚子 is the calf
def test_calf_is_not_the_tummy() -> None:
    assert "bloating" not in current_codes("走路小腿肚子胀疼")
    assert "bloating" in current_codes("肚子胀，老放屁")
    assert department_group("我妈77岁，这两天左小腿又肿又疼，摸着比右边热，走路小腿肚子胀疼。不喘", 77) == "外科"
