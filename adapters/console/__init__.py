"""The local console chat: the same engine and storage, cards as text, actions as numbers.

It reads lines from standard input, so a scripted session can drive it, and ends cleanly
(exit code 0) at the end of input.
"""

from __future__ import annotations

import asyncio
import re
import sys
import threading
from typing import IO, Any

from assistant.cards import Action, Card, Form, FormField
from assistant.forms import check_field
from assistant.i18n import Translator
from assistant.port import Actor
from assistant.service import Assistant

CANCEL = {"annuleer", "annuleren", "cancel", "stop"}
QUIT = {"stop", "exit", "quit", "klaar", "bye"}

_STATE_MARK = {"done": "✔", "current": "▶", "open": "·", "skipped": "↷"}


class ConsolePort:
    """The chat port for a terminal: everything is printed, forms are asked field by field."""

    platform = "console"

    def __init__(self, out: IO[str], t: Translator) -> None:
        self.out = out
        self.t = t
        self.actions: list[Action] = []
        self.toggles: dict[str, Action] = {}
        self.forms: list[Form] = []
        self._posts = 0

    # -- the port ------------------------------------------------------------------

    async def post_case_card(self, card: Card) -> str:
        self._posts += 1
        self.show(card)
        return f"console-{self._posts}"

    async def update_case_card(self, message_ref: str, card: Card) -> None:
        self.show(card)

    async def post_in_thread(self, message_ref: str, card: Card) -> None:
        self.show(card, indent="    ")

    async def direct_message(self, user_id: str, card: Card) -> None:
        self.write(self.t("console.direct_message", user=user_id))
        self.show(card, indent="    ", keep_choices=True)

    async def notify(self, actor: Actor, card: Card) -> None:
        self.show(card)

    async def open_form(self, actor: Actor, form: Form) -> None:
        self.forms.append(form)

    # -- rendering -----------------------------------------------------------------

    def write(self, text: str = "") -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def render(self, card: Card) -> list[str]:
        lines = [f"━━ {card.title}" + (f" · {card.subtitle}" if card.subtitle else "")]
        urgent = [s for s in card.sections if s.style == "danger"]
        for section in urgent:
            lines.append("!! " + (section.title or ""))
            lines += [f"   {line}" for line in section.text.splitlines()]
        for f in card.fields:
            lines.append(f"{f.label}: {f.value}")
        for step in card.checklist:
            lines.append(f"{_STATE_MARK[step.state]} {step.title}")
            for item in step.items:
                box = "[x]" if item.done else "[ ]"
                lines.append(f"    {box} {item.code} {item.label}" + (" *" if item.auto else ""))
            if step.note:
                lines.append(f"    {step.note}")
        for section in card.sections:
            if section in urgent:
                continue
            if section.title:
                lines.append(f"— {section.title}")
            lines += [f"   {line}" for line in section.text.splitlines()]
        if any(item.action for step in card.checklist for item in step.items):
            lines.append(self.t("console.toggle_hint"))
        if card.actions:
            lines.append(self.t("console.actions"))
            lines += [f"  {n}. {a.label}" for n, a in enumerate(card.actions, start=1)]
        return lines

    def show(self, card: Card, *, indent: str = "", keep_choices: bool = False) -> None:
        self.write()
        for line in self.render(card):
            self.write(indent + line)
        if keep_choices:
            return
        if card.actions:
            self.actions = list(card.actions)
        if card.checklist:
            self.toggles = {item.code: item.action for step in card.checklist for item in step.items if item.action}


