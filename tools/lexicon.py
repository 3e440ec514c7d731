"""Bilingual phrase matcher with NegEx-style negation, used for symptoms and red flags.

Longest match wins where phrases overlap; a negation cue only negates a phrase that
follows it in the same clause (Chinese: up to the next comma or contrast word; English:
within five words, NegEx's default window). Cue words that sit inside a matched phrase
("无法呼吸", "can't breathe", "不想活") are part of that phrase, not a negation.
"""

from __future__ import annotations

import functools
import re
import re._constants as _sre
import re._parser as _sre_parser
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import permutations

from carebridge.tools.text import fix_spelling, fold_chinese, normalize, zh_temperatures

# NOTE: cue lists follow NegEx (Chapman et al., J Biomed Inform 2001) for English and the
# negation words reported for Chinese clinical text (e.g. 没有/无/否认/未/不); "不" alone
# is only a cue when it touches the phrase, because it is part of so many symptom words.
EN_CUES = (
    "no", "not", "never", "without", "denies", "denied", "deny", "negative for",
    "don't have", "do not have", "doesn't have", "does not have", "haven't had",
    "have not had", "hasn't had", "has not had", "no sign of", "no signs of", "free of",
    "didn't have", "did not have", "isn't", "wasn't", "none", "nor", "don't", "doesn't", "didn't",
    "do not", "does not", "did not", "stopped", "has stopped", "hasn't", "haven't", "hasn't been",
    "haven't been", "isn't", "aren't", "wasn't", "weren't",
    # as typed on phones, without apostrophes
    "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "hasnt", "havent", "dont have", "doesnt have",
    # blind92: "it's nothing like the worst headache of his life", "nowhere near the worst pain": a comparison denied
    # ("nothing like this before" stresses a finding and is a pseudo-negation below)
    "nothing like", "nowhere near",
    # blind104 t104e-049: "the bleeding's getting lighter and nothing smells off": "nothing" right before the finding
    # denies it (the cue is searched in the text before the finding, so it must touch it)
    "nothing(?= ?$)",
)
# Phrases that contain a cue word but negate nothing ("won't stop", "无缘无故", "无法").
PSEUDO_NEGATIONS = (
    # a packet's label ("one of those little 'do not eat' silica gel sachets") denies nothing after it (blind77)
    "['\"\u2018\u201c]do not eat['\"\u2019\u201d]", "do not eat (sachets?|packets?|bags?|labels?|packs?)",
    "(don'?t|doesn'?t|won'?t|can'?t|cannot|will not|does not|did not|didn'?t) (stop|help|work|go away|get better|improve|know)",
    "not (stopping|getting better|improving|sure|helping|working|better)", "no (better|longer|idea)", "not even",
    "(hasn'?t|haven'?t|isn'?t|wasn'?t) (stopped|helped|helping|worked|working|improved|got better|gone away)",
    # "a headache paracetamol isn't touching": a medicine that does not relieve a symptom negates nothing after it
    "(isn'?t|isnt|wasn'?t|wasnt|hasn'?t|hasnt|haven'?t|havent|not) (even )?touching",
    "(doesn'?t|doesnt|don'?t|dont|didn'?t|didnt|hasn'?t|hasnt|haven'?t|havent) (even )?touch(ed)? (the )?(pain|headache|ache)",
    "无缘无故", "莫名其妙", "无法", "无力", "不停", "不止", "不退", "不了", "不住",
    # blind5-41 (paraphrases_blind5 testicular_pain): 没来由(的)、没由来、没(什么)原因(地) are "for no reason", as 无缘无故 is
    # ("没来由的右边蛋疼得厉害": a pain with no cause, not a pain denied)
    "没(有)?来由", "没(有)?由来", "没(有)?(什么|任何)?(原因|缘由|理由)(的|地|就)",
    # fold-t148 (blind148 t148z-008: "没有任何原因突然下面出血，量很大" at 32 weeks read nothing): a cause, trigger or warning
    # denied ("没有任何原因", "无明显诱因", "没什么征兆", "不明原因") is "for no reason": it negates no finding after it, with or
    # without 的/地/就 (the clinical "无明显诱因出现腹痛" tells the pain). The finding said after it stands.
    "(没有|没|无|并无)(什么|任何|啥)?(明显|特别|特殊|确切|具体)?(的)?(原因|缘由|理由|诱因|起因|缘故|征兆|预兆|先兆|前兆|预警)(的|地|就)?",
    "(不明|不知道|不清楚|说不清|说不出|不晓得)(是)?(什么|啥)?(原因|缘由|诱因|起因|缘故)(的|地|就)?",
    "(没|没有)(干|做|动|碰|搬|拿)(过)?(什么|啥|任何)(特别的|重的|剧烈的|剧烈|重)?(事|事情|活|重活|运动|东西)?(的时候|时)?(就|突然|也)",
    "(什么|啥)(都|也)(没|没有)(干|做|动|碰)(就|突然|也)?",
    # ...and in English: "for no (apparent) reason", "with no warning", "no obvious cause", "nothing brought it on",
    # "wasn't doing anything" (the trigger denied, not what happened after it); "no reason to live" is not this
    "(for |with )?no (apparent |obvious |particular |real |known |specific |clear |good |identifiable |discernible |visible )?"
    "(reason|cause|trigger|warning|explanation)(?! to (live|be|go|carry|keep|stay))( at all| whatsoever| that i know of| i can think of)?",
    "without (any |a |an )?(apparent |obvious |particular |real |known |specific |clear |good |identifiable |prior |advance )?"
    "(reason|cause|trigger|warning|explanation|provocation)",
    "nothing (in particular |obvious |that i know of )?(brought|set|triggered|caused|started|sparked|provoked) (it|this|them|that|these|the \\w+) (on|off)?",
    "(wasn'?t|wasnt|was not|weren'?t|werent|were not|not|isn'?t|isnt|hadn'?t|hadnt|had not|haven'?t|havent) "
    "(doing|done|lifting|eating) (anything|nothing)( much| in particular| strenuous| special| unusual| different| heavy| at all)?",
    "(didn'?t|didnt|did not|hadn'?t|hadnt|had not|haven'?t|havent) (do|eat|lift|take|try|drink|done|eaten|lifted|taken|had) "
    "anything( much| in particular| strenuous| special| unusual| different| new| heavy| out of the ordinary| at all)?(?= (and|then|when|but|before|,|it|he|she|i|suddenly|just)\\b)",
    # fold-t132 (blind132 t132z-015): 无名指 is the ring finger, a name and no denial ("无名指和小指麻了" after a cut to the
    # palm is the loss of feeling NHS Cuts and grazes sends to A&E)
    "无名指",
    # recall38b: 不知不觉 is "without noticing" ("不知不觉尿裤子了": incontinence not felt, NHS Cauda equina syndrome), no denial
    "不知不觉",
    # "尿不出" / "说不出话" negate nothing; a clause that starts "不出冷汗" / "也不出汗" does.
    # "不疼不出血": the second 不 negates 出血 (this pseudo-negation is for "尿不出", not a list of 不s).
    "(?<=[\u4e00-\u9fff])(?<![也都还并就又再])(?<!不[\u4e00-\u9fff])(?<!没[\u4e00-\u9fff])不出", "不见好", "不舒服", "不适",
    "没完", "没法", "不行", "不管用", "没用", "无精打采", "不怎么", "没怎么", "没(有)?避孕",
    # "流了不少血": 不少 is "quite a lot", a quantity, not a denial
    "不少",
    # "吃不下睡不好", "吃不香睡不着": a verb with its can't-complement (吃不下 poor appetite, 睡不着 can't sleep) is a
    # complaint, not a denial of the next finding it touches (blind96 t96z-038: a week of low mood after a break-up)
    "(?<=[吃喝睡咽吞])不(下|好|香|进|着|踏实)",
    # "好久没运动昨天打了三个钟头羽毛球": not having exercised for a long time is the history, not a denial (misread26)
    "(好久|很久|好长时间|很长时间|好几年|几年|多年|好多年|很多年)(都)?没(有)?(怎么)?(运动|锻炼|健身|打球|跑步|动)(过)?(了)?",
    # "吃完奶没多久就吐": 没(过)多久 is "soon after", a time, not a denial
    "没(过)?多久", "没(过)?一会(儿)?",
    # "never had pain like this" / "从来没这么疼过" stress a finding; "without a helmet" is no denial.
    "never (had|felt|known|experienced) ([a-z']+ ){0,3}like (this|it|that)",
    "nothing like (this|it|that|these|anything|what|i'?ve|i have|i'?d|i had|i ever|ever|before)",
    # "nothing like my usual migraines": the finding is present and different from the usual one
    "nothing like (my |his |her |their |the |a |any |her own |his own )?(usual|normal|typical|regular|old|previous|other|last|earlier|ordinary|everyday|standard)",
    "nowhere near (as good|good|enough|better|over|gone|finished|back to normal|normal|right)", "(从来|从|以前从|这辈子(都)?|一辈子(都)?)没(有)?(这么|那么|这样)",
    "never (felt|been|had it|known it|seen (him|her|me)) (this|so|as|that) (ill|bad|unwell|sick|poorly|rough|awful|terrible|weak|breathless)",
    "(never|not once) (in my life )?(had|felt) (a |any )?(pain|headache|anything) (this|so|as) (bad|severe|strong)",
    "without (a |his |her |my |any )?(helmet|seat ?belt|warning|reason|any warning|stopping)",
    # "hammering without goggles and something flew up and hit my eye" (blind90): protective gear not worn is the
    # mechanism, not a denial of what follows
    "without (a |his |her |my |their |any )?(goggles|safety (glasses|goggles|specs)|eye protection|a visor|face ?shield|gloves)",
    # blind121 t121e-014: "came off my bike this morning no helmet, hit my head on the kerb. been sick twice since": a
    # helmet or seat belt not worn, said with "no", "wasn't wearing" or "didn't have ... on", is the mechanism and denies
    # nothing after it (NHS Head injury and concussion: vomiting since the injury is A&E); so is 没戴头盔 / 没系安全带
    "no (helmet|seat ?belt|crash helmet|bike helmet|cycle helmet|goggles|eye protection)( on)?",
    "(wasn'?t|wasnt|was not|weren'?t|werent|were not|isn'?t|isnt|not) (wearing|got on|using) (a |his |her |my |their |any |the )?(helmet|crash helmet|bike helmet|seat ?belt|goggles|eye protection)",
    "(didn'?t|didnt|did not|hadn'?t|hadnt|had not) (have|wear|put|got|do up|use) (on )?(a |his |her |my |their |any |the )?(helmet|crash helmet|bike helmet|seat ?belt|goggles|eye protection)( on)?",
    "(没|没有|未|不)(戴|带|系|扣|戴上|系上|扣上|穿)(任何)?(头盔|安全帽|安全带|护目镜|防护眼镜)",
    # "hit by a bus (not literally): fever 38.5" says the words before it were a figure of speech
    "not literally(?! [a-z])",
    # "it isn't a pain in her chest, more a heaviness": the word "pain" is corrected, the chest symptom is not
    # denied (AHA/ACC 2021 chest pain guideline: pressure, tightness, heaviness or discomfort is chest pain).
    "(isn'?t|is not|wasn'?t|was not|not) (exactly |quite |so much )?(a |any )?(pain|hurting|painful)(?=[a-z ,']{0,30}?(,|;| -)? (it'?s |its |but |but it'?s )?"
    "(more|rather) (of |like )?(a |an )?(heav|pressure|tight|squeez|weight|crush|discomfort))",
    "(不是|不算|说不上|谈不上)(很)?(疼|痛)(?=,?(而是|更像是?|倒像是?|倒是|是)(一种)?(闷|压|憋|发紧|紧|沉|堵))",
)
# "不可能怀孕" ("can't be pregnant") denies what follows like 没: 不 alone only negates what it touches.
ZH_CUES = ("没有", "没", "无", "否认", "未", "并无", "未见", "从未", "从没", "不曾", "非", "不可能")
# A finding that is itself worded as a negation ("not answering", "can't wake him", "没反应") is
# not denied by the plain "not"/"没" of a neighbouring finding in a list ("lying there not
# moving, not answering"); only an explicit denial ("denies", "no sign of", "否认") negates it.
_NEGATIVE_FINDING = re.compile(
    r"(no|not|never|nothing|none|unable|can'?t|cannot|couldn'?t|won'?t|wont|don'?t|dont|doesn'?t|doesnt|didn'?t|didnt|"
    r"isn'?t|isnt|wasn'?t|wasnt|hasn'?t|hasnt|haven'?t|havent|aren'?t|arent|still not)(?![a-z])|[没不无未]")
