from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from aftercare.errors import Conflict


class RunInProgress(Conflict):
    code = "run_in_progress"
    default_message = _("A run is already going; wait until it has finished.")


class AlreadyDecided(Conflict):
    code = "already_decided"
    default_message = _("This proposal has already been decided.")


class NothingToMatch(Conflict):
    code = "nothing_to_match"
    default_message = _("Nobody is waiting, or no buddy has a free place.")


class NobodyToPlace(Conflict):
    code = "nobody_to_place"
    default_message = _("Nobody is waiting for a peer group.")
