"""spaces tables: structures, rooms, bookings (series) and their materialised occurrences.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('structures',
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name_fr', sa.String(length=160), nullable=False),
    sa.Column('name_ar', sa.String(length=160), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('shared_type', sa.String(length=24), nullable=True),
    sa.Column('hub_id', sa.Integer(), nullable=True),
    sa.Column('requires_approval', sa.Boolean(), nullable=False),
    sa.Column('manager', sa.String(length=120), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['hub_id'], ['hubs.id'], name=op.f('fk_structures_hub_id_hubs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_structures')),
    sa.UniqueConstraint('code', name=op.f('uq_structures_code')),
    sa.UniqueConstraint('uuid', name=op.f('uq_structures_uuid'))
    )
    op.create_index(op.f('ix_structures_hub_id'), 'structures', ['hub_id'], unique=False)
    op.create_table('rooms',
    sa.Column('code', sa.String(length=24), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('structure_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('equipment', sa.Text(), nullable=False),
    sa.Column('accessible', sa.Boolean(), nullable=False),
    sa.Column('opens_min', sa.Integer(), nullable=False),
    sa.Column('closes_min', sa.Integer(), nullable=False),
    sa.Column('open_days', sa.String(length=7), nullable=False),
    sa.Column('out_of_service_from', sa.Date(), nullable=True),
    sa.Column('out_of_service_to', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['structure_id'], ['structures.id'], name=op.f('fk_rooms_structure_id_structures')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rooms')),
    sa.UniqueConstraint('code', name=op.f('uq_rooms_code')),
    sa.UniqueConstraint('uuid', name=op.f('uq_rooms_uuid'))
    )
    op.create_index(op.f('ix_rooms_structure_id'), 'rooms', ['structure_id'], unique=False)
    op.create_table('bookings',
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.String(length=16), nullable=False),
    sa.Column('title', sa.String(length=160), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.Column('organiser', sa.String(length=120), nullable=False),
    sa.Column('trainer', sa.String(length=120), nullable=False),
    sa.Column('expected', sa.Integer(), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=True),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('start_min', sa.Integer(), nullable=False),
    sa.Column('end_min', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('skipped', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_bookings_group_id_groups')),
    sa.ForeignKeyConstraint(['room_id'], ['rooms.id'], name=op.f('fk_bookings_room_id_rooms')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bookings')),
    sa.UniqueConstraint('uuid', name=op.f('uq_bookings_uuid'))
    )
    op.create_index(op.f('ix_bookings_group_id'), 'bookings', ['group_id'], unique=False)
    op.create_index(op.f('ix_bookings_room_id'), 'bookings', ['room_id'], unique=False)
    op.create_index(op.f('ix_bookings_status'), 'bookings', ['status'], unique=False)
    op.create_table('occurrences',
    sa.Column('booking_id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('original_day', sa.Date(), nullable=False),
    sa.Column('start_min', sa.Integer(), nullable=False),
    sa.Column('end_min', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.Column('trainer_key', sa.String(length=120), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('moved', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['booking_id'], ['bookings.id'], name=op.f('fk_occurrences_booking_id_bookings')),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_occurrences_group_id_groups')),
    sa.ForeignKeyConstraint(['room_id'], ['rooms.id'], name=op.f('fk_occurrences_room_id_rooms')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_occurrences')),
    sa.UniqueConstraint('uuid', name=op.f('uq_occurrences_uuid'))
    )
    op.create_index(op.f('ix_occurrences_booking_id'), 'occurrences', ['booking_id'], unique=False)
    op.create_index(op.f('ix_occurrences_day'), 'occurrences', ['day'], unique=False)
    op.create_index('ix_occurrences_group_day', 'occurrences', ['group_id', 'day'], unique=False)
    op.create_index('ix_occurrences_room_day', 'occurrences', ['room_id', 'day'], unique=False)
    op.create_index('ix_occurrences_trainer_day', 'occurrences', ['trainer_key', 'day'], unique=False)


def downgrade() -> None:
    for name in ("ix_occurrences_trainer_day", "ix_occurrences_room_day", "ix_occurrences_group_day",
                 op.f("ix_occurrences_day"), op.f("ix_occurrences_booking_id")):
        op.drop_index(name, table_name="occurrences")
    op.drop_table("occurrences")
    for name in ("ix_bookings_status", "ix_bookings_room_id", "ix_bookings_group_id"):
        op.drop_index(op.f(name), table_name="bookings")
    op.drop_table("bookings")
    op.drop_index(op.f("ix_rooms_structure_id"), table_name="rooms")
    op.drop_table("rooms")
    op.drop_index(op.f("ix_structures_hub_id"), table_name="structures")
    op.drop_table("structures")
