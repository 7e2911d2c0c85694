"""No vault name typed in any free-text field reaches the chat platform (issue 11, "Tests").

End to end on Slack (genuinely signed requests against the fake Web API, tests/slackfake),
Microsoft Teams (Bot Framework activities against the fake connector, tests/teamsfake) and the
console (a terminal: lines typed one at a time, everything printed is what the user sees).

One case per platform is opened with two synthetic persons (Faker ``nl_NL``, never real people):
a child and a mother who share a surname. Every free-text field is then filled, through the
platform's own UI (the case card's buttons, the aandachtsfunctionaris's case view, the owner's
direct message, the case thread), with a text that names both in several spellings (full name,
first name alone, "mevrouw <surname>", lower case, "Emma's", "E. <surname>") next to a piece of
clinical content unique to that field. Afterwards:

1. nothing that was sent (every Web API call and connector request, every HTTP answer the adapter
   gave, every line printed on the console) contains a vault name in any of those spellings
   (case-insensitive, diacritics and Unicode look-alikes folded), while the clinical content and
   the role placeholders ``[kind]`` and ``[moeder]`` did arrive;
2. every field's text was stored (the case, its timeline) and is shown redacted where it belongs.

A second, parametrised test puts Unicode and glued spellings of the child's name in a note
(``Daan_Jansen``, zero-width characters, Cyrillic look-alikes, full-width, ...), one fresh case
per spelling on one server per platform.

Sealed tokens (buttons, forms) are encrypted and authenticated and are left out of the
comparison: a run of 40+ base64url characters cannot hold typed text, and a random one could
hold a short name by chance.
"""

from __future__ import annotations

import asyncio
import io
import itertools
import json
import os
import queue
import re
import unicodedata
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from faker import Faker

from adapters.console import ConsoleChat, ConsolePort
from assistant.cards import FormField
from assistant.config import load_settings
from assistant.i18n import Translator
from assistant.port import Actor
from assistant.privacy.keys import KeyRing, new_key
from assistant.privacy.redact import PARTICLES
from assistant.service import Assistant
from assistant.storage import Store
from slackfake import CHANNEL as SLACK_CHANNEL
from slackfake import block_actions, button_action, checkbox_sections
from slackfake import button as slack_button
from slackfake import texts as slack_texts
from teamsfake import CARD_TYPE, card_text, elements, step_save, toggles
from teamsfake import button as teams_button
import test_slack
import test_teams

ROOT = Path(__file__).resolve().parents[1]
T = Translator("nl")
LABEL = {key: T(f"action.{key}") for key in (
    "note", "consult", "vt_advice", "skip", "weigh", "melding", "help", "vt_feedback", "consult_request",
    "ask_info", "info", "close", "reopen", "timeline")}

# ---------------------------------------------------------------------------
# synthetic persons: a child and a mother with one surname

# Words the assistant itself shows (catalogues, meldcode, plugins) and the test's own texts: a
# name part that occurs in none of them can only be in an outbound message as a leak.
PROFESSIONALS = "prof collega aandacht leerkracht een twee drie negen synthetisch casussen kantine meldcode"
CLINICAL = {
    "description": "blauwe plekken op beide bovenarmen",
    "note": "plast weer in bed sinds de herfstvakantie",
    "consult": "signalen passen bij lichamelijke mishandeling",
    "with_whom": "jeugdarts",
    "vt_advice": "gesprek voeren over de verwondingen",
    "skip": "gesprek brengt het kind in gevaar",
    "question1": "angstig bij harde geluiden",
    "question2": "herhaald letsel over meerdere weken",
    "decision": "structurele onveiligheid thuis",
    "melding": "telefonisch gemeld bij de adviseur",
    "help": "wekelijkse gesprekken met de schoolmaatschappelijk werker",
    "vt_feedback": "veiligheidsbeoordeling afgerond",
    "close": "zorgen afgenomen en hulp loopt goed",
    "reopen": "nieuwe signalen en zorgt voor de jongere kinderen",
    "consult_request": "meedenken over de meldnorm",
    "ask_info": "sinds wanneer zijn de plekken zichtbaar",
    "info": "striemen op de rug gezien bij gym",
    "thread_reply": "zit vaak alleen in de pauze",
    "unicode": "valt vaak in slaap in de klas",
}
TEMPLATE_WORDS = ("moeder is volgens mevrouw klopt dat en zegt het ook komen morgen terug met "
                  "gesprek op school")


def _corpus() -> str:
    files = [*(ROOT / "assistant" / "locales").glob("*.toml"), *(ROOT / "assistant" / "meldcode").glob("*.toml")]
    files += [p for p in (ROOT / "plugins").rglob("*") if p.is_file() and p.suffix in (".toml", ".py", ".json", ".yaml")]
    text = " ".join(p.read_text(encoding="utf-8", errors="ignore") for p in files)
    return " ".join([text, PROFESSIONALS, TEMPLATE_WORDS, *CLINICAL.values()]).lower()


def _family(seed: int) -> tuple[str, str, str]:
    """(child's first name, mother's first name, shared surname): plain letters, a surname without
    tussenvoegsel, none of them anywhere in the assistant's own texts or in each other."""
    fake = Faker("nl_NL")
    fake.seed_instance(seed)
    corpus = _corpus()
    while True:
        child, mother, last = fake.first_name(), fake.first_name_female(), fake.last_name()
        parts = [child, mother, last]
        if not all(p.isascii() and p.isalpha() for p in parts) or last.lower() in PARTICLES:
            continue
        if not (4 <= len(child) <= 8 and 4 <= len(mother) <= 8 and len(last) >= 5):
            continue
        if any(p.lower() in corpus for p in parts) or len({p.lower() for p in parts}) < 3:
            continue
        if any(a.lower() in b.lower() for a in parts for b in parts if a != b):
            continue
        if not set(child[1:].lower()) & set("aceopxyijs"):  # a letter after the first with a Cyrillic look-alike
            continue
        return child, mother, last


