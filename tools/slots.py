"""Deterministic extraction of interview slots: duration, severity, infant age, yes/no."""

from __future__ import annotations

import re
from datetime import date

from carebridge.tools.text import ZH_DIGITS, ZH_TENS, fix_spelling, fold_chinese, zh_integer
from carebridge.tools.text import normalize as _normalize

_ZH_NUM = {"半": 0.5, "一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
           "九": 9, "十": 10, "几": 3, "十几": 12, "俩": 2}
_UNIT_DAYS = {
    "minute": 1 / 1440, "min": 1 / 1440, "mins": 1 / 1440, "minutes": 1 / 1440, "分钟": 1 / 1440,
    "hour": 1 / 24, "hours": 1 / 24, "hr": 1 / 24, "hrs": 1 / 24, "h": 1 / 24, "小时": 1 / 24, "个小时": 1 / 24,
    "day": 1, "days": 1, "天": 1, "日": 1,
    "week": 7, "weeks": 7, "wk": 7, "wks": 7, "周": 7, "星期": 7, "个星期": 7, "礼拜": 7, "个礼拜": 7,
    "month": 30, "months": 30, "个月": 30, "月": 30,
    "year": 365, "years": 365, "年": 365,
}
_EN_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
             "seven": 7, "eight": 8, "nine": 9, "ten": 10, "few": 3, "couple of": 2, "several": 3, "half an": 0.5}
_NUM = r"(\d+(?:\.\d+)?|" + "|".join(sorted(map(re.escape, _EN_WORDS), key=len, reverse=True)) + ")"
# A compound numeral is read whole ("二十分钟" is 20 minutes, "十二天" 12 days, "二十几年" twenty-odd years): read one
# character at a time, "十二天" was 2 days and "二十五分钟" 5 minutes (fold-t119b found "二十分钟" read as 10).
_ZH_NUMS = rf"(\d+(?:\.\d+)?|[一二三四五六七八九]?十几|{ZH_TENS}|[半一两二三四五六七八九十几俩])"
# NOTE: "2-month-old", "8 weeks pregnant", "宝宝8个月", "孕8周" are ages, not how long a
# symptom has lasted; the lookarounds keep them out.
_EN_DURATION = re.compile(
    rf"(?<![a-z])(?<!times )(?<!once )(?<!twice ){_NUM}\s*(minutes?|mins?|hours?|hrs?|h|days?|weeks?|wks?|months?|years?)(?![a-z])"
    # "her 8 week jabs", "the 12 week scan", "6 week check": the visit named by the baby's or the pregnancy's age
    r"(?!\s*-?\s*(old|pregnant|of pregnancy|gestation|jabs?\b|vaccin|immuni[sz]|scan\b|check\b|review\b|booster))"
    # blind104: "28 weeks gone", "10 weeks pg": the weeks of a pregnancy said in lay words (symptoms.yaml pregnancy)
    r"(?!\s+(gone|pg)\b(?! by))"
)
_ZH_DURATION = re.compile(
    # not the tail of a longer number: "怀孕28周" is a gestation, not "8周" of illness ("怀孕快7个月", "怀孕已经6个月" too)
    # nor the months of an age in years and months: "宝宝1岁2个月" is 14 months old, not ill for 2 months;
    # "一个月大" is an age, but "一个月大便变稀" is a month of loose stools (大便, not 大)
    # blind104 t104z-038, t104z-050: "娃5个月", "外孙三个月" are a baby's age as "宝宝5个月" is, not months of a nappy rash
    # or cradle cap
    # blind110 t110z-026: "孩子出生20天,牙床上有好几个小白点点" is a baby born 20 days ago (an age, as "20天大"), not 20 days of
    # the white dots
    # misread33b: 子 blocks only the words for a child that end in it ("孩子3个月" is an age); a body part that ends in 子
    # ("拉肚子3天", "嗓子疼2天了" after 嗓子, "鼻子堵了5天") is followed by how long the complaint has lasted
    rf"(?<![孕宝儿女岁娃孙])(?<!孩子)(?<!儿子)(?<!孙子)(?<!侄子)(?<!小子)(?<!崽子)(?<!宝子)(?<!妻子)(?<!岁零)(?<!出生)(?<!出生第)(?<!出生才)(?<!出生刚)(?<!出生满)(?<!出生刚满)(?<!生下来)(?<!生下来才)(?<!怀孕)(?<!怀孕[快都已约近])(?<!怀孕已经)(?<!怀孕差不多)(?<![\d.])(?<!孕[一二三四五六七八九十])(?<!孕[一二三四]十){_ZH_NUMS}\s*(分钟|个小时|小时|天|日|个星期|星期|个礼拜|礼拜|周|个月|年)(?!大(?![便小])|的宝宝|的孩子|龄)(?<!月(?=(?:的)?(?:宝宝|孩子|儿子|女儿|闺女|小孩|婴儿|男宝|女宝|娃)))"
)
# "I'm 32 weeks" / "我32周了": weeks of pregnancy said as the speaker's state (a person, then 4-42 weeks, then the end
# of the clause), not how long a symptom has lasted ("I've had this cough for 3 weeks", "咳嗽3周了" stay durations).
# NOTE: it is a pregnancy (the lexicon reads it) and no duration; the number is not taken as the gestation, because a
# gestation only ever narrows a rule (bleeding before 14 weeks is urgent, not an emergency) and this one is inferred.
_GEST_N = r"([4-9]|[123][0-9]|4[0-2])"
_GEST_ZH_N = r"([4-9]|[123][0-9]|4[0-2]|四十[一二]?|[二三]十[一二三四五六七八九]?|十[一二三四五六七八九]?|[四五六七八九])"
_STATED_WEEKS = re.compile(
    rf"(?<![a-z])(?:i'?m|im|i am|she'?s|she is)(?: now| currently| about| nearly| almost| just over| over)? {_GEST_N} ?(?:weeks?|wks)"
    r"(?= *(?:$|[,.;!?]| and | now| today| with| but))"
    rf"|(?:我|她)(?:现在|已经|都|快|已)*{_GEST_ZH_N}(?:个)?(?:周|星期|礼拜)(?:了)?(?=$|[,.;!?。\s])"
    # "32 wks. belly goes hard", "30 weeks, heartburn": 12-42 weeks opening the message, then a stop or comma, is the
    # gestation the lexicon reads as a pregnancy (symptoms.yaml compose pregnancy), not an illness of 30 weeks
    r"|^\s*(?:1[2-9]|[23][0-9]|4[0-2]) ?(?:weeks?|wks)(?=\s*[,.;:](?!\s*(?:ago|old|later)))"
    # fold-t130 (blind130 t130e-036, t130e-050): "29 weeks and im getting this burning", "32 weeks and getting cramps":
    # the same opening, then what she is getting now (symptoms.yaml compose pregnancy reads it); "getting worse" is how long
    r"|^\s*(?:1[2-9]|[23][0-9]|4[0-2]) ?(?:weeks?|wks) (?:and|&) (?:i'?m |im |i am |i'?ve been |ive been |been |now |i keep |keep )?"
    r"(?:getting|having|get|have|got)(?! (?:worse|better|no better|nowhere|over|used|on))(?![a-z])"
    r"|^\s*(?:1[2-9]|[23][0-9]|4[0-2]|四十[一二]?|[二三]十[一二三四五六七八九]?|十[二三四五六七八九])(?:个)?(?:周|星期)(?:了|多了|多)?(?=[，,。.；;])"
)
# "baby is 8 months" / "my son's 6 weeks": a baby's age said without "old" is not how long a symptom has lasted.
_BABY_AGE_EN = re.compile(
    # misread28a family 6: a grandchild's age too ("my grandson is 13 months, dribbling loads": blind83 t83e-047, blind89
    # t89e-038), which the service read as 13 months of teething (routine) while the rules without it gave self-care
    rf"(?<![a-z])(?:baby|son|daughter|boy|girl|infant|newborn|little one|grandson|granddaughter|grandchild|grandbaby|grandkid|"
    rf"nephew|niece|toddler)(?:'s| is|,|:|)(?: only| just| about| nearly| almost| now)? {_NUM} ?(?:weeks?|wks?|months?)(?![a-z])"
    r"(?! (?:ago|pregnant|of (?!age)|along|later|into|in)\b)"
)
# fold-t138 (blind138 t138e-018): "my sons bum is red and sore from his nappy, 11 months, no spots anywhere else": a bare
# "11 months" standing alone between stops in a message about a baby or a toddler is the child's age given as an aside
# (as "baby is 8 months" above), not 11 months of nappy rash. Only a clause of nothing but the months (no "for", no "ago",
# no symptom word), and only where a child or a nappy is named.
_CHILD_NAMED_EN = re.compile(r"(?<![a-z])(?:baby|babies|son|sons|daughter|boy|girl|infant|newborn|toddler|little one|grandson|"
                             r"granddaughter|grandchild|nephew|niece|nappy|nappies|diaper|diapers)(?:'s|s)?(?![a-z])")
