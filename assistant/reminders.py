"""Which reminders a case should have now, counted in working time.

- the current step: due after the step's working days (per step, per sector: settings), then
  to the aandachtsfunctionaris after ``escalation_days`` more;
- after a melding: check Veilig Thuis's feedback after ``vt_feedback_days`` working days
  (Veilig Thuis completes its safety assessment within 5 working days);
- a request waiting in the aandachtsfunctionaris's queue (not acute: acute ones are alerted at
  once): the contact persons are told in working hours, and again after a working day.

A closed case has none. The rows are kept in step with the case on every change, in the same
transaction; the scheduler (``Assistant.send_due_reminders``) checks each one again before
sending, so a step done or a case closed in the meantime gets no reminder.
"""

from __future__ import annotations

from datetime import datetime

from assistant.case import CaseState, current_step, open_items
from assistant.config import Settings
from assistant.meldcode import Protocol
from assistant.storage import ReminderSpec
from assistant.workhours import WorkingTime

KINDS = ("step", "vt_feedback", "triage")


def working_time(settings: Settings) -> WorkingTime:
    start, end = settings.working_time
    return WorkingTime(settings.tz, start, end)


def wanted(protocol: Protocol, settings: Settings, wt: WorkingTime, state: CaseState, now: datetime) -> list[ReminderSpec]:
    """The reminders ``state`` should have; times count from ``now`` (existing rows keep theirs)."""
    if not state.is_open:
        return []
    specs = []
    step = current_step(protocol, state)
    if open_items(protocol, state, protocol.step(step)):
        due = wt.add_days(now, settings.days_for(state.sector, step))
        specs.append(ReminderSpec("step", step, due, wt.add_days(due, settings.escalation_days)))
    if state.meldingen and not state.vt_feedback:
        made = datetime.combine(state.meldingen[0].on, wt.start, wt.tz)
        due = wt.add_days(made, settings.vt_feedback_days)
        specs.append(ReminderSpec("vt_feedback", 0, due, wt.add_days(due, settings.escalation_days)))
    triage = state.triage
    if triage is not None and triage.status == "waiting" and triage.kind != "acute":
        due = wt.next_working_moment(now)
        # one row per request (its number in ``step``): a later request is told again
        specs.append(ReminderSpec("triage", triage.requests, due, wt.add_days(due, 1)))
    return specs
