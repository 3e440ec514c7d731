"""The clinician summary (预问诊报告): structured, and rendered for rich and Markdown."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel
from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from carebridge.tools.triage_engine import DepartmentOut

LABEL = {
    "en": "AI-generated pre-consultation summary. Pending clinician review; not a diagnosis.",
    "zh": "AI生成的预问诊报告，待医生审核，不构成诊断。",
}


def department_label(dept: dict[str, Any], zh: bool) -> str:
    """"内科 / 消化内科", or just the name when the department is its own group."""
    group, name = (dept["group_zh"], dept["zh"]) if zh else (dept["group_en"], dept["en"])
    return name if group == name else f"{group} / {name}"


def duration_label(days: float | None, zh: bool) -> str | None:
    """A parsed duration in words ("about 2 days", "约2天")."""
    if days is None:
        return None
    if days * 24 < 1:
        # "10 minutes" must not reach the clinician as "about 1 hour": under an hour is said in minutes.
        minutes = max(1, round(days * 24 * 60))
        return f"约{minutes}分钟" if zh else f"about {minutes} minute{'s' if minutes > 1 else ''}"
    if days < 1:
        hours = round(days * 24)
        return f"约{hours}小时" if zh else f"about {hours} hour{'s' if hours > 1 else ''}"
    n = round(days, 1)
    return f"约{n:g}天" if zh else f"about {n:g} day{'s' if n != 1 else ''}"


class Finding(BaseModel):
    """A symptom code with its display names."""

    code: str
    en: str
    zh: str


class ClinicianSummary(BaseModel):
    """What the clinician sees before the consultation."""

    session_id: str
    created_at: str
    lang: str
    age_years: float | None = None
    sex: str | None = None
    pregnant: bool | None = None
    chief_complaint: str | None = None
    duration: str | None = None
    severity: int | None = None
    symptoms: list[Finding] = []
    pertinent_negatives: list[Finding] = []
    history: str | None = None
    medications: str | None = None
    allergies: str | None = None
    red_flags: list[dict[str, Any]] = []
    urgency: str
    cn_triage_level: str
    urgency_reasons: list[str] = []
    department: DepartmentOut
    specialty: DepartmentOut | None = None
    questions_not_asked: list[str] = []
    sources: list[str] = []
    ai_generated: bool = True
    review_status: Literal["pending", "approved", "edited", "not_required"] = "pending"
    reviewed_by: str | None = None
    review_note: str | None = None

    def _rows(self) -> list[tuple[str, str]]:
        zh = self.lang == "zh"

        def names(items: list[Finding]) -> str:
            return "、".join(f.zh for f in items) if zh else ", ".join(f.en for f in items)

        none = "无" if zh else "none"
        unknown = "未知" if zh else "unknown"

        def said(value: str | None) -> str:
            return unknown if value is None else (none if value == "none" else value)

        sex = {"F": "女" if zh else "female", "M": "男" if zh else "male"}.get(self.sex or "", unknown)
        age = unknown if self.age_years is None else f"{self.age_years:g}"
        dept = department_label(self.department.model_dump(), zh)
        rows = [
            ("患者" if zh else "Patient", f"{age}{'岁' if zh and self.age_years is not None else ''}, {sex}"
             + ((", 孕期" if zh else ", pregnant") if self.pregnant else "")),
            ("主诉" if zh else "Chief complaint", self.chief_complaint or unknown),
            ("起病/持续" if zh else "Onset / duration", self.duration or unknown),
            ("严重程度" if zh else "Severity (0-10)", unknown if self.severity is None else str(self.severity)),
            ("伴随症状" if zh else "Symptoms", names(self.symptoms) or none),
            ("否认" if zh else "Pertinent negatives", names(self.pertinent_negatives) or none),
            ("既往史" if zh else "History", said(self.history)),
            ("用药" if zh else "Medicines", said(self.medications)),
            ("过敏史" if zh else "Allergies", said(self.allergies)),
            ("危险征象" if zh else "Red flags",
             ("、" if zh else ", ").join(f["zh" if zh else "en"] for f in self.red_flags) or none),
            ("紧急程度" if zh else "Urgency", f"{self.urgency} ({self.cn_triage_level})"),
            ("依据" if zh else "Why", "; ".join(self.urgency_reasons) or none),
            ("建议科室" if zh else "Department", dept),
        ]
        if self.questions_not_asked:
            rows.append(("未询问" if zh else "Not asked", ", ".join(self.questions_not_asked)))
        if self.reviewed_by:
            rows.append(("审核" if zh else "Reviewed by", f"{self.reviewed_by} ({self.review_status})"
                         + (f": {self.review_note}" if self.review_note else "")))
        return rows

    def to_markdown(self) -> str:
        """Markdown for the clinician's inbox or an EMR note."""
        title = "预问诊报告" if self.lang == "zh" else "Pre-consultation summary"
        lines = [f"## {title}", "", f"> {LABEL['zh' if self.lang == 'zh' else 'en']}", ""]
        lines += [f"- **{k}**: {v}" for k, v in self._rows()]
        lines += ["", "Sources:" if self.lang != "zh" else "依据来源："]
        lines += [f"{i}. {s}" for i, s in enumerate(self.sources, 1)]
        return "\n".join(lines) + "\n"

    def __rich__(self) -> Panel:
        """A panel for the terminal."""
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold")
        table.add_column()
        for key, value in self._rows():
            table.add_row(key, Text(value))
        label = Text(LABEL["zh" if self.lang == "zh" else "en"], style="italic")
        title = "预问诊报告" if self.lang == "zh" else "Pre-consultation summary"
        return Panel(Group(label, table), title=f"{title} · {self.review_status}", expand=False)
