"""The web UI and JSON API over a crosswire store (Starlette + Jinja2, served by uvicorn).

Entry point: :func:`crosswire.web.app.create_app`; ``crosswire serve`` runs it.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from crosswire.web.app import create_app


def __getattr__(name: str) -> Any:
    """``create_app`` on first use (PEP 562): ``crosswire serve``'s command module imports this package,
    and Starlette, Jinja and the stages load only when the server starts."""
    if name == "create_app":
        from crosswire.web.app import create_app

        return create_app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["create_app"]
