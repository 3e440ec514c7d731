"""The medication check: resolve names, check every pair and each drug against the patient.

Pure and deterministic: the same input gives the same output, in the same order. The
work grows with (rules x drugs) plus the pairs that actually interact, so a list of
hundreds of drugs stays fast (no loop over every pair against every rule).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Any

from carebridge.tools.medication.dose import Dose, split_name_and_dose
from carebridge.tools.medication.knowledge import (
    MedKnowledge,
    PatientRule,
    Severity,
    load_med_knowledge,
    severity_rank,
)
from carebridge.tools.medication.resolver import Resolution, Resolver, name_key
from carebridge.tools.text import detect_lang

MAX_DRUGS = 1000
MAX_ALLERGIES = 100
MAX_NAME_CHARS = 200
ADVICE = {
    "en": "Do not stop, start or change any medicine on your own: talk to your pharmacist or doctor first.",
    "zh": "请勿自行停药、加药或改变剂量：请先咨询药师或医生。",
}
AI_LABEL = {"en": "AI-generated from sourced rules; a pharmacist or doctor makes the final decision.",
            "zh": "AI生成内容（依据有来源的规则），最终以药师或医生判断为准。"}


class MedInputError(ValueError):
    """The request cannot be checked; `code` is stable, messages are bilingual and say what to do."""

    def __init__(self, code: str, en: str, zh: str) -> None:
        """Keep the machine code and both human messages."""
        super().__init__(en)
        self.code, self.en, self.zh = code, en, zh


@dataclass(frozen=True)
class MedEngine:
    """Knowledge plus resolver; `check` is the whole medication check."""

    kb: MedKnowledge
    resolver: Resolver

    def check(self, drugs: list[str], *, allergies: list[str] | None = None, egfr: float | None = None,
              pregnant: bool = False, breastfeeding: bool = False, lang: str | None = None) -> dict[str, Any]:
        """Check a list of drug names (each may carry a dose, e.g. "paracetamol 1g qid")."""
        allergies = allergies or []
        _validate(drugs, allergies, egfr)
        lang = lang or detect_lang(" ".join(drugs))
        resolved: list[tuple[Resolution, Dose | None]] = []
        for item in drugs:
            name, dose = split_name_and_dose(item)
            parts = self.resolver.resolve_all(name)
            # A dose written after a combination of two drugs belongs to neither alone.
            resolved += [(res, dose if len(parts) == 1 else None) for res in parts]
        entries, unknown, same_drug = self._group(resolved)
        ids = list(entries)
        interactions = self._interactions(ids)
        alerts = same_drug + self._duplicate_therapy(ids)
        allergy_out, allergy_alerts, unknown_allergies = self._allergies(ids, allergies)
        alerts += allergy_alerts
        not_checked: list[dict[str, Any]] = []
        alerts += self._doses(entries, not_checked)
        if egfr is not None:
            alerts += self._patient_rules("renal", self.kb.renal, ids, not_checked, egfr=egfr)
        if pregnant:
            alerts += self._patient_rules("pregnancy", self.kb.pregnancy, ids, not_checked)
        if breastfeeding:
            alerts += self._patient_rules("lactation", self.kb.lactation, ids, not_checked)
        if unknown:
            not_checked.append(_not_checked("unknown_drugs", [u["input"] for u in unknown],
                                            "These names were not recognised, so nothing about them was checked.",
                                            "以下名称未能识别，因此未做任何检查。"))
        if unknown_allergies:
            not_checked.append(_not_checked("allergy", unknown_allergies,
                                            "These allergies were not recognised, so they were not checked.",
                                            "以下过敏史未能识别，因此未做检查。"))
        interactions.sort(key=lambda x: (-severity_rank(x["severity"]), x["drugs"], x["id"]))
        alerts.sort(key=lambda x: (-severity_rank(x["severity"]), x["type"], x["drugs"]))
        severities = [x["severity"] for x in (*interactions, *alerts)]
        highest = max(severities, key=severity_rank) if severities else None
        result = {
            "drugs": list(entries.values()),
            "unknown": unknown,
            "interactions": interactions,
            "alerts": alerts,
            "allergies": allergy_out,
            "not_checked": not_checked,
            "highest_severity": highest,
            "patient": {"egfr": egfr, "pregnant": pregnant, "breastfeeding": breastfeeding},
            "advice": dict(ADVICE),
            "lang": lang,
            "ai_generated": True,
            "label": AI_LABEL[lang],
        }
        result["summary"] = summarize(result)
        result["sources"] = self._all_sources(result)
        return result

    # --- names ------------------------------------------------------------------------
    def _group(self, resolved: list[tuple[Resolution, Dose | None]]
               ) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
        entries: dict[str, dict[str, Any]] = {}
        unknown: list[dict[str, Any]] = []
        for res, dose in resolved:
            if res.drug_id is None:
                unknown.append({"input": res.input, "suggestions": list(res.suggestions)})
                continue
            d = self.kb.drugs[res.drug_id]
            entry = entries.setdefault(res.drug_id, {
                "generic": d.name_en, "id": d.id, "zh": d.zh, "atc": d.atc, "inputs": [],
                "classes": sorted(self.kb.drug_classes[d.id]), "sources": list(d.sources)})
            entry["inputs"].append({"input": res.input, "match": res.match, "matched_name": res.matched_name,
                                    "confidence": res.confidence, "note": _check_name_note(res, d.name_en, d.zh),
                                    "dose": None if dose is None else {"text": dose.text, "daily_mg": dose.daily_mg}})
        for entry in entries.values():
            # Top-level fields describe the best-matched input (the contract's one input -> one generic).
            best = max(entry["inputs"], key=lambda i: i["confidence"])
            entry |= {"input": best["input"], "match": best["match"], "confidence": best["confidence"]}
        same: list[dict[str, Any]] = []
        for did, entry in entries.items():
            if len(entry["inputs"]) > 1:
                names = list(dict.fromkeys(i["input"] for i in entry["inputs"]))
                if len(names) == 1:  # the same words twice
                    names = [f"{names[0]} (x{len(entry['inputs'])})"]
                same.append(_alert("duplicate_therapy", [did], "major",
                                   en=f"{', '.join(names)} are the same medicine ({entry['generic']}). Taking them together would double the dose.",
                                   zh=f"{'、'.join(names)} 是同一种药（{entry['zh']}），同时服用会导致剂量加倍。",
                                   action_en="Take only one of them unless your doctor said otherwise; ask your pharmacist.",
                                   action_zh="除非医生另有说明，只服用其中一种；请咨询药师。",
                                   sources=[self.kb.citation("who-atc")], same_drug=True))
        return entries, unknown, same

    # --- interactions -----------------------------------------------------------------
    def _interactions(self, ids: list[str]) -> list[dict[str, Any]]:
        present = set(ids)
        order = {d: i for i, d in enumerate(ids)}
        found: dict[tuple[str, str, str], Any] = {}
        for rule, side_a, side_b, _static in _rule_sides(self.kb):
            a_hit, b_hit = present & side_a, present & side_b
            if not a_hit or not b_hit:
                continue
            for a in a_hit:
                for b in b_hit:
                    if a == b:
                        continue
                    pair = tuple(sorted((a, b), key=order.__getitem__))
                    found.setdefault((rule.id, *pair), (rule, _static))
        fired: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for rule_id, *pair in found:
            fired[tuple(pair)].add(rule_id)
        out = []
        for (rule_id, *pair), (rule, static) in found.items():
            if set(rule.unless) & fired[tuple(pair)]:
                continue  # a more specific rule already reports this pair
            drugs = [self.kb.drugs[d] for d in pair]
            out.append({
                "id": rule_id, "drugs": [d.name_en for d in drugs], "drug_ids": list(pair),
                "drugs_zh": [d.zh for d in drugs], "severity": rule.severity, "kind": static["kind"],
                "mechanism": dict(static["mechanism"]), "management": dict(static["management"]),
                "sources": [dict(c) for c in static["sources"]], "onc_high_priority": rule.onc,
            })
        return out

    # --- patient checks ---------------------------------------------------------------
    def _duplicate_therapy(self, ids: list[str]) -> list[dict[str, Any]]:
        groups: dict[str, list[str]] = defaultdict(list)
        for d in ids:
            for cid in sorted(self.kb.drug_classes[d]):
                if self.kb.classes[cid].duplicate:
                    groups[cid].append(d)
        alerts = []
        covered: set[frozenset[str]] = set()
        for cid, members in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            if len(members) < 2 or frozenset(members) in covered:
                continue
            covered.add(frozenset(members))
            c = self.kb.classes[cid]
            alerts.append(self._duplicate(
                members, f"are all {c.en}: two drugs of the same class are often a duplication.",
                f"同属{c.zh}：同类药物同时使用常属重复用药。", [self.kb.citation(s) for s in c.sources], drug_class=cid))
        # Same WHO ATC level-4 group (chemical subgroup) not already reported through a class.
        atc4: dict[str, list[str]] = defaultdict(list)
        for d in ids:
            for code in sorted({c[:5] for c in self.kb.drugs[d].atc}):
                atc4[code].append(d)
        for code, members in sorted(atc4.items()):
            if len(members) < 2 or any(set(members) <= c for c in covered):
                continue
            covered.add(frozenset(members))
            alerts.append(self._duplicate(
                members, f"are in the same WHO ATC group ({code}): two drugs of one group are often a duplication.",
                f"属于同一WHO ATC分组（{code}）：同组药物同时使用常属重复用药。", [self.kb.citation("who-atc")],
                atc_group=code))
        return alerts

    def _duplicate(self, members: list[str], why_en: str, why_zh: str, sources: list[Any], **extra: Any) -> dict[str, Any]:
        """One duplicate-therapy alert: the drugs' names, then why they count as one therapy."""
        return _alert(
            "duplicate_therapy", members, "moderate",
            en=", ".join(self.kb.drugs[d].name_en for d in members) + " " + why_en,
            zh="、".join(self.kb.drugs[d].zh for d in members) + " " + why_zh,
            action_en="Check with your pharmacist or doctor that each one is meant to be taken (some combinations are deliberate).",
            action_zh="请与药师或医生确认每种药都需要服用（部分联用是有意为之）。",
            sources=sources, **extra)

    def _allergies(self, ids: list[str], allergies: list[str]
                   ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[str]]:
        out: list[dict[str, Any]] = []
        alerts: list[dict[str, Any]] = []
        unknown: list[str] = []
        seen: set[tuple[str, str]] = set()
        group_by_name = {name_key(n): gid for gid, g in self.kb.allergy_groups.items() for n in g.names}
        class_to_group = {g.class_: gid for gid, g in self.kb.allergy_groups.items()}
        for raw in allergies:
            gid = group_by_name.get(name_key(raw))
            allergen: str | None = None
            allergens: set[str] = set()  # the drug, or each part of a combination product
            groups: set[str] = set()
            if gid is not None:
                groups.add(gid)
            else:
                res = self.resolver.resolve(raw)
                if res.drug_id is None:
                    unknown.append(raw)
                    out.append({"input": raw, "resolved": None, "suggestions": list(res.suggestions)})
                    continue
                allergen = res.drug_id
                allergens = set(self.kb.drugs[allergen].parts) or {allergen}
                groups |= {class_to_group[c] for a in allergens for c in self.kb.drug_classes[a] if c in class_to_group}
            out.append({"input": raw, "resolved": allergen or gid, "kind": "drug" if allergen else "group",
                        "groups": sorted(groups)})
            for d in ids:
                drug = self.kb.drugs[d]
                if d in allergens:
                    key = (raw, d)
                    if key not in seen:
                        seen.add(key)
                        alerts.append(_alert(
                            "allergy", [d], "contraindicated",
                            en=f"You reported an allergy to {raw}; {drug.name_en} is that medicine.",
                            zh=f"您报告对{raw}过敏；{drug.zh}就是该药。",
                            action_en="Do not take it. Tell your doctor or pharmacist now.",
                            action_zh="请勿服用，并立即告知医生或药师。",
                            sources=[self.kb.citation("aaaai-2022")], allergy=raw))
                    continue
                for g in sorted(groups):
                    grp = self.kb.allergy_groups[g]
                    if d in self.kb.class_members[grp.class_] and (raw, d) not in seen:
                        seen.add((raw, d))
                        cls = self.kb.classes[grp.class_]
                        alerts.append(_alert(
                            "allergy", [d], "major",
                            en=f"{drug.name_en} belongs to the same group ({cls.en}) as your reported allergy ({raw}).",
                            zh=f"{drug.zh}与您报告的过敏药物（{raw}）同属{cls.zh}。",
                            action_en="Do not take it until your doctor or pharmacist has checked the allergy.",
                            action_zh="在医生或药师核实过敏史之前请勿服用。",
                            sources=[self.kb.citation(s) for s in grp.sources], allergy=raw))
                for x in self.kb.cross_reactivity:
                    if x.allergy in groups and d in self.kb.class_members[x.target] and (raw, d) not in seen:
                        seen.add((raw, d))
                        alerts.append(_alert("allergy", [d], x.severity, en=f"{drug.name_en}: {x.text.en}",
                                             zh=f"{drug.zh}：{x.text.zh}", action_en=x.action.en, action_zh=x.action.zh,
                                             sources=[self.kb.citation(s) for s in x.sources], allergy=raw,
                                             cross_reactivity=True))
        return out, alerts, unknown

    def _doses(self, entries: dict[str, dict[str, Any]], not_checked: list[dict[str, Any]]) -> list[dict[str, Any]]:
        alerts: list[dict[str, Any]] = []
        no_rule: list[str] = []
        unclear: list[str] = []
        for did, entry in entries.items():
            doses = [i["dose"] for i in entry["inputs"] if i["dose"]]
            if not doses:
                continue
            rule = self.kb.max_daily_dose.get(did)
            if rule is None:
                no_rule.append(entry["generic"])
                continue
            known = [x["daily_mg"] for x in doses if x["daily_mg"] is not None]
            if not known:
                unclear.append(entry["generic"])
                continue
            total = sum(known)
            if total > rule.mg:
                alerts.append(_alert(
                    "dose", [did], "major",
                    en=f"{entry['generic']}: {_mg(total)} a day is above the usual adult maximum of {_mg(rule.mg)} a day.",
                    zh=f"{entry['zh']}：每日{_mg(total)}，超过成人常用每日最大剂量{_mg(rule.mg)}。",
                    action_en="Check the dose with your pharmacist or doctor before the next dose.",
                    action_zh="下次服药前请与药师或医生核对剂量。",
                    sources=[self.kb.citation(s) for s in rule.sources], daily_mg=total, max_daily_mg=rule.mg))
        no_dose = [e["generic"] for e in entries.values() if not any(i["dose"] for i in e["inputs"])]
        if no_dose:
            not_checked.append(_not_checked("dose", no_dose, "No dose given: the daily dose was not checked (write e.g. 'paracetamol 1g qid').",
                                            "未提供剂量：未检查每日剂量（可写成如“对乙酰氨基酚 1g 每日4次”）。"))
        if no_rule:
            not_checked.append(_not_checked("dose", no_rule, "No sourced maximum daily dose in carebridge's data: the dose was not checked.",
                                            "carebridge数据中没有该药有来源的每日最大剂量：未检查剂量。"))
        if unclear:
            not_checked.append(_not_checked("dose", unclear, "The daily total could not be worked out (give it as e.g. '500mg tid' or '2g/day').",
                                            "无法计算每日总量（请写成如“500mg 每日3次”或“2g/天”）。"))
        return alerts

    def _patient_rules(self, kind: str, rules: list[PatientRule], ids: list[str], not_checked: list[dict[str, Any]],
                       egfr: float | None = None) -> list[dict[str, Any]]:
        alerts: list[dict[str, Any]] = []
        unchecked: list[str] = []
        for d in ids:
            mine = [r for r in rules if r.drug == d or (r.class_ is not None and d in self.kb.class_members[r.class_])]
            if not mine:
                unchecked.append(self.kb.drugs[d].name_en)
                continue
            if kind == "renal":
                firing = [r for r in mine if r.below is not None and egfr is not None and egfr < r.below]
                if not firing:
                    continue
                rule = min(firing, key=lambda r: r.below or 0)  # the strictest threshold crossed
            else:
                rule = max(mine, key=lambda r: severity_rank(r.severity))
            drug = self.kb.drugs[d]
            level = f"{egfr:g}" if egfr is not None else ""
            head_en = {"renal": f"Kidney function (eGFR/CrCl {level})", "pregnancy": "Pregnancy",
                       "lactation": "Breastfeeding"}[kind]
            head_zh = {"renal": f"肾功能（eGFR/肌酐清除率 {level}）", "pregnancy": "妊娠", "lactation": "哺乳"}[kind]
            alerts.append(_alert(
                kind, [d], rule.severity, en=f"{head_en} - {drug.name_en}: {rule.text.en}",
                zh=f"{head_zh} - {drug.zh}：{rule.text.zh}",
                action_en="Talk to your doctor or pharmacist before the next dose; do not stop a medicine on your own.",
                action_zh="下次服药前请咨询医生或药师；请勿自行停药。",
                sources=[self.kb.citation(s) for s in rule.sources]))
        if unchecked:
            en = {"renal": "No sourced kidney-dosing rule in carebridge's data: not checked against the eGFR.",
                  "pregnancy": "No pregnancy caution in carebridge's data: this is not evidence of safety in pregnancy.",
                  "lactation": "No breastfeeding caution in carebridge's data: this is not evidence of safety."}[kind]
            zh = {"renal": "carebridge数据中没有有来源的肾功能剂量规则：未按eGFR检查。",
                  "pregnancy": "carebridge数据中没有妊娠警示：这不代表孕期使用安全。",
                  "lactation": "carebridge数据中没有哺乳期警示：这不代表哺乳期使用安全。"}[kind]
            not_checked.append(_not_checked(kind, unchecked, en, zh))
        return alerts

    def _all_sources(self, result: dict[str, Any]) -> list[dict[str, str]]:
        seen: dict[str, dict[str, str]] = {}
        for item in (*result["interactions"], *result["alerts"]):
            for s in item["sources"]:
                seen.setdefault(s["id"], s)
        for entry in result["drugs"]:
            for s in entry["sources"]:
                seen.setdefault(s, self.kb.citation(s))
        return list(seen.values())


