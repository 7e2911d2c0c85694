"""Privacy by construction: keys and encryption at rest, the case vault, redaction, the
outbound guard, sealed action payloads and the audit log."""
