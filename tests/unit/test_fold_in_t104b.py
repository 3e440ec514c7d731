"""blind104 (fold-t104b): the babies' and girls' self-care misses and the urgents read lower, each read as a family, with
the near misses that must not change. No vignette's own words are used here."""

from __future__ import annotations

import pytest

from carebridge.tools.slots import parse_duration_days, parse_severity
from tests.triage_screen import current_codes, department_group, service_decide

EMERGENT = ("emergency", "emergency_ambulance")


# (1) t104z-019: the smell of the bleeding after the birth said with how bad it is (NICE NG194 Postnatal care: offensive
# lochia needs assessment the same day): urgent, postnatal_offensive_lochia.
@pytest.mark.parametrize("text", [
    "生完孩子两周，恶露还没干净，有一股特别刺鼻的怪味",
    "剖腹产后第8天，恶露又多起来了，有股非常难闻的臭味",
    "顺产后12天，恶露颜色暗红，还有一股很臭的异味",
])
def test_lochia_with_a_strong_bad_smell_is_offensive_lochia(text: str) -> None:
    urgency, rules = service_decide(text, 29, "F")
    assert urgency == "urgent" and "postnatal_offensive_lochia" in rules


@pytest.mark.parametrize("text", ["剖腹产后12天，恶露颜色变淡了，没有什么难闻的味道", "产后两周，恶露越来越少，没有异味"])
def test_lochia_without_a_smell_is_not_offensive(text: str) -> None:
    assert "offensive_lochia" not in current_codes(text)


# (2) t104z-020: a lump told first, then its growth, then red, swollen and painful (NHS Skin abscess; NHS Bartholin's
# cyst: a red, swollen, painful lump is likely an abscess): urgent, never a cold's self-care with the fever beside it.
@pytest.mark.parametrize("text", [
    "屁股上起了个疙瘩，两天了越长越大，现在又红又肿，一碰就疼",
    "阴道口旁边长了个包，这几天变大了，红肿，走路坐着都痛，还有点发烧",
    "腋窝下面冒出个包，三四天工夫长到枣那么大了，红肿得厉害，疼得胳膊都不敢动",
])
def test_a_growing_red_swollen_painful_lump_is_an_abscess(text: str) -> None:
    urgency, rules = service_decide(text, 31, "F")
    assert urgency == "urgent" and "abscess" in rules


@pytest.mark.parametrize("text", ["长了个包，没有红肿，也不疼，一个月了", "腋下长了个小疙瘩，不红不肿不疼", "上周长了个包，又红又肿很疼，现在已经好了"])
def test_a_lump_not_red_or_painful_or_gone_is_no_abscess(text: str) -> None:
    assert "abscess" not in current_codes(text)


# (3) t104e-032: white patches in a baby's mouth that do not wipe off (NHS Oral thrush in babies: see a GP or health
# visitor): no self-care advice covers them, even with the mother's sore nipples beside them.
@pytest.mark.parametrize("text", [
    "my 7 week old has white patches on his tongue and gums that won't rub off, and my nipples are sore from feeding",
    "宝宝两个月，舌头上和腮帮子里有白色的斑块，擦不掉，我喂奶乳头也疼",
    "baby has oral thrush I think, white coating on her tongue",
])
def test_white_patches_in_a_babys_mouth_are_oral_thrush_and_not_self_care(text: str) -> None:
    assert "oral_thrush" in current_codes(text)
    urgency, _ = service_decide(text, 0, "F")
    assert urgency == "routine"


@pytest.mark.parametrize("text", ["宝宝嘴里有白色奶块，一擦就掉了", "舌苔白厚，口干", "my nipples are sore and cracked from breastfeeding"])
def test_milk_that_wipes_off_a_coated_tongue_or_sore_nipples_alone_are_no_thrush(text: str) -> None:
    assert "oral_thrush" not in current_codes(text)


def test_sore_nipples_alone_stay_self_care() -> None:
    urgency, rules = service_decide("my nipples are sore and cracked from breastfeeding, no fever", 30, "F")
    assert urgency == "self_care" and "sore_nipples_breastfeeding" in rules


