"""fold-t148: blind148 (tummy, waterworks and women's health) folded by class, with the look-alikes that must not fire."""

from __future__ import annotations

import pytest

from carebridge.tools.slots import parse_gestation_weeks
from tests.triage_screen import current_codes, decide, fired, service_decide

# t148z-008: a denied cause, trigger or warning is "for no reason": it negates no finding after it (both languages).
NO_REASON_THEN_FINDING = [
    ("没有任何原因突然胸口疼得厉害", "chest_pain"),
    ("没有原因突然胸口疼得厉害", "chest_pain"),
    ("无明显诱因突然胸痛，出冷汗", "chest_pain"),
    ("没什么诱因就突然头痛欲裂", "thunderclap_headache"),
    ("没干什么突然就胸口剧痛", "chest_pain"),
    ("不明原因突然胸痛", "chest_pain"),
    ("for no reason I suddenly started bleeding heavily", "heavy_bleeding"),
    ("for no apparent reason he had a seizure", "seizure"),
    ("without any apparent reason I got crushing chest pain", "chest_pain"),
    ("I wasnt doing anything and got crushing chest pain", "chest_pain"),
]


@pytest.mark.parametrize(("text", "code"), NO_REASON_THEN_FINDING)
def test_a_denied_cause_negates_nothing_after_it(text: str, code: str) -> None:
    assert code in current_codes(text)


@pytest.mark.parametrize("text", ["没有胸痛", "没有诱因，也没有胸痛", "no cause found, no chest pain", "no warning signs, no chest pain",
                                  "没有原因，没有胸痛"])
def test_a_denied_finding_after_a_denied_cause_stays_denied(text: str) -> None:
    assert "chest_pain" not in current_codes(text)


def test_heavy_bleeding_at_32_weeks_for_no_reason_is_999() -> None:
    text = "老婆怀孕32周，之前产检说胎盘有点低。刚才在家没有任何原因突然下面出血，量很大，顺着腿往下流，裤子全湿了，不疼。现在她有点头晕。"
    assert decide(text)[0] == "emergency_ambulance"
    assert decide("I'm 32 weeks pregnant and for no reason I've started bleeding heavily, I feel dizzy")[0] == "emergency_ambulance"
    assert decide("我怀孕32周，没有任何原因的担心，没有出血")[0] not in {"emergency", "emergency_ambulance"}


# t148e-016: NHS Bowel obstruction, A&E if you cannot poo or fart, your tummy is swollen and you are being sick.
@pytest.mark.parametrize("text", [
    "She hasn't been to the toilet or passed any wind since Sunday, her tummy's blown up like a balloon and she's been sick twice",
    "I can't poo or fart, my tummy is swollen and I'm being sick",
    "no poo or wind for 2 days, tummy swollen, vomiting",
])
def test_bowel_obstruction_said_plainly(text: str) -> None:
    assert "bowel_obstruction" in fired(text)


@pytest.mark.parametrize("text", ["I haven't had a poo for 3 days, tummy bloated", "I've been to the toilet and passed wind fine, just a bit of tummy ache",
                                  "I can't poo, bit bloated"])
def test_constipation_or_wind_passed_is_no_obstruction(text: str) -> None:
    assert "bowel_obstruction" not in current_codes(text)


# acute urinary retention said plainly (NHS Urinary retention: suddenly cannot pee, A&E)
@pytest.mark.parametrize("text", ["I can't go, my bladder feels full", "I need to wee but nothing comes out", "I need to pee but I can't",
                                  "my bladder feels like it's bursting but I can't go", "憋得难受尿不出来", "有尿意但是排不出来",
                                  "膀胱胀得很，就是尿不下来"])
def test_urinary_retention_said_plainly(text: str) -> None:
    assert "urinary_retention" in fired(text)


@pytest.mark.parametrize("text", ["I need to pee but I can't go properly, weak stream for years", "bladder feels full all the time even after I go",
                                  "I can't go to the toilet without it stinging", "I need to wee all the time but only a little comes out",
                                  "想大便但是排不出来", "小便正常，没有尿不出来"])
def test_a_poor_stream_or_frequency_is_no_retention(text: str) -> None:
    assert "urinary_retention" not in current_codes(text)


