"""Built-in collections: generated only from sourced knowledge records, every passage cites, both languages."""

from __future__ import annotations

import pytest

from carebridge.tools.kb.builtin import (
    BUILTIN_NAMES,
    builtin_collections,
    drug_collection,
    followup_collection,
    knowledge_fingerprint,
    lab_collection,
    phrases,
)


@pytest.fixture(scope="module")
def collections():
    return {c.name: c for c in builtin_collections()}


def test_every_section_cites_known_sources(collections) -> None:
    assert set(collections) == set(BUILTIN_NAMES)
    for col in collections.values():
        assert col.documents, col.name
        for doc in col.documents:
            assert doc.sections and doc.lang in ("zh", "en")
            for sec in doc.sections:
                assert sec.sources, (col.name, doc.key, sec.heading)
                assert all(s in col.sources for s in sec.sources), (col.name, doc.key, sec.heading, sec.sources)


def test_every_topic_exists_in_both_languages(collections) -> None:
    for col in collections.values():
        keys = {d.key for d in col.documents}
        stems = {k.rsplit(".", 1)[0] for k in keys}
        assert keys == {f"{s}.{lang}" for s in stems for lang in ("en", "zh")}, col.name


def test_drug_passages_quote_the_knowledge_rules_verbatim() -> None:
    from carebridge.tools.medication.knowledge import load_med_knowledge

    kb = load_med_knowledge()
    col = drug_collection()
    warfarin = {d.lang: d for d in col.documents if d.key.startswith("builtin:drugs/warfarin.")}
    nsaid_rule = next(r for r in kb.interactions if "warfarin" in kb.expand(r.a) | kb.expand(r.b)
                      and "ibuprofen" in kb.expand(r.a) | kb.expand(r.b))
    for lang, doc in warfarin.items():
        sec = next(s for s in doc.sections if getattr(nsaid_rule.mechanism, lang) in s.text)
        assert getattr(nsaid_rule.management, lang) in sec.text and set(nsaid_rule.sources) <= set(sec.sources)
        assert ("ibuprofen" if lang == "en" else "布洛芬") in sec.text  # the group's medicines are named
    # Every interaction, kidney, pregnancy, breastfeeding text in the collection comes from a knowledge record.
    texts = {t for r in kb.interactions for t in (r.mechanism.en, r.mechanism.zh)}
    texts |= {t for r in (*kb.renal, *kb.pregnancy, *kb.lactation) for t in (r.text.en, r.text.zh)}
    for doc in col.documents:
        for sec in doc.sections:
            if sec.heading.startswith(("Interactions", "相互作用", "Kidney", "肾功能", "Pregnancy", "妊娠")):
                assert any(t in sec.text for t in texts), (doc.key, sec.heading)


def test_drugs_without_sourced_rules_are_left_out_and_listed() -> None:
    col = drug_collection()
    left = {x["topic"] for x in col.left_out}
    assert left and all("no sourced" in x["reason"] for x in col.left_out)
    present = {d.key.split("/")[1].rsplit(".", 1)[0] for d in col.documents}
    assert not left & present
    from carebridge.tools.medication.knowledge import load_med_knowledge

    assert left | present == set(load_med_knowledge().drugs)


def test_lab_documents_are_the_education_markdown_plus_the_test_names() -> None:
    from carebridge.tools.labs.education import education_markdown
    from carebridge.tools.labs.knowledge import load_lab_knowledge

    md = education_markdown(load_lab_knowledge())
    col = lab_collection()
    assert len(col.documents) == len(md)
    k = next(d for d in col.documents if d.key == "builtin:labs/electrolytes.zh")
    sec = next(s for s in k.sections if s.heading.startswith("钾"))
    assert sec.text.split("\n其他名称：")[0] in md["electrolytes.zh.md"] and "血钾" in sec.text


def test_follow_up_documents_name_every_escalation_rule() -> None:
    from carebridge.tools.followup.protocols import load_protocols

    lib = load_protocols()
    docs = {d.key: d for d in followup_collection().documents}
    for proto in lib.protocols.values():
        for lang in ("en", "zh"):
            doc = docs[f"builtin:followup/{proto.id}.{lang}"]
            for rule in proto.rules:
                assert any(getattr(rule.name, lang) in s.heading for s in doc.sections), (proto.id, rule.id)


def test_lexicon_phrases_are_plain_text_only() -> None:
    assert phrases(["被(狗|猫)咬(伤)?", "(dog|cat) bite", "chest.{0,3}pain", "[a-z]+"]) == [
        "被狗咬", "被狗咬伤", "被猫咬", "被猫咬伤", "dog bite", "cat bite"]


def test_fingerprint_tracks_the_generator(monkeypatch: pytest.MonkeyPatch) -> None:
    from carebridge.tools.kb import builtin

    before = knowledge_fingerprint()
    assert knowledge_fingerprint() == before
    monkeypatch.setattr(builtin, "GENERATOR_VERSION", "changed")
    assert knowledge_fingerprint() != before
    assert knowledge_fingerprint(emergency_number="999") != knowledge_fingerprint()


def test_built_in_store_answers_in_both_languages(kb_store) -> None:
    from carebridge.tools.kb.ingest import builtin_status

    assert builtin_status(kb_store) == "current"
    zh = kb_store.search("华法林 出血", k=5, lang="zh")
    assert any(h["key"] == "builtin:drugs/warfarin.zh" for h in zh) and all(h["lang"] == "zh" for h in zh)
    en = kb_store.search("what does a high potassium result mean", k=5, collections=["builtin-labs"])
    assert en[0]["key"] == "builtin:labs/electrolytes.en" and en[0]["section"].startswith("Potassium")
    assert en[0]["citation"].startswith("MedlinePlus")
    # Mixed-language query: the Chinese title carries the English name.
    mixed = kb_store.search("warfarin 出血", k=5, lang="zh")
    assert any(h["key"] == "builtin:drugs/warfarin.zh" for h in mixed)
