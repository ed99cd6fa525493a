"""The local library of imported articles: one SQLite file. Never imports Qt."""
from reader.core.store.library import Library
from reader.core.store.opening import LibraryError
from reader.core.store.records import ArticleSummary, StoredArticle, TrashedArticle
from reader.core.store.schema import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "ArticleSummary", "Library", "LibraryError", "StoredArticle", "TrashedArticle"]
