"""blind62 (working-age adults: injuries at work, on the road and at home, burns, travel, sexual and men's health,
mental-health crises, ordinary self-care): what its first look missed, read for what it says, with the near-misses
that must not change."""

from __future__ import annotations

from functools import partial

import pytest

from tests.triage_screen import current_codes, decide, department_group

# The department group (zh) the rules send one message to, at this file's usual age unless a test gives one.
_group = partial(department_group, age=35)


# --- A cut split open by a fall or knock, with something white showing: A&E (NHS Cuts and grazes) ---

@pytest.mark.parametrize("text", [
    "下楼梯摔了一跤，小腿磕开了一道挺长的口子，往里面能看到白白的东西，血已经止住了",
    "额头撞破了一个口子，能看到里面发白的组织",
    "Fell off my bike and cut my knee open, it's gaping and I can see white stuff inside",
])
def test_a_split_open_cut_with_white_tissue_showing_is_an_emergency(text: str) -> None:
    assert decide(text, age=35) == ("emergency", {"deep_wound_or_numb"})


def test_a_knocked_open_cut_without_deep_signs_is_a_wound_to_close() -> None:
    assert decide("膝盖磕开一个口子，流了点血，不深", age=35)[0] == "urgent"


def test_a_knock_with_no_cut_is_no_wound() -> None:
    assert "wound" not in current_codes("膝盖磕了一下，有点青，没破皮")


def test_a_gaping_cut_with_numb_fingers_is_an_emergency() -> None:
    # hen-016's presentation: loss of feeling near the wound (NHS Cuts and grazes), no longer a known miss
    text = "Cut my palm on a broken glass, the cut gapes open and my ring finger has gone numb since"
    assert decide(text, age=40) == ("emergency", {"deep_wound_or_numb"})


# --- "Sliced the tip of my thumb" is a cut on the tip; only "...off" takes it off ---

def test_slicing_the_tip_of_a_finger_is_a_cut_not_an_amputation() -> None:
    text = "sliced the tip of my finger with the vegetable knife, it stopped bleeding after a few minutes of pressure"
    assert "amputation" not in current_codes(text)
    assert decide(text, age=30) == ("self_care", {"minor_skin"})


@pytest.mark.parametrize("text", ["I sliced the tip of my thumb off with the mandoline",
                                  "cut the end of my finger clean off on the bacon slicer"])
def test_the_tip_cut_off_stays_an_amputation(text: str) -> None:
    assert "amputation" in current_codes(text)


@pytest.mark.parametrize("text", ["剁排骨剁到手指了，口子不到一厘米，按了几分钟就不流血了",
                                  "the nick is only a few mm and the edges stay closed"])
def test_a_cut_under_a_centimetre_is_a_minor_cut(text: str) -> None:
    codes = current_codes(text)
    assert "minor_cut" in codes and "wound" not in codes


def test_a_longer_cut_stays_a_wound() -> None:
    assert "wound" in current_codes("切菜切到手指了，口子有两三厘米长")


# --- Heartburn said as "burning up my chest with a sour taste" (NHS Heartburn and acid reflux) ---

def test_burning_up_the_chest_with_a_sour_taste_is_heartburn() -> None:
    text = "after a takeaway and some beers I had a burning feeling up my chest with a sour taste, I'm fine this morning"
    assert decide(text, age=40) == ("self_care", {"minor_digestive"})


def test_a_burning_chest_without_the_sour_taste_stays_chest_pain() -> None:
    assert "chest_pain" in current_codes("a burning feeling across my chest and my left arm aches")


# --- Fever after being in an area with malaria: urgent (NHS Malaria) ---

@pytest.mark.parametrize("text", [
    "Just got back from working in Ghana, since last night I've had a temperature and shivers and a headache",
    "上个月从尼日利亚回来，这两天发冷发烧，头疼",
])
def test_fever_after_a_malaria_area_is_urgent(text: str) -> None:
    assert decide(text, age=40) == ("urgent", {"malaria_travel_fever"})


@pytest.mark.parametrize("text", ["cold with a temperature and a runny nose, haven't been abroad",
                                  "my brother lives in Kenya; I've a cold and a temperature"])
def test_a_fever_without_travel_to_a_malaria_area_stays_a_cold(text: str) -> None:
    assert "malaria_travel_fever" not in decide(text, age=40)[1]


def test_travel_without_a_fever_is_no_malaria_rule() -> None:
    assert "malaria_travel_fever" not in decide("back from Tanzania, feeling great, no fever", age=40)[1]


# --- "If I were dead it would all be over", no plan: urgent same-day help (NHS Help for suicidal thoughts) ---

@pytest.mark.parametrize("text", [
    "最近老想着要是死了就解脱了，但是没打算做什么，想找医生聊聊",
    "I keep thinking if I was dead it would all be easier, but I don't have any plans to do anything",
])
def test_a_passive_death_wish_without_a_plan_is_urgent(text: str) -> None:
    assert decide(text, age=35) == ("urgent", {"passive_suicidal_thoughts"})


def test_a_passive_death_wish_with_pills_saved_stays_an_emergency() -> None:
    assert decide("要是死了就一了百了，药我已经攒好了", age=35)[0] == "emergency"


def test_denying_the_thought_is_no_death_wish() -> None:
    assert "death_wish" not in current_codes("我从来没有想过要是死了就一了百了")


