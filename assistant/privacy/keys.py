"""Master keys, per-case data keys and system keys (AES-GCM from ``cryptography``).

- The master key ring: one current key and possibly older ones, each with a key id.
- Every case has its own random data key, stored wrapped (encrypted) by a master key. Destroying
  the wrapped key crypto-shreds the case.
- System keys (for references, the blind index, sealed payloads and the audit chain) are random
  too and wrapped the same way, so rotating the master key changes none of them.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import stat
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_BYTES = 32
NONCE_BYTES = 12
PREFIX = "v1:"


class KeyError_(Exception):
    """A key problem that stops start-up; ``key`` names the catalogue message."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


class DecryptionError(Exception):
    """Ciphertext that does not open with the key it should (altered, or its key destroyed)."""


def key_id(key: bytes) -> str:
    return hashlib.sha256(b"meldcode-key-id" + key).hexdigest()[:12]


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def encode_key(key: bytes) -> str:
    return base64.urlsafe_b64encode(key).decode()


def decode_key(text: str) -> bytes:
    try:
        key = base64.urlsafe_b64decode(text.strip().encode())
    except (ValueError, TypeError):
        raise KeyError_("keys.bad_key") from None
    if len(key) != KEY_BYTES:
        raise KeyError_("keys.bad_key")
    return key


def seal_bytes(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    nonce = secrets.token_bytes(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def open_bytes(key: bytes, blob: bytes, aad: bytes) -> bytes:
    try:
        return AESGCM(key).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], aad)
    except (InvalidTag, ValueError):
        raise DecryptionError() from None


def encrypt_text(key: bytes, text: str, aad: str) -> str:
    return PREFIX + base64.b64encode(seal_bytes(key, text.encode(), aad.encode())).decode()


def decrypt_text(key: bytes, token: str, aad: str) -> str:
    if not token.startswith(PREFIX):
        raise DecryptionError()
    return open_bytes(key, base64.b64decode(token[len(PREFIX):]), aad.encode()).decode()


@dataclass
class KeyRing:
    """Master keys by id; ``current`` wraps new data keys."""

    keys: dict[str, bytes]
    current: str
    source: str  # "env" or the key file's path

    @classmethod
    def of(cls, keys: list[bytes], source: str) -> "KeyRing":
        return cls({key_id(k): k for k in keys}, key_id(keys[0]), source)

    def wrap(self, data_key: bytes, label: str) -> tuple[str, str]:
        blob = seal_bytes(self.keys[self.current], data_key, f"wrap:{label}".encode())
        return self.current, base64.b64encode(blob).decode()

    def unwrap(self, kid: str, wrapped: str, label: str) -> bytes:
        master = self.keys.get(kid)
        if master is None:
            raise KeyError_("keys.unknown_kid", kid=kid)
        return open_bytes(master, base64.b64decode(wrapped), f"wrap:{label}".encode())


# ---------------------------------------------------------------------------
# Where the master key comes from


def _check_permissions(path: Path) -> None:
    mode = path.stat().st_mode
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise KeyError_("keys.file_permissions", path=str(path))


def read_key_file(path: Path) -> KeyRing:
    _check_permissions(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        keys = {kid: decode_key(text) for kid, text in data["keys"].items()}
        current = data["current"]
    except (ValueError, KeyError, TypeError, AttributeError):
        raise KeyError_("keys.file_invalid", path=str(path)) from None
    if current not in keys or any(key_id(k) != kid for kid, k in keys.items()):
        raise KeyError_("keys.file_invalid", path=str(path))
    return KeyRing(keys, current, str(path))


def write_key_file(path: Path, ring: KeyRing) -> None:
    """Write atomically with mode 0600 (the key never exists on disk with wider permissions)."""
    data = {"current": ring.current, "keys": {kid: encode_key(k) for kid, k in ring.keys.items()}}
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(data, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def load_key_ring(*, env_keys: str | None, key_file: Path, embedded_database: bool) -> tuple[KeyRing, bool]:
    """The master key ring and whether a new key file was just created.

    ``MELDCODE_MASTER_KEY`` (comma separated, current first) wins; else the key file; else, for
    the embedded SQLite database only, a new key file is created. With a database server and no
    key, start-up is refused rather than inventing a key another replica would not have.
    """
    if env_keys and env_keys.strip():
        return KeyRing.of([decode_key(part) for part in env_keys.split(",") if part.strip()], "env"), False
    if key_file.exists():
        return read_key_file(key_file), False
    if not embedded_database:
        raise KeyError_("keys.missing")
    ring = KeyRing.of([new_key()], str(key_file))
    key_file.parent.mkdir(parents=True, exist_ok=True)
    write_key_file(key_file, ring)
    return ring, True
