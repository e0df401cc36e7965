"""annotator: tag and link the sentences of news articles, saved to one SQLite file."""

__version__ = "0.1.0"