# --- A nail or wire driven into the hand or foot is a wound (NHS Cuts and grazes; Tetanus) ---

@pytest.mark.parametrize("text", ["工地上被钉子扎了脚底，扎得挺深", "stood on a rusty nail in the shed this morning"])
def test_a_puncture_from_a_nail_is_a_wound(text: str) -> None:
    assert decide(text, age=40) == ("urgent", {"wound_needs_care"})


def test_nearly_being_pricked_is_no_wound() -> None:
    assert "wound" not in current_codes("差点被铁丝扎了手，还好躲开了")


# --- Ordinary self-care said in everyday words ---

@pytest.mark.parametrize(("text", "group"), [
    ("bent down to pick up the kids' toys and my lower back went, stiff but walking fine, no numbness", "back_or_neck_strain"),
    ("took the roasting pan out without an oven glove and there's a red mark on two fingers that stings, no blisters",
     "minor_burn"),
    ("bit burnt from the pool yesterday, shoulders red and sore, no blisters", "minor_skin"),
    ("back from Japan three days ago and I'm wide awake at 4am then falling asleep at my desk", "short_insomnia"),
    ("去欧洲旅游回来，半夜三点精神得很，白天又困", "short_insomnia"),
    ("was digging the garden in the midday heat and felt dizzy and sweaty; half an hour in the shade with water and I'm fine",
     "heat_exhaustion_recovering"),
    ("在工地上晒了三个小时，头晕想吐，歇了一会喝了水就好了", "heat_exhaustion_recovering"),
    ("got a speck of dust in my eye cycling, rinsed it out, a bit watery but I can see fine", "minor_eye_irritant"),
    ("洗澡的时候沐浴露流进眼睛里了，冲了一下，有点红，看得清楚", "minor_eye_irritant"),
    ("whacked my finger with a hammer hanging a picture, it's bruised but bends fine", "minor_bruise"),
    ("锤子砸到大拇指了，青了一块，能弯", "minor_bruise"),
    ("这几天一到傍晚头两边就紧紧的，像戴了个紧箍，睡一觉就好", "simple_headache"),
])
def test_self_care_said_in_everyday_words(text: str, group: str) -> None:
    assert decide(text, age=35) == ("self_care", {group})


@pytest.mark.parametrize("text", [
    "sand blew into my eye and now it really hurts and my sight is blurry",
    "沙子迷了眼，揉了以后看东西模糊",
])
def test_something_in_the_eye_with_changed_sight_is_urgent(text: str) -> None:
    assert decide(text, age=35)[0] == "urgent"


@pytest.mark.parametrize("text", ["splashed bleach in my eye, rinsed it, still burning",
                                  "刷墙的时候石灰溅进右眼了，冲了水还是疼",
                                  "水泥灰进眼睛了，用水冲过"])
def test_a_chemical_in_the_eye_is_no_minor_irritant(text: str) -> None:
    assert "eye_minor_irritant" not in current_codes(text)
    assert decide(text, age=35)[0] == "emergency"


def test_lifting_without_the_back_going_is_no_back_pain() -> None:
    assert "back_pain" not in current_codes("lifted a box of books, no problems")


def test_a_tray_grabbed_without_a_glove_with_nothing_after_is_no_burn() -> None:
    assert "burn" not in current_codes("grabbed the pan handle without a cloth, no burn luckily")


def test_someone_else_back_from_abroad_is_no_jet_lag() -> None:
    assert "jet_lag" not in current_codes("my husband is back from Dubai, I'm awake at 3am with the baby")


def test_a_tight_shoelace_is_no_headache() -> None:
    assert "headache" not in current_codes("鞋带系得紧紧的")


def test_dry_eyes_not_helped_by_drops_is_routine() -> None:
    assert decide("眼睛干涩，滴了一个礼拜人工泪液也没见好", age=35)[0] == "routine"
    assert "dry_eye_not_helped" not in current_codes("eye drops helped a lot, eyes fine now")


# --- Departments ---

@pytest.mark.parametrize(("text", "group"), [
    ("sunburnt on holiday, big blisters on my back and now I'm shivery with a temperature", "皮肤科"),
    ("右边腰上一串小水泡，带子一样，疼了好几天，有点发烧", "皮肤科"),
    ("手指被划了个口子，现在口子里有脓，周围红肿发烫", "外科"),
    ("for a few months I've had trouble to get or keep an erection", "外科"),
    ("和老婆那方面总是力不从心，硬不起来", "外科"),
    ("had unprotected sex with someone new last month, want an STI test", "皮肤科"),
    ("半年前有过一次没戴套，想检查一下艾滋和梅毒", "皮肤科"),
    ("I'm drinking most of a bottle of vodka every night and I want help cutting down", "精神科"),
    ("想戒酒，自己戒不掉", "精神科"),
    ("my wrists ache all day from typing, probably RSI", "外科"),
])
def test_departments_for_what_is_named(text: str, group: str) -> None:
    assert _group(text) == group


def test_no_sti_check_without_the_test_or_the_exposure() -> None:
    assert "sti_check" not in current_codes("used a condom, no symptoms, just asking about the flu jab")
    assert "alcohol_concern" not in current_codes("I don't drink much, a glass of wine at weekends")
