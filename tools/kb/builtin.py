"""Built-in collections, generated from carebridge's own sourced knowledge, in Chinese and English.

Nothing here adds a clinical fact: every sentence is assembled from a knowledge record
and every section carries that record's source ids, which become the chunk's citation.

- `builtin-labs`: the lab patient-education Markdown (`tools/labs/education.py`).
- `builtin-drugs`: per drug: names, ATC code and groups, then each interaction rule,
  kidney, pregnancy, breastfeeding, maximum-dose and allergy cross-reactivity rule that
  applies to it (`knowledge/medication/`). A drug with no such rule is left out.
- `builtin-conditions`: per symptom: the red-flag, urgent and self-care rules that use it,
  with the advice of their urgency level and the department (`knowledge/*.yaml`). A
  symptom no rule uses is left out.
- `builtin-followup`: per follow-up protocol: schedule, questions and each escalation
  rule with what the patient is told (`knowledge/followup/`).

`python -m carebridge.tools.kb.builtin DIR` writes them out as Markdown for review.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from carebridge.tools.kb.chunk import Section
from carebridge.tools.kb.readers import Document, markdown_sections, split_front_matter

GENERATOR_VERSION = "1"
BUILTIN_NAMES = ("builtin-labs", "builtin-drugs", "builtin-conditions", "builtin-followup")
LANGS = ("en", "zh")
_SEV = {"en": {"contraindicated": "contraindicated", "major": "major", "moderate": "moderate", "minor": "minor"},
        "zh": {"contraindicated": "禁忌", "major": "严重", "moderate": "中度", "minor": "轻度"}}


@dataclass
class BuiltinCollection:
    """One generated collection: its documents, the citations of their source ids, and what was left out."""

    name: str
    description: str
    documents: list[Document]
    sources: dict[str, str]
    left_out: list[dict[str, str]] = field(default_factory=list)


def _doc(collection: str, slug: str, lang: str, title: str, sections: list[Section], source: str) -> Document:
    body = "\n".join(f"{s.heading}\n{s.text}\n{','.join(s.sources)}" for s in sections)
    version = hashlib.sha256(f"{GENERATOR_VERSION}\n{title}\n{body}".encode()).hexdigest()[:16]
    ids = list(dict.fromkeys(s for sec in sections for s in sec.sources))
    return Document(key=f"builtin:{collection}/{slug}.{lang}", source=f"{source}#{slug} ({lang})", title=title,
                    sections=sections, version=version, lang=lang, source_ids=ids, kind="builtin")


def _join(items: Iterable[str], lang: str) -> str:
    return ("、" if lang == "zh" else ", ").join(items)


# --- labs ----------------------------------------------------------------------------------
def lab_collection() -> BuiltinCollection:
    """The lab education Markdown, one document per analyte group and language."""
    from carebridge.tools.labs.education import education_markdown, section_heading
    from carebridge.tools.labs.knowledge import load_lab_knowledge

    kb = load_lab_knowledge()
    docs = []
    for name, text in education_markdown(kb).items():
        meta, body = split_front_matter(text)
        title = str(meta["title"])
        source_id = str(meta["source"])
        lang = str(meta["lang"])
        by_heading = {section_heading(a, lang): a for a in kb.analytes}
        sections = []
        for sec in markdown_sections(body, title):
            a = by_heading.get(sec.heading)
            # The names patients and reports use (血钾, 谷丙转氨酶, serum potassium), from the same knowledge record.
            names = [n for n in dict.fromkeys((a.zh, a.en, *a.aliases)) if n] if a else []
            extra = (("\n其他名称：" if lang == "zh" else "\nAlso called: ") + ", ".join(names)) if names else ""
            sections.append(Section(sec.heading, sec.text + extra, (source_id,)))
        slug = name.rsplit(".", 2)[0]
        docs.append(_doc("labs", slug, lang, title, sections, "knowledge/education/labs"))
    return BuiltinCollection("builtin-labs", "Lab tests: what they measure, what high and low values commonly relate to "
                             "(zh/en; from knowledge/labs).", docs, dict(kb.sources))


# --- drugs ---------------------------------------------------------------------------------
def drug_collection() -> BuiltinCollection:
    """One document per drug and language with every sourced rule that applies to it."""
    from carebridge.tools.medication.knowledge import load_med_knowledge

    kb = load_med_knowledge()
    docs: list[Document] = []
    left_out: list[dict[str, str]] = []

    def label(name: str, lang: str) -> str:
        if name in kb.classes:
            return kb.classes[name].zh if lang == "zh" else kb.classes[name].en
        d = kb.drugs[name]
        return d.zh if lang == "zh" else d.name_en

    for drug in kb.drugs.values():
        groups = sorted(kb.drug_classes.get(drug.id, frozenset()))
        mine = {drug.id, *groups}
        per_lang: dict[str, list[Section]] = {lang: [] for lang in LANGS}
        for rule in kb.interactions:
            a, b = kb.expand(rule.a), kb.expand(rule.b)
            if drug.id not in a and drug.id not in b:
                continue
            other = rule.b if drug.id in a else rule.a
            others = [o for o in other if o not in mine] or list(other)
            # The medicines a class stands for (WHO ATC membership), so "ibuprofen with warfarin" finds "NSAIDs with ...".
            members = sorted({m for o in others if o in kb.classes for m in kb.class_members[o]} - {drug.id})
            for lang in LANGS:
                sev = _SEV[lang][rule.severity]
                names = [kb.drugs[m].zh if lang == "zh" else kb.drugs[m].name_en for m in members][:40]
                if lang == "en":
                    head = f"Interactions › with {', '.join(label(o, lang) for o in others)}"
                    text = (f"{drug.name_en} with {', '.join(label(o, lang) for o in others)}: {sev} interaction. "
                            f"{rule.mechanism.en} What to do: {rule.management.en}"
                            + (f" (Medicines in this group: {', '.join(names)}.)" if names else ""))
                else:
                    head = f"相互作用 › 与{_join((label(o, lang) for o in others), lang)}"
                    text = (f"{drug.zh}与{_join((label(o, lang) for o in others), lang)}合用：{sev}相互作用。"
                            f"{rule.mechanism.zh}建议：{rule.management.zh}"
                            + (f"（该类药物包括：{_join(names, lang)}。）" if names else ""))
                per_lang[lang].append(Section(head, text, tuple(rule.sources)))
        for kind, rules, en_head, zh_head in (("renal", kb.renal, "Kidney function", "肾功能"),
                                              ("pregnancy", kb.pregnancy, "Pregnancy", "妊娠"),
                                              ("lactation", kb.lactation, "Breastfeeding", "哺乳")):
            for r in rules:
                if r.drug != drug.id and r.class_ not in groups:
                    continue
                limit_en = f" (eGFR or creatinine clearance below {r.below:g} mL/min)" if kind == "renal" else ""
                limit_zh = f"（eGFR或肌酐清除率低于{r.below:g} mL/min）" if kind == "renal" else ""
                per_lang["en"].append(Section(f"{en_head}", f"{drug.name_en}{limit_en}: {_SEV['en'][r.severity]}. {r.text.en}",
                                              tuple(r.sources)))
                per_lang["zh"].append(Section(f"{zh_head}", f"{drug.zh}{limit_zh}：{_SEV['zh'][r.severity]}。{r.text.zh}",
                                              tuple(r.sources)))
        dose = kb.max_daily_dose.get(drug.id)
        if dose is not None:
            per_lang["en"].append(Section("Maximum daily dose", f"The labelled maximum adult daily dose of {drug.name_en} "
                                          f"is {dose.mg:g} mg.", tuple(dose.sources)))
            per_lang["zh"].append(Section("每日最大剂量", f"说明书中{drug.zh}成人每日最大剂量为{dose.mg:g} mg。", tuple(dose.sources)))
        for x in kb.cross_reactivity:
            if x.target not in groups:
                continue
            allergy = kb.allergy_groups[x.allergy].class_
            per_lang["en"].append(Section(f"Allergy › {kb.classes[allergy].en}", f"If you are allergic to "
                                          f"{kb.classes[allergy].en}: {x.text.en} {x.action.en}", tuple(x.sources)))
            per_lang["zh"].append(Section(f"过敏 › {kb.classes[allergy].zh}", f"如对{kb.classes[allergy].zh}过敏："
                                          f"{x.text.zh}{x.action.zh}", tuple(x.sources)))
        if not per_lang["en"]:
            left_out.append({"topic": drug.id, "reason": "only names and ATC code in the knowledge; no sourced interaction, "
                             "kidney, pregnancy, breastfeeding, dose or allergy rule"})
            continue
        class_sources = tuple(dict.fromkeys(s for g in groups for s in kb.classes[g].sources))
        names_en = [*drug.brands, *drug.aliases]
        about_en = (f"{drug.name_en} ({drug.zh}): WHO ATC code {', '.join(drug.atc)}."
                    + (f" Drug groups: {', '.join(kb.classes[g].en for g in groups)}." if groups else "")
                    + (f" Other names: {', '.join(names_en)}." if names_en else ""))
        about_zh = (f"{drug.zh}（{drug.name_en}）：WHO ATC编码 {', '.join(drug.atc)}。"
                    + (f"所属类别：{_join((kb.classes[g].zh for g in groups), 'zh')}。" if groups else "")
                    + (f"其他名称：{_join(names_en, 'zh')}。" if names_en else ""))
        about_src = tuple(dict.fromkeys((*drug.sources, *class_sources)))
        # Every chunk repeats its document title, so the names people search by (brands, old names) go there.
        also = [n for n in names_en if n.lower() != drug.name_en.lower()][:3]
        docs.append(_doc("drugs", drug.id, "en", f"{drug.name_en} ({', '.join([drug.zh, *also])})",
                         [Section("About", about_en, about_src), *per_lang["en"]], "knowledge/medication"))
        docs.append(_doc("drugs", drug.id, "zh", f"{drug.zh}（{', '.join([drug.name_en, *also])}）",
                         [Section("基本信息", about_zh, about_src), *per_lang["zh"]], "knowledge/medication"))
    return BuiltinCollection("builtin-drugs", "Medicines: groups, interactions, kidney, pregnancy, breastfeeding, dose and "
                             "allergy rules (zh/en; from knowledge/medication).", docs, dict(kb.sources), left_out)


# --- conditions (triage) ---------------------------------------------------------------------
def condition_collection(emergency_number: str = "120") -> BuiltinCollection:
    """One document per symptom and language: the triage rules that use it, their advice, the department."""
    from carebridge.tools.knowledge import load_knowledge

    kb = load_knowledge()
    level_sources = ("cn-triage-2018", "esi-v4")
    symptom_sources = [s for s in _symptom_file_sources() if s in kb.sources]
    docs: list[Document] = []
    left_out: list[dict[str, str]] = []

    def names(codes: Iterable[str], lang: str) -> str:
        return _join((kb.symptom_name(c, lang) for c in codes), lang)

    def limits(when: object, lang: str) -> str:
        parts = []
        for attr, en, zh in (("min_age_years", "age {:g} years or over", "{:g}岁及以上"),
                             ("max_age_years", "under {:g} years", "{:g}岁以下"),
                             ("max_age_months", "under {:g} months", "{:g}个月以下"),
                             ("min_duration_days", "lasting {:g} days or more", "持续{:g}天及以上"),
                             ("min_severity", "pain {:g}/10 or more", "疼痛{:g}/10分及以上")):
            value = getattr(when, attr, None)
            if value is not None:
                parts.append((zh if lang == "zh" else en).format(value))
        if getattr(when, "pregnant", None):
            parts.append("孕期" if lang == "zh" else "in pregnancy")
        if getattr(when, "sex", None):
            parts.append({"F": ("female", "女性"), "M": ("male", "男性")}[when.sex][lang == "zh"])  # type: ignore[attr-defined]
        return _join(parts, lang)

    def applies(groups: list[list[str]], when: object, lang: str) -> str:
        if lang == "zh":
            text = "；并且".join(("以下任一：" + names(g, lang)) if len(g) > 1 else names(g, lang) for g in groups)
            extra = limits(when, lang)
            return f"适用情形：{text or '见规则名称'}{('（' + extra + '）') if extra else ''}。"
        text = "; together with ".join(("any of: " + names(g, lang)) if len(g) > 1 else names(g, lang) for g in groups)
        extra = limits(when, lang)
        return f"Applies when: {text or 'as named'}{(' (' + extra + ')') if extra else ''}."

    for code in kb.symptoms:
        if code not in kb.symptom_names:
            continue
        red = [r for r in kb.red_flags if any(code in g for g in r.when.all_of)]
        urgent = [r for r in kb.urgent if any(code in g for g in r.when.all_of)]
        selfcare = [g for g in kb.self_care if code in g.codes]
        if not (red or urgent or selfcare):
            left_out.append({"topic": code, "reason": "no triage rule uses this symptom (lexicon and department only)"})
            continue
        for lang in LANGS:
            zh = lang == "zh"
            sections = []
            # Red flags carry their own urgency; urgent rules all advise "today".
            ruled = [(r, r.urgency, "危险征象 › ", "Warning signs › ") for r in red]
            ruled += [(r, "urgent", "24小时内就诊 › ", "See a doctor today › ") for r in urgent]
            for r, level, head_zh, head_en in ruled:
                advice = kb.advice(level, emergency_number)
                head = (head_zh if zh else head_en) + (r.name.zh if zh else r.name.en)
                text = (f"{r.name.zh if zh else r.name.en}{'。' if zh else '. '}{applies(r.when.all_of, r.when, lang)}"
                        f"{'建议：' if zh else ' What to do: '}{advice.zh if zh else advice.en}")
                sections.append(Section(head, text, tuple(dict.fromkeys((*r.sources, *level_sources)))))
            for g in selfcare:
                advice = kb.advice("self_care", emergency_number)
                caps = [f"{kb.symptom_name(c, lang)} {d:g}{'天' if zh else ' days'}" for c, d in g.code_max_days.items()]
                ages = []
                if g.min_age_years is not None:
                    ages.append(f"{g.min_age_years:g}岁及以上" if zh else f"age {g.min_age_years:g} years or over")
                if g.max_age_years is not None:
                    ages.append(f"{g.max_age_years:g}岁及以下" if zh else f"up to age {g.max_age_years:g}")
                if zh:
                    text = (f"{g.name.zh}：通常可居家处理，前提是没有上述危险征象。最长{g.max_duration_days:g}天"
                            + (f"（{_join(caps, lang)}）" if caps else "") + "。"
                            + (f"适用于{_join(ages, lang)}。" if ages else "") + ("不适用于孕期。" if g.not_pregnant else "")
                            + f"建议：{advice.zh}")
                else:
                    text = (f"{g.name.en}: usually managed at home when no warning sign is present. Up to "
                            f"{g.max_duration_days:g} days" + (f" ({', '.join(caps)})" if caps else "") + "."
                            + (f" For {' and '.join(ages)}." if ages else "") + (" Not in pregnancy." if g.not_pregnant else "")
                            + f" What to do: {advice.en}")
                head = ("居家处理 › " if zh else "Self-care › ") + (g.name.zh if zh else g.name.en)
                sections.append(Section(head, text, tuple(dict.fromkeys((*g.sources, *level_sources)))))
            said = phrases(getattr(kb.symptoms[code], lang))
            if said:
                sections.append(Section("常见说法" if zh else "How people describe it", _join(said, lang),
                                        tuple(symptom_sources)))
            dept = kb.departments.departments[kb.symptoms[code].dept]
            sections.append(Section("就诊科室" if zh else "Department",
                                    f"{kb.symptom_name(code, lang)}{'通常就诊于' if zh else ' is usually seen in '}"
                                    f"{dept.zh if zh else dept.en}{'（' + dept.en + '）' if zh else ' (' + dept.zh + ')'}"
                                    f"{'。' if zh else '.'}", tuple(kb.departments.source)))
            en_name, zh_name = kb.symptom_names[code]
            title = f"{zh_name}（{en_name}）：何时就医" if zh else f"{en_name} ({zh_name}): when to get help"
            docs.append(_doc("conditions", code, lang, title, sections, "knowledge/red_flags+urgency_rules"))
    return BuiltinCollection("builtin-conditions", "Symptoms: warning signs, when to see a doctor, self-care limits and the "
                             "department (zh/en; from the triage knowledge).", docs, dict(kb.sources), left_out)


def _symptom_file_sources() -> list[str]:
    """The sources symptoms.yaml names for its lexicon as a whole."""
    from importlib.resources import files

    from carebridge.tools.yaml_strict import load_yaml

    data = load_yaml(files("carebridge.knowledge").joinpath("symptoms.yaml").read_text(encoding="utf-8"))
    src = data.get("source") or []
    return [src] if isinstance(src, str) else list(src)


def phrases(patterns: Iterable[str], cap: int = 12) -> list[str]:
    """Plain phrases a lexicon's regular expressions spell out ("被(狗|猫)咬" -> 被狗咬, 被猫咬); others are skipped."""
    import re._parser as sre  # type: ignore[import-not-found]

    out: list[str] = []
    for pattern in patterns:
        try:
            found = _expand(sre.parse(pattern), 8)
        except (ValueError, re.error):
            continue
        for text in found or []:
            text = " ".join(text.split())
            if len(text) >= 2 and text not in out:
                out.append(text)
        if len(out) >= cap:
            break
    return out[:cap]


