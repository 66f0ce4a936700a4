"""The HTML pages (stories, story, article, ingest, docs) and the app factory.

Pages are Jinja2 templates with autoescape on: article text is untrusted and is only ever inserted as text.
Each request opens its own store connection; SQLite's WAL lets pages read while an ingest writes.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

import anyio.to_thread
import jinja2
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from crosswire.compare.source_names import same_agency
from crosswire.store.db import resolve_db_path
from crosswire.vocab.calendar import published_label
from crosswire.web import queries, render
from crosswire.web.api import (
    OPENAPI_PATH,
    article_id_of,
    date_param,
    filters,
    found,
    int_param,
    language_param,
    open_store,
    path_id,
    read_ingest_request,
)
from crosswire.web.api import routes as api_routes
from crosswire.web.ingest import run_ingest
from crosswire.web.limits import BodyLimitMiddleware, same_origin

HERE = Path(__file__).parent
MAX_UPLOAD = 20 * 1024 * 1024
# The Host names the server answers to unless told otherwise: this machine's loopback names. A page on another
# site that points its own name at 127.0.0.1 (DNS rebinding) sends its own name as Host and is refused, so it
# cannot read the store or add articles through the browser of someone running ``crosswire serve``.
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]")


def allowed_hosts(extra: Sequence[str] = (), *, env: str | None = None) -> list[str]:
    """The Host allow-list: the loopback names, the names in ``$CROSSWIRE_ALLOWED_HOSTS`` (comma-separated;
    ``env`` overrides the variable for tests) and ``extra``. A name may be ``*.example.org`` (any subdomain);
    ``*`` alone allows any Host, which is never the default."""
    names = list(LOOPBACK_HOSTS)
    raw = os.environ.get("CROSSWIRE_ALLOWED_HOSTS", "") if env is None else env
    for name in [*raw.split(","), *extra]:
        name = name.strip().lower()
        if ":" in name and not name.startswith("["):
            name = f"[{name}]"  # an IPv6 address as it appears in a Host header
        if name and name not in names:
            names.append(name)
    return names


PAGE_SIZE = 50

_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(HERE / "templates"),
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.globals["published_label"] = published_label  # an article's day, with its time where the input gave one
_env.globals["same_agency"] = same_agency  # an agency is not named again beside its own outlet name
templates = Jinja2Templates(env=_env)


def page(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    return templates.TemplateResponse(request, name, context, status_code=status)


def stories_page(request: Request) -> Response:
    f = filters(request)
    q = (request.query_params.get("q") or "").strip()[:500]
    page_no = int_param(request, "page", 1, 1, 10**6)
    with open_store(request) as store:
        stories = queries.story_summaries(store, **f, cache=request.app.state.story_cache)
        languages = queries.all_languages(request.app.state.story_cache.get(store))
        outlets = queries.all_outlets(store)
        hits, spellings = queries.search(store, q, limit=50, language=f["language"]) if q else ([], [])
        articles = store.count_articles()
    pages = max(1, -(-len(stories) // PAGE_SIZE))
    shown = stories[(page_no - 1) * PAGE_SIZE : page_no * PAGE_SIZE]
    return page(
        request,
        "stories.html",
        {
            "stories": shown,
            "total": len(stories),
            "page_no": page_no,
            "pages": pages,
            "filters": f,
            "q": q,
            "hits": hits,
            "spellings": spellings,
            "outlets": outlets,
            "languages": languages,
            "article_count": articles,
            "query_keep": {k: v for k, v in {**f, "q": q}.items() if v},
        },
    )


def story_page(request: Request) -> Response:
    story_id = path_id(request, "story_id", "story")
    language = language_param(request)
    with open_store(request) as store:
        comparison = found(queries.comparison(store, story_id), "story", story_id)
        bodies = {}
        for art in store.iter_articles([a["id"] for a in comparison.get("articles") or []]):
            bodies[art.id] = art.body
    sections = render.item_ids(comparison)
    columns = render.reading_view(comparison, sections, bodies)
    languages = sorted({a.get("language") for a in comparison.get("articles") or [] if a.get("language")})
    if language:  # the article list (the reading view) in one language
        columns = [col for col in columns if col["article"].get("language") == language]
    sources = {s["n"]: s for s in comparison.get("sources") or []}
    brief = [dict(b, parts=render.cited(b.get("text") or "")) for b in comparison.get("brief") or []]
    return page(
        request,
        "story.html",
        {
            "c": comparison,
            "sections": sections,
            "columns": columns,
            "sources": sources,
            "brief": brief,
            "languages": languages,
            "language": language,
            "lang_of": {a["id"]: a.get("language") for a in comparison.get("articles") or []},
        },
    )


def article_page(request: Request) -> Response:
    article_id = path_id(request, "article_id", "article")
    with open_store(request) as store:
        data = found(queries.article_json(store, article_id_of(store, article_id)), "article", article_id)
    return page(request, "article.html", {"a": data, "facts": data.get("facts") or {}})


async def ingest_page(request: Request) -> Response:
    if request.method == "GET":
        return page(
            request,
            "ingest.html",
            {"result": None, "error": None, "limit_mb": request.app.state.max_upload // (1024 * 1024)},
        )
    if not same_origin(request.headers):
        raise HTTPException(403, "cross-site request refused")
    try:
        uploads, pasted = await read_ingest_request(request)
    except HTTPException as exc:
        return page(
            request,
            "ingest.html",
            {"result": None, "error": exc.detail, "limit_mb": request.app.state.max_upload // (1024 * 1024)},
            status=exc.status_code,
        )
    result = await run_in_threadpool(run_ingest, request.app.state.db_path, uploads, pasted)
    return page(
        request,
        "ingest.html",
        {"result": result.to_dict(), "error": None, "limit_mb": request.app.state.max_upload // (1024 * 1024)},
    )


def docs_page(request: Request) -> Response:
    spec = json.loads(OPENAPI_PATH.read_text(encoding="utf-8"))
    return page(request, "docs.html", {"spec": spec})


def search_redirect(request: Request) -> Response:
    date_param(request)
    return RedirectResponse(request.url_for("stories").include_query_params(**dict(request.query_params)))


async def http_error(request: Request, exc: Exception) -> Response:
    status = getattr(exc, "status_code", 500)
    detail = getattr(exc, "detail", "error")
    if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
        return JSONResponse(
            {"error": detail, "status": status}, status_code=status, headers=getattr(exc, "headers", None)
        )
    return page(request, "error.html", {"status": status, "detail": detail}, status=status)


async def server_error(request: Request, exc: Exception) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": "internal error", "status": 500}, status_code=500)
    return HTMLResponse("<!doctype html><title>500</title><p>internal error</p>", status_code=500)


def security_headers(app: Any) -> Any:
    """Defence in depth behind escaping: no inline script runs, nothing loads from elsewhere."""

    csp = (
        b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        b"object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    )

    async def wrapped(scope: Any, receive: Any, send: Any) -> None:
        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                headers += [
                    (b"content-security-policy", csp),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"same-origin"),
                ]
                message = dict(message, headers=headers)
            await send(message)

        await app(scope, receive, send_with_headers if scope["type"] == "http" else send)

    return wrapped


class _SecurityHeaders:
    def __init__(self, app: Any) -> None:
        self.app = security_headers(app)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.app(scope, receive, send)


def create_app(
    db: str | os.PathLike[str] | None = None,
    *,
    max_upload: int = MAX_UPLOAD,
    threads: int = int(os.environ.get("CROSSWIRE_WEB_THREADS", "4")),
    hosts: Sequence[str] | None = None,
) -> Starlette:
    """The web app over the store at ``db`` (``--db``, ``$CROSSWIRE_DB`` or ./crosswire.db).

    ``hosts`` is the Host allow-list (default :func:`allowed_hosts`: loopback names and
    ``$CROSSWIRE_ALLOWED_HOSTS``): a request naming any other Host is answered 400 before any route,
    middleware or handler sees it, reads and writes alike (Starlette's ``TrustedHostMiddleware``)."""
    routes = [
        Route("/", stories_page, name="stories"),
        Route("/search", search_redirect),
        Route("/stories/{story_id}", story_page, name="story"),
        Route("/articles/{article_id:path}", article_page, name="article"),
        Route("/ingest", ingest_page, methods=["GET", "POST"], name="ingest"),
        Route("/docs", docs_page, name="docs"),
        *api_routes,
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        # Few worker threads: pages are short CPU-bound Python; 40 threads fighting over the GIL serve fewer
        # requests per second than a handful (bench/web_load.py).
        anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        yield
        app.state.story_cache.close()

    app = Starlette(
        lifespan=lifespan,
        routes=routes,
        middleware=[
            Middleware(TrustedHostMiddleware, allowed_hosts=list(hosts or allowed_hosts()), www_redirect=False),
            Middleware(_SecurityHeaders),
            Middleware(BodyLimitMiddleware, max_body=max_upload),
        ],
        exception_handlers={HTTPException: http_error, 500: server_error},
    )
    app.state.db_path = resolve_db_path(db)
    app.state.max_upload = max_upload
    app.state.hosts = list(hosts or allowed_hosts())
    app.state.story_cache = queries.StoryListCache(app.state.db_path)
    app.state.local = threading.local()
    return app
