"""The domain core of Verder, split by subject.

- organisations: the tenants and their per-organisation settings and interest tags
- accounts: the user model, one role in one organisation
- people: survivors (deelnemers) and buddies (maatjes) with their intake and screening data
- safety: consent records, matching exclusions and contact bans
- relations: matches and peer groups with their memberships and history
- contact: contact moments, reports, reminders, notifications, cadence and calendar feeds
- audit: the append-only audit trail
"""

from aftercare.models.accounts import User, UserManager
from aftercare.models.audit import AuditEvent
from aftercare.models.contact import (
    Attendance,
    AttendanceStatus,
    CadencePolicy,
    CalendarFeed,
    CheckInWith,
    ContactKind,
    ContactMoment,
    ContactReport,
    ContactSeries,
    ContactStatus,
    Notification,
    Reminder,
    ReminderKind,
)
from aftercare.models.organisations import Interest, Organisation
from aftercare.models.people import Buddy, BuddyStatus, Survivor, SurvivorStatus
from aftercare.models.relations import (
    CloseReason,
    Match,
    MatchEvent,
    MatchStatus,
    Membership,
    MembershipStatus,
    PeerGroup,
    PeerGroupStatus,
)
from aftercare.models.safety import (
    Consent,
    ConsentScope,
    ContactBan,
    ContactBanKind,
    SafetyExclusion,
)

__all__ = [
    "Attendance",
    "AttendanceStatus",
    "AuditEvent",
    "Buddy",
    "BuddyStatus",
    "CadencePolicy",
    "CalendarFeed",
    "CheckInWith",
    "CloseReason",
    "Consent",
    "ConsentScope",
    "ContactBan",
    "ContactBanKind",
    "ContactKind",
    "ContactMoment",
    "ContactReport",
    "ContactSeries",
    "ContactStatus",
    "Interest",
    "Match",
    "MatchEvent",
    "MatchStatus",
    "Membership",
    "MembershipStatus",
    "Notification",
    "Organisation",
    "PeerGroup",
    "PeerGroupStatus",
    "Reminder",
    "ReminderKind",
    "SafetyExclusion",
    "Survivor",
    "SurvivorStatus",
    "User",
    "UserManager",
]
