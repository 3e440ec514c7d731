"""recall38b: emergencies said in other words (the blind4 paraphrase bank's misses in twelve families: meningitis signs,
thunderclap headache, sepsis, infant fever, non-blanching rash, pregnancy, head injury, testicular pain, chemical eye,
low blood sugar, cauda equina, severe tummy pain), each cause closed as a class of wordings on the source its rule
already names, with benign look-alikes that must stay non-emergent.

MINI_BANK is our own blind bank, written before any fix, in words the bench files do not use: ten phrasings per
language per family. Its recall is pinned (main caught fewer); FIXED are the single cases each fix must catch.
Every case goes through the deterministic screen the paraphrase banks use (bench/eval_paraphrases.py: no age or sex
given, an age must come from the text)."""

from __future__ import annotations

import pytest

from tests.triage_screen import bank_decide, emergent

MINI_BANK: dict[str, list[str]] = {
    "neck_stiff_photophobia": [
        "she's boiling and can't get her chin down onto her chest",
        "temp 39.5 and his neck won't bend forward at all",
        "fever since last night and he yells whenever the bedroom light goes on",
        "running a temperature, keeps the blinds down because daylight hurts her eyes",
        "burning up and moaning that the sun is too bright, covering his eyes with a pillow",
        "my daughter has a fever and says it hurts to nod her head",
        "high temperature, neck's gone all rigid, she won't look down",
        "he's feverish and screams when we put the lamp on",
        "teenager with a fever who won't come out of the dark room, says light is unbearable",
        "fever and her neck is so stiff she can't look at her lap",
        "孩子发烧，低头看不了自己的肚子，一低头就哭",
        "高烧39度5，脖子往前弯不下去",
        "发烧了，一开灯就捂着眼睛喊疼",
        "女儿发烧，太阳光一照眼睛就疼，窗帘必须拉上",
        "儿子烧得厉害，脖子梗着，下巴碰不到胸口",
        "发烧，屋里不能开灯，一见亮就难受得叫",
        "烧到39度，点头都疼，脖子硬邦邦",
        "发高烧，嫌灯太亮刺得眼睛痛",
        "孩子发烧，躲在被子里说光太刺眼",
        "发烧，脖子不能往下低，低一下就疼得叫",
    ],
    "thunderclap_headache": [
        "my wife grabbed her head screaming, the pain went from nothing to unbearable in seconds",
        "headache hit me like a bolt, worst pain I've ever felt in my head",
        "dad says his head suddenly exploded with pain while on the toilet",
        "within a few seconds I had the most horrendous headache of my life",
        "the headache came out of the blue, full blast straight away",
        "head pain came on instantly while lifting, never had one this bad",
        "mum says it's the worst pain in her head she's ever had and it started all at once",
        "sudden blinding pain in the back of my head a few minutes ago",
        "my son had a headache come on in seconds, he's never felt anything like it",
        "massive headache out of nowhere, like my skull got smashed",
        "我妈突然抱着头喊疼，说从没这么疼过",
        "几秒钟头就疼得受不了了",
        "上厕所用力时后脑勺突然剧痛，像被打了一闷棍",
        "头疼一下子就到顶了，这辈子最疼的一次",
        "老公头突然炸了一样疼，一分钟都不到就疼到极点",
        "我爸说头疼得要命，是一瞬间疼起来的",
        "搬东西时头一下子疼炸了",
        "头突然像被雷劈了一样疼",
        "刚才头一下剧痛，从来没有过这种疼",
        "她说头疼得从来没这么厉害，眨眼工夫就疼起来了",
    ],
    "sepsis_signs": [
        "fever with a chest infection and now he's talking nonsense",
        "my mum has a kidney infection, she's confused and her skin looks blotchy",
        "infected wound on his leg and he's breathing really fast",
        "she has a UTI and today she's slurring and can't make sense",
        "temperature and shivering, lips going blue-grey",
        "fever, and he says he feels like he's dying",
        "cellulitis on my arm and now I'm gasping for breath",
        "feverish with a cough and his skin has gone mottled and cold",
        "had an infection for days, now she's very drowsy and hard to rouse",
        "high temp, shivering and breathing so fast he can't speak",
        "发烧，人开始说胡话了",
        "尿路感染，今天老人糊里糊涂的，身上发花",
        "伤口感染了，现在喘得很快",
        "发烧打寒战，嘴唇发紫",
        "肺炎发烧，现在叫不太醒",
        "高烧，她说觉得自己快不行了",
        "发烧，呼吸特别快，皮肤一块一块发紫",
        "腿上伤口化脓，人迷迷糊糊的",
        "发烧好几天，今天突然喘不上气",
        "烧得很高，手脚冰凉，皮肤花花的",
    ],
    "infant_fever": [
        "my 5 week old feels hot, 38.1",
        "newborn (10 days) has a temperature of 38",
        "baby is 7 weeks and the thermometer says 38.3",
        "our 2-month-old has a fever",
        "my daughter is 3 weeks old and she's burning up",
        "baby born 12 days ago, temp 38.5",
        "my six week old has a temp of 38.2",
        "the baby's only a month old and has a high temperature",
        "11 week old with a fever of 38.6",
        "newborn running a temperature of 38.4",
        "宝宝才满月，发烧38度",
        "孩子出生两周，体温38.2",
        "宝宝八周，量了38.5",
        "刚出生10天的宝宝发烧了",
        "女儿两个月，烧到38度多",
        "宝宝出生才二十天，摸着烫，量了38.3",
        "儿子六周大，发热38.4",
        "新生儿发烧38度",
        "宝宝一个半月，体温38.1",
        "孩子出生40天，发烧",
    ],
    "nonblanching_rash": [
        "tiny purple dots on her chest that don't go when I press a glass on them",
        "dark red pinprick spots that stay when you press",
        "bruise-like rash spreading all over him",
        "purple blotches on his legs that don't fade",
        "pinpoint spots that won't blanch",
        "spots still showing through the side of the glass",
        "she's got a rash like bruises appearing everywhere",
        "little red-purple specks all over his tummy, not fading",
        "the rash doesn't disappear when I roll a tumbler over it",
        "purple rash that doesn't go white when pressed",
        "身上出了紫色小点点，按了不褪",
        "腿上有紫斑，压了不消",
        "身上像瘀青一样的疹子越来越多",
        "用玻璃杯压上去疹子还在",
        "针尖大小的红点，按压不变白",
        "皮疹压着不退色",
        "肚子上冒出好多暗红小点，一按还在",
        "紫癜一样的斑点到处都是",
        "孩子身上一片片紫的，压了也不淡",
        "出了疹子，拿杯子压不褪色",
    ],
    "pregnancy_bleeding_pain": [
        "I'm 8 weeks pregnant, bleeding and strong cramps",
        "expecting, 20 weeks, bleeding with bad belly pain",
        "pregnant and bleeding heavily, soaking pads",
        "found out I'm pregnant last week, now bleeding and sharp pain on one side",
        "10 weeks gone, heavy bleeding with clots and cramping",
        "pregnant, 32 weeks, bleeding and my bump is hard and sore",
        "7 weeks pregnant with pain on my right side and spotting, feel faint",
        "I'm pregnant and passing blood clots with pain",
        "26 weeks pregnant and bleeding",
        "pregnant and having period-like cramps with lots of blood",
        "怀孕8周，出血，肚子绞痛",
        "孕20周，下面流血，肚子疼",
        "怀孕了，出血很多，一会儿湿一片卫生巾",
        "怀孕两个月，见红，一侧小肚子剧痛",
        "孕10周，大出血带血块，肚子痛",
        "怀孕32周，出血，肚子硬邦邦地疼",
        "怀孕7周，右边小腹疼，有点出血，头晕",
        "我怀孕了，下面流血还有血块，肚子疼",
        "孕26周，阴道流血",
        "怀孕了，像来月经一样疼，出血很多",
    ],
    "head_injury_danger": [
        "he hit his head and now one pupil is larger",
        "fell off the ladder, banged her head, threw up",
        "knocked his head, now he can't remember what happened",
        "bumped head on door and now confused",
        "hit her head yesterday and keeps vomiting",
        "son headbutted the wall, now his pupils are different sizes",
        "banged my head and blacked out for a minute",
        "smacked his head on the floor and now he's having a fit",
        "after the fall on her head she's not making sense",
        "hit his head on the ice, one eye's pupil is huge compared to the other",
        "磕到头了，现在一边瞳孔大一边小",
        "头撞了之后吐了好几次",
        "摔了一跤磕到头，记不得发生什么了",
        "头被撞了，现在说话糊涂",
        "孩子头磕在桌角上，吐了",
        "撞到头后晕过去了一会儿",
        "头摔了以后抽搐",
        "摔到后脑勺，两边瞳孔不一样大",
        "头撞墙后一直想吐，吐了两次",
        "从床上掉下来头着地，现在昏昏沉沉的",
    ],
    "testicular_pain": [
        "sudden agony in my left nut",
        "my son woke up with a really painful swollen testicle",
        "sharp pain in his balls that came on suddenly playing football",
        "my 12 year old says his privates hurt badly and one side is swollen",
        "sudden pain in my scrotum and I've been sick",
        "excruciating pain in one testicle out of nowhere",
        "my boy is clutching his groin, says his ball hurts, it started suddenly",
        "one of my testicles is suddenly really painful and high up",
        "teen son has severe pain in his testicle since an hour ago",
        "sudden bad pain down below in my balls, vomiting",
        "睾丸突然剧痛",
        "儿子早上醒来蛋蛋很疼还肿了",
        "踢球时突然蛋疼得厉害",
        "阴囊一边突然肿痛",
        "孩子说下面蛋蛋疼得要命，还吐了",
        "左边睾丸突然疼，一碰就痛",
        "十二岁儿子睾丸疼了一个小时，越来越厉害",
        "突然卵蛋疼，疼得直不起腰",
        "男孩半夜疼醒，说小鸡鸡下面的蛋疼",
        "睾丸突然痛得受不了，还恶心想吐",
    ],
    "chemical_eye": [
        "oven cleaner sprayed into my eye",
        "washing powder got in her eye",
        "got drain unblocker in my eye",
        "hair dye ran into my eyes and they're burning",
        "a laundry pod burst in my son's face and went in his eyes",
        "some dishwasher liquid splashed into my eye",
        "bleach went into her eyes while cleaning",
        "toilet cleaner squirted in my eye",
        "caustic soda in his eye",
        "pool chlorine powder blew into my eyes",
        "洗衣凝珠咬破了，液体溅进眼睛",
        "洁厕灵溅到眼睛里了",
        "染发剂流进眼睛，火辣辣的",
        "洗碗机清洁块弄到眼睛里了",
        "管道疏通剂喷到眼睛",
        "油污净喷进眼睛了",
        "烫发药水进眼睛里了",
        "消毒水喷到孩子眼睛里",
        "洗衣粉进眼睛了，眼睛通红",
        "漂白水溅进眼里",
    ],
    "hypoglycaemia": [
        "diabetic, sugar 2.2 and he's very drowsy",
        "on insulin, sugar 2.8, had juice twice and it's still 2.9",
        "blood sugar 1.7 and she's not making sense",
        "my sugar is 2.5, had sweets and it's not going up",
        "type 1, reading 2.0, he's very sleepy",
        "hypo, had glucose tablets twice, still low",
        "low sugar and she keeps falling asleep",
        "takes gliclazide, very confused now",
        "sugar 2.6 after 3 rounds of jelly babies, won't come up",
        "diabetic dad, sugar 1.5, he's barely responding",
        "血糖2.0，人昏昏沉沉的",
        "低血糖，喝了两次果汁还是上不来",
        "血糖1.6，叫不太醒",
        "打胰岛素的，血糖2.5，吃了糖还是2.7",
        "血糖2.2，说话糊涂",
        "低血糖，吃了三块糖血糖还在降",
        "老妈糖尿病，血糖1.8，一直睡",
        "血糖2.3，吃了饼干十五分钟后还是低",
        "糖尿病人血糖2.1，特别嗜睡",
        "低血糖，人已经迷糊了",
    ],
    "cauda_equina": [
        "back pain and now I can't feel my bum when I wipe",
        "slipped disc, now numb between my legs",
        "sciatica in both legs and I wet myself without knowing",
        "bad back, can't control my bladder since this morning",
        "back pain, both legs weak and I've lost control of my bowels",
        "disc problem, now numbness around my back passage",
        "lower back pain and I can't feel when I need to pee",
        "sciatica down both legs and I soiled myself",
        "back pain and my genitals feel numb",
        "back pain and I didn't notice I'd wet myself",
        "腰疼，屁股周围没感觉了",
        "腰椎间盘突出，大小便控制不住了",
        "腰疼，两条腿都麻，小便憋不住",
        "坐骨神经痛两条腿，拉裤子了",
        "腰疼，会阴部发麻",
        "腰疼，上厕所擦屁股没感觉",
        "腰椎间盘突出，两腿无力，尿失禁",
        "腰痛，不知不觉尿了裤子",
        "坐骨神经痛变成两条腿，大便控制不了",
        "腰疼，下身发麻没知觉",
    ],
    "severe_abdominal_pain": [
        "my tummy pain is so bad he's doubled over and can't stand up",
        "she's rolling around on the floor clutching her stomach",
        "stomach pain so bad I can't move or speak",
        "agonising belly pain, 10 out of 10",
        "abdominal pain that's unbearable, I'm curled in a ball",
        "worst stomach pain of my life",
        "his belly hurts so much he's screaming",
        "my stomach is in agony, can't sit still",
        "tummy pain, she won't let anyone touch her belly, lying totally still",
        "excruciating cramps in my stomach, can't get comfortable in any position",
        "肚子疼得直不起腰",
        "肚子疼得满地打滚",
        "腹痛难忍，疼得说不出话",
        "肚子疼得蜷成一团",
        "肚子疼到十分，受不了",
        "肚子疼得大喊大叫",
        "肚子痛得要命，怎么待着都难受",
        "肚子疼得不敢动，一动就疼得要命",
        "胃疼得在床上翻来覆去",
        "肚子疼得冒冷汗，缩成一团",
    ],
}

