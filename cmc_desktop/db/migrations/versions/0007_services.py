"""services tables: media library (lib_*), career centre (career_*), language centre (lang_*).

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('career_counsellors',
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('full_name', sa.String(length=160), nullable=False),
    sa.Column('slot_minutes', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_career_counsellors')),
    sa.UniqueConstraint('username', name=op.f('uq_career_counsellors_username')),
    sa.UniqueConstraint('uuid', name=op.f('uq_career_counsellors_uuid'))
    )
    op.create_table('lang_languages',
    sa.Column('code', sa.String(length=3), nullable=False),
    sa.Column('name_fr', sa.String(length=60), nullable=False),
    sa.Column('name_en', sa.String(length=60), nullable=False),
    sa.Column('name_ar', sa.String(length=60), nullable=False),
    sa.Column('max_score', sa.Float(), nullable=False),
    sa.Column('min_attendance', sa.Float(), nullable=False),
    sa.Column('absence_streak_alert', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lang_languages')),
    sa.UniqueConstraint('code', name=op.f('uq_lang_languages_code')),
    sa.UniqueConstraint('uuid', name=op.f('uq_lang_languages_uuid'))
    )
    op.create_table('lib_loan_rules',
    sa.Column('patron_category', sa.String(length=12), nullable=False),
    sa.Column('item_type', sa.String(length=16), nullable=False),
    sa.Column('max_loans', sa.Integer(), nullable=False),
    sa.Column('loan_days', sa.Integer(), nullable=False),
    sa.Column('renewals', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lib_loan_rules')),
    sa.UniqueConstraint('patron_category', 'item_type', name=op.f('uq_lib_loan_rules_patron_category_item_type')),
    sa.UniqueConstraint('uuid', name=op.f('uq_lib_loan_rules_uuid'))
    )
    op.create_table('lib_staff_patrons',
    sa.Column('code', sa.String(length=24), nullable=False),
    sa.Column('full_name', sa.String(length=160), nullable=False),
    sa.Column('department', sa.String(length=120), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lib_staff_patrons')),
    sa.UniqueConstraint('code', name=op.f('uq_lib_staff_patrons_code')),
    sa.UniqueConstraint('uuid', name=op.f('uq_lib_staff_patrons_uuid'))
    )
    op.create_table('lib_titles',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('authors', sa.String(length=300), nullable=False),
    sa.Column('isbn', sa.String(length=13), nullable=True),
    sa.Column('language', sa.String(length=40), nullable=False),
    sa.Column('subject', sa.String(length=120), nullable=False),
    sa.Column('item_type', sa.String(length=16), nullable=False),
    sa.Column('search_key', sa.String(length=700), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lib_titles')),
    sa.UniqueConstraint('uuid', name=op.f('uq_lib_titles_uuid'))
    )
    op.create_index(op.f('ix_lib_titles_isbn'), 'lib_titles', ['isbn'], unique=False)
    op.create_table('career_blocks',
    sa.Column('counsellor_id', sa.Integer(), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=False),
    sa.Column('starts', sa.Time(), nullable=False),
    sa.Column('ends', sa.Time(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['counsellor_id'], ['career_counsellors.id'], name=op.f('fk_career_blocks_counsellor_id_career_counsellors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_career_blocks')),
    sa.UniqueConstraint('uuid', name=op.f('uq_career_blocks_uuid'))
    )
    op.create_index(op.f('ix_career_blocks_counsellor_id'), 'career_blocks', ['counsellor_id'], unique=False)
    op.create_table('career_employers',
    sa.Column('name', sa.String(length=160), nullable=False),
    sa.Column('sector_id', sa.Integer(), nullable=True),
    sa.Column('city', sa.String(length=80), nullable=False),
    sa.Column('contact', sa.String(length=160), nullable=False),
    sa.Column('vetted', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['sector_id'], ['sectors.id'], name=op.f('fk_career_employers_sector_id_sectors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_career_employers')),
    sa.UniqueConstraint('name', name=op.f('uq_career_employers_name')),
    sa.UniqueConstraint('uuid', name=op.f('uq_career_employers_uuid'))
    )
    op.create_table('lang_cefr_bands',
    sa.Column('language_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.String(length=2), nullable=False),
    sa.Column('min_score', sa.Float(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['language_id'], ['lang_languages.id'], name=op.f('fk_lang_cefr_bands_language_id_lang_languages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lang_cefr_bands')),
    sa.UniqueConstraint('language_id', 'level', name=op.f('uq_lang_cefr_bands_language_id_level')),
    sa.UniqueConstraint('uuid', name=op.f('uq_lang_cefr_bands_uuid'))
    )
    op.create_table('lang_groups',
    sa.Column('code', sa.String(length=24), nullable=False),
    sa.Column('language_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.String(length=2), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('planned_sessions', sa.Integer(), nullable=False),
    sa.Column('teacher', sa.String(length=120), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['language_id'], ['lang_languages.id'], name=op.f('fk_lang_groups_language_id_lang_languages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lang_groups')),
    sa.UniqueConstraint('code', name=op.f('uq_lang_groups_code')),
    sa.UniqueConstraint('uuid', name=op.f('uq_lang_groups_uuid'))
    )
    op.create_index(op.f('ix_lang_groups_language_id'), 'lang_groups', ['language_id'], unique=False)
    op.create_table('lib_copies',
    sa.Column('barcode', sa.String(length=24), nullable=False),
    sa.Column('title_id', sa.Integer(), nullable=False),
    sa.Column('shelf_location', sa.String(length=40), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('last_seen_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['title_id'], ['lib_titles.id'], name=op.f('fk_lib_copies_title_id_lib_titles')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lib_copies')),
    sa.UniqueConstraint('barcode', name=op.f('uq_lib_copies_barcode')),
    sa.UniqueConstraint('uuid', name=op.f('uq_lib_copies_uuid'))
    )
    op.create_index(op.f('ix_lib_copies_status'), 'lib_copies', ['status'], unique=False)
    op.create_index(op.f('ix_lib_copies_title_id'), 'lib_copies', ['title_id'], unique=False)
    op.create_table('career_offers',
    sa.Column('employer_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('title', sa.String(length=160), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=True),
    sa.Column('posted_on', sa.Date(), nullable=False),
    sa.Column('closes_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['employer_id'], ['career_employers.id'], name=op.f('fk_career_offers_employer_id_career_employers')),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_career_offers_programme_id_programmes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_career_offers')),
    sa.UniqueConstraint('uuid', name=op.f('uq_career_offers_uuid'))
    )
    op.create_index(op.f('ix_career_offers_employer_id'), 'career_offers', ['employer_id'], unique=False)
    op.create_table('lang_sessions',
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('starts', sa.Time(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('room', sa.String(length=40), nullable=False),
    sa.Column('booking_uuid', sa.String(length=36), nullable=True),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['lang_groups.id'], name=op.f('fk_lang_sessions_group_id_lang_groups')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lang_sessions')),
    sa.UniqueConstraint('uuid', name=op.f('uq_lang_sessions_uuid'))
    )
    op.create_index(op.f('ix_lang_sessions_day'), 'lang_sessions', ['day'], unique=False)
    op.create_index(op.f('ix_lang_sessions_group_id'), 'lang_sessions', ['group_id'], unique=False)
    op.create_table('career_applications',
    sa.Column('offer_id', sa.Integer(), nullable=False),
    sa.Column('trainee_id', sa.Integer(), nullable=False),
    sa.Column('applied_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('status_on', sa.Date(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['offer_id'], ['career_offers.id'], name=op.f('fk_career_applications_offer_id_career_offers')),
    sa.ForeignKeyConstraint(['trainee_id'], ['trainees.id'], name=op.f('fk_career_applications_trainee_id_trainees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_career_applications')),
    sa.UniqueConstraint('offer_id', 'trainee_id', name=op.f('uq_career_applications_offer_id_trainee_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_career_applications_uuid'))
    )
    op.create_index(op.f('ix_career_applications_trainee_id'), 'career_applications', ['trainee_id'], unique=False)
    op.create_table('career_appointments',
    sa.Column('counsellor_id', sa.Integer(), nullable=False),
    sa.Column('trainee_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('starts', sa.Time(), nullable=False),
    sa.Column('ends', sa.Time(), nullable=False),
    sa.Column('topic', sa.String(length=160), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('booked_by', sa.String(length=64), nullable=False),
    sa.Column('channel', sa.String(length=12), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['counsellor_id'], ['career_counsellors.id'], name=op.f('fk_career_appointments_counsellor_id_career_counsellors')),
    sa.ForeignKeyConstraint(['trainee_id'], ['trainees.id'], name=op.f('fk_career_appointments_trainee_id_trainees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_career_appointments')),
    sa.UniqueConstraint('uuid', name=op.f('uq_career_appointments_uuid'))
    )
    op.create_index('ix_career_appointments_counsellor_day', 'career_appointments', ['counsellor_id', 'day'], unique=False)
    op.create_index(op.f('ix_career_appointments_trainee_id'), 'career_appointments', ['trainee_id'], unique=False)
    op.create_table('career_notes',
    sa.Column('trainee_id', sa.Integer(), nullable=False),
    sa.Column('author', sa.String(length=64), nullable=False),
    sa.Column('written_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['trainee_id'], ['trainees.id'], name=op.f('fk_career_notes_trainee_id_trainees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_career_notes')),
    sa.UniqueConstraint('uuid', name=op.f('uq_career_notes_uuid'))
    )
    op.create_index(op.f('ix_career_notes_trainee_id'), 'career_notes', ['trainee_id'], unique=False)
    op.create_table('lang_attendance',
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('trainee_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['lang_sessions.id'], name=op.f('fk_lang_attendance_session_id_lang_sessions')),
    sa.ForeignKeyConstraint(['trainee_id'], ['trainees.id'], name=op.f('fk_lang_attendance_trainee_id_trainees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lang_attendance')),
    sa.UniqueConstraint('session_id', 'trainee_id', name=op.f('uq_lang_attendance_session_id_trainee_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_lang_attendance_uuid'))
    )
    op.create_index(op.f('ix_lang_attendance_trainee_id'), 'lang_attendance', ['trainee_id'], unique=False)
    op.create_table('lang_members',
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('trainee_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['lang_groups.id'], name=op.f('fk_lang_members_group_id_lang_groups')),
    sa.ForeignKeyConstraint(['trainee_id'], ['trainees.id'], name=op.f('fk_lang_members_trainee_id_trainees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lang_members')),
    sa.UniqueConstraint('group_id', 'trainee_id', name=op.f('uq_lang_members_group_id_trainee_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_lang_members_uuid'))
    )
    op.create_index(op.f('ix_lang_members_trainee_id'), 'lang_members', ['trainee_id'], unique=False)
    op.create_table('lang_placements',
    sa.Column('trainee_id', sa.Integer(), nullable=False),
    sa.Column('language_id', sa.Integer(), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('level', sa.String(length=2), nullable=False),
    sa.Column('taken_on', sa.Date(), nullable=False),
    sa.Column('source', sa.String(length=12), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['language_id'], ['lang_languages.id'], name=op.f('fk_lang_placements_language_id_lang_languages')),
    sa.ForeignKeyConstraint(['trainee_id'], ['trainees.id'], name=op.f('fk_lang_placements_trainee_id_trainees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lang_placements')),
    sa.UniqueConstraint('uuid', name=op.f('uq_lang_placements_uuid'))
    )
    op.create_index(op.f('ix_lang_placements_language_id'), 'lang_placements', ['language_id'], unique=False)
    op.create_index(op.f('ix_lang_placements_trainee_id'), 'lang_placements', ['trainee_id'], unique=False)
    op.create_table('lib_holds',
    sa.Column('title_id', sa.Integer(), nullable=False),
    sa.Column('trainee_id', sa.Integer(), nullable=True),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('placed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('copy_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['copy_id'], ['lib_copies.id'], name=op.f('fk_lib_holds_copy_id_lib_copies')),
    sa.ForeignKeyConstraint(['staff_id'], ['lib_staff_patrons.id'], name=op.f('fk_lib_holds_staff_id_lib_staff_patrons')),
    sa.ForeignKeyConstraint(['title_id'], ['lib_titles.id'], name=op.f('fk_lib_holds_title_id_lib_titles')),
    sa.ForeignKeyConstraint(['trainee_id'], ['trainees.id'], name=op.f('fk_lib_holds_trainee_id_trainees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lib_holds')),
    sa.UniqueConstraint('uuid', name=op.f('uq_lib_holds_uuid'))
    )
    op.create_index(op.f('ix_lib_holds_title_id'), 'lib_holds', ['title_id'], unique=False)
    op.create_index(op.f('ix_lib_holds_trainee_id'), 'lib_holds', ['trainee_id'], unique=False)
    op.create_table('lib_loans',
    sa.Column('copy_id', sa.Integer(), nullable=False),
    sa.Column('trainee_id', sa.Integer(), nullable=True),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('patron_category', sa.String(length=12), nullable=False),
    sa.Column('item_type', sa.String(length=16), nullable=False),
    sa.Column('checked_out_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('returned_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('renewals', sa.Integer(), nullable=False),
    sa.Column('open', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['copy_id'], ['lib_copies.id'], name=op.f('fk_lib_loans_copy_id_lib_copies')),
    sa.ForeignKeyConstraint(['staff_id'], ['lib_staff_patrons.id'], name=op.f('fk_lib_loans_staff_id_lib_staff_patrons')),
    sa.ForeignKeyConstraint(['trainee_id'], ['trainees.id'], name=op.f('fk_lib_loans_trainee_id_trainees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lib_loans')),
    sa.UniqueConstraint('uuid', name=op.f('uq_lib_loans_uuid'))
    )
    op.create_index('ix_lib_loans_copy_open', 'lib_loans', ['copy_id', 'open'], unique=False)
    op.create_index('ix_lib_loans_open_due', 'lib_loans', ['open', 'due_on'], unique=False)
    op.create_index('ix_lib_loans_staff_open', 'lib_loans', ['staff_id', 'open'], unique=False)
    op.create_index('ix_lib_loans_trainee_open', 'lib_loans', ['trainee_id', 'open'], unique=False)
    op.create_table('career_surveys',
    sa.Column('enrolment_id', sa.Integer(), nullable=False),
    sa.Column('trainee_id', sa.Integer(), nullable=False),
    sa.Column('wave', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('surveyed_on', sa.Date(), nullable=False),
    sa.Column('employer_name', sa.String(length=160), nullable=True),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['enrolment_id'], ['enrolments.id'], name=op.f('fk_career_surveys_enrolment_id_enrolments')),
    sa.ForeignKeyConstraint(['trainee_id'], ['trainees.id'], name=op.f('fk_career_surveys_trainee_id_trainees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_career_surveys')),
    sa.UniqueConstraint('enrolment_id', 'wave', name=op.f('uq_career_surveys_enrolment_id_wave')),
    sa.UniqueConstraint('uuid', name=op.f('uq_career_surveys_uuid'))
    )
    op.create_index(op.f('ix_career_surveys_trainee_id'), 'career_surveys', ['trainee_id'], unique=False)
    # entrepreneurship support
    op.create_table('career_projects',
    sa.Column('trainee_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=160), nullable=False),
    sa.Column('stage', sa.String(length=16), nullable=False),
    sa.Column('stage_since', sa.Date(), nullable=False),
    sa.Column('mentor', sa.String(length=120), nullable=False),
    sa.Column('company_name', sa.String(length=160), nullable=True),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['trainee_id'], ['trainees.id'], name=op.f('fk_career_projects_trainee_id_trainees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_career_projects')),
    sa.UniqueConstraint('uuid', name=op.f('uq_career_projects_uuid'))
    )
    op.create_index(op.f('ix_career_projects_trainee_id'), 'career_projects', ['trainee_id'], unique=False)
    op.create_table('career_coworking',
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('starts', sa.Time(), nullable=False),
    sa.Column('ends', sa.Time(), nullable=False),
    sa.Column('booking_uuid', sa.String(length=36), nullable=True),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['career_projects.id'], name=op.f('fk_career_coworking_project_id_career_projects')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_career_coworking')),
    sa.UniqueConstraint('uuid', name=op.f('uq_career_coworking_uuid'))
    )
    op.create_index(op.f('ix_career_coworking_project_id'), 'career_coworking', ['project_id'], unique=False)
    op.create_table('career_milestones',
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('reached_on', sa.Date(), nullable=False),
    sa.Column('stage', sa.String(length=16), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['career_projects.id'], name=op.f('fk_career_milestones_project_id_career_projects')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_career_milestones')),
    sa.UniqueConstraint('uuid', name=op.f('uq_career_milestones_uuid'))
    )
    op.create_index(op.f('ix_career_milestones_project_id'), 'career_milestones', ['project_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_career_milestones_project_id'), table_name='career_milestones')
    op.drop_table('career_milestones')
    op.drop_index(op.f('ix_career_coworking_project_id'), table_name='career_coworking')
    op.drop_table('career_coworking')
    op.drop_index(op.f('ix_career_projects_trainee_id'), table_name='career_projects')
    op.drop_table('career_projects')
    op.drop_index(op.f('ix_career_surveys_trainee_id'), table_name='career_surveys')
    op.drop_table('career_surveys')
    op.drop_index('ix_lib_loans_trainee_open', table_name='lib_loans')
    op.drop_index('ix_lib_loans_staff_open', table_name='lib_loans')
    op.drop_index('ix_lib_loans_open_due', table_name='lib_loans')
    op.drop_index('ix_lib_loans_copy_open', table_name='lib_loans')
    op.drop_table('lib_loans')
    op.drop_index(op.f('ix_lib_holds_trainee_id'), table_name='lib_holds')
    op.drop_index(op.f('ix_lib_holds_title_id'), table_name='lib_holds')
    op.drop_table('lib_holds')
    op.drop_index(op.f('ix_lang_placements_trainee_id'), table_name='lang_placements')
    op.drop_index(op.f('ix_lang_placements_language_id'), table_name='lang_placements')
    op.drop_table('lang_placements')
    op.drop_index(op.f('ix_lang_members_trainee_id'), table_name='lang_members')
    op.drop_table('lang_members')
    op.drop_index(op.f('ix_lang_attendance_trainee_id'), table_name='lang_attendance')
    op.drop_table('lang_attendance')
    op.drop_index(op.f('ix_career_notes_trainee_id'), table_name='career_notes')
    op.drop_table('career_notes')
    op.drop_index(op.f('ix_career_appointments_trainee_id'), table_name='career_appointments')
    op.drop_index('ix_career_appointments_counsellor_day', table_name='career_appointments')
    op.drop_table('career_appointments')
    op.drop_index(op.f('ix_career_applications_trainee_id'), table_name='career_applications')
    op.drop_table('career_applications')
    op.drop_index(op.f('ix_lang_sessions_group_id'), table_name='lang_sessions')
    op.drop_index(op.f('ix_lang_sessions_day'), table_name='lang_sessions')
    op.drop_table('lang_sessions')
    op.drop_index(op.f('ix_career_offers_employer_id'), table_name='career_offers')
    op.drop_table('career_offers')
    op.drop_index(op.f('ix_lib_copies_title_id'), table_name='lib_copies')
    op.drop_index(op.f('ix_lib_copies_status'), table_name='lib_copies')
    op.drop_table('lib_copies')
    op.drop_index(op.f('ix_lang_groups_language_id'), table_name='lang_groups')
    op.drop_table('lang_groups')
    op.drop_table('lang_cefr_bands')
    op.drop_table('career_employers')
    op.drop_index(op.f('ix_career_blocks_counsellor_id'), table_name='career_blocks')
    op.drop_table('career_blocks')
    op.drop_index(op.f('ix_lib_titles_isbn'), table_name='lib_titles')
    op.drop_table('lib_titles')
    op.drop_table('lib_staff_patrons')
    op.drop_table('lib_loan_rules')
    op.drop_table('lang_languages')
    op.drop_table('career_counsellors')
