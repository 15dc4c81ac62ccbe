"""The intent families of rounds 8-11 of the rules, as data (`familiesN.py`).

Each round's module holds its families (family name to paraphrases) per expected decision and
the harmless near misses written beside them; `test_family_rounds.py` runs all of them against
the rules, and `test_learned.py` checks what the learned models do with the same texts.
"""

from __future__ import annotations

Families = dict[str, tuple[str, ...]]


def cases(families: Families) -> list[tuple[str, str]]:
    """(family, text) for every paraphrase."""
    return [(name, text) for name, texts in families.items() for text in texts]


def all_texts(*families: Families, harmless: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(text for group in families for _, text in cases(group)) + harmless