# Benign look-alikes of the same families, written with the bank: none may reach the emergency tier.
LOOK_ALIKES = [
    "stiff neck from sleeping funny, no fever",
    "migraine again, light bothers me, no temperature",
    "my headache came on gradually over the day, mild",
    "bright sunlight makes me squint, otherwise fine",
    "the room is hot and the baby is sweaty",
    "hair dye stained my forehead, eyes fine",
    "dull ache in my left testicle for a month",
    "sugar 3.8, had juice, now 6.2 and feel fine",
    "back ache after gardening, no numbness, bladder fine",
    "mild tummy ache after a big meal",
    "I'm pregnant, no bleeding, some round ligament twinges",
    "bumped my head on a cupboard, fine, no vomiting",
    "mild stomach cramps, I can get comfortable lying down",
    "落枕了，脖子有点僵，不发烧",
    "偏头痛，怕光，没发烧",
    "头有点疼，慢慢疼起来的",
    "染发剂沾到额头上了，眼睛没事",
    "睾丸隐隐作痛一个月了",
    "血糖3.8，喝了果汁现在6.0，人没事",
    "腰酸，大小便正常，腿不麻",
    "吃多了肚子有点胀痛",
    "怀孕了，没有出血，偶尔肚子抽一下",
    "磕到头了，没吐，人很清醒",
    "屋里太热，宝宝出汗了",
]