_BARE_MONTHS_AGE_EN = re.compile(rf"(?:(?<=[,.;:!?])|^)\s*(?:age |aged )?{_NUM} ?(?:months?|mths?|mo)(?: old)?\s*(?=[,.;:!?]|$)")
# "My son is 10 years, having running nose since 3 days": a person's age in years said without "old" (blind87).
_PERSON_AGE_YEARS_EN = re.compile(
    rf"(?<![a-z])(?:son|daughter|boy|girl|child|kid|he|she|i)(?:'s| is|'m| am|im)(?: only| just| about| nearly| almost| now)? {_NUM} ?(?:years?|yrs?)(?![a-z])"
    r"(?! (?:ago|of (?!age)|later|into|in)\b)"
)
# blind111 t111e-039: "... eating is bit sore. 77 years": an age of 40 or more signed off at the end of a message after a
# break, with nothing else said of it, is the writer's age, not how long the problem has lasted (a lone answer "45 years"
# to the interview's how-long question has no break before it and stays a duration).
_SIGNED_OFF_AGE_EN = re.compile(r"(?<=[.!?,;:])\s*(?:i'?m |im |i am |age |aged )?(?:[4-9]\d|1[01]\d) ?(?:years?|yrs?)\s*[.!]*\s*$")
# "chickenpox confirmed (her brother had it 2 weeks ago)": when someone else had it, never how long this one has lasted.
_OTHER_PERSON_EPISODE_EN = re.compile(
    r"(?<![a-z])(?:brother|sister|sibling|twin|cousin|mum|mom|dad|nan|nana|grandma|grandad|grandpa|husband|wife|partner|friend|mate|"
    r"classmate|flatmate|colleague|neighbour|neighbor)s? (?:had|got|caught|came down with|was ill with|went down with) [a-z ]{0,25}?"
    rf"(?:{_NUM} |a |a few |few |a couple of |couple of )(?:days?|weeks?|months?) ago"
)
# "GCSEs in 3 weeks and I'm so stressed": when an event to come is, not how long the problem has lasted (blind87).
_FUTURE_EVENT_EN = re.compile(
    r"(?<![a-z])(?:exams?|gcses?|a[- ]levels?|finals|tests?|mocks|sats|interview|wedding|holiday|flight|trip|operation|surgery|"
    r"appointment|procedure|move|deadline|due date|(?:i'?m|she'?s|i am|she is|baby is|baby'?s) due)(?: (?:is|are|start|starts|begin|begins))? "
    rf"in (?:about |around |just |only |under |less than )?(?:{_NUM}|a|a few|a couple of) ?(?:days?|weeks?|wks?|months?)(?![a-z])"
)
# fold-t131 (blind131 t131z-036): "考研还有一个月": the time left before an event to come (an exam, an interview, a wedding,
# an operation), not how long the problem has lasted; the event is named first, so "还有两天发烧" (also two days of fever)
# is not taken.
_FUTURE_EVENT_ZH = re.compile(
    r"(?:考试|考研|高考|中考|期末考?|期中考?|考|面试|答辩|婚礼|结婚|手术|开学|入职|出差|比赛|deadline|ddl)[^,，。;!?]{0,4}?"
    rf"(?:还有|还剩|只剩|就剩|倒计时)(?:不到|差不多|大概)?{_ZH_NUMS}\s*(?:个星期|星期|个礼拜|礼拜|周|个月|月|天)"
)
# fold-t131 (blind96 t96e-045): "Day 3 of quitting smoking after 30 years", "戒烟了，抽了三十年烟": how long the habit that
# has just been stopped went on, not how long the withdrawal has lasted (Asthma + Lung UK, Withdrawal symptoms: the first
# days and weeks after quitting). Only a habit said to be stopped: "smoked for 30 years, cough for 3 months" keeps its months.
_STOPPED_HABIT_YEARS = re.compile(
    rf"(?<![a-z])(?:quit|quitting|stopping|stopped|giving up|gave up|packing in|packed in) (?:smoking|cigarettes|the cigs|the fags|vaping|drinking|the booze)"
    rf" after (?:about |around |nearly |over |almost )?{_NUM} years?"
)
# the years of smoking or drinking said in Chinese, taken out only when the message says the habit has been stopped
_HABIT_YEARS_ZH = re.compile(rf"(?:抽|吸|喝)(?:了)?(?:烟|酒)?{_ZH_NUMS}\s*(?:多)?年(?:的)?(?:烟|酒)?")
_HABIT_STOPPED_ZH = re.compile(r"戒(?:了|掉)?(?:烟|酒)|(?:下决心|决定|开始|已经|终于)戒(?:了|掉)|(?:不|没)(?:再)?(?:抽|喝)了|(?:停|断)(?:了)?(?:烟|酒)")
# "Had the same thing few years ago, it was wax": when an earlier episode happened, not how long this one has lasted.
_PAST_EPISODE_EN = re.compile(
    r"(?<![a-z])(had|got|happened|was|were|did) (the (same|exact same) (thing|problem|issue)|this|it|that|something (similar|like this|like that))( once| before| too| as well)?"
    r"(?: (?:about|around|like|maybe|roughly|some|a|a few|few|several|couple of|a couple of|[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten))*"
    r" (days?|weeks?|months?|years?) (?:ago|back)"
)
# fold-t119b (blind119 t119e-045): "my dad had a stroke 2 years ago, hes had hiccups for about 20 minutes": a past illness or
# operation dated back ("had a stroke 2 years ago", "两年前中过风", "三年前做过搭桥手术") is when that happened, not how long
# the complaint told after it has lasted, when the complaint's own length is said too (as _PAST_EPISODE_EN).
_PAST_EVENT = re.compile(
    r"(?<![a-z])(?:had|has had|suffered|survived|went through) (?:a |an |his |her |my |their |the )?(?:(?:big|major|minor|mild|small|bad) )?"
    r"(?:stroke|mini[- ]?stroke|tia|heart attack|bypass|operation|surgery|hip replacement|knee replacement|brain injury|bleed on the brain)"
    r"(?: (?:about|around|like|maybe|roughly|some|a|a few|few|several|couple of|a couple of|[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten))*"
    r" (?:weeks?|months?|years?) (?:ago|back)"
    r"|(?:[0-9]+|[一二两三四五六七八九十几半]+)(?:个)?(?:月|年)(?:以前|之前|前)(?:就|曾经)?(?:得|中|发|做|患|犯)(?:过|了)?"
    r"(?:中风|脑梗|脑梗塞|脑卒中|脑出血|脑溢血|心梗|心肌梗死|手术|搭桥)"
    r"|(?:[0-9]+|[一二两三四五六七八九十几半]+)(?:个)?(?:月|年)(?:以前|之前|前)(?:就|曾经)?中(?:过|了)风"
)
# misread26: "had one a couple of years back", "had the same thing 2 years ago", "两年前也得过一次": an earlier episode
# of the same kind ("one", "the same", "过" of experience), never the start of this one, so it is no duration at all.
_EARLIER_EPISODE = re.compile(
    r"(?<![a-z])(?:had|got) (?:one|one of these|one of them|one like (?:this|it|that)|a similar one|the same(?: thing| problem| issue| infection)?|"
    r"something (?:similar|like (?:this|it|that)))(?: before| once| too| as well)?"
    r"(?: (?:about|around|like|maybe|roughly|some|a|a few|few|several|couple of|a couple of|[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten))*"
    r" (?:days?|weeks?|months?|years?) (?:ago|back|before)"
    r"|(?:[0-9]+|[一二两三四五六七八九十几半]+)(?:个)?(?:天|周|星期|礼拜|月|年)(?:以前|之前|前)(?:也|还|曾经|就)?(?:得|犯|有|发|患|出现|来|闹|生)过"
)
# blind86: "Tetanus was done a few years ago", "had my tetanus jab 5 years ago", "破伤风针是几年前打的": when a vaccine was
# given, not how long this problem has lasted (NHS Cuts and grazes asks about the tetanus jab; the cut is today's).
_VACCINE_WHEN = re.compile(
    r"(?<![a-z])(?:tetanus|booster|jabs?|vaccin\w*|immuni[sz]\w*)(?:[a-z' ]{0,30}?) (?:(?:about|around|like|maybe|roughly|some|a|a few|few"
    r"|several|couple of|a couple of|[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten) )*(?:days?|weeks?|months?|years?) ago"
    r"|(?:破伤风|疫苗|预防针)[^。，,；;!?！？]{0,8}?(?:\d+|[一两二三四五六七八九十几]+)(?:个)?(?:月|年)(?:前|以前|之前)"
    r"|(?:\d+|[一两二三四五六七八九十几]+)(?:个)?(?:月|年)(?:前|以前|之前)[^。，,；;!?！？]{0,4}?(?:打|接种|注射)(?:过|了)?的?(?:破伤风|疫苗|预防针)")
# A number with a time unit that is not how long this problem has lasted, masked (in this order) before reading one:
# "I'm 32 weeks" (a pregnancy), "baby is 8 months" and "my son is 10 years" (ages), "tetanus was done a few years ago" (a
# jab's date), "her brother had it 2 weeks ago" (someone else's illness), "exams in 3 weeks" (an event to come), "had one a
# couple of years back" (an earlier episode of the same kind).
# "for years" said in Chinese ("好几年", "十几年", "几十年", "三十年"): one fragment for every reading below that takes a
# span of years as something other than this problem's length (no exercise since, a recurring history, a season's years).
# 几十年 ("for decades") stands with the others: without it "反复几十年" was no history and "几十年了" left a stray 几.
_ZH_YEARS = r"(?:好多年|好几年|很多年|十几年|几十年|几年|多年|[0-9一二两三四五六七八九十]+年)"
# "好几年没锻炼了，前天去爬山，现在小腿酸": how long since the last exercise, not how long the ache has lasted (misread28a
# family 6: the service read years of aching where the rules without the duration gave exercise_muscle_ache, self-care)
_NO_EXERCISE_SINCE = re.compile(
    rf"(好久|很久|好长时间|很长时间|{_ZH_YEARS})(都)?没(有)?(怎么)?(运动|锻炼|健身|打球|跑步|爬山|动)(过)?"
    r"|(?<![a-z])(haven'?t|havent|hadn'?t|hadnt|not) (exercised|been to the gym|been running|run|trained|played( sport| football)?)"
    r"( properly| much| at all)? (for|in) (years|ages|months|a (few |couple of )?(years|months)|[0-9]+ (years|months))")
# "老毛病了一年一两次", "twice a year": episodes a year apart are how often it comes back, not how long this one has lasted
# (a monthly or weekly count, "头疼一个月好几次", is an ongoing pattern: its month stays the length, blind93 t93z-029)
# (blind98 t98z-036: a thrush that comes once or twice a year was read as lasting a year).
# fold-t122 (blind122 t122e-007): "i get these every few months when im stressed", "每隔几个月就长一次": the gap between
# episodes (a cold sore that keeps coming back), not how long this one has lasted (NHS Cold sores: they clear up within
# 10 days; triggers such as stress or illness bring them back).
_HOW_OFTEN = re.compile(r"(?:一|每)年(?:都)?(?:有|犯|发|来)?(?:一两|两三|一|两|三|[0-9])(?:次|回)"
                        r"|(?:once|twice|[0-9] times|(?:two|three|a couple of) times) (?:a|per|each|every) year(?![a-z])"
                        # fold-t139 (blind139 t139e-048): "I get about one a month": a migraine's monthly count, not this one's length
                        r"|(?<![a-z])(?:get|have|had|getting|having) (?:about |around |roughly |maybe |usually |only )?(?:one|once) (?:a|per|each|every) month(?![a-z])"
                        r"|(?<![a-z])every (?:few|couple of|other|several|[0-9]+|two|three|four|five|six) (?:weeks|months|years)(?![a-z])"
                        r"|每隔?(?:几|两三|三四|[0-9]+|[一两二三四五六])(?:个)?(?:星期|礼拜|周|月|年)(?:左右)?(?:就)?(?:会)?(?:犯|长|发|起|冒|来)(?:一次|一回)")
# blind104 t104z-039: "闺女13岁，来月经一年了，每次头一天肚子疼": how long since the periods started (menarche), not how long
# this period's pain has lasted ("her periods started a year ago" too); the pain comes with each period.
_SINCE_PERIODS_STARTED = re.compile(
    r"(?:来|有)(?:了)?(?:月经|例假|大姨妈)(?:已经|才|都|有)?(?:快|差不多|将近|大概)?(?:\d+|[半一两二三四五六七八九十几]+)(?:个)?(?:多)?(?:月|年)(?:多)?(?:了)?"
    r"|(?:(?<![a-z])her|(?<![a-z])my|'s) periods? (?:started|began|came) (?:about |around |nearly |almost |just over )?(?:\d+|a|one|two|three|a few|a couple of) (?:months?|years?) ago")
# misread32a family 10: a problem that has come and gone for months or years ("on and off for years", "for years on and
# off", "腰疼时好时坏好几年了") with this episode dated ("flared up 3 days ago", "this time it started 2 days ago", "这次三天前
# 犯的"): the span is the history, the episode's own length the duration (NHS Back pain: see a GP if the pain does not
# improve within a few weeks of this episode).
_RECUR_WORDS = (r"(?:on and off|off and on|on-and-off|on/off|on and off again|comes and goes|come and go|coming and going|"
                r"every now and (?:then|again)|now and (?:then|again)|from time to time|every so often|recurring|recurrent|keeps coming back)")
_ZH_MONTHS_SPAN = r"(?:好几个月|几个月|[0-9一二两三四五六七八九十]+个月)"
_SPAN_WORDS = (r"(?:the (?:last|past) )?(?:many |several |a few |few |some |a couple of |couple of |(?:\d+|two|three|four|five|six|seven|eight|nine|ten) )?"
               r"(?:years?|months?|yrs?)")