# (4) t104e-045, t104z-036: the mother's hormones in a newborn (NHS What your newborn baby looks like): a little bleeding
# or white discharge from a girl's vagina, swollen breasts or a little milk from them: self-care for a newborn only.
@pytest.mark.parametrize(("text", "sex"), [
    ("my 4 day old girl has a tiny bit of bleeding from her vagina, otherwise feeding fine", "F"),
    ("newborn 1 week old, both breasts swollen and a drop of milk came out", "M"),
    ("我女儿出生第5天，尿不湿上有一点血，是从阴道出来的，吃奶正常", "F"),
    ("女儿出生4天，阴道有点白色分泌物，还有一点血丝", "F"),
    ("宝宝出生第8天，两个乳头下面鼓鼓的，还流出了几滴奶", "M"),
])
def test_newborn_hormone_signs_are_self_care(text: str, sex: str) -> None:
    urgency, rules = service_decide(text, 0, sex)
    assert urgency == "self_care" and "newborn_hormone_effects" in rules


@pytest.mark.parametrize("text", [
    "宝宝出生10天，乳头下面鼓了个硬块，还发烧38度",  # a fever in a newborn (NICE NG143: red)
    "宝宝出生一周，奶头鼓鼓的，不怎么吃奶",  # poor feeding
    "my 5 day old daughter, blood in her nappy, she's floppy and won't feed",
])
def test_newborn_hormone_signs_with_a_danger_sign_are_not_self_care(text: str) -> None:
    urgency, _ = service_decide(text, 0, "F")
    assert urgency != "self_care"


@pytest.mark.parametrize("text", [
    "my breasts are swollen and leaking milk, I'm 5 days postpartum",  # the mother's own breasts
    "my 5 day old's mum has swollen breasts and milk leaking",  # someone else's
    "baby 3 days old, no blood from her vagina, just wondering if it can happen",  # denied
    "I'm 35, bleeding from my vagina for 2 weeks",
])
def test_no_newborn_hormone_sign_without_a_newborns_own_sign(text: str) -> None:
    assert "newborn_hormone_signs" not in current_codes(text)


def test_a_six_month_olds_swollen_breast_is_not_the_newborn_advice() -> None:
    urgency, rules = service_decide("my 6 month old has swollen breasts and a little milk leaking", 0.5, "F")
    assert "newborn_hormone_effects" not in rules


# (5) t104e-047: a thriving baby crying or screaming every evening is colic (NHS Colic), not past a year, not with a
# fever, poor feeding or green vomit.
@pytest.mark.parametrize("text", [
    "my 7 week old wails every evening and goes red in the face, growing well",
    "baby is 4 weeks, inconsolable crying most evenings, feeding fine",
    "our 2 month old screams and cries each evening for hours, putting on weight fine",
])
def test_evening_crying_in_a_thriving_baby_is_colic(text: str) -> None:
    urgency, rules = service_decide(text, 0, "M")
    assert urgency == "self_care" and "infant_crying" in rules


def test_a_toddler_crying_every_night_is_not_colic_advice() -> None:
    _, rules = service_decide("my toddler cries every night when I leave the room", 2, "M")
    assert "infant_crying" not in rules


@pytest.mark.parametrize("text", ["my 6 week old screams every evening and now has a temperature of 38.2",
                                  "my 2 month old screams every evening and has been sick green twice today"])
def test_colic_crying_with_a_danger_sign_is_an_emergency(text: str) -> None:
    urgency, _ = service_decide(text, 0, "M")
    assert urgency in EMERGENT


# (6) t104z-038, t104z-050: a baby's age after 娃 or a grandchild is no duration (as after 宝宝/儿子).
@pytest.mark.parametrize("text", ["娃5个月，尿布疹", "外孙三个月，头上有乳痂", "孙女两个月，屁股红了", "外孙女八个月"])
def test_a_babys_age_after_wa_or_a_grandchild_is_no_duration(text: str) -> None:
    assert parse_duration_days(text) is None


@pytest.mark.parametrize(("text", "days"), [("娃发烧3天了", 3.0), ("孙子咳嗽两个月了", 60.0), ("孙子今年3岁，咳嗽5天", 5.0)])
def test_a_grandchilds_illness_still_has_its_duration(text: str, days: float) -> None:
    assert parse_duration_days(text) == days


