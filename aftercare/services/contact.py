"""Contact moments: planning (also recurring), confirmation, moving and cancelling, reminders,
reports (with attendance for group sessions) and the personal calendar feed.

Reminders are rows: each is sent at most once (`sent_at` under a row lock), a moved meeting
cancels its rows and gets new ones, a cancelled meeting cancels them. With the database task
queue each reminder is also a deferred task, so it survives a worker restart; tests and the
periodic sweep call `reminders_deliver_due(now=...)` with the time they choose.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from functools import partial
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr  # type: ignore[import-untyped]
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from aftercare.choices import Role
from aftercare.errors import Forbidden, InvalidTransition
from aftercare.models import (
    AttendanceStatus,
    CalendarFeed,
    ContactKind,
    ContactMoment,
    ContactReport,
    ContactSeries,
    ContactStatus,
    Match,
    MembershipStatus,
    Notification,
    PeerGroup,
    Reminder,
    ReminderKind,
    User,
)
from aftercare.models.audit import AuditAction
from aftercare.models.relations import OPEN_MATCH_STATUSES
from aftercare.services.audit import audit_record
from aftercare.signals import notification_created

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
MAX_OCCURRENCES = 52
REMINDER_OFFSETS = {
    ReminderKind.DAY_BEFORE: timedelta(days=1),
    ReminderKind.HOUR_BEFORE: timedelta(hours=1),
}


def occurrences(rule: str, first_start: datetime) -> list[datetime]:
    """Expand an RFC 5545 rule in Amsterdam wall-clock time.

    The rule runs over naive local times and each occurrence is then placed in the zone, so
    "every Tuesday at 15:00" stays 15:00 across the change to and from summer time.
    """
    local = timezone.localtime(first_start, AMSTERDAM).replace(tzinfo=None)
    try:
        recurrence = rrulestr(rule, dtstart=local)
    except (ValueError, TypeError) as error:
        raise ValidationError(
            {"recurrence": [_("This is not a valid recurrence rule.")]}
        ) from error
    found: list[datetime] = []
    for occurrence in recurrence:
        if len(found) >= MAX_OCCURRENCES:
            break
        found.append(occurrence.replace(tzinfo=AMSTERDAM))
    if not found:
        raise ValidationError({"recurrence": [_("This rule gives no dates.")]})
    return found


def participants(moment: ContactMoment) -> list[User]:
    """The people a moment is for, who get its reminders."""
    people: list[User | None] = []
    if moment.match_id is not None:
        match = Match.objects.select_related("survivor__user", "buddy__user").get(
            pk=moment.match_id
        )
        if moment.kind == ContactKind.CHECK_IN:
            people.append(
                match.buddy.user if moment.check_in_with == "buddy" else match.survivor.user
            )
        else:
            people += [match.buddy.user, match.survivor.user]
    elif moment.group_id is not None:
        group = PeerGroup.objects.select_related("facilitator").get(pk=moment.group_id)
        people.append(group.facilitator)
        people += [
            m.survivor.user
            for m in group.memberships.filter(status=MembershipStatus.ACTIVE).select_related(
                "survivor__user"
            )
        ]
    return [person for person in people if person is not None]


def _can_plan(actor: User, match: Match | None, group: PeerGroup | None, kind: str) -> bool:
    if actor.role == Role.COORDINATOR:
        target_org = match.organisation_id if match else group.organisation_id if group else None
        return target_org == actor.organisation_id
    if kind == ContactKind.CHECK_IN:
        return False
    if match is not None:
        return actor.role == Role.BUDDY and match.buddy.user_id == actor.pk
    if group is not None:
        return group.facilitator_id == actor.pk
    return False


@transaction.atomic
def contact_plan(
    *,
    actor: User,
    match: Match | None = None,
    group: PeerGroup | None = None,
    kind: str,
    starts_at: datetime,
    duration_minutes: int = 60,
    place: str = "",
    online: bool = False,
    check_in_with: str = "",
    recurrence: str = "",
) -> list[ContactMoment]:
    if (match is None) == (group is None):
        raise ValidationError({"match": [_("A contact moment belongs to one match or one group.")]})
    if not _can_plan(actor, match, group, kind):
        raise Forbidden()
    if match is not None and match.status not in OPEN_MATCH_STATUSES:
        raise InvalidTransition(_("This match is closed."), field="match")
    if starts_at <= timezone.now():
        raise ValidationError({"starts_at": [_("Choose a moment in the future.")]})
    if kind == ContactKind.CHECK_IN and check_in_with not in {"buddy", "survivor"}:
        raise ValidationError({"check_in_with": [_("Say with whom the check-in is.")]})
    if group is not None and kind != ContactKind.GROUP_SESSION:
        raise ValidationError({"kind": [_("A group meets in group sessions.")]})
    # A buddy proposes and the survivor confirms; staff plan their own moments directly.
    status = (
        ContactStatus.PROPOSED if kind != ContactKind.CHECK_IN and match else ContactStatus.PLANNED
    )
    series = None
    starts = [starts_at]
    if recurrence:
        series = ContactSeries.objects.create(
            rule=recurrence, first_start=starts_at, created_by=actor
        )
        starts = occurrences(recurrence, starts_at)
    organisation_id = match.organisation_id if match else group.organisation_id  # type: ignore[union-attr]
    moments = []
    for start in starts:
        moment = ContactMoment(
            organisation_id=organisation_id,
            match=match,
            group=group,
            series=series,
            kind=kind,
            check_in_with=check_in_with,
            starts_at=start,
            duration_minutes=duration_minutes,
            place=place,
            online=online,
            status=status,
            status_changed_by=actor,
        )
        moment.full_clean(exclude=["status_changed_by", "organisation"])
        moment.save()
        moments.append(moment)
        if status == ContactStatus.PLANNED:
            _schedule_reminders(moment)
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        obj=moments[0],
        organisation_id=organisation_id,
        changes=["contact_moment"] + (["recurrence"] if recurrence else []),
    )
    return moments


def _may_act_on(actor: User, moment: ContactMoment) -> bool:
    if actor.role == Role.COORDINATOR:
        return moment.organisation_id == actor.organisation_id
    return any(person.pk == actor.pk for person in participants(moment))


def _may_change(actor: User, moment: ContactMoment) -> bool:
    """Who may move or cancel: a coordinator of the organisation; for a match meeting both
    people of the match; a check-in only its coordinator; a group session only its
    facilitator (one member must not cancel the session for everyone)."""
    if actor.role == Role.COORDINATOR:
        return moment.organisation_id == actor.organisation_id
    if moment.kind == ContactKind.CHECK_IN:
        return False
    if moment.group_id is not None:
        return PeerGroup.objects.filter(pk=moment.group_id, facilitator=actor).exists()
    return _may_act_on(actor, moment)


def _set_status(moment: ContactMoment, status: str, actor: User) -> None:
    moment.status = status
    moment.status_changed_by = actor
    moment.status_changed_at = timezone.now()


@transaction.atomic
def contact_confirm(*, actor: User, moment: ContactMoment) -> ContactMoment:
    moment = ContactMoment.objects.select_for_update().get(pk=moment.pk)
    is_survivor = (
        moment.match_id is not None
        and Match.objects.filter(pk=moment.match_id, survivor__user=actor).exists()
    )
    if not (is_survivor or (actor.role == Role.COORDINATOR and _may_act_on(actor, moment))):
        raise Forbidden()
    if moment.status != ContactStatus.PROPOSED:
        raise InvalidTransition(field="status")
    _set_status(moment, ContactStatus.PLANNED, actor)
    moment.other_time_requested_at = None
    moment.save()
    _schedule_reminders(moment)
    return moment


@transaction.atomic
def contact_request_other_time(*, actor: User, moment: ContactMoment) -> ContactMoment:
    """The moment stays as it is, marked, until the planner moves it (or it is confirmed)."""
    moment = ContactMoment.objects.select_for_update().get(pk=moment.pk)
    if not _may_act_on(actor, moment) or moment.status not in {
        ContactStatus.PROPOSED,
        ContactStatus.PLANNED,
    }:
        raise InvalidTransition(field="status")
    if moment.group_id is not None:
        raise InvalidTransition(_("A group session has one time for everyone."), field="status")
    if moment.other_time_requested_at is None:
        moment.other_time_requested_at = timezone.now()
        moment.save(update_fields=["other_time_requested_at"])
    for person in participants(moment):
        if person.pk != actor.pk:
            _notify(person, _neutral_text(person, "other_time", moment))
    return moment


@transaction.atomic
def contact_move(*, actor: User, moment: ContactMoment, starts_at: datetime) -> ContactMoment:
    moment = ContactMoment.objects.select_for_update().get(pk=moment.pk)
    if not _may_change(actor, moment):
        raise Forbidden()
    if moment.status not in {ContactStatus.PROPOSED, ContactStatus.PLANNED}:
        raise InvalidTransition(field="status")
    if starts_at <= timezone.now():
        raise ValidationError({"starts_at": [_("Choose a moment in the future.")]})
    moment.starts_at = starts_at
    moment.other_time_requested_at = None
    _set_status(moment, moment.status, actor)
    moment.save()
    _cancel_reminders(moment)
    if moment.status == ContactStatus.PLANNED:
        _schedule_reminders(moment)
    _notify_others(actor, moment, "moved")
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        obj=moment,
        organisation_id=moment.organisation_id,
        changes=["starts_at"],
    )
    return moment


@transaction.atomic
def contact_cancel(*, actor: User, moment: ContactMoment) -> ContactMoment:
    moment = ContactMoment.objects.select_for_update().get(pk=moment.pk)
    if not _may_change(actor, moment):
        raise Forbidden()
    if moment.status not in {ContactStatus.PROPOSED, ContactStatus.PLANNED}:
        raise InvalidTransition(field="status")
    _set_status(moment, ContactStatus.CANCELLED, actor)
    moment.save()
    _cancel_reminders(moment)
    _notify_others(actor, moment, "cancelled")
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        obj=moment,
        organisation_id=moment.organisation_id,
        changes=["status"],
    )
    return moment


def _notify_others(actor: User, moment: ContactMoment, purpose: str) -> None:
    for person in participants(moment):
        if person.pk != actor.pk:
            _notify(person, _neutral_text(person, purpose, moment))


@transaction.atomic
def contact_report(
    *,
    actor: User,
    moment: ContactMoment,
    happened: bool,
    duration_minutes: int | None = None,
    rating: int | None = None,
    note: str = "",
    worried: bool = False,
    attendance: Iterable[tuple[int, str]] = (),
) -> ContactReport:
    """`attendance` is (survivor id, present/absent/excused) per member of a group session."""
    moment = ContactMoment.objects.select_for_update().get(pk=moment.pk)
    reporter_ok = actor.role == Role.COORDINATOR and moment.organisation_id == actor.organisation_id
    # A check-in is the coordinator's own track: the person she met does not report on it.
    if moment.match_id is not None and moment.kind != ContactKind.CHECK_IN:
        reporter_ok = (
            reporter_ok or Match.objects.filter(pk=moment.match_id, buddy__user=actor).exists()
        )
    elif moment.group_id is not None:
        reporter_ok = (
            reporter_ok or PeerGroup.objects.filter(pk=moment.group_id, facilitator=actor).exists()
        )
    if not reporter_ok:
        raise Forbidden()
    if moment.status not in {ContactStatus.PLANNED, ContactStatus.PROPOSED}:
        raise InvalidTransition(_("This moment has already been reported."), field="status")
    if moment.starts_at > timezone.now():
        raise ValidationError({"happened": [_("You can report once the moment has begun.")]})
    attendance = _valid_attendance(moment, attendance, happened)
    report = ContactReport(
        moment=moment,
        happened=happened,
        duration_minutes=duration_minutes,
        rating=rating,
        note=note,
        worried=worried,
        reported_by=actor,
    )
    report.full_clean(exclude=["reported_by", "moment"])
    report.save()
    for survivor_id, attendance_status in attendance:
        moment.attendance.create(survivor_id=survivor_id, status=attendance_status)
    _set_status(moment, ContactStatus.DONE if happened else ContactStatus.MISSED, actor)
    moment.save()
    _cancel_reminders(moment)
    if worried:
        for coordinator in User.objects.filter(
            organisation_id=moment.organisation_id, role=Role.COORDINATOR, is_active=True
        ):
            _notify(coordinator, _neutral_text(coordinator, "worry", moment))
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        obj=report,
        organisation_id=moment.organisation_id,
        changes=["report"] + (["worried"] if worried else []),
    )
    return report


def _valid_attendance(
    moment: ContactMoment, attendance: Iterable[tuple[int, str]], happened: bool
) -> list[tuple[int, str]]:
    rows = list(attendance)
    if not rows:
        return rows
    if moment.group_id is None or not happened:
        raise ValidationError(
            {"attendance": [_("Attendance is only kept for a group session that took place.")]}
        )
    members = set(
        PeerGroup.objects.get(pk=moment.group_id)
        .memberships.filter(status=MembershipStatus.ACTIVE)
        .values_list("survivor_id", flat=True)
    )
    ids = [survivor_id for survivor_id, _status in rows]
    if len(set(ids)) != len(ids) or not set(ids) <= members:
        raise ValidationError({"attendance": [_("Attendance is for the members of the group.")]})
    if any(status not in AttendanceStatus.values for _id, status in rows):
        raise ValidationError({"attendance": [_("Say for each member whether she was there.")]})
    return rows


@transaction.atomic
def worry_acknowledge(*, actor: User, report: ContactReport) -> ContactReport:
    report = ContactReport.objects.select_for_update().select_related("moment").get(pk=report.pk)
    if actor.role != Role.COORDINATOR or report.moment.organisation_id != actor.organisation_id:
        raise Forbidden()
    report.worry_acknowledged_by = actor
    report.worry_acknowledged_at = timezone.now()
    report.save(update_fields=["worry_acknowledged_by", "worry_acknowledged_at"])
    return report


def _schedule_reminders(moment: ContactMoment) -> None:
    from aftercare.tasks import send_reminder

    now = timezone.now()
    for person in participants(moment):
        for kind, offset in REMINDER_OFFSETS.items():
            due_at = moment.starts_at - offset
            if due_at <= now:
                continue
            reminder = Reminder.objects.create(moment=moment, user=person, kind=kind, due_at=due_at)
            if send_reminder.get_backend().supports_defer:
                transaction.on_commit(partial(_enqueue_reminder, reminder.pk, due_at))


def _enqueue_reminder(reminder_id: int, due_at: datetime) -> None:
    from aftercare.tasks import send_reminder

    send_reminder.using(run_after=due_at).enqueue(reminder_id)


def _cancel_reminders(moment: ContactMoment) -> None:
    moment.reminders.filter(sent_at__isnull=True, cancelled_at__isnull=True).update(
        cancelled_at=timezone.now()
    )


def _neutral_text(user: User, purpose: str, moment: ContactMoment) -> str:
    """Texts that may show on a lock screen: a time, never a name, a place or what it is for."""
    with override(user.language or settings.LANGUAGE_CODE):
        local = timezone.localtime(moment.starts_at, AMSTERDAM)
        time = formats.time_format(local, "H:i")
        if purpose == "day_before":
            return _("You have an appointment tomorrow at %(time)s.") % {"time": time}
        if purpose == "hour_before":
            return _("You have an appointment at %(time)s.") % {"time": time}
        if purpose == "other_time":
            return _("Someone asked for another time for an appointment.")
        day = formats.date_format(local, "l j F")
        if purpose == "moved":
            return _("An appointment has a new time: %(day)s at %(time)s.") % {
                "day": day,
                "time": time,
            }
        if purpose == "cancelled":
            return _("The appointment of %(day)s at %(time)s does not go ahead.") % {
                "day": day,
                "time": time,
            }
        return _("Something needs your attention.")


def _notify(user: User, text: str) -> Notification:
    notification = Notification.objects.create(user=user, text=text)
    transaction.on_commit(
        lambda: notification_created.send(
            sender=Notification,
            user_id=user.pk,
            notification_id=notification.pk,
            text=text,
        ),
        robust=True,
    )
    return notification


@transaction.atomic
def notifications_mark_read(
    *, user: User, ids: list[int] | None = None, now: datetime | None = None
) -> int:
    """Mark her notifications read (these ids, or all); someone else's ids change nothing."""
    unread = Notification.objects.filter(user=user, read_at__isnull=True)
    if ids is not None:
        unread = unread.filter(pk__in=ids)
    return unread.update(read_at=now or timezone.now())


