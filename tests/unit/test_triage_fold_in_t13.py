"""Engine behaviour added in the blind-13 fold-in round (regression tests, written after the fixes)."""

from __future__ import annotations

import pytest

from carebridge.tools.triage_engine import symptom_matches
from tests.triage_screen import current_codes as _codes
from tests.triage_screen import fired as _fired


# --- epiglottitis (NHS Epiglottitis: call 999) ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "4 year old suddenly really poorly, high temp, he cant swallow his own spit so hes drooling everywhere",
    "my daughter is 6, fever, sore throat and she's drooling because she can't swallow",
    "she's sitting up leaning forward to breathe and dribbling, temperature 39.5",
    "he won't swallow, just dribbles saliva, high temp and his voice is muffled",
    "孩子3岁 高烧 口水流个不停 咽不下去",
    "孩子发烧，往前趴着坐，口水直流",
    "孩子咽不下口水了，一直往外流，发烧39度",
])
def test_drooling_and_cannot_swallow_saliva_with_fever_is_possible_epiglottitis(text: str) -> None:
    assert "possible_epiglottitis" in _fired(text)


@pytest.mark.parametrize("text", [
    "my son is teething, dribbling everywhere, no fever",
    "I can swallow my saliva fine, just a sore throat and a cold",
    "宝宝长牙，口水很多，吃奶正常",
    "嗓子疼，能咽口水，不发烧",
])
def test_teething_drool_and_a_plain_sore_throat_stay_quiet(text: str) -> None:
    assert _fired(text) == set()


def test_stridor_at_rest_is_severe_but_stridor_only_when_crying_is_not() -> None:
    assert "severe_breathing_difficulty" in _fired("making a horrible squeaky noise every time he breathes in")
    assert "severe_breathing_difficulty" in _fired("he makes a harsh noise breathing in even when he's calm and asleep")
    assert "severe_breathing_difficulty" in _fired("睡着的时候也有嘶嘶的喉鸣声")
    assert _fired("toddler with a cold making a squeaky noise when he breathes in only when he cries") == set()
    assert "stridor_when_upset" in _codes("toddler with a cold making a squeaky noise when he breathes in only when he cries")
    assert _fired("娃哭的时候喘气有嘶嘶声，不哭就好了") == set()


def test_leaning_forward_alone_does_not_block_nosebleed_self_care() -> None:
    # Leaning forward is nosebleed first aid: context, never a finding that needs advice of its own.
    assert "leaning_forward" in _codes("捏住鼻子身体往前倾十分钟就止住了")
    assert _fired("捏住鼻子身体往前倾十分钟就止住了") == set()


# --- acute angle-closure glaucoma (NHS Glaucoma) -------------------------------------------------
@pytest.mark.parametrize("text", [
    "woke up with a really bad pain in my right eye and a pounding headache. eye is bright red, I'm seeing rainbow rings around the lights",
    "seeing rainbow rings around lights, eye is painful and red",
    "pounding headache and haloes round the street lights, been sick",
    "眼睛胀痛，头疼，看灯有彩虹圈，想吐",
    "右眼又红又胀，路灯周围有一圈彩虹，还吐了",
])
def test_haloes_with_a_painful_red_eye_headache_or_vomiting_is_acute_glaucoma(text: str) -> None:
    assert "acute_glaucoma_signs" in _fired(text)


@pytest.mark.parametrize("text", [
    "I see halos around street lights at night since my cataract got worse, no pain",
    "看灯有光晕，不疼不红，老花眼",
    "no red eye, no pain, no haloes around lights, just need new glasses",
])
def test_haloes_without_pain_redness_headache_or_vomiting_are_not_glaucoma(text: str) -> None:
    assert "acute_glaucoma_signs" not in _fired(text)


def test_pain_in_the_left_or_right_eye_is_eye_pain() -> None:
    assert "eye_pain" in _codes("a really bad pain in my right eye")
    assert "eye_pain" in _codes("pain behind my left eye")
    assert "painful_eye_with_vision_change" in _fired("pain behind my left eye and my vision is blurry")
    assert "eye_pain" not in _codes("no pain in my right eye")


