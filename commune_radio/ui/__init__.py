"""The desktop window (PySide6): screens, table models, dialogs and their translations."""