@transaction.atomic
def reminder_send(*, reminder_id: int, now: datetime | None = None) -> bool:
    """Send one reminder if it is due and still wanted; True when this call sent it."""
    now = now or timezone.now()
    reminder = (
        Reminder.objects.select_for_update()
        .select_related("moment", "user")
        .filter(pk=reminder_id)
        .first()
    )
    if reminder is None or reminder.sent_at or reminder.cancelled_at or reminder.due_at > now:
        return False
    if reminder.moment.status != ContactStatus.PLANNED:
        return False
    # A worker that was down must not send yesterday's reminder beside today's, or one after
    # the meeting began: a late reminder is dropped once the next one is due.
    stale_from = reminder.moment.starts_at - (
        timedelta(hours=1) if reminder.kind == ReminderKind.DAY_BEFORE else timedelta(0)
    )
    if now >= stale_from:
        reminder.cancelled_at = now
        reminder.save(update_fields=["cancelled_at"])
        return False
    text = _neutral_text(reminder.user, reminder.kind, reminder.moment)
    _notify(reminder.user, text)
    if reminder.user.email_reminders:
        send_mail(subject=text, message=text, from_email=None, recipient_list=[reminder.user.email])
    reminder.sent_at = now
    reminder.save(update_fields=["sent_at"])
    return True


