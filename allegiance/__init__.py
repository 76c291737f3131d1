"""allegiance: sourced, dated records of political allegiance extracted from news.

The library's entry points; the ``allegiance`` command is a thin layer over them::

    import allegiance
    events = allegiance.extract("PML-N MNA X joined the PTI on Sunday.", published="2018-05-21")
    allegiance.ingest(["articles/"], "sqlite:///allegiance.db")       # read -> extract -> store -> derive
    with allegiance.Record.open("sqlite:///allegiance.db") as record, record.session() as session:
        ...                                                           # allegiance.record.query, allegiance.analyse

The extractor (and spaCy with it) is imported on first use, so that a program that only reads the
record -- the web server above all -- does not load spaCy: its objects would make every full garbage
collection of the process slower.
"""
import importlib

from .model import Article, Event, Evidence, ReadProblem

__version__ = "0.1.0"
__all__ = ["Article", "Event", "Evidence", "Extractor", "ReadProblem", "Record", "extract", "get_extractor", "ingest",
           "EXTRACTOR_VERSION", "__version__"]
_LAZY = {"EXTRACTOR_VERSION": "extractor", "Extractor": "extractor", "extract": "extractor",
         "get_extractor": "extractor", "ingest": "pipeline", "Record": "record"}


def __getattr__(name: str):
    if name in _LAZY:
        module = importlib.import_module(f".{_LAZY[name]}", __name__)
        return getattr(module, name)
    raise AttributeError(f"module 'allegiance' has no attribute {name!r}")