# --- overdose and farewell messages --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "我妹刚给我发微信说她把一瓶安眠药全吃了",
    "她说把那盒药都吃下去了",
    "我把家里的药全吃了",
    "把抽屉里的安眠药吃光了",
    "安眠药一瓶全吃了",
    "i took all of my mums sleeping tablets about half an hour ago",
    "she took all her antidepressants",
    "he took his dad's tablets",
])
def test_whole_supply_or_someone_elses_medicine_taken_is_an_overdose(text: str) -> None:
    assert "poisoning_overdose" in _fired(text)


@pytest.mark.parametrize("text", [
    "我把药吃了，还是头疼",
    "医生开的药我都吃完了，还是咳嗽",
    "把药全吃完了也没好",
    "我没有把药全吃了，只吃了一片",
    "i didnt take all of my sleeping pills",
    "I took my mum's advice",
])
def test_taking_a_normal_dose_or_finishing_a_course_is_not_an_overdose(text: str) -> None:
    assert not {"poisoning_overdose", "suicidal_intent"} & _fired(text)


@pytest.mark.parametrize("text", [
    "她发微信说让我照顾好爸妈 现在打她电话不接",
    "他发消息说以后替他孝顺爸妈",
    "发微信跟我告别 说下辈子再见",
    "my sister texted me saying goodbye and to look after mum and dad",
    "he texted saying goodbye, now his phone is off",
])
def test_farewell_messages_are_suicidal_intent(text: str) -> None:
    assert "suicidal_intent" in _fired(text)


@pytest.mark.parametrize("text", [
    "妈妈出差前让我照顾好爸爸",
    "姐姐出国了，让我照顾好爸妈，她下个月回来",
    "can you look after the kids for me while I go to the GP",
    "said goodbye to the kids, my husband will look after the kids while I'm in hospital",
    "my son said goodbye and went off to school, he's got a sore throat",
])
def test_ordinary_goodbyes_and_looking_after_family_stay_quiet(text: str) -> None:
    assert "suicidal_intent" not in _fired(text)


# --- coffee-ground vomit (NHS Vomiting blood) ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "刚才吐了一大口 黑褐色的跟咖啡渣一样",
    "他吐了 黑褐色的",
    "吐了好几口黑色的东西",
    "吐了两次 都是黑乎乎的水",
    "vomited dark brown stuff like coffee granules",
])
def test_dark_brown_or_coffee_ground_vomit_across_a_space_is_vomiting_blood(text: str) -> None:
    assert "gi_bleeding" in _fired(text)


@pytest.mark.parametrize("text", ["吐了，脸红红的", "吐了 不是黑色的", "吐了，没有咖啡渣样的东西", "早上喝了咖啡，吐了一点咖啡"])
def test_vomit_without_a_dark_or_bloody_colour_is_not_a_bleed(text: str) -> None:
    assert "gi_bleeding" not in _fired(text)


# --- green vomit (NHS Diarrhoea and vomiting) and intussusception (外科学/儿科学 第9版) ----------------
@pytest.mark.parametrize("text", [
    "vomited and it was bright green",
    "my baby has been sick 4 times and now it's bright green",
    "宝宝吐了好几次，后来吐的是绿水",
    "吐了好几次，吐的是黄绿色的水",
])
def test_green_vomit_is_an_emergency(text: str) -> None:
    assert "green_vomit" in _fired(text)


@pytest.mark.parametrize("text", [
    "chesty cough about a week, bringing up green stuff, now temp 38.8",
    "I've had a cough for over a week that's now bringing up green phlegm",
    "I drank a green smoothie then was sick",
    "threw up bile this morning after a big night out",
    "喝多了吐到最后都是黄水",
    "宝宝吐奶，奶是白色的，没有绿色",
])
def test_green_phlegm_green_food_and_yellow_bile_are_not_green_vomit(text: str) -> None:
    assert "green_vomit" not in _fired(text)


@pytest.mark.parametrize("text", [
    "宝宝10个月 今天一阵一阵地哭得撕心裂肺 吐了好几次 刚换尿布看到拉的像果酱一样带血",
    "宝宝8个月，阵发性哭闹，吐了，大便像果酱",
    "孩子拉的便便跟草莓酱似的，一阵阵哭",
    "my baby keeps screaming in fits and pulling his knees up, then he's fine, he's vomited and his nappy has red jelly-like poo in it",
])
def test_redcurrant_jelly_stool_with_vomiting_or_crying_spells_is_possible_intussusception(text: str) -> None:
    assert "possible_intussusception" in _fired(text)


