"""fold-t122: blind122 (short vignettes in the symptom-checker audits' style): the readings its misses lacked, each read as
a family in both languages, with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from carebridge.tools.slots import parse_duration_days
from tests.triage_screen import current_codes, department_group, fired, service_decide


# (1) t122e-008: an ear that "has basically gone deaf" since waking (NHS Hearing loss: an urgent GP appointment or NHS 111
# if you have suddenly lost hearing in one or both ears).
@pytest.mark.parametrize("text", [
    "woke up yesterday and my right ear has basically gone deaf, everything muffled and a ringing noise",
    "woke up today and my left ear's pretty much gone deaf",
    "my left ear has completely gone deaf since this morning",
    "昨天早上醒了发现右耳朵基本上什么都听不见了，还嗡嗡响",
    "一觉醒来左耳就跟聋了一样",
])
def test_an_ear_gone_deaf_since_waking_is_sudden_hearing_loss(text: str) -> None:
    urgency, rules = service_decide(text, 52, "M")
    assert urgency == "urgent" and "sudden_hearing_loss" in rules


@pytest.mark.parametrize("text", [
    "my ear has slowly gone deaf over the years",
    "grandad's ear has basically gone deaf, he needs a hearing aid",
    "右耳朵这两年慢慢听不清了",
    "早上醒了耳朵里有点痒",
])
def test_hearing_lost_slowly_or_no_deafness_is_no_sudden_loss(text: str) -> None:
    assert "hearing_loss_sudden" not in current_codes(text)


# (2) t122e-021: a faint "out for a few seconds" is how long the faint lasted (NHS Fainting: see a GP if you have fainted),
# not a knock-out by a blow (head_injury_danger).
@pytest.mark.parametrize("text", [
    "fainted while having blood taken this morning, was out for a few seconds and came round straight away, fine now",
    "passed out in the queue, was out for maybe 10 seconds",
    "she fainted in the heat, was out for a second or two",
])
def test_a_faint_out_for_seconds_is_the_faint_not_a_head_injury(text: str) -> None:
    assert "head_injury_danger" not in fired(text)
    assert "knocked_out" not in current_codes(text) and "syncope" in current_codes(text)


@pytest.mark.parametrize("text", [
    "she fainted at the bus stop, was out for a couple of minutes",
    "fainted and hit my head on the sink, was out for a few seconds",
    "he got punched and was out for a few seconds",
    "took a knee to the head in rugby, was out for about a minute",
])
def test_out_for_minutes_or_after_a_blow_stays_an_emergency(text: str) -> None:
    assert "head_injury_danger" in fired(text)


# (3) t122e-039: a chest sore to twist or press, the lifting said after it (NHS Chest pain: a chest sprain or strain; NHS
# Sprains and strains: self-care).
@pytest.mark.parametrize("text", [
    "sharp pain on the left of my chest only when i twist or press on one spot, started the day after i moved a heavy "
    "wardrobe. no breathlessness, no sweating, not spreading anywhere, fine at rest",
    "my chest hurts on the right when i press on it, ever since i was lifting boxes at work on friday",
    "左胸有个地方一按就疼，转身也疼，是前天搬衣柜以后开始的",
])
def test_a_chest_sore_to_press_with_the_lifting_said_after_is_a_strain(text: str) -> None:
    urgency, rules = service_decide(text, 26, "M")
    assert urgency == "self_care" and "chest_wall_strain" in rules


@pytest.mark.parametrize("text", [
    "chest pain when i press on it after moving a wardrobe and now im sweaty and short of breath",
    "chest pain when i move, started after i found out about the divorce",
])
def test_chest_pain_with_danger_signs_or_no_strain_stays_an_emergency(text: str) -> None:
    urgency, _ = service_decide(text, 26, "M")
    assert urgency in ("emergency", "emergency_ambulance")


# (4) t122z-012: a soft lump felt at the anus is piles (NHS Piles: they often get better by themselves; a pharmacist).
@pytest.mark.parametrize("text", [
    "最近便秘拉得费劲，擦屁股纸上有一点鲜红的血，肛门口摸到个小软疙瘩，不怎么疼",
    "大便干，纸上有点血，屁股眼那摸着有个软软的小包",
    "constipated lately, bit of bright red blood on the paper and a small soft lump at my bum hole",
])
def test_a_soft_lump_at_the_anus_is_piles(text: str) -> None:
    urgency, rules = service_decide(text, 30, "M")
    assert urgency == "self_care" and "piles_home_treatment" in rules
    assert department_group(text, 30) == "外科"


@pytest.mark.parametrize("text", ["肛门边上长了个硬疙瘩，红肿特别疼，还发烧", "屁股上长了个软软的包"])
def test_a_hard_lump_or_a_lump_elsewhere_is_no_piles(text: str) -> None:
    assert "haemorrhoids" not in current_codes(text)


# (5) t122z-013: one side of the neck that hurts when it moves, the head that will not turn (NHS Neck pain: a stiff neck
# after sleeping awkwardly gets better in days or weeks).
@pytest.mark.parametrize("text", [
    "早上起来脖子右边一动就疼，头转不过来，昨晚枕头垫太高了，没发烧也不头疼",
    "睡了一觉起来头扭不过来了，脖子左边转一下就疼",
])
def test_a_neck_that_hurts_when_it_moves_is_a_neck_strain(text: str) -> None:
    urgency, rules = service_decide(text, 37, "M")
    assert urgency == "self_care" and "back_or_neck_strain" in rules
    assert department_group(text, 37) == "外科"


def test_a_brain_that_cannot_keep_up_is_no_neck() -> None:
    assert "neck_pain" not in current_codes("脑子转不过来了，最近太累")


def test_a_painful_neck_with_fever_and_headache_is_not_self_care() -> None:
    # (on main the neck went unread and the fever with a headache was a cold's self-care)
    urgency, _ = service_decide("发烧39度，头疼，脖子右边一动就疼", 37, "M")
    assert urgency != "self_care"


# (6) t122z-014: dry or red patches on the skin, then the itch (NHS Atopic eczema; NHS Itchy skin).
@pytest.mark.parametrize("text", [
    "两边肘窝和脖子上一片片的干燥发红特别痒，抹润肤霜好一阵又犯，反复半年了",
    "膝盖窝那块皮肤一块一块的发红，特别痒，抹了药膏也不管用",
    "胳膊肘里面皮肤干燥起皮，有点痒，三天了",
])
def test_dry_red_patches_then_itchy_is_an_itch(text: str) -> None:
    assert "itching" in current_codes(text)
    assert department_group(text, 33) == "皮肤科"


@pytest.mark.parametrize("text", ["嗓子有点干痒，鼻塞", "眼睛发红特别痒", "皮肤发红，眼睛痒"])
def test_a_dry_throat_or_red_itchy_eyes_are_no_skin_itch(text: str) -> None:
    assert "itching" not in current_codes(text)


# (7) t122z-050: the body part first, then the splash of hot oil (NHS Burns and scalds: a small burn without blisters is
# treated at home).
@pytest.mark.parametrize("text", [
    "炒菜的时候手背溅了一下热油，一个硬币大小的地方发红有点疼，没起泡",
    "煎鱼的时候手上崩了几滴油星子，红了一小块",
    "splashed some hot oil on the back of my hand while frying, coin sized red patch, stings a bit, no blisters",
])
def test_a_small_splash_of_hot_oil_or_water_is_a_minor_burn(text: str) -> None:
    urgency, rules = service_decide(text, 42, "F")
    assert urgency == "self_care" and "minor_burn" in rules


@pytest.mark.parametrize("text", ["手上溅了点水", "got some hot tea, lovely"])
def test_water_splashed_or_a_hot_drink_had_is_no_burn(text: str) -> None:
    assert "burn" not in current_codes(text)


def test_a_blistered_scald_on_the_foot_stays_a_serious_burn() -> None:
    assert "serious_burn" in fired("脚背上泼了点开水，起了好几个大水泡")


# (8) t122z-043: pain under the right ribs "快10个钟头了还没缓" (NHS Gallstones: an urgent GP appointment or NHS 111 for
# tummy pain that lasts longer than 8 hours); surgery's (the gallbladder).
@pytest.mark.parametrize("text", [
    "昨晚吃了红烧肉以后右上腹开始疼，疼了一晚上到现在快10个钟头了还没缓，有点发烧37.8，右边后背也疼",
    "右上腹疼了一晚上，十个小时了一点没减轻",
    "肚子右上边疼了九个多小时了还没缓",
])
def test_pain_under_the_right_ribs_not_eased_after_8_hours_is_urgent(text: str) -> None:
    urgency, rules = service_decide(text, 54, "F")
    assert urgency == "urgent" and "gallstone_pain_over_8_hours" in rules
    assert department_group(text, 54) == "外科"


def test_two_hours_of_pain_is_not_over_8_hours() -> None:
    assert "pain_over_8_hours" not in current_codes("右上腹疼了两个小时了还没缓")


def test_pain_under_the_right_ribs_in_pregnancy_goes_to_the_maternity_team() -> None:
    assert department_group("怀孕30周，右上腹疼了两个小时", 30) == "妇产科"


# (9) t122e-018: poo that has become looser (NHS Diarrhoea and vomiting; NHS Bowel cancer: see a GP for looser poo for 3
# weeks or more): a clinic visit, 内科.
@pytest.mark.parametrize("text", [
    "63 yo man, poo has been looser and more often for about 6 weeks now, cant think why. no blood that ive seen",
    "my stools have become looser over the last month",
])
def test_poo_gone_looser_for_weeks_is_a_gp_visit(text: str) -> None:
    urgency, _ = service_decide(text, 63, "M")
    assert "diarrhea" in current_codes(text) and urgency == "routine"
    assert department_group(text, 63) == "内科"


def test_looser_trousers_are_no_diarrhoea() -> None:
    assert "diarrhea" not in current_codes("my trousers have got looser since the diet")


# (10) t122e-007: "every few months" is how often a cold sore comes back, not how long this one has lasted (NHS Cold sores:
# they clear up within 10 days; a pharmacist can help).
@pytest.mark.parametrize("text", [
    "tingly spot on my lip yesterday and now a little cluster of blisters, i get these every few months when im stressed",
    "cold sore on my lip since yesterday, i get one every couple of months",
])
def test_a_cold_sore_that_comes_back_every_few_months_is_self_care(text: str) -> None:
    urgency, rules = service_decide(text, 22, "F")
    assert urgency == "self_care" and "minor_skin" in rules


@pytest.mark.parametrize("text, days", [
    ("i get these every few months, this one since yesterday", 1.0),
    ("每隔几个月就长一次，嘴唇上起泡两天了", 2.0),
    ("headaches every few weeks for 3 months", 90.0),
])
def test_an_interval_between_episodes_is_no_duration(text: str, days: float) -> None:
    assert parse_duration_days(text) == days


# (11) t122z-015: an adult's chickenpox is the skin clinic's (6 of 7 such vignettes in bench/); a child's stays 儿科.
@pytest.mark.parametrize("text", [
    "前天开始低烧，昨天身上脸上冒出好多小红点，有的变成水泡了，特别痒，单位同事刚出过水痘",
    "28岁没出过水痘，孩子幼儿园有人出水痘，现在我脸上身上起了好多小水疱，很痒，发烧38度",
])
def test_an_adults_chickenpox_goes_to_dermatology(text: str) -> None:
    assert department_group(text, 26) == "皮肤科"


def test_a_childs_chickenpox_stays_with_paediatrics() -> None:
    assert department_group("孩子出水痘了，身上好多小水泡，有点发烧", 5) == "儿科"
