"""Sealed action payloads: what a button or form carries back is authenticated encryption.

A token holds {action, arguments (the case id among them), format version, expiry} and is
bound to the place it was shown (workspace or tenant plus channel, or user for a form) as
associated data: a forged, altered, expired or elsewhere-replayed token does not open.
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable
from typing import Any

from assistant.privacy.keys import DecryptionError, open_bytes, seal_bytes

FORMAT_VERSION = 1


class SealError(Exception):
    """A token that is not valid here; ``key`` names the catalogue message."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class Sealer:
    def __init__(self, key: bytes, *, ttl_seconds: int, clock: Callable[[], float] = time.time) -> None:
        self._key = key
        self.ttl = ttl_seconds
        self.clock = clock

    def seal(self, name: str, args: dict[str, Any], binding: str, *, ttl_seconds: int | None = None) -> str:
        expiry = int(self.clock()) + (ttl_seconds or self.ttl)
        payload = json.dumps({"v": FORMAT_VERSION, "a": name, "p": args, "x": expiry}, separators=(",", ":"))
        blob = seal_bytes(self._key, payload.encode(), binding.encode())
        return base64.urlsafe_b64encode(blob).decode().rstrip("=")

    def unseal(self, token: str, binding: str) -> tuple[str, dict[str, Any]]:
        try:
            blob = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
            data = json.loads(open_bytes(self._key, blob, binding.encode()))
        except (DecryptionError, ValueError, TypeError, UnicodeDecodeError):
            raise SealError("refused.payload_invalid") from None
        if not isinstance(data, dict) or data.get("v") != FORMAT_VERSION:
            raise SealError("refused.payload_invalid")
        if int(data.get("x", 0)) < self.clock():
            raise SealError("refused.payload_expired")
        return str(data["a"]), dict(data.get("p") or {})
