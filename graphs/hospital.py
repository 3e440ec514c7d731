"""The top-level graph: guard -> safety -> router -> agent -> reply -> review gate.

Only this module imports agents (through the registry); agents never import each other.
The builder returns an uncompiled `StateGraph` so the caller chooses the checkpointer.
"""

from __future__ import annotations

import warnings
from datetime import UTC, datetime
from typing import Any, Literal

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, HumanMessage
from langchain_core.runnables import RunnableConfig
from langgraph.graph import END, START, StateGraph
from langgraph.pregel import Pregel
from langgraph.types import interrupt
from pydantic import Field, create_model

from carebridge.agents.registry import AgentRegistry
from carebridge.graphs.context import HospitalContext
from carebridge.graphs.models import structured_call
from carebridge.graphs.state import HospitalState
from carebridge.prompts import load_prompt, prompt_version
from carebridge.tools import danger_screen
from carebridge.tools.evidence import rejection
from carebridge.tools.first_steps import first_steps_lines
from carebridge.tools.guard import InputRejected, check_message, check_role
from carebridge.tools.knowledge import load_knowledge
from carebridge.tools.text import detect_lang, normalize
from carebridge.tools.triage_engine import rank, screen_message

AI_LABEL = {"en": "AI-generated; a clinician makes the final decision.", "zh": "AI生成内容，最终以医生判断为准。"}
REVIEW_FIELDS = ("chief_complaint", "history", "medications", "allergies", "urgency", "review_note")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _last_human(state: HospitalState) -> str:
    for m in reversed(state.get("messages", [])):
        if isinstance(m, HumanMessage):
            return str(m.content)
    return ""


def emergency_notice(flags: list[dict[str, Any]], lang: str, emergency_number: str = "120",
                     crisis_line: str = "12356") -> str:
    """What to do now, said before anything else: the most urgent red flag's advice, then the first steps."""
    kb = load_knowledge()
    top = max(flags, key=lambda f: rank(f["urgency"]))
    advice = kb.advice(top["urgency"], emergency_number)
    text = advice.zh if lang == "zh" else advice.en
    names = ("、".join(f["zh"] for f in flags)) if lang == "zh" else "; ".join(f["en"] for f in flags)
    head = "⚠ 危险征象：" if lang == "zh" else "⚠ Warning signs: "
    steps = first_steps_lines(kb.first_steps_for((f["id"] for f in flags), crisis_line), lang)
    return "\n".join([f"{head}{names}", text, *steps])


def guard(state: HospitalState) -> dict[str, Any]:
    """Check role, size and encoding of the new message; fix the conversation language."""
    text = _last_human(state)
    base: dict[str, Any] = {"outcome": {}, "new_red_flags": [], "turn": {}, "error": None}
    try:
        check_role(state.get("role", "patient"))
        check_message(text)
    except InputRejected as exc:
        return base | {"error": exc.as_dict(),
                       "events": [{"ts": _now(), "kind": "input_rejected", "error": exc.as_dict()}]}
    lang = state.get("lang") or detect_lang(text)
    return base | {"lang": lang, "events": [{"ts": _now(), "kind": "input", "role": state.get("role", "patient"),
                                             "text": text, "lang": lang}]}


def make_safety(emergency_number: str, crisis_line: str = "12356") -> Any:
    """The deterministic red-flag screen node (runs on every message)."""

    def safety(state: HospitalState) -> dict[str, Any]:
        text, prior = _last_human(state), (state.get("findings") or {}).get("present", [])
        found, flags, new = screen_message(text, prior, state.get("patient") or {}, state.get("triage"),
                                           (f["id"] for f in state.get("red_flags", [])))
        # An answer to the interview's danger-sign question: the signs a numbered reply picks are findings of
        # this message (the rules weigh them like the lexicon's); a bare "no" denies every sign asked.
        picked, denied = danger_screen.answer_findings(state.get("triage"), text, found.present)
        if picked:
            found, flags, new = screen_message(text, [*prior, *picked], state.get("patient") or {}, state.get("triage"),
                                               (f["id"] for f in state.get("red_flags", [])))
            found = found.model_copy(update={"present": sorted({*found.present, *picked})})
        if denied:
            found = found.model_copy(update={"absent": sorted({*found.absent, *(set(denied) - set(prior))})})
        update: dict[str, Any] = {
            "findings": {"present": found.present, "absent": found.absent},
            "red_flags": flags,
            "new_red_flags": new,
            "turn": found.model_dump(),
            "events": [{"ts": _now(), "kind": "safety", "present": found.present, "absent": found.absent,
                        "red_flags": [f["id"] for f in flags], "new": [f["id"] for f in new]}],
        }
        if any(rank(f["urgency"]) >= rank("emergency") for f in new):
            # NOTE: the emergency advice goes out now, before the router or any question.
            notice = emergency_notice(new, state.get("lang", "en"), emergency_number, crisis_line)
            update["messages"] = [AIMessage(notice, name="safety")]
        return update

    return safety


