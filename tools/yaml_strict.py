"""YAML for knowledge files: safe, and a key written twice in one mapping is an error.

PyYAML keeps the last of two equal keys without a word, so a symptom code, a range or a rule
field written twice (two edits to the same file landing together) would silently drop the first
definition. Knowledge files are read with this loader instead, so that mistake fails loudly at
load time with both line numbers.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.constructor import ConstructorError

# libyaml's parser when it is installed (the large knowledge files load several times faster).
_BASE: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class StrictLoader(_BASE):  # type: ignore[misc, valid-type]
    """A safe loader that refuses a mapping with the same key twice."""


def _construct_mapping(loader: Any, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            first = seen.get(key)
        except TypeError:  # an unhashable key: construct_mapping reports it
            continue
        if first is not None:
            raise ConstructorError("while reading a mapping", node.start_mark,
                                   f"the key {key!r} is written twice (first on line {first + 1}): keep one",
                                   key_node.start_mark)
        seen[key] = key_node.start_mark.line
    return loader.construct_mapping(node, deep=True)


StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(text: str) -> Any:
    """Parse `text` like `yaml.safe_load`, but a duplicated key raises `yaml.YAMLError`."""
    return yaml.load(text, Loader=StrictLoader)  # noqa: S506 - StrictLoader is a safe loader
