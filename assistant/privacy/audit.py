"""The audit log's hash chain: each entry's MAC covers the entry and the previous MAC.

Entries hold who did what to which case reference, and when; never names or text. The MAC is
keyed (HMAC-SHA256 with a system key), so the chain cannot be recomputed without the master key.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import datetime, timezone

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: datetime
    actor: str
    action: str
    reference: str
    prev: str
    mac: str


def entry_mac(key: bytes, seq: int, at: datetime, actor: str, action: str, reference: str, prev: str) -> str:
    when = (at if at.tzinfo else at.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)
    body = json.dumps([seq, when.isoformat(timespec="microseconds"), actor, action, reference, prev],
                      separators=(",", ":"))
    return hmac.new(key, body.encode(), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class AuditReport:
    entries: int
    first_bad: int | None  # sequence number where the chain breaks (None: intact)
    problem: str = ""

    @property
    def ok(self) -> bool:
        return self.first_bad is None


def verify_chain(key: bytes, entries: list[AuditEntry], head: tuple[int, str] | None) -> AuditReport:
    """Check sequence continuity, each MAC, each link, and the recorded head (catches a cut tail)."""
    prev = GENESIS
    expected_seq = 1
    for entry in entries:
        if entry.seq != expected_seq:
            return AuditReport(len(entries), expected_seq, "missing")
        if entry.prev != prev:
            return AuditReport(len(entries), entry.seq, "link")
        if not hmac.compare_digest(entry.mac, entry_mac(key, entry.seq, entry.at, entry.actor, entry.action,
                                                        entry.reference, entry.prev)):
            return AuditReport(len(entries), entry.seq, "altered")
        prev = entry.mac
        expected_seq += 1
    last = (entries[-1].seq, entries[-1].mac) if entries else (0, GENESIS)
    if head is not None and tuple(head) != last:
        return AuditReport(len(entries), min(head[0], last[0]) + 1, "truncated")
    return AuditReport(len(entries), None)
