"""Each protocol's escalation rules, positive and negative, in Chinese and English, end to end
(free-text reply -> parser -> rules -> inbox)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from carebridge.tools.followup.protocols import load_protocols
from carebridge.tools.followup.service import Actor, FollowupService

NOW = datetime(2026, 11, 22, 10, 0)
NURSE = Actor.staff("Nurse Li")


def _svc(tmp_path):
    return FollowupService(tmp_path / "data", clock=lambda: NOW)


def run_first_contact(svc, protocol, lang, replies, patient="P1"):
    """Start a campaign discharged long enough ago that one contact is due now; answer it."""
    days = svc.protocols.get(protocol).schedule_days
    view = svc.start(NURSE, patient_id=patient, protocol=protocol, lang=lang,
                     discharged=(NOW - timedelta(days=days[0])).date())
    contact = next(c["id"] for c in view["contacts"] if c["status"] == "scheduled")
    rules, outs = set(), []
    for text in replies:
        out = svc.answer(Actor.patient(patient), contact, text)
        assert out["recorded"], (text, out["reason"])
        rules |= {e["rule_id"] for e in out["escalations"] if e["kind"] == "rule"}
        outs.append(out)
    assert outs[-1]["done"]
    return rules, outs


CASES = [
    # heart failure (weight, lying flat, woken breathless, ankle swelling, notes)
    ("heart_failure", "en", ["72 kg", "no", "no", "no", "nothing"], set()),
    ("heart_failure", "zh", ["144斤", "没有", "没有", "没有", "没有"], set()),
    ("heart_failure", "en", ["72 kg", "yes, two more pillows", "yes", "yes", "no"],
     {"hf_orthopnoea", "hf_paroxysmal_nocturnal_dyspnoea", "hf_worse_ankle_swelling"}),
    ("heart_failure", "zh", ["七十二公斤", "有", "有的", "是的", "没有"],
     {"hf_orthopnoea", "hf_paroxysmal_nocturnal_dyspnoea", "hf_worse_ankle_swelling"}),
    # post-operative (temperature, redness, pus, opened, pain score)
    ("post_operative", "en", ["36.8", "no", "no", "no", "2"], set()),
    ("post_operative", "en", ["38.0 C", "yes", "no", "no", "3"], {"ssi_wound_redness"}),  # 38.0 is not above 38
    ("post_operative", "en", ["38.6 °C", "yes", "yes", "yes", "6"],
     {"ssi_redness_with_fever", "ssi_purulent_discharge", "ssi_wound_opened"}),  # redness+fever replaces redness
    ("post_operative", "en", ["37.2", "yes", "no", "no", "4"], {"ssi_wound_redness"}),  # redness without fever
    ("post_operative", "en", ["not measured", "yes", "no", "no", "4"], {"ssi_wound_redness"}),
    ("post_operative", "en", ["39", "no", "no", "no", "4"], set()),  # fever alone is not a wound rule
    ("post_operative", "zh", ["三十六度八", "没有", "没有", "没有", "两分"], set()),
    ("post_operative", "zh", ["38度6", "有", "有", "是的", "6分"],
     {"ssi_redness_with_fever", "ssi_purulent_discharge", "ssi_wound_opened"}),
    ("post_operative", "zh", ["36度5", "没有", "没有", "是的", "4分"], {"ssi_wound_opened"}),
    ("post_operative", "zh", ["36度9", "没有", "有脓", "没有", "3"], {"ssi_purulent_discharge"}),
    # COPD (breathless worse, more sputum, colour change, notes)
    ("copd", "en", ["no", "yes", "no", "no"], set()),
    ("copd", "en", ["yes", "yes", "yes", "no"], {"copd_worse_breathlessness", "copd_more_and_coloured_sputum"}),
    ("copd", "zh", ["没有", "有", "没有", "没有"], set()),
    ("copd", "zh", ["没有", "有", "有，变黄了", "没有"], {"copd_more_and_coloured_sputum"}),
    ("copd", "zh", ["是的", "没有", "没有", "没有"], {"copd_worse_breathlessness"}),
    # diabetes (lowest glucose, needed help, notes)
    ("diabetes", "en", ["5.6 mmol/L", "no", "no"], set()),
    ("diabetes", "en", ["3.5", "no", "no"], {"hypo_level_1"}),
    ("diabetes", "en", ["2.8 mmol/L", "no", "no"], {"hypo_level_2"}),
    ("diabetes", "en", ["50 mg/dL", "yes", "no"], {"hypo_level_2", "hypo_level_3"}),
    ("diabetes", "en", ["3.9", "no", "no"], set()),  # 3.9 is not below 3.9
    ("diabetes", "zh", ["6.1", "没有", "没有"], set()),
    ("diabetes", "zh", ["3.5毫摩尔", "没有", "没有"], {"hypo_level_1"}),
    ("diabetes", "zh", ["二点八", "有", "没有"], {"hypo_level_2", "hypo_level_3"}),
    # after PCI / MI (chest pain, bleeding, antiplatelet missed, notes)
    ("post_pci", "en", ["no", "no", "no", "no"], set()),
    ("post_pci", "en", ["yes", "yes", "yes", "no"],
     {"pci_recurrent_chest_pain", "pci_bleeding_on_antiplatelets", "pci_antiplatelet_interrupted"}),
    ("post_pci", "zh", ["没有", "没有", "没有", "没有"], set()),
    ("post_pci", "zh", ["没有", "有一点", "有", "没有"], {"pci_bleeding_on_antiplatelets", "pci_antiplatelet_interrupted"}),
    ("post_pci", "zh", ["有", "没有", "没有", "没有"], {"pci_recurrent_chest_pain"}),
    # paediatric fever (age, temperature, fever days, non-blanching rash, hard to wake, less urine)
    ("paediatric_fever", "en", ["2 months", "38.2", "1 day", "no", "no", "no"], {"ng143_red_under_3_months_fever"}),
    ("paediatric_fever", "en", ["2 months", "37.5", "1 day", "no", "no", "no"], set()),
    ("paediatric_fever", "en", ["4 months", "39.2", "2 days", "no", "no", "no"], {"ng143_amber_3_to_6_months_fever"}),
    ("paediatric_fever", "en", ["4 months", "38.8", "2 days", "no", "no", "no"], set()),
    ("paediatric_fever", "en", ["2 years", "39.5", "5 days", "no", "no", "no"], {"ng143_amber_fever_5_days"}),
    ("paediatric_fever", "en", ["2 years", "38.5", "2 days", "yes", "yes", "yes"],
     {"ng143_red_nonblanching_rash", "ng143_red_not_responding", "ng143_amber_reduced_urine"}),
    ("paediatric_fever", "zh", ["两个月", "38度2", "1天", "没有", "没有", "没有"], {"ng143_red_under_3_months_fever"}),
    ("paediatric_fever", "zh", ["4个月", "39度2", "两天", "没有", "没有", "没有"], {"ng143_amber_3_to_6_months_fever"}),
    ("paediatric_fever", "zh", ["两岁", "38度5", "5天", "没有", "没有", "没有"], {"ng143_amber_fever_5_days"}),
    ("paediatric_fever", "zh", ["两岁", "37度5", "1天", "没有", "没有", "没有"], set()),
    ("paediatric_fever", "zh", ["一岁半", "38度5", "两天", "有", "是的", "有"],
     {"ng143_red_nonblanching_rash", "ng143_red_not_responding", "ng143_amber_reduced_urine"}),
]


@pytest.mark.parametrize(("protocol", "lang", "replies", "expected"), CASES,
                         ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_protocol_escalation_rules(tmp_path, protocol, lang, replies, expected):
    svc = _svc(tmp_path)
    rules, outs = run_first_contact(svc, protocol, lang, replies)
    assert rules == expected
    open_items = {i.detail["rule_id"] for i in svc.inbox_items(NURSE) if i.kind == "escalation"}
    assert expected <= open_items
    assert any(o["escalated"] for o in outs) == bool(expected) or any(
        e["kind"] == "red_flag" for o in outs for e in o["escalations"])


def test_every_protocol_rule_has_a_positive_case():
    lib = load_protocols()
    covered = set().union(*(c[3] for c in CASES)) | {"hf_weight_gain_2kg_3days"}
    assert {r.id for p in lib.protocols.values() for r in p.rules} == covered


@pytest.mark.parametrize(("lang", "first", "second", "fires"), [
    ("en", "72 kg", "74.5 kg", True),
    ("en", "72 kg", "73.5 kg", False),
    ("zh", "144斤", "149斤", True),    # 1 斤 = 0.5 kg: 72 -> 74.5 kg
    ("zh", "七十二公斤", "147斤", False),  # 72 -> 73.5 kg
])
def test_heart_failure_weight_gain_compares_across_contacts(tmp_path, lang, first, second, fires):
    svc = FollowupService(tmp_path / "data", clock=lambda: NOW)
    svc.start(NURSE, patient_id="P1", protocol="heart_failure", lang=lang, discharged=(NOW - timedelta(days=2)).date())
    me = Actor.patient("P1")
    no = "no" if lang == "en" else "没有"
    for text in (first, no, no, no, no):
        svc.answer(me, "FU-0001-D2", text, at=NOW)
    later = NOW + timedelta(days=2)
    out = svc.answer(me, "FU-0001-D4", second, at=later)
    assert ("hf_weight_gain_2kg_3days" in {e["rule_id"] for e in out["escalations"]}) is fires


def test_weight_gain_outside_the_3_day_window_does_not_fire(tmp_path):
    svc = FollowupService(tmp_path / "data", clock=lambda: NOW)
    svc.start(NURSE, patient_id="P1", protocol="heart_failure", lang="en", discharged=(NOW - timedelta(days=2)).date())
    me = Actor.patient("P1")
    for text in ("72 kg", "no", "no", "no", "no"):
        svc.answer(me, "FU-0001-D2", text, at=NOW)
    out = svc.answer(me, "FU-0001-D7", "76 kg", at=NOW + timedelta(days=5))
    assert out["escalations"] == []
