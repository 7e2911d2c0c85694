"""Forms waiting for their user, in memory only.

A platform that closes a form before the assistant has answered it (a Slack modal must be
acknowledged within three seconds) cannot show the form again by itself. When the answer is
"first say who this name is", the form with everything the user typed is parked here, and the
user gets a button that opens it again. The typed text may hold names that are in no vault
yet, so it is never written to the database: a restart forgets it, and so does time.
"""

from __future__ import annotations

import secrets
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace

from assistant.cards import Form

TTL_SECONDS = 24 * 3600
MAX_PARKED = 500
PARKED = "parked"  # the key in a parked form's context


class ParkedForms:
    """Forms by a random key, each for one user, for at most ``ttl`` seconds."""

    def __init__(self, *, ttl: float = TTL_SECONDS, limit: int = MAX_PARKED,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self.limit = limit
        self.clock = clock
        self._forms: OrderedDict[str, tuple[str, Form, float]] = OrderedDict()

    def park(self, user: str, form: Form) -> str:
        """The key to open ``form`` again by; its context says the key, so that sending it drops it."""
        self._expire()
        key = secrets.token_urlsafe(16)
        self._forms[key] = (user, replace(form, context={**form.context, PARKED: key}), self.clock() + self.ttl)
        while len(self._forms) > self.limit:
            self._forms.popitem(last=False)
        return key

    def get(self, user: str, key: str) -> Form | None:
        """The form parked for ``user`` under ``key``; None when gone or someone else's. It stays
        parked: a user may close the form without sending it and open it again."""
        self._expire()
        entry = self._forms.get(key)
        if entry is None or entry[0] != user:
            return None
        return entry[1]

    def drop(self, key: str) -> None:
        """The parked form was sent and saved: it is done."""
        self._forms.pop(key, None)

    def _expire(self) -> None:
        now = self.clock()
        for key in [k for k, (_, _, until) in self._forms.items() if until <= now]:
            del self._forms[key]
