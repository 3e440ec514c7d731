"""A process killed mid-turn (after the safety screen, inside the agent) resumes the turn later."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent('''
    import os, sys
    from pathlib import Path
    from carebridge.agents.registry import AgentRegistry
    from carebridge.agents.triage import TriageAgent, plugin as triage_plugin
    from carebridge.service import CareBridge

    data, marker = Path(sys.argv[1]), Path(sys.argv[2])

    class KillOnce(TriageAgent):
        def build(self, model):
            inner = triage_plugin.build(model)
            from langgraph.graph import StateGraph, START, END
            from carebridge.graphs.state import HospitalState
            from carebridge.graphs.context import HospitalContext
            def maybe_die(state):
                if not marker.exists():
                    marker.write_text("killed")
                    os._exit(9)          # the process dies mid-turn, no cleanup
                return {}
            b = StateGraph(HospitalState, context_schema=HospitalContext)
            b.add_node("maybe_die", maybe_die)
            b.add_node("interview", inner)
            b.add_edge(START, "maybe_die"); b.add_edge("maybe_die", "interview"); b.add_edge("interview", END)
            return b.compile(name="triage")

    reg = AgentRegistry(); reg.register(KillOnce())
    cb = CareBridge(data, registry=reg)
    if sys.argv[3] == "send":
        cb.send("k1", "crushing chest pain and sweating")
        print("unreachable")
    else:
        print(cb.status("k1"))
        turn = cb.resume("k1")
        print(turn.reply["result"]["urgency"])
        print(",".join(e["kind"] for e in cb.audit.entries("k1")))
''')


def test_turn_killed_mid_way_resumes_without_loss(tmp_path: Path) -> None:
    script = tmp_path / "run.py"
    script.write_text(SCRIPT)
    data, marker = tmp_path / "data", tmp_path / "marker"
    first = subprocess.run([sys.executable, str(script), str(data), str(marker), "send"],
                           capture_output=True, text=True, timeout=120)
    assert first.returncode == 9 and "unreachable" not in first.stdout
    second = subprocess.run([sys.executable, str(script), str(data), str(marker), "resume"],
                            capture_output=True, text=True, timeout=120)
    assert second.returncode == 0, second.stderr
    status, urgency, kinds = second.stdout.strip().splitlines()
    assert status == "interrupted"
    assert urgency == "emergency_ambulance"
    assert kinds.split(",") == ["input", "safety", "route", "tool", "reply"]