# Our own phrasings of each class the blind banks missed (none is a bench line), each failing on main: the mini bank's
# misses on main, and one more per cause closed from the banks' lines.
FIXED = [
    # fever with a dislike of light alone (NHS Meningitis, NICE NG240: meningitis_fever_with_dislike_of_light); the light
    # said by a cry when it goes on, too bright, a dark room; a stiff neck said by the chin, a nod or looking down
    "fever since last night and he yells whenever the bedroom light goes on",
    "burning up and moaning that the sun is too bright, covering his eyes with a pillow",
    "he's feverish and screams when we put the lamp on",
    "teenager with a fever who won't come out of the dark room, says light is unbearable",
    "she's boiling and can't get her chin down onto her chest",
    "my daughter has a fever and says it hurts to nod her head",
    "孩子发烧，低头看不了自己的肚子，一低头就哭",
    "发烧了，一开灯就捂着眼睛喊疼",
    "发烧，屋里不能开灯，一见亮就难受得叫",
    "发高烧，嫌灯太亮刺得眼睛痛",
    "孩子发烧，躲在被子里说光太刺眼",
    "发烧，脖子不能往下低，低一下就疼得叫",
    "the baby (8 months) is hot and her soft spot is bulging",
    # thunderclap: the peak in a hedged minute, a headache's adjective on 'one', the usual headaches denied first
    "sudden blinding pain in the back of my head a few minutes ago",
    "刚才头一下剧痛，从来没有过这种疼",
    "she never has headaches and then got a splitting one in seconds",
    "mum said her head was pounding, it came on in like a minute",
    "我爸平时从来不头疼，刚才几秒钟就疼得抱着头",
    # sepsis: hot then cold with pale lips (NHS Sepsis)
    "she feels like she's going to die, so hot then cold and her lips are pale",
    # infant fever: an age just reached; a reading taken (量着)
    "my son just turned 6 weeks and has a temp of 38.2",
    "宝宝七周了，刚才量着38.3",
    # rash: pressure that does not make it paler (不淡)
    "孩子身上一片片紫的，压了也不淡",
    # pregnancy: clots passed, a pad soaked, blood leaking, a bare positive test and pain on one side, crampy pain
    "I'm pregnant and passing blood clots with pain",
    "孕9周，护垫全湿透了，肚子疼",
    "28 weeks pregnant and blood is trickling out, tummy hurts",
    "positive test on Sunday and now agony on the right and some red blood",
    "8 weeks pregnant, cramping pains and blood coming out like a period",
    # head injury: unequal pupils (NICE NG232), the memory of what happened gone
    "he hit his head and now one pupil is larger",
    "son headbutted the wall, now his pupils are different sizes",
    "磕到头了，现在一边瞳孔大一边小",
    "摔到后脑勺，两边瞳孔不一样大",
    "摔了一跤磕到头，记不得发生什么了",
    # testicular: the pain said, then the scrotum red on one side
    "孩子说下面疼，阴囊左边红了",
    # chemical eye: washing powder, a dishwasher block, an agent near the eye that now stings, 'it's gone in his eye'
    "washing powder got in her eye",
    "洗碗机清洁块弄到眼睛里了",
    "got hair dye near my eye and now it's burning and blurry",
    "the washing capsule burst and some has gone in her eye",
    "烫发水不小心流进眼睛了",
    # low sugar: still falling after sugar; very sleepy (嗜睡, 一直睡)
    "低血糖，吃了三块糖血糖还在降",
    "老妈糖尿病，血糖1.8，一直睡",
    "糖尿病人血糖2.1，特别嗜睡",
    "took glucose tablets twice and my sugar keeps falling",
    "喝了两杯果汁，血糖还是不到4",
    # cauda equina: sciatica or both legs with loss of control (NHS Sciatica), 不知不觉 no denial, 拉裤子了, 控制不了
    "坐骨神经痛两条腿，拉裤子了",
    "腰痛，不知不觉尿了裤子",
    "坐骨神经痛变成两条腿，大便控制不了",
    "两条腿都麻没劲，小便控制不了了",
    # severe tummy pain: in agony, curled up and no comfortable position, dead still, insides torn, 蜷成一团, 碰都碰不得
    "my stomach is in agony, can't sit still",
    "肚子疼得蜷成一团",
    "tummy ache getting worse, she's curled up and can't get comfortable",
    "he won't move, lying completely still because moving hurts his belly so much",
    "feels like my guts are being ripped apart, started suddenly",
    "肚子胀得厉害，碰都碰不得，突然发作",
    "肚子痛了半天，缩成一团，怎么坐都不行",
]