CHILD_FIRST, MOTHER_FIRST, LAST = _family(20260311)
CHILD = f"{CHILD_FIRST} {LAST}"
MOTHER = f"{MOTHER_FIRST} {LAST}"
PERSONS = [(CHILD, "kind"), (MOTHER, "moeder")]
NAME_PARTS = [CHILD_FIRST, MOTHER_FIRST, LAST]
GLUED = [CHILD_FIRST + LAST, MOTHER_FIRST + LAST]


def spelled(marker: str) -> str:
    """A free text naming both persons in every ordinary spelling, around clinical content."""
    return (f"{CHILD} ({CHILD_FIRST}'s moeder is {MOTHER}): {marker}; volgens mevrouw {LAST} klopt dat, "
            f"en {CHILD_FIRST.lower()} {LAST.lower()} zegt het ook. {CHILD_FIRST[0]}. {LAST} en {MOTHER_FIRST} "
            f"komen morgen terug.")


WITH_WHOM = f"{CLINICAL['with_whom']}, met {MOTHER} en {CHILD_FIRST.lower()}"  # a short text field (200)

# ---------------------------------------------------------------------------
# finding a name in what was sent

# Look-alike letters (Unicode's confusables for the Latin alphabet: Cyrillic and Greek).
CONFUSABLES = str.maketrans({
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "і": "i", "ј": "j", "ѕ": "s",
    "ԁ": "d", "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w", "ɡ": "g", "ո": "n", "ս": "u",
    "А": "A", "В": "B", "Е": "E", "Н": "H", "К": "K", "М": "M", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "Х": "X", "Ү": "Y", "І": "I", "Ј": "J", "Ѕ": "S", "Ԁ": "D", "Ԛ": "Q", "Ԝ": "W",
    "α": "a", "ο": "o", "ρ": "p", "ν": "v", "τ": "t", "ι": "i", "κ": "k", "υ": "u",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
})
SEP = r"(?:[^\w\n]|_){0,2}"  # what may stand between the letters of a name ("D a a n", "Da*a*n")
TOKEN = test_slack.SEALED  # a sealed token (AEAD, base64url): no typed text in it


