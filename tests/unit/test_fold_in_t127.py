"""fold-t127: blind127 (parents and grandparents writing about children from newborn to 13): the under-triaged chemical eye,
the ages and readings the lexicon missed or misread, each read as a family, with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import service_decide


# (1) t127e-016: a chemical sprayed at the face, then some of it said to have gone in an eye in a later clause (NHS Eye
# injuries: a strong chemical such as oven cleaner or bleach in the eye, A&E; keep rinsing).
@pytest.mark.parametrize(("text", "age"), [
    ("my 4 yr old got hold of the oven cleaner and sprayed it at her face, some went in her eye. ive been rinsing it under "
     "the tap but shes screaming and the eye is really red", 4),
    ("my 4 yr old got hold of the bleach spray and squirted it at his face, a bit went into his eye", 4),
    ("toddler found the drain cleaner and splashed it everywhere, some of it got in her eye, washing it now", 2),
    ("孙子把油污净喷到脸上了，擦了擦，好像有些溅进眼睛里了", 3),
])
def test_a_chemical_at_the_face_with_some_in_an_eye_is_a_chemical_eye_injury(text: str, age: int) -> None:
    urgency, rules = service_decide(text, age, "F")
    assert urgency == "emergency" and "chemical_eye_injury" in rules


@pytest.mark.parametrize("text", [
    "孩子拿清洁剂喷到脸上了，没进眼睛，脸有点红",
    "she sprayed the oven cleaner on the floor, it didn't go near her eyes, her hands are a bit pink",
])
def test_a_chemical_that_missed_the_eye_is_no_chemical_eye_injury(text: str) -> None:
    assert "chemical_eye_injury" not in service_decide(text, 4, "F")[1]


# (2) t127e-022, t127z-024: a baby's age said as "baby boy 4 months temp 39.2" or "8个月男宝" is the baby's, not the 0 of
# the age field: NHS High temperature (fever) in children / NICE NG143 grade a fever by the months (3 to 6 months with
# 39C or more: urgent; under 3 months with 38C: A&E).
@pytest.mark.parametrize(("text", "rule"), [
    ("baby boy 4 months temp 39.2 tonight, no jabs this week, hes a bit grizzly but feeding and still smiling at me",
     "infant_3_6_months_fever"),
    ("baby girl 5 months temperature 39.4, feeding ok", "infant_3_6_months_fever"),
    ("8个月男宝 发烧38.8第二天了 不咳嗽不流鼻涕 就是尿尿的时候哭 尿布上那个尿味特别冲 吃奶还行", "uti_in_child"),
])
def test_a_babys_months_said_in_the_text_grade_the_fever(text: str, rule: str) -> None:
    urgency, rules = service_decide(text, 0, "M")
    assert urgency == "urgent" and rule in rules


@pytest.mark.parametrize("text", [
    "baby boy 6 weeks temp 38.3, feeding less",
    "2个月男宝 发烧38.5",
])
def test_a_baby_under_3_months_with_a_fever_stays_an_emergency(text: str) -> None:
    assert service_decide(text, 0, "M")[0] == "emergency"


# (3) t127e-025: "tired but wakes up fine" with a dry nappy is no altered responsiveness (NICE CG84 red flag); the dry nappy
# is amber (NHS Healthier Together D&V: contact a doctor today).
@pytest.mark.parametrize("text", [
    "my 18 month old has had a tummy bug for 2 days, sick after most drinks, and her nappy has been dry for about 9 hours "
    "now. shes tired but wakes up fine and still cries with tears",
    "2 year old with diarrhoea, no wet nappy since this morning, he's tired but wakes easily",
])
def test_tired_but_waking_fine_with_a_dry_nappy_is_urgent(text: str) -> None:
    urgency, rules = service_decide(text, 1, "F")
    assert urgency == "urgent" and "child_dehydrated_and_drowsy" not in rules


@pytest.mark.parametrize("text", [
    "2 year old with diarrhoea, no wet nappy since this morning, he's very tired and hard to wake",
    "toddler with diarrhoea and no wet nappy all day, she's tired and floppy",
    "孩子2岁 拉肚子两天 尿不湿大半天是干的 没精神 一直睡",
])
def test_a_dry_child_who_is_drowsy_stays_an_emergency(text: str) -> None:
    assert service_decide(text, 2, "M")[0] == "emergency"


# (4) t127z-037, t127z-038: a newborn's nappy blood said like a period, and "出生十来天" (about ten days) before swollen
# breasts leaking a little milk (NHS What your newborn baby looks like: the mother's hormones, normal).
@pytest.mark.parametrize(("text", "sex"), [
    ("闺女生下来第6天 尿布上有一点点血 像来月经一样 别的都好 吃奶睡觉都正常 要不要紧", "F"),
    ("女儿出生5天 尿不湿上有一点血丝 跟来例假似的 吃奶正常", "F"),
    ("儿子出生十来天 两边乳头下面鼓鼓的 有个小硬块 挤一下还出一点白水 不红不热", "M"),
    ("宝宝生下来十多天 乳头下面鼓鼓的 不红不热 吃奶好", "M"),
])
def test_a_newborns_hormone_signs_are_self_care(text: str, sex: str) -> None:
    urgency, rules = service_decide(text, 0, sex)
    assert urgency == "self_care" and "newborn_hormone_effects" in rules


@pytest.mark.parametrize("text", [
    "闺女生下来第6天 尿布上有一点点血 像来月经一样 发烧38度 不怎么吃奶",
    "儿子出生十来天 一边乳头下面又红又肿 摸着很烫 发烧了",
])
def test_a_newborn_with_a_fever_is_not_hormone_self_care(text: str) -> None:
    assert service_decide(text, 0, "F")[0] != "self_care"


# (5) t127z-035: NHS Roseola: a high temperature for 3 to 5 days, then a rash once it has gone; look after the child at home.
@pytest.mark.parametrize(("text", "age"), [
    ("宝宝10个月 前几天高烧了三天 烧退了以后身上出了好多小红疹子 不痒 现在精神可好了 吃奶也正常", 0),
    ("宝宝1岁 发烧三天 烧一退身上就出了好多红点 不痒 精神很好", 1),
    ("my 11 month old had a high fever for 3 days, then when the fever went down a pink rash came out on his tummy, "
     "he's back to his normal self", 0),
])
def test_a_rash_once_the_fever_has_gone_is_roseola_self_care(text: str, age: int) -> None:
    urgency, rules = service_decide(text, age, "M")
    assert urgency == "self_care" and "roseola" in rules


@pytest.mark.parametrize("text", [
    "宝宝1岁 发烧三天 身上出了红疹子 不吃奶 一直睡",
    "宝宝1岁 烧还没退 身上起了好多红点 按了也不褪色",
])
def test_a_rash_with_a_fever_still_there_or_an_unwell_child_is_not_roseola(text: str) -> None:
    urgency, rules = service_decide(text, 1, "F")
    assert urgency != "self_care" and "roseola" not in rules


# (6) t127e-030: NHS Tongue-tie: a clicking sound as the baby feeds, long feeds, sore nipples; speak to a midwife, health
# visitor or GP (routine), not the mother's sore-nipple self-care.
@pytest.mark.parametrize("text", [
    "my 2 week old keeps making a clicking noise when she feeds and slips off, feeds take forever and my nipples are really "
    "sore, but the midwife says shes gaining weight ok. someone said could be tongue tie",
    "my 10 day old makes a clicking noise when feeding and my nipples are sore and cracked",
    "my 3 week old baby has tongue tie I think, feeds take ages and my nipples are really sore",
    "宝宝20天 吃奶的时候老是咔咔的声音 一顿要吃一个小时 我乳头也疼 有人说是舌系带短",
])
def test_a_feeding_baby_who_clicks_is_routine(text: str) -> None:
    assert service_decide(text, 0, "F")[0] == "routine"


def test_sore_nipples_alone_stay_self_care() -> None:
    assert service_decide("breastfeeding my 2 week old, nipples are cracked and sore, latch looks ok", 30, "F")[0] == "self_care"


# (7) t127z-046, t127z-048: hand, foot and mouth spots with the bottom named between (NHS Hand, foot and mouth disease), and
# a graze said as skin scraped off (NHS Cuts and grazes): self-care.
@pytest.mark.parametrize(("text", "rule"), [
    ("3岁女儿手心脚心还有屁股上长了红疹子 有的是小水泡 嘴里也有两个 昨天烧到38.2今天不烧了 能喝水能吃点粥 幼儿园好几个小朋友都这样",
     "hand_foot_mouth"),
    ("4岁儿子手心和脚心还有屁股上起了小红点 嘴里有溃疡 能吃能喝", "hand_foot_mouth"),
    ("孩子6岁 跑步摔了一跤 膝盖蹭掉一块皮 有点渗血 沙子已经冲干净了 走路没问题", "minor_skin"),
    ("孩子7岁 摔了一跤 手肘蹭掉一小块皮 渗了点血 已经冲干净了", "minor_skin"),
])
def test_hfmd_and_a_graze_said_in_other_words_are_self_care(text: str, rule: str) -> None:
    urgency, rules = service_decide(text, 6, "F")
    assert urgency == "self_care" and rule in rules


def test_a_chipped_tooth_is_not_a_graze() -> None:
    assert "minor_skin" not in service_decide("孩子7岁 摔了一跤 门牙磕掉一小块 有点疼", 7, "M")[1]


# (8) t127z-019: red, dry, cracked lips with a fever of days are NHS Kawasaki disease's lips, not dehydration (so not the
# sepsis rule): the child's 5-day fever decides (NICE NG143 amber; NHS: see a GP urgently).
@pytest.mark.parametrize("text", [
    "儿子3岁 高烧第5天了 退了又烧 两只眼睛红红的但没眼屎 嘴唇干裂通红 手脚有点肿 身上前两天起过疹子",
    "女儿4岁 发烧五天了 眼睛红 嘴唇干裂发红 舌头也红红的",
])
def test_red_cracked_lips_with_a_long_fever_are_urgent_not_sepsis(text: str) -> None:
    urgency, rules = service_decide(text, 3, "M")
    assert urgency == "urgent" and "sepsis_signs" not in rules


def test_cracked_lips_with_no_urine_stay_dehydration() -> None:
    assert service_decide("孩子2岁 发烧两天 嘴唇干裂 一天没尿了", 2, "F")[0] == "emergency"


# (9) t127z-020: blisters on eczema that burst or crust, with a fever: possible eczema herpeticum (NICE CG57: oral aciclovir
# at once and a same-day specialist referral).
@pytest.mark.parametrize("text", [
    "孩子1岁多 一直有湿疹 这两天脸上长湿疹的地方突然冒出好多小水泡 有的破了结痂 一片一片的 还有点发烧 比平时闹",
    "my 2 year old has eczema and loads of little blisters popped up on it yesterday, some have burst and crusted over, and "
    "she has a temperature of 38.3",
    "女儿3岁 湿疹的地方起了一些小水疱 有的已经破了 今天发烧38.5",
])
def test_bursting_blisters_on_eczema_with_a_fever_are_possible_eczema_herpeticum(text: str) -> None:
    urgency, rules = service_decide(text, 2, "F")
    assert urgency == "urgent" and "possible_eczema_herpeticum_fever" in rules


@pytest.mark.parametrize("text", [
    "孩子2岁 湿疹的地方起了几个小水泡 没有破 也不发烧",
    "my son has eczema on his arms, a few blisters burst and crusted, no fever, he's his usual self",
])
def test_eczema_blisters_without_a_fever_are_not_this_rule(text: str) -> None:
    assert "possible_eczema_herpeticum_fever" not in service_decide(text, 2, "M")[1]


# (10) t127z-022: an eye scratched by a fingernail, still red a day later (NHS Eye injuries: an injured eye not getting
# better after 24 hours, an urgent GP appointment or 111).
@pytest.mark.parametrize("text", [
    "儿子7岁 昨天被同学指甲划到左眼 到今天还是红的 老流眼泪 说里面像有沙子 看东西倒是还清楚",
    "女儿5岁 玩的时候被猫爪子挠到眼睛了 眼睛红 一直流泪",
])
def test_an_eye_scratched_by_a_nail_is_an_eye_injury(text: str) -> None:
    urgency, rules = service_decide(text, 7, "M")
    assert urgency == "urgent" and "eye_injury" in rules


def test_a_scratch_on_the_eyelid_skin_is_no_eye_injury() -> None:
    assert "eye_injury" not in service_decide("孩子用指甲划到眼皮了 有一道红印 眼睛没事", 5, "F")[1]