# t148e-019: renal colic told by its waves and its path (NHS Kidney stones)
def test_renal_colic_in_waves_moving_round_to_the_groin() -> None:
    text = ("Had pain at the back on my right side since this morning that comes and goes in waves, moves round to my groin sometimes. "
            "Ibuprofen is taking the edge off. No fever, peeing ok but it looked a bit pink.")
    assert "flank_pain" in current_codes(text)
    assert service_decide(text, age=38, sex="M")[0] == "urgent"
    assert "flank_pain" not in current_codes("back pain since lifting, goes down to my groin")
    assert "flank_pain" not in current_codes("pain in my right side that comes and goes")


# t148z-024: 按摩 (massage) of a breast lump is not the glass test
def test_massage_of_a_lump_is_no_glass_test() -> None:
    text = "宝宝两个月，喂奶。昨天开始左边乳房有一块红肿硬块，摸着烫，很疼，今天发烧38.5，浑身酸痛。一直在坚持喂，按摩了也没消"
    assert "nonblanching_rash" not in current_codes(text)
    assert "nonblanching_rash" in current_codes("身上有红点，按了也没消")
    assert "nonblanching_rash" in current_codes("孩子发烧，身上的红疹用杯子压也不褪色")


# t148e-020: a hedged gestation ("about 7 weeks") is read
@pytest.mark.parametrize(("text", "weeks"), [("I'm about 7 weeks (first pregnancy) and noticed some spotting", 7.0),
                                             ("I'm nearly 20 weeks pregnant and bleeding", 20.0), ("I'm 7 weeks pregnant", 7.0)])
def test_hedged_gestation(text: str, weeks: float) -> None:
    assert parse_gestation_weeks(text) == weeks


def test_early_painless_spotting_is_the_early_pregnancy_unit() -> None:
    assert decide("I'm about 7 weeks (first pregnancy) and noticed a bit of brown spotting when I wiped. No pain at all")[0] == "urgent"
    assert decide("I'm about 30 weeks and bleeding a lot")[0] in {"emergency", "emergency_ambulance"}


# t148e-025: a dehydrated toddler said to be tired but still responding and smiling (NICE NG143 green)
def test_dehydrated_child_tired_but_responsive() -> None:
    assert "child_dehydrated_and_drowsy" in decide("my 2 year old has had diarrhoea, only 2 wet nappies today and she's really tired", age=2)[1]
    responsive = ("My 2 year old has had diarrhoea and been sick on and off since Friday. She's drinking a bit but only had 2 wet "
                  "nappies today and she's quite whingy and tired. Still responding to me and smiles sometimes")
    assert decide(responsive, age=2)[0] == "urgent"
    assert not decide(responsive, age=2)[1] & {"child_dehydrated_and_drowsy", "child_dehydrated_and_drowsy_said"}
    drowsy = "my 1 year old has diarrhoea, only 1 wet nappy, very sleepy and hard to wake but still smiles sometimes"
    assert decide(drowsy, age=1)[0] in {"emergency", "emergency_ambulance"}


# department groups: the wordings that read nothing (NHS Urinary incontinence, Inguinal hernia, Stopped or missed periods,
# Ovulation pain)
@pytest.mark.parametrize(("text", "code"), [
    ("我这一年老是憋不住尿，一想尿就得马上跑厕所，有时候来不及就漏出来一点", "incontinence"),
    ("有时候来不及上厕所就尿出来了", "incontinence"),
    ("右边大腿根这里站着的时候会鼓起一个鸡蛋大的包，躺下就没了", "hernia"),
    ("Period is 6 days late, done 2 tests both negative", "gyn_symptoms"),
    ("右边小肚子会有点隐隐的抽痛", "abdominal_pain"),
])
def test_plain_wordings_read(text: str, code: str) -> None:
    assert code in current_codes(text)


@pytest.mark.parametrize(("text", "code"), [
    ("屋顶来不及修就漏了", "incontinence"),
    ("小肚子没有隐隐的抽痛", "abdominal_pain"),
    ("my period came 6 days ago", "gyn_symptoms"),
])
def test_plain_wordings_look_alikes(text: str, code: str) -> None:
    assert code not in current_codes(text)
