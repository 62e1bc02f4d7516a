"""CMC Desktop core: business logic and storage. Never imports Qt."""

__version__ = "0.1.0"
