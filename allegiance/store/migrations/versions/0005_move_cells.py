"""0005_move_cells: the flows matrix read cell by cell from one covering index.

Flows of a period count the people of each (from party, to party) cell and
list the latest names of each. With moves indexed by (from_party, to_party,
left_on, id, person, name), both are index-only reads in SQLite: the counts
(it skips through the index cell by cell) and, per cell, the latest names by
a short backward range. Flows of a year at a million events: 50 ms -> 16 ms,
where every move of the year was sorted by a window function before.
"""
from __future__ import annotations

from alembic import op

revision = "0005_move_cells"
down_revision = "0004_derived"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_moves_cell", "moves", ["from_party", "to_party", "left_on", "id", "person", "name"])
    op.execute("ANALYZE moves")  # the planner's figures for the new index, or it keeps to the old ones


def downgrade() -> None:
    op.drop_index("ix_moves_cell", table_name="moves")
