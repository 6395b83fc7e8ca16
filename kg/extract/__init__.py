"""The extraction stage: page text -> extraction record (FORMAT.md)."""
from .core import EXTRACTOR_VERSION, Extractor, PageMeta

__all__ = ["EXTRACTOR_VERSION", "Extractor", "PageMeta"]