_RECURRING_FOR = re.compile(
    rf"(?<![a-z]){_RECUR_WORDS},? (?:for|over) {_SPAN_WORDS}(?: now)?|(?<![a-z])(?:for|over) {_SPAN_WORDS},? {_RECUR_WORDS}"
    rf"|(?:时好时坏|反反复复|反复|断断续续|老毛病)(?:的|发作|犯)?(?:了)?(?:有)?(?:{_ZH_YEARS}|{_ZH_MONTHS_SPAN})(?:了)?"
    rf"|(?:{_ZH_YEARS}|{_ZH_MONTHS_SPAN})(?:了)?[,，]?(?:一直)?(?:时好时坏|反反复复|断断续续)"
    # fold-t137 (blind137 t137z-036): a migraine comes in attacks (NHS Migraine), so the years it has been had are its
    # history and "今天又犯了", "got one today" this attack's length ("我偏头痛几十年了…今天又犯了", "had migraines for 30 years")
    r"|偏头痛(?:病)?(?:有|都|已经|得了)?(?:快|差不多|将近)?(?:[0-9一二两三四五六七八九十几好很]+)?年(?:了)?"
    r"|(?<![a-z])(?:had |suffered (?:from |with )?|get |got |have )?migraines? (?:for|over) (?:the (?:last|past) )?(?:many |several |a few |some |[0-9]+ |twenty |thirty |forty |fifty )?(?:years|decades|yrs)"
    # mend40: the English twins of the same history, "migraine sufferer for 30 years" and the years of headaches that come
    # in attacks ("had cluster headaches for 10 years", "headaches for 30 years"; NHS Cluster headaches: attacks that come
    # and go), said with years or decades only: "headaches for 3 weeks" stays their length
    r"|(?<![a-z])migraine sufferer (?:for|over) (?:the (?:last|past) )?(?:many |several |a few |some |[0-9]+ |twenty |thirty |forty |fifty )?(?:years|decades|yrs)"
    r"|(?<![a-z])(?:had |suffered (?:from |with )?|get |got |have )?(?:cluster )?headaches (?:for|over) (?:the (?:last|past) )?(?:many |several |a few |some |[0-9]+ |twenty |thirty |forty |fifty )?(?:years|decades|yrs)(?![a-z])"
    # fold-t136 (blind136 t136z-046 "痔疮好几年了，这几天吃辣的又犯了"): the years a condition has been had, said just before
    # it is told to have come back (又犯, 又发作, 复发): how long it has come and gone, the flare's own days are this episode
    rf"|{_ZH_YEARS}(?:了)?(?=[,，]?[^。;!?]{{0,16}}(?:又犯|又发作|又开始|又来了|又出来|复发))")
_EN_TODAY = re.compile(r"(?<![a-z])(?:today|tonight|this (?:morning|afternoon|evening))(?![a-z])")
# mend41: a new episode of a recurring condition dated hours or days back ("had migraines for 30 years, got one 2 days
# ago", "this one began yesterday", "这次两天前开始的", "昨天又犯了") dates this episode, so its date is the duration, not
# the years of the history (NHS Migraine and Cluster headaches: attacks that come and go; the attack's own length is what
# the advice turns on). Dated weeks, months or years back, or said to have cleared since ("had one 2 years ago, fine
# since"), it stays an earlier episode (_EARLIER_EPISODE).
_EPISODE_AGO = (r"(?:about |around |roughly |maybe |like |nearly |almost |over |just over )?"
                r"(?:[0-9]+|a|an|one|two|three|four|five|six|seven|a few|few|a couple of|couple of) (?:hours?|hrs?|days?) ago")
_EPISODE_START_EN = (r"(?<![a-z])(?:started|began|begun|came on|kicked in|kicked off|flared(?: up)?) "
                     rf"(?:{_EPISODE_AGO}|yesterday|last night|the day before yesterday)(?![a-z])")
_EPISODE_START_ZH = (r"(?:(?:[0-9]+|[一两二三四五六七八九十几半]+)(?:个)?(?:小时|天)(?:以前|之前|前)|昨天(?:晚上|早上|下午)?|昨晚|前天)"
                     r"(?:就|又|才)?(?:开始|起)(?:疼|痛|犯|发作)?")
# "got one 2 days ago" beside the history: the new attack, read as "this one started 2 days ago" (not when said to have
# gone since: "got one 2 days ago, fine since", "...but it went away")
_NEW_ONE_AGO = re.compile(
    rf"(?<![a-z])(?:got|had|get|woke up with|came down with) (?:one|another(?: one)?|a new one|a fresh one|a bad one|a nasty one|an attack|"
    rf"another attack|a migraine|another migraine) ({_EPISODE_AGO})(?![a-z])"
    r"(?![^.;!?]{0,40}(?:fine since|ok since|okay since|been fine|fine now|went away|gone away|has gone|it'?s gone|cleared|settled|passed))")
_THIS_FLARE = re.compile(r"(?<![a-z])(?:flare[sd]?(?: ?-? ?up)?|flaring( up)?|this (?:time|one|episode|flare|bout|attack)|(?:started|kicked off|came|come|coming) (?:up )?(?:again|back)|"
                         r"(?:went|gone|put|did|done) (?:it|my back|my neck) (?:again|out)|latest (?:one|episode|flare|bout)|set (?:it )?off)(?![a-z])"
                         # mend40: a new attack said in English as the Chinese 今天又犯了 says it ("had migraines for 30 years, got
                         # one today", "got another one", "woke up with one this morning", "one started this afternoon")
                         r"|(?<![a-z])(?:(?:got|get|getting|having|have|had|woke (?:up )?with|came down with) (?:another(?: one)?|one|a (?:new|fresh|bad|nasty) (?:one|attack|migraine))"
                         r"|another (?:one|attack|migraine|episode|bout)|(?:one|an attack|a migraine) (?:started|came on|kicked in|hit|began)|today'?s (?:one|attack|migraine))(?![a-z])"
                         r"|这次|这回|又犯|又发作|又开始|这一次|犯了|复发"
                         # and the Chinese 又疼起来了, 又来了, 又发了 beside 又犯 (not "又大又疼", big and sore, nor 又发烧)
                         r"|又(?:疼|痛)起来|又来了|又发(?:了|病)"
                         # mend41: a start dated hours or days back ("started 2 days ago", "it came on yesterday", "两天前开始的",
                         # "前天开始疼的"): said beside a recurring history (_RECURRING_FOR) it is this episode's start, as
                         # "this one started 2 days ago" is; alone it changes nothing (no history is taken out)
                         rf"|{_EPISODE_START_EN}|{_EPISODE_START_ZH}")
# misread33b: how long a pet has been with the family or a couple together ("we've had him 14 years, he's been limping
# since yesterday", "married 10 years", "这只狗养了十四年了") is the relationship's age, not when the complaint began.
_KEPT_OR_KNOWN = re.compile(
    r"(?<![a-z])(?:(?:we|i)(?:'ve| have|ve)? had (?:him|her|them|it|(?:the|our|my) (?:dog|cat|pet|puppy|rabbit|horse|pony))"
    r"|(?:we'?ve |we have |we'?re |we are |i'?ve |i have )?(?:been )?(?:married|together|dating|going out)"
    r"|(?:i'?ve |we'?ve |i have |we have )?known (?:him|her|them|each other))"
    rf"(?: for)?(?: (?:about|around|nearly|almost|over|just over))? {_NUM} ?(?:years?|yrs?|months?)(?![a-z])"
    r"|(?:养|结婚|在一起|认识|谈恋爱|交往)(?:了)?(?:快|差不多|有|都|已经)*(?:\d+|[一两二三四五六七八九十几]+)(?:多)?(?:个)?(?:年|月)")
# fold-t123b (blind123 t123z-028, "绝经两年了 下面老是干干的 同房的时候疼"): how long ago the menopause came ("绝经两年了",
# "两年前就绝经了", "went through the menopause 2 years ago", "my periods stopped 3 years ago", "post-menopausal for 5 years")
# dates the menopause, as a baby's age dates the baby, not how long the complaint told with it has lasted (NHS Vaginal
# dryness: common around and after the menopause). 停经 is left alone: a period missed for weeks is how a pregnancy is dated.
_MENOPAUSE_WHEN = re.compile(
    rf"(?<![a-z])(?:(?:went|been|gone|was) through|had|hit|reached|finished) (?:the |my )?menopause(?: (?:about|around|nearly|almost|over|just over))? {_NUM} ?(?:years?|yrs?|months?) (?:ago|back)"
    rf"|(?<![a-z])(?:post-?menopausal|through the menopause|past the menopause|(?:my |her )?periods (?:have )?(?:stopped|finished|ended)) (?:for|since)(?: (?:about|around|nearly|almost|over))? {_NUM} ?(?:years?|yrs?)(?![a-z])"
    rf"|(?<![a-z])(?:my |her )?periods (?:stopped|finished|ended)(?: (?:about|around|nearly|almost|over))? {_NUM} ?(?:years?|yrs?) (?:ago|back)"
    r"|绝经(?:了)?(?:已经|有|快|差不多|都|大概|才)*(?:\d+|[一两二三四五六七八九十几半]+)(?:多)?(?:个)?(?:年|月)"
    r"|(?:\d+|[一两二三四五六七八九十几半]+)(?:多)?(?:个)?(?:年|月)(?:以前|之前|前)(?:就|已经)?绝经")
# dept36 (blind72 t72e-045): "was constipated last week and now there's a soft lump at my bottom", "上周便秘，现在肛门口长了个
# 小肉球": an earlier complaint dated back (was, had, 上周便秘), then "now" bringing in something new (there's, I've got,
# 长了, 起了, 发现) dates the earlier complaint, not how long the new one has lasted (NHS Piles: see a GP if no better after
# 7 days of treatment; the days are the piles' own). A start that goes on ("since last week", "started last week",
# "上周开始", "一直") and "now it's ..." said of the same complaint stay its length.
_EN_WHEN_BEFORE = (r"(?:last week|last night|yesterday|the other day|the day before|the weekend|last weekend|"
                   r"(?:a|one|two|three|four|five|six|a few|few|several|a couple of|couple of|[0-9]+) (?:days?|weeks?) ago)")
_ZH_WHEN_BEFORE = r"(?:上周|上个星期|上个礼拜|上礼拜|前几天|前两天|昨天|前天|(?:[0-9]+|[一两二三四五六七八九十几]+)(?:个)?(?:天|星期|礼拜|周)(?:以前|之前|前))"
_EARLIER_COMPLAINT = re.compile(
    rf"(?<![a-z])(?:was|were|had|got|felt)(?: (?:really|very|quite|a bit|bit|badly|so|all))? "
    rf"(?:(?!\b(?:since|for|started|starting|began|been|still|ever)\b)[a-z '-]){{0,30}}? {_EN_WHEN_BEFORE}(?=[ ,.;]+(?:and |but |then |so )?(?:now|today|this morning)[ ,]+"
    r"(?:there'?s|theres|there is|there are|i'?ve got|ive got|i have got|i'?ve noticed|ive noticed|i noticed|i found|i'?ve found|i'?ve developed|i have (?:a|an|some)|i'?ve (?:a|an|some)|i got|got (?:a|an|some)))"
    rf"|{_ZH_WHEN_BEFORE}(?:的时候)?(?!开始|起|以来|到现在|一直)[^。！？；!?;，,]{{1,10}}[，,]\s*(?:但是?|可是?)?(?=(?:现在|今天|这两天)[^。！？；!?;，,]{{0,8}}?"
    r"(?:长了|长出|起了|冒出|冒了|鼓了|出现|发现|摸到|多了(?:个|一个)))")
