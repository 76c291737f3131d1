"""A country as data: its parties, houses and scopes (``registry``) and the word lists its
news is read with (``lexicon``), loaded from ``allegiance/data/``. Another country is
another folder of data files, not new code."""
