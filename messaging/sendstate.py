"""What one send depends on, read in one plain query; the costly pure work memoised on it.

A send must check who may write, whether her messaging consent still stands, and moderate with
her organisation's own rules and the safety identifiers (contact bans) of the survivor(s) of the
conversation. Built with the ORM that was four queries per message, and Django's query building
cost far more CPU than PostgreSQL's work (about 9 of a send's 13 ms here). So:

- `send_state` reads, in one statement with no ORM compilation, the rows those checks depend on;
- the moderation inputs are built *from those rows* (rules compiled, bans decrypted), memoised
  on their values: a ban added, removed or edited changes the rows, so the next send moderates
  with it. Nothing is invalidated, because nothing is ever stale: the rows are read every send;
- the access and consent checks keep their one definition (`selectors.conversation_get_for_user`,
  `aftercare.selectors.messaging_stopped`); their result is reused only while the rows they read
  (`SendState.access_key`, `SendState.consent_key`) are the same as when it was computed.

If those checks ever read another column or table, add it to the matching part of the query
(tests/messaging/test_sendstate.py shows every revocation path changes its key).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, Generic, TypeVar, cast

from django.db import connection

from aftercare.crypto import decrypt
from aftercare.models import (
    Buddy,
    Consent,
    ContactBan,
    Match,
    Membership,
    MembershipStatus,
    PeerGroup,
    Survivor,
)
from messaging.models import Conversation, ModerationRule
from messaging.moderation import CustomRule, Moderator
from messaging.moderation.decision import Action

Row = tuple[str | None, ...]


@dataclass(frozen=True)
class SendState:
    """The rows behind one (sender, conversation) send, each part sorted, so equal means same."""

    access_key: tuple[Row, ...]
    consent_key: tuple[Row, ...]
    rules: tuple[Row, ...]
    bans: tuple[str, ...]


def _table(model: Any) -> str:
    return str(connection.ops.quote_name(model._meta.db_table))


@cache
def _statement() -> str:
    # Every column cast to text: one UNION ALL of rows tagged by part. Portable (PostgreSQL and
    # SQLite); every value is a parameter, the names come from the models (hence the noqa).
    conv, match, survivor, buddy = (_table(m) for m in (Conversation, Match, Survivor, Buddy))
    group, membership, consent = _table(PeerGroup), _table(Membership), _table(Consent)
    ban, rule = _table(ContactBan), _table(ModerationRule)
    # Survivors whose consent decides: the match's survivor, and the sender if she is one.
    concerned = (
        f"SELECT m.survivor_id FROM {conv} cv JOIN {match} m ON m.id = cv.match_id "  # noqa: S608
        f"WHERE cv.id = %(conv)s UNION SELECT s.id FROM {survivor} s WHERE s.user_id = %(user)s"
    )
    # Survivors whose safety identifiers hold a message: the match's, or the group's members.
    protected = (
        f"SELECT m.survivor_id FROM {conv} cv JOIN {match} m ON m.id = cv.match_id "  # noqa: S608
        f"WHERE cv.id = %(conv)s UNION SELECT ms.survivor_id FROM {membership} ms "
        f"JOIN {conv} cv ON ms.group_id = cv.group_id "
        f"WHERE cv.id = %(conv)s AND ms.status = '{MembershipStatus.ACTIVE.value}'"
    )
    text = "CAST({} AS TEXT)".format
    columns = 10

    def part(tag: str, values: list[str], rest: str) -> str:
        padded = [text(value) for value in values] + ["NULL"] * (columns - len(values))
        return f"SELECT '{tag}', {', '.join(padded)} {rest}"

    return " UNION ALL ".join(
        [
            part(
                "a",
                [
                    "cv.kind",
                    "cv.paused",
                    "cv.organisation_id",
                    "cv.match_id",
                    "cv.group_id",
                    "m.status",
                    "m.survivor_id",
                    "s.user_id",
                    "b.user_id",
                    "g.status",
                ],
                f"FROM {conv} cv LEFT JOIN {match} m ON m.id = cv.match_id "
                f"LEFT JOIN {survivor} s ON s.id = m.survivor_id "
                f"LEFT JOIN {buddy} b ON b.id = m.buddy_id "
                f"LEFT JOIN {group} g ON g.id = cv.group_id WHERE cv.id = %(conv)s",
            ),
            part(
                "f",
                ["g.facilitator_id"],
                f"FROM {conv} cv JOIN {group} g ON g.id = cv.group_id WHERE cv.id = %(conv)s",
            ),
            part(
                "m",
                ["ms.id", "ms.status", "ms.survivor_id"],
                f"FROM {membership} ms JOIN {survivor} s ON s.id = ms.survivor_id "
                f"JOIN {conv} cv ON cv.group_id = ms.group_id "
                f"WHERE cv.id = %(conv)s AND s.user_id = %(user)s",
            ),
            part(
                "c",
                ["k.id", "k.survivor_id", "k.scope", "k.withdrawn_at", "k.given_on"],
                f"FROM {consent} k WHERE k.survivor_id IN ({concerned})",
            ),
            part(
                "s",
                ["s.id", "s.user_id", "s.erased_at"],
                f"FROM {survivor} s WHERE s.id IN ({concerned})",
            ),
            part(
                "r",
                ["r.id", "r.pattern", "r.is_regex", "r.action"],
                f"FROM {rule} r JOIN {conv} cv ON r.organisation_id = cv.organisation_id "
                f"WHERE cv.id = %(conv)s",
            ),
            part("b", ["x.value"], f"FROM {ban} x WHERE x.survivor_id IN ({protected})"),
        ]
    )


def send_state(*, user_id: int, conversation_id: int) -> SendState:
    """One round trip, no ORM: the rows a send by `user_id` in `conversation_id` depends on."""
    parts: dict[str, list[Row]] = {tag: [] for tag in "afmcsrb"}
    with connection.cursor() as cursor:
        cursor.execute(_statement(), {"conv": conversation_id, "user": user_id})
        for tag, *values in cursor.fetchall():
            parts[tag].append(tuple(values))
    return SendState(
        access_key=tuple(sorted(parts["a"] + parts["f"] + parts["m"], key=_order)),
        consent_key=tuple(sorted(parts["c"] + parts["s"], key=_order)),
        rules=tuple(sorted(parts["r"], key=lambda row: int(row[0] or 0))),
        bans=tuple(sorted(str(row[0]) for row in parts["b"] if row[0])),
    )


def _order(row: Row) -> tuple[str, ...]:
    return tuple("" if value is None else value for value in row)


def _is_true(value: str | None) -> bool:
    # PostgreSQL casts booleans to "true"/"false", SQLite stores 1/0.
    return value in {"true", "1", "t"}


@lru_cache(maxsize=1024)
def moderator_for(rules: tuple[Row, ...], bans: tuple[str, ...]) -> Moderator:
    """The pipeline bound to these rule rows and these (encrypted) bans, built once per value."""
    custom = tuple(
        CustomRule(
            str(pattern),
            _action(action),
            is_regex=_is_true(is_regex),
            id=f"organisation-rule-{rule_id}",
        )
        for rule_id, pattern, is_regex, action, *_ in rules
    )
    identifiers = tuple(sorted({decrypt(token) for token in bans}))
    return Moderator(extra_rules=custom, blocked_identifiers=identifiers)


def _action(value: str | None) -> Action:
    # ModerationRule.action only holds "flag" or "hold"; CustomRule rejects anything else.
    return cast(Action, value)


K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Memo(Generic[K, V]):
    """A bounded map from a key (the rows a result was computed from) to that result."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.entries: OrderedDict[K, V] = OrderedDict()
        # REST sends run on other threads than the sockets' ORM thread.
        self.lock = threading.Lock()

    def get(self, key: K, compute: Callable[[], V]) -> V:
        with self.lock:
            if key in self.entries:
                self.entries.move_to_end(key)
                return self.entries[key]
        value = compute()
        with self.lock:
            self.entries[key] = value
            if len(self.entries) > self.size:
                self.entries.popitem(last=False)
        return value

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()
