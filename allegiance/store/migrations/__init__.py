"""Alembic migrations of the record, shipped inside the package (no alembic.ini needed)."""