_DENIALS = re.compile(r"(?<![a-z])(denies|denied|deny|negative for|no signs? of|free of)(?![a-z])|否认|并无|未见")
ZH_TOUCH_CUES = ("不",)
EN_TERMINATORS = (
    "but", "however", "although", "though", "except", "yet", "now", "then", "since",
    "still", "which", "apart from", "aside from", "and i", "i have", "i've", "i am",
    "i'm", "(?<!think )he has", "(?<!think )she has", "he is", "she is", "my", "just", "only", "a bit", "a little", "slightly",
    # blind111 t111e-045: "I don't think she has a temperature": the hedged denial runs on over the "she has" it names
    # a new verb clause: "seeing things that aren't there and is all confused", "no cough and has a fever"
    "and is", "and has", "and he's", "and she's", "and he is", "and she is", "and i'm", "and im", "and now", "and then",
    "and feel", "and feeling", "and felt", "and feels",
    # "no sound at all and his lips are going blue": "at all" closes the denial before it ("not at all breathless" keeps it)
    "(?<!not )(?<!no )(?<!none )at all",
)
# "我" starts a new clause ("没吃药，我头疼"), but not as the one perceived after a verb of noticing: "没发现我有憋气",
# "没觉得我喘" deny what follows.
ZH_TERMINATORS = ("但", "但是", "不过", "可是", "然而", "却", "只是", "就是", "(?<!发现)(?<!觉得)(?<!感觉)(?<!感到)(?<!注意到)(?<!察觉到)(?<!觉着)我",
                  "现在", "而是",
                  # misread28a family 5: a denial said without a comma stops where the story goes on ("没受伤然后肿起来了",
                  # "没发烧后来开始吐"): what happened next is told, not denied
                  "然后", "后来", "接着", "结果")
EN_WINDOW_WORDS = 5
# Cues that take a list of things ("no pain, discharge or fever", "doesn't have a temperature, cough"): a short
# item before a comma continues the list even when carebridge does not code it. Other cues negate a verb
# ("haven't eaten today, vomiting blood"), which a comma ends.
_LIST_CUE = re.compile(r"no|none|nor|without|denies|denied|deny|negative for|free of|no signs? of|"
                       r"(?:don'?t|dont|do not|doesn'?t|doesnt|does not|didn'?t|didnt|did not) have|"
                       r"(?:haven'?t|havent|have not|hasn'?t|hasnt|has not) had")
# A "not" before adjectives that closes with "or" is a list too ("my legs aren't swollen, red or numb"), while a
# verb denied before a comma is not ("isn't eating, vomiting blood": no closing "or", the comma ends it).
_COPULA_NEG = re.compile(r"aren'?t|arent|isn'?t|isnt|wasn'?t|wasnt|weren'?t|werent|not")
# A list runs over a comma with more things denied ("no fever, cough or rash"), never into a new clause with its own
# subject or verb: "no injury, came on gradually", "no injury, it came on slowly", "no fever, has been vomiting",
# "no rash, started after the football" tell what is there (misread28a family 5, blind90 t90e-020).
_CLAUSE_OPENER = re.compile(r"\s*(?:and |but |so )?(?:it|it'?s|its|he|he'?s|she|she'?s|they|they'?re|we|we'?re|i|i'?m|im|i'?ve|ive|this|that|there|"
                            r"came|comes|come|coming|started|starts|start|starting|began|begins|begin|begun|beginning|"
                            r"has|have|had|is|was|were|are|got|gets|getting|went|goes|gone|feels?|felt|feeling|looks?|looked|seems?|seemed|"
                            r"happened|happens|developed|develops|built|building|crept|creeping|worse|worsening|getting|keeps|kept)(?![a-z'])")
_WORD_LIST_TO_OR = re.compile(r"( [a-z]+,)+( [a-z]+)? (or|nor) ")
ZH_WINDOW_CHARS = 14

# NOTE: ConText (Harkema H, Dowling JN, Thornblade T, Chapman WW. J Biomed Inform 2009;
# 42(5):839-851) extends NegEx: a finding can also be historical ("as a baby", "三年前",
# "拉过黑便") or hypothetical ("what should I do if someone..."). Either way it is not what
# the patient has today, so it is neither present nor denied. The cues here are kept narrow:
# a year-scale anchor, not "yesterday"; "what should I do if", not "what should I do".
HISTORY_CUES = (
    # "bigger and darker than last year" compares today with last year (dept35a, blind60 t60e-027), as "than it used to" does
    "(?<!the )(?<!this )(?<!than )last year", "(a|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|couple of|a couple of|[0-9]+) years? ago",
    "years (ago|back)", "as a (baby|child|kid|toddler|teenager|teen|newborn|little (boy|girl|one))",
    "when (i|he|she|they|we) (was|were) (a baby|a child|a kid|little|young|younger|small|a teenager|at school|pregnant|[0-9]{1,2}(?! (weeks?|days?|months?)))",
    # "bigger than it used to be" compares today with the past, as "比以前" does (the 以前 cue below)
    "(?<!not )(?<!get )(?<!got )(?<!getting )(?<!than )(?<!than it )(?<!than they )(?<!than he )(?<!than she )(?<!than i )(?<!than we )(?<!what it )(?<!what they )(?<!what he )(?<!what she )(?<!what i )"
    "used to(?! (it|this|that|the))", "in the past", "(in|back in) (19|20)[0-9]{2}",
    "去年", "前年", "(几|好几|十几|好多|很多|许多|[0-9一两二三四五六七八九十]+)(多)?年(以)?前", "多年前", "小时候", "年轻(的)?时候", "曾经",
    "(?<![比跟和像同])以前(?![从都没不也]|一样)",
)
# Words that bring a clause back to today: a history cue does not reach past them.
# fold-t143: a day word that brings a message back to today after a past time (the resolved-episode reading in _status)
_TODAY_TAKES_OVER = re.compile(r"(?<![a-z])(?:today|tonight|this (?:morning|afternoon|evening)|right now)(?![a-z])|今天|今早|今晚|今儿|今日")
RECENCY_WORDS = (
    "now", "today", "tonight", "this (morning|afternoon|evening|week|month|year)", "just now", "again", "suddenly", "recently",
    "these days", "at the moment", "right now", "currently", "since (yesterday|last night|this morning)",
    "现在", "今天", "今早", "今晚", "刚才", "刚刚", "这会儿", "又", "再次", "最近(?!没)", "突然", "这两天", "这几天", "目前",
    # recall36a: "我弟刚抽搐过" is a fit just now, as 刚才 is (刚好 is "just recovered", 刚强 no time word)
    "(?<!刚)刚(?![刚才好强])",
)
HYPOTHETICAL_CUES = (
    "what (should|do|would|can|could|must) (i|we|you|one|people|someone|a person|parents) do (if|when)", "what to do (if|when)",
    "if (someone|somebody|a person|anyone|people|you)\\b", "first aid (course|kit|class|training|trainer|certificate|book)",
    "how (can|do|should|could|would) (i|we|you) (help|support|recogni[sz]e|spot) (someone|somebody|people|a person|a friend|them|him|her)",
    "(am i|are we|is (she|he)) at risk", "asking (for|about) (a )?(first aid|course|class|school|project|essay|exam)",
    # "if my face ever starts to droop", "hypothetically if one side went weak"
    "hypothetically",
    # "最主要是" / "只要是" / "需要是" hold 要是 but are no conditional
    "如果", "(?<![主只需重])要是", "万一", "假如", "假设", "想学急救", "急救(课|培训|知识|包|箱)", "(问下|问一下|请问|想问问?)有人",
    "怎么(帮|帮助|支持)(这样的人|他们|她们|别人)",
)
# A conditional that follows the finding in its sentence: "my cousin has seizures, what do I do if
# it happens", "姨妈脑出血时是突然头疼，我怕会遗传" (a relative's illness, not the patient's).
POST_HYPOTHETICAL_CUES = (
    "what (should|do|would|can|could|must) (i|we) do (if|when|in case) (it|this|that|one|he|she|they) (happens?|starts?|comes?|gets?|has|have)",
    "what to do (if|when|in case) (it|this|that|one|he|she|they) (happens?|starts?|comes?|gets?|has|have)",
    "in case (it|this|that|one) (happens|starts|comes)", "runs? in (my|the|our) family", "(is|it'?s) (it )?(hereditary|genetic|inherited)",
    "(scared|afraid|worried|frightened|anxious) (that )?(it|that|this|the same) (might|could|will|would|may) happen to me",
    "(could|can|will|would|might) (that|this|it|the same) (happen|happened) to me", "(怕|担心|害怕)(自己|我)(以后|将来)?(也)?会",
    "(我|自己)(以后|将来)?会不会也",
    "(怕|担心|害怕)(会|是)?(遗传|家族)", "万一(再)?(发作|犯|出现|发生)(了)?(怎么办|该怎么办)", "(家族|家里人)(有|都有)(这个|这种)?(病|病史)",
)
# A pet, not the patient, as the subject right before the finding ("my cat had a fit", "我家猫早上抽风了").
ANIMAL_SUBJECT = re.compile(r"(?<![a-z])(cat|dog|pet|puppy|kitten|rabbit|hamster|guinea pig|parrot|budgie|horse|pony)(?![a-z])"
                            r"('s)?( (just |has |had |is |was |keeps )?(had|has|having|is having|was having|is|was)( a| an)?)?\s*$"
                            r"|(?<!遛)(?<!牵)(?<!喂)(我家|家里|我们家|家)(的)?(猫|狗|宠物|兔子|仓鼠|鹦鹉)(咪)?(早上|刚才|昨天|今天|刚刚|昨晚)?$")
