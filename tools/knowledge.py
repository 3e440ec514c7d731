"""Load and validate the sourced knowledge files; every rule must cite a known source."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib.resources import files
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

from carebridge.tools.yaml_strict import load_yaml

Urgency = Literal["emergency_ambulance", "emergency", "urgent", "routine", "self_care"]
URGENCY_ORDER: tuple[Urgency, ...] = ("self_care", "routine", "urgent", "emergency", "emergency_ambulance")


class KnowledgeError(ValueError):
    """A knowledge file is malformed or cites something that does not exist."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Bilingual(_Strict):
    en: str
    zh: str


class Condition(_Strict):
    """When a rule applies: symptom groups (all of; any code within a group) + patient facts."""

    all_of: list[list[str]] = Field(default_factory=list)
    none_of: list[str] = Field(default_factory=list)  # any of these present switches the rule off
    # A combination that switches the rule off: every group has a code present (one reading that the findings
    # together say is another illness, e.g. chest pain on breathing in with a cough and fever: a chest infection)
    unless_all_of: list[list[str]] = Field(default_factory=list)
    min_age_years: float | None = None
    max_age_years: float | None = None
    # misread39 item 6: the rule is for a message whose patient's age is not known yet (the chat asks it later): a stated
    # age switches it off, and the rules with age limits decide instead
    age_not_given: bool = False
    max_age_months: float | None = None
    sex: Literal["F", "M"] | None = None
    pregnant: bool | None = None
    min_severity: int | None = None
    min_duration_days: float | None = None
    # A stated duration longer than this is a history of episodes ("一年发炎七八回，回回都高烧"), not one illness lasting
    # that long; unknown duration satisfies it (the rule's min_duration_days decides whether it must be known).
    max_duration_days: float | None = None
    # Unknown gestation satisfies this limit: a rule that escalates must not be switched
    # off because the patient did not say how many weeks.
    min_gestation_weeks: float | None = None
    # Before this many weeks (preterm signs); unknown gestation satisfies it, for the same reason.
    max_gestation_weeks: float | None = None


class Examples(_Strict):
    positive: list[str]
    negated: list[str]


class Rule(_Strict):
    id: str
    name: Bilingual
    when: Condition
    sources: list[str] = Field(min_length=1)
    nhs_pages: list[str] = Field(default_factory=list)


class RedFlagRule(Rule):
    urgency: Urgency
    examples: dict[Literal["en", "zh"], Examples]


class SelfCareGroup(_Strict):
    id: str
    name: Bilingual
    codes: list[str]
    max_duration_days: float
    code_max_days: dict[str, float] = Field(default_factory=dict)
    not_with: list[str] = Field(default_factory=list)  # findings that rule this group out
    requires_any: list[str] = Field(default_factory=list)  # the group only applies with one of these
    only_pregnant: bool = False
    min_age_years: float | None = None
    max_age_years: float | None = None
    not_pregnant: bool = False
    sex: Literal["F", "M"] | None = None  # advice written for one sex only (unknown sex: not self-care)
    sources: list[str] = Field(min_length=1)
    nhs_pages: list[str] = Field(default_factory=list)


class AdultReading(_Strict):
    """A child's finding read as another code in a patient of `min_age_years` or more."""

    code: str
    min_age_years: float


class Symptom(_Strict):
    en: list[str] = Field(default_factory=list)
    zh: list[str] = Field(default_factory=list)
    dept: str
    weight: int = 1
    modifier: bool = False
    priority: int = 0  # wins overlapping matches against lower-priority (more generic) codes
    # codes whose overlapping reading this one stands beside instead of losing to it: an amount ("出了好多血") said
    # inside a site's words ("下面出了好多血") is read as well as the site
    beside: list[str] = Field(default_factory=list)
    # read in a pass of its own, beside whatever else the same words say (see triage_engine._matcher)
    alongside: bool = False
    # a finding that reassures (a normal home reading, a well-fed baby): see triage_engine._self_care_ok
    reassuring: bool = False
    # what the same words say of a patient known to be this old or older: a child's sign ("软绵绵", floppy) said of an
    # adult is weakness all over (see triage_engine.read_for_age)
    adult_reading: AdultReading | None = None


