"""Every named error a user can cause and fix, with what it maps to: ``exit_code`` for the CLI
(`cli.options.user_errors`), ``http_status`` for the web (`web.app`). No tracebacks for user error."""
from __future__ import annotations

from collections.abc import Sequence


class AllegianceError(Exception):
    """Base of every error a user can cause and fix."""

    exit_code = 1
    http_status = 422


class RegistryError(AllegianceError):
    """Country data (parties, houses) is missing or malformed."""

    exit_code = 2


class InputError(AllegianceError):
    """Input articles could not be read at all."""

    exit_code = 3


class StoreError(AllegianceError):
    """The database cannot be opened, read or written; the message says which and what to do."""

    exit_code = 4
    http_status = 503


class NoRecord(StoreError):
    """A command that reads or corrects the record was pointed at a database that holds none (a mistyped
    ``--db``): only ``ingest`` and ``demo`` create a record."""

    exit_code = 2


class BadDatabase(StoreError):
    """The ``--db`` given is no database allegiance can use: an unsupported URL, or a damaged file."""

    exit_code = 2


class ClusterError(AllegianceError):
    """``ingest --cluster`` cannot run: no scheduler answers at the address, a malformed ``local:N``, or a
    record (SQLite) that the workers cannot share."""

    exit_code = 5


class ServeError(AllegianceError):
    """The server cannot start (the address is taken, or not this machine's)."""


class OptionError(AllegianceError):
    """An option's value makes no sense (a period that ends before it starts)."""

    exit_code = 2


class CoalitionError(AllegianceError):
    """The seats, quota, constraints or moves describe no valid game."""

    exit_code = 2


class UnknownParty(AllegianceError, LookupError):
    """A party code the country's registry does not know."""

    exit_code = 2
    http_status = 404

    def __init__(self, code: str, known: Sequence[str], suggestions: Sequence[str] = ()):
        self.suggestions = list(suggestions)
        hint = f" (did you mean {', '.join(self.suggestions)}?)" if self.suggestions else ""
        super().__init__(f"no party {code!r}{hint}; known codes: {', '.join(known)}")


class UnknownPerson(AllegianceError, LookupError):
    """No person of that name or id; carries close names to suggest."""

    exit_code = 1
    http_status = 404

    def __init__(self, query: str, suggestions: Sequence[str]):
        self.query, self.suggestions = query, list(suggestions)
        hint = f"; did you mean {', '.join(self.suggestions)}?" if self.suggestions else ""
        super().__init__(f"no person {query!r} in the record{hint}")


class UnknownArticle(AllegianceError, LookupError):
    """No article with this id in the record."""

    http_status = 404


class CorrectionError(AllegianceError, LookupError):
    """A correction names an unknown event, person or correction (404), or makes no sense (409)."""

    exit_code = 1

    @property
    def http_status(self) -> int:  # type: ignore[override]
        return 404 if str(self).startswith("no ") else 409