# "if my face ever starts to droop": a condition that has not happened
_IF_EVER = re.compile(r"(?<![a-z])if (i|he|she|they|we|my|his|her|their|our|your)( [a-z']+){0,2} ever(?![a-z])")
# A colour cause that is denied ("没吃铁剂", "I'm not on iron") explains nothing.
_DENIED_CAUSE = re.compile(r"(?:(?<![a-z])(?:no|not|never|without|haven'?t|havent|didn'?t|didnt|don'?t|dont|isn'?t|aren'?t|not on)(?: [a-z']+){0,2} ?|[没未不无](?:有)?(?:吃|喝|服|用)?(?:过|了)?(?:的|任何)?)$")
# A figure of speech taken back right after it ("hit by a bus yesterday (not literally)", "被车撞了一样，打个比方"):
# the words just before the cue are not a finding.
FIGURATIVE_CUES = ("not literally", "figuratively( speaking)?", "so to speak", "打个比方", "比喻(一下)?(而已)?")
# A worry about something that has not happened ("worried about bleeding", "担心出血").
WORRY_CUES = ("(worried|scared|afraid|frightened|anxious|concerned|nervous) (about|of) (getting|having|developing)?", "担心(会|以后|将来)?", "害怕(会)?")
RESOLVED_CUES = (
    "((it'?s|its|all|they'?re|he'?s|she'?s|i'?m|it has|it'?s been|now) )?(gone|fine|better|fixed|resolved|settled|okay|ok|back to normal|normal) (now|again|since)",
    "(it'?s|its|it has|has|all) (all )?gone(?! (to|into|down|up|through|worse|numb|blue|grey|gray|white|red|black|pale|floppy|limp|cold|dead|weak|off|out|back|past|over|beyond|bigger|further|wider|hard|hot|purple|yellow|green|septic|funny|all))",
    "turned out (fine|ok|okay|to be nothing)", "(fully |has |have |had |and )recovered", "all fixed", "(was |is )?fine (this|the next) morning", "cleared up",
    "(现在|今天|早上|早就|已经|后来|第二天)(就|都|也|全|全都)?(好了|没事了|正常了|恢复了|治好了|痊愈了|消了|退了|好利索了)", "治好了",
    "就(好了|没事了|正常了)",
    # recall38c (blind2 heavy_bleeding FP): a cut or bleed said to have healed ("bled a lot after a fall last month but it
    # healed fine", "伤口早就长好了"): over, as "fine now" is, once the episode is dated in the past
    "(it'?s|its|it has|it had|it|has|had|they'?ve|they have|all|cut|wound) (all |completely |fully )?healed( up| over)?",
    "(现在|早就|已经|后来|都)(就|都|也)?(长好|愈合|结痂)(了)",
    # recall38a: "针灸后完全恢复了，现在一切正常" (a palsy that fully recovered): the recovery said as complete
    "(完全|彻底|全都|全部)(恢复|好)(了|正常)", "(现在)?一切(都)?正常",
)
# recall38c: toilet cleaners and blocks that colour the water of the bowl (the red toilet of rectal_bleeding_heavy)
_TOILET_DYE = re.compile(r"(?<![a-z])(toilet|loo|cistern|rim|bowl) ?(cleaner|block|tablet|gel|freshener|bleach)s?(?![a-z])|(?<![a-z])(bloo|harpic)(?![a-z])"
                         r"|洁厕|马桶(清洁|宝|块|球|灵|蓝)|清洁(块|剂|球|宝)|蓝泡泡")
# recall38c: a contrast that opens the resolution itself ("bled a lot last month but it's fine now", "但是早就好了") does not
# keep the finding current: only a subject or a time word may stand between it and the resolved cue
_OPENS_RESOLUTION = re.compile(r"[ ,，]*(?:(?:it'?s|its|it has|it had|it|they'?ve|they'?re|they|he'?s|she'?s|he|she|i'?m|i|we|all|"
                               r"luckily|thankfully|fortunately|是|都|也|现在)[ ,，]*)*")
# NegEx post-negation triggers for an exposure: "licked the bottle but nothing came out".
POST_NEGATIONS = (
    "nothing (came out|got in|went in|was swallowed|went down)", "(didn'?t|did not|hasn'?t|has not) (swallow|drink|eat|get any)\\w*",
    "(cap|lid|top) (was|is) (on|shut|sealed|closed|screwed on)", "shut tight",
    "没(有)?(漏|喝(进去|下去)|吞(进去|下去)|咽(进去|下去)|吃进去|进嘴)", "盖子(是|都)?(拧紧|盖着|盖好|拧得很紧)",
    # a splash on the face said to have missed the eyes ("消毒液溅到脸上了，眼睛没事", "没溅到眼睛", "didn't get in his eyes"):
    # the eye named with the all-clear, not any "没事", and not an eye "fine now" after rinsing ("冲完眼睛没事了", which a
    # strong chemical in the eye still is: NHS Eye injuries) (misread family 8)
    "(?<![冲洗完在]眼)(?<=眼)(都|也|倒|还|倒是)?(没事|没有事|没问题|好好的)(?!了)", "(?<![冲洗完在]眼睛)(?<=眼睛)(都|也|倒|还|倒是)?(没事|没有事|没问题|好好的)(?!了)", "(?<=眼)(睛)?(里)?(都|也|倒|还|倒是)?(没进|没溅到|没弄到|没碰到)",
    "(?<![冲洗完在])眼(睛)?(都|也|倒|还|倒是)?(没事|没有事|没问题|好好的)(?!了)", "眼(睛)?(里)?(都|也|倒|还|倒是)?(没进去|没溅到|没弄到|没碰到)",
    "(没|没有)(溅|弄|进|喷|碰)(到|进)?(眼睛|眼里|眼)",
    "(didn'?t|did not|never|doesn'?t|does not) (get|go|splash|spray) (in|into) (my|his|her|their|the) eyes?", "missed (my|his|her|their|the) eyes?",
)
# NegEx/ConText: a finding asked about and answered "no" is denied ("I asked if she'd thought about hurting herself and
# she said no", "问他有没有想过伤害自己，他说没有"): the question before it in the sentence, the answer after it.
ASKED_CUES = re.compile(r"(?<![a-z])(asked|ask|asking) (him|her|them|my \w+|if|whether)(?![a-z])|(?<![a-z])(asked|ask|asking) (him|her|them|my \w+) (if|whether|about)(?![a-z])"
                        r"|问(过|了)?(他|她|孩子|儿子|女儿|老人|TA|ta)?[^。;!?]{0,4}(有没有|是不是|会不会|想没想过|想过没有|有无)")
ANSWERED_NO = re.compile(r"(?<![a-z])(said|says|say|answered|replied|told (me|us)|goes|went)[ ,:\"'“”‘’]*((no|nope|nah)(?=\s*[,.!?;\"'“”‘’]|\s*$|\s+(mum|mom|mam|mummy|mommy|dad|daddy|god|way|never|not|of course|definitely|absolutely|i)(?![a-z]))|not at all|of course not|absolutely not|definitely not)"
                         r"|(说|回答|答|回)(了)?(说)?[:：\"“”，, ]*(没有|没|不会|不是|没想过|从来没|从没|当然没有|当然不会)")
# A question about a change, not about the finding ("asked if the chest pain had gone / was any better", "问他胸口疼
#好点没有"): "no" then says the finding is still there, so the answer denies nothing.
ASKED_ABOUT_CHANGE = re.compile(r"(?<![a-z])(gone|go(ne)? away|went away|going away|better|easing|eased|easier|eas(e|ed) off|"
                                r"stopp?(ed|ing)?|improv\w*|settl(ed|ing)|clear(ed|ing)? up|passed|wor(n|e) off|any less|less|died down)(?![a-z])"
                                r"|好(点|些|一点|一些|了|转)|缓解|减轻|消(了|失|退|下去)|退(了|下去)|停(了|下来)|轻(了|点|些)|过去了|没事了")
