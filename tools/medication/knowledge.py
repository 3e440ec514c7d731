"""Load and cross-validate the medication knowledge (`knowledge/medication/*.yaml`).

Every record must cite a known source; every drug or class a rule names must exist;
ATC codes must be well formed; one name may not point at two different drugs.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from carebridge.tools.knowledge import KnowledgeError
from carebridge.tools.yaml_strict import load_yaml

Severity = Literal["contraindicated", "major", "moderate", "minor"]
SEVERITY_ORDER: tuple[Severity, ...] = ("minor", "moderate", "major", "contraindicated")
# Full ATC code (level 5) or a prefix of it (levels 1-4), as used in class definitions.
ATC_CODE = re.compile(r"^[A-Z]\d{2}[A-Z]{2}\d{2}$")
ATC_PREFIX = re.compile(r"^[A-Z](\d{2}([A-Z]([A-Z](\d{2})?)?)?)?$")
ATC_LEVEL4 = re.compile(r"^[A-Z]\d{2}[A-Z]{2}$")  # a combination group without level-5 codes (A12AX)


def severity_rank(severity: str) -> int:
    """0 (minor) .. 3 (contraindicated)."""
    return SEVERITY_ORDER.index(severity)  # type: ignore[arg-type]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(_Strict):
    en: str = Field(min_length=1)
    zh: str = Field(min_length=1)


class Drug(_Strict):
    id: str
    zh: str
    atc: list[str] = Field(min_length=1)
    en: str | None = None
    brands: list[str] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)
    # A combination product checked as its parts (Percocet = oxycodone + paracetamol): every name
    # of it resolves to the parts, so each part meets the rules, the allergy and duplicate checks.
    parts: list[str] = Field(default_factory=list)
    sources: list[str] = Field(min_length=1)

    @field_validator("atc")
    @classmethod
    def _atc(cls, codes: list[str]) -> list[str]:
        bad = [c for c in codes if not (ATC_CODE.match(c) or ATC_LEVEL4.match(c))]
        if bad:
            raise ValueError(f"malformed ATC code(s) {bad} (expected e.g. C10AA01)")
        return codes

    @model_validator(mode="after")
    def _parts(self) -> Drug:
        if self.parts and len(set(self.parts)) < 2:
            raise ValueError(f"drug {self.id}: a combination names at least two different parts")
        level4 = [c for c in self.atc if not ATC_CODE.match(c)]
        if level4 and not self.parts:
            raise ValueError(f"drug {self.id}: level-4 ATC code(s) {level4} only for a combination with parts")
        return self

    @property
    def name_en(self) -> str:
        """English display name."""
        return self.en or self.id.replace("_", " ")


class DrugClass(_Strict):
    en: str
    zh: str
    atc: list[str] = Field(default_factory=list)
    members: list[str] = Field(default_factory=list)
    exclude: list[str] = Field(default_factory=list)
    duplicate: bool = False
    sources: list[str] = Field(min_length=1)

    @field_validator("atc")
    @classmethod
    def _atc(cls, codes: list[str]) -> list[str]:
        bad = [c for c in codes if not ATC_PREFIX.match(c)]
        if bad:
            raise ValueError(f"malformed ATC prefix(es) {bad}")
        return codes


class Interaction(_Strict):
    id: str
    a: list[str] = Field(min_length=1)
    b: list[str] = Field(min_length=1)
    severity: Severity
    mechanism: Text
    management: Text
    sources: list[str] = Field(min_length=1)
    onc: int | None = Field(default=None, ge=1, le=15)
    # Not reported for a pair that a more specific rule listed here already covers.
    unless: list[str] = Field(default_factory=list)


class AllergyGroup(_Strict):
    class_: str = Field(alias="class")
    names: list[str] = Field(min_length=1)
    sources: list[str] = Field(min_length=1)


class CrossReactivity(_Strict):
    allergy: str
    target: str
    severity: Severity
    text: Text
    action: Text
    sources: list[str] = Field(min_length=1)


class MaxDose(_Strict):
    drug: str
    mg: float = Field(gt=0)
    sources: list[str] = Field(min_length=1)


class PatientRule(_Strict):
    """A renal, pregnancy or lactation caution for one drug or a whole class."""

    drug: str | None = None
    class_: str | None = Field(default=None, alias="class")
    below: float | None = None  # renal rules only: fires when eGFR/CrCl < below
    severity: Severity
    text: Text
    sources: list[str] = Field(min_length=1)

    @model_validator(mode="after")
    def _one_target(self) -> PatientRule:
        if (self.drug is None) == (self.class_ is None):
            raise ValueError("a patient rule names exactly one of `drug` or `class`")
        return self


class MedKnowledge(_Strict):
    """All medication knowledge, cross-checked at load time."""

    sources: dict[str, str]
    drugs: dict[str, Drug]
    classes: dict[str, DrugClass]
    interactions: list[Interaction]
    allergy_groups: dict[str, AllergyGroup]
    cross_reactivity: list[CrossReactivity]
    max_daily_dose: dict[str, MaxDose]
    renal: list[PatientRule]
    pregnancy: list[PatientRule]
    lactation: list[PatientRule]
    # Derived at load: class id -> member drug ids; drug id -> class ids.
    class_members: dict[str, frozenset[str]] = Field(default_factory=dict)
    drug_classes: dict[str, frozenset[str]] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _cross_check(self) -> MedKnowledge:
        problems: list[str] = []

        def cite(where: str, ids: list[str]) -> None:
            problems.extend(f"{where}: unknown source {s!r}" for s in ids if s not in self.sources)

        overlap = set(self.drugs) & set(self.classes)
        problems += [f"{n!r} is both a drug id and a class id" for n in sorted(overlap)]
        combos = {d.id for d in self.drugs.values() if d.parts}
        for d in self.drugs.values():
            cite(f"drug {d.id}", d.sources)
            if d.brands and "brand-registries" not in d.sources:
                problems.append(f"drug {d.id}: brands listed without the brand-registries source")
            for part in d.parts:
                if part not in self.drugs:
                    problems.append(f"drug {d.id}: unknown part {part!r}")
                elif part in combos:
                    problems.append(f"drug {d.id}: part {part!r} is itself a combination checked as parts")
        members: dict[str, set[str]] = {}
        for cid, c in self.classes.items():
            cite(f"class {cid}", c.sources)
            unknown = [m for m in (*c.members, *c.exclude) if m not in self.drugs]
            problems += [f"class {cid}: unknown drug {m!r}" for m in unknown]
            found = {d.id for d in self.drugs.values() if any(code.startswith(p) for code in d.atc for p in c.atc)}
            found |= {m for m in c.members if m in self.drugs}
            # A combination checked as parts is never checked itself: its parts carry the classes.
            problems += [f"class {cid}: {m!r} is checked as its parts, name them instead" for m in c.members if m in combos]
            found -= set(c.exclude) | combos
            if not found:
                problems.append(f"class {cid}: has no member drugs")
            members[cid] = found
        for rule in self.interactions:
            cite(f"interaction {rule.id}", rule.sources)
            for name in (*rule.a, *rule.b):
                if name not in self.drugs and name not in self.classes:
                    problems.append(f"interaction {rule.id}: unknown drug or class {name!r}")
                elif name in combos:
                    problems.append(f"interaction {rule.id}: {name!r} is checked as its parts, name them instead")
        ids = [r.id for r in self.interactions]
        for rule in self.interactions:
            problems += [f"interaction {rule.id}: unless names unknown rule {u!r}" for u in rule.unless if u not in ids]
        problems += [f"interaction id {i!r} is used twice" for i in sorted({i for i in ids if ids.count(i) > 1})]
        for gid, g in self.allergy_groups.items():
            cite(f"allergy group {gid}", g.sources)
            if g.class_ not in self.classes:
                problems.append(f"allergy group {gid}: unknown class {g.class_!r}")
        for x in self.cross_reactivity:
            cite(f"cross-reactivity {x.allergy}->{x.target}", x.sources)
            if x.allergy not in self.allergy_groups:
                problems.append(f"cross-reactivity: unknown allergy group {x.allergy!r}")
            if x.target not in self.classes:
                problems.append(f"cross-reactivity: unknown class {x.target!r}")
        for did, dose in self.max_daily_dose.items():
            cite(f"max dose {did}", dose.sources)
            if did not in self.drugs:
                problems.append(f"max dose: unknown drug {did!r}")
            elif did in combos:
                problems.append(f"max dose: {did!r} is checked as its parts, name them instead")
        for kind, rules in (("renal", self.renal), ("pregnancy", self.pregnancy), ("lactation", self.lactation)):
            for r in rules:
                target = r.drug or r.class_
                cite(f"{kind} rule for {target}", r.sources)
                if r.drug is not None and r.drug not in self.drugs:
                    problems.append(f"{kind}: unknown drug {r.drug!r}")
                elif r.drug in combos:
                    problems.append(f"{kind}: {r.drug!r} is checked as its parts, name them instead")
                if r.class_ is not None and r.class_ not in self.classes:
                    problems.append(f"{kind}: unknown class {r.class_!r}")
                if kind == "renal" and r.below is None:
                    problems.append(f"renal rule for {target}: missing `below`")
        if problems:
            raise KnowledgeError("medication knowledge is inconsistent:\n  " + "\n  ".join(problems))
        by_drug: dict[str, set[str]] = {d: set() for d in self.drugs}
        for cid, found in members.items():
            for d in found:
                by_drug[d].add(cid)
        object.__setattr__(self, "class_members", {c: frozenset(m) for c, m in members.items()})
        object.__setattr__(self, "drug_classes", {d: frozenset(c) for d, c in by_drug.items()})
        return self

    def expand(self, names: list[str]) -> set[str]:
        """Drug ids named directly or through a class."""
        out: set[str] = set()
        for n in names:
            out |= self.class_members.get(n, frozenset({n}) if n in self.drugs else frozenset())
        return out

    def citation(self, source_id: str) -> dict[str, str]:
        """`{"id", "citation"}` for a source id."""
        return {"id": source_id, "citation": self.sources[source_id]}


def _read(name: str) -> dict[str, Any]:
    text = files("carebridge.knowledge").joinpath("medication", name).read_text(encoding="utf-8")
    data = load_yaml(text)
    if not isinstance(data, dict):
        raise KnowledgeError(f"medication/{name}: expected a mapping at the top level")
    return data


def build_med_knowledge(raw: dict[str, dict[str, Any]]) -> MedKnowledge:
    """Validate parsed files (`sources`, `drugs`, `classes`, `interactions`, `patient`)."""
    try:
        sources = {k: v["source"] for k, v in raw["sources"]["sources"].items()}
        top = raw.get("top_sources") or {}
        drugs: dict[str, Any] = {}
        for rec in raw["drugs"]["drugs"]:
            if rec["id"] in drugs:
                raise KnowledgeError(f"drug id {rec['id']!r} is defined twice")
            drugs[rec["id"]] = rec
        patient = raw["patient"]
        doses = {}
        for rec in patient.get("max_daily_dose") or []:
            doses[rec["drug"]] = rec
        return MedKnowledge(
            sources={**top, **sources}, drugs=drugs, classes=raw["classes"]["classes"],
            interactions=raw["interactions"]["interactions"], allergy_groups=patient["allergy_groups"],
            cross_reactivity=patient.get("cross_reactivity") or [], max_daily_dose=doses,
            renal=patient.get("renal") or [], pregnancy=patient.get("pregnancy") or [],
            lactation=patient.get("lactation") or [])
    except ValidationError as exc:
        raise KnowledgeError(f"medication knowledge is invalid: {exc}") from exc
    except (KeyError, TypeError) as exc:
        raise KnowledgeError(f"could not read the medication knowledge files: {exc!r}") from exc


def read_raw() -> dict[str, dict[str, Any]]:
    """The parsed medication knowledge files (tests alter copies of this)."""
    try:
        raw = {name: _read(f"{name}.yaml") for name in ("sources", "drugs", "classes", "interactions", "patient")}
        top = load_yaml(files("carebridge.knowledge").joinpath("sources.yaml").read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"a medication knowledge file is not valid YAML: {exc}") from exc
    raw["top_sources"] = {k: v["source"] for k, v in (top.get("sources") or {}).items()}
    return raw


@cache
def load_med_knowledge() -> MedKnowledge:
    """Read and validate the medication knowledge once per process."""
    return build_med_knowledge(read_raw())