# misread39 item 7: how long a relationship has lasted ("my gf of 3 years", "married 10 years", "together for 5 years",
# "结婚10年", "在一起三年") is nothing about the illness; the time since a birth ("5 weeks after giving birth", "gave birth 5
# weeks ago", "5 weeks postpartum", "产后5周", "生完孩子5周", "剖腹产两个月") is a postpartum fact (the lexicon's postnatal
# and early_postnatal readings), not how long the symptom has lasted.
_RELATIONSHIP_LENGTH = re.compile(
    rf"(?<![a-z])(?:gf|girlfriend|bf|boyfriend|wife|husband|hubby|partner|fianc[eé]e?|spouse|other half|missus|missis) of"
    rf"(?: (?:about|nearly|almost|over|just over))? {_NUM} ?(?:years?|yrs?|months?)(?![a-z])"
    rf"|(?<![a-z])(?:married|together|dating|engaged|going out|in a relationship|been with (?:him|her|them|my \w+))(?: for)?"
    rf"(?: (?:about|nearly|almost|over|just over))? {_NUM} ?(?:years?|yrs?|months?)(?![a-z])"
    r"|(?:结婚|在一起|谈恋爱|恋爱|交往|处对象)(?:了|都|已经|有|快|差不多|才)*(?:\d+|[一两二三四五六七八九十几半]+)(?:多)?(?:个)?(?:年|月)")
_SINCE_BIRTH = re.compile(
    rf"(?<![a-z])(?<!for )(?<!for about )(?<!for over )(?<!lasted )(?<!been )(?<!going on )(?<!had it )(?<!had this ){_NUM} ?(?:weeks?|wks?|months?|days?) (?:after|since) (?:giving birth|the birth|birth|delivery|my (?:c-?section|caesarean|cesarean)|"
    r"(?:my|the) (?:baby|son|daughter|twins|little one) (?:was|were) born|having (?:my|the|a) (?:baby|son|daughter|twins|c-?section|caesarean))"
    rf"|(?<![a-z]){_NUM} ?(?:weeks?|wks?|months?|days?) (?:post-?partum|post-?natal|post[- ]birth|post[- ]delivery)(?![a-z])"
    rf"|(?<![a-z])(?:gave birth|delivered|had (?:my|the|a|our) (?:baby|son|daughter|twins|little (?:boy|girl)|c-?section|caesarean)) {_NUM} ?(?:weeks?|wks?|months?|days?) ago"
    r"|(?:产后|生完(?:孩子|宝宝|小孩|娃)?|生(?:孩子|宝宝|娃)|剖腹产(?:后)?|剖宫产(?:后)?|顺产(?:后)?|分娩(?:后)?|坐月子)(?:已经|都|快|才|刚|有|第)*(?:\d+|[一两二三四五六七八九十几半]+)(?:多)?(?:个)?(?:周|星期|礼拜|天|月)(?:了)?")
# fold-t137 (blind137 t137e-047): "Every spring I get streaming itchy eyes ... had it for years", "每年春天都犯，好多年了": the
# years count the seasons it has come back in, not how long this bout has lasted (NHS Hay fever: worse between late March
# and September, when the pollen count is high).
_EVERY_SEASON = re.compile(r"(?<![a-z])(?:every|each) (?:spring|summer|autumn|fall|winter|pollen season|hay ?fever season|year when the pollen)(?![a-z])"
                           r"|每(?:年|到)(?:的)?(?:春天|夏天|春季|夏季|秋天|花粉季|这个时候)")
_SEASON_YEARS = re.compile(r"(?<![a-z])(?:(?:had|got|suffered (?:from |with )?|have had) (?:it|them|this|these|that|hay ?fever) )?(?:for|over) "
                           r"(?:the (?:last|past) )?(?:many |several |a few |some |(?:[0-9]+|two|three|four|five|ten|twenty) )?(?:years|yrs|decades)(?![a-z])"
                           rf"|{_ZH_YEARS}(?:了)?")
# selfcare39 (blind134 t134z-039, t134z-049): how long a named regular treatment has been taken or used ("用舒利迭一年多了",
# "打胰岛素好几年了", "been on metformin for 10 years") is the treatment's age, not how long the complaint told with it
# has lasted (NHS Fluticasone inhalers: a hoarse voice is a side effect at any time on the inhaler; the complaint's own
# length, when said, still counts). Only a medicine named and only months or years: generic "pills" or "吃药三个月" may be
# the complaint's treatment and keep their length.
# Only when the complaint is said to be recent ("最近嗓子有点哑", "lately"): a side effect said to have gone on since the
# start ("吃二甲双胍两个月了，一直肚子胀", "been on ramipril 2 months, a cough that never goes away") has lasted as long
# as the treatment, and keeps that length (blind100 t100z-031, blind105 t105e-029).
_RECENT_COMPLAINT = re.compile(r"最近|近来|这几天|这两天|这阵子|这段时间|近几天|近期"
                               r"|(?<![a-z])(?:lately|recently|these days|this week|the last few days|the past few days)(?![a-z])")
_TREATMENT_MEDICINES_EN = (r"(?:insulin|inhalers?|puffers?|metformin|gliclazide|warfarin|apixaban|rivaroxaban|statins?|atorvastatin|simvastatin|"
                           r"rosuvastatin|levothyroxine|seretide|symbicort|fostair|clenil|beclometasone|fluticasone|budesonide|"
                           r"sertraline|citalopram|fluoxetine|antidepressants?|blood thinners?|furosemide|ramipril|amlodipine)")
_TREATMENT_MEDICINES_ZH = (r"(?:胰岛素|舒利迭|信必可|布地奈德|倍氯米松|氟替卡松|激素吸入剂|吸入剂|二甲双胍|格列美脲|格列齐特|降糖药|降压药|阿托伐他汀|"
                           r"瑞舒伐他汀|他汀|华法林|利伐沙班|阿哌沙班|优甲乐|左甲状腺素|抗抑郁药|舍曲林|西酞普兰|氟西汀|呋塞米|利尿剂)")
_ON_TREATMENT_FOR = re.compile(
    rf"(?<![a-z])(?:on|taking|using|injecting) (?:my |the |a |his |her )?(?:[a-z]+ )?{_TREATMENT_MEDICINES_EN}(?: for)?"
    rf"(?: (?:about|around|over|nearly|almost|just over))? {_NUM} ?(?:years?|yrs?|months?)(?![a-z])"
    rf"|(?:用|吸|吃|打|服|服用|注射|喷)(?:了)?{_TREATMENT_MEDICINES_ZH}(?:的)?(?:已经|都|有|快|差不多|大概)*(?:好)?{_ZH_NUMS}\s*(?:多)?(?:个)?(?:年|月)")
_NOT_THIS_PROBLEMS_LENGTH = (_RELATIONSHIP_LENGTH, _SINCE_BIRTH, _SINCE_PERIODS_STARTED, _HOW_OFTEN, _NO_EXERCISE_SINCE, _STATED_WEEKS, _BABY_AGE_EN, _VACCINE_WHEN, _PERSON_AGE_YEARS_EN, _OTHER_PERSON_EPISODE_EN,
                             _FUTURE_EVENT_EN, _FUTURE_EVENT_ZH, _STOPPED_HABIT_YEARS, _EARLIER_EPISODE, _SIGNED_OFF_AGE_EN, _KEPT_OR_KNOWN, _MENOPAUSE_WHEN, _EARLIER_COMPLAINT)
# misread33b: a start named by its month ("a cough since March", "从3月份开始咳嗽", "三月份以来") is read against today's
# date: the most recent such month on or before today, counted from its first day (the longer reading; a month with a
# year said, "since March 2024", is that year's).
_MONTHS_EN = {"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5, "june": 6,
              "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10,
              "november": 11, "nov": 11, "december": 12, "dec": 12}
_SINCE_MONTH_EN = re.compile(
    r"(?<![a-z])(?:since|from|(?:started|began|begun|starting|beginning) (?:in|around|at the (?:start|beginning|end) of))"
    r" (?:the (?:start|beginning|middle|end) of |(?:early|mid|late)[- ]?)?(" + "|".join(sorted(_MONTHS_EN, key=len, reverse=True))
    + r")(?![a-z])(?:,? (\d{4})(?![0-9]))?")
_ZH_MONTH = r"(1[0-2]|[1-9]|十[一二]|[一二三四五六七八九十])"
_SINCE_MONTH_ZH = re.compile(
    r"(?:(?:从|自|打|自从)(?:今年|去年)?" + _ZH_MONTH + r"月(?:份)?(?:[0-9一二三四五六七八九十]{1,3}(?:号|日))?(?:初|中|底|中旬|上旬|下旬|末)?(?:的时候)?(?:开始|起|以来|到现在|就)"
    r"|(?<![0-9一二三四五六七八九十个])" + _ZH_MONTH + r"月份?(?:初|中|底|末)?(?:以来|开始到现在|到现在))")
_ZH_MONTH_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}


def _since_month_days(norm: str, today: date) -> list[float]:
    """Days since each month named as the start ("since March"), counted back from today."""
    found: list[tuple[int, int | None]] = []
    for m in _SINCE_MONTH_EN.finditer(norm):
        found.append((_MONTHS_EN[m.group(1)], int(m.group(2)) if m.group(2) else None))
    for m in _SINCE_MONTH_ZH.finditer(norm):
        token = next(g for g in m.groups() if g)
        last_year = "去年" in m.group(0)
        found.append((int(token) if token.isdigit() else _ZH_MONTH_NUM[token], today.year - 1 if last_year else None))
    days = []
    for month, year in found:
        year = year if year is not None else (today.year if month <= today.month else today.year - 1)
        if year > today.year or (year == today.year and month > today.month):
            continue
        days.append(float(max((today - date(year, month, 1)).days, 1)))
    return days
_EN_VAGUE = ((re.compile(r"for (many |several |a few |some )?months"), 60.0), (re.compile(r"for (many |several |a few |some )?years"), 365.0),
             (re.compile(r"for (a few |several |some )?weeks"), 14.0), (re.compile(r"好几个月|几个月|半年"), 90.0),
             (re.compile(r"好几年|很多年|多年|好些年|这些年|好些个年头|好多年"), 365.0), (re.compile(r"好几周|几个星期|几周"), 14.0),
             # "every day for the last month", "over the past few months": a span said without a number
             (re.compile(r"(?:for|over|in|during|throughout) the (?:last|past) month(?![a-z])"), 30.0),
             (re.compile(r"(?:for|over|in|during|throughout) the (?:last|past) (?:few |several |couple of |couple )?months"), 60.0),
             (re.compile(r"(?:for|over|in|during|throughout) the (?:last|past) (?:few |several |couple of |couple )?weeks"), 14.0),
             (re.compile(r"(?:for|over|in|during|throughout) the (?:last|past) (?:few |several |couple of |couple )?years?(?![a-z])"), 365.0))
