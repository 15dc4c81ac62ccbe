"""The matching solvers: pure Python + OR-Tools, no Django (checked by import-linter)."""