# A colour finding (red vomit, black stool) is explained, not a bleed, when the sentence names a
# cause that colours it (NHS "Black poo" / "Vomiting blood": iron, bismuth, beetroot, red
# food or drink) AND ties the two causally ("because I had", "caused by the") or says a clinician
# did ("the GP said", "医生说是药的原因"). Reassurance alone ("I feel fine") is not enough: a
# bleed can feel fine at first, and a missed bleed costs more than a false alarm. Never when the
# patient says "blood"/"血" in the finding itself.
COLOUR_CAUSES = (
    "beetroots?", "beets", "red (food )?colou?ring", "red wine", "tomato\\w*", "strawberr\\w*", "cherr(y|ies)", "red (jelly|sweets|drink|juice)", "cranberr\\w*",
    "pepto[- ]?bismol", "bismuth", "iron (tablets?|pills?|supplements?|medicine)", "ferrous", "blueberr\\w*", "black pudding", "liquorice", "licorice",
    "(activated )?charcoal", "火龙果", "西瓜", "番茄", "西红柿", "甜菜", "红菜", "红酒", "杨梅", "樱桃", "草莓", "铁剂", "补铁", "铁片", "亚铁", "铋剂", "胃必治",
    "猪血", "鸭血", "桑葚", "黑芝麻", "蓝莓", "墨鱼", "活性炭", "药用炭",
)
# A food or drink said as eaten or drunk right before the colour's cause ("I had a massive beetroot salad", "昨晚吃了两个火龙果");
# blind124 t124e-043: the plain verb after "did" ("but i did eat a big beetroot salad last night") is eaten too.
# fold-t125 (blind125 t125e-040): "but i did have a big beetroot salad last night": 'have' after 'did' is 'had' ('I have
# beetroot in the fridge' is not).
_EATEN_BEFORE = re.compile(r"(?<![a-z])(had|ate|eat|eaten|eating|drank|drink|drunk|drinking|scoffed|polished off|did have)(?: [a-z'-]+){0,6} ?$|(吃|喝)(了|过|完)?[^,。;!?\n]{0,8}$")
# Medicines among the colour causes: they darken stool, and are no food that reddens pee.
_COLOUR_MEDICINE = re.compile(r"iron|ferrous|bismuth|pepto|charcoal|铁|铋|胃必治|炭")
# Exposure phrases that name a medicine: the medicine inside them may be a colour's cause.
# recall38c: the drinking phrase names the drink too ("喝了很多红酒", "I'd had a lot of red wine"): red wine is a colour's cause
# misread39 item 3: a food eaten that can be an allergen ("吃了猪血和黑芝麻" is read as an allergen exposure) still names the
# colour's cause (black sesame, pig's blood darken the stool)
COLOUR_CAUSE_CODES = frozenset({"adult_medicine_swallowed", "heavy_drinking", "allergic_reaction"})
COLOUR_LINKS = (
    "because (i|he|she|we|they)('?ve| have| had|'d)? ?(had|ate|eaten|drank|drunk|took|taken|been (eating|drinking|taking))", "because of the", "caused by the",
    "(doctor|gp|pharmacist|nurse) (said|says|told)", "因为(吃|喝|服)", "的原因", "(医生|大夫|药师|护士)说",
    # "I'd just had beetroot soup", "went black after Pepto-Bismol", "吃了铋剂", "说明书说是正常的"
    "(i'?d|i had|i'?ve|i have|he'?d|she'?d|we'?d) just (had|eaten|drunk|drank)", "after( taking| having| eating| drinking| starting)?( the| some| my| his| her)?",
    "刚(刚)?(吃|喝|服)(了|过)?", "(吃|喝|服)(了|完)?.{0,8}(之|以)?后", "说明书(上)?说",
    # recall36a: "中午喝了火龙果汁，吐出来红红的": the food eaten, then brought back up, in one sentence (NHS Vomiting blood
    # names red food as what can look like blood; the colour match carries no 血 of its own)
    "(吃|喝)(了|过)[^。;!?]{0,12}(吐|呕)(出来|出|了)",
    # recall38c: the same in English ("I drank red wine and threw up, it was red"), the food had said after ("I'd had a lot
    # of red wine"), and the meal dated in Chinese after the colour ("吐出来红红的，昨晚喝了不少红酒") (NHS Vomiting blood); not
    # 之前/前面 ("之前吃过铁剂，早就停了": a medicine taken once and stopped explains nothing, stage38)
    "(had|ate|eaten|drank|drunk|drinking|eating)[^.;!?]{0,40}(and|then)( (i|he|she|we|they))? (threw up|vomited|was sick|were sick|been sick|puked|brought it (all )?up|chucked up)",
    "(i'?d|i had|he'?d|he had|she'?d|she had|we'?d|we had) (had|eaten|drunk|drank)", "(昨晚|昨天|晚上|中午|早上|刚才|今天)(吃|喝)(了|过)",
    # "the iron tablets are making my poo black": the patient's own causal verb, as "because"
    "(is|are|was|were|'s|'re) (making|turning)",
    # "补铁药吃了几天，大便发黑": taken for some days, then the colour (the same as "after starting")
    "(吃|服|用)(了)?(这|那)?(一|两|三|四|五|六|七|八|九|十|几|好几|十来|[0-9]+)(个)?(天|周|星期|礼拜)",
    # misread39 item 3: the food eaten ("吃了猪血和黑芝麻，大便是黑的") then the stool in the same sentence, not a meal dated
    # long ago (上个月/之前/以前); "I had black pudding yesterday and my poo is black" (a meal dated recently)
    "(?<!月)(?<!年)(?<!前)(?<!周)(?<!拜)(?<!期)(吃|喝)了[^。;!?]{0,12}(大便|便便|拉的|拉出来的|屎|粑粑)",
    "(had|ate|eaten|drank|eating)( [a-z'-]+){0,5} (yesterday|last night|this morning|today|at lunch|for (dinner|tea|breakfast|lunch|supper))",
)
# A question asked for study or a course, not about the patient ("What does slurred speech sound like?
# Asking for a school project", "吐的东西像咖啡渣是什么意思？看书看到的"): a finding in a sentence that
# ends with a question mark is hypothetical when the message also says why it is asked.
INFO_PURPOSE_CUES = (
    "(asking|ask|asked) for (a |my |our )?(school|college|uni|university|class|homework|course|project|essay|exam|assignment)",
    "school project", "homework", "what (temperature|temp|reading) counts as", "多少度(才)?算", "(reading|read|learning|studying) (about|up on) (it|this|that|them)", "(safety|first aid) (course|training|class)",
    "doing a (course|safety course|first aid course)", "for (a|my) (course|class|exam|project|essay)",
    "(写|做)作业", "(看书|看文章|上网|网上)看到的", "(学|学习)急救", "(安全|急救)(培训|课)", "(考试|作业|论文|课题)(问的|用的|要用)", "好奇问(一下|问)",
)
# A stroke-like finding (slurred speech, a droop) explained by a dental anaesthetic or drink AND said to
# have worn off in the same sentence is not today's finding; either alone is not enough (a stroke can
# follow a drink, and "like I've had novocaine, but I haven't" is a finding).
TRANSIENT_CAUSES = (
    "dentist", "dental", "numbed", "novocaine", "anaesthetic", "anesthetic", "local", "pints?", "drunk", "drinks", "drinking", "hangover",
    # recall38a: the drink named ("after lots of gin", "a lot of wine")
    "gin", "wine", "vodka", "whisky", "whiskey", "beer", "booze", "cider", "rum", "tequila",
    "麻药", "看牙", "拔牙", "补牙", "喝多了", "喝醉", "酒",
)
TRANSIENT_RESOLVED = (
    # recall37a: the numbing the dentist said will wear off ("they said it wears off in a few hours")
    "wore off", "(has |had )?worn off", "(it |it'll |it will |should |will )wears? off", "sober( now)?", "(now|today) (i |he |she )?(talk|talks|speak|speaks|am|is|feel|feels)( fine| normal(ly)?)",
    "(药劲|麻药)(过了|过去|退了)", "酒醒", "(就|都|全)(好了|正常了|正常)",
    # recall38a: "fine this morning", "fine today", "今天好了": over by the next day
    "(fine|normal|ok|okay|back to normal) (today|this morning|now|the next day)", "(今天|今早|现在|早上|第二天)(就|都|已经)?(好了|正常了|没事了)",
    # recall38a: the numbing the dentist said will pass in hours ("牙医说过几个小时就好"), as "they said it wears off"
    "(过|再过)?(几|两三|一两|[一二两三四五0-9])个(小时|钟头)(就|会|后)(好|消|退|恢复|没事)",
)
# A resolution only counts when the sentence also says the episode was in the past.
PAST_ANCHORS = (
    "yesterday", "last (night|week|month|weekend|time)", "(a|two|three|few|couple of|[0-9]+) (days|weeks|months) ago", "the other day", "after (the|my|his|her) (operation|anaesthetic|anesthetic|surgery)",
    "昨天", "昨晚", "前天", "上周", "上个(星期|礼拜|月)", "(几|两|三|[0-9]+)(天|周|个月)前", "麻醉后", "手术后",
) + HISTORY_CUES
# A discrete episode (a seizure) dated days, weeks or months back: not "yesterday" or "earlier today", which stay
# today's (NHS What to do if someone has a seizure: a first fit, even one that has stopped, needs help now).
EPISODE_PAST_CUES = (
    "(a|one|two|three|four|five|six|seven|eight|nine|ten|few|several|couple of|a couple of|[0-9]+) (days|weeks|months) ago",
    "(a|one) (week|month) ago", "last (week|month|weekend)", "the other (day|week)", "(a|one|two|three|few|couple of) (weeks|months) back",
    "上(个)?(星期|礼拜|周|月)", "(一|几|两|三|四|五|六|七|八|九|十|好几|半|[0-9]+)(天|周|个星期|个礼拜|个月)(以)?前", "前几天", "前些(天|日子)", "大前天",
)
# lead38b (blind132 t132z-031): an injury event dated two weeks or more back ("一个月前出了次车祸", "I was in a car crash
# a month ago") is history: ESI v4 and NICE NG41 take a high-risk mechanism as a reason to assess the injury now, and
# weeks later the symptoms said today decide on their own (NHS Post-traumatic stress disorder: problems 4 weeks after a
# traumatic event are the GP's). Days back ("两天前出了车祸", "last week") stay today's: delayed signs of a serious
# injury can follow a crash by days.
EVENT_WEEKS_PAST_CUES = (
    "(two|three|four|five|six|seven|eight|nine|ten|few|several|couple of|a couple of|[2-9]|[1-9][0-9]) weeks ago",
    "(a|one|two|three|four|five|six|seven|eight|nine|ten|few|several|couple of|a couple of|[0-9]+) months? ago", "last month",
    "(two|three|four|few|couple of|a couple of|[2-9]) weeks back", "(a|one|two|three|few|couple of|a couple of|[0-9]+) months? back",
    "上(个)?月", "(两|三|四|五|六|七|八|九|十|几|好几|[2-9]|[1-9][0-9])(周|个星期|个礼拜)(以)?前",
    "(一|两|三|四|五|六|七|八|九|十|几|好几|半|[0-9]+)(个)?月(以)?前", "前(几|两|三)个月",
)
# blind5-41 (paraphrases_blind_dev chest_pain_cardiac near miss: "my chest was sore after bench pressing at the gym last
# week, gone now"): NICE CG95 (Chest pain of recent onset) refers a suspected acute coronary syndrome as an emergency with
# pain now or in the last 12 hours, for a same-day assessment when the last pain was 12 to 72 hours ago, and for an
# assessment (not the same day) when it was more than 72 hours ago. A chest pain kept when resolved (keep_when_resolved)
# is over once it is dated more than three days back and said gone; "yesterday" or "two days ago" stay today's.
OVER_72H_CUES = (
    "(four|five|six|seven|eight|nine|ten|[4-9]|[1-9][0-9]) days ago", "(a|one|two|three|four|few|several|couple of|a couple of|[0-9]+) (weeks?|months?) ago",
    "last (week|month)", "the other week", "(a|one|two|three|few|couple of) (weeks|months) back",
    "上(个)?(星期|礼拜|周|月)", "(一|两|三|四|五|六|七|八|九|十|几|好几|半|[0-9]+)(周|个星期|个礼拜|个月)(以)?前", "(四|五|六|七|八|九|十|[4-9]|[1-9][0-9])天(以)?前",
)
RESOLVED_AFTER_72H = frozenset({"chest_pain"})
# ...unless it is said to have come back, or a contrast follows ("gone now but it came back this morning", "又疼了")
_BACK_AGAIN = re.compile(r"(?<![a-z])(came|come|comes|coming) back|(?<![a-z])(returned|again|today|this (morning|afternoon|evening))(?![a-z])|又|再次|今天|今早|今晚|刚才")
CONTRAST_WORDS = ("but", "still", "again", "now it", "但", "可是", "却", "又", "还是", "仍然")
# Long-standing and unchanged since a past event: "weak ever since (the stroke 3 years ago)".
CHRONIC_CUES = ("ever since", "since then", "no change", "unchanged", "(hasn'?t|has not) changed", "从那以后", "(一直|都)没(有)?(变化|好转)",
                "最近没(有)?变化", "老样子", "后遗症",
                # recall36a: "四年前中风，左手一直没劲，没有变化": unchanged said plainly after a year-scale stroke
                "(?<![有])没(有)?(什么)?变化(?![吗嘛么])")
