"""recall37b: emergencies said in other words (the blind3 paraphrase bank's misses in twelve families, and the same causes
in the older banks), each cause closed as a class of wordings on the source its rule already names, with benign
look-alikes that must stay non-emergent.

Every case goes through the deterministic screen the paraphrase banks use (lexicon + rules, no age or sex given: an
age must come from the text), as `bench/eval_paraphrases.py` does. The phrasings are our own, in words the banks do
not use."""

from __future__ import annotations

import pytest

from tests.triage_screen import bank_decide

EMERGENT = {"emergency", "emergency_ambulance"}


def screen(text: str) -> tuple[str, set[str]]:
    urgency, flags, _ = bank_decide(text)
    return urgency, set(flags)


# Each positive names the red flag it must raise; each look-alike must stay below the emergency tier.
POSITIVES = [
    # (1) NICE NG240, NHS Meningitis: a fever with a stiff neck, the stiffness said by its effect (a cry or pain when
    # the head is tipped forward) or 'stiff in the neck'
    ("temperature of 39 and she howls whenever I tilt her chin towards her chest", "meningitis_signs"),
    ("he's got a fever and winces if you bend his head down", "meningitis_signs"),
    ("feverish and really stiff in the neck since this morning", "meningitis_signs"),
    ("孩子发高烧，一把他脑袋往下按就大哭", "meningitis_signs"),
    ("发烧39度，帮她把下巴往下压一下她就喊疼", "meningitis_signs"),
    ("烧到39度，一按他后颈往前他就哭", "meningitis_signs"),
    # (2) NICE NG240, NHS Meningitis: a fever with a headache and a dislike of light said by what the person does
    ("high fever and a headache, she keeps burying her face away from the lamp", "meningitis_signs_light"),
    ("temperature of 39, bad headache, and he yells when someone switches on the big light", "meningitis_signs_light"),
    ("feverish with a throbbing headache, keeps cowering from the sunlight", "meningitis_signs_light"),
    ("发烧，头痛，一直把脸躲开灯光", "meningitis_signs_light"),
    ("高烧头疼，老是躲着太阳", "meningitis_signs_light"),
    ("发烧头很痛，说光像针一样扎眼", "meningitis_signs_light"),
    # (3) NHS High temperature: the fever said as a soaring temperature or a relative 'burning up'
    ("my husband's boiling hot and his neck is rigid", "meningitis_signs"),
    ("got a soaring temperature and my neck is too stiff to nod", "meningitis_signs"),
    ("daughter's roasting and she screams if we move her neck forward", "meningitis_signs"),
    # (4) NICE NG228, NHS Subarachnoid haemorrhage: a sudden, extremely painful headache said as an explosion, a
    # thunderbolt, a blow, or a peak within seconds
    ("脑壳里面跟裂开了似的", "thunderclap_headache"),
    ("后脑壳猛地一阵剧痛", "thunderclap_headache"),
    ("头像被铁锤抡了一样疼", "thunderclap_headache"),
    ("脑袋几秒钟就疼到了极点", "thunderclap_headache"),
    ("他抱着脑袋说跟被雷打了似的", "thunderclap_headache"),
    ("an instant crushing headache at the back of my skull", "thunderclap_headache"),
    ("instantaneous splitting headache while lifting weights", "thunderclap_headache"),
    ("the head pain was instant and savage", "thunderclap_headache"),
    # (5) NICE NG240, NHS Meningitis: a rash that does not fade under pressure, said in new words
    ("small purply specks coming up on her tummy", "nonblanching_rash"),
    ("mauve blotches spreading on his legs", "nonblanching_rash"),
    ("the blotches stay put even when I press hard", "nonblanching_rash"),
    ("pushing on the spots doesn't make them go away", "nonblanching_rash"),
    ("the specks won't whiten when squeezed", "nonblanching_rash"),
    ("拿杯子压上去还能看得清楚", "nonblanching_rash"),
    ("腿上有乌青一样的点", "nonblanching_rash"),
    ("身上的疹子捏一下也不变白", "nonblanching_rash"),
    ("腿上起了针尖一样的小红疹", "nonblanching_rash"),
    # (6) NHS Eye injuries: a chemical in the eye (pool disinfectant, cement or lime dust, a drop that hit the eye)
    ("a fleck of drain cleaner caught my left eye", "chemical_eye_injury"),
    ("cement dust blew into my eye on site", "chemical_eye_injury"),
    ("lime dust in my eye, really burning", "chemical_eye_injury"),
    ("游泳池的消毒药水溅到眼睛里", "chemical_eye_injury"),
    ("孩子把消毒片弄进了眼睛", "chemical_eye_injury"),
    ("泳池的消毒药剂呲到眼睛里了", "chemical_eye_injury"),
    # (7) NHS Cauda equina syndrome: back pain with altered feeling down below (wiping) or a bladder or bowel accident
    ("bad back and when I wipe it feels strange", "cauda_equina_with_back_pain"),
    ("sciatica in both legs and my private area has gone numb", "cauda_equina_with_back_pain"),
    ("lower back agony and a bladder accident I never noticed", "cauda_equina_with_back_pain"),
    ("腰疼得厉害，上完厕所擦的时候感觉不对劲", "cauda_equina_with_back_pain"),
    ("腰椎间盘突出，下身感觉怪怪的", "cauda_equina_with_back_pain"),
    ("腰痛，用手纸擦的时候没什么感觉", "cauda_equina_with_back_pain"),
    # (8) NHS Low blood sugar: 999 when the sugar does not come up after sugar, or with confusion
    ("低血糖，吃了葡萄糖粉还是涨不上来", "severe_hypoglycaemia"),
    ("低血糖，含了糖块还是升不起来", "severe_hypoglycaemia"),
    ("糖尿病人，血糖2.5，整个人恍恍惚惚", "severe_hypoglycaemia"),
    # (9) NHS Head injury and concussion, NICE NG232: knocked out after a blow, memory of the event lost
    ("撞到车门上，晕过去一会儿", "head_injury_danger"),
    ("被门撞了一下，晕了十几秒", "head_injury_danger"),
    ("骑车摔了磕到头，想不起来早上的事情", "head_injury_danger"),
    ("banged into a doorframe and passed out briefly", "head_injury_danger"),
    ("ran into a glass door at full pelt and passed out for a bit", "head_injury_danger"),
    ("crashed into another player and knocked himself out", "head_injury_danger"),
    # (10) NHS Testicle pain, Testicular torsion: sudden, very bad pain, A&E
    ("my son says his left testicle is excruciating", "testicular_torsion"),
    ("one ball has been unbearable since he woke", "testicular_torsion"),
    ("his scrotum is agonizing", "testicular_torsion"),
    ("儿子哭着说蛋疼", "testicular_torsion"),
    ("蛋突然一阵剧痛", "testicular_torsion"),
    ("春袋好痛", "testicular_torsion"),
    # (11) NICE NG51, NHS Animal and human bites: an infected bite with a sign of sepsis
    ("dog bite on my leg is hot and puffy, breathing fast and haven't peed since yesterday", "sepsis_signs"),
    ("bitten by next door's cat, the hand is red and swollen and I'm confused", "sepsis_signs"),
    ("被猫咬的地方红肿发烫，呼吸很急促", "sepsis_signs"),
    ("被人咬伤的胳膊又红又热，一天没小便了", "sepsis_signs"),
    # (12) NICE NG143: a baby under 3 months with 38C or more, the temperature taken and read out
    ("our baby is 10 weeks, she's been grizzly and clingy all evening, took it and it's 38.6", "infant_fever"),
    # (13) NICE NG126, NHS Ectopic pregnancy: pain low down on one side with a faint in pregnancy
    ("positive pregnancy test, left-sided pelvic pain and I fainted at work", "pregnancy_pain_or_bleeding_with_faintness"),
    ("my period is a bit late, cramping on the right side of my lower tummy and I passed out in the shower", "pregnancy_pain_or_bleeding_with_faintness"),
    ("验孕棒两条杠，右边小腹疼，刚才晕倒了", "pregnancy_pain_or_bleeding_with_faintness"),
    ("怀孕七周，一侧盆腔疼，人晕倒了", "pregnancy_pain_or_bleeding_with_faintness"),
]

