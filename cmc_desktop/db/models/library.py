"""ORM models of the media library: catalogue, copies, loan rules, loans, holds, staff patrons."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cmc_desktop.db.base import Base, RecordMixin, UTCDateTime

ITEM_TYPES = ("book", "magazine", "dvd", "reference")
PATRON_CATEGORIES = ("trainee", "staff")
COPY_STATUSES = ("available", "on_loan", "on_hold", "lost", "withdrawn")
HOLD_STATUSES = ("waiting", "ready", "fulfilled", "cancelled")


class LibraryTitle(RecordMixin, Base):
    """A bibliographic record (one per edition)."""

    __tablename__ = "lib_titles"
    title: Mapped[str] = mapped_column(String(300))
    authors: Mapped[str] = mapped_column(String(300), default="")
    isbn: Mapped[str | None] = mapped_column(String(13), index=True)  # normalised, no hyphens
    language: Mapped[str] = mapped_column(String(40), default="")
    subject: Mapped[str] = mapped_column(String(120), default="")
    item_type: Mapped[str] = mapped_column(String(16), default="book")
    search_key: Mapped[str] = mapped_column(String(700), default="")


class LibraryCopy(RecordMixin, Base):
    """A physical copy: its barcode carries the city prefix (unique across the 12 cities)."""

    __tablename__ = "lib_copies"
    barcode: Mapped[str] = mapped_column(String(24), unique=True)
    title_id: Mapped[int] = mapped_column(ForeignKey("lib_titles.id"), index=True)
    shelf_location: Mapped[str] = mapped_column(String(40), default="")
    status: Mapped[str] = mapped_column(String(12), default="available", index=True)
    last_seen_on: Mapped[dt.date | None] = mapped_column(Date)
    title: Mapped[LibraryTitle] = relationship()


class LibraryStaffPatron(RecordMixin, Base):
    """Staff who borrow: a card code of their own (trainees borrow with their matricule)."""

    __tablename__ = "lib_staff_patrons"
    code: Mapped[str] = mapped_column(String(24), unique=True)
    full_name: Mapped[str] = mapped_column(String(160))
    department: Mapped[str] = mapped_column(String(120), default="")
    active: Mapped[bool] = mapped_column(default=True)


class LoanRule(RecordMixin, Base):
    """One cell of the circulation matrix: patron category × item type."""

    __tablename__ = "lib_loan_rules"
    __table_args__ = (UniqueConstraint("patron_category", "item_type"),)
    patron_category: Mapped[str] = mapped_column(String(12))
    item_type: Mapped[str] = mapped_column(String(16))
    max_loans: Mapped[int] = mapped_column(Integer)
    loan_days: Mapped[int] = mapped_column(Integer)
    renewals: Mapped[int] = mapped_column(Integer)


class Loan(RecordMixin, Base):
    __tablename__ = "lib_loans"
    copy_id: Mapped[int] = mapped_column(ForeignKey("lib_copies.id"))
    trainee_id: Mapped[int | None] = mapped_column(ForeignKey("trainees.id"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("lib_staff_patrons.id"))
    patron_category: Mapped[str] = mapped_column(String(12))
    item_type: Mapped[str] = mapped_column(String(16))
    checked_out_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    due_on: Mapped[dt.date] = mapped_column(Date)
    returned_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    renewals: Mapped[int] = mapped_column(Integer, default=0)
    # Denormalised "still out" flag so the scan path reads open loans through a small index.
    open: Mapped[bool] = mapped_column(default=True)

    __table_args__ = (
        Index("ix_lib_loans_copy_open", "copy_id", "open"),
        Index("ix_lib_loans_trainee_open", "trainee_id", "open"),
        Index("ix_lib_loans_staff_open", "staff_id", "open"),
        Index("ix_lib_loans_open_due", "open", "due_on"),
    )


class Hold(RecordMixin, Base):
    """A place in the queue for a title; 'ready' once a returned copy is put aside for it."""

    __tablename__ = "lib_holds"
    title_id: Mapped[int] = mapped_column(ForeignKey("lib_titles.id"), index=True)
    trainee_id: Mapped[int | None] = mapped_column(ForeignKey("trainees.id"), index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("lib_staff_patrons.id"))
    placed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(12), default="waiting")
    copy_id: Mapped[int | None] = mapped_column(ForeignKey("lib_copies.id"))
    note: Mapped[str | None] = mapped_column(Text)
