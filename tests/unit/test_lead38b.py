"""lead38b: the leftovers of blind129, blind130 and blind132 (pregnancy and after birth, injuries, a newborn girl).

Each case names the public source its reading cites; the look-alikes beside it must not fire.
"""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, fired, service_decide


# blind132 t132z-031: a crash dated weeks back is history (lexicon EVENT_WEEKS_PAST_CUES, symptoms.yaml
# dated_event_findings); ESI v4 / NICE NG41 read the mechanism for an injury assessed now, NHS PTSD sends problems four
# weeks after a traumatic event to the GP.
@pytest.mark.parametrize("text", [
    "一个月前出了次车祸 人没啥大事 可打那以后老做噩梦梦见撞车 现在一坐车就心慌出汗 车都不敢开了",
    "三周前出了车祸，现在一坐车就紧张",
    "上个月出过一次车祸，这两天老想起那个画面",
    "I was in a car crash a month ago, since then I get panicky in cars",
    "was in a car accident 2 weeks ago and now i cant stop having flashbacks",
])
def test_a_crash_dated_weeks_back_is_not_major_trauma_today(text: str) -> None:
    assert "major_trauma" not in fired(text)
    assert "major_trauma" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "刚才出了车祸，腿很疼",
    "两天前出了车祸，今天肚子越来越疼，头晕",
    "car crash last week, neck sore",
    "a month ago I was fine, today I was in a car crash",
])
def test_a_crash_today_or_days_back_stays_major_trauma(text: str) -> None:
    assert "major_trauma" in fired(text)


@pytest.mark.parametrize("text", [
    "一个月前出了次车祸 人没啥大事 可打那以后老做噩梦梦见撞车 现在一坐车就心慌出汗 车都不敢开了",
    "出车祸以后晚上总梦到出车祸那一幕",
    "since the crash i keep having bad dreams about the accident",
    "I keep dreaming about the accident",
])
def test_nightmares_of_the_event_are_the_event_relived(text: str) -> None:
    assert "trauma_reliving" in current_codes(text)


@pytest.mark.parametrize("text", ["昨晚做了个噩梦，梦见考试没考好", "i had a weird dream last night"])
def test_a_nightmare_alone_is_no_event_relived(text: str) -> None:
    assert "trauma_reliving" not in current_codes(text)


def test_the_month_old_crash_goes_to_the_gp_and_psychiatry() -> None:
    text = "一个月前出了次车祸 人没啥大事 可打那以后老做噩梦梦见撞车 现在一坐车就心慌出汗 车都不敢开了"
    assert service_decide(text, 34, "F")[0] == "routine"


# blind132 t132z-024: NHS Animal and human bites: a bite from a person that broke the skin needs help the same day.
@pytest.mark.parametrize("text", [
    "昨晚跟人起冲突 手背被对方咬了一口 破皮出血了 今天有点红",
    "打架的时候胳膊被对方咬破了",
    "got into a fight last night and the other guy bit my hand, skin is broken and its a bit red",
    "some drunk bit my arm at the bar, it drew blood",
])
def test_a_bite_from_the_other_side_of_a_fight_is_a_human_bite(text: str) -> None:
    assert service_decide(text, 24, "M") == ("urgent", {"human_bite"})


@pytest.mark.parametrize("text", [
    "被朋友家的狗咬了一口，破皮出血了",
    "the other guy bit my hand but it didnt break the skin",
    "手被对方咬了一下，没破皮",
])
def test_an_animal_bite_or_unbroken_skin_is_not_a_human_bite(text: str) -> None:
    assert "human_bite" not in current_codes(text)


# blind132 t132z-023: NHS Broken finger or thumb: after an injury, a swollen, bruised finger that is stiff or hard to move
# needs advice from 111 now.
@pytest.mark.parametrize("text", [
    "儿子12岁 打篮球接球戳到右手中指了 中间那个关节肿得老高 青紫 弯不了",
    "接球的时候手指被戳了一下，肿了，伸不直了",
    "打排球戳到无名指，关节青紫，弯不下去",
])
def test_a_jammed_finger_that_will_not_bend_is_an_injured_limb_not_used(text: str) -> None:
    assert service_decide(text, 12, "M") == ("urgent", {"injured_limb_not_used"})


@pytest.mark.parametrize("text", ["搬东西闪了腰，腰弯不了", "手指有点僵，早上弯不了，没受伤"])
def test_a_back_or_an_uninjured_finger_is_not_that_rule(text: str) -> None:
    assert "injured_limb_not_used" not in service_decide(text, 40, "F")[1]


