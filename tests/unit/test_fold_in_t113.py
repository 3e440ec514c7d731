"""blind113 (withdrawal, side effects and misuse of medicines, alcohol and recreational drugs; overdoses said indirectly):
the six under-triaged emergencies of the first look, each read as a family, then black poo and tongue on bismuth, with
the near misses that must not change. Alcohol and benzodiazepine withdrawal are misread33a's."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, service_decide


# (1) A spreading rash with mouth sores and sore red eyes weeks after starting lamotrigine, allopurinol or a new
# antibiotic, the skin not yet peeling: possible Stevens-Johnson syndrome (NHS Stevens-Johnson syndrome: treated
# immediately in hospital; HSA Singapore, allopurinol: fever, mouth ulcers, red eyes and a spreading rash are the early
# signs). blind113 t113e-012, t113z-016.
@pytest.mark.parametrize("text", [
    "started lamotrigine 3 weeks ago. now got a red blotchy rash spreading over my chest and back, sores in my mouth and my eyes are sore and red, temp 38.5",
    "been on lamictal about a month, rash all over my body now, mouth full of sores and my eyes are red and sore",
    "吃别嘌醇降尿酸三个礼拜，这两天全身起红斑还起水疱，嘴里烂了，眼睛也红，发烧",
    "开始吃拉莫三嗪一个月，身上起了红疹子，口腔溃疡，眼睛红红的",
    "刚开始吃头孢三天，全身起红疹，嘴里起了溃疡，眼睛也发红",
])
def test_a_rash_with_mouth_and_eye_sores_on_a_new_medicine_is_possible_sjs(text: str) -> None:
    urgency, rules = service_decide(text, 40, "F")
    assert urgency == "emergency" and "drug_rash_mouth_and_eye_sores" in rules


@pytest.mark.parametrize("text", [
    "on lamotrigine, got a small itchy rash on my arm, mouth and eyes are fine",
    "孩子发烧三天，身上起疹子，眼睛红，嘴里有溃疡",
    "吃别嘌醇以后身上有点红疹，嘴里不烂，眼睛不红",
])
def test_a_plain_drug_rash_or_a_childs_fever_rash_is_not_this_rule(text: str) -> None:
    _, rules = service_decide(text, 30, "F")
    assert "drug_rash_mouth_and_eye_sores" not in rules


# (2) Blurred sight after homemade, bootleg or 散装 spirits: possible methanol poisoning (MSD Manual Methanol poisoning;
# Smartraveller Methanol poisoning: a hangover with pronounced vision problems, urgent help). blind113 t113z-010.
@pytest.mark.parametrize("text", [
    "前天跟工友喝了点散装白酒，今天看东西模模糊糊像隔了层雾，肚子疼想吐，另外一个工友也说眼睛花",
    "喝了村里人自酿的白酒，第二天眼睛看不清东西，恶心",
    "on holiday we drank some homemade vodka from a market stall, now my vision is blurry and im being sick",
    "drank moonshine at a party last night, today everything looks blurry",
])
def test_blurred_sight_after_bootleg_spirits_is_possible_methanol_poisoning(text: str) -> None:
    urgency, rules = service_decide(text, 50, "M")
    assert urgency == "emergency" and "possible_methanol_poisoning" in rules


@pytest.mark.parametrize("text", ["昨天喝了点散装白酒，今天有点头疼，看东西清楚", "喝了半斤白酒，今天看东西有点模糊",
                                  "had a few beers last night and my vision is a bit blurry this morning"])
def test_a_hangover_from_bootleg_drink_or_a_blur_after_ordinary_drink_is_not_methanol(text: str) -> None:
    _, rules = service_decide(text, 50, "M")
    assert "possible_methanol_poisoning" not in rules


# (3) An erection said as "hard" for hours after bedroom pills or erection tablets (NHS Priapism: more than 4 hours, A&E).
# blind113 t113e-013.
@pytest.mark.parametrize("text", [
    "took some pills i got online for the bedroom and its been hard for about 5 hours now, really painful and it just wont go down",
    "had a viagra last night and its still hard after 6 hours, it hurts",
    "吃了延时药，下面一直硬了五个钟头，疼",
    "吃了伟哥，一直硬了六个小时了，疼",
])
def test_hard_for_hours_after_erection_pills_is_priapism(text: str) -> None:
    urgency, rules = service_decide(text, 45, "M")
    assert urgency == "emergency" and "priapism" in rules


@pytest.mark.parametrize("text", ["my tummy has been hard for 5 hours and bloated", "used viagra last night, erection went down after an hour, fine now",
                                  "肚子硬了五个小时，胀"])
def test_a_hard_tummy_or_an_erection_that_went_down_is_not_priapism(text: str) -> None:
    assert "priapism" not in current_codes(text)


# (4) A lump on the back, top or front of the head after a fall, then vomiting (NHS Head injury and concussion: vomiting
# since the injury, A&E). blind113 t113z-015.
@pytest.mark.parametrize("text", [
    "昨晚喝多了在楼梯上摔了一跤，后脑勺起了个包，今天早上吐了两次，头特别疼",
    "喝醉了摔倒，脑门上鼓了个大包，吐了一次",
    "got drunk and fell down the stairs, theres a big lump on the back of my head and ive been sick twice this morning",
])
def test_a_lump_on_the_head_after_a_fall_with_vomiting_is_a_head_injury_danger(text: str) -> None:
    urgency, rules = service_decide(text, 40, "M")
    assert urgency == "emergency" and "head_injury_danger" in rules


@pytest.mark.parametrize("text", ["后脑勺长了个包，不疼不痒，好几个月了", "lump on the back of my neck for months, not painful"])
def test_a_lump_that_grew_is_no_head_injury(text: str) -> None:
    assert "head_injury" not in current_codes(text)


# (5) Ten or more tablets put first with 把 and swallowed ("一下把十几片氨氯地平都吞了"): an overdose (nidirect Poisoning;
# NHS Amlodipine: taken too much, A&E). blind113 t113z-017.
@pytest.mark.parametrize("text", ["老公喝完酒心里憋屈，一下把十几片氨氯地平都吞了，半小时前的事，现在说有点头晕", "他把二十多粒止痛片都吞了",
                                  "他一口气把三十片降压药都吞下去了"])
def test_a_handful_of_tablets_swallowed_with_ba_is_an_overdose(text: str) -> None:
    urgency, _ = service_decide(text, 48, "M")
    assert urgency in {"emergency", "emergency_ambulance"} and "overdose_poisoning" in current_codes(text)


@pytest.mark.parametrize("text", ["我每天把十几片药分好装进药盒", "把十几片药按早中晚分开放"])
def test_tablets_sorted_into_a_box_are_no_overdose(text: str) -> None:
    assert "overdose_poisoning" not in current_codes(text)


# (6) Black poo and tongue on bismuth (Pepto-Bismol, 枸橼酸铋钾): harmless, like iron's (MedlinePlus Bismuth
# subsalicylate); "stomach" is no stoma gone black. blind113 t113e-050.
@pytest.mark.parametrize("text", [
    "took pepto bismol yesterday for an upset stomach and now my tongue and my poo have gone black!! should i be worried",
    "had some pepto-bismol for an upset tummy, now my poo is black, feel fine",
    "在吃枸橼酸铋钾，大便发黑，肚子不疼",
])
def test_black_poo_on_bismuth_without_a_sign_of_bleeding_is_self_care(text: str) -> None:
    urgency, rules = service_decide(text, 30, "F")
    assert urgency == "self_care" and "iron_dark_stools" in rules


@pytest.mark.parametrize("text", ["took pepto bismol, poo is black and tarry and i feel faint",
                                  "upset stomach since yesterday, now my poo has turned black"])
def test_black_poo_with_a_bleeds_sign_or_without_bismuth_stays_an_emergency(text: str) -> None:
    urgency, _ = service_decide(text, 30, "F")
    assert urgency in {"emergency", "emergency_ambulance"}


def test_a_stomach_is_no_stoma_but_a_stoma_gone_dark_still_is() -> None:
    assert "stoma_dark" not in current_codes("had an upset stomach and now my poo has gone black")
    assert "stoma_dark" in current_codes("my stoma has gone dark purple since this morning")
