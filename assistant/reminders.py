"""Which reminders a case should have now, counted in working time.

- the current step: due after the step's working days (per step, per sector: settings), then
  to the aandachtsfunctionaris after ``escalation_days`` more;
- after a melding: check Veilig Thuis's feedback after ``vt_feedback_days`` working days
  (Veilig Thuis completes its safety assessment within 5 working days);
- a request waiting in the aandachtsfunctionaris's queue: the contact persons are told in
  working hours, and again after a working day; an acute one (alerted at once, day or night)
  again after half an hour if nobody took it.

A closed case has none. The rows are kept in step with the case on every change, in the same
transaction; the scheduler (``Assistant.send_due_reminders``) checks each one again before
sending, so a step done or a case closed in the meantime gets no reminder.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from assistant.case import CaseState, current_step, feedback_after_melding, open_items
from assistant.config import Settings
from assistant.meldcode import Protocol
from assistant.storage import ReminderSpec
from assistant.workhours import WorkingTime

ACUTE_AGAIN = timedelta(minutes=30)  # an acute case nobody took: the contacts are alerted again


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
    if state.meldingen and not feedback_after_melding(state):
        # per melding (its number in ``step``); from the melding's date, but never in the past
        # (a melding recorded late must not go to the aandachtsfunctionaris at once)
        made = datetime.combine(state.meldingen[-1].on, wt.start, wt.tz)
        due = max(wt.add_days(made, settings.vt_feedback_days), wt.next_working_moment(now))
        specs.append(ReminderSpec("vt_feedback", len(state.meldingen), due, wt.add_days(due, settings.escalation_days)))
    triage = state.triage
    if triage is not None and triage.status == "waiting":
        # one row per request (its number in ``step``): a later request is told again. Acute ones
        # were alerted at once, day or night: told again after half an hour if nobody took them.
        if triage.kind == "acute":
            specs.append(ReminderSpec("triage", triage.requests, now + ACUTE_AGAIN))
        else:
            due = wt.next_working_moment(now)
            specs.append(ReminderSpec("triage", triage.requests, due, wt.add_days(due, 1)))
    return specs
