"""Lab knowledge (`knowledge/labs/*.yaml`): analytes, sourced ranges and critical limits, validated on load."""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, model_validator

from carebridge.tools.knowledge import KnowledgeError
from carebridge.tools.text import normalize
from carebridge.tools.yaml_strict import load_yaml

# How many reference-to-critical distances beyond the critical limit a value may lie before it is
# called implausible (see `Analyte.plausible_limits`). An engineering margin, not a clinical fact:
# 20 keeps the extreme real values the tests pin inside (sodium 255 mmol/L, the highest ever
# documented in an adult: Ofran et al., J Intern Med 2004;256:525-528; lactate 35 mmol/L needs 16)
# and puts a tenfold slip of a tightly regulated analyte outside (sodium 1400, potassium 45 mmol/L).
PLAUSIBLE_BANDS = 20


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(_Strict):
    en: str
    zh: str


class StatedLimits(_Strict):
    """A range's limits as its source writes them in `unit` (rounded equivalents, not conversions)."""

    unit: str
    low: float | None = None
    high: float | None = None


class Range(_Strict):
    """One sourced reference interval, in the analyte's canonical unit."""

    sex: Literal["F", "M"] | None = None
    min_age: float | None = None
    max_age: float | None = None
    # A child's band, in exact years (28 days = 0.0767): the range is for ages below this one. Such a
    # range is used only for a patient of known age (never folded into the adult range of an unknown age).
    below_age: float | None = None
    low: float | None = None
    high: float | None = None
    # The guideline states "< high" (the cut-off itself is already high).
    high_exclusive: bool = False
    # A one-sided cut-off says what lies beyond it; the other side is "normal" (HDL >= 1.0) or, for
    # a cut-off that only rules one condition out (ferritin >= 15: not iron-deficient), "unknown".
    other_side: Literal["normal", "unknown"] = "normal"
    # The same source's own lower limit beside a one-sided upper limit (Mayo's ferritin intervals, whose lower ends
    # carebridge does not flag against: another source's cut-off says what is low). A value between the other source's
    # cut-off and this upper limit is called normal only when it is inside every such interval that applies, so that
    # both sources call it normal (ferritin 85 ug/L for a woman: WHO not deficient, Mayo within 6-175 and 11-328).
    interval_low: float | None = None
    # Beside a one-sided upper limit (other_side: unknown) that is the highest of several sources' upper limits: the lowest
    # of them. At or below it every source calls the value normal (hs-cTnT 6 ng/L: under every Roche insert's 99th
    # percentile, 14-22 ng/L); between the two the printed range decides. Only for a test whose low values are the usual
    # finding (no lower limit is sourced for it).
    normal_to: float | None = None
    # The range is for results in this unit annotation only ("FEU" or "DDU" for D-dimer, "mg/L FEU"): a result
    # written without it, or with the other one, is not compared with it.
    annotation: Literal["FEU", "DDU"] | None = None
    # The range is for pregnancy, in this trimester (1: to week 13, 2: weeks 14-27, 3: from week 28): used only when
    # the report says the patient is pregnant and how far, never for anyone else.
    trimester: Literal[1, 2, 3] | None = None
    # The same source's limits as it states them in another unit (KDIGO: A1 < 30 mg/g, "< 3 mg/mmol"): a value written
    # in that unit is compared with these, not with the canonical limit converted (26.5 mg/g is 3.39 mg/mmol).
    stated_in: list[StatedLimits] = Field(default_factory=list)
    source: str
    note: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Range:
        if self.low is None and self.high is None:
            raise ValueError("a range needs low, high or both")
        if self.other_side == "unknown" and self.low is not None and self.high is not None:
            raise ValueError("other_side: unknown is for a one-sided cut-off (low or high, not both)")
        if self.interval_low is not None and (self.high is None or self.low is not None or self.other_side != "unknown"
                                              or self.interval_low >= self.high):
            raise ValueError("interval_low is the lower end beside a one-sided upper limit (other_side: unknown)")
        if self.normal_to is not None and (self.high is None or self.low is not None or self.other_side != "unknown"
                                           or self.normal_to >= self.high):
            raise ValueError("normal_to is the lowest sources' upper limit beside the highest one (other_side: unknown)")
        if self.normal_to is not None and self.interval_low is not None and self.interval_low >= self.normal_to:
            raise ValueError("interval_low (the highest lower limit) must be below normal_to (the lowest upper limit)")
        if self.low is not None and self.high is not None and self.low >= self.high:
            raise ValueError(f"range low {self.low} must be below high {self.high}")
        if self.below_age is not None and (self.max_age is not None or (self.min_age or 0) >= self.below_age):
            raise ValueError("a child's band gives min_age and below_age (not max_age), min_age below below_age")
        if self.trimester is not None and (self.sex == "M" or self.below_age is not None):
            raise ValueError("a pregnancy range is not for males or a child's band")
        for st in self.stated_in:
            if (st.low is None) != (self.low is None) or (st.high is None) != (self.high is None):
                raise ValueError(f"stated_in {st.unit}: the same sides as the range (low, high)")
        return self

    @property
    def paediatric(self) -> bool:
        """A band for children, which applies only when the patient's age is known."""
        return self.below_age is not None

    def applies(self, sex: str | None, age: float | None, trimester: int | None = None) -> bool:
        """Whether this range is for a patient of `sex` and `age` (None = not known: it may apply).

        A pregnancy range applies only in its own `trimester`; every other range only outside pregnancy ranges' use
        (`flags.select_range` tries the pregnancy ranges first).
        """
        if self.trimester != trimester and self.trimester is not None:
            return False
        if self.sex is not None and sex is not None and self.sex != sex:
            return False
        if self.below_age is not None and (age is None or age >= self.below_age):
            return False
        if age is not None:
            if self.min_age is not None and age < self.min_age:
                return False
            # An age band "60-79" covers up to (not including) the 80th birthday.
            if self.max_age is not None and age >= self.max_age + 1:
                return False
        return True


