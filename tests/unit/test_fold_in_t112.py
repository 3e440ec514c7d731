"""blind112 (short audit-style vignettes across all body systems): the two under-triaged emergencies of the first look,
each read as a family, then the self-care, near-miss and department readings, with the near misses that must not
change."""

from __future__ import annotations

import pytest

from carebridge.tools.slots import parse_severity
from tests.triage_screen import current_codes, department_group, service_decide


# (1) A heavy night's drinking said as an amount with 多/半 after it ("一斤多白酒"), and the centre of the upper tummy
# named between the tummy and its pain ("上腹部正中间疼"): with the pain going through to the back and vomiting, the
# pancreatitis rule (NHS Acute pancreatitis: sudden severe pain in the centre of the tummy, A&E; NICE CKS Pancreatitis).
@pytest.mark.parametrize("text", [
    "喝了半斤多白酒，半夜上腹正中间疼得厉害，往后背窜，吐了三回",
    "昨晚喝了一瓶多红酒，今天上腹部中间疼，疼到后背去，一直吐",
    "前天晚上喝了一斤半白酒，现在上腹部正中央疼，串到后背，吐了好几次",
    "last night I got absolutely hammered, now pain in the middle of my upper tummy going through to my back and keep being sick",
])
def test_centre_tummy_pain_to_the_back_with_vomiting_after_a_binge_is_possible_pancreatitis(text: str) -> None:
    urgency, rules = service_decide(text, 43, "M")
    assert urgency == "emergency" and "possible_acute_pancreatitis" in rules


@pytest.mark.parametrize("text", ["喝了一斤多白酒", "昨晚喝了两瓶多啤酒", "喝了半斤多白酒"])
def test_an_amount_with_more_after_it_is_heavy_drinking(text: str) -> None:
    assert "heavy_drinking" in current_codes(text)


@pytest.mark.parametrize("text", ["喝了半斤多牛奶", "喝了一斤多水", "吃了一斤多饺子"])
def test_milk_water_or_food_by_the_jin_is_no_drinking(text: str) -> None:
    assert "heavy_drinking" not in current_codes(text)


@pytest.mark.parametrize("text", ["上腹部正中间疼", "上腹正中央痛", "右上腹偏右那里疼", "肚子正中间疼", "pain in the centre of my tummy",
                                  "ache at the top of my stomach"])
def test_the_place_in_the_tummy_named_before_the_pain_is_tummy_pain(text: str) -> None:
    assert "abdominal_pain" in current_codes(text)


@pytest.mark.parametrize("text", ["胸口正中间疼", "脚底正中间疼", "后背正中间疼", "pain in the middle of my chest", "pain in the middle of my back"])
def test_the_middle_of_the_chest_back_or_foot_is_not_tummy_pain(text: str) -> None:
    assert "abdominal_pain" not in current_codes(text)


@pytest.mark.parametrize("text", ["昨天喝了一斤多白酒，今天头疼，有点恶心", "喝了半斤多白酒，上腹部正中间有点疼，不吐，不往后背窜"])
def test_a_hangover_or_tummy_pain_without_the_back_and_vomiting_is_not_pancreatitis(text: str) -> None:
    _, rules = service_decide(text, 43, "M")
    assert "possible_acute_pancreatitis" not in rules


# (2) No urine passed said with "没" ("一滴尿都没尿出来", "hasn't peed since last night") beside the urge (憋) or a
# swollen lower tummy or bladder, or tried on the toilet again and again: acute urinary retention (NHS Urinary retention:
# cannot pee at all, swollen lower tummy, pain: A&E), not a dry nappy's dehydration.
@pytest.mark.parametrize("text", [
    "老爸从早上到现在没尿出来，憋得难受",
    "他小肚子胀得鼓鼓的，一滴尿都没尿出来",
    "去了好几趟厕所都没尿出来，小肚子胀痛",
    "尿都出不来了，下腹胀痛",
    "我爸憋得慌，想尿没尿出来",
    "he hasn't peed since last night and his lower tummy is swollen and really sore",
    "his bladder is bulging and he hasn't passed urine since yesterday",
])
def test_no_urine_with_the_urge_or_a_swollen_lower_tummy_is_urinary_retention(text: str) -> None:
    urgency, rules = service_decide(text, 75, "M")
    assert urgency == "emergency" and "urinary_retention" in rules


@pytest.mark.parametrize("text", ["憋了半天大便没排出来", "他说不憋，就是一直没尿出来", "憋着没去厕所，后来尿出来了", "小便正常，没有尿不出来",
                                  "没有憋尿的感觉，一滴尿都没尿出来，喝水太少了", "昨天尿不出来，插了尿管，现在好了"])
def test_a_stool_held_in_no_urge_or_retention_resolved_is_not_retention_now(text: str) -> None:
    assert "urinary_retention" not in current_codes(text)


