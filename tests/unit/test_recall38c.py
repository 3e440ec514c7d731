"""recall38c: emergencies said in other words in the bleeding, vomiting-blood, black-stool, faint, burn, deformity and
cold-limb families (the blind4 paraphrase bank's misses, and blind2's and heldout's look-alikes in the same families).

This round covers classes of wordings, not sentences. Before any fix, a mini blind bank of our own (MINI_BANK: ten
phrasings per family and language, none in any bench file, and three look-alikes each) was run on main: 101 of 140
emergencies reached the emergency tier and 5 of 42 look-alikes did; on this branch 135 of 140 and 1 of 42. The classes,
each on the public source its red flag already names: a dressing or cloth soaked with time or a change said between,
and the blood still coming while it is held on (NHS Cuts and grazes; St John Ambulance, Severe bleeding); blood pooling
(NHS When to call 999); a later bout of vomit holding the blood, and blood brought up said with 往上反/涌上来 (NHS
Vomiting blood); a lot of blood from the bottom said by its kind and black stools with other words between (NHS
Bleeding from the bottom); a heart rate said in Chinese words beside a faint (faint_with_shock_signs); a flame that
caught someone, singed or scorched skin, clothes that caught fire (NHS Burns and scalds); 错开/错位 and a bone through
the skin (NHS Broken arm or wrist, Broken leg); one limb cold with another of the 6 Ps, and a mottled limb that will not
move or feel after a sudden onset (ESVS 2020 acute limb ischaemia). The look-alikes: a bleed that has healed, red wine
and a toilet cleaner's dye read as blood, a black food read as black poo, and dizziness on standing alone read as a
shock sign (NHS Fainting; NHS Low blood pressure: a GP).

The decision is the one bench/eval_paraphrases.py makes: the deterministic engine, no age or sex given.
"""

from __future__ import annotations

import pytest

from tests.triage_screen import bank_decide

EMERGENT = {"emergency", "emergency_ambulance"}


def emergent(text: str) -> bool:
    return bank_decide(text)[0] in EMERGENT