def _validate(drugs: list[str], allergies: list[str], egfr: float | None) -> None:
    if not isinstance(drugs, list) or not all(isinstance(d, str) for d in drugs):
        raise MedInputError("bad_drugs", "drugs must be a list of names (strings).", "drugs 必须是药名（字符串）列表。")
    if not any(d.strip() for d in drugs):
        raise MedInputError("no_drugs", "No drug names were given. List at least one, e.g. carebridge meds check warfarin ibuprofen.",
                            "没有提供药名。请至少列出一种，例如：carebridge meds check 华法林 布洛芬。")
    if len(drugs) > MAX_DRUGS:
        raise MedInputError("too_many_drugs", f"{len(drugs)} drugs given; the limit is {MAX_DRUGS} per check. Split the list.",
                            f"共{len(drugs)}种药，单次上限{MAX_DRUGS}种。请分批检查。")
    long = [d[:40] for d in drugs if len(d) > MAX_NAME_CHARS]
    if long:
        raise MedInputError("name_too_long", f"A drug entry is longer than {MAX_NAME_CHARS} characters ({long[0]!r}...). Give one drug per entry.",
                            f"某个药名超过{MAX_NAME_CHARS}个字符。请每项只写一种药。")
    if not isinstance(allergies, list) or not all(isinstance(a, str) for a in allergies) or len(allergies) > MAX_ALLERGIES:
        raise MedInputError("bad_allergies", f"allergies must be a list of at most {MAX_ALLERGIES} names.",
                            f"allergies 必须是不超过{MAX_ALLERGIES}项的名称列表。")
    if egfr is not None and (isinstance(egfr, bool) or not isinstance(egfr, int | float) or not 0 <= egfr <= 200):
        raise MedInputError("bad_egfr", f"eGFR/creatinine clearance must be a number of mL/min between 0 and 200, not {egfr!r}.",
                            f"eGFR/肌酐清除率必须是0-200之间的数值（mL/min），而不是 {egfr!r}。")


