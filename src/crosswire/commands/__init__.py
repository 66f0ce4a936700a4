"""The core ``crosswire`` commands, one module per concern: :mod:`.clean` (clean pages and show them),
:mod:`.ingest` (ingest files and URLs; follow feeds), :mod:`.store` (refresh, list and export the store),
:mod:`.demo` (the example corpus end to end).

:mod:`crosswire.commands.app` registers them on the app beside the commands that live with their stage (facts,
stories, compare, web); all of them share :mod:`crosswire.clikit`.
"""
