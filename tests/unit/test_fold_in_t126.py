"""fold-t126: blind126 (out of hours): its under-triaged emergency, a staggered paracetamol overdose from a second medicine
that holds paracetamol taken on top of a full day's dose (with blind125 t125e-011, the same family), and two misses that
were words the lexicon did not read, each read as a family, with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, fired, service_decide


# (1) t126e-045, t125e-011: an amount of paracetamol at the daily maximum (2 every 4 hours, 2 four times a day) with
# another medicine that holds paracetamol on top (Lemsip, Night Nurse, co-codamol, 感冒灵, 白加黑, 泰诺) is more than 8 x
# 500 mg in 24 hours (NHS Paracetamol for adults: do not take it with other medicines that contain paracetamol; more
# than the maximum is A&E even if you feel well).
@pytest.mark.parametrize("text", [
    "had flu all weekend, been taking 2 paracetamol every 4 hours plus lemsips on top since friday, just realised the "
    "lemsip has paracetamol in it too. i feel ok just a bit sick",
    "mums 77 and gets mixed up with her tablets. just found out shes been taking her co-codamol 2 four times a day AND "
    "extra paracetamol on top since thursday. she feels fine just a bit queasy",
    "bad cold, on 2 paracetamol four times a day and i've been having night nurse as well every night",
    "toothache, taking co-codamol 2 every 4 hours and also taking paracetamol when it gets bad",
    "on 2 paracetamol every 4 hours, been having night nurse too, is that ok",
    "对乙酰氨基酚每次2片，一天4次，另外还喝了感冒灵，今天有点恶心",
    "发烧三天了，扑热息痛每4小时吃2片，同时还在吃白加黑，感觉还行",
    "感冒了，对乙酰氨基酚每次2片一天4次，又吃了泰诺，现在胃里不舒服",
])
def test_a_second_paracetamol_medicine_on_top_of_the_full_dose_is_over_the_maximum(text: str) -> None:
    urgency, rules = service_decide(text, 40, "F")
    assert urgency == "emergency" and "paracetamol_over_max_dose" in rules


@pytest.mark.parametrize("text", [
    "I take 2 paracetamol four times a day for my back",
    "I manage my back pain with co-codamol 2 four times a day",
    "taking 2 paracetamol four times a day, can i have a lemsip as well?",
    "can i take a lemsip on top of my paracetamol 2 four times a day",
    "2 paracetamol twice a day plus a lemsip at night for my cold",
    "taking 2 paracetamol every 4 hours and ibuprofen on top for my flu",
    "扑热息痛每次2片，一天4次，没有再吃感冒灵",
    "扑热息痛每次2片，一天3次，另外喝了点感冒灵",
    "对乙酰氨基酚每次2片一天4次，能不能再喝点感冒灵",
])
def test_the_full_dose_alone_a_question_or_less_than_the_full_dose_is_no_overdose(text: str) -> None:
    assert "paracetamol_over_max_dose" not in fired(text)


# (2) t126z-009: tummy pain under the right ribs said to have gone on for 8 hours or more, the still-hurting after a
# comma ("到现在快十个钟头了，一直疼没停过"): NHS Gallstones, an urgent GP appointment or 111 for pain lasting 8 hours or more.
@pytest.mark.parametrize("text", [
    "周六晚上吃完火锅右上边肚子开始疼，到现在快十个钟头了，一直疼没停过，右边后背也疼，量体温37.9",
    "右上腹疼，已经九个小时了，还在疼",
    "右上腹痛，都十几个钟头了，一点没缓解",
])
def test_right_upper_pain_over_8_hours_said_after_a_comma_is_urgent(text: str) -> None:
    urgency, rules = service_decide(text, 45, "F")
    assert urgency == "urgent" and "gallstone_pain_over_8_hours" in rules


@pytest.mark.parametrize("text", ["右上腹疼了两个小时，十个小时前吃的饭，一直疼", "右上腹疼了一会儿，八个小时了，没再疼过"])
def test_a_meal_ten_hours_ago_or_a_pain_that_stopped_is_no_long_pain(text: str) -> None:
    assert "pain_over_8_hours" not in current_codes(text)


# (3) t126z-021: a cold whose cough keeps a child up ("晚上咳得睡不好") is the cold's cough, not insomnia (NHS Common cold:
# a cold without a high temperature is looked after at home).
@pytest.mark.parametrize("text", [
    "6岁闺女感冒流鼻涕，晚上咳得睡不好，没发烧，白天照样吃饭玩耍",
    "孩子5岁，感冒了，流鼻涕，夜里咳嗽咳得睡不着，不发烧，精神挺好",
])
def test_a_cold_whose_cough_breaks_sleep_is_self_care(text: str) -> None:
    urgency, rules = service_decide(text, 6, "F")
    assert urgency == "self_care" and "common_cold_no_fever" in rules
    assert "insomnia" not in current_codes(text) and "cough" in current_codes(text)


@pytest.mark.parametrize("text", ["最近压力大，晚上睡不好，总是醒", "这一个月天天睡不着", "咳嗽，晚上睡不着，心里烦"])
def test_poor_sleep_said_on_its_own_stays_insomnia(text: str) -> None:
    assert "insomnia" in current_codes(text)
