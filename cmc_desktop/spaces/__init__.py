"""The spaces area."""
