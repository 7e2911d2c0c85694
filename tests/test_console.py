"""The console chat driven end to end through standard input and output of a real process."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# What a newcomer types: open a case, try the afwegingskader too early, walk the steps
# (with one typing error in a date), answer the afwegingskader, decide, record the melding.
OPEN_AND_DECIDE = """\
{new}
7
1,3
{no}
Emma komt vaak met blauwe plekken op beide bovenarmen; mevrouw De Vries zegt dat ze valt.
Emma de Vries
1
Fatima de Vries-El Amrani
2

D-2026-0042
5
1.1
1.2
2
2

31-02-2026
{yesterday}
Signalen besproken met de aandachtsfunctionaris.
3.1
3.2
3.3
3.4
4.1
4
{yes}
Blauwe plekken, angstig bij harde geluiden.
{yes}
Herhaald letsel over meerdere weken.

Structurele onveiligheid: melden volgens de meldnorm.
5


10
Melding gedaan; Veilig Thuis neemt contact op.
"""


def run_console(data_dir: Path, script: str, language: str = "nl", **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MELDCODE_")}
    env.update(MELDCODE_DATA_DIR=str(data_dir), MELDCODE_LANGUAGE=language, MELDCODE_CONSOLE_USER="prof-a", **extra)
    return subprocess.run([sys.executable, "-m", "meldcode"], input=script, capture_output=True, text=True,
                          env=env, cwd=data_dir.parent, timeout=120)


def reference_in(output: str) -> str:
    match = re.search(r"(?:Casus|Case) (MC-[2-9A-HJ-NP-Z]{4}) is (?:geopend|open)", output)
    assert match, output[:2000]
    return match.group(1)


def test_a_case_walks_all_five_steps_to_a_decision_and_reads_back(tmp_path: Path) -> None:
    data = tmp_path / "data"
    words = {"new": "nieuw", "yes": "ja", "no": "nee", "yesterday": "gisteren"}
    first = run_console(data, OPEN_AND_DECIDE.format(**words))
    out = first.stdout
    assert first.returncode == 0, first.stderr
    assert "Traceback" not in out + first.stderr
    reference = reference_in(out)
    assert f"Casus {reference} is geopend" in out
    # The vault names never reach the chat; the clinical content does.
    assert "[kind] komt vaak met blauwe plekken op beide bovenarmen; [moeder] zegt dat ze valt." in out
    assert "Emma" not in out.replace("> Emma", "") and "Fatima" not in out.replace("> Fatima", "")
    assert "D-2026-0042" not in out.replace("> D-2026-0042", "")
    # The afwegingskader before the signals are recorded is refused, saying what is missing.
    assert "Rond eerst stap 1 af: Signalen in kaart brengen. Nog open: Signalen vóór en tegen" in out
    # An impossible date is asked again without losing the rest of the form.
    assert "!! Geef een datum als dd-mm-jjjj." in out
    assert "Afwegingskader vraag 2" in out
    assert "Advies volgens het afwegingskader: Melden bij Veilig Thuis." in out
    assert "Na je melding beoordeelt Veilig Thuis samen met jou of en welke hulp mogelijk is" in out
    assert "Besluit vastgelegd: melden." in out
    assert "[x] 5.3 Melding bij Veilig Thuis gedaan" in out
    assert "Afgesloten op" in out
    assert out.rstrip().endswith(">")  # ended at end of input, at the prompt

    # A new process reads the recorded decision back from the same data directory.
    second = run_console(data, f"open {reference}\n2\n")
    assert second.returncode == 0, second.stderr
    back = second.stdout
    assert f"Casus {reference} · afgesloten" in back
    assert "Melden bij Veilig Thuis (prof-a, " in back
    assert "Motivering: Structurele onveiligheid: melden volgens de meldnorm." in back
    timeline = back[back.index(f"Tijdlijn {reference}"):]
    for line in ("casus geopend", "stap 1: afgevinkt", "consultatie vastgelegd (Aandachtsfunctionaris)",
                 "afwegingsvraag 2 beantwoord: ja", "besluit vastgelegd: Melden bij Veilig Thuis",
                 "melding bij Veilig Thuis vastgelegd", "casus afgesloten"):
        assert line in timeline, line
    assert "· prof-a: casus geopend" in timeline


def run_in_process(tmp_path: Path, redactor, keyring, script: str, **settings) -> str:
    """The console chat in this process (deduce is loaded once per test session), on SQLite."""
    import asyncio
    import io

    from adapters.console import ConsoleChat, ConsolePort
    from assistant.config import load_settings
    from assistant.i18n import Translator
    from assistant.port import Actor
    from assistant.service import Assistant
    from assistant.storage import Store

    async def session() -> str:
        config = load_settings(data_dir=tmp_path / "data", **settings)
        store = await Store.open(config.effective_database_url, keyring)
        out = io.StringIO()
        try:
            port = ConsolePort(out, Translator(config.language))
            assistant = Assistant(config, store, port, redactor)
            await assistant.start()
            actor = Actor("prof-a", "prof-a", binding=ConsoleChat.BINDING)
            assert await ConsoleChat(assistant, port, actor, stdin=io.StringIO(script)).run() == 0
        finally:
            await store.close()
        return out.getvalue()

    return asyncio.run(session())


def test_english_session(tmp_path: Path, redactor, keyring) -> None:
    words = {"new": "new", "yes": "yes", "no": "no", "yesterday": "yesterday"}
    out = run_in_process(tmp_path, redactor, keyring, OPEN_AND_DECIDE.format(**words), language="en")
    reference = reference_in(out)
    assert f"Case {reference} is open." in out
    assert "[kind] komt vaak met blauwe plekken" in out
    assert "First complete step 1: Map the signals. Still open:" in out
    assert "Advice of the afwegingskader: Report to Veilig Thuis." in out
    assert "Decision recorded: report." in out
    assert "Casus" not in out


def test_help_unknown_and_empty_input(tmp_path: Path, redactor, keyring) -> None:
    out = run_in_process(tmp_path, redactor, keyring, "help\nblabla\n\n99\noverzicht\n")
    assert "nieuw: een casus openen" in out
    assert "Dat commando ken ik niet." in out
    assert "Kies een nummer van 1 tot en met 2" in out
    assert "Je hebt geen open casussen." in out


def test_cancel_a_form_saves_nothing_and_eof_mid_form_exits_cleanly(tmp_path: Path, redactor, keyring) -> None:
    out = run_in_process(tmp_path, redactor, keyring, "nieuw\n2\nannuleer\noverzicht\nnieuw\n2\n")
    assert "Geannuleerd; er is niets opgeslagen." in out
    assert "Je hebt geen open casussen." in out


def test_acute_case_shows_what_to_do_and_alerts_the_aandachtsfunctionaris(tmp_path: Path, redactor, keyring) -> None:
    out = run_in_process(tmp_path, redactor, keyring, "nieuw\n3\n11\nja\n\n\n\n",
                         aandachtsfunctionarissen=["af-1"])
    assert "bel 112" in out and "0800-2000" in out
    assert "── Bericht aan af-1 ──" in out
    assert "heeft casus MC-" in out
    assert "De aandachtsfunctionaris is gewaarschuwd (1)." in out


@pytest.mark.parametrize("stop", ["stop", "quit"])
def test_stop_word_ends_the_chat(tmp_path: Path, redactor, keyring, stop: str) -> None:
    out = run_in_process(tmp_path, redactor, keyring, f"{stop}\nnieuw\n")
    assert "Tot ziens" in out
    assert "Nieuwe casus" not in out.split("Tot ziens")[1]


def test_bad_database_url_is_one_line(tmp_path: Path) -> None:
    result = run_console(tmp_path / "data", "", MELDCODE_DATABASE_URL="postgresql://nobody@127.0.0.1:1/none",
                         MELDCODE_MASTER_KEY="A" * 43 + "=")
    assert result.returncode == 1
    assert result.stderr.strip().startswith("De database is niet bereikbaar")
    assert "\n" not in result.stderr.strip()


def test_a_database_server_without_a_master_key_is_refused(tmp_path: Path) -> None:
    result = run_console(tmp_path / "data", "", MELDCODE_DATABASE_URL="postgresql://nobody@127.0.0.1:1/none")
    assert result.returncode == 1
    assert result.stderr.strip().startswith("Er is een database ingesteld (MELDCODE_DATABASE_URL) maar geen hoofdsleutel")
    assert not (tmp_path / "data" / "master.key").exists()


def test_odd_input_private_files_and_quiet_logs(tmp_path: Path) -> None:
    """One real process: odd digits and badly encoded bytes, the files it creates, its logs."""
    data = tmp_path / "data"
    script = "²\n٣\nnieuw\n²\n2\n1 3\nnee\nomschrijving met kapotte tekens \udcff\n\n\n".encode("utf-8", "surrogateescape")
    env = {k: v for k, v in os.environ.items() if not k.startswith("MELDCODE_")}
    env.update(MELDCODE_DATA_DIR=str(data), MELDCODE_LOG_LEVEL="DEBUG")
    result = subprocess.run([sys.executable, "-m", "meldcode"], input=script.replace(b"\xed\xb3\xbf", b"\xff"),
                            capture_output=True, env=env, cwd=tmp_path, timeout=120)
    out, err = result.stdout.decode(), result.stderr.decode()
    assert result.returncode == 0, err
    assert "Traceback" not in out + err
    assert "Dat commando ken ik niet." in out
    assert "Zorgen over: Lichamelijke mishandeling, Psychische mishandeling" in out  # "1 3" as two choices
    assert "omschrijving met kapotte tekens" in out
    # DEBUG logging of our own code says nothing of what was typed; libraries stay quiet
    assert "kapotte" not in err and "omschrijving" not in err
    # the first run creates a master key file and says where; only this user may read it or the data
    assert f"Nieuwe hoofdsleutel aangemaakt in {data / 'master.key'}" in err
    assert (data.stat().st_mode & 0o777) == 0o700
    for name in ("meldcode.sqlite3", "master.key"):
        assert (data / name).exists() and ((data / name).stat().st_mode & 0o077) == 0, name
