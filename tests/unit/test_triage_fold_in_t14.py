"""Engine behaviour added in the blind-14/15/16 fold-in round (regression tests, written after the fixes)."""

from __future__ import annotations

import pytest

from carebridge.tools.dose_reread import MAX_DAILY_MG, paracetamol_daily_mg
from tests.triage_screen import current_codes as _codes
from tests.triage_screen import fired as _fired


# --- burns: size, depth and the hot drink, in both languages (NHS Burns and scalds) -------------
@pytest.mark.parametrize("text", [
    "my 6 yr old pulled a mug of just-boiled tea over herself, it's on her chest, a patch bigger than her hand",
    "knocked a cup of freshly boiled water onto his lap, a couple of bits look white",
    "spilt scalding coffee on my arm, the middle looks white and leathery",
    "burnt my forearm on the oven, it's larger than my palm",
    "孩子把一杯刚泡好的茶拽翻了，浇在胸口上，比她巴掌还大",
    "被开水烫了，烫伤的面积超过一个手掌",
    "打翻了一碗滚烫的汤，烫在腿上，有两块发白",
])
def test_large_or_deep_burn_said_other_ways_is_serious(text: str) -> None:
    assert "serious_burn" in _fired(text)


@pytest.mark.parametrize("text", [
    "caught my hand on the oven shelf, small red mark about the size of a 5p, no blister",
    "she has white patches in her mouth",
    "my hands are bigger than my husband's",
    "手被热水烫了一下，红了一小块，没起泡",
    "脚丫缝里痒得钻心，起皮发白，一到夏天就这样",
])
def test_small_burn_thrush_and_athletes_foot_stay_quiet(text: str) -> None:
    assert "serious_burn" not in _fired(text)


def test_athletes_foot_whitening_is_not_read_as_a_burn() -> None:
    assert "fungal_skin" in _codes("脚趾缝里痒得很，脱皮发白，还有点臭")


# --- an obviously deformed wrist or a shortened, turned-out leg (NHS Broken arm or wrist, Hip pain)
@pytest.mark.parametrize("text", [
    "骑电动车摔了，左手撑的地，手腕肿得老高，形状都变了像把叉子",
    "摔了一跤，手腕像把餐叉",
    "女,78岁,在卫生间滑倒,右髋着地,不能站立行走,右下肢短缩、外旋",
    "奶奶摔倒了，右腿变短了，脚尖往外撇",
    "grandma slipped and landed on her hip, can't get up, her leg looks shorter and turned out",
    "fell on my outstretched hand, wrist is swollen and shaped like a dinner fork",
])
def test_deformity_after_a_fall_is_an_emergency(text: str) -> None:
    assert _fired(text) & {"deformed_limb", "deformed_limb_after_injury"}


@pytest.mark.parametrize("text", [
    "大便形状变了",
    "扭了一下脚，脚踝没有变形，能走路",
    "she fell and hurt her hip but can walk and her leg isn't shorter",
    "摔了一下，腿没有变短，也没有往外撇，能走",
])
def test_no_deformity_stays_non_emergent(text: str) -> None:
    assert not _fired(text) & {"deformed_limb", "deformed_limb_after_injury"}


def test_cannot_stand_after_a_fall_is_a_fracture_sign() -> None:
    assert "fracture_signs" in _codes("滑倒以后不能站立")
    assert "fracture_signs" not in _codes("滑倒以后还能站起来走")


# --- barely rousable is reduced consciousness; empty packets beside someone are an overdose --------
@pytest.mark.parametrize("text", [
    "found by her partner barely rousable on the sofa",
    "he is hardly rousable and breathing slowly",
    "she's difficult to rouse this morning",
    "我爸喝多了，叫不太醒",
    "推她也不怎么醒",
])
def test_barely_rousable_is_reduced_consciousness(text: str) -> None:
    assert "altered_consciousness" in _fired(text) or "unresponsive" in _fired(text)


@pytest.mark.parametrize("text", [
    "孩子早上总是叫不太醒，要赖床",
    "he's easy to rouse and chatting now",
])
def test_a_teenager_who_oversleeps_is_not_reduced_consciousness(text: str) -> None:
    assert "altered_consciousness" not in _fired(text)


def test_empty_packets_of_tablets_beside_someone_are_an_overdose() -> None:
    assert "poisoning_overdose" in _fired(
        "found barely rousable next to several empty packets of her prescribed tablets and a bottle of vodka")
    assert "poisoning_overdose" not in _fired("she is drowsy after a late night, no empty packets of tablets anywhere, nothing missing")


