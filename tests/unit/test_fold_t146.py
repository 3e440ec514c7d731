"""fold-t146: blind146 (a county hospital's 预检分诊台 and NHS 111) folded in, with two classes that span sets (reduced
fetal movements, t146e-012 and t148e-015; a tearing back pain or a burst aneurysm, t146z-016 and t148e-002): each class
with its look-alikes."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide, fired, service_decide

EMERGENT = {"emergency", "emergency_ambulance"}

# --- 1. reduced fetal movements after the pregnancy, however said, with the reassuring words around them (NHS Your
# baby's movements: call the midwife or maternity unit immediately, do not wait until the next day; it is a myth that
# babies move less towards the end of pregnancy; RCOG GTG57) ---


@pytest.mark.parametrize("text", [
    # t146e-012
    "Hiya, I'm 31 weeks pregnant with my first. Baby's normally really kicky in the evenings but I don't think I've felt "
    "anything since this morning. tried a cold drink and lying on my left side, nothing. Im sure shes just sleeping and I "
    "dont want to waste anyones time, just wanted to ask",
    # t148e-015
    "Quick question about heartburn in pregnancy, I'm 37 weeks and it's awful at night, what can I take? Also baby's been "
    "really quiet today, usually he goes mad after dinner but I've only felt a couple of little movements since this "
    "morning. I've read they slow down at the end though",
    "34 weeks pregnant and I haven't felt anything since last night",
    "32 weeks pregnant, the baby is much quieter than usual today",
    "30 weeks pregnant, baby's not as active as normal today",
    "I'm 35 weeks and the kicks feel weaker than normal",
    "I'm 38 weeks and I can't feel him moving",
    "I'm 29 weeks, only felt two kicks all day, normally she never stops",
    "39 weeks pregnant, movements have changed, they feel different and less strong",
    "I'm 36 weeks, baby hasn't been as active today",
    "37 weeks, not felt much from him today",
    "I'm 31 weeks, the baby has gone quiet since this morning",
    "I'm 33 weeks pregnant and I don't think the baby has moved today",
    "I'm 33 weeks, baby is usually very active but today she's been really quiet",
    "I'm 36 weeks and the baby has gone very still",
    "怀孕31周，宝宝今天特别安静，从早上到现在几乎没感觉到",
    "怀孕34周，今天一直没感觉到胎动",
    "怀孕33周，平时晚上踢得很欢，今天一整天都很安静",
    "怀孕35周，从昨晚到现在都没胎动",
    "怀孕36周，今天胎动不太明显",
    "怀孕30周，今天宝宝好像没什么动静",
    "怀孕34周，娃今天不怎么动",
    "孕38周，听说快生了胎动会变少，今天只感觉到动了两三下",
])
def test_reduced_fetal_movements_said_in_many_ways_is_an_emergency(text: str) -> None:
    urgency, rules = service_decide(text, 29, "F")
    assert urgency in EMERGENT and "reduced_fetal_movements" in rules


@pytest.mark.parametrize("text", [
    "I'm 31 weeks pregnant and the baby is kicking loads, just wanted to ask about heartburn",
    "I'm 34 weeks pregnant, baby moving normally, is it ok to take gaviscon",
    "I'm 35 weeks pregnant with reflux, baby is still kicking like mad",         # 'still' the adverb
    "I'm 30 weeks pregnant, baby's not quiet at all, kicking loads",              # denied
    "I'm 30 weeks pregnant, baby's movements are as strong as ever",
    "I'm 20 weeks pregnant, when should I start to feel the baby move?",        # a question about movements in general
    "I'm 38 weeks, is it normal for the baby to be quieter near the end?",
    "I'm 36 weeks, the baby was quiet yesterday but has been kicking normally all day today",
    "I'm 33 weeks pregnant and feel fine, I haven't felt anything unusual",      # no time said: not movements
    "I'm 32 weeks pregnant, I don't think I've felt any contractions",
    "I'm 34 weeks pregnant, I haven't felt sick since this morning",
    "I'm 35 weeks pregnant and the house has been really quiet since my husband went away",
    "I'm 32 weeks pregnant and my toddler has a cold, she's been really quiet today",   # someone else, no baby named
    "My 2 week old baby has been really quiet today and sleeping a lot",          # a baby already born
    "怀孕31周，胎动正常，就是烧心想问问能吃什么药",
    "怀孕20周了，什么时候能感觉到胎动？",
    "怀孕35周，宝宝今天动得很厉害",
    "宝宝出生两周了，今天特别安静一直在睡",
    "怀孕30周，想问一下胎动一般一天多少次算正常",
    "怀孕33周，今天家里很安静",
    "怀孕30周，男娃女娃都行，想问问吃什么好",
])
def test_reduced_fetal_movements_look_alikes(text: str) -> None:
    assert "reduced_fetal_movements" not in current_codes(text)
    assert "reduced_fetal_movements" not in service_decide(text, 29, "F")[1]


# --- 2. a tearing back pain (NHS Aortic dissection: sudden severe chest or upper back pain, described as tearing or
# ripping, call 999) or a burst aneurysm (NHS Abdominal aortic aneurysm: sudden severe tummy or back pain, sweaty, pale
# and clammy, call 999), told by a carer with a paracetamol question ---


@pytest.mark.parametrize("text", [
    # t148e-002
    "My dad's 74, he's been on the sofa moaning about his back for the last hour, says it came on all of a sudden like "
    "something tore. Now he's gone all sweaty and clammy and a bit grey. He had a scan for a 'bulge' on his main artery a "
    "while back I think. Should I give him paracetamol?",
    # t146z-016
    "刚才搬东西的时候后背正中间突然撕裂一样疼，一下子窜到胸口，出了一身冷汗。我有高血压，药吃得断断续续的。现在疼得动都不敢动",
    "My dad's 74, he's been moaning about his back for the last hour, came on all of a sudden, now he's sweaty and grey. "
    "Should I give him paracetamol?",
    "My husband is 70, he's been complaining of his back since lunch, it came on suddenly and he has a bulge on his main "
    "artery they're watching",
    "grandad says his back feels like something ripped inside, came on suddenly, he's clammy",
    "my back suddenly hurt like something tore, now I'm cold and sweaty",
    "我爸有高血压，刚才突然后背撕裂样剧痛，窜到胸口",
    "My dad has an aneurysm, a 'swelling' on his aorta, and suddenly he's got terrible back pain",
])
def test_tearing_back_pain_or_burst_aneurysm_is_an_ambulance(text: str) -> None:
    urgency, rules = service_decide(text, 70, "M")
    assert urgency == "emergency_ambulance"
    assert rules & {"aortic_dissection_signs", "burst_aortic_aneurysm_signs"}


@pytest.mark.parametrize("text", [
    "I felt something tear in my back lifting a box at work yesterday, it's sore when I bend",
    "my dad keeps moaning about his back garden being overgrown",
    "he's been complaining about his back for weeks, it's stiff in the mornings, no other problems",
    "后背酸了好几天了，没有撕裂样的疼，就是累",
    "my hamstring felt like something tore while sprinting",
])
def test_tearing_back_pain_look_alikes(text: str) -> None:
    assert not fired(text) & {"aortic_dissection_signs", "burst_aortic_aneurysm_signs"}
    assert service_decide(text, 70, "M")[0] != "emergency_ambulance"


# --- 3. misreads of blind146 ---


def test_ibuprofen_gel_still_niggly_is_no_hypo() -> None:
    # t146e-006: a knee after running; NHS Low blood sugar's glucose tablets or gel are sugar, ibuprofen gel is not
    text = ("knee's been achy for about a month since I upped my running mileage, pain at the front round the kneecap esp "
            "going down stairs. not swollen, not locking, walking fine. rested 2 weeks, ibuprofen gel, still niggly")
    assert "hypo_not_improving" not in current_codes(text)
    assert service_decide(text, 41, "M")[0] == "routine"
    assert "hypo_not_improving" in current_codes("my diabetic dad had glucose gel 15 minutes ago and he is still shaky")
    assert service_decide("type 1, had some dextrose tablets but my sugar is still not coming up, 2.9", 30)[0] == \
        "emergency_ambulance"


@pytest.mark.parametrize("text, vomit", [
    ("最近刷牙的时候牙龈老出血，吐出来的泡沫粉红粉红的，不疼", False),   # t146z-040: toothpaste spat out
    ("刷牙吐出来的牙膏沫里有血丝", False),
    ("孩子今天吐了三次，吐出来的都是水", True),
    ("刚吃的饭全吐出来了", True),
])
def test_what_is_spat_after_brushing_is_no_vomit(text: str, vomit: bool) -> None:
    assert ("vomiting" in current_codes(text)) is vomit


@pytest.mark.parametrize("text, dvt", [
    # t146e-013 (NHS DVT: a swollen, warm, painful calf, urgent GP or NHS 111)
    ("flew back from Thailand 3 days ago (12 hr flight). my right calf has been aching and now its swollen and warm and a "
     "bit red compared to the left. breathing fine, no chest pain. can this wait?", True),
    ("my left leg has been sore since the flight and now it is swollen and hot", True),
    ("my calf ached after running and now its fine", False),
    ("the table leg is wobbly and now its warped", False),
])
def test_calf_ache_then_now_its_swollen_is_possible_dvt(text: str, dvt: bool) -> None:
    assert ("possible_dvt" in service_decide(text, 52)[1]) is dvt


def test_migraines_said_as_they_five_or_six_times_a_month_are_a_gp_visit() -> None:
    # t146e-035: NHS Migraine, see a GP if migraines come more than 5 days a month
    text = ("I get migraines with the zigzag lights before, since I was a teenager, same as always. sumatriptan works but "
            "they're coming 5 or 6 times a month now so I wondered about something preventative? nothing new or different")
    assert "migraine_frequent" in current_codes(text)
    assert service_decide(text, 29, "F")[0] == "routine"
    usual = "one of my usual migraines with the zigzag lights, same as always, took my sumatriptan"
    assert "migraine_frequent" not in current_codes(usual)


@pytest.mark.parametrize("text, strain", [
    # t146e-036: NHS Chest pain, a strained chest muscle after lifting, worse on pressing or moving
    ("bit worried, got pain on the right side of my chest since moving house Saturday, lugging boxes all day. hurts when "
     "I twist or reach up and if I press on the spot. not short of breath, no sweating, otherwise fine. ibuprofen helps",
     True),
    ("pain in my chest since moving house Saturday, lugging boxes. hurts when I twist or reach up and if I press on it, "
     "and I'm sweating and breathless", False),
    ("pain in my chest since moving house, it hurts when I breathe in", False),
])
def test_chest_strain_with_twist_or_reach_and_if_i_press(text: str, strain: bool) -> None:
    urgency, rules = service_decide(text, 36, "M")
    assert ("chest_wall_strain" in rules) is strain
    if not strain:
        assert urgency in EMERGENT


@pytest.mark.parametrize("text, heartburn, burn", [
    ("昨晚吃了顿火锅，今天心口窝火辣辣地烧，往上返酸水，躺下更明显", True, False),   # t146z-015
    ("吃完饭老往上返酸水", True, False),
    ("厨房起火了，火烧到手上了", False, True),
    ("手被火燎了一下起了泡", False, True),
])
def test_huo_la_la_is_a_feeling_and_fan_suan_shui_is_heartburn(text: str, heartburn: bool, burn: bool) -> None:
    codes = current_codes(text)
    assert ("heartburn" in codes) is heartburn
    assert ("burn" in codes) is burn


def test_decide_agrees_on_the_reduced_movements_and_the_tearing_back() -> None:
    assert decide("I'm 36 weeks and she's been really quiet in there since this morning")[0] in EMERGENT
    assert decide("后背正中间突然撕裂一样疼，出了一身冷汗", 55)[0] == "emergency_ambulance"
