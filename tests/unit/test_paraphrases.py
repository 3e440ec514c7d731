"""Generalisation guard: many phrasings of each emergency concept, and their look-alikes.

The banks (tests/data/paraphrases_*.yaml) hold, per concept, phrasings that must reach a
red flag (`fire`) and negated, past, someone else's, hypothetical or benign look-alikes that
must not reach any emergency-level flag (`quiet`). They test concepts, not the vignettes'
exact strings: a new phrasing of a concept should land, a mention that is not a current
problem should not.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from carebridge.tools.knowledge import load_knowledge
from carebridge.tools.triage_engine import screen_message

DATA = Path(__file__).resolve().parents[1] / "data"
EMERGENT = {"emergency", "emergency_ambulance"}
BANKS = {lang: yaml.safe_load((DATA / f"paraphrases_{lang}.yaml").read_text(encoding="utf-8"))["concepts"]
         for lang in ("en", "zh")}
FIRE = [pytest.param(lang, name, spec["rules"], text, id=f"{lang}-{name}-fire-{i}")
        for lang, bank in BANKS.items() for name, spec in bank.items() for i, text in enumerate(spec["fire"])]
QUIET = [pytest.param(lang, name, text, id=f"{lang}-{name}-quiet-{i}")
         for lang, bank in BANKS.items() for name, spec in bank.items() for i, text in enumerate(spec["quiet"])]


def _flags(text: str) -> list[dict[str, str]]:
    _, flags, _ = screen_message(text, [], {}, None, [])
    return flags


def test_banks_name_known_rules_and_cover_both_languages() -> None:
    known = {r.id for r in load_knowledge().red_flags}
    assert set(BANKS["en"]) == set(BANKS["zh"])
    for bank in BANKS.values():
        for name, spec in bank.items():
            assert set(spec["rules"]) <= known, name
            assert spec["fire"] and spec["quiet"], name


@pytest.mark.parametrize(("lang", "concept", "rules", "text"), FIRE)
def test_phrasing_fires(lang: str, concept: str, rules: list[str], text: str) -> None:
    fired = {f["id"] for f in _flags(text)}
    assert fired & set(rules), f"{text!r} ({concept}) should fire one of {rules}; fired {sorted(fired)}"


@pytest.mark.parametrize(("lang", "concept", "text"), QUIET)
def test_look_alike_stays_quiet(lang: str, concept: str, text: str) -> None:
    emergent = [f["id"] for f in _flags(text) if f["urgency"] in EMERGENT]
    assert not emergent, f"{text!r} ({concept}) is not a current emergency but fired {emergent}"