class ConsoleChat:
    """The read-eval-print loop around the assistant."""

    # Everything in the console happens in one place: buttons and forms are sealed to it.
    BINDING = "console:local"

    def __init__(self, assistant: Assistant, port: ConsolePort, actor: Actor, stdin: IO[str] = sys.stdin) -> None:
        self.assistant = assistant
        self.port = port
        self.actor = actor
        self.stdin = stdin
        self.t = port.t
        self.echo = not stdin.isatty()

    def _start_reader(self) -> None:
        """Read standard input in a daemon thread, so Ctrl-C ends the chat at once."""
        loop = asyncio.get_running_loop()
        self._lines: asyncio.Queue[str] = asyncio.Queue()

        def read() -> None:
            while True:
                try:
                    line = self.stdin.readline()
                except (OSError, ValueError):
                    line = ""
                loop.call_soon_threadsafe(self._lines.put_nowait, line)
                if line == "":
                    return

        threading.Thread(target=read, name="console-stdin", daemon=True).start()

    async def _readline(self, prompt: str) -> str | None:
        self.port.out.write(prompt)
        self.port.out.flush()
        line = await self._lines.get()
        if line == "":
            self._lines.put_nowait("")  # stay at end of input
            self.port.write()
            return None
        line = line.rstrip("\r\n")
        if self.echo:
            self.port.write(line)
        return line

    async def run(self) -> int:
        self._start_reader()
        self.port.write(self.t("console.welcome", name=self.actor.name))
        await self.assistant.handle_text(self.actor, "help")
        while True:
            line = await self._readline("\n> ")
            if line is None:
                return 0
            text = line.strip()
            if not text:
                continue
            if text.lower() in QUIT:
                self.port.write(self.t("console.bye"))
                return 0
            if not await self._dispatch(text):
                return 0

    async def _dispatch(self, text: str) -> bool:
        if text.isdecimal() and text.isascii():
            number = int(text)
            if not 1 <= number <= len(self.port.actions):
                self.port.write(self.t("console.no_such_choice", max=len(self.port.actions)))
                return True
            await self._press(self.port.actions[number - 1])
        elif text in self.port.toggles:
            await self._press(self.port.toggles[text])
        else:
            await self.assistant.handle_text(self.actor, text)
        return await self._fill_forms()

    async def _press(self, action: Action) -> None:
        token = self.assistant.seal(action.name, action.args, self.actor.binding)
        await self.assistant.handle_action(self.actor, token)

    async def _fill_forms(self) -> bool:
        """Ask every form that was opened; returns False at the end of input."""
        while self.port.forms:
            form = self.port.forms.pop(0)
            self._show_form(form)
            if not await self._fill(form):
                return False
        return True

    def _show_form(self, form: Form) -> None:
        self.port.write()
        self.port.write(f"━━ {form.title}")
        for section in form.intro:
            if section.title:
                self.port.write(f"— {section.title}")
            for line in section.text.splitlines():
                self.port.write(f"   {line}")
        self.port.write(self.t("console.form_hint"))

    async def _fill(self, form: Form) -> bool:
        """Ask a form's fields and submit it. Fields the assistant refuses are asked again, the
        rest is kept; a form that comes back asking who a name is asks only its new questions.
        Returns False at the end of input."""
        values: dict[str, Any] = {}
        pending = list(form.fields)
        token = self.assistant.seal(form.name, form.context, self.actor.binding)
        while pending:
            for field in pending:
                answer = await self._ask_until_valid(field)
                if answer is None:
                    return False
                if answer is CANCELLED:
                    self.port.write(self.t("console.cancelled"))
                    return True
                values[field.name] = answer
            outcome = await self.assistant.submit_form(self.actor, token, values)
            errors = outcome.errors or {}
            for field in form.fields:
                if field.name in errors:
                    self.port.write(f"!! {field.label}: {errors[field.name]}")
            if outcome.next_form is not None and errors:  # the same form, asking who a name is
                form = outcome.next_form
                token = self.assistant.seal(form.name, form.context, self.actor.binding)
                names = {f.name for f in form.fields}
                values = {k: v for k, v in values.items() if k in names}  # the rest is kept sealed
                pending = [f for f in form.fields if f.name not in values]
                self.port.write(form.intro[0].text if form.intro else "")
                continue
            pending = [f for f in form.fields if f.name in errors]
            if outcome.next_form is not None:
                self.port.forms.insert(0, outcome.next_form)
        return True

    async def _ask_until_valid(self, field: FormField) -> Any:
        """Ask one field until its answer is valid, so a typing error costs one line, not the form."""
        while True:
            answer = await self._ask(field)
            if answer is None or answer is CANCELLED:
                return answer
            _, error = check_field(field, answer, self.assistant.engine.today(), self.t)
            if error is None:
                return answer
            self.port.write(f"!! {error}")

    async def _ask_persons(self, field: FormField) -> Any:
        """The vault: a name and a role per person, until an empty name."""
        t = self.t
        persons: list[dict[str, str]] = []
        self.port.write()
        self.port.write(field.label + t("console.optional"))
        if field.help:
            self.port.write(f"  ({field.help})")
        while True:
            name = await self._readline(t("console.person_name") + "> ")
            if name is None:
                return None
            if name.strip().lower() in CANCEL:
                return CANCELLED
            if not name.strip():
                return persons
            for n, option in enumerate(field.options, start=1):
                self.port.write(f"  {n}. {option.label}")
            role = await self._readline(t("console.person_role") + "> ")
            if role is None:
                return None
            if role.strip().lower() in CANCEL:
                return CANCELLED
            persons.append({"name": name.strip(), "role": _option_value(field, role.strip())})

    async def _ask(self, field: FormField) -> Any:
        if field.kind == "persons":
            return await self._ask_persons(field)
        t = self.t
        self.port.write()
        label = field.label + ("" if field.required else t("console.optional"))
        self.port.write(label)
        if field.help:
            self.port.write(f"  ({field.help})")
        if field.kind in ("choice", "multichoice"):
            for n, option in enumerate(field.options, start=1):
                chosen = field.initial if isinstance(field.initial, list) else [field.initial]
                mark = " *" if option.value in chosen else ""
                self.port.write(f"  {n}. {option.label}{mark}")
            hint = t("console.choose_many") if field.kind == "multichoice" else t("console.choose_one")
        elif field.kind == "yesno":
            hint = t("console.yes_no")
        else:
            hint = ""
        line = await self._readline(f"{hint}> ")
        if line is None:
            return None
        text = line.strip()
        if text.lower() in CANCEL:
            return CANCELLED
        if field.kind == "choice":
            if not text and field.initial is not None:
                return field.initial
            return _option_value(field, text)
        if field.kind == "multichoice":
            if not text and isinstance(field.initial, list):
                return list(field.initial)
            return [_option_value(field, part) for part in re.split(r"[,;\s]+", text) if part]
        return text


CANCELLED = object()


def _option_value(field: FormField, text: str) -> str:
    """A typed number picks an option; anything else is passed on for the assistant to check."""
    if text.isdecimal() and text.isascii() and 1 <= int(text) <= len(field.options):
        return field.options[int(text) - 1].value
    return text
