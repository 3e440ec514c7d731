"""`carebridge demo`: short scenes over the real graph, agents, data dir, audit log and nurse inbox."""

from __future__ import annotations

import time
from datetime import date, timedelta
from importlib import resources

from rich.console import Console
from rich.markdown import Markdown
from rich.rule import Rule

from carebridge.service import CareBridge, new_session_id

ROUTINE_EN = ["I've had a sore throat and a runny nose for two days", "29, male", "3", "no", "none",
              "none", "no"]
CHINESE = ["我肚子疼，拉肚子一天了", "34岁，女", "5分", "没有", "没有", "没有", "没有", "没有"]
EMERGENCY = "My father has crushing chest pain spreading to his left arm and he is sweating"


def run_demo(cb: CareBridge, console: Console, pause: float = 0.6) -> dict[str, str]:
    """Play the scenes; return the session ids used (for tests and for `audit show`)."""
    from carebridge.cli import _render_triage, _show_reply, run_chat

    sessions: dict[str, str] = {}

    def scene(title: str) -> None:
        console.print()
        console.print(Rule(f"[bold]{title}"))
        time.sleep(pause)

    scene("1 · A routine case, in English: the interview asks only what is missing")
    sessions["routine"] = new_session_id("demo")
    run_chat(cb, sessions["routine"], iter(ROUTINE_EN), console, echo=True)

    scene("2 · An emergency: the advice comes first, before any question")
    sessions["emergency"] = new_session_id("demo")
    run_chat(cb, sessions["emergency"], iter([EMERGENCY]), console, patient={"age_years": 67, "sex": "M"}, echo=True)

    scene("3 · 中文预问诊（语言自动识别）")
    sessions["chinese"] = new_session_id("demo")
    run_chat(cb, sessions["chinese"], iter(CHINESE), console, echo=True)

    scene("4 · The clinician summary (预问诊报告) as Markdown, and a nurse's sign-off")
    summary = cb.values(sessions["chinese"])["triage"]["summary"]
    from carebridge.agents.triage.summary import ClinicianSummary

    console.print(Markdown(ClinicianSummary.model_validate(summary).to_markdown()))
    turn = cb.review(sessions["chinese"], reviewer="护士 王芳", note="请于今天下午到消化内科门诊就诊。")
    _show_reply(turn.reply, console)

    scene("5 · The audit trail of the emergency (carebridge audit show SESSION)")
    for entry in cb.audit.entries(sessions["emergency"]):
        data = {k: v for k, v in entry["data"].items() if k not in ("ts", "id", "kind")}
        console.print(f"  [dim]{entry['seq']:>2}[/] [bold]{entry['kind']:<8}[/] {str(data)[:110]}")

    scene("6 · One-shot triage for scripts: carebridge triage TEXT --json")
    _render_triage(cb.triage_once("孩子3岁，发烧两天，咳嗽", age=3, sex="F"))

    scene("7 · 化验单解读: carebridge report demo/samples/report_zh.txt (a critical value reaches the nurse inbox)")
    from carebridge.commands.report import render_report, run_report

    sample = resources.files("carebridge.demo").joinpath("samples/report_zh.txt").read_text(encoding="utf-8")
    console.print(f"[dim]{sample.strip()}[/]")
    render_report(run_report(sample, filename="report_zh.txt", age=None, sex=None, lang=None, patient="P001",
                             data_dir=cb.data_dir))

    scene("8 · Can I take these together? carebridge meds check 阿司匹林 warfarin ibuprofen --egfr 25")
    from carebridge.commands.meds import render_check
    from carebridge.tools.medication.engine import default_engine

    render_check(default_engine().check(["阿司匹林", "warfarin", "ibuprofen 400mg tid"], egfr=25, lang="en"))

    scene("9 · 诊后随访: a nurse starts follow-up, the patient answers, the escalation lands in the inbox")
    from carebridge.tools.followup.service import Actor, FollowupService

    followup = FollowupService(cb.data_dir)
    try:
        nurse = Actor.staff("护士 李娜")
        # A second demo run in the same data dir would find the first run's campaign still active (one active
        # follow-up per patient and protocol): stop it, on the record, so the walk-through can be run again.
        for old in followup.campaigns(nurse, status="active", patient_id="P002"):
            if old["protocol_id"] == "heart_failure":
                followup.stop(nurse, old["id"], by="护士 李娜", reason="demo run again")
        campaign = followup.start(nurse, patient_id="P002", protocol="heart_failure", name="王丽", lang="zh",
                                  discharged=date.today() - timedelta(days=3))
        console.print(f"[bold]nurse>[/] followup start --patient P002 --protocol heart_failure  → {campaign['id']}")
        for sent in followup.tick(nurse)["attempted"]:
            contact = sent["contact_id"]
            console.print(f"[cyan]carebridge → {sent['patient_id']}:[/] {sent['text']}")
            for text in ("今天早上一百四十四斤", "有，晚上要垫三个枕头才能睡"):
                console.print(f"[bold]patient>[/] {text}")
                answer = followup.answer(Actor.patient(patient_id=sent["patient_id"]), contact, text)
                escalated = "[bold red]escalated to the nurse[/]" if answer.get("escalated") else "recorded"
                console.print(f"  [dim]{escalated}[/]")
                nxt = (answer.get("next_question") or {}).get("text")
                if nxt:
                    console.print(f"[cyan]carebridge → {sent['patient_id']}:[/] {nxt}")
        console.print("[bold]nurse>[/] carebridge followup inbox")
        for item in followup.inbox.items(role="nurse"):
            console.print(f"  [{'bold red' if item.priority == 'emergency' else 'yellow'}]{item.priority:<9}[/] "
                          f"{item.source:<8} {item.patient_id or '-':<6} {item.title_zh}")
    finally:
        followup.close()
    scene("10 · 资料库 / the hospital's own documents: carebridge kb ingest demo/kb, then search in both languages")
    from carebridge.tools.kb.ingest import ingest_paths
    from carebridge.tools.kb.store import KbConfig, open_store

    store = open_store(KbConfig.from_env(cb.data_dir))
    with resources.as_file(resources.files("carebridge.demo").joinpath("kb")) as folder:
        report = ingest_paths(store, [folder], "hospital")
    console.print(f"[bold]nurse>[/] kb ingest demo/kb  → {len(report.added)} documents, "
                  f"{report.chunks} passages (sample administrative text, no clinical advice)")
    for query in ("探视时间是几点", "where do I pay the bill when I leave"):
        console.print(f"[bold]patient>[/] kb search \"{query}\"")
        for hit in store.search(query, collections=["hospital"], k=2):
            text = " ".join(hit["text"].split())
            console.print(f"  [cyan][{hit['rank']}][/] {text[:90]}  [dim]({hit['citation']})[/]")

    console.print()
    console.print(f"[dim]Everything above is stored in {cb.data_dir}. Try `carebridge chat` next.[/]")
    return sessions