def visible(text: str) -> str:
    """The text as a reader takes it in: compatibility forms (full-width, mathematical letters)
    to plain ones, invisible format characters gone, look-alikes to Latin, no diacritics, lower case."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf").translate(CONFUSABLES)
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return text.casefold()


def find_leak(outbound: str, parts: list[str] = NAME_PARTS, glued: list[str] = GLUED) -> str | None:
    """The first vault name found in ``outbound`` in any spelling, with its context; else None.
    Sealed tokens (long base64url runs) are left out: their random letters may spell anything."""
    seen = visible(test_slack.unsealed(outbound))
    for part in parts:
        letters = visible(part)
        pattern = r"(?<![^\W\d_])" + SEP.join(map(re.escape, letters)) + r"(?![^\W\d_])"
        hit = re.search(pattern, seen)
        if hit is None:
            continue
        return f"{part!r}: ...{seen[max(0, hit.start() - 100):hit.end() + 100]}..."
    for name in glued:
        at = seen.find(visible(name))
        if at >= 0:
            return f"{name!r}: ...{seen[max(0, at - 100):at + len(name) + 100]}..."
    return None


def strings(node: Any, out: list[str]) -> None:
    """Every string in a recorded request or answer, except sealed tokens."""
    if isinstance(node, dict):
        for value in node.values():
            strings(value, out)
    elif isinstance(node, list):
        for value in node:
            strings(value, out)
    elif isinstance(node, str):
        if node[:1] in "{[":
            try:
                strings(json.loads(node), out)
                return
            except ValueError:
                pass
        if not TOKEN.fullmatch(node):
            out.append(node)


def flatten(items: list[Any]) -> str:
    out: list[str] = []
    strings(items, out)
    return "\n\n\n".join(out)  # more than SEP allows: a name never spans two strings


def line_with(text: str, marker: str) -> str | None:
    return next((line for line in text.splitlines() if marker in line), None)


async def until(check: Callable[[], Awaitable[Any]], what: str, timeout: float = 8.0) -> Any:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        value = await check()
        if value:
            return value
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


# ---------------------------------------------------------------------------
# drivers: the same user actions on each platform
#
# Every driver opens a case and fills forms from the case card's buttons; ``chain`` is the
# answers of one form and of the forms that follow it (the afwegingskader's questions and the
# decision). A form returns "saved" when the case changed, else why not.


class Driver:
    name = ""
    store: Store
    case_id = ""
    reference = ""

    def sources(self) -> list[list[Any]]:
        """The recordings of what was sent, each in the order it was sent."""
        raise NotImplementedError

    def mark(self) -> tuple[int, ...]:
        return tuple(len(source) for source in self.sources())

    def outbound(self, mark: tuple[int, ...] | None = None, end: tuple[int, ...] | None = None) -> str:
        """What was sent from ``mark`` up to ``end`` (everything by default), as text."""
        sources = self.sources()
        mark = mark or (0,) * len(sources)
        end = end or tuple(len(source) for source in sources)
        return self.render([item for source, a, b in zip(sources, mark, end) for item in source[a:b]])

    def render(self, items: list[Any]) -> str:
        return flatten(items)

    async def version(self) -> int:
        state = await self.store.load(self.case_id)
        assert state is not None
        return state.version

    async def state(self):
        state = await self.store.load(self.case_id)
        assert state is not None
        return state

    async def _saved(self, before: int, refusal: str = "") -> str:
        if refusal:
            return f"refused: {refusal}"
        if await self.version() > before:
            return "saved"
        return f"not saved: {self.last_notice()}"

    def last_notice(self) -> str:
        return ""


class SlackDriver(Driver):
    """Modals opened by the case card's buttons (views.open), submitted as view_submission."""

    name = "slack"
    OWNER, AF, COLLEAGUE = "U1", "U9", "U2"

    def __init__(self, rig: Any) -> None:
        self.rig = rig
        self.fake = rig.fake
        self.store = rig.store
        self.ts = ""
        self._events = itertools.count(1)
        self._triggers = itertools.count(1)

    def sources(self) -> list[list[Any]]:
        """Web API calls, response-URL posts, Socket Mode messages and our answers to Slack's requests."""
        return [[data for _, data in self.fake.calls], self.fake.responds, self.fake.socket_received,
                self.rig.responses]

    async def settle(self, quiet: float = 0.15, timeout: float = 5.0) -> None:
        """Until nothing more is sent (the work after an acknowledgement has finished)."""
        loop = asyncio.get_running_loop()
        last, since, deadline = None, loop.time(), loop.time() + timeout
        while loop.time() < deadline:
            now = (len(self.fake.calls), len(self.fake.responds))
            if now != last:
                last, since = now, loop.time()
            elif loop.time() - since >= quiet:
                return
            await asyncio.sleep(0.02)

    def last_notice(self) -> str:
        shown = [d for d in self.fake.of("chat.postMessage") + self.fake.of("chat.postEphemeral")
                 if d.get("channel") != SLACK_CHANNEL or d.get("user")] + self.fake.responds
        return slack_texts(shown[-1].get("blocks") or []) if shown else ""

    @staticmethod
    def answers(values: dict[str, Any]) -> dict[str, Any]:
        out = {k: v for k, v in values.items() if k != "persons"}
        for row, (name, role) in enumerate(values.get("persons") or []):
            out[f"persons__name__{row}"], out[f"persons__role__{row}"] = name, role
        return out

    async def new_case(self, description: str) -> str:
        values = {"sector": "onderwijs", "concerns": ["lichamelijke_mishandeling"], "acute": "nee",
                  "description": description, "persons": PERSONS}
        self.ts = await self.rig.new_case(self.answers(values))
        state = await self.rig.case_for(self.ts)
        self.case_id, self.reference = state.id, state.reference
        await self.settle()
        return "saved"

    async def _modal(self, press: Callable[[], Awaitable[Any]]) -> dict[str, Any]:
        before = len(self.fake.of("views.open"))
        await press()
        await self.fake.wait_for(lambda: len(self.fake.of("views.open")) > before, what="the modal")
        return self.fake.of("views.open")[-1]["view"]

    async def _chain(self, view: dict[str, Any], chain: tuple[dict[str, Any], ...], user: str) -> str:
        before = await self.version()
        for position, values in enumerate(chain):
            status, body = await self.rig.submit(view, self.answers(values), user_id=user)
            assert status == 200
            if body and body.get("response_action") == "errors":
                return f"refused: {body['errors']}"
            if body and body.get("response_action") == "update":
                view = body["view"]
                if position == len(chain) - 1:
                    return f"a further form came: {view['title']['text']}"
                continue
            if position != len(chain) - 1:
                return f"the form closed after {position + 1} of {len(chain)}"
        await self.settle()
        return await self._saved(before)

    def _click(self, blocks: list[dict[str, Any]], label: str, *, user: str, channel: str,
               message_ts: str = "1767225600.000900") -> Callable[[], Awaitable[Any]]:
        element, block_id = slack_button(blocks, label)
        payload = block_actions(button_action(element, block_id), user_id=user, channel=channel,
                                message_ts=message_ts, response_url=self.fake.respond_url,
                                trigger=f"TRIG-PRIV-{next(self._triggers)}")
        return lambda: self.rig.interact(payload)

    async def case_form(self, label: str, *chain: dict[str, Any]) -> str:
        view = await self._modal(lambda: self.rig.press(self.ts, label, user_id=self.OWNER))
        return await self._chain(view, chain, self.OWNER)

    async def af_form(self, label: str, *chain: dict[str, Any]) -> str:
        """The aandachtsfunctionaris opens the case (``/meldcode open MC-…``) and presses a queue action."""
        before = len(self.fake.responds)
        await self.rig.command(f"open {self.reference}", user_id=self.AF)
        shown = (await self.fake.wait_for(lambda: self.fake.responds[before:], what="the case for the AF"))[-1]
        view = await self._modal(self._click(shown["blocks"], label, user=self.AF, channel=SLACK_CHANNEL))
        return await self._chain(view, chain, self.AF)

    def _info_request(self) -> dict[str, Any]:
        found = [d for d in self.fake.of("chat.postMessage") if d["channel"] == self.OWNER
                 and LABEL["info"] in slack_texts(d.get("blocks") or [])]
        assert found, "the owner got no question from the aandachtsfunctionaris"
        return found[-1]

    def info_request_text(self) -> str:
        return slack_texts(self._info_request()["blocks"])

    async def answer_info(self, *chain: dict[str, Any]) -> str:
        """The owner answers with the button in the direct message from the app."""
        view = await self._modal(self._click(self._info_request()["blocks"], LABEL["info"], user=self.OWNER,
                                             channel=f"D0{self.OWNER}"))
        return await self._chain(view, chain, self.OWNER)

    async def thread_reply(self, text: str) -> str:
        """A colleague replies in the case card's thread (a message event)."""
        before = await self.version()
        n = next(self._events)
        status, _, _ = await self.rig.event(self.rig.reply(self.ts, text, user_id=self.COLLEAGUE, n=n), f"EvPRIV{n}")
        assert status == 200
        await until(lambda: self._grown(before), "the reply on the case")
        await self.settle()
        return "saved"

    async def _grown(self, before: int) -> bool:
        return await self.version() > before

    async def tick(self, steps: tuple[int, ...]) -> None:
        """Tick every item of these steps, as checkboxes on the case card."""
        keys = {1: "bronnen", 4: "risico_gewogen"}
        for step in steps:
            section = next(s for s in checkbox_sections(self.fake.latest_card(self.ts))
                           if keys[step] in [o["value"] for o in s["accessory"]["options"]])
            before = await self.version()
            await self.rig.tick(self.ts, keys[step], [o["value"] for o in section["accessory"]["options"]])
            await until(lambda: self._grown(before), f"step {step} ticked")
            await self.settle()

    async def browse(self) -> str:
        """The queue, the owner's list, the timeline and both App Home tabs: more that is sent."""
        mark = self.mark()
        await self.rig.command("wachtrij", user_id=self.AF)
        await self.rig.command("overzicht", user_id=self.OWNER)
        await self.rig.press(self.ts, LABEL["timeline"], user_id=self.OWNER)
        for n, user in enumerate((self.OWNER, self.AF)):
            await self.rig.event({"type": "app_home_opened", "user": user, "channel": f"D0{user}", "tab": "home",
                                  "event_ts": f"1767230400.{n:06d}"}, f"EvPRIVHOME{next(self._events)}")
        await self.fake.wait_for(lambda: len(self.fake.of("views.publish")) >= 2, what="App Home")
        await self.settle()
        return self.outbound(mark)

    async def queue_text(self) -> str:
        before = len(self.fake.responds)
        await self.rig.command("wachtrij", user_id=self.AF)
        answer = (await self.fake.wait_for(lambda: self.fake.responds[before:], what="the queue"))[-1]
        return slack_texts(answer["blocks"])

    def card_text(self) -> str:
        return slack_texts(self.fake.latest_card(self.ts))

    def thread_text(self) -> str:
        return "\n".join(slack_texts(d["blocks"]) for d in self.fake.of("chat.postMessage")
                         if d.get("thread_ts") == self.ts)