def _mg(value: float) -> str:
    return f"{value / 1000:g} g" if value >= 1000 else f"{value:g} mg"


def _alert(kind: str, drug_ids: list[str], severity: Severity, *, en: str, zh: str, action_en: str, action_zh: str,
           sources: list[dict[str, str]], **extra: Any) -> dict[str, Any]:
    return {"type": kind, "drugs": list(drug_ids), "severity": severity, "text": {"en": en, "zh": zh},
            "action": {"en": action_en, "zh": action_zh}, "sources": sources, **extra}


def _check_name_note(res: Resolution, generic: str, zh: str) -> dict[str, str] | None:
    """'Did you mean ... please check the name' for a name read by likeness (misspelling, same-pinyin typo)."""
    if res.match == "homophone":
        return {"en": f"'{res.input}' was read as {res.matched_name} ({generic}): one character sounds the same "
                      f"in pinyin. Did you mean {res.matched_name}? Please check the name.",
                "zh": f"“{res.input}”按{res.matched_name}（{generic}）理解：有一个字与之同音，可能是输入错误。"
                      f"您是否指{res.matched_name}？请核对药名。"}
    if res.match == "fuzzy":
        return {"en": f"'{res.input}' was read as {generic} ({res.confidence:.0%} match). Did you mean {generic}? "
                      "Please check the name.",
                "zh": f"“{res.input}”按{zh}（{generic}）理解（相似度{res.confidence:.0%}）。您是否指{zh}？请核对药名。"}
    return None


