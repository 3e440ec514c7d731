"""The clinician summary's duration words: minutes, hours and days as the patient gave them."""

from __future__ import annotations

import pytest

from carebridge.agents.triage.summary import duration_label


@pytest.mark.parametrize(("days", "en", "zh"), [
    (10 / 1440, "about 10 minutes", "约10分钟"),
    (1 / 1440, "about 1 minute", "约1分钟"),
    (0.5 / 24, "about 30 minutes", "约30分钟"),
    (1 / 24, "about 1 hour", "约1小时"),
    (3 / 24, "about 3 hours", "约3小时"),
    (2.0, "about 2 days", "约2天"),
    (1.0, "about 1 day", "约1天"),
])
def test_duration_label_keeps_the_scale_the_patient_used(days: float, en: str, zh: str) -> None:
    assert duration_label(days, zh=False) == en
    assert duration_label(days, zh=True) == zh


def test_no_duration_is_none() -> None:
    assert duration_label(None, zh=False) is None
