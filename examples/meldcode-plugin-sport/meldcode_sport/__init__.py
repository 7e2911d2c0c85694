"""Example meldcode plugin: sport en bewegen.

Most of it is data (``guidance.toml`` beside this file). One hook is code, to show how the two
combine: ``SportPlugin`` is a ``DataPlugin`` (every hook from the data file) that overrides
``meldcode_case_event``. An overriding method needs its own ``@hookimpl``: without it pluggy
would not see the method as a hook at all.
"""

from __future__ import annotations

from assistant.guidance import CaseEvent, CaseView, DataPlugin, Text, hookimpl
from assistant.guidance.model import Item

BESTUUR_INGELICHT = Item(
    step=5,
    key="bestuur_ingelicht",
    text=Text(nl="Bestuur van de vereniging ingelicht", en="Club board informed"),
)


class SportPlugin(DataPlugin):
    @hookimpl
    def meldcode_case_event(self, case: CaseView, event: CaseEvent) -> list[Item]:
        """The data file's obligations, and: when a decision to melden and/or help (not to
        close) is recorded on a trainer case, a step-5 item that the club board was informed,
        since the board is who can take measures towards a trainer."""
        items = super().meldcode_case_event(case, event)
        if (event.name == "decision_recorded" and event.outcome != "close"
                and case.sector == "sport" and case.variant == "trainer"):
            items.append(BESTUUR_INGELICHT)
        return items


plugin = SportPlugin.from_package(__name__)
