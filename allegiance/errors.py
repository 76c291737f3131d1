"""Named errors. The CLI maps each to a clear message and an exit status."""


class AllegianceError(Exception):
    """Base of every error a user can cause and fix."""

    exit_code = 1


class RegistryError(AllegianceError):
    """Country data (parties, houses) is missing or malformed."""

    exit_code = 2


class InputError(AllegianceError):
    """Input articles could not be read at all."""

    exit_code = 3
