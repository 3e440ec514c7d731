"""blind95 (a representative week at the desk) and blind97 (the published audit vignette style): the four under-triaged
emergencies of the first look, each read as a family, then the self-care and urgent readings, with the near misses that
must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide, service_decide

EMERGENT = ("emergency", "emergency_ambulance")


# (1) A burnt limb or neck said with 烫了 (NHS Burns and scalds), and a blistered, large or deep burn with a hoarse voice
# or laboured breathing (NHS Burns and scalds: difficulty breathing and facial burns are signs of breathed-in smoke or
# fumes; 急诊预检分诊专家共识 2018: airway compromise): serious_burn_with_airway_signs, an ambulance.
@pytest.mark.parametrize("text", ["两条胳膊都烫了", "手背被烫了", "脖子也烫了", "小腿烫破了", "后背烧伤了"])
def test_a_burnt_limb_or_neck_said_with_tang_le_is_a_burn(text: str) -> None:
    assert "burn" in current_codes(text)


@pytest.mark.parametrize("text", ["我额头很烫，身上都烫了", "脸烫了，发烧38度5", "孩子身上烫烫的", "泡脚的水太烫了"])
def test_a_hot_forehead_or_body_in_a_fever_is_not_a_burn(text: str) -> None:
    assert "burn" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "厨房着火了，他去灭火，手臂和脖子都烫了，起了好几个大水泡，现在说话声音嘶哑",
    "煤气罐着火把他胳膊烧伤了，起了好多大水泡，现在喘气很费劲",
    "the chip pan went up and burnt his face and arms, big blisters, and now his voice is hoarse",
    "bonfire flared up and scalded her arm, large blistered burn, and she's now finding it hard to breathe",
])
def test_a_serious_burn_with_a_hoarse_voice_or_laboured_breathing_is_an_ambulance(text: str) -> None:
    urgency, rules = decide(text, age=40)
    assert urgency == "emergency_ambulance" and "serious_burn_with_airway_signs" in rules


@pytest.mark.parametrize("text", [
    "手指被锅烫了一下，没起泡，这几天感冒嗓子哑",
    "burnt my finger on the oven, no blisters, and I have a cold with a hoarse voice",
    "scalded my hand with the kettle and it has big blisters",
])
def test_a_small_burn_with_a_cold_or_a_blistered_burn_alone_is_not_an_ambulance(text: str) -> None:
    urgency, rules = decide(text, age=40)
    assert urgency != "emergency_ambulance" and "serious_burn_with_airway_signs" not in rules


@pytest.mark.parametrize("text", ["喘气有点费劲", "呼吸很吃力", "出气越来越费劲"])
def test_breathing_said_to_take_effort_is_breathlessness(text: str) -> None:
    assert "dyspnea" in current_codes(text)


# (2) A high-speed fragment from a power tool with no goggles said between (NHS Eye injuries: A&E if something hit the eye
# at high speed): the English reading already allowed 'without goggles'; a denial word broke the Chinese gap.
@pytest.mark.parametrize("text", [
    "用砂轮切割钢管没戴防护眼镜，有铁屑崩进左眼了，看东西模糊",
    "拿电钻打孔的时候没有戴护目镜，有个东西飞进右眼，现在看不清",
    "锤钉子没戴眼镜，有东西弹到眼睛里了，看东西有点模糊",
])
def test_a_power_tool_fragment_in_the_eye_without_goggles_is_high_velocity(text: str) -> None:
    assert "eye_high_velocity" in current_codes(text)
    urgency, rules = decide(text, age=34)
    assert urgency == "emergency" and "high_velocity_eye_injury" in rules


@pytest.mark.parametrize("text", ["打磨的时候没戴护目镜，眼睛有点干", "扫地的时候没戴眼镜，灰进眼睛了", "没戴眼镜，看东西模糊"])
def test_no_goggles_without_a_fragment_into_the_eye_is_not_high_velocity(text: str) -> None:
    assert "eye_high_velocity" not in current_codes(text)


# (3) Lips a bit blue or purple (NHS When to call 999: blue, grey or blotchy lips) and a child who fell in the water said
# with 掉 and no 进 (ERC 2021 drowning): drowning_with_symptoms, an ambulance.
@pytest.mark.parametrize("text", ["嘴唇有点紫", "嘴唇有些发乌", "孩子嘴唇都有点青了"])
def test_lips_a_bit_purple_or_blue_are_severe_breathlessness(text: str) -> None:
    assert "dyspnea_severe" in current_codes(text)


@pytest.mark.parametrize("text", ["嘴唇有点干，起皮", "嘴唇有点肿", "嘴唇上长了个泡"])
def test_dry_or_swollen_lips_are_not_a_blue_colour(text: str) -> None:
    assert "dyspnea_severe" not in current_codes(text)


@pytest.mark.parametrize("text", ["孩子掉河里了，捞上来一直咳", "女儿刚才掉游泳池里，被救上来，喘得厉害", "我爸不小心掉鱼塘里了，拉上来以后一直咳嗽气短"])
def test_a_person_who_fell_in_the_water_and_coughs_or_is_breathless_is_drowning(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "emergency_ambulance" and "drowning_with_symptoms" in rules


@pytest.mark.parametrize("text", ["手机掉水池里了，捞上来了", "钥匙掉河里了，有点咳嗽", "孩子在泳池边摔了一跤，磕破了膝盖"])
def test_a_phone_or_keys_in_the_water_or_a_fall_beside_the_pool_is_no_submersion(text: str) -> None:
    assert "submersion" not in current_codes(text)


# (4) A crack heard said with 听见 (NHS Broken ankle: go to A&E; the existing suspected_fracture_crack_and_loss_of_use).
@pytest.mark.parametrize("text", ["打球崴了脚，听见咔的一声，现在脚不能着地", "摔了一跤，听见咔嚓一声，手腕动不了"])
def test_a_crack_heard_with_ting_jian_and_loss_of_use_is_a_suspected_fracture(text: str) -> None:
    urgency, rules = decide(text, age=40)
    assert urgency == "emergency" and "suspected_fracture_crack_and_loss_of_use" in rules


@pytest.mark.parametrize("text", ["崴了脚，没听见响声，能走路，就是有点疼", "听见咔的一声门关上了"])
def test_no_crack_or_a_door_is_not_a_suspected_fracture(text: str) -> None:
    urgency, rules = decide(text, age=40)
    assert "suspected_fracture_crack_and_loss_of_use" not in rules


# (5) A small cut whose heavy bleeding stopped with pressure (NHS Cuts and grazes: A&E if it does not stop), and a stop
# word denied ("还没止住") is the bleeding going on, for a nosebleed as for a cut.
@pytest.mark.parametrize("text", [
    "切菜的时候把手指划了，口子不深大概一厘米，流了好多血，按了几分钟就止住了",
    "small cut on my thumb from a tin, bled loads but it stopped after I pressed on it for five minutes",
])
def test_a_small_cut_that_bled_a_lot_and_stopped_with_pressure_is_self_care(text: str) -> None:
    assert decide(text, age=40)[0] == "self_care"


@pytest.mark.parametrize("text", [
    "切菜划了个小口子，流了好多血，到现在还没止住",
    "鼻子流了好多血，捏了十分钟还没止住",
    "划了个小口子，流了很多血，止住了又开始流",
    "手指划了，口子不深大概两厘米，但是一直在流血止不住",
])
def test_bleeding_not_stopped_or_started_again_stays_an_emergency(text: str) -> None:
    assert decide(text, age=40)[0] in EMERGENT


# (6) Urgent readings a parent or relative says in everyday words: fewer nappies changed (NHS Diarrhoea and vomiting:
# fewer wet nappies, urgent GP), the whites of the eyes 也黄 (NHS Jaundice), 要是人不在了就好了 with no plan (NHS Help for
# suicidal thoughts: urgent, passive_suicidal_thoughts).
@pytest.mark.parametrize("text", ["尿不湿换得明显少了", "纸尿裤湿得少了很多"])
def test_fewer_nappies_changed_is_dehydration(text: str) -> None:
    assert "dehydration" in current_codes(text)


@pytest.mark.parametrize("text", ["眼白也黄", "巩膜都有点黄", "眼珠子也发黄"])
def test_the_whites_of_the_eyes_also_yellow_is_jaundice(text: str) -> None:
    assert "jaundice" in current_codes(text)


@pytest.mark.parametrize("text", ["眼白也红了", "黄色的眼屎"])
def test_red_eye_whites_or_yellow_discharge_are_not_jaundice(text: str) -> None:
    assert "jaundice" not in current_codes(text)


@pytest.mark.parametrize("text", ["最近老冒出要是我不在了就好了的念头，没有具体计划", "有时候想，如果我消失了就好了，没打算做什么"])
def test_wishing_oneself_gone_with_no_plan_is_passive_suicidal_thoughts(text: str) -> None:
    urgency, rules = decide(text, age=26)
    assert urgency == "urgent" and "passive_suicidal_thoughts" in rules


@pytest.mark.parametrize("text", ["要是这病没了就好了", "如果疼痛没了就好了", "要是咳嗽不在了就好了"])
def test_an_illness_wished_gone_is_no_death_wish(text: str) -> None:
    assert "death_wish" not in current_codes(text)


# (7) Over-triage near miss: talking an effort after a hoarse voice said with a particle (NHS Laryngitis).
@pytest.mark.parametrize("text", ["前几天感冒，这两天嗓子哑咯，说话都费劲", "嗓子哑啦，说话费劲"])
def test_talking_an_effort_with_a_hoarse_voice_is_not_severe_breathlessness(text: str) -> None:
    assert "dyspnea_severe" not in current_codes(text)


def test_talking_an_effort_from_breathlessness_stays_severe() -> None:
    assert "dyspnea_severe" in current_codes("喘得厉害，说话都费劲")


def test_lao_hu_tu_stays_confusion_until_the_overdose_is_read() -> None:
    # blind36 t36z-014 (an old man 老糊涂 who swallowed three days of gliclazide) is an emergency only by this reading
    assert decide("我爸76岁，有点老糊涂了。刚才发现他把药盒里三天的格列齐特和降压药一次全吃了", age=76)[0] in EMERGENT


# (7b) Nothing done said with 还没做什么 is no plan (NHS Help for suicidal thoughts: urgent, not 999).
@pytest.mark.parametrize("text", ["脑子里老冒出要是我不在了就好了的念头，还没做什么，就是怕", "有时候觉得活着没意思，也没做啥"])
def test_a_death_wish_with_nothing_done_is_passive(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "urgent" and "passive_suicidal_thoughts" in rules


def test_a_death_wish_with_nothing_said_about_a_plan_stays_an_emergency() -> None:
    assert decide("脑子里老冒出要是我不在了就好了的念头", age=30)[0] in EMERGENT


# (7c) A power-tool fragment is still an eye injury: pain and a shut eye keep the eye-injury rules (NHS Eye injuries).
def test_a_power_tool_fragment_with_a_painful_shut_eye_is_an_emergency() -> None:
    text = "用角磨机打磨铁件时没戴眼镜，有东西崩进右眼里了，现在眼睛疼得睁不开一直流泪"
    assert {"eye_high_velocity", "eye_injury"} <= current_codes(text)
    assert decide(text, age=36)[0] == "emergency"


# (7d) Readings for the other misses: hay fever 'every year this time' (NHS Hay fever), a lump at the anus (NHS Piles),
# repeating himself over months (NICE NG97), eyesight gone 'kind of cloudy' (NHS Cataracts).
@pytest.mark.parametrize("text, code", [
    ("every year this time I get itchy eyes and keep sneezing", "hay_fever"),
    ("sneezing and itchy eyes, every year the same time", "hay_fever"),
    ("肛门口摸着有个小肉球，擦屁股纸上有血", "haemorrhoids"),
    ("屁眼边上长了个肉疙瘩", "haemorrhoids"),
    ("over the last year my mum has been repeating herself a lot", "memory_decline"),
    ("my vision has gone sort of misty over the past year", "blurred_vision"),
])
def test_readings_for_the_other_misses(text: str, code: str) -> None:
    assert code in current_codes(text)


@pytest.mark.parametrize("text, code", [
    ("I had a cold this time last year", "hay_fever"),
    ("肚子上长了个肉疙瘩", "haemorrhoids"),
    ("the teacher keeps repeating herself", "memory_decline"),
    ("the sky has gone kind of cloudy", "blurred_vision"),
])
def test_look_alikes_of_the_other_readings(text: str, code: str) -> None:
    assert code not in current_codes(text)


# (8) Durations said with 来 (about): "三个来月", "十来天" (NHS Back pain: a GP if no better within 4 weeks).
@pytest.mark.parametrize("text, expected", [("腰疼三个来月了，久坐就酸", "routine"), ("腰疼两三天了，搬东西闪了一下", "self_care")])
def test_back_pain_for_about_three_months_is_a_gp_appointment(text: str, expected: str) -> None:
    assert service_decide(text, 45, "M")[0] == expected


# (9) The change named (NHS Menopause: see a GP if the symptoms trouble you).
@pytest.mark.parametrize("text", ["is this the change?", "hot sweats at night", "I think I'm going through the change", "绝经前后睡不好"])
def test_the_change_or_hot_sweats_is_the_menopause(text: str) -> None:
    assert "menopause" in current_codes(text)


@pytest.mark.parametrize("text", ["is this the change in my medication?", "I had a change of diet", "the change of weather gives me headaches"])
def test_a_change_of_something_else_is_not_the_menopause(text: str) -> None:
    assert "menopause" not in current_codes(text)