# blind130 t130e-033: NHS Pelvic organ prolapse (heaviness or dragging, a bulge at the entrance): not low mood, not a
# postural headache.
@pytest.mark.parametrize("text", [
    "since my third baby ive had a dragging heavy feeling down below and by the evening theres a soft bulge i can feel at the entrance, it goes back in when i lie down",
    "heavy dragging feeling down there by the end of the day",
])
def test_a_dragging_feeling_down_below_is_a_prolapse_sign_not_low_mood(text: str) -> None:
    codes = current_codes(text)
    assert "gyn_symptoms" in codes
    assert "low_mood" not in codes and "postural_headache" not in codes


@pytest.mark.parametrize("text", ["ive been feeling down all the time since the baby", "feeling low most days"])
def test_feeling_down_is_still_low_mood(text: str) -> None:
    assert "low_mood" in current_codes(text)


# blind132 t132e-034: NHS Perforated eardrum (muffled hearing, ringing; see a GP); "nothing coming out of it" is no muddle.
@pytest.mark.parametrize("text", [
    "got hit on the ear by a cricket ball 2 days ago, the pain has gone but that ear sounds muffled and theres a bit of ringing. nothing coming out of it",
    "my left ear feels muffled since the slap",
])
def test_a_muffled_ear_is_a_hearing_problem_and_not_muddled(text: str) -> None:
    codes = current_codes(text)
    assert "hearing_problem" in codes and "muddled" not in codes


@pytest.mark.parametrize("text", ["he seems totally out of it after the fall", "she's out of it and hard to wake"])
def test_out_of_it_said_of_a_person_still_reads(text: str) -> None:
    assert "confusion" in current_codes(text) or "muddled" in current_codes(text)


# blind130 t130e-048: NHS Piles: bright red blood after a poo, on the paper.
@pytest.mark.parametrize("text", [
    "5 weeks after giving birth, i have a sore lump around my bum that bleeds a bit bright red on the paper when i go",
    "it bled a little on the toilet paper when i wiped",
])
def test_bleeding_on_the_paper_is_rectal_bleeding(text: str) -> None:
    assert "rectal_bleeding" in current_codes(text)


def test_a_nose_bled_on_the_paper_is_not_rectal_bleeding() -> None:
    assert "rectal_bleeding" not in current_codes("my nose bled on the paper when i blew my nose")


# blind130 t130e-042: NHS Vaginal discharge (pregnancy): more discharge, thin, clear or milky white, no smell: normal.
@pytest.mark.parametrize("text", [
    "16 wks, noticed loads more white discharge than normal, thin and milky, doesnt smell and no itching or soreness",
    "im 20 weeks pregnant and have a lot more clear discharge than before, no smell",
    "怀孕5个月，白带比平时多了，白色稀稀的，没有异味也不痒",
    "怀孕20周，白带变多了，是透明的，没有味道",
])
def test_more_white_discharge_in_pregnancy_is_self_care(text: str) -> None:
    assert service_decide(text, 29, "F") == ("self_care", {"pregnancy_discharge_normal"})


@pytest.mark.parametrize("text", [
    "20 weeks pregnant, more white discharge than usual, it smells fishy",
    "im 12 weeks pregnant and have lots more clear discharge, bit itchy down there",
    "16 weeks, more white discharge and some brown spotting",
    "怀孕20周，白带变多了，白色的，有点腥味",
    "怀孕30周，白带多了，白色的，肚子有点疼",
    "怀孕28周，白带多了，白色的，尿尿的时候疼",
    "more white discharge than usual, thin and milky",
])
def test_a_warning_sign_or_no_pregnancy_keeps_the_discharge_off_self_care(text: str) -> None:
    assert "pregnancy_discharge_normal" not in service_decide(text, 29, "F")[1]


# blind129 t129z-043: NHS What your newborn baby looks like: a little vaginal bleeding in a newborn girl's first days.
@pytest.mark.parametrize("text", [
    "女儿出生第5天，今天换尿布发现上面有一点点血丝，是从下面出来的，吃奶睡觉都挺好的",
    "闺女生下来第4天，尿不湿上有点血，好像是从下面出来的",
    "my daughter is 5 days old, a little spot of blood in her nappy, looks like its coming from down there, feeding fine",
])
def test_a_newborn_girls_streak_from_down_there_is_the_mothers_hormones(text: str) -> None:
    assert service_decide(text, 0, "F") == ("self_care", {"newborn_hormone_effects"})


@pytest.mark.parametrize("text", [
    "女儿出生第5天，尿布上有血丝，是从下面出来的，发烧38度5",
    "女儿出生第5天，尿布上有血丝，是从下面出来的，不怎么吃奶",
])
def test_a_newborn_bleed_with_a_warning_sign_is_not_self_care(text: str) -> None:
    assert service_decide(text, 0, "F")[0] != "self_care"