class Critical(_Strict):
    low: float | None = None
    high: float | None = None
    # The source gives the limit from this age (years) on: a younger patient of known age is not held to it.
    min_age: float | None = None
    source: str
    note: str | None = None


class PhysicalLimit(_Strict):
    """A bound no sample from a living patient can pass, from what the quantity is, a textbook's limit of what is
    compatible with life (blood pH), or, for an analyte with no critical limit to derive a bound from, what an analyser
    can report at all (not a clinical cut-off)."""

    high: float
    source: str
    note: str  # why, in words a reader can check ("the haemoglobin concentration inside red cells ...")


class ReportableMin(_Strict):
    """The lowest value an analyser reports as a number, for an analyte that never reaches zero in a living patient
    (creatinine is made by muscle all the time): below it the assay prints '<' its limit, so a smaller number
    ('Creatinine 0 umol/L') is a typing or unit slip, not a measurement."""

    low: float = Field(gt=0)
    source: str
    note: str  # why, in words a reader can check


class OtherTestUnit(_Strict):
    """A unit that, written after this analyte's name, means another test: "Hb 13.5 mg/dL" is not a blood count's
    haemoglobin (g/L, g/dL, mmol/L) but plasma free haemoglobin's unit, so this analyte's ranges and critical
    limits are not applied to it."""

    unit: str
    test: str  # the test this unit belongs to, as a reader can look it up ("plasma free haemoglobin, LOINC 721-1")
    source: str


class MeasuringRange(_Strict):
    """What an analyser can report, in the canonical unit: used only to tell which unit a bare number is in."""

    low: float
    high: float
    source: str
    note: str | None = None


class MolarMass(_Strict):
    value: float = Field(gt=0)
    source: str
    note: str | None = None


class StripScale(_Strict):
    """A dipstick's colour blocks as concentrations (urine protein: trace 10-20 mg/dL, 1+ 30 mg/dL, FPnotebook), for a
    strip result reported as a number in mg/dL: below `negative_below` is the negative block, from `positive_from`
    the first positive one (1+); between them is the trace band (see `Qualitative.trace_unknown_source`)."""

    negative_below: float = Field(gt=0)
    positive_from: float = Field(gt=0)
    source: str
    # The LOINC codes of the test by strip; a result coded otherwise (a quantitative urine protein, whose interval is
    # another one) is not read on the strip's scale. An uncoded line (a typed 尿常规 row) is read.
    codes: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _order(self) -> StripScale:
        if self.negative_below > self.positive_from:
            raise ValueError("a strip scale's negative block is below its first positive one")
        return self


