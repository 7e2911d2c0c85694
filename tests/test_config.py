"""Configuration: defaults that work, and one clear line for a bad value."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.config import ConfigError, load_settings

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for key in list(os.environ):
        if key.startswith("MELDCODE_"):
            monkeypatch.delenv(key)
    monkeypatch.chdir(tmp_path)  # no stray .env file


def test_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    settings = load_settings()
    assert settings.language == "nl"
    assert settings.afwegingskader_step == 4
    assert settings.data_dir == tmp_path / "xdg" / "meldcode"
    assert settings.data_dir.is_dir()  # created on first run
    assert settings.effective_database_url.startswith("sqlite+aiosqlite:///")


def test_environment_and_dotenv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".env").write_text("MELDCODE_LANGUAGE=en\nMELDCODE_AANDACHTSFUNCTIONARISSEN=U1, U2\n")
    monkeypatch.setenv("MELDCODE_DATA_DIR", str(tmp_path / "d"))
    monkeypatch.setenv("MELDCODE_AFWEGINGSKADER_STEP", "5")
    monkeypatch.setenv("MELDCODE_DATABASE_URL", "postgresql://u@127.0.0.1/db")
    settings = load_settings()
    assert settings.language == "en"
    assert settings.aandachtsfunctionarissen == ["U1", "U2"]
    assert settings.afwegingskader_step == 5
    assert settings.effective_database_url == "postgresql+asyncpg://u@127.0.0.1/db"


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("MELDCODE_LANGUAGE", "fr", "MELDCODE_LANGUAGE: ongeldige waarde; verwacht 'nl' of 'en'"),
        ("MELDCODE_AFWEGINGSKADER_STEP", "3", "MELDCODE_AFWEGINGSKADER_STEP: ongeldige waarde; verwacht 4 of 5"),
        ("MELDCODE_DATABASE_URL", "mysql://x", "MELDCODE_DATABASE_URL: ongeldige waarde"),
        ("MELDCODE_DEFAULT_SECTOR", "Bakkerij!", "MELDCODE_DEFAULT_SECTOR: ongeldige waarde"),
    ],
)
def test_invalid_value_names_the_variable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                          variable: str, value: str, expected: str) -> None:
    monkeypatch.setenv("MELDCODE_DATA_DIR", str(tmp_path / "d"))
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError) as info:
        load_settings()
    assert str(info.value).startswith(expected)
    assert "\n" not in str(info.value)


def test_bad_value_stops_the_command_with_one_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MELDCODE_")}
    env.update(MELDCODE_LANGUAGE="en", MELDCODE_AFWEGINGSKADER_STEP="seven", MELDCODE_DATA_DIR=str(tmp_path / "d"))
    result = subprocess.run([sys.executable, "-m", "meldcode"], input="", capture_output=True, text=True,
                            env=env, cwd=tmp_path, timeout=60)
    assert result.returncode == 2
    assert result.stderr.strip() == "MELDCODE_AFWEGINGSKADER_STEP: invalid value; expected 4 or 5"
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_unwritable_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("MELDCODE_DATA_DIR", str(blocker / "sub"))
    with pytest.raises(ConfigError, match="^MELDCODE_DATA_DIR: "):
        load_settings()


def test_a_default_sector_no_plugin_offers_stops_start_up_naming_the_valid_ones(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MELDCODE_")}
    env.update(MELDCODE_LANGUAGE="en", MELDCODE_DEFAULT_SECTOR="onderwijs:bakker", MELDCODE_DATA_DIR=str(tmp_path / "d"))
    result = subprocess.run([sys.executable, "-m", "meldcode"], input="", capture_output=True, text=True,
                            env=env, cwd=tmp_path, timeout=120)
    assert result.returncode == 2
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("MELDCODE_DEFAULT_SECTOR: invalid value; expected gezondheidszorg, gezondheidszorg:arts")
    assert "onderwijs:medewerker" in last and "Traceback" not in result.stderr


CHANNEL = "19:0a1b2c3d4e5f60718293a4b5c6d7e8f9@thread.tacv2"
CONTACTS_CHANNEL = "19:f9e8d7c6b5a4039281706f5e4d3c2b1a@thread.tacv2"


def channel_link(channel: str, name: str = "Algemeen") -> str:
    """What Teams' "Get link to channel" gives: the id URL-encoded in lower case, the team and tenant."""
    encoded = channel.replace(":", "%3a").replace("@", "%40")
    return (f"https://teams.microsoft.com/l/channel/{encoded}/{name}"
            "?groupId=0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0&tenantId=12345678-9abc-def0-1234-56789abcdef0")


