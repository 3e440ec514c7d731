"""Stop 37, the lead's part of blind129 (a representative week) and what it turned up.

- "往左转头很疼" is pain on turning the head (a stiff neck, 落枕), not a headache: the intensifier form of the headache
  pattern ("头很疼") lacked the look-behind its bare form has (blind129 t129z-036 went to 神经内科).
- Growing pains said with the calves ("两条小腿疼"), and a limp is on NHS Growing pains' see-a-GP list.
- A calf that hurts and then swells in its own clause ("一条小腿疼，肿了") is a swollen leg, not nothing (with a fever it
  had been a common cold, self-care).
"""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, reasons


@pytest.mark.parametrize("text", [
    "早上起来脖子落枕了，往左转头很疼，手不麻，也没摔过碰过",  # t129z-036
    "睡了一觉脖子僵了，回头好疼",
    "落枕两天了，低头特别疼",
])
def test_turning_the_head_hurts_is_the_neck_not_a_headache(cb, text: str) -> None:
    out = cb.triage_once(text, age=34, sex="F")
    assert "simple_headache" not in reasons(out)
    assert out["department"]["group_zh"] != "神经内科"


@pytest.mark.parametrize("text", ["这两天头很疼，吃了药也不管用", "头好疼，一跳一跳的"])
def test_a_headache_said_with_an_intensifier_is_still_read(text: str) -> None:
    assert "headache" in current_codes(text)


@pytest.mark.parametrize("text", [
    "儿子6岁，这个月有好几次晚上睡觉前喊两条小腿疼，揉揉就睡着了，白天跑跳一点事没有，不肿也不瘸",  # t129z-045
    "女儿7岁，晚上睡前老说小腿疼，给她揉揉就睡着了，白天好好的",
    "孩子夜里老喊两个小腿酸，按摩一下就睡了，白天跑跳都正常",
])
def test_growing_pains_said_with_the_calves(cb, text: str) -> None:
    out = cb.triage_once(text, age=6, sex="M")
    assert (out["urgency"], reasons(out)) == ("self_care", ["growing_pains"])


@pytest.mark.parametrize("text", [
    "女儿7岁，晚上睡前老说小腿疼，给她揉揉就睡着了，白天走路有点瘸",
    "my son is 7, both his legs ache at night and I rub them, but he has been limping in the day",
])
def test_growing_pains_with_a_limp_is_not_self_care(cb, text: str) -> None:
    out = cb.triage_once(text, age=7, sex="F")
    assert out["urgency"] != "self_care"


@pytest.mark.parametrize("text", ["儿子晚上喊一条小腿疼，肿了，发烧", "左边小腿疼，还肿起来了，坐了十几个小时飞机"])
def test_a_calf_that_hurts_then_swells_is_a_swollen_leg(cb, text: str) -> None:
    out = cb.triage_once(text, age=8, sex="M")
    assert "leg_swelling_one" in current_codes(text)
    assert out["urgency"] in ("urgent", "emergency", "emergency_ambulance")