# (family, language, P = an emergency by the sources / N = a look-alike that must stay below the emergency tier, text)
MINI_BANK: list[tuple[str, str, str, str]] = [
    ('heavy_bleeding', 'en', 'P', 'my husband sliced his shin on the lawnmower blade and the blood is pooling on the kitchen floor'),
    ('heavy_bleeding', 'en', 'P', "cut my wrist on a broken window, had a towel on it for 20 mins and it's still coming through red"),
    ('heavy_bleeding', 'en', 'P', "he's on warfarin and cut his leg on the car door, the dressing is drenched every few minutes"),
    ('heavy_bleeding', 'en', 'P', 'blood keeps welling up out of the gash in her arm no matter how hard I press'),
    ('heavy_bleeding', 'en', 'P', 'my son fell through the greenhouse glass, big cut on his arm and blood is running off his fingers onto the floor'),
    ('heavy_bleeding', 'en', 'P', "cut myself with the bread knife, the tea towel went red straight away and it's dripping off the counter"),
    ('heavy_bleeding', 'en', 'P', "she's on apixaban and the cut on her leg keeps oozing, we've changed the gauze 4 times in half an hour"),
    ('heavy_bleeding', 'en', 'P', "dad gashed his head on the shelf and the blood won't let up"),
    ('heavy_bleeding', 'en', 'P', 'the cut on my palm is squirting blood every time my heart beats'),
    ('heavy_bleeding', 'en', 'P', "knife slipped into my thigh and there's a pool of blood under the chair"),
    ('heavy_bleeding', 'zh', 'P', '我爸在吃华法林，手被刀划了一下，纱布换了三次都被血浸透了'),
    ('heavy_bleeding', 'zh', 'P', '孩子摔碎了玻璃，手腕上划了个大口子，用毛巾按着血还一直往外冒'),
    ('heavy_bleeding', 'zh', 'P', '老公切菜切到手，血顺着手指头往下滴，按了好一会儿也不见停'),
    ('heavy_bleeding', 'zh', 'P', '我妈腿上被铁片划开了，血淌了一地'),
    ('heavy_bleeding', 'zh', 'P', '工地上被钢筋划伤了小腿，衣服按上去一下就红透了'),
    ('heavy_bleeding', 'zh', 'P', '伤口一直在渗血，捂了二十分钟还没止住'),
    ('heavy_bleeding', 'zh', 'P', '刀口的血呼呼往外冒，毛巾都湿了'),
    ('heavy_bleeding', 'zh', 'P', '脚被玻璃扎了，地上一滩血，还在流'),
    ('heavy_bleeding', 'zh', 'P', '我爷爷吃着氯吡格雷，头磕破了，纱布几分钟就湿透了'),
    ('heavy_bleeding', 'zh', 'P', '胳膊被狗咬了个大口子，血一股一股地往外涌'),
    ('heavy_bleeding', 'en', 'N', "I bled quite a lot from a cut last week but it's healed up now"),
    ('heavy_bleeding', 'en', 'N', 'small cut on my finger, bled into a tissue and stopped after a couple of minutes of pressing'),
    ('heavy_bleeding', 'en', 'N', 'grazed my knee, a bit of blood, stopped with a plaster'),
    ('heavy_bleeding', 'zh', 'N', '上个月手划破了流了不少血，现在早就好了'),
    ('heavy_bleeding', 'zh', 'N', '手指被纸划了一下，按了一会儿就不出血了'),
    ('heavy_bleeding', 'zh', 'N', '刷牙的时候牙龈出了点血'),
    ('vomiting_blood', 'en', 'P', "Mum's been throwing up all night and the last lot was bright red with clots in it"),
    ('vomiting_blood', 'en', 'P', 'been sick twice, the second time it was mostly blood'),
    ('vomiting_blood', 'en', 'P', 'my husband brought up what looked like dark coffee granules, he drinks a lot'),
    ('vomiting_blood', 'en', 'P', "I keep retching and there's fresh blood coming up each time"),
    ('vomiting_blood', 'en', 'P', 'threw up a mouthful of blood after a night of heavy drinking'),
    ('vomiting_blood', 'en', 'P', "he puked and the bowl is full of dark red stuff, he hasn't had anything red to eat"),
    ('vomiting_blood', 'en', 'P', 'vomiting since lunch, the latest one had blood streaked through it and lumps like liver'),
    ('vomiting_blood', 'en', 'P', 'chucked up blood this morning, it looked like red jam'),
    ('vomiting_blood', 'en', 'P', 'my dad is on ibuprofen for his back and just vomited something like used tea leaves'),
    ('vomiting_blood', 'en', 'P', 'the sick bag is full of blood, he looks grey'),
    ('vomiting_blood', 'zh', 'P', '我爸一直吐，最后两次吐出来的都是血块'),
    ('vomiting_blood', 'zh', 'P', '往上返了好几口血，胃里难受'),
    ('vomiting_blood', 'zh', 'P', '吐出来的东西像咖啡渣一样黑乎乎的'),
    ('vomiting_blood', 'zh', 'P', '喝完酒吐了，后来吐的全是鲜红的'),
    ('vomiting_blood', 'zh', 'P', '呕了一大口暗红色的东西，没吃过红的东西'),
    ('vomiting_blood', 'zh', 'P', '老公胃不好，今天吐了好多，盆里都是红的'),
    ('vomiting_blood', 'zh', 'P', '一阵恶心，嘴里涌上来一口血'),
    ('vomiting_blood', 'zh', 'P', '吐了三次，第三次带着血'),
    ('vomiting_blood', 'zh', 'P', '孩子吐了，吐出来带着血丝和血块'),
    ('vomiting_blood', 'zh', 'P', '奶奶反胃，往上反黑褐色的水'),
    ('vomiting_blood', 'en', 'N', 'I drank red wine and threw up, it was red but I feel fine'),
    ('vomiting_blood', 'en', 'N', 'had beetroot soup and vomited, the sick was pinky red'),
    ('vomiting_blood', 'en', 'N', 'no blood in my sick, just yellow bile'),
    ('vomiting_blood', 'zh', 'N', '喝了红酒吐了，吐出来红红的，人没事'),
    ('vomiting_blood', 'zh', 'N', '吃了火龙果，吐出来是红的'),
    ('vomiting_blood', 'zh', 'N', '吐了几次，没有血，都是胃里的东西'),
    ('black_stool', 'en', 'P', 'my poo has been jet black and sticky like road tar since yesterday'),
    ('black_stool', 'en', 'P', 'passing loads of dark red blood from my back passage and I feel faint'),
    ('black_stool', 'en', 'P', "Dad's had three bowel movements that were basically all blood and he's very pale"),
    ('black_stool', 'en', 'P', 'bloody diarrhoea five times today, real blood not streaks, and I keep nearly passing out'),
    ('black_stool', 'en', 'P', "stools look like black treacle and smell awful, I'm on aspirin"),
    ('black_stool', 'en', 'P', 'the toilet bowl was full of red after I went and there were big clots'),
    ('black_stool', 'en', 'P', "my wife's poo is black like coal, shiny and tarry, and she's dizzy"),
    ('black_stool', 'en', 'P', 'massive amount of blood came out when I went to the loo, and my heart is racing'),
    ('black_stool', 'en', 'P', "pooed black tar twice, I'm on clopidogrel"),
    ('black_stool', 'en', 'P', "he's had black, runny, foul-smelling stools since last night and looks grey"),
    ('black_stool', 'zh', 'P', '大便像柏油一样黑亮黏糊'),
    ('black_stool', 'zh', 'P', '拉了好几次血，都是鲜红的，人发晕'),
    ('black_stool', 'zh', 'P', '今天拉了三回血水样的大便，不光是纸上有血，刚才在厕所晕倒了'),
    ('black_stool', 'zh', 'P', '拉的屎黑乎乎的，跟沥青一样'),
    ('black_stool', 'zh', 'P', '解出来的都是暗红色的血块，心慌'),
    ('black_stool', 'zh', 'P', '马桶里一片血红，拉的全是血'),
    ('black_stool', 'zh', 'P', '老爸吃阿司匹林，这两天大便黑得发亮'),
    ('black_stool', 'zh', 'P', '大便发黑还稀，人没力气脸色发白'),
    ('black_stool', 'zh', 'P', '腹泻带血，一天七八次，全是血，头晕眼花'),
    ('black_stool', 'zh', 'P', '屁股一直往外冒血，止不住'),
    ('black_stool', 'en', 'N', 'ate black pudding and blueberries, poo is dark, feel fine'),
    ('black_stool', 'en', 'N', 'on iron tablets, stools are black, no other symptoms'),
    ('black_stool', 'en', 'N', 'tiny streak of bright red blood on the loo paper, I have piles'),
    ('black_stool', 'zh', 'N', '吃了猪血和黑芝麻，大便有点黑，没别的不舒服'),
    ('black_stool', 'zh', 'N', '马桶里放了红色的洁厕块，冲完水马桶里都是红的'),
    ('black_stool', 'zh', 'N', '痔疮，纸上有点血丝'),
    ('shock_faint', 'en', 'P', "I keep blacking out, my heart is going at 150 and I'm shivering and feel sick"),
    ('shock_faint', 'en', 'P', "she passed out twice today, she's grey and clammy and her pulse is really fast"),
    ('shock_faint', 'en', 'P', 'fainted in the kitchen, still white as chalk and cold and sweaty'),
    ('shock_faint', 'en', 'P', "my dad collapsed, came round but he's pale, cold to touch and his pulse is racing at 140"),
    ('shock_faint', 'en', 'P', 'nearly passed out, lips have gone pale, skin feels cold and wet'),
    ('shock_faint', 'en', 'P', 'keeled over at work, heart rate 160 on my watch'),
    ('shock_faint', 'en', 'P', 'I went down in the shower, my heart was racing before I dropped'),
    ('shock_faint', 'en', 'P', 'blacked out twice with a pounding heart'),
    ('shock_faint', 'en', 'P', "mum fainted and now she's clammy and grey and her BP reading is 75/40"),
    ('shock_faint', 'en', 'P', "I'm going dizzy and grey and my heart is banging away"),
    ('shock_faint', 'zh', 'P', '我老是晕倒，心跳一百四五，浑身发冷'),
    ('shock_faint', 'zh', 'P', '刚才晕过去了，现在脸白得吓人，身上又冷又湿'),
    ('shock_faint', 'zh', 'P', '我妈突然晕了，手脚冰凉，脉搏很快'),
    ('shock_faint', 'zh', 'P', '差点晕倒，心跳一百六，出冷汗'),
    ('shock_faint', 'zh', 'P', '他晕倒两次了，脸色灰白，一身冷汗'),
    ('shock_faint', 'zh', 'P', '站不住晕过去了，醒来心慌得厉害'),
    ('shock_faint', 'zh', 'P', '晕倒了，手表显示心率150多'),
    ('shock_faint', 'zh', 'P', '头晕眼发黑，心脏砰砰乱跳，然后就倒了'),
    ('shock_faint', 'zh', 'P', '老人晕倒后嘴唇发白，身上冰凉出虚汗'),
    ('shock_faint', 'zh', 'P', '晕过去一次，心跳快得数不过来'),
    ('shock_faint', 'en', 'N', 'I get dizzy when I stand up too fast, it passes in a second'),
    ('shock_faint', 'en', 'N', 'fainted once at a blood test years ago'),
    ('shock_faint', 'en', 'N', 'felt lightheaded in a hot shower, fine now'),
    ('shock_faint', 'zh', 'N', '站起来太快会头晕一下，马上就好'),
    ('shock_faint', 'zh', 'N', '小时候打针晕过一次'),
    ('shock_faint', 'zh', 'N', '蹲久了站起来眼前发黑，几秒就好'),
    ('burn_serious', 'en', 'P', "the bonfire flared and caught my son's face, his eyebrows are singed and his lips are blistering"),
    ('burn_serious', 'en', 'P', 'the gas hob whooshed up in my face, my fringe is singed and my cheeks have big blisters'),
    ('burn_serious', 'en', 'P', 'a fireball from the barbecue hit his arm, the skin is white and leathery'),
    ('burn_serious', 'en', 'P', "spilled a whole kettle down my daughter's chest, blisters the size of my palm"),
    ('burn_serious', 'en', 'P', "dad's hand got scorched on the wood burner, the skin is charred and doesn't hurt"),
    ('burn_serious', 'en', 'P', 'petrol went up when he lit the fire, his face is red and blistered and his voice is croaky'),
    ('burn_serious', 'en', 'P', 'my toddler grabbed the iron, big blister across his palm'),
    ('burn_serious', 'en', 'P', 'caught by the flames from the chip pan, forearm blistered and peeling'),
    ('burn_serious', 'en', 'P', "got burnt by a firework, big white patch on her hand that's numb"),
    ('burn_serious', 'en', 'P', 'scorched my leg on the exhaust of the motorbike, the blister is bigger than my hand'),
    ('burn_serious', 'zh', 'P', '烧烤的火一下子窜起来燎到孩子脸上，眉毛都焦了，嘴唇起泡，嗓子哑了'),
    ('burn_serious', 'zh', 'P', '煤气灶回火喷了一脸，脸上起了好多大水泡'),
    ('burn_serious', 'zh', 'P', '孩子把一碗刚煮好的汤拽翻了，胸口一大片起泡'),
    ('burn_serious', 'zh', 'P', '被炉子烫了一下手背，皮发白，不怎么疼'),
    ('burn_serious', 'zh', 'P', '点鞭炮把手炸伤了，手掌起了大泡，皮掉了'),
    ('burn_serious', 'zh', 'P', '摩托车排气管烫了小腿，起了个比手掌还大的泡'),
    ('burn_serious', 'zh', 'P', '热油溅了一胳膊，起了一串大水泡'),
    ('burn_serious', 'zh', 'P', '火苗窜起来把头发燎了，脸上起泡，说话声音哑'),
    ('burn_serious', 'zh', 'P', '老人烤火把裤腿点着了，腿上焦黑一片'),
    ('burn_serious', 'zh', 'P', '电熨斗掉在宝宝脚上，起了大水泡'),
    ('burn_serious', 'en', 'N', 'singed my fringe on the hob, skin fine, no blisters'),
    ('burn_serious', 'en', 'N', 'small burn on my finger from the oven, red, no blister'),
    ('burn_serious', 'en', 'N', 'my eczema flared up on my arms, blistering and itchy'),
    ('burn_serious', 'zh', 'N', '做饭被油溅了一下，红了一点，没起泡'),
    ('burn_serious', 'zh', 'N', '头发被打火机燎了一点，皮肤没事'),
    ('burn_serious', 'zh', 'N', '湿疹又犯了，手上起了小水泡很痒'),
    ('limb_deformity', 'en', 'P', 'fell off the ladder and my forearm has a step in it halfway down, fingers tingling'),
    ('limb_deformity', 'en', 'P', 'skiing crash, his elbow looks out of place and his fingers are cold'),
    ('limb_deformity', 'en', 'P', 'her wrist is sitting at a crooked angle after she tripped on the kerb'),
    ('limb_deformity', 'en', 'P', 'came off my bike, my collarbone has a lump sticking up'),
    ('limb_deformity', 'en', 'P', "my son's leg is bent below the knee after the tackle"),
    ('limb_deformity', 'en', 'P', 'fell on the ice, my ankle is pointing outwards'),
    ('limb_deformity', 'en', 'P', "dislocated his finger playing basketball, it's bent sideways at the middle joint"),
    ('limb_deformity', 'en', 'P', 'slipped down the stairs, the bone in her shin is poking through the skin'),
    ('limb_deformity', 'en', 'P', 'after the crash his thigh looks shorter and the foot is turned out'),
    ('limb_deformity', 'en', 'P', 'his shoulder has dropped and looks square after he fell off the horse'),
    ('limb_deformity', 'zh', 'P', '滑雪摔了，胳膊肘那儿错位了，手指头又麻又凉'),
    ('limb_deformity', 'zh', 'P', '从梯子上摔下来，小臂中间折了个弯'),
    ('limb_deformity', 'zh', 'P', '摔了一跤，手腕那儿凸出来一块，形状都变了'),
    ('limb_deformity', 'zh', 'P', '踢球被铲了，小腿往外拐了'),
    ('limb_deformity', 'zh', 'P', '骑车摔了，锁骨那里鼓起一个包'),
    ('limb_deformity', 'zh', 'P', '孩子从床上掉下来，胳膊弯得不对劲'),
    ('limb_deformity', 'zh', 'P', '摔倒后脚踝歪向一边，动不了'),
    ('limb_deformity', 'zh', 'P', '车祸后大腿短了一截，脚往外撇'),
    ('limb_deformity', 'zh', 'P', '打球手指头戳了，指头歪到一边了'),
    ('limb_deformity', 'zh', 'P', '摔了以后骨头从腿上戳出来了'),
    ('limb_deformity', 'en', 'N', 'my fingers have been crooked from arthritis for years'),
    ('limb_deformity', 'en', 'N', 'sprained my ankle, swollen but it looks normal'),
    ('limb_deformity', 'en', 'N', 'my elbow clicks when I bend it, no injury'),
    ('limb_deformity', 'zh', 'N', '关节炎好多年了手指有点弯'),
    ('limb_deformity', 'zh', 'N', '崴了脚，肿了，形状正常'),
    ('limb_deformity', 'zh', 'N', '小时候骨折过，胳膊一直有点弯'),
    ('cold_white_leg', 'en', 'P', "Dad's leg went cold and white an hour ago and he can't feel his foot"),
    ('cold_white_leg', 'en', 'P', "my foot is mottled blue below the ankle and I can't move my toes, came on suddenly"),
    ('cold_white_leg', 'en', 'P', 'mum had a bypass in her leg last year, since lunchtime the leg is cold, numb and pale and agony'),
    ('cold_white_leg', 'en', 'P', 'my hand suddenly went white and cold and my fingers are numb, I have AF'),
    ('cold_white_leg', 'en', 'P', "his calf is blotchy purple and icy and he can't wiggle his toes"),
    ('cold_white_leg', 'en', 'P', 'leg feels dead and cold, the colour drained out of it this morning'),
    ('cold_white_leg', 'en', 'P', 'left foot turned a waxy white colour 30 min ago, no pulse on top of the foot'),
    ('cold_white_leg', 'en', 'P', 'my leg is cold as ice compared to the other one and tingling, started suddenly'),
    ('cold_white_leg', 'en', 'P', "husband's arm went pale and cold all of a sudden and he can't grip"),
    ('cold_white_leg', 'en', 'P', "her toes are grey and cold and she's screaming in pain"),
    ('cold_white_leg', 'zh', 'P', '去年腿上搭过桥，今天中午开始这条腿又凉又麻又白'),
    ('cold_white_leg', 'zh', 'P', '我爸的脚突然发白冰凉，摸不到脉'),
    ('cold_white_leg', 'zh', 'P', '左腿从膝盖往下花斑样发紫，脚趾动不了，早上突然这样的'),
    ('cold_white_leg', 'zh', 'P', '妈妈有房颤，右手突然冰凉发白，手指发麻'),
    ('cold_white_leg', 'zh', 'P', '小腿冰冰凉，颜色发青，疼得受不了'),
    ('cold_white_leg', 'zh', 'P', '腿一下子没知觉了，又冷又白'),
    ('cold_white_leg', 'zh', 'P', '脚凉得像冰，比另一只白很多，走不了路'),
    ('cold_white_leg', 'zh', 'P', '老公的腿突然变得灰白冰冷，疼死了'),
    ('cold_white_leg', 'zh', 'P', '一只脚发紫发凉，脚趾头没感觉了，是突然的'),
    ('cold_white_leg', 'zh', 'P', '他的腿从下午开始冰凉，没有血色，麻木'),
    ('cold_white_leg', 'en', 'N', 'my fingers go white in the cold and come back when I warm them'),
    ('cold_white_leg', 'en', 'N', 'my feet are always cold in winter, they look normal'),
    ('cold_white_leg', 'en', 'N', 'my leg went to sleep sitting cross-legged, fine after a minute'),
    ('cold_white_leg', 'zh', 'N', '冬天手脚冰凉，暖一下就好'),
    ('cold_white_leg', 'zh', 'N', '手指遇冷发白，捂热就恢复了'),
    ('cold_white_leg', 'zh', 'N', '盘腿坐久了腿麻，一会儿就好了'),
]