def test_a_teams_channel_may_be_given_as_its_link(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MELDCODE_DATA_DIR", str(tmp_path / "d"))
    monkeypatch.setenv("MELDCODE_TEAMS_CHANNEL", channel_link(CHANNEL))
    monkeypatch.setenv("MELDCODE_TEAMS_AANDACHTSFUNCTIONARIS_CHANNEL", channel_link(CONTACTS_CHANNEL, "Meldcode%20AF"))
    settings = load_settings()
    assert settings.teams_channel == CHANNEL
    assert settings.teams_aandachtsfunctionaris_channel == CONTACTS_CHANNEL
    # the id itself, encoded or not, is kept as it is
    monkeypatch.setenv("MELDCODE_TEAMS_CHANNEL", CHANNEL)
    encoded = CONTACTS_CHANNEL.replace(":", "%3a").replace("@", "%40")
    monkeypatch.setenv("MELDCODE_TEAMS_AANDACHTSFUNCTIONARIS_CHANNEL", encoded)
    settings = load_settings()
    assert (settings.teams_channel, settings.teams_aandachtsfunctionaris_channel) == (CHANNEL, CONTACTS_CHANNEL)


@pytest.mark.parametrize("contacts", [CHANNEL, channel_link(CHANNEL)], ids=["id", "link"])
def test_the_contacts_channel_may_not_be_the_case_channel(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                         contacts: str) -> None:
    monkeypatch.setenv("MELDCODE_DATA_DIR", str(tmp_path / "d"))
    monkeypatch.setenv("MELDCODE_TEAMS_CHANNEL", CHANNEL)
    monkeypatch.setenv("MELDCODE_TEAMS_AANDACHTSFUNCTIONARIS_CHANNEL", contacts)
    with pytest.raises(ConfigError) as info:
        load_settings()
    message = str(info.value)
    assert message.startswith("MELDCODE_TEAMS_AANDACHTSFUNCTIONARIS_CHANNEL: ongeldige waarde; verwacht een ander "
                              "kanaal dan het casuskanaal (MELDCODE_TEAMS_CHANNEL)"), message
    assert "\n" not in message


@pytest.mark.parametrize("variable", ["MELDCODE_TEAMS_CHANNEL", "MELDCODE_TEAMS_AANDACHTSFUNCTIONARIS_CHANNEL"])
@pytest.mark.parametrize("link", [
    "https://teams.microsoft.com/l/chat/0/0?users=prof.a@example.nl",
    "https://example.sharepoint.com/sites/Meldcode/Gedeelde%20documenten/Algemeen",
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Synthetisch123%40thread.v2/0?context=%7b%7d",
], ids=["chat", "sharepoint", "meeting"])
def test_a_link_to_something_other_than_a_channel_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                             variable: str, link: str) -> None:
    monkeypatch.setenv("MELDCODE_DATA_DIR", str(tmp_path / "d"))
    monkeypatch.setenv(variable, link)
    with pytest.raises(ConfigError) as info:
        load_settings()
    assert str(info.value).startswith(f"{variable}: ongeldige waarde; verwacht "), str(info.value)
    assert "\n" not in str(info.value)