def router_prompt(registry: AgentRegistry) -> str:
    """The router's system prompt: every registered agent with its description."""
    return load_prompt("router.system").format(agents="\n".join(f"- {p.name}: {p.description}" for p in registry))


def make_router(registry: AgentRegistry, model: BaseChatModel | None) -> Any:
    """Explicit intent, else the agent interviewing, else clear keywords, else recognised symptoms (triage), else the model, else triage.

    NOTE: keywords come before the model: they are instant and decisive where they match one
    agent, so the model is asked only when the words are ambiguous or unknown. Routing is not
    a safety decision either way: the red-flag screen has already run on this message.
    """
    names = registry.names
    choice_schema = create_model(  # type: ignore[call-overload]
        "RouteChoice", agent=(Literal[tuple(names)], ...),  # type: ignore[valid-type]
        evidence=(str, Field(max_length=40, description="the words of the message that show it"))) if names else None
    system = router_prompt(registry)
    kb = load_knowledge()

    def router(state: HospitalState) -> dict[str, Any]:
        events: list[dict[str, Any]] = []
        intent, active = state.get("intent"), state.get("active_agent")
        if intent in registry:
            chosen, how = intent, "explicit"
        elif active in registry and not (state.get("triage") or {}).get("complete", False):
            chosen, how = active, "continuing"
        else:
            text = normalize(_last_human(state))
            scores = {p.name: sum(1 for k in p.keywords if k.lower() in text) for p in registry}
            ranked = sorted(scores, key=lambda n: -scores[n])
            best = ranked[0] if ranked and scores[ranked[0]] > 0 else None
            clear = best is not None and (len(ranked) == 1 or scores[ranked[1]] < scores[best])
            chosen, how = (best, "keywords") if clear else (None, "")
            symptoms = [c for c in (state.get("turn") or {}).get("present", []) if c in kb.symptoms and kb.symptoms[c].weight > 0]
            if best is None and "triage" in registry and symptoms:
                # No agent's keywords, but the lexicon recognised symptoms (not mere context such
                # as "on warfarin"): a triage message, and no model (however weak) sends it elsewhere.
                chosen, how = "triage", "symptoms"
            if chosen is None and model is not None and choice_schema is not None and len(names) > 1:
                picked, event = structured_call(model, choice_schema, system, _last_human(state),
                                                purpose="router", prompt_version=prompt_version("router.system"),
                                                max_tokens=64, fit_user=True)
                events += [event] if event else []
                if picked is not None:
                    # Like every model addition, a route needs the message's own words behind it.
                    why = rejection(picked.evidence, _last_human(state), negation=False)  # type: ignore[attr-defined]
                    if why is None:
                        chosen, how = picked.agent, "model"  # type: ignore[attr-defined]
                    else:
                        events.append({"ts": _now(), "kind": "model_route_rejected", "agent": picked.agent,  # type: ignore[attr-defined]
                                       "evidence": picked.evidence, "why": why})  # type: ignore[attr-defined]
            if chosen is None:
                if best is not None:
                    chosen, how = best, "keywords"
                else:
                    chosen, how = ("triage" if "triage" in registry else names[0]), "default"
        events.append({"ts": _now(), "kind": "route", "agent": chosen, "how": how})
        return {"active_agent": chosen, "events": events}

    return router


def reply(state: HospitalState) -> dict[str, Any]:
    """Label the answer as AI-generated, attach sources, and record it."""
    lang = state.get("lang", "en")
    error = state.get("error")
    outcome = state.get("outcome") or {}
    if error:
        text = error["message_zh"] if lang == "zh" else error["message"]
        body = {"kind": "error", "text": text, "error": error}
    else:
        body = {"kind": outcome.get("kind", "answer"), "text": outcome.get("text", ""),
                "agent": outcome.get("agent"), "result": outcome.get("result", {}),
                "sources": outcome.get("sources", []), "pending_review": bool(outcome.get("needs_review"))}
    payload = body | {"lang": lang, "ai_generated": True, "label": AI_LABEL["zh" if lang == "zh" else "en"],
                      "emergency": state.get("new_red_flags", [])}
    return {"reply": payload, "messages": [AIMessage(body["text"], name=outcome.get("agent") or "carebridge")],
            "events": [{"ts": _now(), "kind": "reply", "text": body["text"], "reply_kind": body["kind"],
                        "pending_review": payload.get("pending_review", False)}]}