# missed on main (MINI_BANK's misses and further phrasings of the same classes): each must reach the emergency tier
FIXED_EMERGENCIES: list[str] = [
    'my husband sliced his shin on the lawnmower blade and the blood is pooling on the kitchen floor',
    'blood keeps welling up out of the gash in her arm no matter how hard I press',
    "she's on apixaban and the cut on her leg keeps oozing, we've changed the gauze 4 times in half an hour",
    '我爸在吃华法林，手被刀划了一下，纱布换了三次都被血浸透了',
    '工地上被钢筋划伤了小腿，衣服按上去一下就红透了',
    '脚被玻璃扎了，地上一滩血，还在流',
    '我爷爷吃着氯吡格雷，头磕破了，纱布几分钟就湿透了',
    '往上返了好几口血，胃里难受',
    '老公胃不好，今天吐了好多，盆里都是红的',
    '一阵恶心，嘴里涌上来一口血',
    '奶奶反胃，往上反黑褐色的水',
    "Dad's had three bowel movements that were basically all blood and he's very pale",
    'bloody diarrhoea five times today, real blood not streaks, and I keep nearly passing out',
    'the toilet bowl was full of red after I went and there were big clots',
    'massive amount of blood came out when I went to the loo, and my heart is racing',
    "he's had black, runny, foul-smelling stools since last night and looks grey",
    'blacked out twice with a pounding heart',
    '我老是晕倒，心跳一百四五，浑身发冷',
    '差点晕倒，心跳一百六，出冷汗',
    '头晕眼发黑，心脏砰砰乱跳，然后就倒了',
    "the bonfire flared and caught my son's face, his eyebrows are singed and his lips are blistering",
    'the gas hob whooshed up in my face, my fringe is singed and my cheeks have big blisters',
    'a fireball from the barbecue hit his arm, the skin is white and leathery',
    "dad's hand got scorched on the wood burner, the skin is charred and doesn't hurt",
    '点鞭炮把手炸伤了，手掌起了大泡，皮掉了',
    '摩托车排气管烫了小腿，起了个比手掌还大的泡',
    '老人烤火把裤腿点着了，腿上焦黑一片',
    'slipped down the stairs, the bone in her shin is poking through the skin',
    '孩子从床上掉下来，胳膊弯得不对劲',
    "my foot is mottled blue below the ankle and I can't move my toes, came on suddenly",
    'mum had a bypass in her leg last year, since lunchtime the leg is cold, numb and pale and agony',
    "her toes are grey and cold and she's screaming in pain",
    '去年腿上搭过桥，今天中午开始这条腿又凉又麻又白',
    '腿一下子没知觉了，又冷又白',
    "Gran's been throwing up since tea time and the third lot was full of clots",
    '老是往上涌黑褐色的东西，肚子胀',
    'five goes of bloody diarrhoea since breakfast, real blood and not just streaks, he collapsed on the landing',
    '我爸晕倒两回了，心率一百七，身上冰凉',
    '摔下楼梯，小腿中间错开了一截',
    '她去年做过腿部搭桥，今天下午这只脚又冰又白又麻',
    "grandad's foot went mottled and dusky this afternoon, he can't wiggle his toes",
]