class TeamsDriver(Driver):
    """Forms arrive in the personal chat (from the case card's buttons in the channel) and are
    submitted as ``adaptiveCard/action`` invokes; their answer is part of what is sent."""

    name = "teams"
    OWNER, OWNER_NAME = test_teams.OWNER, test_teams.OWNER_NAME
    AF, AF_NAME = test_teams.CONTACT, test_teams.CONTACT_NAME
    COLLEAGUE, COLLEAGUE_NAME = test_teams.COLLEAGUE, test_teams.COLLEAGUE_NAME

    def __init__(self, rig: Any) -> None:
        self.rig = rig
        self.fake = rig.fake
        self.store = rig.store
        self.thread = ""

    def sources(self) -> list[list[Any]]:
        """Requests to the connector and the invoke responses (they go back to Microsoft too)."""
        return [[call.body for call in self.fake.calls], self.rig.responses]

    def last_notice(self) -> str:
        cards = [card for call in self.fake.calls for card in call.cards()]
        return card_text(cards[-1]) if cards else ""

    @staticmethod
    def answers(values: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in values.items():
            if key == "persons":
                for row, (name, role) in enumerate(value):
                    out[f"persons__name__{row}"], out[f"persons__role__{row}"] = name, role
            elif isinstance(value, list):
                out[key] = ",".join(value)
            else:
                out[key] = "" if value is None else value
        return out

    async def new_case(self, description: str) -> str:
        values = {"sector": "onderwijs", "concerns": ["lichamelijke_mishandeling"], "acute": "nee",
                  "description": description, "dossier": "", "persons": PERSONS}
        state = await self.rig.new_case(self.answers(values))
        self.thread = self.fake.channel_creates()[-1].answer["id"]
        self.case_id, self.reference = state.id, state.reference
        return "saved"

    @staticmethod
    def _is_form(card: dict[str, Any]) -> bool:
        return any("mf" in (e.get("data") or {}) for e in elements(card) if e.get("type") == "Action.Execute")

    async def _form_after(self, press: Callable[[], Awaitable[Any]]) -> dict[str, Any]:
        before = len(self.fake.calls)
        await press()
        forms = [card for call in self.fake.calls[before:] for card in call.cards() if self._is_form(card)]
        assert forms, f"no form came; last card: {self.last_notice()}"
        return forms[-1]

    async def _chain(self, form: dict[str, Any], chain: tuple[dict[str, Any], ...], who: tuple[str, str]) -> str:
        before = await self.version()
        for position, values in enumerate(chain):
            stored = await self.version()
            body = await self.rig.invoke(self.rig.filled(form, self.answers(values)), self.rig.personal(*who))
            card = body["value"]
            assert body["type"] == CARD_TYPE, body
            if await self.version() == stored:  # the form came back: with its errors
                return f"refused: {card_text(card)}"
            if self._is_form(card):
                form = card
                if position == len(chain) - 1:
                    return f"a further form came: {card_text(card)[:80]}"
            elif position != len(chain) - 1:
                return f"the form closed after {position + 1} of {len(chain)}"
        return await self._saved(before)

    async def case_form(self, label: str, *chain: dict[str, Any]) -> str:
        where = self.rig.channel(self.OWNER, self.OWNER_NAME, conversation=self.thread)
        form = await self._form_after(lambda: self.rig.press(teams_button(self.rig.case_card(self.thread), label), where))
        return await self._chain(form, chain, (self.OWNER, self.OWNER_NAME))

    async def af_form(self, label: str, *chain: dict[str, Any]) -> str:
        """The aandachtsfunctionaris writes ``open MC-…`` to the bot and presses a queue action."""
        before = len(self.fake.calls)
        await self.rig.say(f"open {self.reference}", self.AF, self.AF_NAME)
        shown = [card for call in self.fake.calls[before:] for card in call.cards()][-1]
        where = self.rig.personal(self.AF, self.AF_NAME)
        form = await self._form_after(lambda: self.rig.press(teams_button(shown, label), where))
        return await self._chain(form, chain, (self.AF, self.AF_NAME))

    def _info_request(self) -> dict[str, Any]:
        found = [card for call in self.fake.calls for card in call.cards()
                 if any(e.get("title") == LABEL["info"] for e in elements(card)) and not self._is_form(card)
                 and call.conversation != self.thread]
        assert found, "the owner got no question from the aandachtsfunctionaris"
        return found[-1]

    def info_request_text(self) -> str:
        return card_text(self._info_request())

    async def answer_info(self, *chain: dict[str, Any]) -> str:
        """The owner answers with the button in the message in the personal chat."""
        where = self.rig.personal(self.OWNER, self.OWNER_NAME)
        form = await self._form_after(lambda: self.rig.press(teams_button(self._info_request(), LABEL["info"]), where))
        return await self._chain(form, chain, (self.OWNER, self.OWNER_NAME))

    async def thread_reply(self, text: str) -> str:
        """A colleague replies in the case card's conversation in the channel."""
        before = await self.version()
        where = self.rig.channel(self.COLLEAGUE, self.COLLEAGUE_NAME, conversation=self.thread)
        status, _ = await self.rig.send(self.rig.acts.message(text, where))
        assert status in (200, 201)
        return await self._saved(before)

    async def tick(self, steps: tuple[int, ...]) -> None:
        for step in steps:
            card = self.rig.case_card(self.thread)
            ids = [key for key in toggles(card) if key.startswith(f"s{step}__")]
            before = await self.version()
            data = step_save(card, ids[0], {key: True for key in ids})
            await self.rig.press(data, self.rig.channel(self.OWNER, self.OWNER_NAME, conversation=self.thread))
            assert await self.version() > before, f"step {step} was not ticked"

    async def browse(self) -> str:
        mark = self.mark()
        await self.rig.say("wachtrij", self.AF, self.AF_NAME)
        await self.rig.say("overzicht")
        await self.rig.press(teams_button(self.rig.case_card(self.thread), LABEL["timeline"]),
                             self.rig.channel(self.OWNER, self.OWNER_NAME, conversation=self.thread))
        return self.outbound(mark)

    async def queue_text(self) -> str:
        before = len(self.fake.calls)
        await self.rig.say("wachtrij", self.AF, self.AF_NAME)
        return "\n".join(card_text(card) for call in self.fake.calls[before:] for card in call.cards())

    def card_text(self) -> str:
        return card_text(self.rig.case_card(self.thread))

    def thread_text(self) -> str:
        return "\n".join(card_text(card) for call in self.fake.of("post", self.thread) for card in call.cards())


class Keyboard:
    """A terminal's standard input: lines typed one at a time (a terminal does not echo them
    into the chat's output, so what is printed is only what the assistant shows)."""

    def __init__(self) -> None:
        self.lines: queue.Queue[str] = queue.Queue()

    def isatty(self) -> bool:
        return True

    def readline(self) -> str:
        return self.lines.get()


class Screen(io.StringIO):
    """Everything the console printed; a write ending in "> " is a prompt (lines end in a newline)."""

    def __init__(self) -> None:
        super().__init__()
        self.chunks: list[str] = []
        self.prompts = 0
        self.prompt = ""

    def write(self, text: str) -> int:
        self.chunks.append(text)
        if text.endswith("> "):
            self.prompts += 1
            self.prompt = text
        return super().write(text)


class ObservedChat(ConsoleChat):
    """The console chat, noting which field it asks (what the user reads above the prompt)."""

    asked: list[FormField]

    async def _ask(self, field: FormField) -> Any:
        self.asked.append(field)
        return await super()._ask(field)


class ConsoleDriver(Driver):
    """The console: numbers for the actions under the last card, codes for checklist items,
    forms asked field by field. The console user is also the aandachtsfunctionaris
    (``MELDCODE_AANDACHTSFUNCTIONARISSEN``): the console has one user."""

    name = "console"
    USER = "prof-a"

    def __init__(self, assistant: Assistant, port: ConsolePort, store: Store, screen: Screen, keyboard: Keyboard,
                 chat: ObservedChat) -> None:
        self.assistant = assistant
        self.port = port
        self.store = store
        self.screen = screen
        self.keyboard = keyboard
        self.chat = chat
        self.task: asyncio.Task[int] | None = None
        self.since = 0

    @classmethod
    async def start(cls, data_dir: Path, redactor: Any) -> "ConsoleDriver":
        settings = load_settings(data_dir=data_dir, aandachtsfunctionarissen=[cls.USER], language="nl",
                                 reminder_interval_seconds=3600)
        store = await Store.open(settings.effective_database_url, KeyRing.of([new_key()], "env"))
        screen, keyboard = Screen(), Keyboard()
        port = ConsolePort(screen, Translator(settings.language))
        assistant = Assistant(settings, store, port, redactor)
        await assistant.start()
        chat = ObservedChat(assistant, port, Actor(cls.USER, cls.USER, binding=ConsoleChat.BINDING), stdin=keyboard)
        chat.asked = []
        driver = cls(assistant, port, store, screen, keyboard, chat)
        driver.task = asyncio.create_task(chat.run())
        await driver._prompted(0)
        return driver

    async def close(self) -> None:
        self.keyboard.lines.put("")  # end of input: the chat ends with exit code 0
        if self.task is not None:
            assert await asyncio.wait_for(self.task, 10) == 0
        await self.store.close()

    def sources(self) -> list[list[Any]]:
        return [self.screen.chunks]  # what the terminal shows

    def render(self, items: list[Any]) -> str:
        return "".join(items)

    def tail(self) -> str:
        return "".join(self.screen.chunks[self.since:])

    def last_notice(self) -> str:
        return self.tail()[-500:]

    async def _prompted(self, before: int) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 20
        while self.screen.prompts <= before:
            assert self.task is not None
            if self.task.done():
                raise AssertionError(f"the console chat ended: {self.task.result()!r}; {self.tail()[-800:]}")
            assert loop.time() < deadline, f"the console did not ask again: {self.tail()[-800:]}"
            await asyncio.sleep(0.01)

    async def type(self, line: str) -> str:
        """Type a line and wait until the chat asks for the next one; returns what it printed."""
        before = self.screen.prompts
        self.since = len(self.screen.chunks)
        self.keyboard.lines.put(line + "\n")
        await self._prompted(before)
        return self.tail()

    async def show(self) -> str:
        return await self.type(f"open {self.reference}")

    async def press(self, label: str) -> str:
        labels = [a.label for a in self.port.actions]
        assert label in labels, f"no action {label!r} under the last card: {labels}"
        return await self.type(str(labels.index(label) + 1))

    @staticmethod
    def _line(field: FormField, value: Any) -> str:
        numbers = {o.value: str(n) for n, o in enumerate(field.options, start=1)}
        if value is None:
            return ""
        if field.kind == "choice":
            return numbers[value]
        if field.kind == "multichoice":
            return ",".join(numbers[v] for v in value)
        return str(value)

    async def fill(self, chain: tuple[dict[str, Any], ...]) -> str:
        """Answer the fields the chat asks, form after form, until it is back at its prompt."""
        sets, current, answered = list(chain), 0, set()
        asked: set[int] = set()
        persons: tuple[FormField | None, list[str]] = (None, [])
        while self.screen.prompt != "\n> ":
            field = self.chat.asked[-1]
            if id(field) in asked:  # refused: the same field is asked again, under "!! <why>"
                why = [line for line in self.tail().splitlines() if line.startswith("!! ")]
                await self.type("annuleer")
                return "refused: " + " / ".join(why)
            if field.kind == "persons":
                if persons[0] is not field:
                    roles = {o.value: str(n) for n, o in enumerate(field.options, start=1)}
                    lines = [x for name, role in sets[current].get("persons") or [] for x in (name, roles[role])]
                    persons = (field, [*lines, ""])
                await self.type(persons[1].pop(0))
                continue
            while (field.name in answered or field.name not in sets[current]) \
                    and any(field.name in later for later in sets[current + 1:]):
                current, answered = current + 1, set()
            answered.add(field.name)
            asked.add(id(field))
            await self.type(self._line(field, sets[current].get(field.name)))
        if current != len(sets) - 1:
            return f"the form closed after {current + 1} of {len(sets)}"
        return "done"

    async def new_case(self, description: str) -> str:
        await self.type("nieuw")
        values = {"sector": "onderwijs", "concerns": ["lichamelijke_mishandeling"], "acute": "nee",
                  "description": description, "persons": PERSONS, "dossier": ""}
        mark = self.mark()
        outcome = await self.fill((values,))
        opened = re.search(r"Casus (MC-[2-9A-HJ-NP-Z]{4,8}) is geopend", self.outbound(mark))
        if outcome != "done" or opened is None:
            return f"not opened: {outcome}"
        self.reference = opened.group(1)
        state = await self.store.by_reference(self.reference)
        assert state is not None
        self.case_id = state.id
        return "saved"

    async def case_form(self, label: str, *chain: dict[str, Any]) -> str:
        before = await self.version()
        await self.show()
        await self.press(label)
        outcome = await self.fill(chain)
        return await self._saved(before, "" if outcome == "done" else outcome)

    async def af_form(self, label: str, *chain: dict[str, Any]) -> str:
        # The console user is the aandachtsfunctionaris too: ``open MC-…`` shows the queue's actions.
        return await self.case_form(label, *chain)

    def info_request_text(self) -> str:
        text = self.outbound()
        start = text.rfind(T("console.direct_message", user=self.USER))
        assert start >= 0, "no message to the owner was printed"
        end = text.find("\n━━ ", start)  # the message itself is indented
        return text[start:end if end > 0 else None]

    async def answer_info(self, *chain: dict[str, Any]) -> str:
        # The direct message is printed with its button, but the console numbers only the actions
        # of the last card (not of a message to someone): the same action is on the case card.
        return await self.case_form(LABEL["info"], *chain)

    async def thread_reply(self, text: str) -> str:
        # The console has no threads and one user. The closest real way: what the Slack and Teams
        # adapters call for a colleague's reply in the case thread, with its output on this console.
        before = await self.version()
        ref = await self.store.post(self.case_id, "console")
        assert ref is not None
        self.since = len(self.screen.chunks)
        await self.assistant.thread_reply(Actor("collega-b", "collega-b", binding=ConsoleChat.BINDING), ref, text)
        return await self._saved(before)

    async def tick(self, steps: tuple[int, ...]) -> None:
        await self.show()
        while True:
            todo = [code for code, action in self.port.toggles.items()
                    if action.args.get("step") in steps and action.args.get("checked")]
            if not todo:
                return
            before = await self.version()
            await self.type(todo[0])
            assert await self.version() > before, f"{todo[0]} was not ticked: {self.tail()[-300:]}"

    async def browse(self) -> str:
        mark = self.mark()
        await self.type("wachtrij")
        await self.type("overzicht")
        await self.show()
        await self.press(LABEL["timeline"])
        return self.outbound(mark)

    async def queue_text(self) -> str:
        return await self.type("wachtrij")

    def card_text(self) -> str:
        """The case card as last printed (up to the next card or message)."""
        text = self.outbound()
        start = text.rfind(f"━━ {T('case.title', reference=self.reference)}")
        assert start >= 0, "the case card was never printed"
        end = text.find("\n━━ ", start + 3)
        return text[start:end if end > 0 else None]

    def thread_text(self) -> str:
        return self.outbound()  # a note is printed under the card, indented


# ---------------------------------------------------------------------------
# building a platform


async def _slack(tmp_path: Path, redactor: Any) -> tuple[SlackDriver, Callable[[], Awaitable[None]]]:
    rig = await test_slack._build_rig(tmp_path, redactor, None, None, aandachtsfunctionarissen=[SlackDriver.AF],
                                      reminder_interval_seconds=3600)
    return SlackDriver(rig), rig.close


async def _teams(tmp_path: Path, redactor: Any) -> tuple[TeamsDriver, Callable[[], Awaitable[None]]]:
    rig = await test_teams._build_rig(tmp_path, redactor, None, None, aandachtsfunctionarissen=[TeamsDriver.AF],
                                      reminder_interval_seconds=3600)
    await rig.send(rig.acts.conversation_update(rig.personal(TeamsDriver.OWNER, TeamsDriver.OWNER_NAME),
                                                [test_teams.BOT]))  # the owner installed the app

    async def close() -> None:
        await rig.close()
        await rig.fake.stop()

    return TeamsDriver(rig), close


async def _console(tmp_path: Path, redactor: Any) -> tuple[ConsoleDriver, Callable[[], Awaitable[None]]]:
    driver = await ConsoleDriver.start(tmp_path / f"console-{os.urandom(3).hex()}", redactor)
    return driver, driver.close


BUILD = {"slack": _slack, "teams": _teams, "console": _console}
PLATFORMS = list(BUILD)


@pytest.fixture
async def driver(request: pytest.FixtureRequest, tmp_path: Path, redactor: Any):
    made, close = await BUILD[request.param](tmp_path, redactor)
    try:
        yield made
    finally:
        await close()


# ---------------------------------------------------------------------------
# 1. every free-text field on each platform


def _field_texts() -> dict[str, str]:
    return {key: spelled(marker) for key, marker in CLINICAL.items() if key not in ("with_whom", "unicode")}


@pytest.mark.parametrize("driver", PLATFORMS, indirect=True)
async def test_a_vault_name_typed_in_any_free_text_field_never_reaches_the_platform(driver: Driver) -> None:
    text = _field_texts()
    marks: list[tuple[str, Any]] = []
    results: dict[str, str] = {}

    async def step(field: str, action: Awaitable[str]) -> None:
        marks.append((field, driver.mark()))
        results[field] = await action
        assert results[field] == "saved", f"{driver.name}: {field} was not stored: {results[field]}"

    await step("description", driver.new_case(text["description"]))
    await step("note", driver.case_form(LABEL["note"], {"text": text["note"]}))
    await step("consult", driver.case_form(LABEL["consult"], {"role": "collega", "with_whom": WITH_WHOM,
                                                              "outcome": text["consult"]}))
    await step("vt_advice", driver.case_form(LABEL["vt_advice"], {"outcome": text["vt_advice"]}))
    await step("skip", driver.case_form(LABEL["skip"], {"reason": "gevaar_client", "motivation": text["skip"]}))
    await step("consult_request", driver.case_form(LABEL["consult_request"], {"question": text["consult_request"]}))
    await step("ask_info", driver.af_form(LABEL["ask_info"], {"question": text["ask_info"]}))
    info_request = driver.info_request_text()
    await step("info", driver.answer_info({"text": text["info"]}))
    await step("thread_reply", driver.thread_reply(text["thread_reply"]))
    marks.append(("checklist", driver.mark()))
    await driver.tick((1, 4))
    await step("weighing", driver.case_form(
        LABEL["weigh"], {"answer": "ja", "explanation": text["question1"]},
        {"answer": "ja", "explanation": text["question2"]},
        {"outcome": "report_and_help", "motivation": text["decision"]}))
    await step("melding", driver.case_form(LABEL["melding"], {"text": text["melding"]}))
    await step("help", driver.case_form(LABEL["help"], {"text": text["help"]}))
    await step("vt_feedback", driver.case_form(LABEL["vt_feedback"], {"text": text["vt_feedback"]}))
    open_card = driver.card_text()
    queue = await driver.queue_text()
    await step("close", driver.case_form(LABEL["close"], {"reason": text["close"]}))
    closed_card = driver.card_text()
    await step("reopen", driver.case_form(LABEL["reopen"], {"reason": text["reopen"]}))
    marks.append(("browse", driver.mark()))
    await driver.browse()

    # (1) no vault name in anything that was sent; told per action, the first one is the culprit
    leaks = []
    for (field, mark), (_, end) in zip(marks, [*marks[1:], ("end", None)]):
        leak = find_leak(driver.outbound(mark, end))
        if leak:
            leaks.append(f"after {field}: {leak}")
    assert not leaks, f"{driver.name}: a vault name was sent\n" + "\n".join(leaks)
    everything = driver.outbound()
    assert find_leak(everything) is None
    # ... while the clinical content of every field that is shown, and the placeholders, did arrive
    shown_anywhere = [k for k in CLINICAL if k not in ("reopen", "unicode")]  # a reopen reason is never shown
    missing = [k for k in shown_anywhere if CLINICAL[k] not in everything]
    assert not missing, f"{driver.name}: the text of {missing} never reached the platform"
    assert "[kind]" in everything and "[moeder]" in everything

    # (2) each field is stored, and shown redacted where it belongs (both persons as their role)
    def redacted_in(where: str, key: str, text_: str) -> None:
        line = line_with(text_, CLINICAL[key])
        assert line is not None, f"{driver.name}: {key} is not shown on the {where}"
        assert "[kind]" in line and "[moeder]" in line, f"{driver.name}: {key} on the {where}: {line}"

    for key in ("description", "note", "consult", "with_whom", "vt_advice", "skip", "question1", "question2",
                "decision", "melding", "help", "vt_feedback", "info", "thread_reply"):
        redacted_in("case card", key, open_card)
    redacted_in("closed case card", "close", closed_card)
    redacted_in("aandachtsfunctionaris's queue", "consult_request", queue)
    redacted_in("owner's message with the question", "ask_info", info_request)
    redacted_in("note in the case thread", "note", driver.thread_text())

    state = await driver.state()
    assert state.is_open and state.description == text["description"]
    assert [n.text for n in state.notes] == [text["note"], text["info"]]
    assert (state.consultations[0].outcome, state.consultations[0].with_whom) == (text["consult"], WITH_WHOM)
    assert CLINICAL["thread_reply"] in state.consultations[1].outcome  # stored redacted
    assert find_leak(state.consultations[1].outcome) is None
    assert [f.text for f in state.vt_advice] == [text["vt_advice"]]
    assert state.skipped[3].motivation == text["skip"]
    assert [a.explanation for a in state.answers] == [text["question1"], text["question2"]]
    assert state.decision is not None and state.decision.motivation == text["decision"]
    assert [f.text for f in state.meldingen] == [text["melding"]]
    assert [f.text for f in state.help] == [text["help"]]
    assert [f.text for f in state.vt_feedback] == [text["vt_feedback"]]
    assert state.triage is not None and text["consult_request"] in state.triage.question
    events = {e.kind: e.data for e in await driver.store.timeline(driver.case_id)}
    assert events["info_requested"]["question"] == text["ask_info"]
    assert events["info_given"]["text"] == text["info"]
    assert events["closed"]["reason"] == text["close"]
    assert events["reopened"]["reason"] == text["reopen"]


# ---------------------------------------------------------------------------
# 2. Unicode and glued spellings of a vault name in a note (issue 11, "What must work" 1)

CYRILLIC = str.maketrans({"a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "i": "і",
                          "j": "ј", "s": "ѕ", "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К",
                          "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х"})


def _wide(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalpha() else c for c in text)


def _bold(text: str) -> str:
    return "".join(chr(0x1D400 + ord(c) - 65) if "A" <= c <= "Z" else chr(0x1D41A + ord(c) - 97) if "a" <= c <= "z"
                   else c for c in text)


F = CHILD_FIRST
VARIANTS = {
    "underscore": f"{F}_{LAST}",
    "glued": f"{F}{LAST}",
    "hashtag": f"#{F}{LAST}",
    "zero_width_space": F[:1] + "\u200b" + F[1:],
    "zwnj": F[:2] + "\u200c" + F[2:],
    "word_joiner": F[:1] + "\u2060" + F[1:],
    "cyrillic": F[:1] + F[1:].translate(CYRILLIC),
    "full_width": _wide(F),
    "math_bold": _bold(F),
    "spaced": " ".join(F),
    "starred": F[:2] + "*" + "*".join(F[2:]),
}
assert VARIANTS["cyrillic"] != F and all(v != F for v in VARIANTS.values())


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def platforms(tmp_path_factory: pytest.TempPathFactory, redactor: Any):
    """One server (or console) per platform for all spellings, built when first asked for."""
    made: dict[str, Driver] = {}
    closers: list[Callable[[], Awaitable[None]]] = []

    async def get(name: str) -> Driver:
        if name not in made:
            made[name], close = await BUILD[name](tmp_path_factory.mktemp(f"unicode-{name}"), redactor)
            closers.append(close)
        return made[name]

    yield get
    for close in closers:
        await close()


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize("platform", PLATFORMS)
async def test_a_unicode_or_glued_spelling_of_a_vault_name_in_a_note_never_reaches_the_platform(
        platforms: Callable[[str], Awaitable[Driver]], platform: str, variant: str) -> None:
    driver = await platforms(platform)
    # a fresh case for each spelling: a name let through once would be on that case's card for good
    assert await driver.new_case(f"Synthetische casus: {CLINICAL['description']}.") == "saved"
    spelling = VARIANTS[variant]
    note = f"Gesprek op school met {spelling}: {CLINICAL['unicode']}."
    mark = driver.mark()
    outcome = await driver.case_form(LABEL["note"], {"text": note})
    sent = driver.outbound(mark)
    assert spelling not in sent, f"{variant}: the spelling itself was sent"
    leak = find_leak(sent)
    assert leak is None, f"{variant} ({spelling!r}) reached {platform}: {leak}"
    # not dropped, not refused: stored, and shown with the child's role in place of the name
    assert outcome == "saved", f"{variant} ({spelling!r}): the note was not stored ({outcome})"
    state = await driver.state()
    assert state.notes and state.notes[-1].text == note
    line = line_with(sent, CLINICAL["unicode"])
    assert line is not None, f"{variant}: the note never reached {platform}"
    assert "[kind]" in line, f"{variant}: the name is not replaced by the child's role: {line}"
