"""`carebridge chat` compiles both languages' symptom patterns in the background while the patient types.

Run in a fresh interpreter: the lexicon's compiled patterns are cached per process, so in this test process they may
already be compiled by another test and the check could not fail.
"""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import threading
from carebridge.cli import _warm_lexicon
from carebridge.tools.triage_engine import _matcher
assert not _matcher()._compiled and not _matcher(alongside=True)._compiled, "compiled before the warm-up"
_warm_lexicon()
(thread,) = [t for t in threading.enumerate() if t.name == "carebridge-warm-lexicon"]
assert thread.daemon
thread.join(120)
print(sorted(_matcher()._compiled), sorted(_matcher(alongside=True)._compiled))
"""


def test_warm_up_compiles_both_languages_of_both_passes() -> None:
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300, check=True)
    assert out.stdout.split("\n")[0] == "[False, True] [False, True]"