@pytest.mark.parametrize("text", ["娃4个月，屁股上包尿布的地方红了一片，不发烧", "外孙两个月，头顶有一层黄色油腻的痂"])
def test_nappy_rash_or_cradle_cap_in_a_baby_of_months_is_self_care(text: str) -> None:
    urgency, rules = service_decide(text, 0, "M")
    assert urgency == "self_care" and "minor_skin" in rules


# (7) t104z-039: 头一天 is "the first day", not a head; period pain tied to the first days; how long since the periods
# started is no duration; a pain much better after ibuprofen is not severe now (NHS Period pain).
@pytest.mark.parametrize("text", ["每次来月经头一天肚子疼", "头两天都在下雨，今天肚子疼", "这是头一回肚子疼"])
def test_tou_yi_tian_is_the_first_day_not_a_headache(text: str) -> None:
    assert "headache" not in current_codes(text)


@pytest.mark.parametrize("text", ["头一天就头疼得厉害", "头疼了一天"])
def test_a_real_headache_is_still_read(text: str) -> None:
    assert "headache" in current_codes(text)


@pytest.mark.parametrize("text", ["女儿12岁，来例假半年了，每次第一天小肚子疼，吃了布洛芬就好了",
                                  "my 13 year old's periods started a year ago, she gets cramps on the first day of her period, ibuprofen helps"])
def test_usual_period_pain_in_a_girl_is_self_care(text: str) -> None:
    urgency, rules = service_decide(text, 12, "F")
    assert urgency == "self_care" and "period_pain" in rules


@pytest.mark.parametrize("text", ["来月经两年了，这次肚子疼", "有例假一年多了", "her periods started two years ago"])
def test_how_long_since_periods_started_is_no_duration(text: str) -> None:
    assert parse_duration_days(text) is None


def test_irregular_periods_for_a_year_keep_their_duration() -> None:
    assert parse_duration_days("月经不调一年了") == 365.0


@pytest.mark.parametrize("text", ["疼得打滚，吃了布洛芬半小时后好多了", "agony earlier, took ibuprofen and it's much better now"])
def test_a_severe_pain_much_better_after_a_painkiller_is_not_severe(text: str) -> None:
    assert parse_severity(text) != 8


@pytest.mark.parametrize("text", ["肚子疼得打滚，吃了布洛芬也不管用", "agony, took ibuprofen, helped a bit",
                                  "疼得受不了，吃了止痛药好多了，但是又开始疼得厉害"])
def test_a_severe_pain_a_painkiller_did_not_settle_stays_severe(text: str) -> None:
    assert parse_severity(text) == 8


def test_a_newborns_age_alone_is_no_finding_a_severity_belongs_to() -> None:
    # newborn_days_old is context (a modifier): "agony" said of feeding with only the baby's age read is no severe pain
    urgency, rules = service_decide("3 week old, feeding her is agony for me, she clicks and can't poke her tongue out", 0, "F")
    assert "severe_pain" not in rules and urgency != "urgent"


# (8) t104z-020's department: a lump at the entrance to the vagina or on the labia (NHS Bartholin's cyst) is the
# gynaecologist's; painful, red and swollen or with a temperature it is urgent (bartholins_abscess_signs).
@pytest.mark.parametrize("text", [
    "I've got a lump on one side of my labia, it's got really red and swollen and I have a temperature of 38.4",
    "大阴唇上起了个疙瘩，越来越大，红肿疼得走不了路，还发烧",
])
def test_a_painful_red_vulval_lump_or_one_with_fever_is_urgent_for_gynaecology(text: str) -> None:
    urgency, rules = service_decide(text, 30, "F")
    assert urgency == "urgent" and "bartholins_abscess_signs" in rules
    assert department_group(text, 30) == "妇产科"


def test_a_painless_vulval_lump_is_routine_and_a_lump_elsewhere_stays_surgical() -> None:
    urgency, rules = service_decide("外阴左边摸到一个小包，不疼不痒，一个多月了", 30, "F")
    assert urgency == "routine" and "bartholins_abscess_signs" not in rules
    assert department_group("屁股上起了个疙瘩，两天了越长越大，现在又红又肿，一碰就疼", 30) == "外科"
