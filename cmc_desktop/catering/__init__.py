"""The catering area."""
