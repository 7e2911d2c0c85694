"""Vault names typed with one slip: "Taarek" for Tarek, "Nordien" for Nordin, "arjenn" for Arjen.

A professional in a hurry doubles a letter, drops one or swaps two. A word one edit away from a
vault person's first name or surname (of four letters or more) becomes that person's role, when it
is no Dutch or English word and no other first name or surname: "Anne" stays someone else when the
vault holds Anna; a name of three letters only with a letter typed twice ("Livv" for Liv). The
first letter must be the same (a slip there is rare, a different name is not). Runs after the
vault's own names are replaced; the guard does not use it (one edit from a name in another case
is too loose for blocking a message).
"""

from __future__ import annotations

import re

from assistant.privacy.lexicon import Lexicon, _key, one_edit
from assistant.privacy.vault_names import NameMatcher

_WORD = re.compile(r"(?<![\w\[-])[^\W\d_]{2,}(?:-[^\W\d_]{2,})*(?![\w\]-])")  # "Ane-Fleur" too


def _doubled(key: str, name: str) -> bool:
    """A short name with one letter typed twice: "Livv" for Liv, "Evva" for Eva."""
    return len(key) == len(name) + 1 and any(key[:i] + key[i + 1:] == name and key[i] == key[i - 1]
                                             for i in range(1, len(key)))


def replace_misspelled(text: str, names: NameMatcher, lex: Lexicon) -> str:
    """``text`` with the vault names typed one edit off replaced by their placeholder."""
    singles = [s for s in names.singles if len(s) >= 4]
    short = [s for s in names.singles if len(s) == 3]
    if not singles and not short:
        return text
    firsts = {s[0] for s in singles + short}
    firsts |= {f.upper() for f in firsts}
    sizes = {len(s) + d for s in singles for d in (-1, 0, 1)} | ({4} if short else set())
    parts: list[str] = []
    last = 0
    for m in _WORD.finditer(text):
        word = m.group(0)
        if word.isascii() and (word[0] not in firsts or len(word) - word.count("-") not in sizes):
            continue  # most words: no lookup at all
        key = _key(word).replace("-", "")
        if key[0] not in firsts or key in lex.words or key in lex.english or key in lex.first \
                or key in lex.surnames or key in lex.not_names:
            continue
        near = next((s for s in singles if s[0] == key[0] and len(key) >= 4 and one_edit(key, s)), None) \
            or next((s for s in short if s[0] == key[0] and _doubled(key, s)), None)
        if near is None:
            continue
        owner = names.keys[(near,)][0][2]
        parts += [text[last:m.start()], names.placeholders[owner]]
        last = m.end()
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)