# blind142 t142e-018: a day counted by its ordinal ("today is the 5th day", "it's day 5 of the fever", "on the fifth day
# now") is how long it has lasted, as 第五天 is in Chinese (NHS Fever in children: 5 days or more). Not a day of a
# month ("the 5th"), nor of a cycle, a course of tablets or a diet said by what it is the day of. "Day 3 of" names
# what it is the day of (stage 42: "Day 3 of quitting smoking after 30 years" is no illness's length, and the habit's
# words are taken out before this reads, so "day 3 of" alone must not count).
_EN_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "fourteenth": 14}
_EN_ORDINAL_DAY = re.compile(
    r"(?<![a-z])(?:(?:the|this|its|it'?s|today'?s?|now|on|we'?re on|she'?s on|he'?s on|i'?m on) )(?:the )?"
    r"(?:(\d{1,2})(?:st|nd|rd|th)|(" + "|".join(_EN_ORDINALS) + r")) (?:full |whole )?day(?![a-z])"
    r"(?! (?:of|on|after|since|into) (?:my |her |his |the |a |this |their )?(?:cycle|period|pill|pack|course|tablets|antibiotics|diet|fast|holiday|trip|month))"
    r"|(?<![a-z])day (\d{1,2}|" + "|".join(w for w in ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")) + r")"
    r" (?:now |today )?(?:of|with) (?:the |this |my |her |his |a |it)?(?:fever|temperature|temp|high temperature|illness|bug|virus|cough|cold|flu|symptoms?|being (?:ill|poorly|unwell|sick))(?![a-z])(?! (?:cycle|period|pill|course|tablets|antibiotics|diet))")


def _ordinal_days(norm: str) -> list[float]:
    out = []
    for m in _EN_ORDINAL_DAY.finditer(norm):
        if m.group(1):
            out.append(float(m.group(1)))
        elif m.group(2):
            out.append(float(_EN_ORDINALS[m.group(2)]))
        elif m.group(3):
            out.append(_to_number(m.group(3)))
    return out


_RELATIVE = (
    (re.compile(r"since (this morning|today|tonight|an hour ago)|just now|just started|few minutes ago|刚才|刚刚|今天(早上|上午|下午|晚上)?|今早"), 0.2),
    (re.compile(r"since yesterday|yesterday|last night|昨天|昨晚"), 1.0),
    (re.compile(r"前天|day before yesterday"), 2.0),
    (re.compile(r"since last week|last week|上周|上个星期"), 7.0),
)
_SEVERITY_NUM = re.compile(r"(?<![\d.])(10|[0-9])\s*(?:/\s*10|out of 10|分(?!钟))")
# NOTE: "on the worst days" / "the worst ones" rank days or episodes (heavy periods), not the pain: not a severity.
# carer40: "worst case scenarios" is a worry about what might happen, not a severity (blind131 t131e-050).
# "worst at night", "worst first thing": when it is worse in the day, not how bad (blind105 t105e-005, an itch worst at night).
_SEVERE = re.compile(
    r"severe|unbearable|excruciating|agonis|agoniz|agony|worst(?! (days?|nights?|weeks?|months?|times?|ones?|bits?|parts?|case|cases)(?![a-z]))(?![- ]case)(?! (at night|at bedtime|in the (morning|evening|night|afternoon)s?|first thing|(late )?(at|in the) (evening|night)|overnight)(?![a-z]))|terrible|extreme|incredibl|killing me|(?<![a-z])ripping|(?<![a-z])tearing|horrendous|horrific"
    r"|awful (\w+ )?(pain|cramp\w*|ache)|(hurts|painful|pain) so (much|bad) (that )?(i|he|she|they) (can'?t|cannot|couldn'?t)|writhing|doubled (me |him |her )?(up|over)|curled up (in a ball|on the floor|in pain)|can'?t (stand|sit) (up )?straight"
    # a child waking screaming who does not know the parent is there is a night terror (NHS Night terrors and
    # nightmares), not a pain rated (blind96)
    r"|screaming(?![^.!?。]{0,80}(doesn'?t|does not|didn'?t|did not|not) (seem to )?(know|recogni[sz]e|notice|realise|realize|see) (i'?m|i am|i was|me|we'?re|us|anyone|who))"
    r"|crying (out )?in pain|off the scale|won'?t let (me|anyone|us) touch"
    r"|doubl(e|es|ed|ing) (me |him |her )?over|knife-?like|like (a )?knife|can'?t (keep|stay|lie) still"
    r"|(something|it) (has )?(burst|ruptured|popped|tore|exploded) (in|inside)"
    r"|(这辈子|从来|一辈子)(都)?没(有)?(这么|那么|这样).{0,4}(疼|痛)|刀割|刀绞|刀扎|坐卧不安|(肚子|腹部|胃)(里)?(有)?(东西|什么)?(破了|炸了|爆了|裂了)|弯(着)?腰.{0,4}(站不起来|直不起)|(疼|痛)(得)?.{0,6}站不起来"
    r"|撕裂|撕开|剧烈|剧痛|受不了|(疼|痛)得(很|特别)?厉害|打滚|要命|难忍|非常(疼|痛)|特别(疼|痛)|(疼|痛)得.{0,6}(不能|没法|不敢)(碰|走|动|睡)"
    r"|(疼|痛)得要死|(疼|痛)得.{0,6}(倒在地上|直叫唤|叫出声|叫|弯成|直不起|冒冷汗|一动不敢动|不让碰)|直不起(腰|身)|一动(也)?不敢动|不让碰"
    # Pain that leaves no position bearable is 坐卧不安 / "can't lie still" in other words (restless with pain):
    # "疼得坐也不是躺也不是", "疼得翻来覆去找不到舒服的姿势", "no position is comfortable, I keep rolling around".
    r"|(疼|痛)得.{0,4}((坐|躺|站)也不是|翻来覆去|来回(打滚|翻身|翻)|找不到(一个)?(舒服|合适)的(姿势|位置|姿态)|怎么(躺|坐|待|呆)(着)?都不(是|行|舒服|对))"
    r"|(坐|躺|站)也不是,?(坐|躺|站)也不是"
    # blind5-40 (paraphrases_blind5 severe_abdominal_pain): the pain said to stop every movement with 都 ("蜷在地上动都不敢动",
    # as 一动不敢动 above) or to be the worst ever with 厉害 or 严重 ("肚子疼得从来没这么厉害过", as 从来没这么疼过 above):
    # ESI v4 severe pain (7 or more of 10)
    r"|动都不敢动|(疼|痛)(得)?(这辈子|从来|一辈子|以前)(都|也)?(从)?没(有)?(这么|那么|这样)(厉害|严重)过"
    # recall36b (blind2 severe_abdominal_pain): pain that stops the patient walking or moving, or has them rolling on the
    # floor, is severe however it is worded ("pain in my lower right side so bad I can't walk", "疼得动都动不了", "疼得在地上滚",
    # "痛到走不了路", "绞痛，怎么躺都不行"): ESI v4 severe pain (7 or more of 10), as "can't stand up straight" and 打滚 above
    r"|(pain|ache|hurts?|agony)(?:(?!\b(?:no|not|never|without|but)\b)[a-z ']){0,30} so (bad|much|severe) (that )?(i|he|she|they) (can'?t|cannot|couldn'?t) (even )?(walk|stand|move)"
    r"|(疼|痛)(得|到).{0,6}(动都动不了|动也动不了|动弹不了|在地上(打)?滚|满地(打)?滚|走不了路|走不动路|行唔到路|站都站不住)"
    r"|(绞痛|剧痛|疼|痛)[，,]?怎么(躺|坐)(着)?都不(行|是|舒服|对)"
    r"|no position (is|feels|helps|makes)|(can'?t|cannot|couldn'?t) (get|find a|find any) comfortable( position)? (in any position|whatever (i|he|she|they) do|no matter (what|how|which))"
    r"|(rolling|rolled|writhing) (around|about) (in|on) (the |my |his |her )?(bed|floor)|rolling (around|about) in (pain|agony)"
    # recall38b (blind4, blind2 severe_abdominal_pain): the pain said by what it does to the body ("he's curled up, can't get
    # comfy", "缩成一团，怎么躺都不行", "lying dead still because moving makes it explode", "碰都碰不得", "my insides are being
    # torn"): ESI v4 severe pain, as 打滚 and "can't lie still" above. Curled up alone (on the sofa, with a hot water bottle)
    # is no rating: it counts beside the restlessness of no comfortable position.
    r"|curled up[^.!?]{0,25}(can'?t|cannot|couldn'?t) get (comfy|comfortable)|(can'?t|cannot|couldn'?t) get (comfy|comfortable)[^.!?]{0,25}curled up"
    r"|(lying|lies|lay|laying|keeps|staying|stays) (dead |completely |perfectly |totally |very )?still (because|as|since|cos|cause) (moving|any movement|every movement|the slightest movement|movement)"
    r"|(insides?|guts?|stomach|tummy|belly) (are |is |feel like (they are|it is|they'?re|it'?s) |feels? like (they are|it is|they'?re|it'?s) )?(being )?(torn|ripped|shredded)( apart| open| in two)?"
    r"|(疼|痛)[^。;!?]{0,20}(缩成一团|蜷成一团|蜷缩成一团|缩成了一团|蜷成了一团)|(疼|痛)得[^。;!?]{0,4}(蜷|缩)(着|起来|成)"
    r"|(疼|痛)[^。;!?]{0,20}怎么(躺|坐|待|呆)(着)?都不(行|是|舒服|对)"
    # 碰都碰不得 said of the tummy only: tender breasts before a period ("乳房胀痛 碰都碰不得", NHS Breast pain: cyclical, self-care;
    # blind120 t120z-038) are no severe pain
    r"|(肚子|腹部|小肚子|肚皮|小腹|肚)[^。;!?]{0,10}碰(都|也)碰不(得|了)")
# "疼得有八分", "十分那种": a score in Chinese numerals ("十分疼" = very painful, also severe).
_ZH_SCORE = re.compile(r"(十|九|八|七)分(?!钟|之)")
# "annoying rather than terrible" / "less than excruciating" deny the severe word as surely as "not terrible".
_NEGATED_BEFORE = re.compile(r"(\bnot\b|n't\b|\bno\b|\bnever\b|\brather than\b|\binstead of\b|\bless than\b|不|没)[^,.;!?。]*$")
# blind92: "it's nothing like the worst headache of his life", "nowhere near as bad as the worst": the severe word in a
# comparison that is denied (read over a wider span than a plain "not", which the comparison pushes out of reach).
_COMPARISON_DENIED_BEFORE = re.compile(r"(\bnothing like\b|\bnowhere near\b)[^,.;!?。]*$")
# NOTE: the score is for pain (ESI's severe-pain criterion); a severe word that qualifies an itch
# ("痒得要命", "unbearable itching", "itchy as hell, driving me crazy") says nothing about pain.
_ITCH_BEFORE = re.compile(r"(痒|itch\w*)[得的起来\s]{0,3}$")
# "酸得要命", "酸痛得要命" after sport or the gym: the ache of muscles worked hard (delayed-onset soreness; NHS Sprains and
# strains, Mayo Clinic Muscle pain: rest and self-care), not a severe pain, when the message names the exercise (misread27
# family 9); "疼得要命" stays severe.
_SORE_BEFORE = re.compile(r"酸(痛|疼|胀|软)?[得的]$")
# blind112 t112e-045: "hay fever killing me, sneezing and itchy eyes": a severe word said of a complaint that is no pain
# (hay fever, allergies, sneezing, a cold, a blocked nose) rates how fed up the patient is, not a pain (NHS Hay fever: a
# pharmacist can help); "my throat is killing me" stays severe, and so does "coughing is agony" (the pain of coughing).
_NOT_PAIN_BEFORE = re.compile(r"(?<![a-z])(hay ?fever|allergies|allergy|sneez\w*|(this|my|the|a|his|her) cold|runny nose|"
                              r"(blocked|stuffy|bunged up) nose|snot|catarrh|hives)(( is| are|'s|'re| has been| have been| really| just|"
                              r" absolutely| literally| honestly| actually))* ?$")