def test_blood_in_a_toddlers_stool_with_crying_spells() -> None:
    assert "infant_blood_in_stool_with_crying_spells" in _fired("孩子1岁，一阵一阵地哭闹，腿往肚子上缩，大便带血")
    # An adult with blood in the stool and no crying spells is not this rule.
    assert "infant_blood_in_stool_with_crying_spells" not in _fired("I'm 40, blood on the toilet paper after a hard poo")


@pytest.mark.parametrize("text", [
    "my 8 month old has colic, cries every evening and pulls her legs up, poo normal",
    "宝宝傍晚哭闹，大便正常，没有血",
    "吃了果酱面包，大便正常",
    "宝宝吃了菠菜泥，大便绿绿的",
])
def test_colic_and_food_coloured_stool_are_not_intussusception(text: str) -> None:
    assert not {"possible_intussusception", "infant_blood_in_stool_with_crying_spells", "green_vomit"} & _fired(text)


# --- scalds said other ways (NHS Burns and scalds) -----------------------------------------------
@pytest.mark.parametrize("text", [
    "孩子把暖壶碰倒了 开水全浇在胸口和肚子上 冲了凉水 红了一大片比他手掌大多了 起了好多水泡",
    "热水瓶被他弄倒了，开水淋了一身，起泡了",
    "烫伤面积比他的手掌大",
    "热汤洒在胳膊上 起了个泡",
    "she pulled a cup of tea onto herself, a patch bigger than her palm with blisters",
])
def test_scalds_poured_knocked_over_or_bigger_than_a_palm_are_serious(text: str) -> None:
    assert "serious_burn" in _fired(text)


@pytest.mark.parametrize("text", [
    "被开水烫了一下，没起泡，就红了一点",
    "暖壶倒了，没烫着人",
    "上周被家里猫抓了手臂，这两天伤口周围红了一大片，比巴掌还大，又肿又热",
    "I burned my finger on the oven, no blisters, small",
])
def test_small_scalds_and_a_large_red_wound_are_not_serious_burns(text: str) -> None:
    assert "serious_burn" not in _fired(text)


# --- urgency levels: ambulance where the source says 999 ------------------------------------------
def _urgency(text: str, age: float | None = None) -> str:
    from carebridge.tools.triage_engine import decide_urgency, extract_findings, patient_facts
    found = extract_findings(text)
    return decide_urgency(found.present, patient_facts({"age_years": age}, None, found))[0]


@pytest.mark.parametrize("text", [
    "suddenly grabbed his head, like being hit with a baseball bat, worst headache ever. now he's been sick twice and his neck is stiff",
    "I got a sudden explosive headache at the gym, the worst pain of my life, and light hurts my eyes",
    "刚才拖地的时候突然说后脑勺像被人拿棍子狠狠敲了一下，疼得这辈子没这么厉害过，吐了两回",
    "头突然像炸开一样疼，还吐了，脖子发硬",
])
def test_thunderclap_headache_with_vomiting_stiff_neck_or_photophobia_calls_an_ambulance(text: str) -> None:
    assert "subarachnoid_haemorrhage_signs" in _fired(text)
    assert _urgency(text) == "emergency_ambulance"


def test_thunderclap_headache_alone_stays_an_emergency() -> None:
    assert _urgency("worst headache of my life, it came on suddenly") == "emergency"
    assert "subarachnoid_haemorrhage_signs" not in _fired("a mild headache that came on slowly, no vomiting, neck is fine")


@pytest.mark.parametrize("text", [
    "dad is 78, was on antibiotics for a water infection. today he's not with it and his skin looks blotchy",
    "外婆发烧两天，今天糊里糊涂的，膝盖上一块一块花斑",
])
def test_sepsis_with_confusion_or_mottled_skin_calls_an_ambulance(text: str) -> None:
    assert "sepsis_high_risk" in _fired(text)
    assert _urgency(text) == "emergency_ambulance"


