"""The career area."""
