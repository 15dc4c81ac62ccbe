"""Entry point of `python -m matching`; see matching.cli."""

from matching.cli import main

raise SystemExit(main())
