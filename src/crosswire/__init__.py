"""crosswire: one source-attributed picture per news story, compared outlet by outlet."""

__version__ = "0.1.0"
