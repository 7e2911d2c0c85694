"""Working time: the organisation's working hours on working days, Dutch public holidays off.

Due times of reminders are counted in working hours ("two working days" = 2 × the length of a
working day), in the organisation's time zone. Public holidays come from ``holidays.NL``.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from functools import lru_cache

import holidays
from dateutil.easter import easter


@lru_cache(maxsize=64)
def _dutch_holidays(year: int) -> frozenset[date]:
    """The Dutch public holidays that are days off. Goede Vrijdag is in the list of christian
    holidays but not a general day off: most organisations work, so it counts as a working day."""
    days = set(holidays.country_holidays("NL", years=year))
    return frozenset(days - {easter(year) - timedelta(days=2)})


class WorkingTime:
    def __init__(self, tz: tzinfo, start: time = time(8, 30), end: time = time(17, 0),
                 days: tuple[int, ...] = (0, 1, 2, 3, 4)) -> None:
        if end <= start:
            raise ValueError("working hours must end after they start")
        self.tz = tz
        self.start = start
        self.end = end
        self.days = days

    @property
    def day_hours(self) -> float:
        """The length of one working day in hours."""
        return (datetime.combine(date.min, self.end) - datetime.combine(date.min, self.start)).seconds / 3600

    def is_working_day(self, day: date) -> bool:
        return day.weekday() in self.days and day not in _dutch_holidays(day.year)

    def _bounds(self, day: date) -> tuple[datetime, datetime]:
        return (datetime.combine(day, self.start, self.tz), datetime.combine(day, self.end, self.tz))

    def next_working_moment(self, moment: datetime) -> datetime:
        """``moment`` if it is within working hours, else the start of the next working period."""
        local = moment.astimezone(self.tz)
        day = local.date()
        for _ in range(400):
            if self.is_working_day(day):
                begin, end = self._bounds(day)
                if local < begin:
                    return begin
                if local < end:
                    return local
            day += timedelta(days=1)
            local = datetime.combine(day, time.min, self.tz)
        raise ValueError("no working day within a year")  # pragma: no cover - only with days=()

    def add(self, moment: datetime, hours: float) -> datetime:
        """The moment ``hours`` working hours after ``moment``. A moment that falls at the very
        end of a working day is the start of the next one: a reminder at closing time helps
        nobody."""
        remaining = timedelta(hours=hours)
        current = self.next_working_moment(moment)
        for _ in range(4000):
            _, end = self._bounds(current.date())
            available = end - current
            if remaining < available or (remaining == available and remaining == timedelta(0)):
                return current + remaining
            remaining -= available
            current = self.next_working_moment(end + timedelta(seconds=1))
        raise ValueError("too many working hours")  # pragma: no cover

    def add_days(self, moment: datetime, days: float) -> datetime:
        return self.add(moment, days * self.day_hours)