def _expand(parsed: object, limit: int) -> list[str] | None:
    """All strings of a parsed regex made only of literals, groups, alternation and `?`; None if anything else."""
    import re._constants as c  # type: ignore[import-not-found]

    results = [""]
    for op, av in parsed:  # type: ignore[attr-defined]
        if op is c.LITERAL:
            options = [chr(av)]
        elif op is c.IN and all(o is c.LITERAL for o, _ in av):
            options = [chr(v) for _, v in av]
        elif op is c.SUBPATTERN:
            options = _expand(av[-1], limit)
        elif op is c.BRANCH:
            options = []
            for branch in av[1]:
                sub = _expand(branch, limit)
                if sub is None:
                    return None
                options += sub
        elif op is c.MAX_REPEAT and av[0] == 0 and av[1] == 1:
            sub = _expand(av[2], limit)
            options = None if sub is None else ["", *sub]
        else:
            return None
        if options is None:
            return None
        results = [r + o for r in results for o in options][:limit]
    return results


# --- follow-up protocols -------------------------------------------------------------------------
def followup_collection(emergency_number: str = "120") -> BuiltinCollection:
    """One document per built-in follow-up protocol and language."""
    from carebridge.tools.followup.protocols import load_protocols
    from carebridge.tools.knowledge import load_knowledge

    lib = load_protocols()
    kb = load_knowledge()
    level = {"emergency": "emergency", "urgent": "urgent", "routine": "routine"}
    docs: list[Document] = []
    for proto in lib.protocols.values():
        if not lib.origin.get(proto.id, "").startswith("knowledge/"):
            continue
        for lang in LANGS:
            zh = lang == "zh"
            name = proto.name.zh if zh else proto.name.en
            days = _join((str(d) for d in proto.schedule_days), lang)
            if zh:
                schedule = (f"出院后第{days}天联系您（{proto.contact_hour}:00）。未回复时每隔{proto.retry.interval_hours:g}小时重试，"
                            f"共{proto.retry.max_attempts}次，仍未回复会通知护士。")
            else:
                schedule = (f"You are contacted on days {days} after discharge (at {proto.contact_hour}:00). If you do not "
                            f"answer, we try {proto.retry.max_attempts} times, {proto.retry.interval_hours:g} hours apart, "
                            "then your nurse is told.")
            questions = "\n".join(f"- {q.text.zh if zh else q.text.en}" for q in proto.questions)
            sections = [Section("随访安排" if zh else "Schedule", schedule, tuple(proto.sources)),
                        Section("随访问题" if zh else "Questions", questions, tuple(proto.sources))]
            for rule in proto.rules:
                advice = kb.advice(level[rule.priority], emergency_number)  # type: ignore[arg-type]
                rname = rule.name.zh if zh else rule.name.en
                text = (f"{name}随访中，如出现“{rname}”，会通知护士（{ {'emergency': '紧急', 'urgent': '尽快', 'routine': '常规'}[rule.priority]}）。"
                        f"您会收到的建议：{advice.zh}" if zh else
                        f"In the {name} follow-up, \"{rname}\" alerts your nurse ({rule.priority}). "
                        f"What you are told: {advice.en}")
                sections.append(Section(("需要通知护士的情况 › " if zh else "When the nurse is alerted › ") + rname, text,
                                        tuple(dict.fromkeys((*rule.sources, "cn-triage-2018", "esi-v4")))))
            title = f"出院随访：{proto.name.zh}（{proto.name.en}）" if zh else f"Follow-up after discharge: {proto.name.en} ({proto.name.zh})"
            docs.append(_doc("followup", proto.id, lang, title, sections, "knowledge/followup"))
    return BuiltinCollection("builtin-followup", "Follow-up after discharge: schedule, questions and what alerts the nurse "
                             "(zh/en; from knowledge/followup).", docs, dict(lib.sources))