# Look-alikes of the new readings: none may reach the emergency tier.
FIXED_LOOK_ALIKES = [
    "sunny day, the light is too bright so I wore sunglasses",
    "period pain, curled up on the sofa with a hot water bottle",
    "冷得缩成一团",
    "我一直睡不着，血糖5.9",
    "hair dye stained the skin near my eye, no stinging, eyes fine",
    "positive covid test last week and a cough",
    "I'm pregnant and worried about what bleeding would mean, none so far",
    "sciatica down my left leg, bladder and bowels normal",
    "坐骨神经痛一条腿，大小便正常",
    "阴囊有点红，不疼不痒",
    "偏头痛又犯了，怕光，没发烧",
    "屋里太亮了，眼睛有点酸，没发烧",
    "I never get headaches, today a mild one came on slowly after work",
    "one pupil has always been a bit bigger than the other, no injury",
]


@pytest.mark.parametrize("text", FIXED)
def test_fixed_class_is_emergent(text: str) -> None:
    assert emergent(text), bank_decide(text)


@pytest.mark.parametrize("text", LOOK_ALIKES + FIXED_LOOK_ALIKES)
def test_look_alike_stays_below_emergency(text: str) -> None:
    assert not emergent(text), bank_decide(text)


def test_mini_bank_recall() -> None:
    """Our blind bank (written before the fixes): main caught 207 of 240; the branch must keep at least 239."""
    assert sum(bank_recall().values()) >= 239


def bank_recall() -> dict[str, int]:
    return {family: sum(emergent(t) for t in texts) for family, texts in MINI_BANK.items()}


if __name__ == "__main__":  # the figures reported in the round's report
    got = bank_recall()
    for family, n in got.items():
        en = sum(emergent(t) for t in MINI_BANK[family][:10])
        print(f"{family:<26} en {en}/10  zh {n - en}/10")
        for t in MINI_BANK[family]:
            if not emergent(t):
                print("    MISS", t, bank_decide(t))
    print("TOTAL", sum(got.values()), "/", sum(len(v) for v in MINI_BANK.values()))
    for t in LOOK_ALIKES:
        if emergent(t):
            print("    FP", t, bank_decide(t))