# look-alikes main sent to the emergency tier: a healed bleed, red wine, a toilet cleaner's dye, a faint with dizziness
# on standing only (NHS Fainting: a GP), a black food
FIXED_LOOK_ALIKES: list[str] = [
    "I bled quite a lot from a cut last week but it's healed up now",
    'I drank red wine and threw up, it was red but I feel fine',
    'ate black pudding and blueberries, poo is dark, feel fine',
    '马桶里放了红色的洁厕块，冲完水马桶里都是红的',
    "I fainted at the bus stop and I'm still dizzy when I stand up",
    'passed out in the queue, now light-headed when I stand up but otherwise fine',
    '晚上喝了很多红酒，吐出来的都是红色的',
    '吐出来红红的，昨晚喝了不少红酒',
    "I threw up and it was red, I'd had a lot of red wine",
    'the toilet water is red, I put one of those red toilet cleaner blocks in',
    '洁厕块是红色的，马桶水都红了，大便正常',
    '上个月摔了一跤流了很多血，但是早就好了',
    "I bled a lot when the dog bit me last month but it's healed up now",
]


def test_mini_bank_figures() -> None:
    hits = sum(emergent(t) for _, _, k, t in MINI_BANK if k == "P")
    false = [t for _, _, k, t in MINI_BANK if k == "N" and emergent(t)]
    assert hits >= 135, hits
    assert len(false) <= 1, false


@pytest.mark.parametrize("text", FIXED_EMERGENCIES)
def test_emergency_read(text: str) -> None:
    assert emergent(text), bank_decide(text)


@pytest.mark.parametrize("text", FIXED_LOOK_ALIKES)
def test_look_alike_not_emergent(text: str) -> None:
    assert not emergent(text), bank_decide(text)
