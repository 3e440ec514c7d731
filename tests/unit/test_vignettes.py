"""Regression guard on the vignette sets in bench/: no emergency under-triaged, ever."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from carebridge.service import CareBridge

BENCH = Path(__file__).resolve().parents[2] / "bench"
EMERGENT = {"emergency_ambulance", "emergency"}
# The sets the lexicon has been developed against (each was blind when first measured; the
# first-look figures are in the issue notes). A newly written blind set is measured with
# bench/eval_triage.py first and only then added here.
SETS = [BENCH / name for name in ("triage_vignettes.jsonl", "triage_vignettes_holdout.jsonl", "triage_vignettes_final.jsonl",
                                           "triage_vignettes_blind4.jsonl", "triage_vignettes_blind5.jsonl",
                                           "triage_vignettes_blind6.jsonl", "triage_vignettes_blind7.jsonl",
                                           "triage_vignettes_blind8.jsonl", "triage_vignettes_blind9.jsonl",
                                           "triage_vignettes_blind10.jsonl", "triage_vignettes_blind11.jsonl",
                                           "triage_vignettes_blind12.jsonl", "triage_vignettes_blind13.jsonl",
                                           "triage_vignettes_blind14.jsonl", "triage_vignettes_blind15.jsonl",
                                           "triage_vignettes_blind16.jsonl", "triage_vignettes_blind17.jsonl",
                                           "triage_vignettes_blind18.jsonl", "triage_vignettes_blind19.jsonl",
                                           "triage_vignettes_blind21.jsonl",
                                           "triage_vignettes_blind20.jsonl", "triage_vignettes_blind22.jsonl",
                                           "triage_vignettes_blind23.jsonl", "triage_vignettes_blind24.jsonl",
                                           "triage_vignettes_blind25.jsonl", "triage_vignettes_blind26.jsonl",
                                           "triage_vignettes_blind27.jsonl", "triage_vignettes_blind28.jsonl",
                                           "triage_vignettes_blind29.jsonl", "triage_vignettes_blind30.jsonl",
                                           "triage_vignettes_blind31.jsonl", "triage_vignettes_blind32.jsonl",
                                           "triage_vignettes_blind33.jsonl", "triage_vignettes_blind34.jsonl",
                                           "triage_vignettes_blind35.jsonl", "triage_vignettes_blind36.jsonl",
                                           "triage_vignettes_blind37.jsonl", "triage_vignettes_blind38.jsonl",
                                           "triage_vignettes_blind39.jsonl", "triage_vignettes_blind40.jsonl",
                                           "triage_vignettes_blind41.jsonl",
                                           "triage_vignettes_blind43.jsonl",
                                           "triage_vignettes_blind46.jsonl",
                                           "triage_vignettes_blind44.jsonl",
                                           "triage_vignettes_blind42.jsonl",
                                           "triage_vignettes_blind45.jsonl",
                                           "triage_vignettes_blind47.jsonl",
                                           "triage_vignettes_blind48.jsonl",
                                           "triage_vignettes_blind49.jsonl",
                                           "triage_vignettes_blind50.jsonl",
                                           "triage_vignettes_blind51.jsonl",
                                           "triage_vignettes_blind52.jsonl",
                                           "triage_vignettes_blind54.jsonl",
                                           # blind53 (mothers, mothers-to-be and small children): its under-triaged
                                           # emergencies folded in by tests/unit/test_fold_in_t53.py, its self-care
                                           # and near misses by tests/unit/test_fold_in_t53b.py
                                           "triage_vignettes_blind53.jsonl",
                                           # blind57 (pregnancy, after birth, babies and toddlers under 3): under-triage
                                           # folded in by tests/unit/test_fold_in_t57.py, self-care by the t53b groups
                                           "triage_vignettes_blind57.jsonl",
                                           "triage_vignettes_blind55.jsonl",
                                           "triage_vignettes_blind56.jsonl",
                                           # blind58 (a representative week of first messages): folded in by
                                           # tests/unit/test_fold_in_t58.py
                                           "triage_vignettes_blind58.jsonl",
                                           # blind59 (evenings, nights and weekends): its under-triaged emergencies
                                           # (DKA ketones on the meter, gallstone pain to the back, a fingertip cut
                                           # off) folded in by tests/unit/test_fold_in_t59.py
                                           "triage_vignettes_blind59.jsonl",
                                           # blind62 (working-age adults): a knee cut knocked open with white tissue
                                           # showing, fever after a malaria area, everyday self-care; folded in by
                                           # tests/unit/test_fold_in_t62.py
                                           "triage_vignettes_blind62.jsonl",
                                           # blind60 (a representative week): home meter DKA readings, the 999 line
                                           "triage_vignettes_blind60.jsonl",
                                           # blind61 (school-age children and teenagers): folded in by
                                           # tests/unit/test_fold_in_t61.py
                                           "triage_vignettes_blind61.jsonl",
                                           # blind63 (a representative week) and blind64 (relatives and friends writing
                                           # for someone else): limb deformity in lay words, a snap at the heel with no
                                           # tiptoe; folded in by tests/unit/test_fold_in_t63_t64.py
                                           "triage_vignettes_blind63.jsonl", "triage_vignettes_blind64.jsonl",
                                           # blind65 (a representative week): arterial bleeding, bleeding with a hard womb,
                                           # mumps, pus on the tonsils; folded in by tests/unit/test_fold_in_t65.py
                                           "triage_vignettes_blind65.jsonl",
                                           # blind68 (a representative week): a scald spilled onto the body, a non-blanching
                                           # rash with meningitis signs; folded in by tests/unit/test_fold_in_t68.py
                                           "triage_vignettes_blind68.jsonl",
                                           # blind66 (injuries and bleeding at every age, in people's own words): a limb out
                                           # of shape said generally, handlebar and jaw injuries; folded in by
                                           # tests/unit/test_fold_in_t66.py
                                           "triage_vignettes_blind66.jsonl",
                                           # stress_s21 (emergency recall across 30 classes, home-device numbers, family
                                           # reporters, typos): its first-look misses folded in by tests/unit/test_stress_s21.py
                                           "triage_vignettes_stress_s21.jsonl",
                                           # blind67 (home-device numbers: oximeters, watches, peak flow, BP cuffs,
                                           # nappies): folded in by tests/unit/test_fold_in_t67.py
                                           "triage_vignettes_blind67.jsonl",
                                           # blind69 (pregnancy, after the birth, breastfeeding, babies and toddlers under
                                           # 3): waters trickling before 37 weeks, coloured waters, green vomit, jaundice on
                                           # the first day; folded in by tests/unit/test_fold_in_t69.py
                                           "triage_vignettes_blind69.jsonl",
                                           # blind70 (a representative week, 34 emergencies): paracetamol over the daily
                                           # maximum said with a hedge ("一天吃了快6克"), drain cleaner named in lay words
                                           # on the skin, a known aneurysm said as a bulging vessel, a gout flare with fever,
                                           # memory loss over a year, thrush like last time; folded in by
                                           # tests/unit/test_fold_in_t70.py
                                           "triage_vignettes_blind70.jsonl",
                                           # blind71 (mothers and babies round 2: pregnancy, after the birth, babies and
                                           # toddlers under 3): a baby's fall off the bed or down the stairs, blood from the
                                           # ear after a head injury, a stiff-and-shaking fit, postnatal pre-eclampsia signs,
                                           # postpartum psychosis with danger to the baby, a hernia gone hard, a choke that
                                           # leaves a cough or wheeze; folded in by tests/unit/test_fold_in_t71a.py and
                                           # tests/unit/test_fold_in_t71b.py (its non-emergencies)
                                           "triage_vignettes_blind71.jsonl",
                                           # blind72 (older people, 65+, and their carers): a blistering burn from a hot-water
                                           # bottle, an own tablet taken twice by mistake, extra opioid patches, a fall said
                                           # "has fallen", rest tremor, non-healing skin spot, fungal nail, corn, heel pain;
                                           # folded in by tests/unit/test_fold_in_t72.py
                                           "triage_vignettes_blind72.jsonl",
                                           # blind73 (a representative week): blind first look on aeabf45 and again after the
                                           # blind70-72 rounds, 90% with no emergency under-triaged; nothing tuned
                                           "triage_vignettes_blind73.jsonl",
                                           # blind74 (poisonings, overdoses and exposures, and the outdoors): paracetamol
                                           # added up in a later sentence, a chemical or a mains shock on any skin, a snake
                                           # seen after the bite, pufferfish, a chemical drunk from a drink bottle, the gas
                                           # water heater in the bathroom, stings in the mouth or near the eye, large bite
                                           # reactions, sunburn in a baby, and the near misses (wanting to stop a habit,
                                           # white nettle bumps, a popped heel blister); folded in by
                                           # tests/unit/test_fold_in_t74.py
                                           "triage_vignettes_blind74.jsonl",
                                           # blind76 (mothers and babies, third round: pregnancy, labour signs, the first
                                           # six weeks, breastfeeding, babies and toddlers): blind first look on ea97b96
                                           # 3cat 80 / under-triaged 1 / dept 81 / exact 74; a baby who does not react to a
                                           # tap on the sole or whose whole body is floppy, 'blueish' lips, racing thoughts
                                           # that are not a jump, weeks of pregnancy opening a message, Braxton Hicks a few
                                           # times a day, lochia settling, an infected episiotomy, stridor only when crying,
                                           # a puffy face and fingers, postnatal low mood, an empty scrotum; folded in by
                                           # tests/unit/test_fold_in_t76.py
                                           "triage_vignettes_blind76.jsonl",
                                           # blind75 (a representative week, any age and body system, varied writing):
                                           # blind first look on ea97b96 91/2/92/88 (3cat/under/dept/exact); a head injury
                                           # whose headache painkillers do not ease, fever for 5 days in an older child,
                                           # 红肿发热 skin, a sugar reading before a full stop, chest pain "on the left side",
                                           # 拉了四五次肚子, thrush like last time, a hot tray touched; folded in by
                                           # tests/unit/test_fold_in_t75.py (t75z-017 is a known miss below).
                                           "triage_vignettes_blind75.jsonl",
                                           # blind77 (poisonings, overdoses, bites, stings, chemicals and exposures at home,
                                           # work and outdoors; blind first look on ea97b96: 3-category 72%, 6 emergencies
                                           # under-triaged, department 77%, exact 64%): frostbite, a gas appliance just
                                           # serviced, a dog bite on a child's face, the flesh laid open, still not waking
                                           # after being pulled out, aconite wine, toilet cleaner on the skin, and the
                                           # self-care of bee stings, flea and bed bug bites, a tick removed, heat rash,
                                           # pool eyes and silica gel, with the near misses (Raynaud's is not cyanosis, a
                                           # bull's-eye rash after a tick is not self-care); folded in by
                                           # tests/unit/test_fold_in_t77.py
                                           "triage_vignettes_blind77.jsonl",
                                           # blind79 (a representative week, short busy messages, some with the key detail
                                           # at the end): blind first look on ea97b96 96/3/93/94 (3cat/under/dept/exact);
                                           # the hot-oil blistered hand in tests/unit/test_fold_in_t75.py, the drain cleaner
                                           # up a forearm and the dog bite with the flesh laid open in
                                           # tests/unit/test_fold_in_t77.py
                                           "triage_vignettes_blind79.jsonl",
                                           # blind78 (people living with long-term conditions or treatments: diabetes,
                                           # asthma, COPD, heart failure, kidney disease, chemotherapy, transplants,
                                           # anticoagulants, epilepsy, stomas and catheters): blind first look on ea97b96
                                           # 3cat 74 / under-triaged 4 / dept 67 / exact 63. First round (a second fit
                                           # before waking, fever after a transplant, cancer in the bones with weak legs,
                                           # a stoma with no output, condition routing): tests/unit/test_fold_in_t78.py,
                                           # 78 / 0 / 82 / 70. Second round (an adult not drinking much is not a baby's
                                           # feeding, bleeding gums are not toothache, one's own metformin is not an
                                           # overdose, eyes going black on getting up too fast, 'caught a cold', sore
                                           # throat or mouth ulcers on methotrexate, chickenpox with a weakened immune
                                           # system, a calf that has swelled up, a treated hypo, a missed dose said with
                                           # its time): tests/unit/test_fold_in_t78b.py, 80 / 0 / 83 / 75. On the floor:
                                           # its misses left are self-care labels the sources do not give (a cold with
                                           # COPD at 71, a missed levetiracetam dose, warfarin with fish oil, postural
                                           # light-headedness at 69) and a chest-wall strain the engine keeps at chest_pain.
                                           "triage_vignettes_blind78.jsonl",
                                           # blind80 (a representative week, patients and relatives): blind first look on
                                           # 4cc3b29 94/1/93/91 (3cat/under/dept/exact); the possible ectopic said with
                                           # 例假推迟 and 测了两条杠 (tummy pain in waves) in tests/unit/test_fold_in_t80.py
                                           "triage_vignettes_blind80.jsonl",
                                           # blind81 (mothers and babies: pregnancy, the birth and six weeks after, newborns,
                                           # babies and toddlers): blind first look on 4cc3b29 81/4/73/77; flashing vision
                                           # with a headache in pregnancy, oven cleaner sprayed at a toddler's face, a baby
                                           # who will not wake however he is played with, and scissors in the eye (shut, cut,
                                           # oozing) in tests/unit/test_fold_in_t80.py. Its eye, ear, teeth and skin
                                           # department misses are the writer's (children go to 儿科 by the house rule).
                                           "triage_vignettes_blind81.jsonl",
                                           # blind84 (accidents, poisonings, bites): blind first look on 4f5a4c8 74/5/72/65
                                           # (3cat/under/dept/exact); a road collision in lay words with neck pain and
                                           # tingling arms, a bone sticking out wrong after an ankle injury, paracetamol
                                           # tablets counted for today, stings after a wasp nest was disturbed, a deep cut
                                           # with the inside seen and numb fingers; 'have I overdosed?' asked of a small
                                           # extra dose, bites told by their lumps: tests/unit/test_fold_in_t84.py,
                                           # 80/0/75/71. Its misses left are self-care labels for a stubbed toe, gym
                                           # soreness, a cat scratch and a bruised knee the lexicon does not read yet.
                                           "triage_vignettes_blind84.jsonl",
                                           # blind82 (a representative week): blind first look on 4f5a4c8 90/3/86/86
                                           # (3cat/under/dept/exact); a fall "onto his head" with vomiting, a nosebleed
                                           # still coming after 25 minutes of pinching, numbness around the bottom and
                                           # inner thighs said with 那一圈, and two self-care readings (嗓子有点疼, hives
                                           # 一大片一大片) in tests/unit/test_fold_in_t82.py: 95/0/90/91.
                                           "triage_vignettes_blind82.jsonl",
                                           # blind83 (older people and long-term conditions): blind first look on 7db4672
                                           # 78/3/87/70 (3cat/under/dept/exact); red pee on warfarin, a toe gone black in
                                           # diabetes, a deep cut still oozing after 20 minutes of pressure and printed
                                           # words blurred when reading (not speech) in tests/unit/test_fold_in_t83.py.
                                           "triage_vignettes_blind83.jsonl",
                                           # blind86 (a representative week): blind first look on de9c41c 88/1/86/86
                                           # (3cat/under/dept/exact); paracetamol tablets counted since yesterday (a
                                           # staggered overdose over two days), and near misses read: dehydration in
                                           # everyday Chinese, 鼻子流血, a rubbed-up blister, an eczema flare, a burst blood
                                           # vessel in the eye, sinusitis after a cold, a tetanus jab's date taken for a
                                           # duration: tests/unit/test_fold_in_t86.py, 93/1/94/91. t86e-013 stays a known miss.
                                           "triage_vignettes_blind86.jsonl",
                                           # blind87 (children and teenagers): blind first look on de9c41c 75/5/83/63
                                           # (3cat/under/dept/exact); a counted overdose told after the medicine, a crack
                                           # heard with a limb not used (now emergency: NHS Broken ankle, Broken arm or
                                           # wrist), blood from the ear after a head injury, a choke then a cough in bouts,
                                           # and the urgent readings (sore throat over a week, blood in the pee, cellulitis
                                           # past a pen line...) in tests/unit/test_fold_in_t87.py: 82/0/86/77.
                                           "triage_vignettes_blind87.jsonl",
                                           # blind85 (audit-style vignettes, half third person): blind first look on
                                           # de9c41c 85/2/87/79 (3cat/under/dept/exact); a cut still bleeding through the
                                           # tea towel after 15 minutes' pressure, pain moved to the lower right that has
                                           # spread across a boy's whole tummy (NHS Appendicitis), and near misses (brown
                                           # phlegm a cough brings up, 火锅 before heartburn, kettle steam as 热气, a cut said
                                           # small, red sore skin round chickenpox blisters, nappy rash, dry itchy legs) in
                                           # tests/unit/test_fold_in_t85.py: 92/0/90/86. Its self-care misses left are the
                                           # house's (a faint with a clear trigger stays with NICE CG109, a cold at 80 is
                                           # past common_cold_flu's age, a nosebleed stopped after pouring, Bell's palsy,
                                           # eyelid twitch and red pitaya pee not read yet).
                                           "triage_vignettes_blind85.jsonl",
                                           # blind90 (the smaller departments and their emergencies): blind first look on
                                           # b03d1ad 82/7/83/74 (3cat/under/dept/exact); skin coming off in sheets or at a
                                           # touch with a rash, blisters or mouth sores (NHS Stevens-Johnson syndrome), a
                                           # foreskin that will not come forward again (NHS Tight foreskin), an erection not
                                           # gone down across two clock times 4+ hours apart (NHS Priapism), a fragment that
                                           # flew up and hit the eye while hammering without goggles and a firecracker going
                                           # off at a child's face (NHS Eye injuries), a child who hardly responds when
                                           # called (NICE NG143), and the urgent readings (eczema herpeticum: NICE CG57;
                                           # shingles, ear discharge) in tests/unit/test_fold_in_t90.py: 88/1/87/81.
                                           # t90z-011 (a fish bone) was a known miss like t39z-013 until misread39 (bone_stuck_in_throat).
                                           "triage_vignettes_blind90.jsonl",
                                           # blind88 (a representative week): blind first look on b03d1ad 93/0/82/90
                                           # (3cat/under/dept/exact); no emergency under-triaged. The writer's own 'am i
                                           # having a stroke??', 'knock it on the head', a bare 'bunged up', hot water used
                                           # on purpose and 憋气 tried for hiccups are no longer findings; a burst foot
                                           # blister not healed in diabetes (NICE NG19), a newborn's red sticky eye said with
                                           # words between, small print held away, a neck lump placed in more words, a
                                           # reading in Chinese numerals are read; piles named go to 外科, sleeplessness with
                                           # the day's tiredness to 精神科, a wry neck to 外科, period pain with nausea to
                                           # 妇产科: tests/unit/test_fold_in_t88.py, 96/0/92/94. Its misses left: a stopped
                                           # nosebleed and a stopped finger cut (misread27's family), a hangover read as
                                           # thunderclap headache and poisoning, and the labels of an infant fever (NICE
                                           # NG143), a breast abscess (house: 外科) and a diabetic foot wound's department.
                                           "triage_vignettes_blind88.jsonl",
                                           # blind89 (audit-style vignettes, third person with age and sex): blind first
                                           # look on b03d1ad 91/1/90/87 (3cat/under/dept/exact); a stray dog's deep bite
                                           # that bled (NHS Animal and human bites: A&E if deep; 狂犬病暴露预防处置工作规范
                                           # 2016) whose 牙洞 had sent it to 口腔科, a muffled voice with a sore throat
                                           # (quinsy, not a stroke), the blue reliever several times a day, back pain of 4
                                           # weeks or more, a small cut said past a comma, a man's painful pee (NHS UTIs),
                                           # a swollen gum by a toothache (dental abscess), a cold sore's tingle; in
                                           # tests/unit/test_fold_in_t89.py: 96/0/93/95. Left: a deliberate paracetamol
                                           # overdose stays the house's ambulance (label A&E), the stopped nosebleed and
                                           # eyelid twitch (misread27's families), teething and departments for a wrist
                                           # lump, a check-up, sensitive teeth, mastitis and a diabetic foot.
                                           "triage_vignettes_blind89.jsonl",
                                           # blind93 (the common complaints in which emergencies hide): blind first look on
                                           # 7d9c288 82/1/89/79 (3cat/under/dept/exact); a child crying or saying it hurts
                                           # when peeing and smelly pee (尿很骚), no wet nappy since the morning and 喂水就吐,
                                           # a drowning feeling only when lying flat (orthopnoea, not an ambulance), right
                                           # upper tummy pain for 8 hours or more (NHS Gallstones), a cold's headache kept
                                           # to a week, and a heart attack in the family no transplant: in
                                           # tests/unit/test_fold_in_t93.py, 87/1/90/83. Left: t93z-017 (KNOWN_MISSES),
                                           # exertional chest tightness fine now (NHS 'comes and goes': urgent) kept at the
                                           # house's chest_pain emergency like blind42's t42z-019; routine/self-care and
                                           # department misses are fold-t93b's.
                                           "triage_vignettes_blind93.jsonl",
                                           # blind92 (audit-style vignettes, many in the third person): blind first look on
                                           # 28f8c18 92/2/92/86 (3cat/under/dept/exact); a toddler's scald from "a mug of
                                           # fresh tea" bigger than his hand and blistering, 咳出来小半碗鲜血 with
                                           # breathlessness, a headache "nothing like the worst of his life", 监听器 planted,
                                           # 被捅了一刀, a wound that has a smelly 分泌物, a jammed finger, hay fever by the
                                           # months, heartburn rising behind the breastbone, a "check up": tests/unit/
                                           # test_fold_in_t92.py, 97/0/96/92. Left: years-long heartburn and a month of
                                           # insomnia stay routine by duration, a paracetamol overdose and melaena with
                                           # dizziness on standing stay the house's ambulance, Bell's palsy unread.
                                           "triage_vignettes_blind92.jsonl",
                                           # blind91 (a representative week at the pre-consultation desk): blind first
                                           # look on 28f8c18 95/0/95/91 (3cat/under/dept/exact); no emergency under-triaged.
                                           # A stopped nosebleed then a child "又跑去玩了" (again said of the play, not the
                                           # bleeding: NHS Nosebleed), flashes then a curtain in one long sentence (NHS
                                           # Retinal detachment, A&E not 999), a blistering rash then the strip (NHS
                                           # Shingles), blood pressure/cholesterol/sugar checks asked for (NHS Health Check,
                                           # 全科), a child not seeing the board (NHS Short-sightedness), a 5-month-old's
                                           # 37.8 after the jabs (NICE NG143 amber is 39C at 3-6 months) in
                                           # tests/unit/test_fold_in_t91.py: 97/0/98/96. Left: mastitis to 外科 (house),
                                           # a 70-year-old's cold (common_cold_flu ends at 64, house), a faint at a needle
                                           # (NHS Fainting: see a GP; NICE CG109 assessment), recurring tension headaches
                                           # for years, and the UTI with blood in Chinese (misread28b's family).
                                           "triage_vignettes_blind91.jsonl",
                                           # blind94 (the conditions of the published symptom-checker audits, written anew
                                           # in their style): blind first look on 7d9c288 92/0/95/86 (3cat/under/dept/exact);
                                           # no emergency under-triaged. A little listless with a baby who still smiles when
                                           # played with (NICE NG143 green: t94z-021 to the urgent infant fever, not sepsis), a
                                           # heavy nosebleed said stopped two sentences after '!!', a nappy dry for half a day
                                           # (dehydration), falling asleep on the beach (sunburn), a red eye-white 'like a
                                           # bleed', 'a cold' beside white phlegm (not shock), the room that spins, a breath
                                           # caught again (喘上来) in tests/unit/test_fold_in_t94.py: 98/0/98/93. Left: the
                                           # house's ambulance for an ectopic with faintness and a staggered paracetamol
                                           # overdose (label A&E), a sore throat of 10 days and back pain 'killing me' kept
                                           # urgent, recognised thrush, period pain as usual relieved by ibuprofen, acne with
                                           # pus, mastitis (house: 外科) and BPPV's department.
                                           "triage_vignettes_blind94.jsonl",
                                           # blind98 (fevers, rashes and infections at every age): blind first look on
                                           # b74888d 75/7/83/64 (3cat/under/dept/exact). Folded in fold-t98
                                           # (tests/unit/test_fold_in_t98.py): green vomit said of "the last 2", a
                                           # diabetic's hole in the sole gone black and smelly with a fever (NICE NG19), a
                                           # graze with pain worse than it looks or purple-black skin and a fever (NHS
                                           # Necrotising fasciitis), fever with shivers or a racing heart and nearly
                                           # fainting after the birth (RCOG GTG64b), weeing loads that stings, 小便也痛, blood
                                           # in a watery stool, a yellow discharge from a caesarean wound, a nephew "now
                                           # covered in spots" in pregnancy, back from Lagos with a fever. Left as label
                                           # disagreements (KNOWN_MISSES): cholangitis, pyelonephritis in pregnancy and an
                                           # adult's hot swollen knee with fever, all urgent by their NHS/NICE pages.
                                           "triage_vignettes_blind98.jsonl",
                                           # blind95 (a representative week at the desk): blind first look on b74888d
                                           # 93/2/91/89 (3cat/under/dept/exact); a pan fire's blistered burns said 烫了 with a
                                           # hoarse voice and laboured breathing (serious_burn_with_airway_signs), a grinder
                                           # fragment with 没戴护目镜 said between, fewer nappies changed, a small cut whose
                                           # bleed stopped with pressure (and a denied stop, 还没止住, that is no stop),
                                           # 三个来月, 嗓子哑咯 before talking is an effort, piles and hay fever readings in
                                           # tests/unit/test_fold_in_t95.py: 99/0/98/95. Left: period pain as usual for
                                           # years, mastitis to 外科 (house), knee osteoarthritis's department.
                                           "triage_vignettes_blind95.jsonl",
                                           # blind97 (the published audit vignette style): blind first look on b74888d
                                           # 91/2/87/88; lips 有点紫 and a child 掉水池里 (drowning_with_symptoms), a crack
                                           # 听见 with a foot that cannot bear weight, 眼白也黄, 要是人不在了就好了 with no
                                           # plan, the change named, in tests/unit/test_fold_in_t95.py: 94/0/89/93. Left: a
                                           # pea-sized blister on a finger (NHS Burns and scalds: blistered burns on the
                                           # hands go to A&E; label self-care), a 7-week-old's 38.2 (NICE NG143 red; label
                                           # urgent), heartburn 'going up my throat' kept chest pain, recurring tension
                                           # headaches, beeturia, a slow memory decline said 老糊涂 still read as confusion
                                           # (t36z-014's overdose needs that reading until the overdose is read), and sleep
                                           # apnoea and mastitis departments (house: ENT, 外科).
                                           "triage_vignettes_blind97.jsonl",
                                           # blind96 (mental health, self-harm, alcohol and drugs beside the physical
                                           # emergencies that look like them): blind first look on b74888d 66/5/67/55
                                           # (3cat/under/dept/exact). Not feeling able to keep oneself safe and looking
                                           # up ways, a rough Chinese tablet count (二三十片) with only a groan when called,
                                           # the fall forgotten and the same question asked again after a head injury,
                                           # one's own wrist cut on purpose (划了手腕), not even water kept down beside
                                           # ketones 3.4 in tests/unit/test_fold_in_t96.py, with the urgent readings
                                           # (thought insertion, 'red and hot and swollen', a child drinking loads with
                                           # the weeing, 几乎没睡觉 beside mania): 0 of 34 under-triaged; with fold-t96b's
                                           # routine/self-care and department readings (tests/unit/test_fold_in_t96b.py:
                                           # sleepwalking, night terrors, baby blues, panic told at a rate, stress,
                                           # drinking worries) 89/0/86/82 in staging.
                                           "triage_vignettes_blind96.jsonl",
                                           # blind101 (a representative week at the online desk): blind first look on
                                           # 426df9b 95/0/95/86 (3cat/under/dept/exact), nothing folded when it joined:
                                           # the seventh unseen set with no emergency under-triaged. fold-t102b folded its
                                           # misses (tests/unit/test_fold_in_t102b.py: heartburn rising into the chest with a
                                           # sour taste, loo trips counted and watery, 'no temp', red raw sunburn, the period
                                           # then cramps, shingles by its folk names, the heart jumping about, short sight, a
                                           # headache like a blow to the head): 99/0/99/93. Left: the exact level of three
                                           # emergencies (an overdose, a bleed with shock signs, drooling: the rules' ambulance),
                                           # recurrent piles, hyperglycaemia and recurring palpitations (NHS: see a GP), chronic
                                           # knee pain said 疼得厉害, postnatal mastitis (bench labels split 妇产科/外科).
                                           "triage_vignettes_blind101.jsonl",
                                           # blind102 (children and babies, written by parents and grandparents): blind
                                           # first look on 426df9b 86/5/92/79 (3cat/under/dept/exact); green vomit said of
                                           # 'the last two lots', a child a lifeguard pulled out now falling asleep, an
                                           # electric shock from a poked socket with the child out a good while before
                                           # coming round, a scald with shock signs (burn_with_shock_signs, St John
                                           # Ambulance) and a jam-like stool past the pause, with the urgent readings (a
                                           # baby 'looking yellow', gunk 'coming out his ear', stridor 'when shes crying',
                                           # skin 红肿发烫 round the pox or the navel, the blue spray 四五回, a cheek
                                           # swollen that hurts to chew) in tests/unit/test_fold_in_t102.py: 93/0/96/91.
                                           # Left as the house rules say (label disagreements, none under-triaged): DKA
                                           # with confusion (t102e-009, A&E or 999 by NHS DKA; altered_consciousness is
                                           # emergency), drain cleaner swallowed (t102z-017, poisoning_overdose is
                                           # ambulance), an adult tooth knocked out (t102z-018, NHS Broken or
                                           # knocked-out tooth: emergency dentist or A&E immediately).
                                           "triage_vignettes_blind102.jsonl",
                                           # blind99 (relatives and carers writing about someone else): blind first look on
                                           # 426df9b 95/1/91/91 (3cat/under/dept/exact); acute retention told in the third
                                           # person ("he hasn't been able to pee at all ... keeps going to the loo and nothing
                                           # comes out") in tests/unit/test_fold_in_t100.py: 96/0/92/92. Left as the house's
                                           # conventions over the labels: a deliberate paracetamol overdose and sudden
                                           # monocular vision loss at 999 (label A&E), spotting with one-sided pain at 7 weeks
                                           # (pregnancy_bleeding_with_pain, NICE NG126) and tarry black poo on aspirin
                                           # (gi_bleeding) at A&E (labels urgent by NHS Ectopic pregnancy / rectal bleeding).
                                           "triage_vignettes_blind99.jsonl",
                                           # blind100 (people of 65 and over, some written by their children): blind first
                                           # look on 426df9b 81/6/84/78; retention said "pass water ... only a few drops", a
                                           # thunderclap headache "like I got hit with a cricket bat on the back of my head",
                                           # a head caught on a cupboard on apixaban, hearing-aid batteries, a deep bite
                                           # still bleeding, a diabetic foot with pus and rigors, a leg shorter and turned
                                           # out after a slip (NHS Hip fracture, 999), shingles' crop of blisters on one side
                                           # and a heart-failure gain of "2 and a half kilos" in
                                           # tests/unit/test_fold_in_t100.py: 87/0/89/85. Left: new confusion with a UTI
                                           # (altered_consciousness), red pee on warfarin (anticoagulant_blood_in_urine) and
                                           # a TIA passed overnight (stroke_signs) kept at the house's A&E/999 (labels urgent).
                                           "triage_vignettes_blind100.jsonl",
                                           # blind103 (the published audits' vignette style, third person with age and
                                           # sex): blind first look on 4c91177 96/0/95/93 (3cat/under/dept/exact),
                                           # nothing folded when it joined: the eighth unseen set with no emergency
                                           # under-triaged.
                                           "triage_vignettes_blind103.jsonl",
                                           # blind106 (injuries and accidents at home, at work, on the road and in sport,
                                           # all ages): blind first look on 8a90a68 76/4/76/66 (3cat/under/dept/exact); a
                                           # grinder fragment 'flew into' the eye with "vision's a bit blurry", a gas fire
                                           # left on all night with a faint (carbon monoxide), finger joints counted off
                                           # (两节都掉了) with 血止不太住, a whole tooth knocked out at 13 or older (an adult
                                           # tooth), and the misreadings that sent a well toddler ('babbling as normal'), a
                                           # pulled hamstring (大腿后面抽了一下) and a stiff wrist (往下压压不下去) to 999 or
                                           # the ED, with infected scalds and bites, a human bite, grit still felt after
                                           # rinsing, blistered sunburn with shivers and friction or pinch blisters in
                                           # tests/unit/test_fold_in_t106.py: 87/0/82/79. Left: oil-spatter dots read as
                                           # petechiae (t106z-003), minor sports injuries the lexicon does not read yet.
                                           "triage_vignettes_blind106.jsonl",
                                           # blind107 (skin, eyes, ears, nose, throat and mouth): blind first look on
                                           # b4acde3 89/4/81/78 (3cat/under/dept/exact); a throat that cannot swallow and
                                           # spits into a cup with stridor (epiglottitis), skin off at a touch after
                                           # allopurinol ('一碰皮就掉'), black phlegm after a gas flame to the face, a
                                           # fragment 嘣 into the eye from an angle grinder, with the urgent and self-care
                                           # readings (a rash on lamotrigine, mastoiditis, grit that will not rinse out,
                                           # quinsy's mouth and voice, a mouth ulcer as a white sore, an ear bunged up, an
                                           # eyelid twitch the internet calls a stroke) in tests/unit/test_fold_in_t107.py:
                                           # 97/0/90/88 before mastoiditis. Left: Bell's palsy at 999 (stroke_signs reads
                                           # a face drooped; label urgent), blood-streaked phlegm at urgent (coughing_blood),
                                           # persistent ooze after an extraction and chilblains read beside gout.
                                           "triage_vignettes_blind107.jsonl",
                                           # blind108 (messages at night and at weekends): blind first look on b4acde3
                                           # 94/3/91/91; a baby moving 'less than usual' at 34 weeks, a toddler who found
                                           # grandad's amlodipine and 'looks the same as usual' (not the tablets taken as
                                           # usual), with insomnia for months, 'full of cold', a grumbling pain in early
                                           # pregnancy, a band-like headache and misty sight in
                                           # tests/unit/test_fold_in_t107.py: 97/1/95/93. Left: t108e-016 (KNOWN_MISSES),
                                           # teething with a parent 'so tired' and sunburn not named.
                                           "triage_vignettes_blind108.jsonl",
                                           # blind104 (pregnancy, the weeks after birth and women's health): blind first
                                           # look on 4c91177 72/4/84/68; its four under-triaged emergencies folded in
                                           # staging (tests/unit/test_fold_in_t104.py), 76/0/86/72 on b4acde3. The adults'
                                           # self-care and department misses in tests/unit/test_fold_in_t104a.py ('28 weeks
                                           # gone', ankles 'like balloons', the birth dated by weekday with tears, cyclical
                                           # breast pain, 'thrush again', a healing 2nd-degree tear, afterpains while
                                           # breastfeeding; a 内科 problem in pregnancy to 产科, irregular periods with acne
                                           # to 妇科, a nipple pulling in, a prolapse felt, an HPV16 result): 83/0/95/79.
                                           # Left as the sources say: hair 'coming out in handfuls' after the birth (NHS
                                           # Hair loss: see a GP for hair lost in clumps), lactational mastitis at 外科
                                           # (the house's, 13 such vignettes), an unstated '7 wks,' not read as a pregnancy.
                                           "triage_vignettes_blind104.jsonl",
                                           # blind105 (long-term conditions and their medicines): blind first look on
                                           # 8a90a68 68/5/85/57 (3cat/under/dept/exact); its five under-triaged
                                           # emergencies folded (tests/unit/test_fold_in_t105.py: adrenals that 'don't
                                           # work' on years of prednisolone with vomiting, a nosebleed pinched for 10
                                           # minutes and still dripping on rivaroxaban, weekly methotrexate taken daily,
                                           # a gliflozin with vomiting and breathing 'coarser than usual', a dialysis
                                           # session skipped with too little breath to finish a sentence) with its
                                           # lamotrigine rash, chickenpox contact on prednisolone, heart-failure weight
                                           # and INR misses: 75/0/86/65. With fold-t105b's self-care and department
                                           # readings (tests/unit/test_fold_in_t105b.py) 82/0/95/73 in staging.
                                           "triage_vignettes_blind105.jsonl",
                                           # blind109 (mental health, emotional crises, self-harm, alcohol and drugs,
                                           # eating problems, said indirectly): blind first look on dd6acc0 62/8/61/47
                                           # (3cat/under/dept/exact). fold-t109a folded its emergencies and urgents
                                           # (tests/unit/test_fold_in_t109a.py): the intent told indirectly on a
                                           # bridge or the top of a car park, voices telling her to die, a deep cut
                                           # with yellowy fat seen, a resting rate of 38 before a full stop with
                                           # faints, a child who drank baijiu; shaking and sweating on sertraline with
                                           # tramadol (111 now), a passing 'better dead' thought or wanting to be with
                                           # a dead wife with no plan, the TV talking about him, a name called with
                                           # nobody there, mania with two or three hours' sleep, an injection site
                                           # swollen red and hot: 71/2/66/60. Left: t109e-016 and t109z-016
                                           # (KNOWN_MISSES); its routine and self-care misses are fold-t109b's. With
                                           # fold-t109b's routine and self-care readings
                                           # (tests/unit/test_fold_in_t109b.py; its 压力大-as-anxiety reading left out in
                                           # staging) 80/2/82/69 in staging: into SETS, its two under-triaged in
                                           # KNOWN_MISSES.
                                           "triage_vignettes_blind109.jsonl",
                                           # blind110 (children from newborn to 16, as parents or they themselves tell it):
                                           # blind first look on dd6acc0 88/3/95/84 (3cat/under/dept/exact); folded in
                                           # tests/unit/test_fold_in_t110.py: 'red jelly looking stuff' in the nappy
                                           # (intussusception), slipped under in the deep end (drowning), barely opening
                                           # the eyes when pinched and skin in red-and-white 花纹 (sepsis, shock), with the
                                           # urgent and self-care readings (chickenpox spots red and hot in a ring, the blue
                                           # reliever 4-5 次 a day, 喷射一样地吐, an injection site named, milia on the nose,
                                           # 脚趾缝中间发白, 马牙, a baby's age since birth) and periods 'all over the
                                           # place', spots on the face and back: 96/0/97/94. Left as the house and sources
                                           # say: fever with fast breathing at sepsis_signs (label urgent, NHS Pneumonia),
                                           # an ectopic with a faint at 999, emergency contraception (pharmacy; label
                                           # urgent), a cold under 3 months and constipation under 5 not self-care, D&V
                                           # 'bit tired' (NHS Dehydration lists tiredness), right lower pain in a child to
                                           # 小儿外科 and a teenager's sore throat to 内科.
                                           "triage_vignettes_blind110.jsonl",
                                           # blind112 (short audit-style vignettes across all body systems): blind first
                                           # look on dd6acc0 91/2/92/90 (3cat/under/dept/exact); acute pancreatitis after
                                           # '一斤多白酒' with '上腹部正中间疼' and acute retention said '一滴尿都没尿出来'
                                           # beside 小肚子鼓 and 憋 folded, with a sensitive tooth's 一下子酸得要命, 'hay fever
                                           # killing me', an eye 'red like a pool of blood', creams and eczema that 'keeps
                                           # flaring', a diabetic foot cut that 一直不长, 脚丫子中间 athlete's foot, 蚊子包,
                                           # one lump at the anus (piles, not warts) and '说话有点哑' in
                                           # tests/unit/test_fold_in_t112.py: 99/0/98/99. Left as the house has them:
                                           # Bell's palsy at 999 (stroke_signs reads a face drooped, as blind107; label
                                           # urgent) and lactational mastitis at 外科 (as blind104; label 妇产科).
                                           "triage_vignettes_blind112.jsonl",
                                           # blind111 (older people, often told by family): blind first look on
                                           # dd6acc0 86/6/87/83 (3cat/under/dept/exact); a wrist that 'cant turn' after
                                           # a crack, a cup of tea that 'went down her arm' with blisters, a cut's length
                                           # said before 挺深 with the flesh 往两边翻开, bite holes 'of which two are deep'
                                           # that bled, a home sugar of 28 with vomiting and tummy pain (new red flag
                                           # high_blood_sugar_with_vomiting_or_tummy_pain), with 'keeping an eye on',
                                           # "I don't think she has a temperature", a red patch on the white of the eye,
                                           # 眼皮这几天老跳, 一上午就尿了一点点 and a cough with phlegm at 65+ in
                                           # tests/unit/test_fold_in_t111.py: 95/1/90/93. Left: t111e-050 (KNOWN_MISSES),
                                           # tarry stools on aspirin and pink pee on warfarin kept at the house's A&E.
                                           "triage_vignettes_blind111.jsonl",
                                           # blind116 (very short, hurried messages: typos, pinyin, the key fact last):
                                           # first look on 7864dda 93/4/84/85 (3cat/under/dept/exact); heads clashing
                                           # at football, pinyin one space from the characters ('xiongkou 憋着疼'), 咋
                                           # for 怎么 in baby movements and 大腿根 read as the groin beside a hernia in
                                           # tests/unit/test_fold_in_t116.py: 97/0/87/89. Left: chest burning after a
                                           # curry at the house's A&E, long-standing floaters and a lump after a cold.
                                           "triage_vignettes_blind116.jsonl",
                                           # blind115 (work, farm, outdoor and travel problems): blind first look on
                                           # 7864dda 85/3/82/79 (3cat/under/dept/exact); a cut 'across my palm' with a numb
                                           # fingertip (deep_wound_or_numb) and a colleague in Tibet walking 摇摇晃晃 after
                                           # two days of headache (altitude_illness_severe, NHS Altitude sickness, WMS
                                           # 2019), with sunburn 'on the boat' or told by a day's blisters, 别人说话听不清
                                           # (hearing, not a stroke), 困得要命 and work in the heat settled, in
                                           # tests/unit/test_fold_in_t115.py: 93/1/86/87. Left: t115z-011 (KNOWN_MISSES).
                                           "triage_vignettes_blind115.jsonl",
                                           # blind113 (withdrawal, side effects and misuse of medicines, alcohol and drugs):
                                           # blind first look on 7864dda 76/6/65/64 (3cat/under/dept/exact); a rash with
                                           # mouth and eye sores on lamotrigine or allopurinol (Stevens-Johnson signs), a blur
                                           # after 散装白酒 (methanol), 'hard for 5 hours' after bedroom pills (priapism), a
                                           # lump on the back of the head with vomiting, 把十几片...都吞了 and bismuth's black
                                           # poo in tests/unit/test_fold_in_t113.py: 83/0/71/70. Alcohol and benzodiazepine
                                           # withdrawal are misread33a's; SSRI self-harm thoughts kept at the house's A&E.
                                           "triage_vignettes_blind113.jsonl",
                                           # blind117 (a representative week at the desk, emergencies said casually or
                                           # late): blind first look on d70022b 89/1/91/84 (3cat/under/dept/exact); back
                                           # pain "been bad" with numbness 'round' the bottom, work "下午太热" with 摸着特别烫
                                           # and no sweat, a heart that "feels like it skips", 药膏抹了又犯 and a newborn's
                                           # blood "coming from her vagina" in tests/unit/test_fold_in_t117.py: 93/0/92/89.
                                           "triage_vignettes_blind117.jsonl",
                                           # blind118 (short vignettes in the symptom-checker audits' style): blind first look
                                           # on d70022b 93/1/92/86 (3cat/under/dept/exact); a leg '摸着冰凉，颜色发白' after a
                                           # comma (acute limb ischaemia), 恶心口干 (no chest), a sore's 周围发红发热 (no fever),
                                           # blood on the paper in a bowel message, a chest strain after moving a sofa and the
                                           # third coffee in tests/unit/test_fold_in_t118.py: 98/0/94/91. Left as the house has
                                           # them: 999 for the 'call 999 or go to A&E' emergencies, Bell's palsy at 999 (NHS
                                           # Bell's palsy: call 999 for a face drooping on one side), a cold and a hangover to 内科, rectal
                                           # bleeding and a chest strain to 外科, a rough bump on a child's finger not read as a wart.
                                           "triage_vignettes_blind118.jsonl",
                                           # blind120 (young adults 16-35: students, sport, nights out, sexual health):
                                           # blind first look on d70022b 86/1/81/80 (3cat/under/dept/exact); menstrual
                                           # toxic shock (a fever, a rash 'like sunburn' and sickness or dizziness with
                                           # tampons: NHS Toxic shock syndrome), 眼皮老是一跳一跳的 and ears still ringing
                                           # a clause after the gig in tests/unit/test_fold_in_t120.py: 89/0/84/83.
                                           "triage_vignettes_blind120.jsonl",
                                           # blind119 (people described by carers, interpreters or family): first look on
                                           # d70022b 83/4/81/79 (3cat/under/dept/exact); 'one of his fits' for 7 mins, 消毒水
                                           # taken for eye drops, 深牙印 still bleeding, a foot 烫得通红 with blisters, speech
                                           # slurred since an old stroke, a bedsore with pus in tests/unit/test_fold_in_t119a.py:
                                           # 93/0/95/91. The self-care misses are fold-t119b's.
                                           "triage_vignettes_blind119.jsonl",
                                           # blind124 (a county hospital's 智能导诊 and an expat clinic): blind first look on
                                           # f8f6c72 94/0/87/87 (3cat/under/dept/exact); 小腿肚子抽筋 疼得直叫唤 (a calf cramp, no
                                           # tummy), 蹲着洗衣服久了一站起来就眼前发黑, "did eat" beetroot, a rash 摸着跟砂纸似的 and
                                           # 舌头红红的起小点点 in tests/unit/test_fold_in_t124.py: 98/0/87/91. Left as the house has
                                           # them: 999 for the 'call 999 or go to A&E' emergencies, Bell's palsy at 999, a baby
                                           # under 3 months with a fever at A&E (NICE NG143 red).
                                           "triage_vignettes_blind124.jsonl",
                                           # blind121 (a representative week at the desk): blind first look on f8f6c72
                                           # 97/1/92/92 (3cat/under/dept/exact); a head knock with 'no helmet' said before it
                                           # (a helmet not worn denies nothing), blisters on the left of the forehead and
                                           # scalp (NHS Shingles), 'pain on the outside of my right knee', a chest sore to
                                           # press told before the bench press in tests/unit/test_fold_in_t121.py: 99/0/95/95.
                                           # Left: melaena on ibuprofen kept the house's gi_bleeding emergency (label urgent),
                                           # the house's ambulance for ectopic faintness, a big rectal bleed with dizziness,
                                           # meningitis and pills saved up; colds and beeturia at 内科 (house).
                                           "triage_vignettes_blind121.jsonl",
                                           # blind123 (adults of 36-64 in working life): blind first look on f8f6c72
                                           # 86/3/85/81 (3cat/under/dept/exact); wind that will not come out (屁也放不出来,
                                           # can't fart) with vomiting, GCA signs with the sight gone dim or blurry in
                                           # tests/unit/test_fold_in_t123a.py: 88/1/87/83, the one left (t123e-011, cauda
                                           # equina in lay words) being misread35's. Left as the house has them: Bell's
                                           # palsy at 999, new exertional chest tightness at chest_pain, migrating
                                           # appendix pain with nausea at NICE CKS's emergency admission.
                                           "triage_vignettes_blind123.jsonl",
                                           # blind122 (the audits' vignette style): blind first look on f8f6c72 91/1/86/87
                                           # (3cat/under/dept/exact); sudden deafness on waking, cold sores every few months,
                                           # looser poo, a chest strain said before its cause, soft piles, a stiff neck, hot
                                           # oil on the hand, gallstone pain not easing after 10 hours in
                                           # tests/unit/test_fold_in_t122.py, cauda equina (木木的, 尿不太出来) in
                                           # tests/unit/test_misread35.py. Left: a shadow in the vision at the house's
                                           # emergency (label urgent), 999 for 'call 999 or go to A&E'.
                                           "triage_vignettes_blind122.jsonl",
                                           # blind127 (parents and grandparents about children, newborn to 13): blind first
                                           # look on 5642f14 85/1/90/83 (3cat/under/dept/exact); oven cleaner at the face
                                           # with 'some went in her eye', 'baby boy 4 months temp', 8个月男宝, roseola, a
                                           # newborn's hormone signs, tongue-tie, 嘴唇干裂通红 with a 5-day fever, eczema
                                           # blisters bursting with a fever, an eye scratched by a nail in
                                           # tests/unit/test_fold_in_t127.py: 97/0/96/96. Left as the house has them: 999 or
                                           # A&E sepsis signs at A&E, periorbital cellulitis with a fever at admission (NICE
                                           # CKS), 呼哧呼哧 at severe breathing, an umbilical hernia and undescended testis as
                                           # the other sets label them (routine, 外科).
                                           "triage_vignettes_blind127.jsonl",
                                           # blind125 (people of 65 and over and their relatives or carers): blind first
                                           # look on 68168f1 86/2/81/78 (3cat/under/dept/exact); a TIA's 'words came out
                                           # all wrong' (not a limb popping out), statin muscle pain, a tearing upper back
                                           # pain, an ear nearly deaf on waking, lip tingling before a cold sore, 眼前黑了一下
                                           # on standing, 'did have' beetroot, loneliness in tests/unit/test_fold_in_t125.py:
                                           # 91/1/86/86; t125e-011 (a staggered paracetamol overdose) folded by fold-t126: 0 under.
                                           "triage_vignettes_blind125.jsonl",
                                           # blind126 (out of hours: evenings, nights, weekends): blind first look on
                                           # 5642f14 93/1/89/90 (3cat/under/dept/exact); 2 paracetamol every 4 hours plus
                                           # Lemsips on top (a second paracetamol medicine over a full day's dose: NHS
                                           # Paracetamol for adults), right-upper pain 快十个钟头了，一直疼, a cold's cough
                                           # 咳得睡不好 in tests/unit/test_fold_in_t126.py: 96/0/90/93. Left as the house has
                                           # them: 999 for ectopic faintness, Bell's palsy at 999, colds and hangovers at 内科.
                                           "triage_vignettes_blind126.jsonl",
                                           # blind128 (very short and messy typing, Chinese with English words): blind first
                                           # look on 68168f1 92/1/93/85 (3cat/under/dept/exact); 胸口tight and other English
                                           # words in a Chinese phrase, D&V, a blood-red eye patch, thrush like last time,
                                           # breath held in snoring, a wound through 3 towels in tests/unit/test_fold_in_t128.py:
                                           # 96/0/95/91. Left: migrating appendix pain with fever at NICE CKS's emergency
                                           # admission, fast breathing with a fever at sepsis_signs, quinsy with saliva hard
                                           # to swallow at the epiglottitis airway flag (s21e-003 is labelled emergency).
                                           "triage_vignettes_blind128.jsonl",
                                           # blind132 (injuries at home, at work, in sport, on the road): blind first look
                                           # on e937893 79/7/80/75 (3cat/under/dept/exact); arms weak after a shallow dive,
                                           # a chest on the steering wheel and breathing harder, an adder bite with vomiting,
                                           # 'vision a bit blurry' after a hammered nail, hair straighteners' blisters, 无名指
                                           # (no denial), a nail-gun nail still in, a bed leg (no DVT) in
                                           # tests/unit/test_fold_in_t132.py: 87/0/84/83. Left: a month-old 车祸 read as today's
                                           # major trauma (t132z-031), self-care sprains and stings at routine.
                                           "triage_vignettes_blind132.jsonl",
                                           # blind133 (a representative week at the desk, all ages and systems): blind first
                                           # look on 914ac47 94/0/91/91 (3cat/under/dept/exact); thrush a doctor named before,
                                           # an eyelid jumping by itself, 晒了一天 ... 红红的, hives after the lumps, periods
                                           # months apart, sinus signs to ENT, the TV turned up, 'no plan or anything',
                                           # 喘气比平时快点 in tests/unit/test_fold_in_t133.py: 100/0/98/97. Left: an overdose and
                                           # an ectopic with a faint at the house's ambulance, colds at 内科 (not 全科).
                                           "triage_vignettes_blind133.jsonl",
                                           # blind131 (mental health, alcohol and drugs, written by patients, friends and
                                           # flatmates): blind first look on e937893 70/2/77/58 (3cat/under/dept/exact); 12 of
                                           # my sertraline, 把剩下十几片锂盐都吃了, a witnessed crash relived, a forgotten
                                           # antidepressant, caffeine, nicotine withdrawal, school nerves, 考研还有一个月, 焦虑
                                           # (no burn) in tests/unit/test_fold_in_t131.py: 85/0/83/71. lead38a: alcohol and
                                           # benzodiazepine withdrawal, 'listening to him through the walls', panic after
                                           # normal heart tests, 失恋 in tests/unit/test_lead38a.py: 85/0/91/77. Left: thoughts
                                           # of self-harm on a new SSRI and a passive death wish (t131e-021/025, t131z-021/025)
                                           # kept at the house's emergency.
                                           "triage_vignettes_blind131.jsonl",
                                           # blind130 (pregnancy, after birth, women's health): blind first look on 7f93a55
                                           # 75/2/82/70 (3cat/under/dept/exact); postpartum psychosis with danger to the baby,
                                           # 眼前老发花 with BP 165/112, a postural headache after an epidural, baby blues,
                                           # lochia, Braxton Hicks, pill and coil spotting, hot flushes in tests/unit/
                                           # test_fold_in_t130.py: 90/0/88/85. Left: infant fever under 3 months at the house's
                                           # emergency, a faint positive test with spotting at pregnancy_bleeding.
                                           "triage_vignettes_blind130.jsonl",
                                           # blind134 (long-term conditions, their flare-ups and complications): blind first
                                           # look on 914ac47 76/5/81/70 (3cat/under/dept/exact); a fever with sickle cell, both
                                           # legs numb with bone metastases, 胸口说不上痛就是闷得慌, 咳出来好几口鲜红的血 in
                                           # tests/unit/test_fold_in_t134.py: 80/1/82/74. Left: t134z-016 (KNOWN_MISSES),
                                           # self-care medicine side effects and minor bleeding on blood thinners at routine.
                                           "triage_vignettes_blind134.jsonl",
                                           # blind135 (infections and travel): blind first look on 914ac47 87/7/78/83
                                           # (3cat/under/dept/exact); a dental abscess swollen under the chin, PID with a
                                           # fever or vomiting, dengue warning signs after Bali, hand, foot and mouth with
                                           # startles and shaking, a prawn prick with blood blisters and fever, a
                                           # partner's HIV status told afterwards, stuff coming out of the penis in
                                           # tests/unit/test_fold_in_t135.py: 93/2/81/90. Left: quinsy without drooling at
                                           # urgent (t135e-010, t135z-014 in KNOWN_MISSES), boils and pus on the tonsils
                                           # at the house's urgent.
                                           "triage_vignettes_blind135.jsonl",
                                           # blind137 (older people and their carers): blind first look on 3760003 82/5/81/76; pink frothy phlegm said as 泡泡, 'haven't managed to pass water', a long lie found cold and muddled, a slow decline's muddle, the ordinary complaints that had no department, in tests/unit/test_fold_in_t137.py: 93/3/93/89. Left: t137z-011 and t137z-016 (KNOWN_MISSES), a syncope with a slow pulse, Bell's palsy and a 79-year-old's cold at the house's levels.
                                           "triage_vignettes_blind137.jsonl",
                                           # blind138 (a representative week): blind first look on db0268e 94/1/89/91; heartburn rising to the throat, quinsy with breathing fine off the epiglottitis flag, a thunderclap 'like someone hit me', a jab's red thigh, nappy rash and a bare age, a blocked ear on waking, a weak stream, 心脏咯噔, a diabetic foot to 内科 in tests/unit/test_fold_t138.py. Left: t138z-024 (KNOWN_MISSES), Bell's palsy at 999, 康复医学科/中医科 labels.
                                           "triage_vignettes_blind138.jsonl",
                                           # blind136 (a representative week of first messages): blind first look on 3760003
                                           # 93/3/93/90 (3cat/under/dept/exact); a boy's 'private area that hurts' (torsion),
                                           # 烧了一盆炭 with a faint (CO), a known migraine's usual aura, thyroid nodules to 外科,
                                           # teething with broken sleep, 落枕 said 脖子扭了, years of piles then a flare of days,
                                           # 一到冬天怕冷 in tests/unit/test_fold_in_t136.py. Left: t136z-011 (rabies grade III,
                                           # urgent as dozens of bites in bench/) in
                                           # KNOWN_MISSES; 康复医学科/中医科 labels (no such department in the house).
                                           "triage_vignettes_blind136.jsonl",
                                           # blind139 (heads and nerves): blind first look on b1a6269 75/1/64/66; both legs weak with tingling spreading to the fingers after a stomach bug (Guillain-Barre), 'worst when I wake up', an arm lain on and a leg sat on, a dated past stroke's after-effects, a repeat febrile seizure come round, 抽了两回筋, the usual migraine with its triptan in tests/unit/test_fold_t139.py: 85/0/67/76. Left: Bell's palsy, foot drop and painful eyes at the house's stroke/eye levels, acute stroke signs labelled emergency (the house's ambulance, NICE NG128), 全科医疗科 and 康复医学科/中医科 labels (内科 is the sets' majority).
                                           "triage_vignettes_blind139.jsonl",
                                           # blind140 (audit-style short vignettes): blind first look on f391f1a 93/1/90/92; drain cleaner splashed 不小心溅了点到右眼里, the shingles band round to the back, a chest strain after lifting a sentence earlier, a quoted passive death wish with no plan, the usual migraine's aura, a red line tracking up, a small cut stopped by pressing in tests/unit/test_fold_t140.py: 100/0/92/99. Left: t140e-010 (the house's ambulance for any overdose), 康复医学科/中医科/全科医疗科 labels, cellulitis after a cut 皮肤科/外科 both ways.
                                           "triage_vignettes_blind140.jsonl",
                                           # blind141 (tummies, bowels, urine and kidneys): blind first look on 464c550 84/7/80/75; a dehydrated baby floppy with cold hands and feet (shock, ambulance), renal colic told by its path with a fever, a little round silver battery missing, 落了两次透析, Charcot's triad, cirrhosis with a fever and a painful belly, a swallowed fish gall, diarrhoea over 7 and vomiting over 2 days, 尿尿像火烧一样疼, car sickness, iron started last week, in tests/unit/test_fold_t141.py: 93/0/82/87. Left: two ambulance-vs-emergency splits each way and the self-care near misses with no catalogue reading (vitamin B yellow pee, caffeine, sweetcorn in the stool, a breastfed baby not pooing).
                                           "triage_vignettes_blind141.jsonl",
                                           # blind143: blind first look on a5a8610 93/1/85/87; a palm cut still bleeding through the tea towel after 15 mins of pressing, a thunderclap headache told as like being hit with a bat and worst he's ever had, a curtain coming up from the bottom of that eye after flashes, PID with a temperature of 37.9 (urgent, 妇产科; shivers or sickness stay A&E), a bright red patch of blood on the white of the eye, a spotty back no better with benzoyl peroxide, coffee last night and palpitations today, a known migraine 5-6 times a month wanting a preventer, in tests/unit/test_fold_t143.py: 96/0/88/93. Left: the house's ambulance for any overdose and for chest pain with breathlessness, bleeding with dizziness after a medical abortion, a drooping mouth corner as FAST's face (999), a blistered scald on the back of the hand (NHS Burns: A&E), fever with fewer wet nappies read as sepsis_signs, a cold at 71 beside a burst vessel, 康复医学科/中医科/全科医疗科 labels, known piles 外科.
                                           "triage_vignettes_blind143.jsonl",
                                           # blind144 (heart, chest, breathing and circulation): blind first look on a5a8610 82/7/86/75; a racing heart at 150+ on a watch for over half an hour (NHS SVT, ESI), a choke told as a coughing fit while eating peanuts, spoonfuls of blood coughed up, a finger oxygen thing's 91, vision 'keeps going a bit blurry' at 212/128, a whoop after the coughing fits, 胸口有嘶嘶的声音, both ankles puffy going down overnight, a quoted 咯噔 after 一天三四杯咖啡, a baby's nose full of 鼻屎, in tests/unit/test_fold_t144.py: 94/1/90/86. Left: t144z-041 (KNOWN_MISSES, carbon monoxide as t93z-017), costochondritis at the house's chest-pain emergency, a needle faint, a child's nosebleeds and breathlessness lying flat at 30 weeks above their self-care labels, ambulance-vs-emergency splits.
                                           "triage_vignettes_blind144.jsonl",
                                           # blind142 (a representative week): blind first look on a5a8610 93/2/86/89; the baby hardly moving at 36 weeks with 没怎么动过 (没…过 no history) and a time between, a child's fever on 'the 5th day', a usual migraine's zigzags read as migraine_usual, a chest strain told over two sentences, a tingly lip's blister, 'haven't been able to go properly' on co-codamol, 'anything to numb it?', 尿的时候火辣辣地疼 in a man, 心脏“咯噔”一下, a nosebleed pinched till it stopped, in tests/unit/test_fold_t142.py: 99/1/91/97. Left: t142z-011 (KNOWN_MISSES), two ambulance-vs-emergency splits, 康复医学科/中医科/全科医疗科 labels.
                                           "triage_vignettes_blind142.jsonl",
                                           # blind146 (a county hospital's 预检分诊台 and NHS 111): blind first look on 9aff445 91/2/92/86; reduced fetal movements told as 'I don't think I've felt anything since this morning' after 'normally really kicky' (and, across sets, 'really quiet today ... only felt a couple of little movements', 胎动不太明显, 娃不怎么动), 后背正中间突然撕裂一样疼 (and a carer's 'moaning about his back ... like something tore ... a bulge on his main artery'), 'ibuprofen gel, still niggly' read as a hypo not improving, toothpaste foam 吐出来 read as vomiting, a calf 'aching and now its swollen and warm', migraines 'they're coming 5 or 6 times a month', a chest strain hurting 'when I twist or reach up and if I press', 火辣辣 as a fire, in tests/unit/test_fold_t146.py: 95/1/95/92. Left: t146z-044 (KNOWN_MISSES, a grade III dog bite as t142z-011), a first gout attack without fever (NHS Gout: see a GP), hay fever not helped by a supermarket antihistamine and usual period pain that is 'killing me' above their self-care labels, heartburn with a worried 'is it my heart' at the house's chest-pain emergency, ambulance-vs-emergency splits (abruption with a board-hard belly, a head injury 'a bit drowsy' on warfarin), 康复医学科/中医科/全科医疗科/儿科 labels.
                                           "triage_vignettes_blind146.jsonl",
                                           # blind147 (skin, allergy, bites, stings, wounds and infections): blind first look on 9aff445 72/10/77/65, the weakest set in months (Chinese 60%); fold-t147a (bites, stings, wounds, burns, tetanus: a snake guessed after the bite, a dog's snap with a cut on the cheek, a fight bite, numbness since a knife cut, lockjaw after a rusty nail, a fingertip hanging by skin, a hot-water-bottle burn gone white-grey, 它舔了我手背, 洋辣子, 隐翅虫, a nail through a trainer; tests/unit/test_fold_t147a.py) and fold-t147b (antibiotics just prescribed beside sepsis signs, 前言不搭后语 as confusion, dark blood blisters by a prick with a fever, a diabetic's burst blister with fever and rigors, pus under a lump or by a nail, measles' light-shy red eyes, cellulitis_red_warm_patch, allergic_lip_swelling, licked dry lips, chilblains, lumps and patches to their clinics; tests/unit/test_fold_t147b.py), merged: 86/3/93/85. Left: t147e-031, t147e-048, t147z-006 (KNOWN_MISSES: NHS Animal and human bites gives 111 for hot, swollen, hand and human bites), a blistered forearm burn at NHS's A&E (t147e-005, labelled self-care), usual severe period pain (t147z-008; NHS Period pain: see a GP), self-care over-reads.
                                           "triage_vignettes_blind147.jsonl",
                                           # blind148 (tummy, waterworks and women's health): blind first look on 9aff445 84/4/83/80; fold-t148 (heavy bleeding at 32 weeks after '没有任何原因': a denied cause, trigger or warning negates nothing after it; bowel obstruction 'hasn't been to the toilet or passed any wind'; renal colic in waves to the groin; 'about 7 weeks' as a gestation; a dehydrated toddler still smiling, NICE NG143 green; 按摩 no glass test; urinary retention said plainly; 憋不住尿; a groin bulge; tests/unit/test_fold_t148.py) with fold-t146's tearing back pain and reduced fetal movements: 93/0/91/89. Left: ambulance-vs-emergency splits (t148e-006, t148e-007, t148z-002: NHS says 999 or A&E), epididymo-orchitis (NHS Epididymitis: see a GP), self-care near misses.
                                           "triage_vignettes_blind148.jsonl",
                                           # blind145 (a Chinese hospital's 智能导诊 desk and an international clinic): written blind, kept from every helper of stop 42, first look on f380b39 93/2/86/87, after stop 42's rounds 93/2/86/88, not folded; joins with its two under-triaged as label disagreements in KNOWN_MISSES (t145z-023, a first renal colic: NHS Kidney stones, GP or 111 immediately; t145z-033, a grade III dog bite on the calf: as t142z-011).
                                           "triage_vignettes_blind145.jsonl")]
# A set whose 3-category figure is still below the 80% floor is guarded here for under-triage only, until it joins SETS.
# blind104 joined SETS at 83% (fold-t104a), blind105 at 82% (fold-t105b).
UNDER_TRIAGE_ONLY_SETS: list[Path] = [BENCH / name for name in (
    # blind114 (after an operation, a procedure, a discharge or childbirth): first look on 7864dda 68/5/79/62
    # (3cat/under/dept/exact); fold-t114a folded a blocked catheter with tummy pain, a swelling neck with breathing trouble
    # after thyroid surgery and 眼睛发花 with a headache after the birth (tests/unit/test_fold_in_t114a.py): 71/2/81/65,
    # the two under-triaged t114e-013 and t114z-015 in KNOWN_MISSES (cholangitis, as t98z-023).
    "triage_vignettes_blind114.jsonl",
)]
# NOTE: known misses we chose not to paper over. Remove an id here once a sourced rule covers it (hen-016, a gaping
# hand cut with numb fingers, left in t62: deep_wound_or_numb, NHS Cuts and grazes "loss of feeling near the wound",
# sends it to A&E, as blind62's cut with a numb, unbendable finger).
# blind87 resolved t24z-015, t72e-016 and t75z-017 (an ankle turned, a crack heard, the foot not put down: labelled
# emergency in six sets): a crack heard at the injury with a limb that cannot bear weight or will not be moved is the red
# flag suspected_fracture_crack_and_loss_of_use (NHS Broken ankle, Broken arm or wrist, Broken leg: go to A&E). hen-028
# (the same facts, labelled urgent by NHS Sprains and strains) is now over-triaged, the named trade; zh-034 (no crack)
# stays urgent.
# t27e-045 (a child's swollen wrist he won't move after a trampoline fall, no deformity) is labelled emergency;
# a wrist without deformity is urgent in ven-029 and xzh-032, and the sourced rule (possible_fracture) says urgent.
# t42e-016 (a 3 cm palm cut the patient calls deep and gaping, bleeding slowed by pressure, no fat or tendon seen, no
# numbness) is labelled emergency; the same presentation is urgent in vzh-030 (a deep 2 cm finger cut, gaping, bleeding
# stopped, same NHS Cuts and grazes source), a laceration needing only stitches is one resource (ESI level 4), and the
# sourced rule (deep_wound_or_numb) needs the depth shown (fat or tendon seen, a measured depth) or numbness: a label
# disagreement, reported.
# t74z-013 (a charcoal burner in a shut room overnight, the family with bad headaches, sickness and weak legs, all alert
# and outside now) is labelled emergency; the sourced rule possible_carbon_monoxide (NHS Carbon monoxide poisoning: NHS
# 111 for symptoms without confusion, collapse or breathing trouble) says urgent, and tests/unit/test_fold_in_t24.py holds
# the same presentation ("used a bbq inside the tent last night, woke up with a headache and feel sick") urgent. An
# overnight exposure read as high-level (A&E) would overturn that decision: a label disagreement, reported, not papered over.
# t86e-013 (toothache, paracetamol and co-codamol "on and off plus lemsips ... like 14 or 15 tablets since yesterday
# morning plus 3 lemsips", feels fine) is labelled emergency. The NHS maximum is 8 x 500 mg tablets in 24 hours; 14 or
# 15 tablets over a time that began yesterday morning (up to two days) is within what two days at the maximum allow
# (16), so no 24 hours of it is shown to hold more than 8, and a Lemsip is not counted (its paracetamol per dose varies
# by product: paracetamol_over_max_dose's NOTE). Counting cold-and-flu remedies needs a label source per product: a
# label disagreement on the stated facts, reported, not papered over (more than 16 since yesterday is read: test_fold_in_t86).
# t93z-017 (a coal stove for heating, the couple and a grandchild waking with headaches, dizziness, sickness, one vomit and
# weak legs, all alert with the window open now) is labelled emergency like t74z-013; NHS Carbon monoxide poisoning gives
# A&E for a high-level exposure and 999 for confusion, trouble breathing or collapse, and names other people in the home
# with the same symptoms as what makes carbon monoxide the likely cause, not as a high level. The sourced rule
# possible_carbon_monoxide says urgent and tests/unit/test_fold_in_t24.py holds "一家人都头晕想吐" by a shut-room fire
# urgent: a label disagreement, reported, not papered over.
# t98z-023 (a 74-year-old with gallstones, right upper tummy pain, fever 39 with rigors, yellow eyes and tea-coloured
# urine, alert and walking) is labelled emergency on the Tokyo Guidelines (cholangitis); NHS Gallstones says contact a GP
# immediately (urgent GP or 111) for yellowing of the skin or eyes or a high temperature with chills, and 999/A&E only
# for pain so bad you cannot get comfortable; the sourced rules (jaundice, gallstone_pain) say urgent: a label
# disagreement, reported, not papered over.
# t98z-024 (28 weeks pregnant, fever 38.9 with rigors, loin pain and painful peeing, baby moving) is labelled emergency;
# NICE NG111 says consider referring or seeking specialist advice for a pregnant woman with acute pyelonephritis, and
# refer to hospital for signs of a more serious illness such as sepsis (none told: no confusion, mottled skin, breathing
# trouble or fainting); NHS fever in pregnancy is contact the midwife or maternity unit (urgent: fever_pregnant,
# uti_in_pregnancy): a label disagreement, reported.
# t98z-032 (a 62-year-old's knee suddenly swollen, red and hot, cannot bend it or bear weight, fever 38.8, no injury) is
# labelled emergency; NHS Septic arthritis says ask for an urgent GP appointment or NHS 111 for sudden severe pain in one
# joint with swelling and a high temperature (the gout NOTE in red_flags.yaml keeps the same urgent reading; the
# emergency rule febrile_child_not_weight_bearing is for children): a label disagreement, reported.
# t108e-016 (a bread-knife cut in the palm 'quite deep, about 2cm long and gaping open', bleeding mostly stopped with
# pressure, fingers all moving) is labelled emergency like t42e-016; its own source, NHS Cuts and grazes, says go to an
# urgent treatment centre or A&E if the cut is large or deep or the edges will not stay together (the house's urgent:
# wound_needs_care), and deep_wound_or_numb needs the depth shown (fat or tendon seen) or numbness: a label
# disagreement, reported, not papered over.
# t109e-016 (tramadol started two days after sertraline, sweating, shaking, legs twitching on their own, heart racing,
# agitated and hot) is labelled emergency; its own source, NHS Sertraline (and NHS Tramadol), says a fast heartbeat,
# sweating, shaking, twitching muscles and feeling confused or agitated can be serotonin syndrome: call a doctor or 111
# now (the house's urgent: possible_serotonin_syndrome). No source read gives A&E for these signs without a high
# temperature measured, a fit or collapse: a label disagreement, reported, not papered over.
# t109z-016 (years of self-induced vomiting, 7-8 times today, tingling hands and feet, calf cramps, palpitations with
# skipped beats) is labelled emergency on MEED (RCPsych CR233); MEED grades purging risk by the potassium level and the
# ECG, which a message cannot give, and NHS Heart palpitations sends palpitations without chest pain, breathlessness or
# fainting to a GP. No source read states emergency for these symptoms alone: a label disagreement, reported.
# t111e-050 (an 86-year-old's shin skin 'peeled right back like a big flap, maybe 6cm', a 'big gaping wound', bleeding
# slowed with a towel) is labelled emergency like t42e-016 and t108e-016; NHS Cuts and grazes gives an urgent treatment
# centre or A&E for a large or deep cut or one whose edges will not stay together (the house's urgent: wound_needs_care),
# and deep_wound_or_numb needs the depth shown (fat or tendon seen, the flesh laid open, a measured depth) or numbness;
# no source read here sends a skin flap by its length or the patient's age to A&E: a label disagreement, reported.
# t114e-013 and t114z-015 (4-5 days after a gallbladder operation: a fever of 39 with shivering, pain under the right
# ribs and yellow eyes) are labelled emergency on the MSD Manual (cholangitis, Charcot's triad), as t98z-023 was on the
# Tokyo Guidelines; NHS Gallbladder removal (complications) asks for an urgent GP appointment or NHS 111 if the skin or
# the whites of the eyes turn yellow after the operation, and NHS Gallstones the same for a high temperature with chills;
# the house keeps t98z-023's urgent (jaundice): a label disagreement, reported, not papered over.
# t115z-011 (a charcoal brazier burned all night in a work shed, the writer and a workmate waking with bad headaches,
# sickness and weak legs, the workmate sick once, both alert) is labelled emergency like t74z-013 and t93z-017; NHS Carbon
# monoxide poisoning gives A&E for a high-level exposure and 999 for confusion, trouble breathing or collapse (none
# told), and names others nearby with the same symptoms as what points to carbon monoxide, not to a high level. The
# sourced rule possible_carbon_monoxide says urgent, as for t74z-013 and t93z-017: a label disagreement, reported.
# t134z-016 (heart failure, more breathless over two days, breathless sitting still today, sleeping sitting up) is
# labelled emergency on the ESI handbook and the 2018 Chinese triage consensus, with NHS Shortness of breath as its link;
# NHS Shortness of breath asks for an urgent GP appointment or NHS 111 for breathlessness that gets worse lying down or
# over time, and A&E or 999 only for sudden or severe breathlessness (struggling to breathe); NHS Heart failure (111
# Wales) sends gradually worsening symptoms to a GP and sudden or very severe ones to 999. No source read here states
# emergency for breathlessness at rest in heart failure without struggling to breathe, pink frothy phlegm or chest pain;
# the house reads it as urgent (breathless): a label disagreement, reported, not papered over.
# t135e-010 and t135z-014 (tonsillitis getting worse on one side, hard to open the mouth, a muffled 'hot potato' voice,
# swallowing painful but saliva still swallowed, breathing fine) are labelled emergency on NHS Quinsy read as 'go to A&E';
# the NHS Quinsy page read here (and nidirect Quinsy) says see a GP, who refers at once to ENT, and NHS GGC's ENT referral
# guidance gives same-day ENT review; A&E or 999 is for difficulty breathing or drooling with saliva that cannot be
# swallowed (quinsy_breathing_difficulty, the drooling airway flags). Ten other sets label the same presentation urgent
# (t10e-025, t13e-019, t16e-019, t22z-018, t26z-045, t89z-019, t107e-034, t108z-023, t110z-006, t126z-019) and the
# sourced rule possible_quinsy says urgent: a label disagreement, reported, not papered over.
# t137z-011 (a 77-year-old with gallstones, right upper tummy pain since yesterday, 39 with rigors, yellow eyes and tea-coloured
# urine, alert) is labelled emergency on the 2021 Chinese biliary infection guideline / Tokyo Guidelines (Charcot's triad)
# and "NHS Gallstones: jaundice with a high fever, severe pain, A&E". The NHS Gallstones copies read here (nhs.uk symptoms
# page and its syndicated copies) say contact a GP immediately for jaundice, pain over 8 hours or a high temperature with
# chills; no source in sources.yaml gives A&E for them. The house keeps t98z-023's and t114e-013's urgent (jaundice,
# gallstone_pain): a label disagreement, reported, not papered over.
# t137z-016 (a 76-year-old, paracetamol 2 x 500 mg five times "from yesterday to today" and several sachets of a cold
# remedy that holds paracetamol, feels fine) is labelled emergency on NHS Paracetamol (more than the maximum: A&E). Five
# 1 g doses over two calendar days are within what two days at the maximum allow (8 g), no 24 hours of them is shown to
# hold more than 4 g, and the sachets' paracetamol is not stated (t86e-013's reasoning; paracetamol_over_max_dose's NOTE;
# fold-t126's on-top rule needs an amount already at the daily maximum): a label disagreement, reported.
# t136z-011 (a stray dog's bite on the back of the hand, two tooth marks, skin broken and bleeding, rinsed, never
# vaccinated against rabies; asks whether a few days' wait is fine) is labelled emergency on the 狂犬病暴露预防处置工作规范
# (2023年版). That 规范 (and its 2016 edition, cn-rabies-2016) makes a bite through the skin a grade III exposure, to have
# the wound treated at once and rabies immunoglobulin and the vaccine as soon as possible; WHO's 2018 position paper
# (who-rabies-2018) says start PEP as soon as possible after exposure; NHS Animal and human bites gives A&E only for a
# large or deep wound, a bite on the face or head, or bleeding that will not stop, and NHS 111 or a GP the same day for a
# bite that broke the skin. The house's animal_bite rule says urgent (today, not in a few days) and deep_or_bleeding_bite
# emergency; dozens of bench vignettes of the same grade III bite (t116z-018, t21z-027, t62z-018, t66z-018, t126z-044 ...)
# are labelled urgent: a label disagreement, reported, not papered over.
# t138z-024 (a neighbour's dog bit through the skin of the hand, bleeding, half an hour ago, the dog's vaccination unknown,
# rinsed; asks whether tomorrow will do) is labelled emergency on the 狂犬病暴露预防处置工作规范: a grade III exposure, the
# same house position as t136z-011 above: the animal_bite rule says urgent (same-day rabies clinic), as dozens of grade III
# bites in bench/ are labelled; a label disagreement, reported, not papered over.
# t144z-041 (a coal stove for heating, the couple waking with bad headaches, sickness and no strength, the child dizzy,
# better after fresh air outside, all alert) is labelled emergency like t74z-013, t93z-017 and t115z-011; NHS Carbon
# monoxide poisoning gives NHS 111 for a suspected low-level exposure, A&E for a high-level one and 999 for confusion,
# trouble breathing or collapse (none told), and names others in the home with the same symptoms as what points to
# carbon monoxide, not to a high level. The sourced rule possible_carbon_monoxide says urgent, as for those three: a label
# disagreement, reported, not papered over.
# t142z-011 (a stray dog bit the calf on the way home from work, two tooth marks, skin broken and bleeding, rinsed and a
# plaster on; asks whether the vaccine can wait for the weekend) is labelled emergency on the 狂犬病暴露预防处置工作规范 (2009)
# and the 2019 expert consensus: a grade III exposure, the wound treated at once and rabies immunoglobulin and the vaccine
# as soon as possible, without delay. As for t136z-011 and t138z-024 above, neither (nor cn-rabies-2016 or
# who-rabies-2018) names A&E or a 10-minute emergency; NHS Animal and human bites gives A&E only for a large or deep wound,
# a bite on the face or head, or bleeding that will not stop, and the animal_bite rule says urgent (today, not at the
# weekend), as dozens of the same bites in bench/ are labelled: a label disagreement, reported, not papered over.
# t146z-044 (a neighbour's dog bit the calf on the way home, skin broken and bleeding, the dog's vaccination unknown,
# rinsed under the tap; asks whether tomorrow will do) is labelled emergency on the 狂犬病暴露预防处置工作规范 and "NHS
# Animal and human bites: urgent treatment centre or A&E". The NHS page read here gives A&E only if "the wound is large or
# deep", "you were bitten on your face or head" or "you cannot stop the bleeding" (none told), and NHS 111 for a bite that
# broke the skin; the 规范's grade III exposure is treated at once at a rabies clinic, as t136z-011, t138z-024 and
# t142z-011 above. The animal_bite rule says urgent (today, not tomorrow): a label disagreement, reported, not papered over.
# fold-t147a: t147e-031 (a cat bite on the hand yesterday, now swollen, hot, a red line up the forearm and the shivers) and
# t147e-048 (a fight bite: a cut over the knuckle from a tooth, two days on the back of the hand swollen, can't make a
# proper fist) are labelled emergency; NHS Animal and human bites (as syndicated on nhs.uk practice pages) gives NHS 111
# for a bite that is hot or swollen, a high temperature, a bite on the hands or feet and a bite by a person, and A&E only
# for a large or deep wound, a bite on the face or head or bleeding that will not stop; NHS Cellulitis gives 111 or an
# urgent GP for symptoms getting worse quickly. The house says urgent (animal_bite, human_bite): label disagreements,
# reported, not papered over. t147z-006 (a stray dog's two tooth marks on the calf, oozing, asks if tomorrow will do) is
# the grade III limb bite of t136z-011, t138z-024 and t142z-011 above: urgent by the animal_bite rule.
# fold-t141: the cholangitis cases above (t98z-023, t114e-013, t114z-015, t137z-011) now reach emergency through the
# red flag cholangitis_signs (Tokyo Guidelines 2018, source tg18-cholangitis: fever or rigors with jaundice and gallstone
# pain is acute cholangitis, treated in hospital with antibiotics and drainage) and left KNOWN_MISSES.
KNOWN_MISSES = {"t27e-045", "t42e-016", "t74z-013", "t86e-013", "t93z-017", "t98z-024", "t98z-032",
                "t108e-016", "t109e-016", "t109z-016", "t111e-050", "t115z-011",
                "t134z-016", "t135e-010", "t135z-014", "t136z-011", "t137z-016", "t138z-024", "t142z-011", "t146z-044",
                "t144z-041", "t147e-031", "t147e-048", "t147z-006",
                # fold-t148: t145z-023, a first renal colic with vomiting and pink urine, labelled emergency: NHS Kidney stones
                # asks you to "contact a GP or NHS 111 immediately if you're in severe pain ... you have blood in your urine"
                # (urgent; A&E is for a stone with a fever or shivering, or you cannot pee), which the flank_pain and
                # kidney_infection_signs rules give: a label disagreement, reported, not papered over.
                "t145z-023",
                # t145z-033 (blind145): a neighbour's unvaccinated dog bit the calf, several wounds oozing, rinsed: the grade III
                # limb bite of t136z-011, t138z-024, t142z-011 and t146z-044 (the animal_bite rule's urgent, NHS Animal and
                # human bites' 111 for a bite that broke the skin; the 规范's "immediately" at a rabies clinic names no A&E).
                "t145z-033"}


def _triage_set(path: Path, tmp_path: Path) -> tuple[list[dict], dict[str, str]]:
    """Every vignette of a set and the urgency each got; asserts no emergency outside KNOWN_MISSES was under-triaged."""
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(cases) >= 100
    with CareBridge(tmp_path) as cb:
        got = {c["id"]: cb.triage_once(c["text"], age=c["age"], sex=c["sex"])["urgency"] for c in cases}
    missed = {c["id"] for c in cases if c["expected_urgency"] in EMERGENT and got[c["id"]] not in EMERGENT}
    assert missed <= KNOWN_MISSES
    return cases, got


@pytest.mark.parametrize("path", SETS, ids=[p.name for p in SETS])
def test_no_emergency_is_under_triaged(path: Path, tmp_path: Path) -> None:
    cases, got = _triage_set(path, tmp_path)
    three = {"emergency_ambulance": "E", "emergency": "E", "urgent": "N", "routine": "N", "self_care": "S"}
    right = sum(three[got[c["id"]]] == three[c["expected_urgency"]] for c in cases)
    assert right / len(cases) >= 0.8


@pytest.mark.parametrize("path", UNDER_TRIAGE_ONLY_SETS, ids=[p.name for p in UNDER_TRIAGE_ONLY_SETS])
def test_no_emergency_is_under_triaged_in_a_set_not_yet_at_the_floor(path: Path, tmp_path: Path) -> None:
    _triage_set(path, tmp_path)