class Department(_Strict):
    zh: str
    en: str
    group: str


class CombinationRoute(_Strict):
    """A combination of findings that belongs to one department whatever the single findings weigh."""

    id: str
    all_of: list[list[str]]
    # any of these present keeps the route off (the findings are then another illness's, routed by their weights)
    none_of: list[str] = Field(default_factory=list)
    dept: str


class DepartmentConfig(_Strict):
    departments: dict[str, Department]
    unknown: dict[str, str]
    emergency: str
    paediatrics: str
    paediatric_surgery: str
    obstetrics: str
    child_keeps: list[str]
    child_injury_keeps: list[str] = []
    postnatal_wound_codes: list[str] = []
    pregnancy_headache_codes: list[str] = []
    pregnancy_sleep_codes: list[str] = []
    pregnancy_skin_keeps: list[str] = []
    condition_codes: list[str] = []
    injury_codes: list[str] = []
    combination_routes: list[CombinationRoute] = []
    child_surgical_groups: list[str]
    child_surgical_codes: list[str]
    paediatric_max_age: float
    source: list[str]


class FirstSteps(_Strict):
    """First-aid steps a public source gives while help comes, after the rules named (knowledge/first_steps.yaml)."""

    id: str
    rules: list[str]
    steps: list[Bilingual]
    sources: list[str]
    nhs_pages: list[str] = []


class Level(_Strict):
    rank: int
    cn_level: dict[str, str]
    advice: Bilingual


