"""fold-t130: blind130 (pregnancy, the weeks after birth and women's health, told by the women and their partners): what
its first look missed, read as families, with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, service_decide


# (1) t130e-005: postpartum psychosis with danger to the baby, told by the partner: the delusion with a contracted verb
# ("the baby isnt really ours"), voices telling her what to do, the baby said as him or her ("might have to hurt him"),
# the partner afraid to leave her alone with the baby (NHS Postpartum psychosis: call 999 if someone is in danger).
@pytest.mark.parametrize("text", [
    "my wife had our son 8 days ago and hasnt slept for 3 nights, she keeps saying the baby isnt really ours and that "
    "voices are telling her what to do. tonight she said she might have to hurt him to save him, im scared to leave her "
    "alone with him",
    "my partner had our baby 10 days ago, she insists the baby isn't hers. tonight she said she might have to hurt her",
    "gave birth 6 days ago and now she says voices keep telling her what to do, she said she may have to harm him, "
    "i'm afraid to leave her alone with the baby",
    "老婆生完孩子8天，三天没睡，一直说孩子不是我们的，说有声音告诉她该怎么做，今晚说可能得伤害他才能救他",
    "我媳妇生完孩子十天，非说宝宝不是她的，说有声音让她该怎么做，我不敢让她单独带孩子",
])
def test_postpartum_psychosis_with_danger_to_the_baby_calls_an_ambulance(text: str) -> None:
    urgency, ids = service_decide(text, 28, "F")
    assert urgency == "emergency_ambulance"
    assert "postpartum_psychosis_danger_to_baby" in ids


@pytest.mark.parametrize("text", [
    "had our son 8 days ago, she's tearful and tired and worried she might drop him",
    "老婆生完孩子一周，爱哭，总担心自己照顾不好宝宝",
    "my son is 3 and my wife says he might hurt himself on the stairs",
])
def test_a_worried_new_parent_is_no_psychosis(text: str) -> None:
    urgency, ids = service_decide(text, 28, "F")
    assert "postpartum_psychosis_danger_to_baby" not in ids
    assert urgency != "emergency_ambulance"


# (2) t130z-011: "眼前老发花" beside a headache in pregnancy is the vision problem of pre-eclampsia (NHS Pre-eclampsia;
# NICE NG133), with an adverb of how often between.
@pytest.mark.parametrize("text", [
    "孕34周，这两天头疼得厉害，眼前老发花，脚肿到膝盖了，刚才在家量血压165/112",
    "怀孕32周，头很疼，眼睛总是发花",
    "孕30周，头痛一整天了，眼前一直发花",
])
def test_headache_with_eyes_gone_spotty_in_pregnancy_is_an_emergency(text: str) -> None:
    urgency, ids = service_decide(text, 32, "F")
    assert urgency == "emergency"
    assert "pregnancy_preeclampsia_signs" in ids


def test_eyes_gone_spotty_when_hungry_is_no_pre_eclampsia() -> None:
    urgency, ids = service_decide("饿了就眼前老发花，吃点东西就好", 32, "F")
    assert "pregnancy_preeclampsia_signs" not in ids
    assert urgency != "emergency"


# (3) t130e-022: "a faint positive test" is a pregnancy test's result, not a faint (the burst aneurysm rule had fired).
@pytest.mark.parametrize("text", [
    "period is 2 and a half weeks late, faint positive test yesterday, now a dull ache low down on the right side and a "
    "bit of brown spotting. pain isnt bad im walking around fine",
    "got a faint line on the test this morning, some cramps low down",
])
def test_a_faint_positive_test_is_no_faint(text: str) -> None:
    assert "syncope" not in current_codes(text)


@pytest.mark.parametrize("text", ["i feel faint and dizzy", "she fainted in the kitchen", "went faint and nearly fell"])
def test_feeling_faint_is_still_a_faint(text: str) -> None:
    assert "syncope" in current_codes(text)


# (4) t130e-036, t130e-050: "29 weeks and im getting ..." opens with the gestation, not 29 weeks of illness; heartburn and
# night leg cramps in later pregnancy are self-care (NHS Indigestion and heartburn in pregnancy; Leg cramps in pregnancy).
@pytest.mark.parametrize("text", [
    "29 weeks and im getting this burning feeling up my chest and an acid taste in my throat after dinner and when i lie "
    "down at night, otherwise fine",
    "32 weeks and getting agonising cramps in my calves at night, wakes me up, goes after a minute if i pull my toes up. "
    "no swelling or redness in the day",
    "34 wks and having heartburn every evening after tea",
])
def test_later_pregnancy_heartburn_and_cramps_are_self_care(text: str) -> None:
    assert service_decide(text, 30, "F")[0] == "self_care"


def test_weeks_getting_worse_stay_a_duration() -> None:
    # "12 weeks and getting worse" is how long, not a gestation: a cough of 12 weeks is no self-care cough
    assert service_decide("12 weeks and getting worse, this cough", 30, "F")[0] != "self_care"


# (5) t130e-039: Braxton Hicks said without apostrophes ("doesnt hurt, not regular") (NHS Signs that labour has begun).
def test_painless_irregular_tightenings_typed_without_apostrophes_are_braxton_hicks() -> None:
    text = ("30 weeks, my bump goes really hard and tight for about 30 seconds a few times a day, doesnt hurt, not regular "
            "and stops when i sit down with a drink. baby moving lots")
    assert service_decide(text, 33, "F") == ("self_care", {"braxton_hicks"})


@pytest.mark.parametrize("text", [
    "31 weeks, my bump goes tight for about 20 seconds every 5 minutes and it really hurts",
    "30 weeks, my bump goes hard for 30 seconds, they are getting regular now",
])
def test_regular_or_painful_tightenings_are_no_braxton_hicks(text: str) -> None:
    assert service_decide(text, 33, "F")[0] != "self_care"


# (6) t130e-044, t130z-040: the baby blues in the first days (NHS Postnatal depression), the birth said without the child.
@pytest.mark.parametrize("text", [
    "day 4 after having my little girl and i cant stop crying over silly things, one min happy next min in bits. partner "
    "says its hormones, im eating and sleeping when she sleeps",
    "生完第3天，老是莫名其妙想哭，一会儿高兴一会儿难过，家里人说这是正常的，吃饭睡觉都还行",
    "had my baby 5 days ago and i keep crying over little things",
])
def test_the_baby_blues_in_the_first_days_are_self_care(text: str) -> None:
    assert service_decide(text, 26, "F") == ("self_care", {"baby_blues"})


@pytest.mark.parametrize("text", [
    "day 4 after having my little girl and i cant stop crying, i keep thinking she'd be better off without me",
    "生完第3天，一直想哭，觉得活着没意思",
])
def test_the_baby_blues_with_thoughts_of_death_are_not_self_care(text: str) -> None:
    assert service_decide(text, 26, "F")[0] != "self_care"


def test_eating_after_is_no_birth() -> None:
    assert "early_postnatal" not in current_codes("吃完第3天就拉肚子")


# (7) t130e-043: the bleeding after the birth settling (NHS Your post-pregnancy body), the birth said without an article.
def test_lochia_settling_with_the_birth_said_without_an_article_is_self_care() -> None:
    text = ("had baby 12 days ago, still bleeding but its much lighter now and more brown/pink, like the end of a period. no "
            "smell no temp, feel ok")
    assert service_decide(text, 32, "F") == ("self_care", {"lochia_settling"})


def test_heavier_bleeding_with_clots_after_the_birth_is_not_self_care() -> None:
    assert service_decide("had baby 12 days ago, bleeding heavier again with big clots", 32, "F")[0] != "self_care"


# (8) t130z-046: a cracked nipple's size ("裂了个小口子") is the cracked nipple, not a cut; "一吸就疼" is the baby's suck,
# not a breath (NHS Breastfeeding problems: sore or cracked nipples).
def test_a_cracked_nipple_while_feeding_is_self_care() -> None:
    text = "喂奶两个礼拜，右边乳头裂了个小口子，宝宝一吸就疼，没有红肿也不发烧"
    assert service_decide(text, 27, "F") == ("self_care", {"sore_nipples_breastfeeding"})
    assert not {"minor_cut", "pleuritic_pain"} & current_codes(text)


@pytest.mark.parametrize("text", ["一吸气就胸口疼", "深呼吸一口气就疼，胸口疼"])
def test_pain_on_breathing_in_is_still_read(text: str) -> None:
    assert service_decide(text, 40, "F")[0] == "emergency"


def test_a_cracked_nipple_with_a_fever_is_not_self_care() -> None:
    assert service_decide("喂奶两周，乳头裂了个口子，乳房红肿发烫，发烧38.5", 27, "F")[0] != "self_care"


# (9) t130e-047: thrush again, the pharmacy's cream named before it (NHS Thrush: a pharmacist if you have had it before).
@pytest.mark.parametrize("text", [
    "thrush again i think, itchy and cottage cheese discharge, had it twice before and the pharmacy cream sorted it. not "
    "pregnant",
    "itchy down below and thick white discharge, the pharmacy cream cleared it last time",
])
def test_recognised_thrush_is_self_care(text: str) -> None:
    assert service_decide(text, 28, "F") == ("self_care", {"thrush_recognised"})


def test_recognised_thrush_in_pregnancy_is_not_self_care() -> None:
    assert service_decide("thrush again, itchy with thick white discharge, im 20 weeks pregnant", 28, "F")[0] != "self_care"


# (10) t130e-046, t130z-044: spotting in the first months of the pill or after a coil is fitted (NHS Combined pill; NHS
# IUS and IUD): a count of weeks between the pill and the spotting, and the coil's own reading (coil_spotting).
@pytest.mark.parametrize(("text", "group"), [
    ("started the combined pill 6 weeks ago and keep getting bits of brown spotting in the middle of the pack. havent "
     "missed any, no pain", "pill_breakthrough_bleeding"),
    ("上个月刚放的环，这个月来完月经以后一直有点滴的出血，量很少，肚子不疼也没异味", "coil_irregular_bleeding"),
    ("had the coil fitted 2 months ago and keep getting light spotting, no pain", "coil_irregular_bleeding"),
    ("spotting since my mirena was put in last month, no pain", "coil_irregular_bleeding"),
])
def test_spotting_after_starting_contraception_is_self_care(text: str, group: str) -> None:
    assert service_decide(text, 30, "F") == ("self_care", {group})


@pytest.mark.parametrize("text", [
    "放环两个月了，一直有少量出血，肚子疼得厉害",
    "had the coil fitted 2 months ago, spotting and a smelly discharge",
    "had the coil fitted 2 months ago and keep getting light spotting, i have a fever",
])
def test_spotting_after_a_coil_with_pain_smell_or_fever_is_not_self_care(text: str) -> None:
    assert service_decide(text, 30, "F")[0] != "self_care"


# (11) t130e-025: a headache worse sitting or standing and better lying flat after an epidural or spinal is a possible
# post dural puncture headache: urgent (RCoA Headache after an epidural or spinal anaesthetic; rcoa-pdph).
@pytest.mark.parametrize("text", [
    "had an epidural 3 days ago for labour, now home and i get a crushing headache at the back of my head whenever i sit "
    "up or stand, it goes away when i lie flat",
    "had a spinal for my c section last week, headache that goes away when i lie flat and comes back when i stand up",
    "剖腹产打的腰麻，这两天一坐起来头就疼，躺下就好",
])
def test_a_postural_headache_after_an_epidural_is_urgent(text: str) -> None:
    assert service_decide(text, 31, "F") == ("urgent", {"post_dural_puncture_headache"})


@pytest.mark.parametrize("text", [
    "i get a headache when i stand up too fast",
    "had an epidural 3 days ago, mild headache, fine otherwise",
])
def test_a_headache_without_both_the_block_and_the_posture_is_not_this_rule(text: str) -> None:
    assert "post_dural_puncture_headache" not in service_decide(text, 31, "F")[1]


# (12) t130z-045: hot flushes and sweats from 45, not troubling daily life, are self-care (NHS Menopause: things you can
# do; see a GP if they trouble you or start before 45).
def test_hot_flushes_from_45_are_self_care() -> None:
    text = "51岁，最近偶尔会一阵潮热出汗，一天两三次，睡觉还行，不怎么影响生活，有没有什么办法缓解"
    assert service_decide(text, 51, "F") == ("self_care", {"menopause_hot_flushes"})
    # staging 37: only when said not to trouble her (NHS Menopause: see a GP if the symptoms are troubling you)
    assert service_decide("hot flushes a few times a day, not really bothering me, any tips", 52, "F") == (
        "self_care", {"menopause_hot_flushes"})


@pytest.mark.parametrize(("text", "age"), [
    ("最近老是潮热出汗", 38),
    ("hot flushes and sweats and i feel really low all the time", 50),
    ("hot flushes and i've started bleeding again after a year without periods", 55),
    # staging 37 (blind8 bzh-036, blind99 t99z-027): woken at night, irritable, asking whether it needs treating
    ("51岁 月经半年没来了 最近老是一阵一阵脸发烫出汗 半夜热醒好几回 脾气也变差了 同事说是更年期 想问下需不需要治", 51),
    ("我妈51 这一年月经时有时无 老是突然一股热从脖子往脸上冲 晚上出汗睡衣都湿透 脾气也变大了", 51),
])
def test_hot_flushes_before_45_or_with_low_mood_or_bleeding_are_not_self_care(text: str, age: int) -> None:
    assert service_decide(text, age, "F")[0] != "self_care"


# (13) t130e-049: a newborn's swollen breasts with a drop of milky stuff are the mother's hormones (NHS What your newborn
# baby looks like).
def test_a_newborns_drop_of_milky_stuff_is_the_mothers_hormones() -> None:
    text = ("my baby boy is 9 days old and both his nipples look swollen like little lumps, a drop of milky stuff came out "
            "of one. hes feeding and pooing fine, no redness")
    assert service_decide(text, 0, "M") == ("self_care", {"newborn_hormone_effects"})


def test_a_newborns_red_hot_breast_with_a_fever_is_not_self_care() -> None:
    text = "my baby is 9 days old, one nipple is red and hot and swollen, a drop of milky stuff came out, temperature 38.3"
    assert service_decide(text, 0, "M")[0] != "self_care"