# Chinese aspect marker 过 after a verb: "拉过黑便", "喉咙肿过" = has had, at some time.
_ZH_PAST_BEFORE = re.compile(r"(?<![超不经难通透喘度错越闯路])过$")
_ZH_PAST_AFTER = re.compile(r"^过(?![来去敏度量多头了程期年节道])")
# blind142 t142z-016: 没…过 is a negated perfect, "has not (done it) (since)", not a past episode: a finding that itself
# says 没 and is closed by 过 ("今天从中午到现在感觉宝宝没怎么动过", "一直没尿过") is today's (NHS Your baby's movements)
_ZH_NOT_SINCE = re.compile(r"没|未")
# "最近拉肚子刚好" / "感冒才刚好了": the illness right before 刚好 has just got better (over now); "拉肚子刚好三天"
# (exactly three days) is a duration, so the cue must end the clause or take 了 / 没几天 / 不久.
# "感冒好了也一直这样" / "感冒好了还是这样": the illness got better and what goes on is something else (the same
# "this" the message describes), so the named illness is over.
_ZH_JUST_RECOVERED = re.compile(r"^(?:也|才|都)?刚(?:刚)?(?:好|好转|痊愈|恢复)(?:了)?(?:没几天|不久)?(?=$|[,.;!?。\s]|了)"
                                r"|^(?:早就|都|已经)?(?:好|好转|痊愈)了(?:以后|之后)?(?:也|还|可)(?:是)?(?:一直|老是|总是)?(?:这样|那样|这个样子)")
_NEVER_LIKE_THIS = re.compile(r"没(有)?(这么|那么|这样|像这样)")
_CONTEXT_CLAUSE = re.compile(r"[。;!?\n,]|\.(?!\d)|(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")
_LATIN = re.compile(r"[a-z]")
_HAN = re.compile(r"[\u3400-\u9fff]")
_SENTENCE = re.compile(r"[。;!?\n]|\.(?!\d)")

# NFKC has already turned full-width "，；！？" into ASCII; a comma ends a clause only
# beside Chinese text, because English negation lists run over commas ("no fever, cough").
# NOTE: Chinese patients often use a space where a comma belongs ("没大便 屁也不放 肚子胀"), so a
# space between two CJK characters ends a clause (and a negation's scope) too.
# NOTE: a dash between words ("the tablets just aren't working — constant sneezing") ends a clause too: the
# denial before it does not reach the findings after it.
_CLAUSE_BREAK = re.compile(r"[。;!?\n]|\.(?!\d)|(?<=[\u3400-\u9fff]),|,(?=\s*[\u3400-\u9fff])|(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])"
                           r"|(?<=[a-z'])\s*[\u2014\u2013]+\s*(?=[a-z])|(?<=[a-z'])\s+-{1,2}\s+(?=[a-z])")


# English intensifiers are dropped before phrases are matched ("went super rigid", "gone totally
# floppy", "throat feels really tight"), except where a phrase needs them ("very sleepy" is
# drowsiness, "sleepy" alone is not). Severity is read from the text as typed (slots.py).
_INTENSIFIER = re.compile(r"(?<![a-z])(?:really|very|super|totally|completely|absolutely|extremely|incredibly|terribly|awfully|"
                          r"seriously|massively|properly|literally|honestly) (?!(?:sleepy|drowsy|dry|well|little|much|many)(?![a-z]))")


@dataclass(frozen=True)
class Match:
    """One phrase occurrence in the normalised text."""

    code: str
    start: int
    end: int
    text: str
    negated: bool
    status: str = "current"  # or "historical" / "hypothetical" (ConText), "someone_else": not a finding of today


# NOTE: a pattern's gap (".{0,6}" in Chinese, "[a-z ,']{0,30}" in English) must not swallow a
# negation or a clause break: "看东西不模糊" is not blurred vision.
_ZH_GAP = "[^不没无未否;!?。\n]{0,"
_EN_GAP = "(?:(?!\\b(?:no|not|never|without|but)\\b)[a-z ,'-]){0,"
_EN_GAP_NOCOMMA = "(?:(?!\\b(?:no|not|never|without|but)\\b)[a-z '-]){0,"


def _guard_gaps(pattern: str, english: bool) -> str:
    if english:
        return pattern.replace("[a-z ,']{0,", _EN_GAP).replace("[a-z ']{0,", _EN_GAP_NOCOMMA)
    return pattern.replace(".{0,", _ZH_GAP)


# NOTE: a concept pattern ("{vomit} ~ {blood}") joins word sets with a tighter gap than a
# hand-written one: no negation or contrast word and no clause break (not even a comma,
# unless the pattern allows it), so "threw up, no blood" and "吐了，没有血" never compose.
# NOTE: an intensifier inside a gap ("face feels really numb and looks so droopy", "疼得特别厉害")
# counts as one character, so "really/so/特别" never push two parts of a concept out of reach.
_EN_INTENSIFIERS = ("really|very|so|super|totally|completely|absolutely|extremely|incredibly|terribly|awfully|seriously|"
                    "quite|proper|massively|properly|badly|all|just|now|suddenly|still|also|even|literally|honestly|kind of|kinda|sort of")
_ZH_INTENSIFIERS = "特别|非常|十分|超级|极其|有点儿?|有些|越来越|一下子|突然|忽然|已经|还是|真的|实在|简直"
# NOTE: a Chinese gap that may hold a comma (`~>,`) may hold a space too: patients type a space
# where a comma belongs ("吐了一大口 黑褐色的跟咖啡渣一样"), and the lexicon treats the two alike.
_ZH_CONCEPT_GAP = "(?:" + _ZH_INTENSIFIERS + "|[^不没无未否但却;!?。{comma}\n]){{0,{n}}}?"
# An aside in brackets ("caustic degreaser (the stuff for cleaning the machines) splashed in my eye") counts as
# one character too, unless it holds a denial.
_EN_ASIDE = r"\((?![^()\n]*\b(?:no|not|never|without|nor)\b)[^()\n]{{1,60}}\) ?"  # braces doubled: a .format template
_EN_CONCEPT_GAP = ("(?:(?<![a-z])(?:" + _EN_INTENSIFIERS + ") |" + _EN_ASIDE + "|(?!\\b(?:no|not|never|without|but|nor|dont|don't|doesnt|doesn't|didnt|didn't|isnt|isn't|"
                   "wasnt|wasn't|arent|aren't|havent|haven't|hasnt|hasn't|wont|won't|cant|can't|cannot|couldnt|couldn't|wouldnt|wouldn't|"
                   "however|although|though|except|apart|until|if)\\b)[a-z0-9 '{comma}-]){{0,{n}}}?")
_EN_CONCEPT_WINDOW = 25
_ZH_CONCEPT_WINDOW = 6
_CONCEPT_REF = re.compile(r"\{([a-z_]+)\}")
_NEAR = re.compile(r"\s*~(\??)(>?)(,?)(\d*)\s*")
_NEAR_OP = re.compile(r"\s~\??>?,?\d*\s")


