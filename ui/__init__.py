"""The Qt layer. Imports core services, DTOs and errors; never the database layer."""