def knowledge_fingerprint(emergency_number: str = "120") -> str:
    """Hash of every knowledge file and of the code that turns them into documents: changes when built-ins are stale."""
    from importlib.resources import files
    from pathlib import Path

    h = hashlib.sha256(f"{GENERATOR_VERSION}\n{emergency_number}\n".encode())
    root = files("carebridge.knowledge")
    stack = [root]
    found = []
    while stack:
        node = stack.pop()
        for child in node.iterdir():
            if child.is_dir():
                stack.append(child)
            elif child.name.endswith((".yaml", ".md")):
                found.append(child)
    for f in sorted(found, key=lambda f: str(f)):
        h.update(str(f).rsplit("knowledge", 1)[-1].encode() + b"\0" + f.read_bytes())
    from carebridge.tools.labs import education

    for module_file in (__file__, education.__file__):
        h.update(Path(module_file).read_bytes())
    return h.hexdigest()[:16]


def builtin_collections(emergency_number: str = "120") -> list[BuiltinCollection]:
    """All four built-in collections."""
    return [lab_collection(), drug_collection(), condition_collection(emergency_number), followup_collection(emergency_number)]


def to_markdown(doc: Document, sources: dict[str, str]) -> str:
    """A generated document as Markdown with its sources listed under each section (for review)."""
    lines = ["---", f"title: {doc.title}", f"lang: {doc.lang}", f"sources: [{', '.join(doc.source_ids)}]", "---", "",
             f"# {doc.title}", ""]
    for s in doc.sections:
        lines += [f"## {s.heading}", "", s.text, "", "Sources: " + "; ".join(sources.get(i, i) for i in s.sources), ""]
    return "\n".join(lines)


def main() -> None:
    """Write every built-in document as Markdown under DIR (default: kb-builtin/) for review."""
    import sys
    from pathlib import Path

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "kb-builtin")
    for col in builtin_collections():
        folder = target / col.name
        folder.mkdir(parents=True, exist_ok=True)
        for doc in col.documents:
            (folder / (doc.key.rsplit("/", 1)[1] + ".md")).write_text(to_markdown(doc, col.sources), encoding="utf-8")
        print(f"{col.name}: {len(col.documents)} documents, {len(col.left_out)} topics left out")  # noqa: T201


if __name__ == "__main__":
    main()
