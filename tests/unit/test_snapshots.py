"""Reviewed diffs for prompt text, the graph's shape and the rendered clinician summary."""

from __future__ import annotations

import io

from rich.console import Console

from carebridge.agents.registry import AgentRegistry
from carebridge.agents.triage.summary import ClinicianSummary
from carebridge.graphs.hospital import build_hospital_graph
from carebridge.prompts import load_prompt, load_prompt_data
from carebridge.tools.triage_engine import DepartmentOut

DEPT = DepartmentOut(code="03.02", en="Gastroenterology", zh="消化内科", group_en="Internal Medicine", group_zh="内科")


def _summary(lang: str) -> ClinicianSummary:
    return ClinicianSummary(
        session_id="s-1", created_at="2026-11-22T00:00:00+00:00", lang=lang, age_years=34, sex="F", pregnant=False,
        chief_complaint="我肚子疼，拉肚子一天了", duration="约1天", severity=5,
        symptoms=[{"code": "abdominal_pain", "en": "Abdominal pain", "zh": "腹痛"}],
        pertinent_negatives=[{"code": "fever", "en": "Fever", "zh": "发热"}],
        medications="none", allergies="青霉素", urgency="self_care", cn_triage_level="Ⅳ级",
        urgency_reasons=["短期腹泻或呕吐"], department=DEPT, specialty=DEPT, questions_not_asked=["history"],
        sources=["NHS website (nhs.uk) Health A to Z condition pages"])


def test_prompts(snapshot) -> None:
    assert load_prompt("triage.extract") == snapshot
    assert load_prompt("router.system") == snapshot
    assert load_prompt_data("triage.questions") == snapshot


def test_graph_shape(snapshot, registry: AgentRegistry) -> None:
    assert build_hospital_graph(registry).compile().get_graph().draw_mermaid() == snapshot


def test_summary_markdown_and_terminal(snapshot) -> None:
    assert _summary("zh").to_markdown() == snapshot
    assert _summary("en").to_markdown() == snapshot
    out = io.StringIO()
    Console(file=out, width=80, color_system=None).print(_summary("en"))
    assert out.getvalue() == snapshot
