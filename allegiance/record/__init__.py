"""Stage 'record' of the walk (read -> extract -> resolve -> store -> derive -> analyse -> serve): what the
articles say together, derived from the stored events and kept in the derived tables.

- `resolve`: person names across articles -> one person with a stable id;
- `corrections`: analyst corrections, kept apart from extracted data and re-applied;
- `query`: facts, memberships, moves and coalition state, derived and read;
- `seats`: a house's seats on a day, from the record: the tally, then the seat moves behind it.
"""
