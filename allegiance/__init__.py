"""allegiance: sourced, dated records of political allegiance extracted from news.

The library's entry points; the ``allegiance`` command is a thin layer over them::

    import allegiance
    events = allegiance.extract("PML-N MNA X joined the PTI on Sunday.", published="2018-05-21")

The extractor (and spaCy with it) is imported on first use, so that a program that only reads the
record -- the web server above all -- does not load spaCy: its objects would make every full garbage
collection of the process slower.
"""
from .model import Article, Event, Evidence, ReadProblem

__version__ = "0.1.0"
__all__ = ["Article", "Event", "Evidence", "Extractor", "ReadProblem", "extract", "get_extractor",
           "EXTRACTOR_VERSION", "__version__"]
_FROM_EXTRACTOR = ("EXTRACTOR_VERSION", "Extractor", "extract", "get_extractor")


def __getattr__(name: str):
    if name in _FROM_EXTRACTOR:
        from . import extractor

        return getattr(extractor, name)
    raise AttributeError(f"module 'allegiance' has no attribute {name!r}")