# blind112 t112z-019: "后牙一下子酸得要命，过几秒就好了": 牙酸 is the twinge of a sensitive tooth (NHS Sensitive teeth: a
# sudden, sharp pain from cold or sweet things; sensitive toothpaste), not a severe pain rated; "牙疼得要命" stays severe.
_TOOTH_BEFORE = re.compile(r"牙[^。;!?]{0,10}$")
_EXERCISE = re.compile(r"健身|练腿|练胸|练背|撸铁|锻炼|运动|跑步|跑了|马拉松|爬山|打球|踢球|羽毛球|篮球|足球|网球|乒乓球|排球|游泳|骑车|骑行|跳绳|徒步|瑜伽|深蹲|训练|跳操"
                       r"|(?<![a-z])(gym|workout|work-out|leg day|training|exercise|squats|run|ran|running|marathon|hike|football|badminton|tennis)(?![a-z])")
# fold-t109b (blind109 t109e-037): "this job is literally killing me": the job or the workload wearing the person down
# (NHS Stress), not a pain rated; "my back is killing me" stays severe.
_BURDEN_BEFORE = re.compile(r"(?<![a-z])(job|work|boss|workload|commute|course|degree|exams?|revision|stress|kids|this heat|the heat)"
                            r"( is|'s| are|'re)?( literally| honestly| actually| really| just| slowly| absolutely)? $")
# blind115 t115z-049: "倒时差 白天困得要命": a severe word said of sleepiness, tiredness, hunger or thirst rates no pain
# (NHS Jet lag, Tiredness and fatigue); "头疼得要命" stays severe.
# fold-t131 (blind131 t131z-039): "戒烟第三天 烦得要命": a severe word said of irritability or nerves (烦, 烦躁, 急, 紧张, 焦虑)
# rates no pain either (Asthma + Lung UK, Withdrawal symptoms: irritability after quitting smoking)
_NOT_PAIN_ZH_BEFORE = re.compile(r"(困|犯困|想睡觉?|瞌睡|累|乏|饿|渴|烦|烦躁|急|着急|紧张|焦虑)[得的]$")
_ITCH_AFTER = re.compile(r"^\s*(痒|瘙痒|itch)")
_PAIN_AFTER = re.compile(r"^\s*(pain|ache|cramp|hurt|疼|痛)")
# "massive egg lump, honestly looks horrendous": a severe word for how a bump or rash looks says nothing about pain (blind87).
# blind90: "下降的时候耳朵特别疼……已经不疼了", "it was agony on the way down but it doesn't hurt any more": a pain said to
# have gone since the severe word is no severe pain now (the severity words before it tell the story, not the present).
_PAIN_GONE_AFTER = re.compile(
    r"(已经|现在|目前|这会儿?|后来)(已经|倒是|都|也)?(不怎么|不)(疼|痛)了|(疼|痛)(已经|现在)?(好了|消了|没了|过去了|停了)"
    r"|no longer (hurts|hurting|painful|sore)|(doesn'?t|does not|isn'?t|is not|not) (hurt(ing)?|painful|sore) any ?more"
    r"|(the )?pain('s| has| is)? (now )?(completely )?(gone|eased off|settled)( now)?(?! (in|into|to|down|up|through|round|across|from)\b)"
    # blind104 t104z-039: "疼得在床上打滚…吃了片布洛芬半个钟头后好多了": the pain that was severe is much better after an
    # over-the-counter painkiller (NHS Period pain: ibuprofen; see a GP if painkillers do not help): not severe now
    r"|(吃|服|用)(了)?(一|两|半)?(片|粒|颗|袋)?(布洛芬|芬必得|止痛药|止疼药|止痛片|对乙酰氨基酚|扑热息痛|去痛片|散列通)[^。!?！？]{0,12}?(以后|之后|后)?(就)?(好多了|好了|不疼了|不痛了|缓解了|缓解多了|好些了)"
    r"|(ibuprofen|paracetamol|painkillers?|nurofen|calpol|naproxen)[a-z ,']{0,30}? (and |then )?(it'?s|it is|she'?s|he'?s|i'?m|its|the pain'?s|the pain is) (now )?(much|a lot|loads|heaps|way) better")
_LOOKS_BEFORE = re.compile(r"(?<![a-z])(looks?|looked|looking|seems?|appears?) (so |really |absolutely |just |pretty |quite |totally )?$|(看(起来|着|上去)|样子)(很|好|特别|真)?$")


def _qualifies_itch(norm: str, m: re.Match[str]) -> bool:
    """Whether the severe word `m` describes an itch (and not a pain named right after it)."""
    after = norm[m.end():m.end() + 6]
    if _PAIN_AFTER.match(after) or re.search(r"pain|ache|疼|痛", m.group()):
        return False
    return bool(_ITCH_BEFORE.search(norm[max(0, m.start() - 14):m.start()]) or _ITCH_AFTER.match(after))
_MODERATE = re.compile(r"moderate|quite bad|pretty bad|中等|比较(疼|痛)|挺(疼|痛)|还行")
_MILD = re.compile(r"mild|slight|a (little|bit)|not (too|that|very) bad|轻微|有点|一点|稍微|不太(疼|痛|严重)")
# NOTE: weeks need "old"/"大" so "34 weeks pregnant" / "孕34周" is never read as a baby's age.
_INFANT_AGE = (
    (re.compile(r"(\d+)\s*-?\s*(?:weeks?|wks?)\s*-?\s*old|(\d+)\s*(?:周|星期)(?:大|的宝宝|的婴儿)"), 1 / 4.345),
    (re.compile(r"(\d+)\s*(?:-\s*)?months?(?:\s*-?\s*old)|(\d+)\s*(?:个)?月(?:大|的宝宝|的孩子|的婴儿|龄)"), 1.0),
    (re.compile(r"(\d+)\s*(?:-\s*)?days?(?:\s*-?\s*old)|(\d+)\s*天(?:大|的宝宝|的婴儿)|newborn|新生儿|刚生下来|生下来第|出生(?:第)?[0-9一二三四五六七]+天"), 1 / 30),
)
_AGE_YEARS = re.compile(r"(\d{1,3})\s*-?\s*(?:years?|yrs?|yo|y/o)\s*-?\s*old|(\d{1,3})\s*(?:岁|周岁)")
_YES = re.compile(r"^\s*(yes|yeah|yep|y|有|是|是的|对|嗯|有的)\b")
_NO = re.compile(r"^\s*(no|nope|n|none|nothing|没有|没|无|不是|否|不)(\b|[,.。，!！]|$)")


def normalize(text: str) -> str:
    """NFKC, lower case, traditional characters folded ("個月" = "个月"), misspellings fixed ("shes 7 weeks")."""
    return fix_spelling(fold_chinese(_normalize(text)))


def _to_number(token: str) -> float:
    if token in _ZH_NUM:
        return float(_ZH_NUM[token])
    if token.endswith("十几"):  # "二十几" twenty-odd: the tens and two, as 十几 is 12
        return float(ZH_DIGITS[token[0]] * 10 + 2)
    if (n := zh_integer(token)) is not None:
        return float(n)
    if token in _EN_WORDS:
        return float(_EN_WORDS[token])
    return float(token)


def parse_duration_days(text: str, today: date | None = None) -> float | None:
    """How long the problem has lasted, in days, or None if the text does not say (`today` dates a named month)."""
    # "一个多月" / "两天多" mean at least a month / two days; "三个来月" / "十来天" (来: about) about three months / ten days
    # (blind95 t95z-029: "腰疼三个来月了").
    norm = re.sub(r"个(?:多|来)(月|星期|礼拜|小时)", r"个\1", normalize(text)).replace("多天", "天").replace("多年", "年")
    norm = re.sub(r"(十|[1-9]0)来(天|年|个)", r"\1\2", norm)
    # mend41: "had migraines for 30 years, got one 2 days ago": the new attack beside the history, not an earlier
    # episode (_EARLIER_EPISODE); read as "this one started 2 days ago", which the history step below dates
    if _RECURRING_FOR.search(norm):
        norm = _NEW_ONE_AGO.sub(lambda m: "this one started " + m.group(1), norm)
    for other_time in _NOT_THIS_PROBLEMS_LENGTH:
        norm = other_time.sub(" ", norm)
    if _RECENT_COMPLAINT.search(norm):
        norm = _ON_TREATMENT_FOR.sub(" ", norm)
    if _HABIT_STOPPED_ZH.search(norm):
        norm = _HABIT_YEARS_ZH.sub(" ", norm)
    if _CHILD_NAMED_EN.search(norm):
        norm = _BARE_MONTHS_AGE_EN.sub(" ", norm)
    if _EVERY_SEASON.search(norm):
        norm = _SEASON_YEARS.sub(" ", norm)
    # "back pain on and off for years, flared up 3 days ago": the years are how long it has come and gone, the flare
    # dated after it is this episode's length, when one is said (misread32a family 10)
    # mend40: an English attack dated today ("had migraines for 30 years, got one today") is dated as 今天 is (_RELATIVE)
    attack_today = False
    if _THIS_FLARE.search(norm):
        without_history = _RECURRING_FOR.sub(" ", norm)
        attack_today = without_history != norm and bool(_EN_TODAY.search(without_history))
        if without_history != norm and (_EN_DURATION.search(without_history) or _ZH_DURATION.search(without_history)
                                        or any(p.search(without_history) for p, _ in _RELATIVE) or attack_today):
            norm = without_history
    # "had the same thing a few years ago": an earlier episode, not this one's length, when this one's is said too
    without_past = _PAST_EVENT.sub(" ", _PAST_EPISODE_EN.sub(" ", norm))
    if without_past != norm and (_EN_DURATION.search(without_past) or _ZH_DURATION.search(without_past)):
        norm = without_past
    # "33 weeks and my ankles are swollen ... my midwife": the gestation parse_gestation_weeks reads is the
    # pregnancy's age, not how long the symptom has lasted.
    if _PREGNANCY_EN.search(norm):
        norm = _GESTATION_EN.sub(lambda m: m.group(0)[:m.start(1) - m.start(0)] + " ", norm)
    # The longest stated span is the illness ("knees ached for months, stiff for a few
    # minutes in the morning" lasted months).
    spans = [_to_number(m.group(1)) * _UNIT_DAYS[m.group(2)]
             for pattern in (_EN_DURATION, _ZH_DURATION) for m in pattern.finditer(norm)]
    spans += [days for pattern, days in _EN_VAGUE if pattern.search(norm)]
    spans += _since_month_days(norm, today or date.today())
    spans += _ordinal_days(norm)
    if spans:
        return max(spans)
    for pattern, days in _RELATIVE:
        if pattern.search(norm):
            return days
    return 0.2 if attack_today else None


