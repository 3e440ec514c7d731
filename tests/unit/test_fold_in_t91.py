"""blind91 (a representative week at the pre-consultation desk): no emergency under-triaged on the first look; its
over-triaged self-care and routine cases and its department misses, each read as a family, with the near misses that
must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide, department_group


# (1) A heavy nosebleed that stopped, then "again" said of the child, not the bleeding ("现在又跑去玩了", "running
# around again"): NHS Nosebleed, treat at home; A&E only if it lasts over 10 to 15 minutes, is heavy now or comes back.
@pytest.mark.parametrize("text", [
    "儿子挖鼻孔流了好多血，捏着鼻子按了十分钟止住了，现在又蹦又跳的",
    "孩子鼻子流了很多血，按了一会儿就止住了，这会儿又去看电视了",
    "her nose was pouring with blood, it stopped after 10 minutes of pinching, now she's running around again",
    "his nose bled loads all over the floor, it stopped when I pinched it. He's back to playing again",
])
def test_a_stopped_nosebleed_then_a_child_playing_again_is_not_bleeding_again(text: str) -> None:
    assert "heavy_bleeding" not in current_codes(text)
    urgency, _ = decide(text, age=6)
    assert urgency not in ("emergency", "emergency_ambulance")


@pytest.mark.parametrize("text", [
    "鼻子流了好多血，按了五分钟止住了，过了一会儿又流了",
    "鼻子流了好多血，捏了一会儿止住了，现在又冒血了",
    "鼻子流了好多血，按了十分钟止住了，刚才又开始了",
    "nose was pouring with blood, it stopped after 10 minutes, but now it's started again",
    "nose was pouring with blood, it stopped after 10 minutes of pinching, then it came back",
])
def test_a_stopped_nosebleed_that_started_again_is_still_heavy_bleeding(text: str) -> None:
    assert "heavy_bleeding" in current_codes(text)
    urgency, _ = decide(text, age=6)
    assert urgency == "emergency"


# (2) Flashes or floaters, when they began, then a shadow or curtain, in one long sentence (NHS Retinal detachment: A&E
# or eye casualty, not a 999 stroke).
@pytest.mark.parametrize("text", [
    "I keep seeing flashes of light in my left eye, started two days ago at work, and today a grey shadow is coming across from the top",
    "lots of floaters in my right eye since Saturday evening after gardening, and this afternoon a dark curtain is coming down over it",
])
def test_flashes_then_a_curtain_in_one_long_sentence_is_a_retinal_detachment(text: str) -> None:
    urgency, rules = decide(text, age=60)
    assert urgency == "emergency" and "retinal_detachment" in rules


@pytest.mark.parametrize("text", ["new floaters in one eye since last week, no shadow or curtain at all",
                                  "I get flashing lights before a migraine sometimes, as I always have"])
def test_floaters_or_flashes_without_a_curtain_are_not_a_retinal_detachment(text: str) -> None:
    _, rules = decide(text, age=60)
    assert "retinal_detachment" not in rules


# (3) A blistering rash named first, where and since when, then the strip or the one side (NHS Shingles: urgent GP if
# on the face or near the eye).
@pytest.mark.parametrize("text", [
    "blistering rash came up on the left side of my chest yesterday, in a band round to my back, really painful",
    "blistery spots on my forehead and scalp since Monday, on one side only, burning and tingling",
    "blistered rash on my right side under the ribs since the weekend, in a strip, stings like mad",
])
def test_a_blistering_rash_then_a_strip_or_one_side_is_shingles(text: str) -> None:
    assert "shingles" in current_codes(text)
    assert decide(text, age=60)[0] == "urgent"


@pytest.mark.parametrize("text", ["blistering rash on both hands after gardening, no line or strip, itchy",
                                  "blistering rash all over his body, on both sides",
                                  "blistered my hand on the oven, a strip of skin is red"])
def test_a_blistering_rash_on_both_sides_or_a_burn_is_not_shingles(text: str) -> None:
    assert "shingles" not in current_codes(text)


# (4) The checks of an NHS Health Check asked for by name, with nothing wrong: a routine booking at 全科医疗科.
@pytest.mark.parametrize("text", [
    "I'm 55, feel fine, would like to get my cholesterol and blood pressure checked",
    "nothing wrong with me, I just want my blood sugar and cholesterol tested",
    "我45岁，身体没什么不舒服，想查一下血压、血脂和血糖",
    "没啥毛病，就是想去测一下血糖和血脂",
])
def test_asking_for_blood_pressure_cholesterol_or_sugar_checks_is_a_health_check(text: str) -> None:
    assert "health_check" in current_codes(text)
    assert department_group(text, age=50) == "全科医疗科"


@pytest.mark.parametrize("text", ["my blood pressure was checked yesterday and it was 150/95",
                                  "血糖测了一下是12，口渴得厉害", "我血压查出来高"])
def test_a_reading_already_taken_is_not_a_health_check_request(text: str) -> None:
    assert "health_check" not in current_codes(text)


# (5) A child's signs of short sight said in everyday words: not seeing the board, sitting close to the TV with no 得
# (NHS Short-sightedness: book an eye test at an opticians), routine, not a new vision change.
@pytest.mark.parametrize("text", [
    "孩子上课看不清黑板",
    "闺女9岁，老说看不清黑板，看电视老凑很近",
    "儿子看平板贴很近，眯着眼看",
    "my 9 year old says he can't see the board at school any more",
])
def test_a_child_not_seeing_the_board_or_sitting_close_to_the_tv_is_short_sight(text: str) -> None:
    assert "refractive_error" in current_codes(text)
    assert decide(text, age=9)[0] == "routine"


@pytest.mark.parametrize("text", ["孩子今天突然一只眼看不清了", "孩子眼睛被球砸了一下，现在看不清黑板了"])
def test_a_sudden_or_injured_eye_that_cannot_see_stays_urgent_or_worse(text: str) -> None:
    assert decide(text, age=9)[0] in ("urgent", "emergency", "emergency_ambulance")


# (6) A baby of 3 to 6 months whose temperature is said only as values under 38C: no high temperature (NHS High
# temperature (fever) in children, NICE NG143 amber is 39C or more at 3 to 6 months); after the jabs, self-care.
@pytest.mark.parametrize("text", [
    "宝宝4个月，昨天打了疫苗，今天低烧37.5，吃奶正常",
    "宝宝5个月，前天打完疫苗，体温37度6，精神挺好",
    "5 month old had her jabs yesterday, temp 37.9 this morning, feeding fine",
])
def test_a_babys_temperature_under_38_after_the_jabs_is_self_care(text: str) -> None:
    assert "temperature_below_38" in current_codes(text)
    assert decide(text, age=0.4)[0] == "self_care"


@pytest.mark.parametrize("text", [
    "宝宝5个月，打了疫苗，昨天37.8，今天烧到39度",
    "宝宝5个月，发烧38.5度",
    "my 5 month old has a temperature of 100.8F after his jabs",
    "宝宝5个月，发烧了，摸着烫",
])
def test_a_babys_temperature_of_38_or_more_or_unmeasured_stays_urgent(text: str) -> None:
    assert "temperature_below_38" not in current_codes(text)
    assert decide(text, age=0.4)[0] == "urgent"


@pytest.mark.parametrize("text", ["宝宝2个月，低烧37.8", "my 7 week old has a fever of 38.2"])
def test_a_baby_under_3_months_is_left_to_the_infant_fever_red_flag(text: str) -> None:
    urgency, rules = decide(text, age=0.15)
    assert urgency == "emergency" and "infant_fever" in rules


def test_a_measured_temperature_under_38_in_a_young_baby_is_no_fever() -> None:
    # Changed in staging (stop 28): fold-t93b reads a temperature under 38C as no fever, as NICE NG143 and NHS Fever in
    # children define it (a baby under 3 months with 38C or more: the infant fever red flag); "低烧" said by the parent
    # stays a fever (above). The old case "a temperature of 37.9" assumed the fever reading.
    assert "infant_fever" not in decide("my 7 week old has a temperature of 37.9", age=0.15)[1]


@pytest.mark.parametrize("text", ["I'm 37 weeks pregnant", "she is 38 years old and 37.5 kg"])
def test_a_number_that_is_no_temperature_is_not_read_as_one(text: str) -> None:
    assert "temperature_below_38" not in current_codes(text)