class Knowledge(_Strict):
    """All triage knowledge, cross-checked at load time."""

    sources: dict[str, str]
    symptoms: dict[str, Symptom]
    symptom_names: dict[str, tuple[str, str]]
    red_flags: list[RedFlagRule]
    urgent: list[Rule]
    self_care: list[SelfCareGroup]
    departments: DepartmentConfig
    levels: dict[Urgency, Level]
    first_steps: list[FirstSteps] = Field(default_factory=list)

    @model_validator(mode="after")
    def _cross_check(self) -> Knowledge:
        problems: list[str] = []
        cited: list[tuple[str, list[str]]] = [(r.id, r.sources) for r in (*self.red_flags, *self.urgent)]
        cited += [(g.id, g.sources) for g in self.self_care]
        cited += [(f"first_steps {e.id}", e.sources) for e in self.first_steps]
        cited.append(("departments", self.departments.source))
        for rule_id, ids in cited:
            problems += [f"{rule_id}: unknown source {s!r}" for s in ids if s not in self.sources]
        for rule in (*self.red_flags, *self.urgent):
            for group in (*rule.when.all_of, rule.when.none_of, *rule.when.unless_all_of):
                problems += [f"{rule.id}: unknown symptom {c!r}" for c in group if c not in self.symptoms]
        for group in self.self_care:
            problems += [f"{group.id}: unknown symptom {c!r}" for c in (*group.codes, *group.not_with, *group.requires_any, *group.code_max_days)
                         if c not in self.symptoms]
        depts = self.departments.departments
        for key in ("child_surgical_codes", "child_injury_keeps", "postnatal_wound_codes", "pregnancy_headache_codes", "pregnancy_sleep_codes", "pregnancy_skin_keeps", "condition_codes",
                    "injury_codes"):
            problems += [f"departments.{key}: unknown symptom {c!r}" for c in getattr(self.departments, key)
                         if c not in self.symptoms]
        for route in self.departments.combination_routes:
            problems += [f"departments.combination_routes {route.id}: unknown symptom {c!r}" for c in (*(c for g in route.all_of for c in g), *route.none_of)
                         if c not in self.symptoms]
            if route.dept not in depts:
                problems.append(f"departments.combination_routes {route.id}: unknown department {route.dept!r}")
        # Two branches once wrote the same rule under one id: the audit names rules by id, so each must be unique.
        ids = [r.id for r in (*self.red_flags, *self.urgent)] + [g.id for g in self.self_care]
        problems += [f"rule id {i!r} is used {ids.count(i)} times" for i in sorted(set(ids)) if ids.count(i) > 1]
        problems += [f"symptom {c}: no display name" for c in self.symptoms if c not in self.symptom_names]
        rule_ids = set(ids)
        for entry in self.first_steps:
            problems += [f"first_steps {entry.id}: unknown rule {r!r}" for r in entry.rules if r not in rule_ids]
        steps_ids = [e.id for e in self.first_steps]
        problems += [f"first_steps id {i!r} is used twice" for i in sorted(set(steps_ids)) if steps_ids.count(i) > 1]
        for code, sym in self.symptoms.items():
            if sym.dept not in depts:
                problems.append(f"symptom {code}: unknown department {sym.dept!r}")
            if sym.adult_reading is not None and sym.adult_reading.code not in self.symptoms:
                problems.append(f"symptom {code}: unknown adult_reading {sym.adult_reading.code!r}")
        if problems:
            raise KnowledgeError("knowledge files are inconsistent:\n  " + "\n  ".join(problems))
        return self

    def source_text(self, source_id: str) -> str:
        """Full citation for a source id."""
        return self.sources[source_id]

    def advice(self, urgency: Urgency, emergency_number: str) -> Bilingual:
        """What the patient should do at `urgency`, with the hospital's emergency number."""
        advice = self.levels[urgency].advice
        return Bilingual(en=advice.en.format(emergency_number=emergency_number),
                         zh=advice.zh.format(emergency_number=emergency_number))

    def first_steps_for(self, rule_ids: Iterable[str], crisis_line: str) -> list[dict[str, Any]]:
        """The first-aid steps for the rules that fired, in the file's order, with the hospital's crisis line.

        Each item: {"id", "en": [step, ...], "zh": [step, ...], "sources": [source id, ...], "nhs_pages": [...]}.
        """
        fired = set(rule_ids)
        return [{"id": e.id,
                 "en": [step.en.format(crisis_line=crisis_line) for step in e.steps],
                 "zh": [step.zh.format(crisis_line=crisis_line) for step in e.steps],
                 "sources": list(e.sources), "nhs_pages": list(e.nhs_pages)}
                for e in self.first_steps if fired.intersection(e.rules)]

    def symptom_name(self, code: str, lang: str) -> str:
        """Display name of a symptom code in "en" or "zh"."""
        en, zh = self.symptom_names[code]
        return zh if lang == "zh" else en


def _read(name: str) -> dict[str, Any]:
    text = files("carebridge.knowledge").joinpath(name).read_text(encoding="utf-8")
    data = load_yaml(text)
    if not isinstance(data, dict):
        raise KnowledgeError(f"{name}: expected a mapping at the top level")
    return data


@cache
def load_knowledge() -> Knowledge:
    """Read every knowledge file once per process and validate it."""
    try:
        sources = {k: v["source"] for k, v in _read("sources.yaml")["sources"].items()}
        rules = _read("urgency_rules.yaml")
        depts = _read("departments.yaml")
        symptoms = _read("symptoms.yaml")
        return Knowledge(
            sources=sources,
            symptoms=symptoms["symptoms"],
            symptom_names={k: tuple(v) for k, v in symptoms["names"].items()},
            red_flags=_read("red_flags.yaml")["red_flags"],
            urgent=rules["urgent"],
            self_care=rules["self_care"],
            departments=DepartmentConfig(**depts),
            levels=_read("triage_scale.yaml")["levels"],
            first_steps=_read("first_steps.yaml")["first_steps"],
        )
    except (KeyError, TypeError, yaml.YAMLError) as exc:
        raise KnowledgeError(f"could not read the knowledge files: {exc}") from exc
