"""The Teams app package: manifest.json with the bot id, and the two icons, zipped.

Sideload it in Teams (Apps → Manage your apps → Upload an app) or hand it to the Teams
administrator. The icons are drawn here (PNG written with zlib): no image files in the repo.
"""

from __future__ import annotations

import json
import struct
import uuid
import zipfile
import zlib
from pathlib import Path

MANIFEST_VERSION = "1.17"
COLOR = (44, 62, 80)  # the Slack app's background colour, for one face on both platforms


def _png(size: int, draw: "callable[[int, int], tuple[int, int, int, int]]") -> bytes:  # type: ignore[valid-type]
    rows = b"".join(b"\x00" + b"".join(bytes(draw(x, y)) for x in range(size)) for y in range(size))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def _shield(size: int, x: int, y: int) -> bool:
    """A simple shield shape (the mark of the app) in a square of ``size``."""
    cx, top, bottom = size / 2, size * 0.18, size * 0.85
    if not top <= y <= bottom:
        return False
    half = size * 0.32 if y < size * 0.55 else size * 0.32 * (bottom - y) / (bottom - size * 0.55)
    return abs(x + 0.5 - cx) <= half


def color_icon() -> bytes:
    return _png(192, lambda x, y: (255, 255, 255, 255) if _shield(192, x, y) else (*COLOR, 255))


def outline_icon() -> bytes:
    return _png(32, lambda x, y: (255, 255, 255, 255) if _shield(32, x, y) else (0, 0, 0, 0))


def manifest(bot_id: str, *, name: str = "Meldcode-assistent", host: str = "meldcode.example.org",
             version: str = "0.1.0") -> dict:
    return {
        "$schema": f"https://developer.microsoft.com/en-us/json-schemas/teams/v{MANIFEST_VERSION}/MicrosoftTeams.schema.json",
        "manifestVersion": MANIFEST_VERSION,
        "version": version,
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"meldcode-assistant:{bot_id}")),
        "developer": {
            "name": "meldcode-assistant",
            "websiteUrl": f"https://{host}",
            "privacyUrl": f"https://{host}/privacy",
            "termsOfUseUrl": f"https://{host}/terms",
        },
        "name": {"short": name[:30], "full": "Meldcode huiselijk geweld en kindermishandeling"},
        "description": {
            "short": "Begeleidt je door de meldcode, zonder namen in Teams.",
            "full": ("Opent een casus, loopt de vijf stappen en het afwegingskader met je door, legt "
                     "collegiale consultatie vast en helpt beslissen: melden bij Veilig Thuis en/of hulp. "
                     "Namen van kinderen, ouders en cliënten komen nooit in Teams."),
        },
        "icons": {"color": "color.png", "outline": "outline.png"},
        "accentColor": "#{:02X}{:02X}{:02X}".format(*COLOR),
        "bots": [{
            "botId": bot_id,
            "scopes": ["personal", "team"],
            "supportsFiles": False,
            "isNotificationOnly": False,
            "commandLists": [{
                "scopes": ["personal", "team"],
                "commands": [
                    {"title": "nieuw", "description": "Een casus openen"},
                    {"title": "overzicht", "description": "Je open casussen"},
                    {"title": "help", "description": "Wat je kunt doen"},
                ],
            }],
        }],
        "permissions": ["identity", "messageTeamMembers"],
        # Resource-specific consent: the bot receives replies in the case channel without being
        # mentioned (else Teams delivers only messages that @mention it).
        "webApplicationInfo": {"id": bot_id, "resource": "https://RscPermission"},
        "authorization": {"permissions": {"resourceSpecific": [
            {"name": "ChannelMessage.Read.Group", "type": "Application"}]}},
        "validDomains": [host],
    }


def write_package(path: Path, bot_id: str, **kwargs: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest(bot_id, **kwargs), indent=2, ensure_ascii=False))
        archive.writestr("color.png", color_icon())
        archive.writestr("outline.png", outline_icon())
    return path
