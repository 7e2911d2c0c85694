"""One assistant process that only sends due reminders: started by tests/test_reminders_pg.py.

    python tests/reminder_worker.py DB_URL KEYFILE NOW_ISO OUTFILE [--ready FILE --go FILE]
                                    [--delay SECONDS] [--hang]

Opens the store with the key ring in KEYFILE, builds an Assistant whose chat port appends one
JSON line per direct message to OUTFILE ({"worker", "to", "title", "case", "reminder"}), with
the clock fixed at NOW_ISO, and calls ``send_due_reminders()`` until it claims nothing twice in
a row; then prints how many it sent and exits.

``--ready``/``--go``: touch READY once the assistant is built, then wait for GO to exist, so
that two processes started by a test really run their scheduler loops at the same time.
``--delay``: sleep that long per direct message (more overlap between processes).
``--hang``: a process that dies mid-send: on its first direct message it writes
{"hung": worker} to OUTFILE and sleeps forever (the test kills it with SIGKILL), holding the
lease on every reminder it claimed without sending or advancing any of them.

Not a test module (no ``test_`` prefix, no test functions): pytest does not collect it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from datetime import datetime
from pathlib import Path

if __name__ == "__main__":  # run as a script: this checkout's assistant, not another one
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.cards import Card, Form  # noqa: E402
from assistant.config import load_settings  # noqa: E402
from assistant.guidance import Registry  # noqa: E402
from assistant.port import Actor  # noqa: E402
from assistant.privacy.keys import read_key_file  # noqa: E402
from assistant.privacy.redact import Redactor  # noqa: E402
from assistant.service import Assistant  # noqa: E402
from assistant.storage import Store  # noqa: E402


def cheap_redactor() -> Redactor:
    """The real Redactor with deduce's model replaced by the identity.

    Building deduce takes seconds per process. A reminder card holds only catalogue text
    (translated titles, step names, checklist labels), the case reference and the owner's
    display name: nothing a person typed goes through ``redact`` on this path. The vault-name
    matcher and the pattern rules (BSN, phone, e-mail...) of the Redactor still run, and the
    outbound guard (GuardedPort) still checks every card against the case vaults.
    """
    return Redactor(lambda text: text)


class FilePort:
    """A chat port that appends every direct message to a file, one JSON line each (O_APPEND,
    one write per line, so lines from concurrent writers do not interleave)."""

    platform = "test"

    def __init__(self, out: Path, worker: str, delay: float, hang: bool) -> None:
        self.out = out
        self.worker = worker
        self.delay = delay
        self.hang = hang
        self.sent = 0

    def _write(self, record: dict[str, object]) -> None:
        fd = os.open(self.out, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            os.write(fd, (json.dumps(record) + "\n").encode())
            os.fsync(fd)
        finally:
            os.close(fd)

    async def direct_message(self, user_id: str, card: Card) -> None:
        if self.hang:
            self._write({"hung": self.worker})
            while True:  # killed here, mid-send, with its claimed reminders still leased
                await asyncio.sleep(3600)
        # The reminder's id is on the snooze button, the case id on every case button.
        reminder = next((a.args["reminder"] for a in card.actions if "reminder" in a.args), None)
        case = next((a.args["case"] for a in card.actions if "case" in a.args), None)
        if self.delay:
            await asyncio.sleep(self.delay)
        self._write({"worker": self.worker, "to": user_id, "title": card.title, "case": case, "reminder": reminder})
        self.sent += 1

    # What a reminder worker never does: fail loudly if it does.
    async def post_case_card(self, card: Card) -> str:
        raise AssertionError("a reminder worker posted a case card")

    async def update_case_card(self, message_ref: str, card: Card) -> None:
        raise AssertionError("a reminder worker updated a case card")

    async def post_in_thread(self, message_ref: str, card: Card) -> None:
        raise AssertionError("a reminder worker posted in a thread")

    async def notify(self, actor: Actor, card: Card) -> None:
        raise AssertionError("a reminder worker sent a notice")

    async def open_form(self, actor: Actor, form: Form) -> None:
        raise AssertionError("a reminder worker opened a form")


async def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db_url")
    parser.add_argument("keyfile", type=Path)
    parser.add_argument("now")
    parser.add_argument("outfile", type=Path)
    parser.add_argument("--ready", type=Path)
    parser.add_argument("--go", type=Path)
    parser.add_argument("--delay", type=float, default=0.0)
    parser.add_argument("--hang", action="store_true")
    args = parser.parse_args()

    now = datetime.fromisoformat(args.now)
    store = await Store.open(args.db_url, read_key_file(args.keyfile))
    try:
        settings = load_settings(data_dir=args.outfile.parent / f"worker-data-{os.getpid()}")
        port = FilePort(args.outfile, "", args.delay, args.hang)
        assistant = Assistant(settings, store, port, cheap_redactor(), clock=lambda: now, registry=Registry())
        port.worker = assistant.worker
        if args.ready:
            args.ready.write_text(assistant.worker)
        if args.go:
            deadline = time.monotonic() + 60
            while not args.go.exists():
                if time.monotonic() > deadline:
                    raise SystemExit("no go signal within 60 s")
                await asyncio.sleep(0.005)
        idle = 0
        while idle < 2:
            idle = idle + 1 if await assistant.send_due_reminders() == 0 else 0
        print(json.dumps({"worker": assistant.worker, "sent": port.sent}))
    finally:
        await store.close()
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
