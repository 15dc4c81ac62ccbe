"""Data subject rights (AVG art. 15, 17, 20, 7(3)) and retention (art. 5(1)(e)).

- `survivor_export`: everything about one survivor as JSON-ready data, decrypted: it is hers.
- `survivor_erase`: personal data removed or anonymised; counts, durations and close reasons
  stay, so the dashboard and the benchmarks keep working.
- `consent_withdraw`: a withdrawn scope stops the processing it covered (see the selectors).
- `retention_apply`: per organisation, old message bodies and inactive closed files go.

Other apps hold part of her data (messages, matching runs). Aftercare imports none of them, so
each contributes functions named by dotted path in the settings `PRIVACY_EXPORT_PROVIDERS`,
`PRIVACY_ERASURE_PROVIDERS` and `PRIVACY_RETENTION_PROVIDERS`, loaded with `import_string`
(as `WEBSOCKET_URLPATTERNS` is). Their signatures are the three `Protocol`s in `base`.

Split by right: base (errors, providers, checks), export, erasure, consent, retention.
"""

from aftercare.services.privacy.base import (
    ERASED_PSEUDONYM,
    AlreadyErased,
    AlreadyWithdrawn,
    ConfirmationMismatch,
    ErasureProvider,
    ErasureReason,
    ExportProvider,
    RetentionProvider,
    erasure_confirm,
)
from aftercare.services.privacy.consent import consent_withdraw
from aftercare.services.privacy.erasure import survivor_erase
from aftercare.services.privacy.export import survivor_export
from aftercare.services.privacy.retention import (
    RetentionResult,
    retention_apply,
    retention_candidates,
    retention_update,
)

__all__ = [
    "ERASED_PSEUDONYM",
    "AlreadyErased",
    "AlreadyWithdrawn",
    "ConfirmationMismatch",
    "ErasureProvider",
    "ErasureReason",
    "ExportProvider",
    "RetentionProvider",
    "RetentionResult",
    "consent_withdraw",
    "erasure_confirm",
    "retention_apply",
    "retention_candidates",
    "retention_update",
    "survivor_erase",
    "survivor_export",
]
