"""Forms of the web app. They parse and validate input; the aftercare services decide and write.

Split by subject:

- base: labels taken from the model fields (so a field is named and translated once), the date
  input, and `VerderForm` with the error summary and the mapping of service errors onto fields
- people: the intake and edit forms of survivors and buddies, with the week grid
- filters: the GET filters of the lists
- records: consent, contact bans and safety exclusions on a survivor's file

Every form renders with `frontend/includes/field.html`, which ties errors and help texts to
their input (`aria-invalid`, `aria-describedby`); `error_summary()` feeds the list at the top.
"""

from frontend.forms.base import ErrorLink, VerderForm
from frontend.forms.filters import VOG_STATES, BuddyFilterForm, SurvivorFilterForm
from frontend.forms.people import BUDDY_FIELDS, SURVIVOR_FIELDS, BuddyForm, PersonForm, SurvivorForm
from frontend.forms.records import ConsentForm, ContactBanForm, ExclusionForm

__all__ = [
    "BUDDY_FIELDS",
    "SURVIVOR_FIELDS",
    "VOG_STATES",
    "BuddyFilterForm",
    "BuddyForm",
    "ConsentForm",
    "ContactBanForm",
    "ErrorLink",
    "ExclusionForm",
    "PersonForm",
    "SurvivorFilterForm",
    "SurvivorForm",
    "VerderForm",
]
