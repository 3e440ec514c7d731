"""A process killed right after recording an escalating answer loses nothing and repeats nothing."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent('''
    import json, os, sys
    from datetime import datetime
    from pathlib import Path
    from carebridge.tools.followup.service import Actor, FollowupService

    data, step = Path(sys.argv[1]), sys.argv[2]
    nurse, me = Actor.staff("Nurse Li"), Actor.patient("P1")
    svc = FollowupService(data, clock=lambda: datetime(2026, 11, 22, 10, 0))
    if step == "first":
        svc.start(nurse, patient_id="P1", protocol="post_pci", lang="zh", discharged="2026-11-20")
        svc.tick(nurse)
        # Die after the answer is committed, before the escalation reaches the inbox.
        FollowupService.flush_escalations = lambda self: os._exit(9)
        svc.answer(me, "FU-0001-D2", "有，胸口闷痛")
        print("unreachable")
    else:
        out = {
            "tick": svc.tick(nurse),
            "inbox": [[i.kind, i.detail.get("rule_id"), i.priority] for i in svc.inbox_items(nurse)],
            "contacts": [[c["id"], c["status"], c["attempts"], [a["question_id"] for a in c["answers"]]]
                         for c in svc.show(nurse, "FU-0001")["contacts"]],
            "next": svc.current_question(me, "FU-0001-D2"),
        }
        print(json.dumps(out, ensure_ascii=False))
''')


def test_killed_process_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    script = tmp_path / "run.py"
    script.write_text(SCRIPT, encoding="utf-8")
    data = tmp_path / "data"
    first = subprocess.run([sys.executable, str(script), str(data), "first"], capture_output=True, text=True, timeout=120)
    assert first.returncode == 9, first.stderr
    assert "unreachable" not in first.stdout
    outs = []
    for _ in range(2):
        run = subprocess.run([sys.executable, str(script), str(data), "again"], capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stderr
        outs.append(json.loads(run.stdout))
    for out in outs:
        assert out["tick"]["attempted"] == [] and out["tick"]["handed_to_nurse"] == []
        kinds = sorted(tuple(i) for i in out["inbox"])
        assert ("escalation", "pci_recurrent_chest_pain", "emergency") in kinds
        assert len(kinds) == len(set(kinds))  # nothing twice
        d2 = out["contacts"][0]
        assert d2[:3] == ["FU-0001-D2", "open", 1] and d2[3] == ["chest_pain"]
        assert out["next"]["id"] == "bleeding"
    assert outs[0]["inbox"] == outs[1]["inbox"]
