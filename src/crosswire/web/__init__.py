"""The web UI and JSON API over a crosswire store (Starlette + Jinja2, served by uvicorn).

Entry point: :func:`crosswire.web.app.create_app`; ``crosswire serve`` runs it.
"""

from crosswire.web.app import create_app

__all__ = ["create_app"]
