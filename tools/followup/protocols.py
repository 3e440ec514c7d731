"""Follow-up protocols: sourced YAML files (schedule, questions, escalation rules), validated at load.

Built-in protocols live in `knowledge/followup/`. A hospital adds or replaces one by
dropping a YAML file into `<data_dir>/protocols/` or `$CAREBRIDGE_PROTOCOLS_DIR`: no code
change. A bad file is refused with the file name and the field that is wrong.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from importlib.resources import files
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from carebridge.tools.knowledge import load_knowledge
from carebridge.tools.yaml_strict import load_yaml

Priority = Literal["emergency", "urgent", "routine"]
AnswerType = Literal["yesno", "number", "scale", "text"]
Unit = Literal["kg", "celsius", "mmol_l", "days", "months"]
PROTOCOLS_ENV = "CAREBRIDGE_PROTOCOLS_DIR"


class ProtocolError(ValueError):
    """A protocol file is malformed, cites an unknown source, or a protocol does not exist."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Bilingual(_Strict):
    en: str = Field(min_length=1)
    zh: str = Field(min_length=1)


class Question(_Strict):
    """One question, asked in the patient's language, with the answer type the parser expects."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    type: AnswerType
    text: Bilingual
    unit: Unit | None = None
    min: float | None = None  # plausible range: outside it the patient is asked again
    max: float | None = None
    once: bool = False  # asked only until answered once in a campaign (e.g. a child's age)

    @model_validator(mode="after")
    def _unit_for_numbers(self) -> Question:
        if self.type == "number" and self.unit is None:
            raise ValueError(f"question {self.id}: a number question needs a unit")
        if self.type != "number" and self.unit is not None:
            raise ValueError(f"question {self.id}: only number questions take a unit")
        return self


class Clause(_Strict):
    """One test on one question's answer; `rise` compares with the patient's earlier answers."""

    question: str
    op: Literal["yes", "no", "lt", "le", "gt", "ge", "rise"]
    value: float | None = None
    days: float | None = None  # for `rise`: the look-back window

    @model_validator(mode="after")
    def _operands(self) -> Clause:
        if self.op in ("lt", "le", "gt", "ge", "rise") and self.value is None:
            raise ValueError(f"clause on {self.question}: op {self.op} needs a value")
        if self.op == "rise" and self.days is None:
            raise ValueError(f"clause on {self.question}: op rise needs days (the look-back window)")
        return self


class EscalationRule(_Strict):
    """Escalate when every clause of `all_of` holds (and, if given, at least one of `any_of`)."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: Bilingual
    priority: Priority
    all_of: list[Clause] = Field(default_factory=list)
    any_of: list[Clause] = Field(default_factory=list)
    supersedes: list[str] = Field(default_factory=list)  # weaker rules this one replaces when both fire
    sources: list[str] = Field(min_length=1)

    @model_validator(mode="after")
    def _not_empty(self) -> EscalationRule:
        if not self.all_of and not self.any_of:
            raise ValueError(f"rule {self.id}: needs all_of or any_of clauses")
        return self

    @property
    def clauses(self) -> list[Clause]:
        """Every clause of the rule."""
        return [*self.all_of, *self.any_of]


class RetryPolicy(_Strict):
    """How often an unanswered contact is tried again before it goes to the nurse."""

    max_attempts: int = Field(default=3, ge=1, le=10)
    interval_hours: float = Field(default=4, gt=0)


