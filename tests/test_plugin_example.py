"""The example third-party plugin (examples/meldcode-plugin-sport), installed as a distribution of
its own beside the project, never into its venv, and used by real ``python -m meldcode`` processes:
listed, checked, offered when a case is opened, its guidance on the case card, and its code hook
adding an obligation when a decision is recorded. Without it on the path the core is unchanged."""

from __future__ import annotations

import os
import re
import select
import shutil
import subprocess
import sys
import time
import tomllib
from importlib.metadata import entry_points
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "meldcode-plugin-sport"
DATA = tomllib.loads((EXAMPLE / "meldcode_sport" / "guidance.toml").read_text(encoding="utf-8"))
SPORT = "Sport en bewegen"
SPORT_TRAINER = "Sport en bewegen: Een trainer of begeleider is mogelijk de pleger"
BESTUUR = "Bestuur van de vereniging ingelicht"  # the item meldcode_sport's code hook adds


def _setuptools_builds_wheels() -> bool:
    """setuptools before 70.1 builds a wheel only when the ``wheel`` package is installed (it
    registers the ``bdist_wheel`` command); without it pip cannot build without isolation."""
    return bool(entry_points(group="distutils.commands", name="bdist_wheel"))


def install_example(tmp_path: Path) -> Path:
    """Install the example into ``tmp_path/site`` from a copy (so no build/ or egg-info lands in the
    repository), with the setuptools of this interpreter and nothing from an index."""
    source = tmp_path / "meldcode-plugin-sport"
    shutil.copytree(EXAMPLE, source, ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))
    site = tmp_path / "site"
    if _setuptools_builds_wheels():
        command = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
                   "--no-index", "--disable-pip-version-check", "--target", str(site), str(source)]
    else:
        # The same setuptools and pyproject.toml, installed without a wheel: an .egg-info with the
        # same entry points instead of a .dist-info, found alike by importlib.metadata.
        command = [sys.executable, "-c", "from setuptools import setup; setup()", "--quiet", "install",
                   "--single-version-externally-managed", "--record", str(tmp_path / "installed.txt"),
                   "--prefix", str(site), "--install-lib", str(site)]
    result = subprocess.run(command, cwd=source, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (site / "meldcode_sport" / "guidance.toml").is_file(), "the data file was not installed with the package"
    return site


def environment(data: Path, site: Path | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MELDCODE_") and k != "PYTHONPATH"}
    env.update(MELDCODE_DATA_DIR=str(data), MELDCODE_LANGUAGE="nl", MELDCODE_CONSOLE_USER="prof-a")
    if site is not None:
        env["PYTHONPATH"] = str(site)
    return env


def meldcode(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "meldcode", *args], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=60)


def plugin_lines(output: str) -> dict[str, tuple[str, str]]:
    """``meldcode plugins`` as {name: (mark, version)}."""
    return {m[2]: (m[1], m[3]) for m in re.finditer(r"^([✓✗]) (\S+) (\S+)", output, re.M)}


def number_of(text: str, label: str) -> str:
    """The number the chat shows before ``label`` in the last list that offers it."""
    found = re.findall(rf"^ +(\d+)\. {re.escape(label)}(?: \*)?$", text, re.M)
    assert found, f"{label!r} is not offered:\n{text[-3000:]}"
    return found[-1]


def code_of(text: str, label: str, done: bool = False) -> str:
    """The code (like 1.5) of a checklist item in the last card that shows it."""
    found = re.findall(rf"^ +\[{'x' if done else ' '}\] (\d\.\d+) {re.escape(label)}", text, re.M)
    assert found, f"{label!r} is not on the checklist{' ticked' if done else ''}:\n{text[-3000:]}"
    return found[-1]


class Chat:
    """The console chat in a real process, answered line by line: each answer is written when the
    chat asks for one (every question ends in "> "), so it can depend on what the chat showed."""

    def __init__(self, env: dict[str, str], cwd: Path, errors: Path, timeout: float = 90) -> None:
        self.errors = errors.open("w")
        self.proc = subprocess.Popen([sys.executable, "-m", "meldcode"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=self.errors, env=env, cwd=cwd)
        self.deadline = time.monotonic() + timeout
        self.transcript = ""
        self.last = self._until_asked()

    def _until_asked(self) -> str:
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        data = b""
        while not data.endswith(b"> "):
            ready, _, _ = select.select([fd], [], [], max(self.deadline - time.monotonic(), 0))
            assert ready, "the chat did not ask for input in time:\n" + (self.transcript + data.decode(errors="replace"))[-3000:]
            chunk = os.read(fd, 65536)
            assert chunk, "the chat ended early:\n" + (self.transcript + data.decode(errors="replace"))[-3000:]
            data += chunk
        text = data.decode("utf-8", errors="replace")
        self.transcript += text
        return text

    def say(self, line: str) -> str:
        """Answer ``line``; what the chat shows until it asks again."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(line.encode("utf-8") + b"\n")
        self.proc.stdin.flush()
        self.last = self._until_asked()
        return self.last

    def end(self) -> int:
        """End of input: the chat stops at its prompt."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.close()
        self.transcript += self.proc.stdout.read().decode("utf-8", errors="replace")
        code = self.proc.wait(timeout=30)
        self.errors.close()
        return code


def test_the_example_plugin_installed_beside_the_assistant(tmp_path: Path) -> None:
    site = install_example(tmp_path)
    cwd = tmp_path / "run"  # an empty working directory: nothing on the path by accident
    cwd.mkdir()
    with_plugin = environment(tmp_path / "data", site)
    core_only = environment(tmp_path / "data-core", None)

    # Without the plugin on the path (started now, read at the end): the core offers no sport.
    core_out = tmp_path / "core.out"
    with (tmp_path / "core.in").open("w+") as script, core_out.open("w") as out:
        script.write("nieuw\nannuleer\n")
        script.seek(0)
        core_chat = subprocess.Popen([sys.executable, "-m", "meldcode"], stdin=script, stdout=out,
                                     stderr=subprocess.PIPE, text=True, env=core_only, cwd=cwd)

    # (a) meldcode plugins: sport 1.0.0 loaded next to the bundled plugins.
    listed = meldcode("plugins", env=with_plugin, cwd=cwd)
    bundled = meldcode("plugins", env=core_only, cwd=cwd)
    assert listed.returncode == 0 and bundled.returncode == 0, listed.stdout + listed.stderr + bundled.stdout
    plugins, core_plugins = plugin_lines(listed.stdout), plugin_lines(bundled.stdout)
    assert plugins.pop("sport") == ("✓", "1.0.0"), listed.stdout
    assert plugins == core_plugins and core_plugins and all(m == "✓" for m, _ in plugins.values())
    assert f"Plugins: {len(core_plugins) + 1} geladen, 0 uitgeschakeld." in listed.stdout
    assert re.search(r"^✓ sport 1\.0\.0 — Sport en bewegen: de meldcode bij een sportvereniging", listed.stdout, re.M)
    assert "voegt toe: sector sport (trainer)" in listed.stdout

    # (b) meldcode plugins check on the example's source directory.
    checked = meldcode("plugins", "check", str(EXAMPLE), env=with_plugin, cwd=cwd)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert f"OK {EXAMPLE / 'meldcode_sport' / 'guidance.toml'} (plugin sport)" in checked.stdout
    assert "FOUT" not in checked.stdout and "Let op" not in checked.stdout

    # (c) A case in the new sector, walked to a decision in one console session.
    rule = DATA["rules"][0]
    item, contact, note = rule["items"][0]["text"]["nl"], rule["contacts"][0], rule["notes"][0]["text"]["nl"]
    chat = Chat(with_plugin, cwd, tmp_path / "chat.err")
    form = chat.say("nieuw")
    assert re.search(rf"^ +\d+\. {SPORT}$", form, re.M), form  # the sector and its variant are offered
    chat.say(number_of(form, SPORT_TRAINER))
    chat.say("1")  # lichamelijke mishandeling
    chat.say("nee")  # no acute danger
    chat.say("Blauwe plekken na trainingen; de speler wil niet meer naar de training.")
    chat.say("")  # no persons
    card = chat.say("")  # no dossier number: the case card
    assert f"Sector: {SPORT_TRAINER}" in card
    sport_item = code_of(card, item)
    assert sport_item.startswith("1.")
    assert f"— Contact en advies\n   {contact['name']['nl']}: {contact['url']} — {contact['when']['nl']}" in card
    assert f"— Wet en plichten\n   {note}" in card
    assert BESTUUR not in card  # an obligation only after a decision

    for code in ("1.1", "1.2", sport_item):
        card = chat.say(code)
    assert code_of(card, item, done=True) == sport_item
    roles = chat.say(number_of(card, "Consultatie vastleggen"))
    chat.say(number_of(roles, "Aandachtsfunctionaris"))
    chat.say("")  # no colleague's name
    chat.say("")  # today
    card = chat.say("Signalen besproken, zonder namen.")
    for code in ("3.1", "3.2", "3.3", "3.4", "4.1"):
        card = chat.say(code)
    chat.say(number_of(card, "Afwegingskader invullen"))
    chat.say("ja")
    chat.say("Blauwe plekken na meerdere trainingen.")
    chat.say("ja")
    decision = chat.say("Herhaald letsel over meerdere weken.")
    assert "Advies volgens het afwegingskader: Melden bij Veilig Thuis." in decision
    chat.say(number_of(decision, "Melden bij Veilig Thuis"))
    card = chat.say("Structurele onveiligheid: melden volgens de meldnorm.")
    assert "Besluit vastgelegd: melden." in card
    # The plugin's code hook added its obligation to step 5 when the decision was recorded.
    obligation = code_of(card, BESTUUR)
    assert obligation.startswith("5.")
    card = chat.say(obligation)
    assert code_of(card, BESTUUR, done=True) == obligation
    timeline = chat.say(number_of(card, "Tijdlijn"))
    assert f"nieuwe verplichting: {BESTUUR}" in timeline
    assert chat.end() == 0
    errors = (tmp_path / "chat.err").read_text()
    assert "Traceback" not in chat.transcript + errors
    assert "disabled" not in errors, errors  # no plugin was switched off along the way

    # (d) The core alone, from the process started at the top.
    _, core_errors = core_chat.communicate(timeout=90)
    offered = core_out.read_text()
    assert core_chat.returncode == 0, core_errors
    assert "Politie" in offered and "Geannuleerd" in offered, offered
    assert SPORT not in offered
