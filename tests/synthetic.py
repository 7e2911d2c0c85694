"""Synthetic identifiers for the tests (never a real person's)."""

from __future__ import annotations

import random


def bsn(seed: int) -> str:
    """A synthetic number that passes the 11-test."""
    rng = random.Random(seed)
    while True:
        digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        check = sum(d * w for d, w in zip(digits, range(9, 1, -1))) % 11
        if check <= 9:
            return "".join(map(str, digits + [check]))
