"""The core's REST API under /api/v1/, split by subject: people (intake), relations (matches and
peer groups), platform (me, organisations, accounts, audit). `base` holds the shared plumbing."""
