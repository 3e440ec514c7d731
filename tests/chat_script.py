"""Scripted chat turns shared by the tests of the chat's danger-sign question (tests/unit/test_screenq39.py,
tests/unit/test_chat40.py): the first message and the answers to the age, onset and severity questions."""

from __future__ import annotations

from carebridge.service import CareBridge

CHEST_EN = ["my chest hurts when I press on it after the gym", "50, male", "2 days", "4"]
CHEST_ZH = ["我搬东西拉伤了，胸口按着疼", "50岁，男", "两天", "4分"]
HEAD_EN = ["I have a headache", "30, male", "since yesterday", "5"]
HEAD_ZH = ["我头疼", "30岁，男", "昨天开始", "5分"]


def talk(app: CareBridge, sid: str, lines: list[str]):
    """Send each line until the chat stops asking; return every turn."""
    turns = []
    for line in lines:
        turns.append(app.send(sid, line))
        if turns[-1].reply["kind"] != "question":
            break
    return turns