class Qualitative(_Strict):
    normal: list[Literal["negative", "trace", "normal"]]
    source: str
    # A strip result written as a number in mg/dL ("100 mg/dL" for 2+), read on the strip's sourced scale.
    strip_mg_dl: StripScale | None = None
    # Where the sources disagree on a trace (±) result (urine protein: normal in concentrated urine, significant in dilute
    # urine; urine blood: the strip's sensitivity reaches into the healthy range), a trace is `unknown`, citing them.
    trace_unknown_source: str | None = None


class Analyte(_Strict):
    """One lab test: names, LOINC codes, units, ranges, critical limits, explanation fields."""

    key: str
    code: str | None  # LOINC; None for a test told apart only by its name (random glucose)
    alt_codes: list[str] = Field(default_factory=list)
    en: str
    zh: str
    aliases: list[str] = Field(default_factory=list)
    # Names too ambiguous to read alone ("BS": blood sugar, but also bowel or breath sounds): read as this test only
    # when the value beside them is written in one of its `units` ("BS 720 mg/dl"), never with no unit or another one.
    unit_aliases: list[str] = Field(default_factory=list)
    group: str
    unit: str | None = None
    units: list[str] = Field(default_factory=list)
    assume_unit: bool = False
    # The unit Chinese laboratories report the analyte in, when it is not the canonical `unit` (尿素氮: mmol/L on a
    # Chinese report, mg/dL in the knowledge): a Chinese line without a unit is read in it (cn-si-units).
    cn_unit: str | None = None
    # The units a number written without one may be in, when fewer than `units` (a unit the analyte is accepted in
    # when written, but that its reports are not given in); empty: all of `units`.
    bare_units: list[str] = Field(default_factory=list)
    molar_mass: MolarMass | None = None
    valence: int | None = None
    ranges: list[Range] = Field(default_factory=list)
    range_sources: list[str] = Field(default_factory=list)
    critical: Critical | None = None
    # Newborns (first 28 days) only, where a published critical-value list gives them their own limits.
    critical_newborn: Critical | None = None
    qualitative: Qualitative | None = None
    # The analyte a number of this name means, in that analyte's units ("尿白细胞 阳性" is the dipstick's leukocyte
    # esterase, "尿白细胞 45 /HPF" the count in the sediment under the microscope).
    counted_as: str | None = None
    # Clonal proliferation (leukaemia, thrombocythaemia) can push the value orders of magnitude
    # past its critical limit: no plausibility bound is derived above it.
    unbounded_high: bool = False
    # A calculated quantity that is below zero as often as above it (base excess): a negative value is a reading.
    signed: bool = False
    # A physical ceiling, checked besides the PLAUSIBLE_BANDS bound (which stays the engineering margin).
    physical_max: PhysicalLimit | None = None
    # A floor, beside the PLAUSIBLE_BANDS bound (which gives none to an analyte whose critical limit is on one side).
    reportable_min: ReportableMin | None = None
    measuring_range: MeasuringRange | None = None
    other_test_units: list[OtherTestUnit] = Field(default_factory=list)
    note: Text | None = None
    about: Text
    high: Text
    low: Text

    @model_validator(mode="after")
    def _shape(self) -> Analyte:
        if self.qualitative is None:
            if not self.unit or not self.units or self.units[0] != self.unit:
                raise ValueError(f"{self.key}: a quantitative analyte lists its canonical unit first in `units`")
        if any(o.unit in self.units for o in self.other_test_units):
            raise ValueError(f"{self.key}: a unit of another test cannot be among `units`")
        if self.cn_unit is not None and self.cn_unit not in self.units:
            raise ValueError(f"{self.key}: `cn_unit` must be among `units`")
        if any(u not in self.units for u in self.bare_units):
            raise ValueError(f"{self.key}: `bare_units` must be among `units`")
        if self.critical is not None:
            for r in self.ranges:
                if self.critical.low is not None and r.low is not None and self.critical.low >= r.low:
                    raise ValueError(f"{self.key}: critical low {self.critical.low} is not below the range low {r.low}")
                if self.critical.high is not None and r.high is not None and self.critical.high <= r.high:
                    raise ValueError(f"{self.key}: critical high {self.critical.high} is not above the range high {r.high}")
        if self.physical_max is not None and self.critical is not None and self.critical.high is not None \
                and self.physical_max.high <= self.critical.high:
            raise ValueError(f"{self.key}: physical maximum {self.physical_max.high} is not above the critical high")
        if self.reportable_min is not None and any(r.low is not None and r.low <= self.reportable_min.low for r in self.ranges):
            raise ValueError(f"{self.key}: reportable minimum {self.reportable_min.low} is not below every range's low")
        return self

    def name(self, lang: str) -> str:
        """Display name in `lang`."""
        return self.zh if lang == "zh" else self.en

    def plausible_limits(self) -> tuple[float | None, float | None]:
        """(low, high) beyond which a value is implausible for a living patient, in the canonical unit.

        NOTE: the distance from the reference limit to the critical limit is how far this
        analyte may move before it endangers life; a value more than `PLAUSIBLE_BANDS` such
        distances beyond the critical limit is taken for a typing or unit error, not a
        measurement. Only analytes with both a sourced range and a critical limit on that side
        get a bound, so enzymes, markers and counts that rise by orders of magnitude never do.
        """
        crit = self.critical
        low = high = None
        if crit is not None and crit.high is not None and not self.unbounded_high:
            tops = [r.high for r in self.ranges if r.high is not None]
            if tops and crit.high > max(tops):
                high = crit.high + PLAUSIBLE_BANDS * (crit.high - max(tops))
        if crit is not None and crit.low is not None:
            bottoms = [r.low for r in self.ranges if r.low is not None]
            if bottoms and crit.low < min(bottoms):
                floor = crit.low - PLAUSIBLE_BANDS * (min(bottoms) - crit.low)
                low = floor if floor > 0 else None
        return low, high

    @property
    def codes(self) -> list[str]:
        """Primary and alternative LOINC codes."""
        return [c for c in (self.code, *self.alt_codes) if c]

    @property
    def units_when_bare(self) -> list[str]:
        """The units a number written without one may be in: `bare_units` where given, else every accepted unit."""
        return self.bare_units or self.units


