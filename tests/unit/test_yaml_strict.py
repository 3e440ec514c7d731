"""Knowledge YAML refuses a key written twice (PyYAML alone keeps the last one silently)."""

from __future__ import annotations

from importlib.resources import files

import pytest
import yaml

from carebridge.tools.yaml_strict import load_yaml


def test_a_plain_document_loads_like_safe_load() -> None:
    text = "a: 1\nb: {c: [1, 2], d: 中文}\nlist:\n  - {id: x}\n"
    assert load_yaml(text) == yaml.safe_load(text)


def test_a_key_written_twice_is_an_error_naming_both_lines() -> None:
    text = "symptoms:\n  leg_cramps:\n    dept: '03'\n  fever:\n    dept: '03'\n  leg_cramps:\n    dept: '04'\n"
    with pytest.raises(yaml.YAMLError) as err:
        load_yaml(text)
    assert "'leg_cramps' is written twice (first on line 2)" in str(err.value)
    assert "line 6" in str(err.value)


def test_a_field_written_twice_inside_one_entry_is_an_error() -> None:
    with pytest.raises(yaml.YAMLError, match="'priority' is written twice"):
        load_yaml("chilblains:\n  dept: '13'\n  priority: 2\n  priority: 1\n")


def test_the_same_key_in_two_different_mappings_is_fine() -> None:
    assert load_yaml("a: {id: 1}\nb: {id: 2}\n") == {"a": {"id": 1}, "b": {"id": 2}}


def _knowledge_files() -> list:
    root = files("carebridge.knowledge")
    out = []

    def walk(node, prefix=""):
        for child in node.iterdir():
            if child.is_dir():
                walk(child, f"{prefix}{child.name}/")
            elif child.name.endswith(".yaml"):
                out.append((f"{prefix}{child.name}", child))
    walk(root)
    return sorted(out, key=lambda p: p[0])


@pytest.mark.parametrize("name,path", _knowledge_files(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_shipped_knowledge_file_has_no_duplicated_key(name: str, path) -> None:
    load_yaml(path.read_text(encoding="utf-8"))
