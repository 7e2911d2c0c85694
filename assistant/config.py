"""Configuration from the environment (prefix ``MELDCODE_``) and an optional ``.env`` file."""

from __future__ import annotations

import os
import re
from datetime import time
from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "meldcode"


class ConfigError(Exception):
    """A configuration value is invalid; the message is one line fit for a terminal."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="MELDCODE_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        populate_by_name=True,
    )

    language: Literal["nl", "en"] = "nl"
    data_dir: Path = Field(default_factory=_default_data_dir)
    database_url: str | None = None
    # Step at which the afwegingskader is asked: 4 = basismodel 2019 (questions 1-2 at
    # step 4, 3-5 at step 5), 5 = all five questions at step 5 (KNMG).
    afwegingskader_step: int = 4
    default_sector: str | None = None
    # Platform user ids of the aandachtsfunctionarissen (comma separated in the environment).
    aandachtsfunctionarissen: Annotated[list[str], NoDecode] = Field(default_factory=list)
    console_user: str = Field(default_factory=lambda: os.environ.get("USER") or "console")
    # Dates ("today", the date on a card) are the organisation's local dates.
    timezone: str = "Europe/Amsterdam"
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "WARNING"
    # Master key(s): base64 of 32 bytes, the current one first (comma separated), or a key file.
    master_key: SecretStr | None = None
    master_key_file: Path | None = None
    retention_days: int = Field(default=365, ge=1)
    action_ttl_days: int = Field(default=30, ge=1)
    # The server for Slack and Teams (meldcode serve).
    host: str = "127.0.0.1"
    port: int = Field(default=3978, ge=1, le=65535)
    # Slack: the platform's own variable names.
    slack_bot_token: SecretStr | None = Field(default=None, validation_alias="SLACK_BOT_TOKEN")
    slack_signing_secret: SecretStr | None = Field(default=None, validation_alias="SLACK_SIGNING_SECRET")
    slack_app_token: SecretStr | None = Field(default=None, validation_alias="SLACK_APP_TOKEN")
    slack_api_url: str | None = Field(default=None, validation_alias="SLACK_API_URL")
    slack_channel: str | None = None  # the channel id where case threads are posted
    # Microsoft Teams: the platform's own variable names.
    microsoft_app_id: str | None = Field(default=None, validation_alias="MICROSOFT_APP_ID")
    microsoft_app_password: SecretStr | None = Field(default=None, validation_alias="MICROSOFT_APP_PASSWORD")
    microsoft_app_tenant_id: str | None = Field(default=None, validation_alias="MICROSOFT_APP_TENANT_ID")
    microsoft_app_type: Literal["MultiTenant", "SingleTenant", "UserAssignedMSI"] = Field(
        default="MultiTenant", validation_alias="MICROSOFT_APP_TYPE")
    teams_disable_auth: bool = False  # only for the Bot Framework Emulator and tests
    teams_channel: str | None = None  # the channel id (19:...@thread.tacv2) where case cards go
    # Aandachtsfunctionarissen by membership, besides the ids above: a Slack user group (S...)
    # or a Teams channel (19:...) whose members hold the role.
    slack_aandachtsfunctionaris_group: str | None = None
    teams_aandachtsfunctionaris_channel: str | None = None
    # Reminders: working hours (organisation's time zone) on weekdays, Dutch public holidays off.
    working_hours: str = "08:30-17:00"
    # Working days per step before its reminder: "1=2,2=3,..."; per sector "onderwijs:1=1,2=2;kinderopvang:1=1".
    reminder_days: Annotated[dict[int, float], NoDecode] = Field(
        default_factory=lambda: {1: 2, 2: 3, 3: 5, 4: 3, 5: 3})
    reminder_days_by_sector: Annotated[dict[str, dict[int, float]], NoDecode] = Field(default_factory=dict)
    escalation_days: float = Field(default=2, gt=0, le=60)  # after the reminder, to the aandachtsfunctionaris
    vt_feedback_days: float = Field(default=5, gt=0, le=60)  # after a melding: check Veilig Thuis's feedback
    snooze_limit: int = Field(default=3, ge=0, le=10)
    reminder_interval_seconds: int = Field(default=60, ge=1, le=3600)

    @field_validator("teams_channel", "teams_aandachtsfunctionaris_channel")
    @classmethod
    def _channel_id(cls, value: str | None) -> str | None:
        # the id itself, or "Get link to channel": the id URL-encoded (19%3a...%40thread.tacv2) in a link
        from urllib.parse import unquote

        if not value or not value.strip():
            return None
        text = unquote(value).strip()
        found = re.search(r"19:[^/?&\s]+@thread\.[a-z0-9]+", text)
        if found and not found.group(0).startswith("19:meeting_"):  # a meeting's chat is no channel
            return found.group(0)
        if "/" in text or text.startswith("19:meeting_"):
            raise ValueError("a channel id (19:...@thread.tacv2) or the channel's link")
        return text

    @field_validator("teams_aandachtsfunctionaris_channel", mode="after")
    @classmethod
    def _contacts_apart(cls, value: str | None, info: ValidationInfo) -> str | None:
        # the case channel's members are everyone who works on cases: they are not all contact persons
        if value and value == info.data.get("teams_channel"):
            raise ValueError("not the case channel")
        return value

    @field_validator("aandachtsfunctionarissen", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("working_hours")
    @classmethod
    def _check_hours(cls, value: str) -> str:
        match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*", value)
        if not match:
            raise ValueError("HH:MM-HH:MM")
        h1, m1, h2, m2 = map(int, match.groups())
        if not (0 <= h1 < 24 and 0 <= h2 < 24 and m1 < 60 and m2 < 60 and (h1, m1) < (h2, m2)):
            raise ValueError("HH:MM-HH:MM")
        return f"{h1:02d}:{m1:02d}-{h2:02d}:{m2:02d}"

    @property
    def working_time(self) -> tuple[time, time]:
        start, end = self.working_hours.split("-")
        return time.fromisoformat(start), time.fromisoformat(end)

    @field_validator("reminder_days", mode="before")
    @classmethod
    def _parse_days(cls, value: object) -> object:
        if isinstance(value, str):
            days = _step_days(value)
            return {**{1: 2, 2: 3, 3: 5, 4: 3, 5: 3}, **days}
        return value

    @field_validator("reminder_days_by_sector", mode="before")
    @classmethod
    def _parse_sector_days(cls, value: object) -> object:
        if isinstance(value, str):
            parsed: dict[str, dict[int, float]] = {}
            for part in value.split(";"):
                if not part.strip():
                    continue
                sector, _, days = part.partition(":")
                if not re.fullmatch(r"[a-z][a-z0-9_]*", sector.strip()):
                    raise ValueError("sector:1=2,2=3;...")
                parsed[sector.strip()] = _step_days(days)
            return parsed
        return value

    def days_for(self, sector: str, step: int) -> float:
        """Working days before the reminder of ``step`` for a case of ``sector``."""
        return self.reminder_days_by_sector.get(sector, {}).get(step, self.reminder_days.get(step, 3))

    @field_validator("database_url")
    @classmethod
    def _check_url(cls, value: str | None) -> str | None:
        if value is None or value.strip() == "":
            return None
        value = value.strip()
        if value.startswith("postgresql://") or value.startswith("postgres://"):
            value = "postgresql+asyncpg://" + value.split("://", 1)[1]
        if not (value.startswith("postgresql+asyncpg://") or value.startswith("sqlite+aiosqlite://")):
            raise ValueError("a postgresql:// or sqlite+aiosqlite:// URL")
        return value

    @field_validator("console_user")
    @classmethod
    def _console_user(cls, value: str) -> str:
        return value.strip() or "console"

    @field_validator("timezone")
    @classmethod
    def _check_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("an IANA time zone") from None
        return value

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @field_validator("afwegingskader_step")
    @classmethod
    def _check_step(cls, value: int) -> int:
        if value not in (4, 5):
            raise ValueError("4 or 5")
        return value

    @field_validator("default_sector")
    @classmethod
    def _check_sector(cls, value: str | None) -> str | None:
        # "sector" or "sector:variant"; whether a plugin offers it is checked when the assistant starts
        if value and not re.fullmatch(r"[a-z][a-z0-9_]*(:[a-z][a-z0-9_]*)?", value):
            raise ValueError("a sector key, optionally with :variant")
        return value or None

    @property
    def slack_enabled(self) -> bool:
        return bool(self.slack_bot_token and (self.slack_signing_secret or self.slack_app_token))

    @property
    def teams_enabled(self) -> bool:
        return bool(self.microsoft_app_id) or self.teams_disable_auth

    @property
    def key_file(self) -> Path:
        return self.master_key_file or self.data_dir / "master.key"

    @property
    def embedded_database(self) -> bool:
        return self.database_url is None

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{self.data_dir / 'meldcode.sqlite3'}"


def _step_days(text: str) -> dict[int, float]:
    """ "1=2,2=3.5" -> {1: 2.0, 2: 3.5}: steps 1-5, working days > 0."""
    days = {}
    for part in text.split(","):
        if not part.strip():
            continue
        step, _, value = part.partition("=")
        try:
            number, amount = int(step), float(value)
        except ValueError:
            raise ValueError("step=days, e.g. 1=2,2=3") from None
        if number not in range(1, 6) or not 0 < amount <= 60:
            raise ValueError("steps 1-5, days above 0")
        days[number] = amount
    return days


def _error_language() -> str:
    """The language for start-up errors: MELDCODE_LANGUAGE from the environment or ``.env``."""
    language = os.environ.get("MELDCODE_LANGUAGE")
    if language is None and Path(".env").is_file():
        from dotenv import dotenv_values

        language = dotenv_values(".env").get("MELDCODE_LANGUAGE")
    language = (language or "nl").strip().lower()
    return language if language in ("nl", "en") else "nl"


def load_settings(**overrides: object) -> Settings:
    """Load settings; raise ConfigError with one line naming the variable on bad input."""
    from assistant.i18n import Translator

    t = Translator(_error_language())
    try:
        settings = Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        error = exc.errors()[0]
        field = str(error["loc"][0]) if error["loc"] else "other"
        key = f"config.expects.{field}"
        expected = t(key) if t.has(key) else t("config.expects.other")
        raise ConfigError(t("config.invalid", variable=f"MELDCODE_{field.upper()}", expected=expected)) from None
    try:
        # Only the assistant's own user may read what it stores.
        settings.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(settings.data_dir, 0o700)
    except OSError:
        raise ConfigError(t("config.no_dir", variable="MELDCODE_DATA_DIR", path=settings.data_dir)) from None
    return settings