def test_sepsis_signs_without_a_high_risk_criterion_stay_an_emergency() -> None:
    text = "my baby is 3 weeks old, the thermometer says 38.3, she's floppy and not interested in feeding"
    assert "sepsis_high_risk" not in _fired(text)
    assert _urgency(text) == "emergency"
    assert "sepsis_high_risk" not in _fired("I have a fever, I'm thinking clearly, skin looks normal")


@pytest.mark.parametrize("text", [
    "俺爷爷下午在地里掰玉米 回来就不对劲了 身上烫得吓人 摸着干干的一点汗都没有 一直说胡话",
    "大热天在工地干活，突然开始说胡话",
    "working in the heat all day, now he's confused and talking rubbish",
    "heatstroke I think, he's burning up and stopped sweating",
])
def test_heatstroke_signs_call_an_ambulance(text: str) -> None:
    assert {"heatstroke_signs", "heatstroke_not_sweating"} & _fired(text)


@pytest.mark.parametrize("text", [
    "发烧了 身上很烫 一点汗都没有",
    "my son has a fever, he's hot and dry and not sweating",
    "晒了一会儿有点头晕，喝了水休息一下好了，人很清醒",
])
def test_hot_dry_skin_with_a_fever_alone_or_recovered_heat_exhaustion_is_not_heatstroke(text: str) -> None:
    assert not {"heatstroke_signs", "heatstroke_not_sweating"} & _fired(text)


def test_heat_exhaustion_that_settled_with_rest_is_self_care() -> None:
    assert _urgency("今天在工地干活太热了 有点头晕恶心 出了一身汗 到阴凉地方喝了水躺了二十分钟 现在好多了", 48) == "self_care"


def test_breathless_said_as_chuan_bu_shang_lai_qi_and_a_fast_heartbeat() -> None:
    assert {"dyspnea", "palpitations"} <= _codes("突然喘不上来气 心跳得特别快")
    assert "chest_pain_danger_features" in _fired("剖腹产完第十天 突然喘不上来气 胸口一吸气就刺着疼")


# --- chickenpox contact in pregnancy (NHS Chickenpox) ----------------------------------------------
@pytest.mark.parametrize("text", [
    "im 20 weeks pregnant and ive never had chickenpox. my friends little boy was round at mine yesterday and has just been diagnosed with it",
    "怀孕18周，没出过水痘，前天抱了邻居家的孩子，今天说孩子出水痘了",
])
def test_chickenpox_contact_in_pregnancy_is_urgent(text: str) -> None:
    assert "chickenpox" in _codes(text)
    assert _urgency(text) == "urgent"


@pytest.mark.parametrize("text", ["I'm pregnant and I've had chickenpox as a child, no contact with anyone ill", "怀孕了，最近没接触过水痘病人"])
def test_no_chickenpox_contact_is_not_a_finding(text: str) -> None:
    assert "chickenpox" not in _codes(text)


# --- passive suicidal thoughts: urgent only when a plan or intent is denied ----------------------
@pytest.mark.parametrize("text", [
    "lately i keep thinking everyone would be better off without me. i havent done anything and i dont have a plan",
    "i keep thinking everyone would be better off if i just didnt wake up. i havent got a plan or anything",
    "最近老觉得活着没啥意思 有时候想要是睡着了不醒就好了 没想过具体怎么做",
    "觉得活着挺没意思的，有时候想要是一觉睡过去不醒就好了，但我没打算干啥",
])
def test_passive_death_wish_with_no_plan_is_urgent(text: str) -> None:
    assert _fired(text) == set()
    assert _urgency(text) == "urgent"


@pytest.mark.parametrize("text", [
    "everyone would be better off without me",
    "要是睡着了不醒就好了",
    "活着没意思，已经偷偷攒了一瓶安眠药",
    "I want to kill myself but I don't have a plan",
])
def test_a_death_wish_without_a_denied_plan_or_an_active_wish_stays_an_emergency(text: str) -> None:
    assert {"suicidal_intent", "death_wish_plan_not_ruled_out"} & _fired(text)


@pytest.mark.parametrize("text", ["我没有觉得活着没意思", "I'm stressed but life is worth living"])
def test_denied_death_wish_is_quiet(text: str) -> None:
    assert _fired(text) == set()
    assert _urgency(text) != "urgent"


