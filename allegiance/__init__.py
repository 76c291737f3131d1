"""allegiance: sourced, dated records of political allegiance extracted from news.

The library's entry points; the ``allegiance`` command is a thin layer over them::

    import allegiance
    events = allegiance.extract("PML-N MNA X joined the PTI on Sunday.", published="2018-05-21")
"""
from .extractor import EXTRACTOR_VERSION, Extractor, extract, get_extractor
from .records import Article, Event, Evidence, ReadProblem

__version__ = "0.1.0"
__all__ = ["Article", "Event", "Evidence", "Extractor", "ReadProblem", "extract", "get_extractor",
           "EXTRACTOR_VERSION", "__version__"]
