"""Stop 43 (speed): the lexicon's prefilter index, the agents' unsaved steps, a turn killed inside an agent."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from carebridge.service import CareBridge
from carebridge.tools.lexicon import normalised
from tests.triage_screen import current_codes, fired, live_matcher

MESSAGES = [
    "crushing chest pain spreading to my left arm", "I have no chest pain, just a cough",
    "my father had a stroke last year", "sore throat and a runny nose for two days",
    "I've had a sore throat and a runny nose for two days", "29, male", "no", "none",
    "我胸口疼得厉害，出冷汗，左手发麻", "没有胸痛，只是咳嗽", "我爸爸去年中风了", "我肚子疼，拉肚子一天了",
    "34岁，女", "5分", "没有", "胸口疼的厉害 往后背窜 像撕开一样", "伤口周围红肿发热，还发烧38.5度",
    "headache 头疼 since yesterday", "", "ok", "123",
]


def _scanned(matcher, norm: str) -> list[int]:
    """The patterns the former loop let through: every pattern of a present language, its needs tested in turn."""
    langs = [english for english, needed in ((True, bool(__import__("re").search("[A-Za-z]", norm))),
                                             (False, bool(__import__("re").search("[\u4e00-\u9fff]", norm))))
             if needed]
    chars = frozenset(norm)
    out = []
    for i, (_, _, english) in enumerate(matcher._patterns):
        if english not in langs:
            continue
        matcher._compiled_for(english)
        needs = matcher._needs[english][i]
        if needs is not None and chars.isdisjoint(needs[0]) and not any(s in norm for s in needs[1]):
            continue
        out.append(i)
    return out


def _indexed(matcher, norm: str) -> list[int]:
    has_en = bool(__import__("re").search("[A-Za-z]", norm))
    has_zh = bool(__import__("re").search("[\u4e00-\u9fff]", norm))
    out: set[int] = set()
    for english, needed in ((True, has_en), (False, has_zh)):
        if not needed:
            continue
        matcher._compiled_for(english)
        always, by_char, by_string = matcher._prefilter[english]
        out.update(always)
        for c in frozenset(norm) & by_char.keys():
            out.update(by_char[c])
        out.update(i for s, idx in by_string.items() if s in norm for i in idx)
    return sorted(out)


@pytest.mark.parametrize("alongside", [False, True])
def test_prefilter_index_lets_through_exactly_the_patterns_the_scan_did(alongside: bool) -> None:
    matcher = live_matcher(alongside)
    for text in MESSAGES:
        norm = normalised(text)
        assert _indexed(matcher, norm) == _scanned(matcher, norm), text
    # the index does skip patterns (else it would buy nothing)
    norm = normalised("29, male")
    assert len(_indexed(matcher, norm)) < sum(1 for _, _, e in matcher._patterns if e)


def test_readings_unchanged_on_positives_and_look_alikes() -> None:
    assert "chest_pain" in current_codes("crushing chest pain spreading to my left arm")
    assert "chest_pain" not in current_codes("I have no chest pain, just a cough")  # negated
    assert "chest_pain" not in current_codes("没有胸痛，只是咳嗽")
    assert fired("crushing chest pain spreading to my left arm")
    assert not fired("sore throat and a runny nose for two days")
    assert not any(f.startswith("stroke") for f in fired("my father had a stroke last year"))  # someone else, past


def test_agents_write_no_checkpoints_of_their_own(tmp_path: Path) -> None:
    with CareBridge(tmp_path) as cb:
        calls = {"put": 0}
        put = cb.checkpointer.put

        def counted(*a, **k):
            calls["put"] += 1
            return put(*a, **k)

        cb.checkpointer.put = counted  # type: ignore[method-assign]
        cb.send("ns1", "sore throat and a runny nose for two days")
        # the input, the step that applies it, then guard, safety, router, triage, reply, review_gate: one
        # checkpoint each and none inside the agent (an agent that inherited the saver would add its own)
        assert calls["put"] == 8
        cb.send("ns1", "29, male")
        assert calls["put"] == 16
    con = sqlite3.connect(tmp_path / "checkpoints.sqlite")
    assert {ns for (ns,) in con.execute("SELECT DISTINCT checkpoint_ns FROM checkpoints")} == {""}
    assert {ns for (ns,) in con.execute("SELECT DISTINCT checkpoint_ns FROM writes")} == {""}
    con.close()


KILL = textwrap.dedent('''
    import json, os, sys
    from pathlib import Path
    from carebridge.graphs import hospital
    data, step = Path(sys.argv[1]), sys.argv[2]
    if step == "kill":
        unsaved = hospital._unsaved_steps
        calls = []
        def dying(agent_graph):
            node = unsaved(agent_graph)
            def run_agent(state, config):
                out = node(state, config)  # the agent's work is done, its step not yet saved
                calls.append(1)
                if len(calls) == 2:  # inside the second turn's agent
                    os._exit(9)
                return out
            return run_agent
        hospital._unsaved_steps = dying
    from carebridge.service import CareBridge
    cb = CareBridge(data)
    first, second = "I've had a sore throat and a runny nose for two days", "29, male"
    if step in ("kill", "clean"):
        cb.send("k1", first)
        turn = cb.send("k1", second)
    elif step == "status":
        print(json.dumps({"status": cb.status("k1")}))
        sys.exit(0)
    elif step == "resume":
        turn = cb.resume("k1")
    else:  # "send": the next message finishes the cut-off turn first
        cb.send("k1", "3")
        turn = None
    out = {"status": cb.status("k1"), "triage": cb.values("k1").get("triage"),
           "messages": [m.content for m in cb.values("k1")["messages"]]}
    if turn is not None:
        out["reply"] = turn.reply
    cb.close()
    print(json.dumps(out, ensure_ascii=False))
''')


def _run(script: Path, data: Path, step: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(script), str(data), step], capture_output=True, text=True,
                          timeout=300)


def test_a_turn_killed_inside_the_agent_resumes_as_if_never_cut(tmp_path: Path) -> None:
    script = tmp_path / "run.py"
    script.write_text(KILL, encoding="utf-8")
    clean = _run(script, tmp_path / "clean", "clean")
    assert clean.returncode == 0, clean.stderr
    want = json.loads(clean.stdout)
    killed = _run(script, tmp_path / "killed", "kill")
    assert killed.returncode == 9, killed.stderr
    assert json.loads(_run(script, tmp_path / "killed", "status").stdout)["status"] == "interrupted"
    resumed = _run(script, tmp_path / "killed", "resume")
    assert resumed.returncode == 0, resumed.stderr
    got = json.loads(resumed.stdout)
    assert got["status"] == "idle" and want["status"] == "idle"
    assert got["reply"] == want["reply"] and got["reply"]["kind"] == "question"
    assert got["triage"] == want["triage"] and got["messages"] == want["messages"]
    # look-alike: the same kill, then the patient's next message: the cut-off turn is finished first, once
    killed2 = _run(script, tmp_path / "killed2", "kill")
    assert killed2.returncode == 9, killed2.stderr
    sent = _run(script, tmp_path / "killed2", "send")
    assert sent.returncode == 0, sent.stderr
    after = json.loads(sent.stdout)
    assert after["messages"][:len(want["messages"])] == want["messages"]
    assert after["messages"].count("29, male") == 1 and after["messages"][len(want["messages"])] == "3"
