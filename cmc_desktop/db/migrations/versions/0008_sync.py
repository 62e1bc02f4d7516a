"""sync tables: city outbox and package history; headquarters cities, packages and rows.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _record() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "sync_outbox",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_uuid", sa.Uuid(), nullable=False),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("package_seq", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_outbox")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_sync_outbox_package_seq"), "sync_outbox", ["package_seq"], unique=False)

    op.create_table(
        "sync_packages",
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("first_change", sa.Integer(), nullable=False),
        sa.Column("last_change", sa.Integer(), nullable=False),
        sa.Column("created_utc", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("previous_sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=120), nullable=False),
        sa.Column("destination", sa.String(length=500), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("tombstones", sa.Integer(), nullable=False),
        *_record(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_packages")),
        sa.UniqueConstraint("sequence", name=op.f("uq_sync_packages_sequence")),
        sa.UniqueConstraint("uuid", name=op.f("uq_sync_packages_uuid")),
    )

    op.create_table(
        "hq_cities",
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("public_key", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("last_sequence", sa.Integer(), nullable=False),
        sa.Column("last_sha256", sa.String(length=64), nullable=True),
        sa.Column("last_package_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_created_utc", sa.DateTime(timezone=True), nullable=True),
        *_record(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hq_cities")),
        sa.UniqueConstraint("code", name=op.f("uq_hq_cities_code")),
        sa.UniqueConstraint("uuid", name=op.f("uq_hq_cities_uuid")),
    )

    op.create_table(
        "hq_packages",
        sa.Column("city_id", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("first_change", sa.Integer(), nullable=False),
        sa.Column("last_change", sa.Integer(), nullable=False),
        sa.Column("created_utc", sa.DateTime(timezone=True), nullable=False),
        sa.Column("applied_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("tombstones", sa.Integer(), nullable=False),
        *_record(),
        sa.ForeignKeyConstraint(["city_id"], ["hq_cities.id"], name=op.f("fk_hq_packages_city_id_hq_cities")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hq_packages")),
        sa.UniqueConstraint("city_id", "sequence", name=op.f("uq_hq_packages_city_id_sequence")),
        sa.UniqueConstraint("sha256", name=op.f("uq_hq_packages_sha256")),
        sa.UniqueConstraint("uuid", name=op.f("uq_hq_packages_uuid")),
    )
    op.create_index(op.f("ix_hq_packages_city_id"), "hq_packages", ["city_id"], unique=False)

    op.create_table(
        "hq_rows",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("city_id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_uuid", sa.Uuid(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("package_seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["city_id"], ["hq_cities.id"], name=op.f("fk_hq_rows_city_id_hq_cities")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hq_rows")),
        sa.UniqueConstraint("city_id", "table_name", "row_uuid", name=op.f("uq_hq_rows_city_id_table_name_row_uuid")),
    )
    op.create_index(op.f("ix_hq_rows_table_name"), "hq_rows", ["table_name"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_hq_rows_table_name"), table_name="hq_rows")
    op.drop_table("hq_rows")
    op.drop_index(op.f("ix_hq_packages_city_id"), table_name="hq_packages")
    op.drop_table("hq_packages")
    op.drop_table("hq_cities")
    op.drop_table("sync_packages")
    op.drop_index(op.f("ix_sync_outbox_package_seq"), table_name="sync_outbox")
    op.drop_table("sync_outbox")