def parse_postpartum_days(text: str) -> float | None:
    """misread39 item 7: the time since a birth the message states ("5 weeks after giving birth", "产后5周"), in days, or None.
    It is a postpartum fact (how far into the postnatal weeks the mother is), read apart from the symptom's duration."""
    norm = normalize(text)
    days = []
    for m in _SINCE_BIRTH.finditer(norm):
        seg = m.group(0)
        days += [_to_number(d.group(1)) * _UNIT_DAYS[d.group(2)] for pattern in (_EN_DURATION, _ZH_DURATION) for d in pattern.finditer(seg)]
        # "生完孩子6周了": the weeks after a child word, which _ZH_DURATION leaves as the child's age
        zh = _BIRTH_ZH_SPAN.search(seg)
        if zh:
            days.append(_to_number(zh.group(1)) * {"周": 7, "星期": 7, "礼拜": 7, "天": 1, "月": 30}[zh.group(2)])
    return max(days) if days else None


_BIRTH_ZH_SPAN = re.compile(r"(\d+(?:\.\d+)?|[一两二三四五六七八九十半]+)(?:多)?(?:个)?(周|星期|礼拜|天|月)")


def parse_severity(text: str) -> int | None:
    """Pain/discomfort on 0-10: an explicit score, else severe=8, moderate=5, mild=2."""
    norm = normalize(text)
    m = _SEVERITY_NUM.search(norm)
    if m:
        return int(m.group(1))
    m = _ZH_SCORE.search(norm)
    if m:
        return int(_age_number(m.group(1)))
    if any(not _NEGATED_BEFORE.search(norm[max(0, m.start() - 12):m.start()]) and not _qualifies_itch(norm, m)
           and not _COMPARISON_DENIED_BEFORE.search(norm[max(0, m.start() - 30):m.start()])
           and not _LOOKS_BEFORE.search(norm[max(0, m.start() - 20):m.start()]) and not _PAIN_GONE_AFTER.search(norm, m.end())
           and not _BURDEN_BEFORE.search(norm[max(0, m.start() - 40):m.start()])
           and not _NOT_PAIN_BEFORE.search(norm[max(0, m.start() - 40):m.start()])
           and not _NOT_PAIN_ZH_BEFORE.search(norm[max(0, m.start() - 4):m.start()])
           and not (_SORE_BEFORE.search(norm[max(0, m.start() - 4):m.start()])
                    and (_EXERCISE.search(norm) or _TOOTH_BEFORE.search(norm[max(0, m.start() - 14):m.start() - 2])))
           for m in _SEVERE.finditer(norm)):
        return 8
    if _MODERATE.search(norm):
        return 5
    if _MILD.search(norm):
        return 2
    return None


_AGE_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
              "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_EN_N = r"(?P<n>\d+(?:\.\d+)?|" + "|".join(_AGE_WORDS) + ")"
_ZH_N = r"(?P<n>\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3})"
_EN_U = r"(?P<u>day|week|wk|month)s?"
_ZH_U = r"(?P<u>天|周|星期|礼拜|个月|月)"
_UNIT_MONTHS = {"day": 1 / 30, "week": 1 / 4.345, "wk": 1 / 4.345, "month": 1.0, "天": 1 / 30, "周": 1 / 4.345,
                "星期": 1 / 4.345, "礼拜": 1 / 4.345, "个月": 1.0, "月": 1.0}
# recall36b: twins (双胞胎) are babies too ("双胞胎九周，其中一个烧到38.6")
_BABY_ZH = "(?:宝宝|孩子|婴儿|小孩|娃|闺女|儿子|女儿|小家伙|宝|丫头|小子|双胞胎)"
# NOTE: every pattern says the number is a baby's age ("old", "born ... ago", "宝宝...个月",
# "...周大"); "8 weeks pregnant" / "孕8周" are gestations and never match.
_INFANT_AGE_PATTERNS = (
    # recall36b: "two and a half month old" (a half more, as 两个半月)
    re.compile(rf"(?P<under>just under |almost |nearly |not quite |under )?{_EN_N}(?P<half>[\s-]and[\s-]a[\s-]half)?[\s-]*{_EN_U}[\s-]*old"),
    re.compile(rf"born (?:about |around |just |only )?{_EN_N} {_EN_U} ago"),
    re.compile(rf"(?:aged|age) {_EN_N} {_EN_U}(?! pregnant)"),
    # recall36b: "twins are 9 weeks": the twins said as one subject
    re.compile(rf"(?:(?:he|she|baby|it|son|daughter|boy|girl|infant|newborn|little one)(?:'s| is)|(?:twins|babies|twin boys|twin girls) are) (?P<under>just under |almost |nearly |not quite |under )?(?:only |just |about )?{_EN_N} {_EN_U}"
               r"(?! pregnant| of pregnancy| gestation| along| ago| later)"),
    re.compile(rf"{_EN_N}[\s-]*{_EN_U}[\s-]*(?:old )?(?:baby|babies|boy|girl|son|daughter|infant|newborn)"),
    # recall38b (blind4 infant_fever): "Baby just turned 2 months": the age a baby has just reached, in weeks or months
    re.compile(rf"(?:just |only just |has just |recently )turned {_EN_N}[\s-]*{_EN_U}(?! pregnant| of pregnancy| gestation| along| ago| later)"),
    re.compile(rf"(?:baby|son|daughter|boy|girl|newborn|infant) \((?:aged |age )?{_EN_N} {_EN_U}(?: old)?\)"),
    # "baby 7 months, dribbling loads": a child then the age with no verb, the age closing its phrase; fold-t127 (blind127
    # t127e-022): "baby boy 4 months temp 39.2 tonight": or a temperature or fever said straight after it
    re.compile(rf"\b(?:baby|son|daughter|boy|girl|newborn|infant|little one)[,:]? {_EN_N} ?{_EN_U}"
               r"(?=[,.;:!?]|$| and | now\b| (?:temp|temperature|fever|high temp|high temperature|with)\b)"),
    # "not even 3 months yet (11 wks)": the bracketed age, else just under the stated one
    re.compile(rf"(?:baby|son|daughter|boy|girl|newborn|infant|he|she)(?:'s| is)? (?:not even|not yet|under|only just under) [^()]{{0,20}}\((?:aged |age )?{_EN_N}\s*{_EN_U}(?: old)?\)"),
    re.compile(rf"(?P<under>not even |not yet |not quite |under ){_EN_N} {_EN_U}(?: old)?(?: yet)?(?! pregnant| of pregnancy| gestation| along| ago| later)"),
    re.compile(rf"(?:矫正|纠正)(?:月龄|年龄)?(?:才|刚|只有|刚满)?{_ZH_N}(?:个)?(?P<more>多|半)?{_ZH_U}"),
    re.compile(rf"{_BABY_ZH}(?:还|才)?(?P<under>不到|没到|未满|还没满){_ZH_N}(?:个)?{_ZH_U}"),
    re.compile(rf"{_ZH_N}(?:个)?(?P<more>多|半)?{_ZH_U}(?P<half>半)?(?:大|的(?:男|女)?{_BABY_ZH})"),
    # "8个月宝宝发烧第五天": the age said straight before the baby, at the start of a phrase (not "孕8个月宝宝", "喂了3个月宝宝";
    # days are left out: "，2天宝宝没拉大便" is more often how long than how old); fold-t127 (blind127 t127z-024): "8个月男宝"
    re.compile(rf"(?:^|(?<=[,.;:!?\s家]))(?P<n>\d+(?:\.\d+)?|[一二两三四五六七八九十]{{1,3}})(?:个)?(?P<more>多|半)?(?P<u>周|个月|月)(?P<half>半)?(?:大)?(?:的)?(?:男|女)?{_BABY_ZH}"),
    re.compile(rf"{_BABY_ZH}(?:才|刚|只有|刚满|今天|已经)?{_ZH_N}(?:个)?(?P<more>多|半)?{_ZH_U}(?P<half>半)?(?![前后])"),
    re.compile(rf"(?:出生|生下来)(?:才|刚|只有|刚满)?(?:第)?{_ZH_N}(?:个)?{_ZH_U}"),
    re.compile(rf"{_ZH_N}(?:个)?{_ZH_U}前(?:出生|生的)"),
    re.compile(rf"(?P<under>差(?:几天|一点|一周|两天)?|不到|还没)满{_ZH_N}{_ZH_U}"),
)


def _age_number(token: str) -> float:
    if token in _AGE_WORDS:
        return float(_AGE_WORDS[token])
    if re.fullmatch(r"[一二两三四五六七八九十]+", token):
        if (n := zh_integer(token)) is not None:
            return float(n)
        if "十" not in token:
            return float(max(ZH_DIGITS[c] for c in token))  # "三四个月": the older age
        tens, _, ones = token.partition("十")  # "十二三" and the like: tens and the first unit
        return float(ZH_DIGITS.get(tens[-1:], 1) * 10 + ZH_DIGITS.get(ones[:1], 0))
    return float(token)


def _match_months(m: re.Match[str]) -> float:
    """The months an infant-age match says: its number times its unit, "半"/"多半" a half more, "just under" a little less."""
    groups = m.groupdict()
    months = _age_number(groups["n"]) * _UNIT_MONTHS[groups["u"]]
    if groups.get("half") or groups.get("more") == "半":
        months += 0.5
    if groups.get("under"):
        months -= 0.1  # "just under 3 months" is still under 3 months
    return round(months, 2)


def parse_infant_age_months(text: str) -> float | None:
    """An infant's age stated in the text ("6-week-old", "2个月大", "born three weeks ago"), in months."""
    norm = normalize(text)
    found = []
    for pattern in _INFANT_AGE_PATTERNS:
        for m in pattern.finditer(norm):
            found.append((m.start(), _match_months(m)))
    if found:
        return min(found)[1]
    for pattern, factor in _INFANT_AGE:
        m = pattern.search(norm)
        if m:
            number = next((g for g in m.groups() if g), None)
            return round(float(number) * factor, 2) if number else 0.0
    # the routine 6-week (42-day) postnatal check was recently done
    if re.search(r"(?:做完|刚做完|做了|刚做了)(?:了)?42天(?:体检|检查)|6[- ]week (?:check|review)(?: was)? (?:last week|yesterday|this week|today)", norm):
        return 1.5
    # born today or last night: a newborn on the first day of life
    if re.search(r"born (?:this morning|today|earlier today|this afternoon|last night|overnight)|(?:今天|今早|今天早上|今天凌晨|今天上午|今天中午|今天下午|昨天晚上|昨晚|昨天夜里|昨天半夜)(?:刚)?(?:出生|生)(?:的|下来)", norm):
        return 0.0
    # recall36b: "my month-old": a baby of one month, the number left unsaid
    if re.search(r"(?:刚)?满月|出月子|born last month|(?<![a-z])(?:my|our|the|a|his|her|their) month[\s-]old(?![a-z])", norm):
        return 1.0
    # born on a day of last month: between a few weeks and two months old
    if re.search(r"born (?:on )?(?:the )?\d{1,2}(?:st|nd|rd|th)? (?:of )?last month|上个月(?:\d{1,2}(?:号|日))?(?:出生|生的)", norm):
        return 1.5
    return None


