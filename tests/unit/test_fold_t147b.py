"""fold-t147b: blind147 part B (skin infections, rashes, allergy, lumps) folded in: each class with its look-alikes."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, department_group, fired, service_decide

# --- 1. an infection being treated with antibiotics, now confused or mottled: high-risk sepsis (NICE NG51) ---


@pytest.mark.parametrize("text", [
    "Mum's 79, red sore patch on her shin, GP gave her antibiotics yesterday. This morning she's muddled and her knees "
    "look blotchy and bluish",
    "the doctor prescribed him antibiotics for his leg two days ago, now he's confused and his skin looks mottled",
    "外婆腿上红了一块，医生昨天给她开了抗生素，今天人糊里糊涂的，膝盖上一块一块花斑",
])
def test_antibiotics_named_with_sepsis_signs_is_an_ambulance(text: str) -> None:
    assert "sepsis_high_risk" in fired(text)
    assert service_decide(text, 79)[0] == "emergency_ambulance"


@pytest.mark.parametrize("text", [
    "GP gave her antibiotics yesterday for a red patch on her shin, she's herself today, thinking clearly",
    "had antibiotics last year for a chest infection, now a mild cough",
    "医生给她开了抗生素，腿上红的地方小了，人很清醒",
])
def test_antibiotics_without_sepsis_signs_is_not_sepsis(text: str) -> None:
    assert not {"sepsis_high_risk", "sepsis_signs"} & fired(text)


# --- 2. speech that no longer hangs together is confusion (NHS Confusion; NICE NG51 new altered mental state) ---


@pytest.mark.parametrize("text", [
    "挤了鼻子旁边的痘，现在半边脸肿了，发烧39度，室友说我刚才讲话有点前言不搭后语",
    "发高烧，说话语无伦次",
])
def test_muddled_speech_with_fever_is_high_risk_sepsis(text: str) -> None:
    assert "confusion" in current_codes(text)
    assert service_decide(text, 19)[0] == "emergency_ambulance"


@pytest.mark.parametrize("text", [
    "他写的文章前后矛盾，不通顺",
    "发烧38度，说话清楚，人很清醒",
])
def test_clear_speech_is_not_confusion(text: str) -> None:
    assert "confusion" not in current_codes(text)


# --- 3. coloured blood blisters near a wound with a fever: necrotising fasciitis (NHS, 999/A&E) ---


@pytest.mark.parametrize("text", [
    "前天杀海虾被虾头扎了一下手，今天肿到胳膊肘了，上面起了几个紫黑色的血泡，发烧，我有肝硬化",
    "手上划了个小口子，现在手背肿了，长了好几个黑紫色的血疱，还发烧",
])
def test_wound_with_dark_blood_blisters_and_fever_is_an_emergency(text: str) -> None:
    assert "necrotising_fasciitis_signs" in fired(text)


@pytest.mark.parametrize("text", [
    "手指被门夹了，起了个紫色的血泡，不发烧",      # a pinch's blood blister
    "手上划了个小口子，有点疼，不发烧，皮肤颜色正常",
])
def test_a_pinched_blood_blister_or_a_clean_cut_is_not_necrotising_fasciitis(text: str) -> None:
    assert "necrotising_fasciitis_signs" not in fired(text)


# --- 4. diabetic foot: broken skin with a fever or shivers (NICE NG19 1.1.1) ---


@pytest.mark.parametrize("text", [
    "我爸糖尿病十几年了，脚底磨了个泡他自己拿针挑破了，这两天整个脚背都肿起来红得发亮，今天发烧38.8度，一阵一阵发冷",
    "type 2 diabetic, a blister on the sole of my foot burst 3 days ago, the foot is swollen and red and I've got the shivers",
])
def test_diabetic_broken_foot_skin_with_fever_is_an_emergency(text: str) -> None:
    assert "diabetic_foot_infection_fever" in fired(text)
    assert service_decide(text, 68)[0] == "emergency"


@pytest.mark.parametrize("text", [
    "I'm diabetic, a blister on my heel burst yesterday, no fever, no redness",
    "糖尿病，脚底的泡磨破了，不发烧，不红不肿",
    "脚底磨了个泡挑破了，发烧38.5度",                 # no diabetes
])
def test_broken_foot_skin_without_fever_or_diabetes_is_not_the_emergency(text: str) -> None:
    assert "diabetic_foot_infection_fever" not in fired(text)


# --- 5. pus under a lump or beside a nail: skin abscess (NHS Skin abscess: urgent GP or 111) ---


@pytest.mark.parametrize("text", [
    "have a big painful lump in my armpit, started as a spot 4 days ago, red and hot and really tender, feels like "
    "theres pus under it",
    "做美甲修死皮弄破了，现在大拇指指甲旁边又红又肿，里面鼓着黄色的脓，一跳一跳地疼",
    "the skin next to my thumbnail is red and swollen with yellow pus building under it",
])
def test_pus_under_a_lump_or_by_a_nail_is_urgent(text: str) -> None:
    urgency, rules = service_decide(text, 25)
    assert urgency == "urgent" and rules & {"abscess", "skin_infection"}


@pytest.mark.parametrize("text", [
    "扁桃体上有白色的脓点，嗓子疼",                    # tonsils: their own rules
    "a soft lump on my back, no pus, doesn't hurt",
    "指甲旁边有点倒刺，不红不肿，没有脓",
    "右脚大脚趾的指甲往肉里长，旁边有点红，穿鞋挤着疼。泡脚、修指甲弄了一个月也没好，没有流脓。",   # t39z-028
])
def test_pus_elsewhere_or_denied_is_not_an_abscess(text: str) -> None:
    assert "abscess" not in current_codes(text)


# --- 6. measles' light-shy red eyes leave the meningitis photophobia rule (NHS Measles) ---


def test_measles_with_red_eyes_that_dislike_light_is_urgent() -> None:
    text = "孩子2岁，发烧四天了，咳嗽流鼻涕，眼睛红红的怕光，今天从耳朵后面和脸上开始出红疹子，没打过麻疹疫苗"
    assert "meningitis_fever_with_dislike_of_light" not in fired(text)
    assert service_decide(text, 2)[0] == "urgent"


@pytest.mark.parametrize("text", [
    "孩子发烧，一开灯就哭，眼睛红",                         # no measles picture
    "孩子发烧三天，眼睛红怕光，脖子硬，耳后出疹子",           # a stiff neck still
    "my son has a temperature and screams when we turn the light on",
])
def test_photophobia_with_fever_without_the_measles_picture_stays_an_emergency(text: str) -> None:
    assert service_decide(text, 2)[0] in {"emergency", "emergency_ambulance"}


# --- 7. cellulitis told in two halves: a red patch, and warm with sore or puffy (NHS Cellulitis) ---


@pytest.mark.parametrize("text", [
    "a warm, sore red patch the size of my hand from a garden scratch, no temperature",
    "My leg's gone red on the shin. It's warm and sore, about the size of my hand. It started from a scratch.",
    "My leg's red and sore. It's on my shin, from a scratch while gardening. It's warm and a bit puffy around there.",
    "我小腿有一块红了。摸着有点热，按着疼，大概巴掌那么大，前两天被树枝划了一下。我不发烧。",
])
def test_red_patch_warm_and_sore_is_urgent(text: str) -> None:
    assert service_decide(text, 55) == ("urgent", {"cellulitis_red_warm_patch"})


@pytest.mark.parametrize("text", [
    "my shoulders are red and warm and sore from the sun yesterday",      # sunburn
    "孩子额头摸着有点热，按着疼",                                          # no red patch
    "my leg has gone red, no warmth, no pain",
    "winter again, my toes are red, warm and itchy when I come inside",   # chilblains
])
def test_sunburn_a_warm_forehead_or_a_red_patch_alone_is_not_cellulitis(text: str) -> None:
    assert "cellulitis_red_warm_patch" not in service_decide(text, 30)[1]


# --- 8. allergic lip swelling without a breathing problem: urgent (NHS Food allergy, NHS Angioedema, SDCEP) ---


@pytest.mark.parametrize("text", [
    "my lips are swelling after eating peanuts",
    "吃了花生以后嘴唇肿起来了",
    "after eating prawns my lips have swollen up",
])
def test_allergic_lip_swelling_alone_is_urgent(text: str) -> None:
    assert service_decide(text, 30) == ("urgent", {"allergic_lip_swelling"})


@pytest.mark.parametrize("text", [
    "after eating peanuts my lips are swelling and I'm wheezing",
    "吃了花生嘴唇肿了，喘不上气",
])
def test_lip_swelling_with_breathing_trouble_stays_an_ambulance(text: str) -> None:
    assert service_decide(text, 30)[0] == "emergency_ambulance"


def test_lips_without_an_allergen_are_not_the_allergic_rule() -> None:
    assert "allergic_lip_swelling" not in service_decide("I have a cold sore on my lip", 30)[1]


# --- 9. licked dry lips: NHS Sore or dry lips (self-care), kept urgent beside a drying illness ---


@pytest.mark.parametrize("text", [
    "嘴唇干得起皮裂口子，嘴角一圈都红了，有点肿肿的，我老忍不住舔。没吃什么特别的，也不喘。是过敏吗",
    "my lips are dry and cracked and I keep licking them",
])
def test_licked_dry_lips_are_self_care(text: str) -> None:
    assert service_decide(text, 17)[0] == "self_care"


@pytest.mark.parametrize("text", [
    "孩子拉肚子两天了，嘴唇干得起皮，老舔嘴唇",
    "宝宝嘴唇干得起皮，尿很少，老舔嘴唇",
    "嘴唇干得起皮",
])
def test_dry_lips_with_an_illness_or_alone_stay_urgent(text: str) -> None:
    assert service_decide(text, 3)[0] == "urgent"


# --- 10. chilblains with the winter told first; departments ---


def test_chilblains_winter_first_are_self_care() -> None:
    text = "南方冬天屋里没暖气，脚趾头和手指头又红又肿，发紫，晚上一暖和就痒得不行。每年冬天都长。有啥好办法"
    assert "chilblains" in current_codes(text) and "gout" not in current_codes(text)
    assert service_decide(text, 23)[0] == "self_care"


@pytest.mark.parametrize("text, group", [
    ("found a soft lump on my back near my shoulder blade about the size of a grape, doesn't hurt", "外科"),
    ("后背有个小疙瘩好几年了，黄豆大，按一下有时候能挤出白色的有点臭的东西，不红不痛", "外科"),
    ("found a round bald patch about the size of a 2p coin at the back of my head. I've been stressed with work", "皮肤科"),
    ("手背和嘴角旁边这半年出了几块白斑，一点不痒不痛", "皮肤科"),
])
def test_lumps_cysts_bald_patches_and_white_patches_route(text: str, group: str) -> None:
    assert department_group(text, 40) == group


def test_stress_alone_stays_with_mental_health() -> None:
    assert department_group("I've been really stressed with work and can't switch off", 30) != "皮肤科"