def reminders_deliver_due(*, now: datetime | None = None) -> int:
    now = now or timezone.now()
    due = Reminder.objects.filter(
        due_at__lte=now, sent_at__isnull=True, cancelled_at__isnull=True
    ).values_list("pk", flat=True)
    return sum(reminder_send(reminder_id=pk, now=now) for pk in list(due))


def ics_for(moments: Iterable[ContactMoment]) -> bytes:
    """An iCalendar document with neutral titles and no names."""
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//Verder//NL")
    calendar.add("version", "2.0")
    for moment in moments:
        event = Event()
        event.add("uid", f"moment-{moment.pk}@verder")
        event.add("summary", "Afspraak")
        event.add("dtstart", moment.starts_at)
        event.add("dtend", moment.starts_at + timedelta(minutes=moment.duration_minutes))
        event.add("dtstamp", moment.status_changed_at)
        if moment.status == ContactStatus.CANCELLED:
            event.add("status", "CANCELLED")
        calendar.add_component(event)
    ical: bytes = calendar.to_ical()
    return ical


@transaction.atomic
def calendar_feed_revoke(*, actor: User) -> int:
    """Stop every live feed address of the actor; how many stopped."""
    feeds = list(
        CalendarFeed.objects.select_for_update().filter(user=actor, revoked_at__isnull=True)
    )
    now = timezone.now()
    for feed in feeds:
        feed.revoked_at = now
        feed.save(update_fields=["revoked_at"])
        audit_record(
            actor=actor,
            action=AuditAction.UPDATE,
            obj=feed,
            organisation_id=actor.organisation_id,
            changes=["revoked_at"],
        )
    return len(feeds)


@transaction.atomic
def calendar_feed_create(*, actor: User) -> CalendarFeed:
    """A new secret feed address; the old one stops working, so at most one is live."""
    # The user row is the lock: two requests at once must not both leave a live feed.
    User.objects.select_for_update().filter(pk=actor.pk).exists()
    calendar_feed_revoke(actor=actor)
    feed = CalendarFeed.objects.create(user=actor)
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        obj=feed,
        organisation_id=actor.organisation_id,
        changes=["calendar_feed"],
    )
    return feed