@pytest.mark.parametrize("text", ["宝宝一整天没尿，精神差", "宝宝一滴尿都没尿出来，肚子胀", "she hasn't peed since this morning, lips dry"])
def test_a_child_with_no_wee_and_nothing_of_the_bladder_stays_dehydration(text: str) -> None:
    codes = current_codes(text)
    assert "dehydration" in codes and "urinary_retention" not in codes


# (3) A sensitive tooth's sudden twinge said with 一下子 and 酸得要命, gone in seconds (NHS Sensitive teeth: a sudden, sharp
# pain from cold or sweet things; sensitive toothpaste): self-care, not a sudden severe pain. 牙疼得要命 stays severe.
@pytest.mark.parametrize("text", [
    "喝冷水的时候门牙一下子酸得不行，几秒钟就好了",
    "吃甜的牙一下子酸得要命，马上就过去了",
    "吃冰棍的时候左边大牙一下子酸得要命，一会儿就好了，没有洞",
])
def test_a_tooth_that_twinges_with_cold_and_settles_in_seconds_is_self_care(text: str) -> None:
    urgency, rules = service_decide(text, 31, "F")
    assert urgency == "self_care" and "tooth_sensitivity" in rules


@pytest.mark.parametrize("text", ["牙一下子疼得要命，一直疼", "吃冰的牙突然疼得要命", "牙疼得要命，脸也肿了"])
def test_a_tooth_that_hurts_badly_and_stays_is_not_self_care(text: str) -> None:
    urgency, _ = service_decide(text, 31, "F")
    assert urgency in ("urgent", "emergency")


# (4) A severe word said of hay fever, allergies, a cough or a cold ("hay fever killing me") rates no pain (NHS Hay
# fever: a pharmacist can help); a throat, head or tooth that is killing you stays a severe pain.
@pytest.mark.parametrize("text", ["my hay fever is absolutely killing me this year", "sneezing all day, hayfever is killing me",
                                  "hay fever killing me, itchy eyes and sneezing, what can I take"])
def test_hay_fever_that_is_killing_me_is_still_hay_fever_self_care(text: str) -> None:
    urgency, rules = service_decide(text, 16, "M")
    assert urgency == "self_care" and "severe_pain" not in rules


@pytest.mark.parametrize("text", ["my throat is killing me, can't swallow", "hay fever and my head is killing me", "my tooth is killing me"])
def test_a_throat_head_or_tooth_killing_me_is_a_severe_pain(text: str) -> None:
    _, rules = service_decide(text, 16, "M")
    assert "severe_pain" in rules


@pytest.mark.parametrize("text", ["hay fever killing me", "my allergies are terrible this week", "this cold is killing me"])
def test_hay_fever_allergies_or_a_cold_killing_me_rate_no_pain(text: str) -> None:
    assert parse_severity(text) != 8


@pytest.mark.parametrize("text", ["coughing is agony", "my cough is ok but my ear is killing me", "hay fever and my back is killing me"])
def test_coughing_that_is_agony_or_another_part_killing_me_is_severe(text: str) -> None:
    assert parse_severity(text) == 8


# (5) The red white of the eye likened to blood ("like a pool of blood") is how a burst vessel looks (NHS Subconjunctival
# haemorrhage), no heavy bleeding; pain said after it is a red painful eye (NHS Red eye: urgent GP).
@pytest.mark.parametrize("text", ["the white of my right eye went bright red like a blob of blood overnight, no pain, vision fine",
                                  "white of my eye is bright red like a pool of blood, doesn't hurt, I can see fine"])
def test_the_white_of_the_eye_red_like_blood_is_a_burst_blood_vessel(text: str) -> None:
    urgency, rules = service_decide(text, 55, "M")
    assert urgency == "self_care" and "burst_blood_vessel_in_eye" in rules


@pytest.mark.parametrize("text", ["the white of my eye is bright red, it hurts", "the white of my eye is bright red like a pool of blood and it really hurts",
                                  "white of her eye is red, she bumped it on the door and it's really painful"])
def test_the_red_white_of_the_eye_that_hurts_is_not_self_care(text: str) -> None:
    urgency, _ = service_decide(text, 55, "M")
    assert urgency != "self_care"


@pytest.mark.parametrize("text", ["cut my hand, there's a pool of blood on the floor", "the white of my eye is red, and there's a pool of blood coming from my nose"])
def test_a_pool_of_blood_that_is_blood_is_still_heavy_bleeding(text: str) -> None:
    assert "heavy_bleeding" in current_codes(text)


# (6) Pharmacy creams used for weeks and the eczema "keeps flaring" (NHS Atopic eczema: see a GP if the treatments are not
# helping): routine, no longer self-care.
@pytest.mark.parametrize("text", ["used e45 and the steroid cream from boots for a month and it still keeps flaring up",
                                  "been using e45 cream every day but the eczema keeps coming back",
                                  "itchy dry patches behind my knees, tried hydrocortisone for weeks but it keeps flaring"])
