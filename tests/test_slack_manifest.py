"""The Slack app manifest asks exactly the scopes the code uses."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]

# Web API methods the adapter calls -> the bot scope each needs (None: no scope).
SCOPES = {
    "chat_postMessage": "chat:write",
    "chat_update": "chat:write",
    "chat_postEphemeral": "chat:write",
    "users_info": "users:read",
    "usergroups_users_list": "usergroups:read",
    "views_open": None,
    "views_publish": None,
    "auth_test": None,
}
# Features that need a scope without a Web API call.
FEATURES = {
    r"\.command\(": "commands",
    r'event\("message"\)': ("channels:history", "groups:history"),
}


def test_manifest_scopes_match_the_code() -> None:
    code = (ROOT / "adapters/slack/__init__.py").read_text()
    manifest = yaml.safe_load((ROOT / "adapters/slack/manifest.yaml").read_text())
    called = set(re.findall(r"client\.([a-zA-Z]+_[a-zA-Z_]+)\(", code))
    assert called <= set(SCOPES), f"unmapped Slack method(s): {called - set(SCOPES)}"
    needed = {SCOPES[m] for m in called} - {None}
    for pattern, scopes in FEATURES.items():
        if re.search(pattern, code):
            needed |= {scopes} if isinstance(scopes, str) else set(scopes)
    assert set(manifest["oauth_config"]["scopes"]["bot"]) == needed
    events = set(manifest["settings"]["event_subscriptions"]["bot_events"])
    assert events == {"app_home_opened", "message.channels", "message.groups"}
    assert manifest["features"]["slash_commands"][0]["command"] == "/meldcode"
    assert manifest["settings"]["interactivity"]["is_enabled"] is True
