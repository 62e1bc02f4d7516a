"""The language area."""