class Protocol(_Strict):
    """A follow-up protocol: when to contact, what to ask, when to escalate, and on what authority."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: Bilingual
    version: str = "1"
    sources: list[str] = Field(min_length=1)
    schedule_days: list[int] = Field(min_length=1)
    contact_hour: int = Field(default=9, ge=0, le=23)
    retry: RetryPolicy = RetryPolicy()
    questions: list[Question] = Field(min_length=1)
    rules: list[EscalationRule] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> Protocol:
        days = self.schedule_days
        if any(d < 0 for d in days) or days != sorted(set(days)):
            raise ValueError("schedule_days must be increasing whole days after discharge (e.g. [2, 7, 30])")
        ids = [q.id for q in self.questions]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"question ids must be unique; repeated: {', '.join(dupes)}")
        rule_ids = [r.id for r in self.rules]
        if len(rule_ids) != len(set(rule_ids)):
            raise ValueError("rule ids must be unique")
        by_id = {q.id: q for q in self.questions}
        for rule in self.rules:
            unknown = [r for r in rule.supersedes if r not in rule_ids]
            if unknown:
                raise ValueError(f"rule {rule.id}: supersedes unknown rule(s) {', '.join(unknown)}")
            for clause in rule.clauses:
                q = by_id.get(clause.question)
                if q is None:
                    raise ValueError(f"rule {rule.id}: refers to unknown question {clause.question!r}")
                numeric = clause.op in ("lt", "le", "gt", "ge", "rise")
                if numeric and q.type not in ("number", "scale"):
                    raise ValueError(f"rule {rule.id}: op {clause.op} needs a number or scale question, {q.id} is {q.type}")
                if not numeric and q.type != "yesno":
                    raise ValueError(f"rule {rule.id}: op {clause.op} needs a yesno question, {q.id} is {q.type}")
        return self

    def question(self, question_id: str) -> Question:
        """A question by id."""
        return next(q for q in self.questions if q.id == question_id)

    def cited(self) -> list[str]:
        """Every source id the protocol and its rules cite."""
        out = list(self.sources)
        for rule in self.rules:
            out += [s for s in rule.sources if s not in out]
        return out


def _read_yaml(path: Any, label: str) -> dict[str, Any]:
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, OSError, UnicodeDecodeError) as exc:
        raise ProtocolError("protocol_invalid", f"{label}: not readable YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise ProtocolError("protocol_invalid", f"{label}: expected a mapping at the top level")
    return data


def _field_errors(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"]) or "(top level)"
        parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)


def _sources_in(folder: Any, label: str) -> dict[str, str]:
    entry = folder.joinpath("sources.yaml")
    if not entry.is_file():
        return {}
    data = _read_yaml(entry, f"{label}/sources.yaml").get("sources") or {}
    try:
        return {k: str(v["source"]) for k, v in data.items()}
    except (TypeError, KeyError, AttributeError) as exc:
        raise ProtocolError("protocol_invalid", f"{label}/sources.yaml: each source needs a `source:` citation") from exc


def _protocol_files(folder: Any) -> list[Any]:
    return sorted((p for p in folder.iterdir() if p.name.endswith((".yaml", ".yml")) and p.name != "sources.yaml"),
                  key=lambda p: p.name)


def parse_protocol(data: dict[str, Any], label: str, sources: dict[str, str]) -> Protocol:
    """Validate one protocol mapping; errors name `label` (the file) and the field."""
    try:
        proto = Protocol.model_validate(data)
    except ValidationError as exc:
        raise ProtocolError("protocol_invalid", f"{label}: {_field_errors(exc)}") from exc
    unknown = [s for s in proto.cited() if s not in sources]
    if unknown:
        raise ProtocolError("protocol_invalid", f"{label}: sources: unknown source id(s) {', '.join(unknown)}; "
                            "add them to knowledge/sources.yaml or a sources.yaml beside the protocol")
    return proto


class ProtocolLibrary:
    """Every protocol available to this data directory: built-in, then hospital files on top."""

    def __init__(self, protocols: dict[str, Protocol], sources: dict[str, str], origin: dict[str, str]) -> None:
        self.protocols, self.sources, self.origin = protocols, sources, origin

    def get(self, protocol_id: str) -> Protocol:
        """A protocol by id, or a clear error listing what exists."""
        try:
            return self.protocols[protocol_id]
        except KeyError:
            raise ProtocolError("unknown_protocol", f"no follow-up protocol {protocol_id!r}; available: "
                                f"{', '.join(sorted(self.protocols))}. A hospital adds one as a YAML file in "
                                f"<data_dir>/protocols/ or ${PROTOCOLS_ENV}.") from None

    def source_text(self, source_id: str) -> str:
        """The citation of a source id."""
        return self.sources[source_id]


def hospital_dirs(data_dir: Path | None) -> list[Path]:
    """Folders a hospital's own protocols are read from (those that exist)."""
    dirs = [Path(data_dir) / "protocols"] if data_dir is not None else []
    if os.environ.get(PROTOCOLS_ENV):
        dirs.append(Path(os.environ[PROTOCOLS_ENV]))
    return [d for d in dirs if d.is_dir()]


def load_protocols(data_dir: Path | None = None, extra_dirs: Iterable[Path] = ()) -> ProtocolLibrary:
    """Built-in protocols plus the hospital's; a hospital file with the same id replaces the built-in one."""
    builtin = files("carebridge.knowledge").joinpath("followup")
    sources = dict(load_knowledge().sources)
    sources.update(_sources_in(builtin, "knowledge/followup"))
    folders: list[tuple[Any, str]] = [(builtin, "knowledge/followup")]
    folders += [(Path(d), str(d)) for d in (*hospital_dirs(data_dir), *extra_dirs)]
    for folder, label in folders[1:]:
        sources.update(_sources_in(folder, label))
    protocols: dict[str, Protocol] = {}
    origin: dict[str, str] = {}
    for folder, label in folders:
        for path in _protocol_files(folder):
            name = f"{label}/{path.name}"
            proto = parse_protocol(_read_yaml(path, name), name, sources)
            protocols[proto.id] = proto
            origin[proto.id] = name
    return ProtocolLibrary(protocols, sources, origin)