def test_a_bit_paranoid_is_worry_not_psychosis() -> None:
    assert "psychosis" not in _codes("my dad had a heart attack at 60 so im a bit paranoid, but ive just got a blocked nose")
    assert "psychosis" not in _codes("I'm probably just paranoid but I found a lump")
    assert "psychosis" in _codes("she's become paranoid and is hearing voices")


# --- self-care and departments for common complaints ----------------------------------------------
def _triage(text: str, age: float | None = None) -> tuple[str, str]:
    from carebridge.tools.triage_engine import extract_findings, patient_facts, triage
    found = extract_findings(text)
    decision = triage(found, patient_facts({"age_years": age}, None, found))
    return decision.urgency, decision.department.group_zh


@pytest.mark.parametrize(("text", "age", "group"), [
    ("my legs ache by the end of the day and there's bulgy twisty blue veins on the back of my calves", 54, "外科"),
    ("小腿后面青筋鼓起来一条条的，像蚯蚓一样", 50, "外科"),
    ("constant high pitched ringing in both ears for the past 3 months", 47, "耳鼻咽喉科"),
    ("耳朵里一直有蝉叫的声音，三个月了", 47, "耳鼻咽喉科"),
    ("ingrown toenail on my big toe keeps coming back", 16, "外科"),
    ("脚趾甲往肉里长，反反复复", 30, "外科"),
    ("aching stiff right knee for 6 months, worse on stairs", 63, "外科"),
    ("膝盖发僵，上下楼疼，半年了", 63, "外科"),
    ("tired all the time, always cold when everyone else is fine, put on weight without eating more, periods have got heavier", 44, "内科"),
    ("my teeth get a sharp zing when i drink anything cold", 33, "口腔科"),
    ("牙齿一碰冷水就酸疼", 33, "口腔科"),
    ("我妈75了 这一两年眼睛越来越花 看东西像隔了层雾", 75, "眼科"),
    ("这两个多月心情一直很低落 干啥都提不起劲", 35, "精神科"),
    ("lost interest in everything and feel low for weeks", 35, "精神科"),
    ("最近在家量了好几次血压都在145/92左右", 45, "内科"),
    ("my blood pressure at home keeps coming up 150 over 95", 45, "内科"),
])
def test_common_complaints_find_a_department(text: str, age: float, group: str) -> None:
    assert _triage(text, age)[1] == group


@pytest.mark.parametrize(("text", "age"), [
    ("banged my shin on the coffee table yesterday and now there's a big purple bruise, can walk fine, not on blood thinners", 45),
    ("小腿磕到桌角了，青了一大块，能走路", 40),
    ("昨天帮朋友搬家 今天腰酸疼 弯腰起身都疼 腿不麻 大小便都正常", 34),
    ("下楼梯崴了一下脚 脚踝肿了一点 能走路 就是走起来有点疼", 31),
    ("宝宝7个月 这几天老流口水 逮啥啃啥 脸蛋红红的 体温36.9 吃奶正常", 0.58),
    ("娃5岁 晚上老说屁屁痒 挠个不停 今早看到屁股那有小白线一样的虫在动", 5),
    ("my 9 month old's bum is red and sore looking where the nappy sits, feeding well, no temperature", 0.75),
    ("脑壳有点昏 前额两边发紧 像箍了个圈 睡一觉能好点 没吐", 32),
    ("今天在工地干活太热了 有点头晕恶心 出了一身汗 到阴凉地方喝了水躺了二十分钟 现在好多了", 48),
])
def test_self_care_complaints_said_other_ways(text: str, age: float) -> None:
    assert _triage(text, age)[0] == "self_care"


@pytest.mark.parametrize(("text", "age"), [
    ("my son has big purple bruises on his legs and he's tired all the time", 6),      # unexplained bruising
    ("bumped my leg and got a bruise, I'm on warfarin", 70),
    ("下面痒、白带像豆腐渣一样，今年已经是第四次了", 33),                                  # a gynaecological itch
    ("fell asleep at the beach and my shoulders are red and sore, no blisters", 30),   # sunburn, not a joint
])
def test_look_alikes_do_not_get_the_new_self_care(text: str, age: float) -> None:
    urgency, _ = _triage(text, age)
    if "beach" in text:
        assert urgency == "self_care" and "joint_pain" not in _codes(text)
    else:
        assert urgency != "self_care"