def review_gate(state: HospitalState) -> dict[str, Any]:
    """Pause for clinician sign-off (LangGraph interrupt) when the agent asked for it."""
    outcome = state.get("outcome") or {}
    if state.get("error") or not outcome.get("needs_review"):
        return {}
    summary = dict((outcome.get("result") or {}).get("summary") or {})
    decision = interrupt({"kind": "clinician_review", "session_id": state.get("session_id"),
                          "agent": outcome.get("agent"), "summary": summary})
    action = decision.get("action", "approve")
    edits = {k: v for k, v in (decision.get("edits") or {}).items() if k in REVIEW_FIELDS}
    summary.update(edits)
    summary.update(review_status="edited" if edits or action == "edit" else "approved",
                   reviewed_by=decision.get("reviewer"), review_note=decision.get("note"))
    record = dict(state.get("triage") or {})
    record["summary"] = summary
    lang = state.get("lang", "en")
    text = ("医生已审核您的预问诊报告。" if lang == "zh" else "A clinician has reviewed your pre-consultation summary.")
    if decision.get("note"):
        text += ("\n医生留言：" if lang == "zh" else "\nNote from the clinician: ") + str(decision["note"])
    return {"review": {"status": summary["review_status"], "reviewer": decision.get("reviewer"),
                       "note": decision.get("note"), "edits": edits},
            "reply": {"kind": "review", "text": text, "lang": lang, "ai_generated": False,
                      "result": {"summary": summary}, "pending_review": False, "emergency": []},
            "triage": record, "messages": [AIMessage(text, name="clinician_review")],
            "events": [{"ts": _now(), "kind": "review", "status": summary["review_status"],
                        "reviewer": decision.get("reviewer"), "edits": edits, "note": decision.get("note")}]}


# `_unsaved_steps` passes durability="exit" only to stop the parent's inherited "sync"; LangGraph
# warns that it has no effect without a checkpointer, which is the point.
warnings.filterwarnings("ignore", message="`durability` has no effect when no checkpointer", category=UserWarning)


def _unsaved_steps(agent_graph: Any) -> Any:
    """Run an agent's compiled graph without checkpoints of its own steps.

    The parent's checkpoint after the agent's node is the durable point: a turn killed inside
    an agent re-runs that agent, which is deterministic over the saved state. Inheriting the
    checkpointer doubled the SQLite writes per turn (about 6 ms of a 25 ms turn). LangGraph
    1.2 cannot run a `checkpointer=False` subgraph under the parent's durability="sync" (it
    waits for a checkpoint future that never exists), so the agent runs from a node function
    with durability="exit". An agent that must pause inside itself (`interrupt`) compiles with
    `checkpointer=True` and keeps its own checkpoints.
    """
    if not isinstance(agent_graph, Pregel) or agent_graph.checkpointer is not None:
        return agent_graph
    unsaved = agent_graph.copy(update={"checkpointer": False})

    def run_agent(state: HospitalState, config: RunnableConfig) -> Any:
        return unsaved.invoke(state, config, durability="exit")

    return run_agent


def build_hospital_graph(registry: AgentRegistry, model: BaseChatModel | None = None,
                         context: HospitalContext | None = None) -> StateGraph:
    """Wire the registry's agents between the safety screen and the review gate."""
    if not len(registry):
        raise ValueError("no agents registered: is carebridge installed (`pip install -e .`)?")
    ctx = context or HospitalContext()
    builder = StateGraph(HospitalState, context_schema=HospitalContext)
    builder.add_node("guard", guard)
    builder.add_node("safety", make_safety(ctx.emergency_number, ctx.crisis_line))
    builder.add_node("router", make_router(registry, model))
    for plugin in registry:
        builder.add_node(plugin.name, _unsaved_steps(plugin.build(model)))
        builder.add_edge(plugin.name, "reply")
    builder.add_node("reply", reply)
    builder.add_node("review_gate", review_gate)
    builder.add_edge(START, "guard")
    builder.add_conditional_edges("guard", lambda s: "reply" if s.get("error") else "safety", ["reply", "safety"])
    builder.add_edge("safety", "router")
    builder.add_conditional_edges("router", lambda s: s["active_agent"], registry.names)
    builder.add_edge("reply", "review_gate")
    builder.add_edge("review_gate", END)
    return builder
