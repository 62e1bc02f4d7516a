"""Users, roles, permissions, authentication and audit."""