def test_a_baby_gaining_weight_well_is_not_weight_gain() -> None:
    assert "weight_gain" not in _codes("my 6 week old brings up a bit of milk after feeds but she's happy, gaining weight well")
    assert "weight_gain" in _codes("I've put on a stone in weight without eating more")


def test_pain_worse_on_walking_or_coughing_is_not_a_cough_and_rlq_pain_goes_to_surgery() -> None:
    text = "pain started round my belly button and now its moved down to the lower right side, worse when i walk or cough"
    assert "cough" not in _codes(text)
    assert _triage(text, 17) == ("urgent", "外科")
    assert "cough" in _codes("I have a cough and a sore throat")


def test_a_bruise_behind_the_ear_after_a_blow_stays_a_skull_base_sign() -> None:
    text = "head hit the windscreen in the accident, now there's bruising behind my ear and I'm sick"
    assert "csf_leak" in _codes(text)
    assert "skull_base_fracture_signs" in _fired(text) or "head_injury_danger" in _fired(text)


# --- the same six emergencies in still other words (written after the fixes, as a generalisation check)
@pytest.mark.parametrize(("text", "rule"), [
    ("she keeps spitting out her saliva because it hurts too much to swallow, fever 40", "possible_epiglottitis"),
    ("he's dribbling loads and won't swallow his saliva, high fever", "possible_epiglottitis"),
    ("孩子高烧，口水直往外流，不敢咽", "possible_epiglottitis"),
    ("吞口水都困难，只能吐出来，发烧", "possible_epiglottitis"),
    ("宝宝发烧流口水不止，咽不下去，身子往前趴着才能喘气", "possible_epiglottitis"),
    ("halos round the lights, eye red and rock hard, headache", "acute_glaucoma_signs"),
    ("seeing rainbows round the lights and my eye hurts", "acute_glaucoma_signs"),
    ("眼睛胀得要命，看灯有一圈一圈的彩虹", "acute_glaucoma_signs"),
    ("虹视，眼痛，呕吐", "acute_glaucoma_signs"),
    ("took the whole box of my antidepressants", "poisoning_overdose"),
    ("她一口气吞了一整盒安眠药", "poisoning_overdose"),
    ("他把家里的降压药全部吃了", "poisoning_overdose"),
    ("threw up black stuff", "gi_bleeding"),
    ("吐出来像咖啡一样的东西", "gi_bleeding"),
    ("呕吐物是黑褐色", "gi_bleeding"),
    ("宝宝阵阵哭闹，吐奶，大便是红色果冻样", "possible_intussusception"),
    ("孩子拉出来是果酱色的便，一阵一阵哭", "possible_intussusception"),
    ("her poo looks like jam and she keeps being sick", "possible_intussusception"),
    ("热粥扣在孩子手上了 起了好几个泡", "serious_burn"),
    ("洗澡水太烫 孩子屁股烫红一大片还起了泡", "serious_burn"),
    ("hot tea went all down her front and it's come up in blisters", "serious_burn"),
])
def test_the_six_emergencies_in_other_words(text: str, rule: str) -> None:
    assert rule in _fired(text)


@pytest.mark.parametrize("text", [
    "嗓子疼，咽口水都疼，有点发烧",               # a painful swallow is not an unswallowable one
    "喝了黑咖啡以后吐了",
    "threw up after drinking black coffee",
])
def test_other_words_look_alikes_stay_quiet(text: str) -> None:
    assert not {"possible_epiglottitis", "anaphylaxis_airway", "gi_bleeding"} & _fired(text)


def test_a_hard_eye_is_not_a_rigid_abdomen() -> None:
    assert "rigid_abdomen" not in _fired("halos round the lights, eye red and rock hard, headache")
    assert "rigid_abdomen" in _fired("my belly is swollen and rock hard")


def test_a_new_verb_clause_after_and_ends_an_english_negation() -> None:
    # "don't fancy eating anything and feel sick": the "don't" is about food, the patient feels sick.
    assert "nausea" in _codes("dont fancy eating anything and feel sick")
    assert "nausea" not in {m.code for m in symptom_matches("I don't feel sick") if not m.negated}
    assert "fever" not in _codes("no fever and feel fine")
