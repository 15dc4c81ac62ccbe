"""Views of the web app, split by who uses them:

- base: the permission decorator every view goes through, and small helpers
- home: the start page of each role and the profile page
- survivors: the coordinator's participant list, forms and file (with consent and safety records)
- buddies: the coordinator's buddy list and forms
"""

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
    "buddy_create",
    "buddy_edit",
    "buddy_list",
    "consent_create",
    "contact_ban_create",
    "exclusion_create",
    "home",
    "profile",
    "survivor_create",
    "survivor_edit",
    "survivor_file",
    "survivor_list",
]
