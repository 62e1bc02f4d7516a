"""Importing this package registers every table on ``Base.metadata``."""

from cmc_desktop.db.models import (  # noqa: F401
    career,
    catering,
    language,
    library,
    reference,
    registry,
    residence,
    security,
    spaces,
    sync,
)
from cmc_desktop.db.models.reference import (
    AcademicYear,
    CalendarDay,
    Group,
    Hub,
    Programme,
    Region,
    Sector,
    Setting,
)
from cmc_desktop.db.models.registry import Enrolment, Trainee


def configure() -> None:
    """Resolve every relationship now (SQLAlchemy does it lazily, during the first query)."""
    from sqlalchemy.orm import configure_mappers

    configure_mappers()


__all__ = [
    "AcademicYear",
    "CalendarDay",
    "Enrolment",
    "Group",
    "Hub",
    "Programme",
    "Region",
    "Sector",
    "Setting",
    "Trainee",
]
