"""blind112 (short audit-style vignettes across all body systems): the two under-triaged emergencies of the first look,
each read as a family, then the self-care, near-miss and department readings, with the near misses that must not
change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, service_decide


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