def _not_checked(check: str, items: list[str], en: str, zh: str) -> dict[str, Any]:
    return {"check": check, "items": items, "reason": {"en": en, "zh": zh}}


_SIDES: dict[int, list[Any]] = {}


def _rule_sides(kb: MedKnowledge) -> list[Any]:
    """Each interaction rule, both sides expanded to drug-id sets, and its static output parts (once per knowledge)."""
    key = id(kb)
    if key not in _SIDES:
        _SIDES[key] = [(r, frozenset(kb.expand(r.a)), frozenset(kb.expand(r.b)), {
            "kind": "pair" if all(n in kb.drugs for n in (*r.a, *r.b)) else "class",
            "mechanism": r.mechanism.model_dump(), "management": r.management.model_dump(),
            "sources": [kb.citation(s) for s in r.sources]}) for r in kb.interactions]
    return _SIDES[key]


def summarize(result: dict[str, Any]) -> dict[str, str]:
    """One plain sentence in each language: how many drugs, what was found, how serious."""
    n = len(result["drugs"])
    inter, alerts, unknown = result["interactions"], result["alerts"], result["unknown"]
    top = result["highest_severity"]
    sev_zh = {"contraindicated": "禁忌", "major": "严重", "moderate": "中度", "minor": "轻度"}
    if not inter and not alerts:
        en = f"Checked {n} medicine(s): no interaction or alert found in carebridge's sourced rules."
        zh = f"已检查{n}种药物：在carebridge有来源的规则中未发现相互作用或警示。"
        if n < 2:
            en += " With one medicine there is no pair to check for interactions."
            zh += "只有一种药物，无法检查药物相互作用。"
    else:
        en = (f"Checked {n} medicine(s): {len(inter)} interaction(s) and {len(alerts)} alert(s); "
              f"the most serious is {top}.")
        zh = f"已检查{n}种药物：发现{len(inter)}项相互作用、{len(alerts)}项警示；最高级别为{sev_zh[top]}。"
    if unknown:
        en += f" Not recognised (not checked): {', '.join(u['input'] for u in unknown)}."
        zh += f"未能识别（未检查）：{'、'.join(u['input'] for u in unknown)}。"
    return {"en": en, "zh": zh}


@cache
def default_engine() -> MedEngine:
    """The engine over the packaged knowledge (built once per process)."""
    kb = load_med_knowledge()
    return MedEngine(kb=kb, resolver=Resolver(kb))


def check_medications(drugs: list[str], **kwargs: Any) -> dict[str, Any]:
    """`default_engine().check(...)`: the contract result for `carebridge meds check`."""
    return default_engine().check(drugs, **kwargs)