def expand_concepts(pattern: str, concepts: Mapping[str, Sequence[str]], english: bool) -> list[str]:
    """Expand a concept pattern into plain regex fragments.

    `{name}` stands for any word of the concept's word set (regex fragments of that
    language). `A ~ B` matches A then B or B then A, `A ~> B` only A then B; the parts are
    joined by a concept gap of at most 25 characters in English, 6 in Chinese, or the
    number written after the operator (`A ~12 B`, `A ~>3 B`); a comma after the operator
    (`A ~>,40 B`) lets the gap hold commas (a list of readings, "temp on and off, 38.5"), and in
    Chinese spaces too (typed where a comma belongs).
    A chain `A ~> B ~> C` keeps its order; `~` with three parts tries every order. `A ~?> B`
    (last operator only) needs B to follow but leaves it out of the match, so B can still be
    found as a finding of its own ("scalded ... big blisters" is a burn and a serious one).
    """
    def words(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in concepts:
            raise KeyError(f"unknown concept {{{name}}} in pattern {pattern!r}")
        if any(_NEAR_OP.search(word) for word in concepts[name]):
            raise ValueError(f"concept {{{name}}} holds a ~ operator: patterns belong in compose, not in a word set")
        alternatives = "|".join(concepts[name])
        # English concept words are whole words ("black" is not in "blackcurrant").
        return f"(?<![a-z])(?:{alternatives})(?![a-z])" if english else f"(?:{alternatives})"

    body = _CONCEPT_REF.sub(words, pattern)
    ops = list(_NEAR.finditer(body))
    if not ops:
        return [body]
    parts, start = [], 0
    for op in ops:
        parts.append(body[start:op.start()])
        start = op.end()
    parts.append(body[start:])
    default = _EN_CONCEPT_WINDOW if english else _ZH_CONCEPT_WINDOW
    gaps = [(_EN_CONCEPT_GAP if english else _ZH_CONCEPT_GAP).format(
        n=int(op.group(4) or default), comma=("," if english else "") if op.group(3) else ("" if english else ", "))
        for op in ops]
    lookahead = bool(ops[-1].group(1))
    if any(op.group(1) for op in ops[:-1]) or (lookahead and not ops[-1].group(2)):
        raise ValueError(f"~?> must be the last operator, in {pattern!r}")
    ordered = all(op.group(2) for op in ops)
    if not ordered and any(op.group(2) for op in ops):
        raise ValueError(f"mixed ~ and ~> in {pattern!r}")
    orders = [parts] if ordered else [list(p) for p in permutations(parts)]
    out = []
    for seq in orders:
        frag = seq[0]
        for i, (gap, part) in enumerate(zip(gaps, seq[1:], strict=True)):
            frag += f"(?={gap}{part})" if lookahead and i == len(gaps) - 1 else gap + part
        out.append(frag)
    return out


def _parts(phrases: Iterable[str], english: bool) -> list[str]:
    return sorted({_guard_gaps(p.strip().lower(), english) for p in phrases if p.strip()}, key=len, reverse=True)


def _wrap(body: str, english: bool) -> str:
    # English phrases need word edges ("fit" must not match "fitness"); Chinese has none.
    return rf"(?<![a-z])(?:{body})(?![a-z])" if english else f"(?:{body})"


def _compile(phrases: Iterable[str], english: bool) -> re.Pattern[str] | None:
    parts = _parts(phrases, english)
    if not parts:
        return None
    return re.compile(_wrap("|".join(f"(?:{p})" for p in parts), english))


class _NoPrefilter(Exception):
    """A pattern whose needed words cannot be read safely (case-folding flags): it is always searched."""


_RANGE_LIMIT = 32  # a character range wider than this is no help as a prefilter


def _class_chars(items: list[tuple[object, object]]) -> frozenset[str] | None:
    """The characters a character class ([...]) matches, when it lists them (no negation, category or wide range)."""
    chars: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            chars.add(chr(av))  # type: ignore[arg-type]
        elif op is _sre.RANGE and av[1] - av[0] < _RANGE_LIMIT:  # type: ignore[index]
            chars.update(chr(c) for c in range(av[0], av[1] + 1))  # type: ignore[index]
        else:
            return None
    return frozenset(chars) or None


def _item_needs(op: object, av: object) -> frozenset[str] | None:
    """Strings one of which every match of this parsed regex item contains (None: nothing can be said)."""
    if op is _sre.SUBPATTERN:
        _, add_flags, _, sub = av  # type: ignore[misc]
        if add_flags & re.IGNORECASE:
            raise _NoPrefilter
        return _sequence_needs(sub)
    if op is _sre.ATOMIC_GROUP:
        return _sequence_needs(av)  # type: ignore[arg-type]
    if op is _sre.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:  # type: ignore[index]
            needs = _sequence_needs(alternative)
            if needs is None:
                return None
            union |= needs
        return frozenset(union)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, _, sub = av  # type: ignore[misc]
        return _sequence_needs(sub) if low >= 1 else None
    if op is _sre.IN:
        return _class_chars(av)  # type: ignore[arg-type]
    # AT, ANY, NOT_LITERAL, CATEGORY, lookarounds (zero width), back-references: no needed string
    return None


def _sequence_needs(items: object) -> frozenset[str] | None:
    """Strings one of which every match of this parsed sequence contains: its best single need (a run of literal
    characters, or an item's own need), or None."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:  # type: ignore[attr-defined]
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        needs = _item_needs(op, av)
        if needs is not None:
            candidates.append(needs)
    if run:
        candidates.append(frozenset({"".join(run)}))
    if not candidates:
        return None
    # the most telling need: the longest shortest string, then the fewest strings
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)))


def needed_strings(source: str) -> frozenset[str] | None:
    """Strings one of which every match of the regex `source` contains, read from its parse (None when nothing can be
    said: then the pattern must always be searched). A text holding none of them cannot match, so the search is
    skipped: exact by construction (only literal characters, listed classes, groups, alternations whose every branch
    has a need and repeats of at least one are read; anything else, zero-width or case-folded, says nothing)."""
    try:
        parsed = _sre_parser.parse(source)
        if parsed.state.flags & re.IGNORECASE:
            return None
        needs = _sequence_needs(parsed)
    except _NoPrefilter:
        return None
    return needs if needs and all(needs) else None


def _split_needs(needs: frozenset[str] | None) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """`needs` as (its single characters, its longer strings)."""
    if needs is None:
        return None
    return frozenset(s for s in needs if len(s) == 1), tuple(sorted(s for s in needs if len(s) > 1))


# A language's prefilter index: the patterns without a prefilter, and the patterns each needed character and
# each needed longer string lets through (a pattern with a prefilter can match only where one of its needs occurs).
_Prefilter = tuple[list[int], dict[str, list[int]], dict[str, list[int]]]


def _prefilter_index(needs: Iterable[tuple[int, tuple[frozenset[str], tuple[str, ...]] | None]]) -> _Prefilter:
    """The prefilter index of (pattern index, `_split_needs` result) pairs."""
    always: list[int] = []
    by_char: dict[str, list[int]] = {}
    by_string: dict[str, list[int]] = {}
    for i, need in needs:
        if need is None:
            always.append(i)
            continue
        for c in need[0]:
            by_char.setdefault(c, []).append(i)
        for needed in need[1]:
            by_string.setdefault(needed, []).append(i)
    return always, by_char, by_string


class PhraseMatcher:
    """Finds coded phrases (regex fragments, zh and en) and marks negated ones."""

    def __init__(
        self,
        phrases: Mapping[str, tuple[Sequence[str], Sequence[str]]],
        pseudo_negations: Sequence[str] = (),
        priority: Mapping[str, int] | None = None,
        concepts: Mapping[str, tuple[Sequence[str], Sequence[str]]] | None = None,
        keep_when_resolved: Iterable[str] = (),
        standing: Iterable[str] = (),
        exposures: Iterable[str] = (),
        colour_findings: Iterable[str] = (),
        transient_findings: Iterable[str] = (),
        beside: Mapping[str, Iterable[str]] | None = None,
        dated_episodes: Iterable[str] = (),
        dated_events: Iterable[str] = (),
    ) -> None:
        """Compile `phrases`: code -> (english patterns, chinese patterns).

        Where matches overlap, the higher `priority` code wins, then the longer match: a
        specific finding ("pain in my lower right abdomen" = right-lower-quadrant pain)
        beats the generic one it sits inside (abdominal pain). `concepts` (name ->
        (english words, chinese words)) are the word sets that concept patterns such as
        "{vomit} ~ {blood}" refer to (see `expand_concepts`). Findings that matter even
        when they have passed (a transient stroke sign, chest pain) are `keep_when_resolved`;
        `standing` codes (a known aneurysm, a blood thinner) are conditions, never history;
        `exposures` (swallowed, splashed) are denied by a later "but nothing came out";
        `colour_findings` (red vomit, black stool) are "explained" by a named food or medicine.
        A code's `beside` codes do not hide it where they overlap it: both readings stand (an amount
        of bleeding said inside the words that say where it comes from).
        """
        self._colour = frozenset(colour_findings)
        self._transient = frozenset(transient_findings)
        self._dated_episodes = frozenset(dated_episodes)
        self._dated_events = frozenset(dated_events)
        self._exposures = frozenset(exposures)
        self._keep_when_resolved = frozenset(keep_when_resolved)
        self._standing = frozenset(standing)
        self._priority = dict(priority or {})
        self._beside = {code: frozenset(codes) for code, codes in (beside or {}).items() if codes}
        # (code, pattern source, English?): a message with no Latin letters skips the English
        # patterns and one with no Chinese characters the Chinese ones (half the work). Each language's
        # patterns are compiled the first time a message needs them: compiling all of them is most of a
        # one-shot `carebridge triage`'s start-up, and a Chinese message never needs the English ones.
        self._patterns: list[tuple[str, str, bool]] = []
        self._compiled: dict[bool, list[re.Pattern[str] | None]] = {}
        # Each pattern's needed strings (`needed_strings`), read when its language is compiled: a message holding none of
        # them skips that pattern's search (most of the ~420 patterns, most of the matcher's time).
        # Kept as (single characters, longer strings): a character is looked up in the message's set of characters.
        self._needs: dict[bool, list[tuple[frozenset[str], tuple[str, ...]] | None]] = {}
        self._prefilter: dict[bool, _Prefilter] = {}
        # Each code's fragments one by one, compiled on first use: an alternation stops at the
        # first alternative that matches, so a short one ("woke up on the floor") could hide a
        # longer one at the same place ("woke up on the floor with a bitten tongue").
        self._fragments: dict[tuple[str, bool], list[str]] = {}
        self._compiled_fragments: dict[tuple[str, bool], list[re.Pattern[str]]] = {}
        en_words = {name: words[0] for name, words in (concepts or {}).items()}
        zh_words = {name: words[1] for name, words in (concepts or {}).items()}
        for code, (en, zh) in phrases.items():
            en = [frag for p in en for frag in expand_concepts(p, en_words, True)]
            zh = [frag for p in zh for frag in expand_concepts(p, zh_words, False)]
            for frags, english in ((_parts(en, True), True), (_parts(zh, False), False)):
                if frags:
                    self._patterns.append((code, _wrap("|".join(f"(?:{p})" for p in frags), english), english))
                    self._fragments[(code, english)] = frags
        self._pseudo = _compile(pseudo_negations, False) if pseudo_negations else None
        self._en_cue = _compile(EN_CUES, True)
        self._zh_cue = _compile(ZH_CUES, False)
        self._zh_touch = _compile(ZH_TOUCH_CUES, False)
        self._en_term = _compile(EN_TERMINATORS, True)
        self._zh_term = _compile(ZH_TERMINATORS, False)
        self._history = compile_mixed(HISTORY_CUES)
        self._recency = compile_mixed(RECENCY_WORDS)
        self._hypothetical = compile_mixed(HYPOTHETICAL_CUES)
        self._post_hypothetical = compile_mixed(POST_HYPOTHETICAL_CUES)
        self._worry = compile_mixed(WORRY_CUES)
        self._figurative = compile_mixed(FIGURATIVE_CUES)
        self._resolved = compile_mixed(RESOLVED_CUES)
        self._past = compile_mixed(PAST_ANCHORS)
        self._episode_past = compile_mixed(EPISODE_PAST_CUES)
        self._event_weeks_past = compile_mixed(EVENT_WEEKS_PAST_CUES)
        self._over_72h = compile_mixed(OVER_72H_CUES)
        self._contrast = compile_mixed(CONTRAST_WORDS)
        self._chronic = compile_mixed(CHRONIC_CUES)
        self._post_negation = compile_mixed(POST_NEGATIONS)
        self._colour_cause = compile_mixed(COLOUR_CAUSES)
        self._colour_link = compile_mixed(COLOUR_LINKS)
        self._info_purpose = compile_mixed(INFO_PURPOSE_CUES)
        self._transient_cause = compile_mixed(TRANSIENT_CAUSES)
        self._transient_resolved = compile_mixed(TRANSIENT_RESOLVED)

    def find(self, text: str) -> list[Match]:
        """Return every coded phrase in `text`, longest-first where they overlap."""
        return self.find_normalised(normalised(text))

    def find_normalised(self, norm: str) -> list[Match]:
        """`find` on text already passed through `normalised` (a caller that also reads `norm`)."""
        raw: list[tuple[int, int, str]] = []
        has_en, has_zh = bool(_LATIN.search(norm)), bool(_HAN.search(norm))
        # A reading that starts inside an earlier reading of the same code is a fallback (secondary): it is weighed
        # only after every first reading, so it takes just the words no first reading claimed. Where the earlier one
        # lost its first words to a finding that wins ("伤口周围红肿发热，还发烧38.5度": 发热 is the wound's warmth), the
        # later words are still read (发烧38.5度, a fever).
        secondary: list[tuple[int, int, str]] = []
        compiled = {english: self._compiled_for(english) for english, needed in ((True, has_en), (False, has_zh)) if needed}
        # The patterns a match is possible for, in their order: each skipped one needs a character or a longer string
        # that the message lacks (the prefilter index of `_compiled_for` checks each such string once per message).
        chars = frozenset(norm)
        candidates: set[int] = set()
        for english in compiled:
            always, by_char, by_string = self._prefilter[english]
            candidates.update(always)
            for c in chars.intersection(by_char):
                candidates.update(by_char[c])
            for needed, indices in by_string.items():
                if needed in norm:
                    candidates.update(indices)
        for i in sorted(candidates):
            code, _, english = self._patterns[i]
            pat = compiled[english][i]
            assert pat is not None  # every pattern of a compiled language is compiled
            pos, primary_end = 0, 0
            while (m := pat.search(norm, pos)) is not None:
                start, ends = self._ends(code, english, norm, m.start(), m.end())
                # Every reading at this start, longest first: where the longest overlaps a finding
                # that wins ("胸口疼的厉害 往后背窜 像撕开一样" read whole as chest pain runs into the
                # spreading pain), a shorter one ("胸口疼") still stands.
                if start < primary_end:
                    secondary.extend((start, e, code) for e in ends if e > start)
                else:
                    raw.extend((start, e, code) for e in ends if e > start)
                    primary_end = ends[0]
                pos = start + 1
        def order(r: tuple[int, int, str]) -> tuple[int, int, int]:
            return (-self._priority.get(r[2], 0), -(r[1] - r[0]), r[0])

        raw = sorted(raw, key=order) + sorted(secondary, key=order)
        taken: list[tuple[int, int, str]] = []
        for start, end, code in raw:
            beside = self._beside.get(code, frozenset())
            if all(end <= s or start >= e or c in beside or code in self._beside.get(c, ()) for s, e, c in taken):
                taken.append((start, end, code))
        taken.sort()
        masked = [(s, e) for s, e, _ in taken]
        # A medicine named inside an exposure phrase ("补铁药（琥珀酸亚铁）吃了几天") still names the colour's cause.
        cause_masked = [(s, e) for s, e, c in taken if c not in COLOUR_CAUSE_CODES]
        if self._pseudo is not None:
            pseudo = [(m.start(), m.end()) for m in self._pseudo.finditer(norm)]
            masked += pseudo
            cause_masked += pseudo
        clauses = clause_bounds(norm)
        return [
            Match(code, s, e, norm[s:e], self._negated(norm, code, s, e, masked, clauses),
                  "current" if code in self._standing else self._status(norm, s, e, code, masked, cause_masked))
            for s, e, code in taken
        ]

    def _compiled_for(self, english: bool) -> list[re.Pattern[str] | None]:
        """The compiled patterns of one language (None in the other language's places), compiled once."""
        compiled = self._compiled.get(english)
        if compiled is None:
            compiled = [re.compile(src) if eng == english else None for _, src, eng in self._patterns]
            self._needs[english] = [_split_needs(needed_strings(src)) if eng == english else None
                                    for _, src, eng in self._patterns]
            self._prefilter[english] = _prefilter_index(
                (i, self._needs[english][i]) for i, (_, _, eng) in enumerate(self._patterns) if eng == english)
            self._compiled[english] = compiled
        return compiled

    def _ends(self, code: str, english: bool, norm: str, start: int, end: int) -> tuple[int, list[int]]:
        """Every end at which one of the code's phrases matches at `start`, longest first."""
        key = (code, english)
        frags = self._compiled_fragments.get(key)
        if frags is None:
            frags = self._compiled_fragments[key] = [re.compile(_wrap(p, english)) for p in self._fragments[key]]
        ends = {end}
        for frag in frags:
            m = frag.match(norm, start)
            if m is not None:
                ends.add(m.end())
        return start, sorted(ends, reverse=True)

    def _status(self, norm: str, start: int, end: int, code: str, masked: list[tuple[int, int]],
                cause_masked: list[tuple[int, int]] | None = None) -> str:
        """ConText status of one finding: "current", "historical" or "hypothetical"."""
        def cues(pat: re.Pattern[str], a: int, b: int, mask: bool = True, spans: list[tuple[int, int]] | None = None) -> list[re.Match[str]]:
            # A cue inside a matched phrase ("晕过去") is part of that phrase, not a cue.
            spans = masked if spans is None else spans
            return [m for m in pat.finditer(norm, a, b) if m.end() > m.start()
                    and (not mask or all(m.end() <= s or m.start() >= e for s, e in spans))]

        c_start, c_end = _span(_CONTEXT_CLAUSE, norm, start)
        s_start, s_end = _span(_SENTENCE, norm, start)
        # Historical: a year-scale anchor, or 过 touching the finding, in the same clause,
        # unless the clause also says "now" / "today" / "again".
        def unbroken(a: int, b: int) -> bool:
            return not cues(self._recency, a, b, mask=False) and not cues(self._contrast, a, b, mask=False)

        for m in cues(self._history, c_start, c_end):
            if unbroken(m.end(), start) if m.end() <= start else unbroken(end, m.start()):
                return "historical"
        if _ZH_JUST_RECOVERED.match(norm[end:end + 12]):
            return "historical"
        # An episode dated days, weeks or months back in its own clause ("I had a seizure last month", "上个月抽了一次")
        # is history for a finding that is one event (dated_episode_findings), unless the clause comes back to today.
        if code in self._dated_episodes and cues(self._episode_past, c_start, c_end) and unbroken(c_start, c_end):
            return "historical"
        # An injury event dated two weeks or more back in its own clause (dated_event_findings): history, unless
        # "now" / "again" / a contrast comes between the date and the event.
        if code in self._dated_events and any(unbroken(m.end(), start) if m.end() <= start else unbroken(end, m.start())
                                              for m in cues(self._event_weeks_past, c_start, c_end)):
            return "historical"
        # "这辈子没这么疼过" / "从来没这样过" is "never like this", an intensifier, not a past episode.
        if not cues(self._recency, c_start, c_end, mask=False) and not _NEVER_LIKE_THIS.search(norm, c_start, c_end) and (
                _ZH_PAST_BEFORE.search(norm[max(c_start, start - 1):start])
                or (_ZH_PAST_AFTER.match(norm[end:end + 2]) and not _ZH_NOT_SINCE.search(norm, start, end))):
            return "historical"
        # Chronic and unchanged since a dated past event, across commas in one sentence.
        if cues(self._chronic, s_start, s_end, mask=False) and not cues(self._recency, s_start, s_end, mask=False) \
                and not cues(self._contrast, s_start, s_end, mask=False):
            if any(m.end() <= start for m in cues(self._history, s_start, s_end)):
                return "historical"
        # Hypothetical: a conditional or first-aid cue earlier in the sentence, or a worry
        # just before the finding.
        if _IF_EVER.search(norm, s_start, s_end) and _IF_EVER.search(norm, s_start, s_end).start() < start:
            return "hypothetical"
        if any(not cues(self._contrast, m.end(), start, mask=False) for m in cues(self._hypothetical, s_start, start)):
            return "hypothetical"
        if any(not cues(self._contrast, end, m.start(), mask=False) and not cues(self._recency, end, m.start(), mask=False)
               for m in cues(self._post_hypothetical, end, s_end)):
            return "hypothetical"
        if any(len(re.findall(r"[a-z']+|[\u3400-\u9fff]", norm[m.end():start])) <= 3 for m in cues(self._worry, max(s_start, start - 30), start)):
            return "hypothetical"
        if any(len(re.findall(r"[a-z']+|[\u3400-\u9fff]", norm[end:m.start()])) <= 3 for m in cues(self._figurative, end, min(s_end, end + 40), mask=False)):
            return "hypothetical"
        if ANIMAL_SUBJECT.search(norm[max(c_start, start - 30):start]):
            return "hypothetical"
        if s_end < len(norm) and norm[s_end] == "?" and self._info_purpose.search(norm):
            return "hypothetical"
        # The cause may itself be a finding already read ("喝多了" is heavy drinking): it still explains.
        if code in self._transient and cues(self._transient_cause, s_start, s_end, mask=False) \
                and any(m.start() >= end for m in cues(self._transient_resolved, s_start, s_end, mask=False)):
            return "explained"
        # recall38c: a red toilet said beside a toilet cleaner or block that dyes the water ("马桶里放了红色的洁厕块，冲完水马桶
        # 里都是红的"): the dye's colour, not a bleed, unless blood or clots are named in the finding's own words
        if code == "rectal_bleeding_heavy" and not re.search(r"blood|血|clot", norm[start:end]) \
                and any(not _DENIED_CAUSE.search(norm[max(0, m.start() - 20):m.start()]) for m in _TOILET_DYE.finditer(norm)):
            return "explained"
        # recall38c: a stool said sticky or like tar is not explained by a food's colour (NHS Vomiting blood and black poo:
        # black, sticky, tar-like poo is A&E); the food darkens, it does not make tar
        if code in self._colour and not re.search(r"blood|血|tar|sticky|黏|粘|柏油|沥青", norm[start:end]) \
                and [m for m in cues(self._colour_cause, s_start, s_end, spans=cause_masked) if not _DENIED_CAUSE.search(norm[max(s_start, m.start() - 20):m.start()])] \
                and cues(self._colour_link, s_start, s_end, mask=False):
            # misread39 item 3: a black stool put down to a food or medicine ("吃了猪血和黑芝麻，大便是黑的") is explained only
            # while no other sign of a bleed is said (symptom_matches keeps it then, as gi_bleeding_on_iron does for iron)
            return "explained_food" if code in ("hematuria", "melena") else "explained"
        # Red pee with the food said as eaten in the same or one of the next three sentences ("my pee's gone red. I had beetroot salad yesterday",
        # "尿是红的，昨天吃了火龙果"; NHS Blood in urine: it may not be blood if you have recently eaten beetroot): explained,
        # unless a pain, fever or blood thinner is said too (symptom_matches keeps the finding then: "explained_food").
        if code == "hematuria" and not re.search(r"blood|血|clot|块", norm[start:end]):
            n_end, told = s_end, 0
            # the next three sentences, not counting bare marks ("...!!! 6 yr old... oh wait. He had half a jar of beetroot")
            while told < 3 and n_end + 1 < len(norm):
                a, n_end = _span(_SENTENCE, norm, n_end + 1)
                told += len(norm[a:n_end].strip(" .!?;")) > 3
            if not re.search(r"blood|血|clot", norm[s_start:n_end]) and any(_EATEN_BEFORE.search(norm[max(s_start, m.start() - 50):m.start()]) and not _COLOUR_MEDICINE.search(m.group())
                   and not _DENIED_CAUSE.search(norm[max(s_start, m.start() - 20):m.start()])
                   for m in cues(self._colour_cause, s_start, n_end, spans=cause_masked)):
                return "explained_food"
        # Resolved: "gone now" later in a sentence that dates the episode in the past.
        # fold-t143 (blind143 t143z-038 "昨晚熬夜加班喝了三杯浓咖啡，今天偶尔感觉心跳咯噔一下……几秒钟就好了"): a past time
        # that today takes over before the finding ("last night ..., today ...") dates what came before, not the finding
        # told of today; only a day word counts ("suddenly"/"突然" dates nothing).
        dated = [m for m in cues(self._past, s_start, s_end)
                 if (m.end() <= start and not _TODAY_TAKES_OVER.search(norm, m.end(), start)) or c_start <= m.start() < c_end]
        # A year-scale anchor ("两年前面瘫过，嘴歪了一阵，后来全好了") dates even a stroke sign that passed:
        # a TIA today is "it's gone now", not "years ago ... recovered".
        long_ago = [m for m in cues(self._history, s_start, s_end) if m.end() <= start]
        if code in RESOLVED_AFTER_72H and not _BACK_AGAIN.search(norm, end, s_end) and not cues(self._contrast, end, s_end, mask=False):
            long_ago += [m for m in cues(self._over_72h, s_start, s_end) if m.end() <= start or c_start <= m.start() < c_end]
        if (code not in self._keep_when_resolved and dated) or long_ago:
            if any(not [c for c in cues(self._contrast, end, m.start(), mask=False) if not _OPENS_RESOLUTION.fullmatch(norm, c.end(), m.start())]
                   for m in cues(self._resolved, end, s_end)):
                return "historical"
        return "current"

    def _negated(
        self,
        norm: str,
        code: str,
        start: int,
        end: int,
        masked: list[tuple[int, int]],
        clauses: list[tuple[int, int]],
    ) -> bool:
        s_start, s_end = _span(_SENTENCE, norm, start)
        if code in self._exposures and self._post_negation.search(norm, end, s_end):
            return True
        if ((asked := ASKED_CUES.search(norm, s_start, start)) and (answer := ANSWERED_NO.search(norm, end, s_end))
                and not ASKED_ABOUT_CHANGE.search(norm, asked.end(), answer.start())):
            return True
        c_start = next((a for a, b in clauses if a <= start < b), 0)
        scope = norm[c_start:start]
        if _NEGATIVE_FINDING.match(norm, start):
            # ...unless the cue touches it ("也没有不想活的念头" denies "不想活").
            # ...or a denial list reaches it through "or" ("没有情绪低落或者不想活这种想法", "no low mood
            # or thoughts of not wanting to live"): the cue opens the list, the finding closes it.
            touching = (re.search(r"(?<![a-z])(not|no|never|without)\s*$|(没有|没|无|未|并非|不是)$", scope)
                        or re.search(r"(?<![a-z])(no|never|without)(?= [a-z ']{1,40} (or|nor) $)", scope)
                        or re.search(r"(没有|没|无|未)(?=[^，,。；;!?！？\n]{1,12}(或者|或是|或)$)", scope))
            if not touching or not all(c_start + touching.end() <= s or c_start + touching.start() >= e for s, e in masked):
                return any(all(c_start + m.end() <= s or c_start + m.start() >= e for s, e in masked)
                           for m in _DENIALS.finditer(scope))

        def free(pos_start: int, pos_end: int) -> bool:
            a, b = c_start + pos_start, c_start + pos_end
            return all(b <= s or a >= e for s, e in masked)

        def last_terminator(pat: re.Pattern[str] | None, inside_findings: bool = True) -> int:
            ends = [m.end() for m in pat.finditer(scope) if inside_findings or free(m.start(), m.end())] if pat else []
            return max(ends, default=-1)

        # Chinese cues: anywhere earlier in the clause, no terminator in between.
        term_zh = last_terminator(self._zh_term)
        for m in self._zh_cue.finditer(scope) if self._zh_cue else ():
            if m.start() >= term_zh and free(m.start(), m.end()):
                if len(scope) - m.end() <= ZH_WINDOW_CHARS:
                    return True
        for m in self._zh_touch.finditer(scope) if self._zh_touch else ():
            if len(scope) - m.end() <= 1 and free(m.start(), m.end()):
                return True
        # English cues: within five words, no terminator in between. A terminator may run into the
        # phrase itself ("don't fancy food and feel sick": "and feel" starts a new verb clause).
        # A terminator inside a finding already read is part of it ("didn't hit my head or hurt myself": the "my" of
        # "hit my head" starts no new clause, the denial runs on through "or").
        term_en = max([last_terminator(self._en_term, inside_findings=False)] + [m.end() for m in self._en_term.finditer(norm[c_start:end])
                                                           if m.start() < len(scope) < m.end()] if self._en_term else [-1])
        # A denial that opens a list closing with "or" reaches the finding after the "or" over a "my" or
        # "and i" ("never had any swelling of my lips or trouble breathing"), as for a negative finding above.
        or_list = re.search(r"(?<![a-z])(no|never|without)(?= [a-z ']{1,40} (or|nor) $)", scope)
        if or_list and free(or_list.start(), or_list.end()):
            return True
        for m in self._en_cue.finditer(scope) if self._en_cue else ():
            if m.start() >= term_en and free(m.start(), m.end()):
                # A denial runs over a comma only as a list of findings ("no fever, cough or rash"): when what
                # it denies before the comma is no finding ("I haven't eaten today, vomiting blood since
                # this morning"), the comma closed it.
                comma = scope.find(",", m.end())
                if comma != -1 and not any(c_start + m.end() <= s and e <= c_start + comma for s, e in masked) \
                        and not (_LIST_CUE.fullmatch(m.group(0)) and len(scope[m.end():comma].split()) <= 3) \
                        and not (_COPULA_NEG.fullmatch(m.group(0)) and _WORD_LIST_TO_OR.fullmatch(scope[m.end():])):
                    continue
                # ...and no list runs on into a new clause after any comma of it ("no injury, it came on gradually")
                if any(_CLAUSE_OPENER.match(scope, m.end() + c.end()) for c in re.finditer(",", scope[m.end():])):
                    continue
                # Words of findings already read do not use up the window: "denies chest pain, shortness of
                # breath or palpitations" denies all three.
                words_between = sum(1 for w in re.finditer(r"[a-z0-9']+", scope[m.end():])
                                    if free(m.end() + w.start(), m.end() + w.end()))
                if words_between <= EN_WINDOW_WORDS:
                    return True
        return False


@functools.lru_cache(maxsize=1024)  # pure; read several times per message (symptom_matches, extract_findings)
def normalised(text: str) -> str:
    """The text the matcher reads (a Match's start/end index into it)."""
    return _INTENSIFIER.sub("", zh_temperatures(fix_spelling(fold_chinese(normalize(text)))))


def sentence_at(norm: str, pos: int) -> tuple[int, int]:
    """The (start, end) of the sentence of `norm` around `pos`."""
    return _span(_SENTENCE, norm, pos)


def sentence_bounds(norm: str) -> list[tuple[int, int]]:
    """Every sentence of `norm` as (start, end), the spans sentence_at gives, in one pass over the breaks."""
    bounds, start = [], 0
    for m in _SENTENCE.finditer(norm):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(norm)))
    return bounds


