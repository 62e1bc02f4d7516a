"""The residence area."""