class LabKnowledge(_Strict):
    """Everything the lab engine knows, with lookup indexes."""

    sources: dict[str, str]
    explain_sources: list[str]
    analytes: list[Analyte]
    _idx: tuple[dict[str, Analyte], dict[str, Analyte], dict[str, Analyte]] = PrivateAttr()
    _spelling: Any = PrivateAttr(default=None)

    def model_post_init(self, context: Any, /) -> None:
        """Build the key, code and name indexes once."""
        by_alias: dict[str, Analyte] = {}
        for a in self.analytes:
            for name in (a.key, a.en, a.zh, *a.aliases):
                by_alias.setdefault(alias_key(name), a)
        self._idx = ({a.key: a for a in self.analytes}, {c: a for a in self.analytes for c in a.codes}, by_alias)

    @model_validator(mode="after")
    def _cross_check(self) -> LabKnowledge:
        problems: list[str] = []
        keys: set[str] = set()
        codes: dict[str, str] = {}
        for a in self.analytes:
            if a.key in keys:
                problems.append(f"duplicate analyte key {a.key!r}")
            keys.add(a.key)
            for c in a.codes:
                if c in codes:
                    problems.append(f"LOINC {c} used by both {codes[c]} and {a.key}")
                codes[c] = a.key
            cited = [r.source for r in a.ranges] + list(a.range_sources)
            cited += [a.critical.source] if a.critical else []
            cited += [a.critical_newborn.source] if a.critical_newborn else []
            cited += [a.molar_mass.source] if a.molar_mass else []
            cited += [a.physical_max.source] if a.physical_max else []
            cited += [a.reportable_min.source] if a.reportable_min else []
            cited += [a.measuring_range.source] if a.measuring_range else []
            cited += [a.qualitative.source] if a.qualitative else []
            cited += [a.qualitative.trace_unknown_source] if a.qualitative and a.qualitative.trace_unknown_source else []
            cited += [a.qualitative.strip_mg_dl.source] if a.qualitative and a.qualitative.strip_mg_dl else []
            cited += [o.source for o in a.other_test_units]
            problems += [f"{a.key}: unknown source {s!r}" for s in cited if s not in self.sources]
            if a.counted_as is not None and a.counted_as not in {b.key for b in self.analytes}:
                problems.append(f"{a.key}: counted_as names no analyte {a.counted_as!r}")
        owners: dict[str, str] = {}
        for a in self.analytes:
            for name in {alias_key(n) for n in (a.key, a.en, a.zh, *a.aliases, *a.unit_aliases)}:
                if owners.setdefault(name, a.key) != a.key:
                    problems.append(f"name {name!r} is used by both {owners[name]} and {a.key}")
        problems += [f"explain_sources: unknown source {s!r}" for s in self.explain_sources if s not in self.sources]
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def by_key(self, key: str) -> Analyte:
        """The analyte called `key`."""
        return self._idx[0][key]

    def by_code(self, code: str) -> Analyte | None:
        """The analyte with LOINC `code` (primary or alternative)."""
        return self._idx[1].get(code.strip())

    def by_unit_alias(self, name: str) -> Analyte | None:
        """The analyte whose `unit_aliases` hold `name` (read only beside one of its units), or None."""
        key = alias_key(name)
        return next((a for a in self.analytes if key in {alias_key(n) for n in a.unit_aliases}), None)

    def spelling(self) -> Any:
        """The near-spelling index over every name (`tools.labs.spelling.Spelling`), built on first use."""
        if self._spelling is None:
            from carebridge.tools.labs.spelling import Spelling

            self._spelling = Spelling(self)
        return self._spelling

    def by_name(self, name: str) -> Analyte | None:
        """The analyte a report calls `name` (Chinese or English name, abbreviation), or None."""
        aliases = self._idx[2]
        key = alias_key(name)
        if key in aliases:
            return aliases[key]
        # Reports prefix names with the specimen ("血清钾", "Serum sodium", "S-K").
        for prefix in ("血清", "血浆", "全血", "静脉血", "serum", "plasma", "blood", "s-", "p-", "b-"):
            if key.startswith(prefix) and key[len(prefix):] in aliases:
                return aliases[key[len(prefix):]]
        if key.endswith("#") and len(key) > 1:
            # Analyser printouts mark an absolute count with "#" ("PLT#", "WBC#", as "NEUT#" beside "NEUT%"): the count
            # of that name, and only a count ("NEUT" alone is the percentage, so "NEUT#" needs its own alias; "HGB#"
            # is no test).
            base = self.by_name(key[:-1])
            if base is not None and "10^" in base.unit and base.unit.endswith("/L"):
                return base
        return None


