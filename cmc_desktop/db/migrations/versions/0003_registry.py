"""registry tables.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Case-insensitive name order for the trainee list (the trainees table itself is in 0001).
    op.create_index("ix_trainees_sort_name", "trainees", [sa.text("lower(last_name)"), sa.text("lower(first_name)")])


def downgrade() -> None:
    op.drop_index("ix_trainees_sort_name", table_name="trainees")