def clause_bounds(norm: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for m in _CLAUSE_BREAK.finditer(norm):
        bounds.append((start, m.end()))
        start = m.end()
    bounds.append((start, len(norm) + 1))
    return bounds


def _span(pattern: re.Pattern[str], norm: str, pos: int) -> tuple[int, int]:
    """The (start, end) of the piece of `norm` around `pos` between two `pattern` breaks."""
    start, end = 0, len(norm)
    for m in pattern.finditer(norm):
        if m.end() <= pos:
            start = m.end()
        else:
            end = m.start()
            break
    return start, end


def compile_mixed(cues: Sequence[str]) -> re.Pattern[str]:
    """Cue words in either language: English ones whole words, Chinese ones anywhere."""
    en = [c for c in cues if not re.search(r"[\u3400-\u9fff]", c)]
    zh = [c for c in cues if re.search(r"[\u3400-\u9fff]", c)]
    parts = [f"(?<![a-z])(?:{'|'.join(en)})(?![a-z])"] if en else []
    parts += [f"(?:{'|'.join(zh)})"] if zh else []
    return re.compile("|".join(parts))


def summarize(matches: Iterable[Match]) -> tuple[set[str], set[str]]:
    """Split matches into (present codes, absent codes): present wins if both occur.

    Historical and hypothetical mentions (ConText) are neither: "had black stools years
    ago" is not a black stool today, and it is not a denial either.
    """
    current = [m for m in matches if m.status == "current"]
    present = {m.code for m in current if not m.negated}
    absent = {m.code for m in current if m.negated} - present
    return present, absent