def alias_key(name: str) -> str:
    """How names are compared: NFKC, lower case, no spaces or brackets, γ/gamma folded."""
    # NFKC turns a superscript minus (HCO3⁻) into U+2212; names are written with a hyphen.
    key = normalize(name).replace("gamma", "γ").replace("\u2212", "-")
    key = re.sub(r"[\s()（）\[\]【】:：*＊]+", "", key)
    # "T.Bili", "T-Bili" and "T bili" are one abbreviation: a dot or hyphen between two letters is punctuation, not part
    # of the name (a hyphen after a number or before one, as in HCO3- or "25-OH", is kept).
    return re.sub(r"(?<=[a-z])[.\-](?=[a-z])", "", key)


def _read(name: str) -> Any:
    try:
        text = files("carebridge.knowledge").joinpath("labs", name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise KnowledgeError(f"knowledge file labs/{name} is missing") from exc
    return load_yaml(text)


@cache
def load_lab_knowledge() -> LabKnowledge:
    """Load and validate `knowledge/labs/`; raises `KnowledgeError` naming what is wrong."""
    from carebridge.tools.labs.units import check_unit  # units need the registry; imported lazily

    raw_sources = _read("sources.yaml")["sources"]
    data = _read("analytes.yaml")
    try:
        kb = LabKnowledge(sources={k: v["source"] for k, v in raw_sources.items()},
                          explain_sources=data["defaults"]["explain_sources"], analytes=data["analytes"])
    except (ValidationError, KeyError, TypeError) as exc:
        raise KnowledgeError(f"knowledge/labs/analytes.yaml is invalid: {exc}") from exc
    bad = [f"{a.key}: unit {u!r}" for a in kb.analytes for u in a.units if not check_unit(u)]
    if bad:
        raise KnowledgeError(f"knowledge/labs/analytes.yaml: units pint cannot parse: {', '.join(bad)}")
    return kb
