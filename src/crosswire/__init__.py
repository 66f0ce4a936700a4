"""crosswire: one source-attributed picture per news story, compared outlet by outlet."""

from crosswire import regex_cache as _regex_cache

__version__ = "0.1.0"

# before any reader compiles its patterns: a fresh process reads the compiled code from disk (see the module)
_regex_cache.install()
