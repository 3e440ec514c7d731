"""dept36: department and level leftovers that earlier fixes could not take without breaking something else.

Each positive is a bench miss or a paraphrase of one (both languages) and fails on main; the look-alikes beside them
must keep their answer. Sources are on the patterns and routes (knowledge/symptoms.yaml, departments.yaml,
urgency_rules.yaml, tools/slots.py, tools/triage_engine.py).
"""

from __future__ import annotations

import pytest

from carebridge.tools.slots import parse_duration_days
from carebridge.tools.triage_engine import decide_urgency, route_department
from tests.triage_screen import group_and_urgency, service_facts


def specialty_group(text: str, age: float, sex: str | None = None) -> str:
    """The likely specialty's group (zh), which an emergency's department (急诊医学科) hides."""
    found, facts = service_facts(text, age, sex)
    urgency, _, _ = decide_urgency(found.present, facts)
    _, specialty = route_department(found.present, facts, urgency)
    assert specialty is not None
    return specialty.group_zh


# (text, age, sex, group, urgency)
FIXED = [
    # 1. a kidney infection with the pain in the back just under the ribs (NHS Urinary tract infections; NHS Kidney
    # infection): 内科 by the kidney_infection route, not the gallbladder's 外科
    ("It has burned when I pee for a few days, and now I have a fever, shivers and pain in my back just under the ribs "
     "on the right.", 27, "F", "内科", "urgent"),
    ("29F. Started with burning when peeing 3 days ago, now I've got a temp of 38.6, shivers and an ache in my back just "
     "under the ribs on the right. Feel rough but keeping fluids down.", 29, "F", "内科", "urgent"),
    ("Burning when I wee for 3 days, now a temperature of 38.5 and shivering, and a pain under my right ribs", 30, "F",
     "内科", "urgent"),
    ("尿频尿急，发烧打冷颤，后背右边肋骨下面一直疼", 30, "F", "内科", "urgent"),
    ("尿尿的时候火辣辣的，今天烧到38度5，一直发抖，右边肋骨下面往后背那块疼", 33, "F", "内科", "urgent"),
    ("这两天尿频尿痛，今天发烧39度还打寒战，右边肋骨底下疼", 26, "F", "内科", "urgent"),
    ("尿痛好几天了，今天发烧打寒战，右边肋骨下面疼", 35, "F", "内科", "urgent"),
    # 3. many small itchy spots with white heads after the gym, a swim or shaving (NHS Folliculitis: usually clears up on
    # its own, a pharmacist can help): self-care, 皮肤科, not a boil
    ("健身房回来后背和大腿上长了好多小红疙瘩，中间有个白头，有点痒，别的没啥。是毛囊炎吗，用啥药", 23, "M", "皮肤科", "self_care"),
    ("游完泳以后大腿和屁股上冒出好多小红疙瘩，每个中间都有个白头，痒痒的", 25, "F", "皮肤科", "self_care"),
    ("刮完腿毛以后腿上起了好多小红点，有的冒了脓头，痒", 28, "F", "皮肤科", "self_care"),
    ("tiny red bumps with a white head in the middle all over my chest after the hot tub, itchy", 31, "M", "皮肤科", "self_care"),
    # 4. painful blisters on one side of the forehead, scalp or face, near the eye (NHS Shingles: urgent GP or 111 if near
    # the eye)
    ("左边额头和头皮起了一片小水泡，疼得像针扎，左眼也有点红，这两天越长越多", 68, "F", "皮肤科", "urgent"),
    ("右边脑门和头皮长了一片小水疱，刺痛，右眼皮有点肿", 72, "M", "皮肤科", "urgent"),
    ("little blisters have come up on the left side of my forehead and into my scalp, stabbing pain like needles, and my "
     "left eye is a bit red", 70, "F", "皮肤科", "urgent"),
    ("a patch of small blisters on the right side of my face and scalp, it stings like needles and the right eye is red, "
     "getting more each day", 66, "M", "皮肤科", "urgent"),
    # 5. constipation last week, piles now: the week is the constipation's, not the piles' (NHS Piles: self-care first,
    # a GP if no better after 7 days of treatment)
    ("bit embarrassing. was constipated last week and now theres a soft lump at my bottom, itchy and sore when I go. "
     "no bleeding. 68", 68, "M", "外科", "self_care"),
    ("I had really bad constipation last week and now I've got a soft lump at my bottom, itchy when I wipe, no blood",
     45, "F", "外科", "self_care"),
    ("上周便秘，现在肛门口长了个软软的小肉球，痒，上厕所的时候疼，没出血", 52, "M", "外科", "self_care"),
]


@pytest.mark.parametrize(("text", "age", "sex", "group", "urgency"), FIXED)
def test_fixed(text: str, age: float, sex: str, group: str, urgency: str) -> None:
    assert group_and_urgency(text, age, sex) == (group, urgency)


