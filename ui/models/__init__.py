"""Table models for database-backed lists: ids plus a lazy row cache."""
