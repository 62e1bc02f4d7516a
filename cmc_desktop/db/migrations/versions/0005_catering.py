"""catering tables: subscriptions, tickets, meal services (unique per trainee/day/meal), diets,
Ramadan periods, menus and food costs.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('food_costs',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('meal', sa.String(length=10), nullable=True),
    sa.Column('label', sa.String(length=160), nullable=False),
    sa.Column('amount_mad', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_food_costs')),
    sa.UniqueConstraint('uuid', name=op.f('uq_food_costs_uuid'))
    )
    op.create_index(op.f('ix_food_costs_day'), 'food_costs', ['day'], unique=False)
    op.create_table('meal_tickets',
    sa.Column('code', sa.String(length=24), nullable=False),
    sa.Column('category', sa.String(length=8), nullable=False),
    sa.Column('holder', sa.String(length=120), nullable=False),
    sa.Column('meal', sa.String(length=10), nullable=False),
    sa.Column('valid_on', sa.Date(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meal_tickets')),
    sa.UniqueConstraint('code', name=op.f('uq_meal_tickets_code')),
    sa.UniqueConstraint('uuid', name=op.f('uq_meal_tickets_uuid'))
    )
    op.create_index(op.f('ix_meal_tickets_valid_on'), 'meal_tickets', ['valid_on'], unique=False)
    op.create_table('menu_items',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('meal', sa.String(length=10), nullable=False),
    sa.Column('course', sa.String(length=12), nullable=False),
    sa.Column('dish_fr', sa.String(length=160), nullable=False),
    sa.Column('dish_ar', sa.String(length=160), nullable=False),
    sa.Column('allergens', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_menu_items')),
    sa.UniqueConstraint('day', 'meal', 'course', name=op.f('uq_menu_items_day_meal_course')),
    sa.UniqueConstraint('uuid', name=op.f('uq_menu_items_uuid'))
    )
    op.create_table('ramadan_periods',
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('label', sa.String(length=80), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ramadan_periods')),
    sa.UniqueConstraint('starts_on', name=op.f('uq_ramadan_periods_starts_on')),
    sa.UniqueConstraint('uuid', name=op.f('uq_ramadan_periods_uuid'))
    )
    op.create_table('diet_profiles',
    sa.Column('trainee_id', sa.Integer(), nullable=False),
    sa.Column('flags', sa.String(length=200), nullable=False),
    sa.Column('allergens', sa.String(length=200), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['trainee_id'], ['trainees.id'], name=op.f('fk_diet_profiles_trainee_id_trainees'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diet_profiles')),
    sa.UniqueConstraint('trainee_id', name=op.f('uq_diet_profiles_trainee_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_diet_profiles_uuid'))
    )
    op.create_table('meal_services',
    sa.Column('trainee_id', sa.Integer(), nullable=True),
    sa.Column('ticket_id', sa.Integer(), nullable=True),
    sa.Column('meal_date', sa.Date(), nullable=False),
    sa.Column('meal', sa.String(length=10), nullable=False),
    sa.Column('category', sa.String(length=12), nullable=False),
    sa.Column('served_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('desk', sa.String(length=40), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['ticket_id'], ['meal_tickets.id'], name=op.f('fk_meal_services_ticket_id_meal_tickets'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['trainee_id'], ['trainees.id'], name=op.f('fk_meal_services_trainee_id_trainees'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meal_services')),
    sa.UniqueConstraint('ticket_id', name=op.f('uq_meal_services_ticket_id')),
    sa.UniqueConstraint('trainee_id', 'meal_date', 'meal', name=op.f('uq_meal_services_trainee_id_meal_date_meal')),
    sa.UniqueConstraint('uuid', name=op.f('uq_meal_services_uuid'))
    )
    op.create_index('ix_meal_services_day_meal', 'meal_services', ['meal_date', 'meal'], unique=False)
    op.create_table('meal_subscriptions',
    sa.Column('trainee_id', sa.Integer(), nullable=False),
    sa.Column('meal', sa.String(length=10), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['trainee_id'], ['trainees.id'], name=op.f('fk_meal_subscriptions_trainee_id_trainees'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meal_subscriptions')),
    sa.UniqueConstraint('uuid', name=op.f('uq_meal_subscriptions_uuid'))
    )
    op.create_index(op.f('ix_meal_subscriptions_trainee_id'), 'meal_subscriptions', ['trainee_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_meal_subscriptions_trainee_id'), table_name='meal_subscriptions')
    op.drop_table('meal_subscriptions')
    op.drop_index('ix_meal_services_day_meal', table_name='meal_services')
    op.drop_table('meal_services')
    op.drop_table('diet_profiles')
    op.drop_table('ramadan_periods')
    op.drop_table('menu_items')
    op.drop_index(op.f('ix_meal_tickets_valid_on'), table_name='meal_tickets')
    op.drop_table('meal_tickets')
    op.drop_index(op.f('ix_food_costs_day'), table_name='food_costs')
    op.drop_table('food_costs')