def test_eczema_that_keeps_flaring_on_pharmacy_creams_is_a_gp_visit(text: str) -> None:
    assert "skin_treatment_not_helped" in current_codes(text)


@pytest.mark.parametrize("text", ["dry itchy patch on my arm, using moisturiser and it's calming down", "itchy rash, bought a cream, keeps me up at night"])
def test_a_cream_that_helps_or_an_itch_that_keeps_me_up_is_not_treatment_failed(text: str) -> None:
    assert "skin_treatment_not_helped" not in current_codes(text)


# (7) A cut on the foot that "will not grow back" (一直不长) in diabetes (NICE NG19: ulceration is an active diabetic foot
# problem, foot care service within 1 working day): urgent.
@pytest.mark.parametrize("text", ["我妈糖尿病，脚后跟裂了个口子半个月了老是不长，有点红", "糖尿病好多年了，脚底磨了个口子，两个礼拜了一直不长"])
def test_a_foot_cut_that_will_not_heal_in_diabetes_is_urgent(text: str) -> None:
    urgency, rules = service_decide(text, 66, "M")
    assert urgency == "urgent" and "diabetic_foot_wound" in rules


@pytest.mark.parametrize("text", ["脚上磨了个口子，两天就长好了", "手指割了个口子，一直不长"])
def test_a_foot_cut_that_healed_or_a_finger_cut_is_no_foot_wound(text: str) -> None:
    assert "foot_wound_unhealed" not in current_codes(text)


# (8) Athlete's foot said as the middle of the toes ("脚丫子中间起皮发白"), and mosquito bites said as the lumps they
# leave ("蚊子包"): NHS Athlete's foot and NHS Insect bites and stings (a pharmacist / treat at home).
@pytest.mark.parametrize("text", ["脚趾缝中间发白起皮，痒得很", "脚指头之间烂了，痒", "脚丫子中间老是起皮，痒"])
def test_skin_between_the_toes_white_and_peeling_is_athletes_foot(text: str) -> None:
    codes = current_codes(text)
    assert "fungal_skin" in codes and "burn_serious" not in codes


@pytest.mark.parametrize("text", ["开水烫到脚，脚背中间发白", "烫伤的地方中间发白了"])
def test_a_burn_white_in_the_middle_is_still_a_serious_burn(text: str) -> None:
    assert "burn_serious" in current_codes(text)


@pytest.mark.parametrize("text", ["闺女腿上被咬了好多蚊子包", "蚊子包又红又肿，孩子一直挠", "孩子身上好几个蚊子包，很痒"])
def test_mosquito_lumps_are_insect_bites(text: str) -> None:
    urgency, _ = service_decide(text, 4, "F")
    assert "insect_bite" in current_codes(text) and urgency == "self_care"


@pytest.mark.parametrize("text", ["去公园玩被蚊子吓了一跳", "头上磕了个包"])
def test_no_mosquito_lump_is_no_bite(text: str) -> None:
    assert "insect_bite" not in current_codes(text)


# (9) One small lump at the anus that comes out on straining, blood on the paper "老有点" (NHS Piles: a lump hanging down
# outside the anus; bright red blood after a poo): piles for 外科, not genital warts; a cauliflower-like crop stays warts.
@pytest.mark.parametrize("text", ["擦屁股的手纸上总有点鲜红的血，肛门口有个小肉疙瘩", "肛门口有个小肉疙瘩，蹲久了就出来，手纸上老有点血"])
def test_a_small_lump_at_the_anus_with_blood_on_the_paper_is_piles(text: str) -> None:
    codes = current_codes(text)
    assert {"haemorrhoids", "rectal_bleeding"} <= codes and "genital_warts" not in codes


@pytest.mark.parametrize("text", ["肛门边上长了好几个小肉粒，像菜花", "肛周长了一片菜花样的东西"])
def test_a_cauliflower_crop_at_the_anus_is_not_read_as_piles(text: str) -> None:
    assert "haemorrhoids" not in current_codes(text)


# (10) The voice said as the talking that is hoarse ("说话有点哑"; NHS Sore throat): a sore throat with a hoarse voice
# and a slight cough is the throat clinic's (耳鼻咽喉科).
@pytest.mark.parametrize("text", ["说话有点哑", "感冒了，说话声音有点沙哑，嗓子疼", "说起话来有点嘶哑"])
def test_talking_hoarse_is_a_hoarse_voice(text: str) -> None:
    assert "hoarseness" in current_codes(text)


@pytest.mark.parametrize("text", ["他说话有点哑巴似的", "说话不哑", "哑铃举多了"])
def test_a_dumb_bell_or_no_hoarseness_is_not_a_hoarse_voice(text: str) -> None:
    assert "hoarseness" not in current_codes(text)


def test_a_sore_throat_with_a_hoarse_voice_and_a_slight_cough_goes_to_ent() -> None:
    assert department_group("嗓子疼三天了，咽东西疼，有点咳，不发烧，说话有点哑", 30) == "耳鼻咽喉科"