# --- staggered paracetamol overdose: the daily amount computed from the numbers (NHS Paracetamol for adults)
@pytest.mark.parametrize(("span", "mg"), [
    ("paracetamol 2 every couple of hours", 16 * 500),
    ("12 paracetamol 500 mg tablets a day", 12 * 500),
    ("16-18 tablets in 24hrs", 16 * 500),
    ("paracetamol 1g four times a day", 4000),
    ("paracetamol 2 every 4 hours", 4000),
    ("2 paracetamol 6 times a day", 6000),
    ("对乙酰氨基酚一天吃了12片", 6000),
    ("扑热息痛每次2片，每2小时一次", 8000),
    ("扑热息痛每天十几片", 5500),
    ("扑热息痛每次1片，一天3次", 1500),
])
def test_paracetamol_daily_amount_is_computed(span: str, mg: float) -> None:
    assert paracetamol_daily_mg(span) == mg


def test_the_threshold_is_the_formulary_maximum() -> None:
    from importlib.resources import files

    import yaml

    patient = yaml.safe_load(files("carebridge.knowledge").joinpath("medication/patient.yaml").read_text(encoding="utf-8"))
    assert {r["drug"]: r["mg"] for r in patient["max_daily_dose"]}["paracetamol"] == MAX_DAILY_MG


@pytest.mark.parametrize("text", [
    "had awful toothache so ive been taking paracetamol 2 every couple of hours since yesterday morning. feel totally fine",
    "has been taking about 12 paracetamol 500 mg tablets a day for the last 3 days, together with a cold-and-flu remedy",
    "I've had 2 co-codamol 6 times a day since Monday",
    "牙疼，对乙酰氨基酚一天吃了12片，感觉还好",
    "扑热息痛每次2片，每2小时一次，吃了一天了",
])
def test_more_than_the_daily_maximum_of_paracetamol_needs_a_and_e(text: str) -> None:
    assert "paracetamol_over_max_dose" in _fired(text)


@pytest.mark.parametrize("text", [
    "I take 2 paracetamol 4 times a day for my back",
    "I've never taken more than 8 paracetamol in a day",
    "what happens if you take 12 paracetamol a day?",
    "扑热息痛每次1片，一天3次",
    "对乙酰氨基酚一天吃了6片",
])
def test_a_normal_or_hypothetical_amount_of_paracetamol_stays_quiet(text: str) -> None:
    assert "paracetamol_over_max_dose" not in _fired(text)


@pytest.mark.parametrize("text", ["I took 2 paracetamol for my headache", "头疼，吃了2片布洛芬"])
def test_an_ordinary_dose_is_not_an_overdose(text: str) -> None:
    assert "poisoning_overdose" not in _fired(text)


# --- a deep or still-bleeding animal bite (NHS Animal and human bites; 狂犬病暴露预防处置工作规范 2016)
@pytest.mark.parametrize("text", [
    "患者男，35岁，被邻居家的狗咬伤左前臂，伤口深约1厘米、长约3厘米，按压后仍持续渗血",
    "被狗咬了，伤口深约2厘米",
    "the dog bit my hand, the wound is about 2 cm deep",
    "a stray dog bit my leg and it's still bleeding after pressing on it",
])
def test_deep_or_bleeding_bite_is_an_emergency(text: str) -> None:
    assert "deep_or_bleeding_bite" in _fired(text)


@pytest.mark.parametrize("text", [
    "our cat bit me on the back of my hand last night, 2 deep little holes, red and swollen this morning",
    "our dog nipped my finger, just a scratch, not deep, no bleeding",
    "被狗咬了一下，伤口不深，没出血",
    "被猫抓了一下，伤口长约2厘米，很浅",
])
def test_a_puncture_or_scratch_stays_non_emergent(text: str) -> None:
    assert "deep_or_bleeding_bite" not in _fired(text)


# --- reduced fetal movements said other ways (NHS Your baby's movements: call straight away) -------
@pytest.mark.parametrize("text", [
    "孕34周，今天中午起感觉胎动明显比平时少，到晚上几乎感觉不到，本想等明天产检时再说",
    "怀孕35周，宝宝今天动得少了",
    "怀孕32周，今天宝宝不怎么动",
    "I'm 34 weeks and the baby's been moving a lot less than usual today",
    "33 weeks, baby's movements have slowed down since this morning",
    "36 weeks pregnant and I haven't felt the baby move since lunchtime",
])
def test_reduced_fetal_movements_in_other_words(text: str) -> None:
    assert "reduced_fetal_movements" in _fired(text)


@pytest.mark.parametrize("text", [
    "怀孕32周，胎动和平时一样，不少",
    "I'm 30 weeks and the baby is moving as much as usual, kicking away",
])
def test_normal_fetal_movements_stay_quiet(text: str) -> None:
    assert "reduced_fetal_movements" not in _fired(text)
