"""residence tables: buildings, rooms, beds, applications, stays, bed moves, leaves.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('residence_buildings',
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('name_ar', sa.String(length=120), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=False),
    sa.Column('floors', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("sex in ('H', 'F')", name=op.f('ck_residence_buildings_sex')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_residence_buildings')),
    sa.UniqueConstraint('code', name=op.f('uq_residence_buildings_code')),
    sa.UniqueConstraint('uuid', name=op.f('uq_residence_buildings_uuid'))
    )
    op.create_table('residence_rooms',
    sa.Column('building_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('floor', sa.Integer(), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('accessible', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('capacity between 1 and 4', name=op.f('ck_residence_rooms_capacity')),
    sa.ForeignKeyConstraint(['building_id'], ['residence_buildings.id'], name=op.f('fk_residence_rooms_building_id_residence_buildings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_residence_rooms')),
    sa.UniqueConstraint('building_id', 'code', name=op.f('uq_residence_rooms_building_id_code')),
    sa.UniqueConstraint('uuid', name=op.f('uq_residence_rooms_uuid'))
    )
    op.create_index(op.f('ix_residence_rooms_building_id'), 'residence_rooms', ['building_id'], unique=False)
    op.create_table('residence_beds',
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=4), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['room_id'], ['residence_rooms.id'], name=op.f('fk_residence_beds_room_id_residence_rooms')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_residence_beds')),
    sa.UniqueConstraint('room_id', 'label', name=op.f('uq_residence_beds_room_id_label')),
    sa.UniqueConstraint('uuid', name=op.f('uq_residence_beds_uuid'))
    )
    op.create_index(op.f('ix_residence_beds_room_id'), 'residence_beds', ['room_id'], unique=False)
    op.create_table('residence_applications',
    sa.Column('trainee_id', sa.Integer(), nullable=False),
    sa.Column('academic_year_id', sa.Integer(), nullable=False),
    sa.Column('submitted_on', sa.Date(), nullable=False),
    sa.Column('distance_km', sa.Float(), nullable=False),
    sa.Column('remote', sa.Boolean(), nullable=False),
    sa.Column('social_score', sa.Integer(), nullable=False),
    sa.Column('minor', sa.Boolean(), nullable=False),
    sa.Column('accessibility_need', sa.Boolean(), nullable=False),
    sa.Column('year_of_study', sa.Integer(), nullable=False),
    sa.Column('roommate_trainee_id', sa.Integer(), nullable=True),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('bed_id', sa.Integer(), nullable=True),
    sa.Column('explanation', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['academic_year_id'], ['academic_years.id'], name=op.f('fk_residence_applications_academic_year_id_academic_years')),
    sa.ForeignKeyConstraint(['bed_id'], ['residence_beds.id'], name=op.f('fk_residence_applications_bed_id_residence_beds')),
    sa.ForeignKeyConstraint(['roommate_trainee_id'], ['trainees.id'], name=op.f('fk_residence_applications_roommate_trainee_id_trainees')),
    sa.ForeignKeyConstraint(['trainee_id'], ['trainees.id'], name=op.f('fk_residence_applications_trainee_id_trainees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_residence_applications')),
    sa.UniqueConstraint('trainee_id', 'academic_year_id', name=op.f('uq_residence_applications_trainee_id_academic_year_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_residence_applications_uuid'))
    )
    op.create_index(op.f('ix_residence_applications_academic_year_id'), 'residence_applications', ['academic_year_id'], unique=False)
    op.create_index(op.f('ix_residence_applications_bed_id'), 'residence_applications', ['bed_id'], unique=False)
    op.create_index(op.f('ix_residence_applications_status'), 'residence_applications', ['status'], unique=False)
    op.create_index(op.f('ix_residence_applications_trainee_id'), 'residence_applications', ['trainee_id'], unique=False)
    op.create_index('ux_residence_applications_year_bed', 'residence_applications', ['academic_year_id', 'bed_id'], unique=True, sqlite_where=sa.text("status = 'housed'"), postgresql_where=sa.text("status = 'housed'"))
    op.create_table('residence_bed_moves',
    sa.Column('trainee_id', sa.Integer(), nullable=False),
    sa.Column('from_bed_id', sa.Integer(), nullable=False),
    sa.Column('to_bed_id', sa.Integer(), nullable=False),
    sa.Column('moved_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['from_bed_id'], ['residence_beds.id'], name=op.f('fk_residence_bed_moves_from_bed_id_residence_beds')),
    sa.ForeignKeyConstraint(['to_bed_id'], ['residence_beds.id'], name=op.f('fk_residence_bed_moves_to_bed_id_residence_beds')),
    sa.ForeignKeyConstraint(['trainee_id'], ['trainees.id'], name=op.f('fk_residence_bed_moves_trainee_id_trainees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_residence_bed_moves')),
    sa.UniqueConstraint('uuid', name=op.f('uq_residence_bed_moves_uuid'))
    )
    op.create_index(op.f('ix_residence_bed_moves_from_bed_id'), 'residence_bed_moves', ['from_bed_id'], unique=False)
    op.create_index(op.f('ix_residence_bed_moves_to_bed_id'), 'residence_bed_moves', ['to_bed_id'], unique=False)
    op.create_index(op.f('ix_residence_bed_moves_trainee_id'), 'residence_bed_moves', ['trainee_id'], unique=False)
    op.create_table('residence_stays',
    sa.Column('trainee_id', sa.Integer(), nullable=False),
    sa.Column('bed_id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=True),
    sa.Column('check_in', sa.Date(), nullable=False),
    sa.Column('check_out', sa.Date(), nullable=True),
    sa.Column('key_code', sa.String(length=32), nullable=True),
    sa.Column('deposit_mad', sa.Integer(), nullable=False),
    sa.Column('condition_in', sa.Text(), nullable=False),
    sa.Column('dispute_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('dispute_note', sa.Text(), nullable=True),
    sa.Column('condition_out', sa.Text(), nullable=True),
    sa.Column('damages_mad', sa.Integer(), nullable=False),
    sa.Column('end_reason', sa.String(length=16), nullable=True),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['residence_applications.id'], name=op.f('fk_residence_stays_application_id_residence_applications')),
    sa.ForeignKeyConstraint(['bed_id'], ['residence_beds.id'], name=op.f('fk_residence_stays_bed_id_residence_beds')),
    sa.ForeignKeyConstraint(['trainee_id'], ['trainees.id'], name=op.f('fk_residence_stays_trainee_id_trainees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_residence_stays')),
    sa.UniqueConstraint('uuid', name=op.f('uq_residence_stays_uuid'))
    )
    op.create_index(op.f('ix_residence_stays_bed_id'), 'residence_stays', ['bed_id'], unique=False)
    op.create_index('ix_residence_stays_dates', 'residence_stays', ['check_in', 'check_out'], unique=False)
    op.create_index(op.f('ix_residence_stays_trainee_id'), 'residence_stays', ['trainee_id'], unique=False)
    op.create_index('ux_residence_stays_active_bed', 'residence_stays', ['bed_id'], unique=True, sqlite_where=sa.text('check_out IS NULL'), postgresql_where=sa.text('check_out IS NULL'))
    op.create_index('ux_residence_stays_active_trainee', 'residence_stays', ['trainee_id'], unique=True, sqlite_where=sa.text('check_out IS NULL'), postgresql_where=sa.text('check_out IS NULL'))
    op.create_table('residence_leaves',
    sa.Column('trainee_id', sa.Integer(), nullable=False),
    sa.Column('stay_id', sa.Integer(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(length=120), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('ends_on >= starts_on', name=op.f('ck_residence_leaves_dates')),
    sa.ForeignKeyConstraint(['stay_id'], ['residence_stays.id'], name=op.f('fk_residence_leaves_stay_id_residence_stays')),
    sa.ForeignKeyConstraint(['trainee_id'], ['trainees.id'], name=op.f('fk_residence_leaves_trainee_id_trainees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_residence_leaves')),
    sa.UniqueConstraint('uuid', name=op.f('uq_residence_leaves_uuid'))
    )
    op.create_index('ix_residence_leaves_dates', 'residence_leaves', ['starts_on', 'ends_on'], unique=False)
    op.create_index(op.f('ix_residence_leaves_stay_id'), 'residence_leaves', ['stay_id'], unique=False)
    op.create_index(op.f('ix_residence_leaves_trainee_id'), 'residence_leaves', ['trainee_id'], unique=False)


def downgrade() -> None:
    # Dropping a table drops its indexes too; children first.
    for table in (
        "residence_leaves",
        "residence_stays",
        "residence_bed_moves",
        "residence_applications",
        "residence_beds",
        "residence_rooms",
        "residence_buildings",
    ):
        op.drop_table(table)
