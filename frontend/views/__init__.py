"""Views of the web app, split by who uses them:

- base: the permission decorator every view goes through, and small helpers
- home: the start page of each role and the profile page
- survivors: the coordinator's participant list, forms and file (with consent and safety records)
- buddies: the coordinator's buddy list and forms
- matching: the coordinator's proposal pages (runs, decisions, rejected pairs)
- groups: the peer-group page and its placement proposals
- chat: conversations of participants, the moderation queue and alerts of coordinators
- agenda: contact moments (plan, confirm, report, .ics, calendar feed)
- dashboard: the coordinator's dashboard and the match timeline
- privacy: export, erasure and consent withdrawal on a file, retention settings, "my data"
"""

from frontend.views import agenda, chat, dashboard, groups, matching
from frontend.views.buddies import buddy_create, buddy_edit, buddy_list
from frontend.views.home import home, profile
from frontend.views.survivors import (
    consent_create,
    contact_ban_create,
    exclusion_create,
    survivor_create,
    survivor_edit,
    survivor_file,
    survivor_list,
)

__all__ = [
    "agenda",
    "buddy_create",
    "buddy_edit",
    "buddy_list",
    "chat",
    "consent_create",
    "contact_ban_create",
    "dashboard",
    "exclusion_create",
    "groups",
    "home",
    "matching",
    "profile",
    "survivor_create",
    "survivor_edit",
    "survivor_file",
    "survivor_list",
]