LOOKALIKES = [
    "did the glass test on her spots and they faded straight away, she's playing happily",
    "rash on his chest, tried the glass test and it goes white, eating fine",
    "消毒液放在柜子里，眼睛有点痒",
    "洗衣凝珠收在高处，眼睛发干",
    "ache in my testicle after the gym, settled once I had a rest, no swelling",
    "睾丸骑车后有点隐痛，休息一会儿就好了",
    "这事真蛋疼",
    "磕到头了，有点头晕",
    "摔了一跤差点晕过去，头没碰到",
    "mosquito bite is red and hot and swollen, breathing normally",
    "被蚊子咬的包红肿发热",
    "这药要避光保存吗",
    "my period's late, no pain, feel fine",
    "neck is stiff from sleeping funny, no fever",
    "发烧，没有头痛，脖子也不硬",
    "听到这个消息，我感觉像被雷劈了一样",
]


@pytest.mark.parametrize(("text", "flag"), POSITIVES)
def test_emergency_said_in_other_words(text: str, flag: str) -> None:
    urgency, flags = screen(text)
    assert urgency in EMERGENT and flag in flags, (urgency, flags)


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalike_stays_below_emergency(text: str) -> None:
    urgency, flags = screen(text)
    assert urgency not in EMERGENT, (urgency, flags)