# Look-alikes that keep their answer: (text, age, sex, group, urgency)
KEPT = [
    # the gallbladder's place with no urine symptoms stays general surgery's (departments.yaml gallbladder_site_pain)
    ("Pain under my right ribs after a fatty meal, and a fever", 45, "F", "外科", None),
    ("吃了油腻的东西后右边肋骨下面疼，有点发烧", 50, "F", "外科", None),
    ("pain under my ribs on the right after a fry-up, comes and goes, no fever", 48, "M", "外科", None),
    # the kidney's place said in other words, which main already routed to 内科
    ("尿尿的时候烧得慌好几天了，今天发烧38.7，打寒战，右边后背肋骨下面疼", 30, "F", "内科", "urgent"),
    ("尿频尿痛三天，今天发烧寒战，右侧腰背部肋骨下方疼", 41, "F", "内科", "urgent"),
    # one boil, hot and sore, keeps its level (NHS Boils; NHS Skin abscess)
    ("后背长了个大疙瘩，这两天红肿发热，一碰就疼，中间有个白头，不发烧", 40, "M", "外科", "urgent"),
    ("脖子后面长了个疖子，中间有脓头，很疼", 35, "M", "外科", "urgent"),
    ("I've got a big painful lump on the back of my neck, red and hot, with a white head in the middle and a temperature",
     38, "M", "外科", "urgent"),
    ("a boil on my bum that's really sore with a yellow head on it", 29, "M", "外科", "urgent"),
    # the piles' own length still counts
    ("was constipated last week and now there's a soft lump at my bottom, it's been there for 10 days, itchy", 60, "F",
     "外科", "routine"),
]


@pytest.mark.parametrize(("text", "age", "sex", "group", "urgency"), KEPT)
def test_kept(text: str, age: float, sex: str, group: str, urgency: str | None) -> None:
    got_group, got_urgency = group_and_urgency(text, age, sex)
    assert got_group == group
    if urgency is not None:
        assert got_urgency == urgency


# A burn's blisters on one side of the face stay the serious burn at A&E (blind75 t75z-014, blind84 t84z-014; NHS Burns
# and scalds), with the burns surgeons as the specialty, whatever pain is said with them.
BURNS = [
    ("做饭的时候油锅溅起来烫到脸了，左边脸颊起了两个水泡，火辣辣的疼。眼睛没事", 45, "F"),
    ("炸东西油溅出来烫到脸上，左边脸颊和下巴起了好几个水泡，冲了凉水还是疼得厉害", 34, "F"),
    ("hot oil from the pan spat at me and now there are blisters on the left side of my face, burning pain", 40, "M"),
    ("I scalded my face with boiling water from the kettle, blisters on the right side of my face, stinging", 30, "F"),
]


@pytest.mark.parametrize(("text", "age", "sex"), BURNS)
def test_burn_blisters_stay_burns(text: str, age: float, sex: str) -> None:
    found, _ = service_facts(text, age, sex)
    assert "shingles_one_side" not in found.present
    assert group_and_urgency(text, age, sex) == ("急诊医学科", "emergency")
    assert specialty_group(text, age, sex) == "外科"


def test_bumps_with_white_heads_are_no_head_injury() -> None:
    found, _ = service_facts("tiny red bumps with a white head in the middle all over my chest after the hot tub, itchy", 31)
    assert "head_injury" not in found.present
    found, _ = service_facts("bumped my head on the kitchen cupboard", 31)
    assert "head_injury" in found.present


@pytest.mark.parametrize(("text", "days"), [
    ("bit embarrassing. was constipated last week and now theres a soft lump at my bottom", None),
    ("I had a bad cold last week and now I have got an earache", None),
    ("上周便秘，现在肛门口长了个软软的小肉球", None),
    ("三天前拉肚子，现在屁股上长了个包", None),
    # the same complaint, or a start that goes on, keeps its length
    ("Hurt my ankle last week and now it is swollen", 7.0),
    ("had a cough since last week and now there is a fever", 7.0),
    ("started coughing 3 days ago and now theres green phlegm", 3.0),
    ("上周开始便秘，现在肛门长了个包", 7.0),
    ("前天开始咳嗽，现在发烧了", 2.0),
    ("上周便秘，现在肛门口长了个小肉球，已经三天了", 3.0),
])
def test_earlier_complaint_dates_itself(text: str, days: float | None) -> None:
    assert parse_duration_days(text) == days


def test_food_coloured_pee_stays_internal_medicine() -> None:
    # item 2 left as it is: 8 of the 11 adult food-coloured pee vignettes in bench/ label 内科 (2 外科, 1 全科)
    assert group_and_urgency("my pee was pink this morning!! but i did eat a big beetroot salad last night. no pain, "
                             "feel totally fine", 55, "M") == ("内科", "self_care")