# misread33a item 1: the message's patient said to be a baby of days, weeks or months, as the subject of what is told
# ("my 5 day old has a temperature of 38.2", "our 6 week old son is feeding poorly", "宝宝出生5天，发烧38度", "两个月大的宝宝
# 发烧", "刚满月的宝宝", "新生儿黄疸"), not a baby only named beside the writer's own problem ("breastfeeding my 6 week old",
# "宝宝两个月，我在喂奶": extract_findings leaves those out when the message reads the mother's own context). Narrower than
# parse_infant_age_months, which also reads ages that are someone else's.
_EN_BABY = r"(?:baby|son|daughter|boy|girl|infant|newborn|little one|grandson|granddaughter|grandbaby|twins)"
_EN_SAYS = (r"(?:'s|s|has|had|is|was|keeps|kept|won'?t|wont|isn'?t|isnt|hasn'?t|hasnt|doesn'?t|doesnt|didn'?t|didnt|seems|looks|feels|"
            r"felt|got|gets|started|threw|vomited|spiked|developed|suddenly|woke|cries|cried|can'?t|cant|is not|has not|will not)")
_PATIENT_INFANT_PATTERNS = (
    re.compile(rf"(?:my|our|the|her|his|their|a) (?P<n>\d+|{'|'.join(_AGE_WORDS)})[\s-]*(?P<u>day|week|wk|month)s?[\s-]*old(?: {_EN_BABY})?,? {_EN_SAYS}(?![a-z])"),
    re.compile(rf"(?:my|our|the|her|his|their) {_EN_BABY},? (?:who is |who's |is |aged |age )?(?:only |just )?(?P<n>\d+|{'|'.join(_AGE_WORDS)})[\s-]*(?P<u>day|week|wk|month)s?"
               rf"(?:[\s-]*old)?,? (?:and |but )?{_EN_SAYS}(?![a-z])"),
    re.compile(rf"{_BABY_ZH}(?:才|刚)?(?:出生|生下来)(?:才|刚|刚满|满|了)?(?:第)?{_ZH_N}(?:个)?{_ZH_U}"),
    re.compile(rf"(?:出生|生下来)(?:才|刚|刚满)?{_ZH_N}(?:个)?{_ZH_U}(?:大)?的{_BABY_ZH}"),
    re.compile(rf"{_ZH_N}(?:个)?(?P<more>多|半)?{_ZH_U}(?P<half>半)?大的{_BABY_ZH}"),
    re.compile(rf"(?:^|(?<=[,.;:!?\s，。；：！？]))(?:我家|我们家|家里)?{_BABY_ZH}(?:才|刚|刚满|只有)?{_ZH_N}(?:个)?(?P<more>多|半)?{_ZH_U}(?P<half>半)?(?:大)?(?:了)?(?=[,，。；;\s])"),
)


def parse_patient_infant_age_months(text: str) -> float | None:
    """The age of a baby the message is about, in months, when the text plainly says it of its patient, else None."""
    norm = normalize(text)
    for pattern in _PATIENT_INFANT_PATTERNS:
        m = pattern.search(norm)
        if m:
            months = _match_months(m)
            return months if months < 12 else None
    if re.search(rf"新生儿|(?:刚|才)?满月(?:的)?{_BABY_ZH}|{_BABY_ZH}(?:才|刚)满月|(?:my|our) newborn(?: {_EN_BABY})? {_EN_SAYS}(?![a-z])", norm):
        return 1.0 if "满月" in norm else 0.0
    return None


# misread34 item 1: the message's patient said to be a child of years, as the subject of what is told ("my 3 year old has
# had a fever", "my 4-year-old daughter has a rash", "我家3岁的孩子发烧", "孩子4岁了，发烧5天了", "儿子两岁半，发烧"), beside an
# adult's age typed in the age field. Only a possessive child (my, our, 我家, or the child opening its clause) is the
# patient: "a 3 year old boy bit me", "被一个3岁的小孩咬了" are someone else, and "we've had the car 3 years" no age.
_EN_CHILD = r"(?:son|daughter|boy|girl|child|kid|toddler|little one|grandson|granddaughter|grandchild|twins)"
_EN_CHILD_N = r"(?P<n>1[0-5]|[1-9]|" + "|".join(_AGE_WORDS) + ")"
_PATIENT_CHILD_PATTERNS = (
    re.compile(rf"(?:my|our|the|her|his|their) {_EN_CHILD_N}[\s-]*(?:years?|yrs?)[\s-]*old(?: {_EN_CHILD})?,? {_EN_SAYS}(?![a-z])"),
    re.compile(rf"(?:my|our) {_EN_CHILD},? (?:who is |who's |is |aged |age )?(?:only |just )?{_EN_CHILD_N}[\s-]*(?:years?|yrs?)(?:[\s-]*old)?,? (?:and |but )?{_EN_SAYS}(?![a-z])"),
    re.compile(rf"(?:我家|我们家|家里|咱家|我)(?:的)?{_ZH_N}(?:周)?岁(?P<half>半)?(?:多)?(?:大)?的{_BABY_ZH}"),
    re.compile(rf"(?:^|(?<=[,.;:!?\s，。；：！？]))(?:我家|我们家|家里|咱家|我)?(?:的)?{_BABY_ZH}(?:今年|才|刚|已经|都)?(?:快)?{_ZH_N}(?:周)?岁(?P<half>半)?(?:多)?(?:了)?(?=[,，。；;\s]|$)"),
)


def parse_patient_child_age_years(text: str) -> float | None:
    """The age in years (1 to 15) of a child the message is about, when the text plainly says it of its patient, else None."""
    norm = normalize(text)
    for pattern in _PATIENT_CHILD_PATTERNS:
        m = pattern.search(norm)
        if m:
            years = _age_number(m.group("n")) + (0.5 if m.groupdict().get("half") else 0.0)
            return years if 1 <= years < 16 else None
    return None


# An age said without "years old": "aged 70", "I'm 66, ..." (a number then a pause, so "I'm 38 weeks"
# stays a pregnancy), "七十一岁", and a person then a number then 了 ("我爸七十一了", "奶奶快八十了").
_ZH_AGE_N = rf"(\d{{1,3}}|{ZH_TENS})"
_AGE_YEARS_MORE = (
    re.compile(r"\baged (\d{1,3})\b|(?:^|[.!?,;] *)(?:i'?m|im|i am|he'?s|she'?s|he is|she is) (\d{2,3})(?= *(?:[,.;!?]|$| and | with ))"),
    re.compile(rf"{_ZH_AGE_N}(?:多)?(?:岁|周岁)"),
    re.compile(rf"(?:爸|妈|爷爷|奶奶|姥姥|姥爷|外公|外婆|公公|婆婆|老人|老伴|老爷子|老太太|我|他|她)(?:今年|已经|都)?(?:快|有|已)?{_ZH_AGE_N}(?:多)?(?:了|岁)"),
    # recall37a: a child's age in one numeral ("两岁的娃", "孩子三岁", "三岁半的女儿", "我儿子五岁"), as "3岁" is read; not a
    # difference in age ("比我大两岁", "小三岁"), a range ("两三岁") or the proverb "三岁看老"
    re.compile(r"(?<![大小比差早晚十百零〇一二两三四五六七八九\d])([一两二三四五六七八九])(?:周)?岁(?!看老)"),
)


def parse_age_years(text: str) -> float | None:
    """An age stated in years in the text ("my 3-year-old", "孩子3岁", "七十一岁", "我爸七十一了"), or None."""
    norm = normalize(text)
    m = _AGE_YEARS.search(norm)
    for more in _AGE_YEARS_MORE:
        if m:
            break
        m = more.search(norm)
    if not m:
        return None
    token = next(g for g in m.groups() if g)
    age = float(token) if token.isdigit() else float(zh_integer(token) or 0)
    return age if 0 < age <= 120 else None


_GESTATION = re.compile(r"(\d+|[一二两三四五六七八九十]{1,3})(?:\s*\+\s*[0-6])?\s*(?:周|星期)(?:的)?(?:身孕)?|(\d+)\s*(?:weeks?|wks) pregnant")
_GESTATION_CTX = re.compile(r"(孕|怀孕|怀了|怀|胎|pregnan)")
# "I'm 28 weeks and bleeding", "33 weeks, had a fall": weeks of pregnancy when the message is
# about a pregnancy (the pregnancy itself is found by the lexicon).
# fold-t148 (blind148 t148e-020: "I'm about 7 weeks (first pregnancy) and noticed a bit of brown spotting"): a gestation
# hedged with "about", "around", "nearly", "just over" is the same weeks (before 14 weeks the bleeding is the early pregnancy
# unit's, NICE NG126, not the emergency of a bleed later on).
_GESTATION_EN = re.compile(r"(?:(?:i'?m|im|i am|she'?s|she is|at|currently) (?:(?:about|around|roughly|approximately|approx\.?|nearly|almost|only|just|just over|just under|over|under|about to be|coming up to) )?|^|[.!?,] *)(\d{1,2})\s*(?:weeks?|wks)(?!\s*(?:old|ago|later|since|of (?:age|life)))")
# "I'm 33+2" / "at 36+5": weeks+days, the way the maternity notes write a gestation (read without a pregnancy word;
# the number must be a plausible gestation, 4 to 42 weeks, and days 0 to 6).
_GESTATION_PLUS = re.compile(r"(?:(?:i'?m|im|i am|she'?s|she is|at|currently|now) |^|[.!?,] *)([1-4]?\d)\s*\+\s*([0-6])(?!\d|\.\d|%)(?!\s*(?:years?|yrs?|y/?o|kg|lbs?|mmol|mg)\b)")
_PREGNANCY_EN = re.compile(r"pregnan|expecting|\bbump\b|positive test|midwife|antenatal|"
                           r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th) (?:baby|pregnancy), ")


# "about 6 weeks by dates" / "12+3 by scan": a gestation dated the way the maternity notes date it.
_GESTATION_BY_DATES = re.compile(r"(?<![\d.])(\d{1,2}) ?(?:weeks?|wks)?(?: ?\+ ?[0-6])? by (?:my )?(?:dates|scan|lmp|my last period)")


def parse_gestation_weeks(text: str) -> float | None:
    """Weeks of pregnancy ("孕8周", "怀孕七周", "30 weeks pregnant"), or None."""
    norm = normalize(text)
    m = _GESTATION_BY_DATES.search(norm)
    if m and 4 <= int(m.group(1)) <= 42:
        return float(m.group(1))
    for m in _GESTATION.finditer(norm):
        before = norm[max(0, m.start() - 4):m.start()]
        if m.group(2):
            return float(m.group(2))
        if _GESTATION_CTX.search(before):
            return _age_number(m.group(1))
    for m in _GESTATION_PLUS.finditer(norm):
        weeks = int(m.group(1))
        if 4 <= weeks <= 42:
            return weeks + int(m.group(2)) / 7
    if _PREGNANCY_EN.search(norm):
        m = _GESTATION_EN.search(norm)
        if m:
            return float(m.group(1))
    return None


def parse_yes_no(text: str) -> bool | None:
    """A short yes/no answer, or None when the answer is neither."""
    norm = normalize(text).strip()
    if _NO.search(norm):
        return False
    if _YES.search(norm):
        return True
    return None


def is_none_answer(text: str) -> bool:
    """True for answers meaning "nothing / none" (no medicines, no allergies...)."""
    norm = normalize(text).strip(" .。!！")
    return bool(re.fullmatch(
        r"(no|none|nothing|nope|n/?a|no (medicines?|medications?|allergies|drugs)|"
        r"没有|无|没|不吃药|没吃药|没有过敏|无过敏|没有吃药|否认|没有什么|不过敏)", norm))
