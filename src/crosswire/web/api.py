"""The JSON API under ``/api/`` (described by ``static/openapi.json``, shown at ``/docs``).

Errors are JSON ``{"error": "...", "status": n}`` with the status code: 400 malformed input, 404 unknown id,
413 body over the limit, 415 unsupported body type, 422 input that parses but cannot be used.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from crosswire.model import RawDocument
from crosswire.store import Store
from crosswire.web import queries
from crosswire.web.ingest import Upload, pasted_document, run_ingest
from crosswire.web.limits import same_origin

OPENAPI_PATH = Path(__file__).parent / "static" / "openapi.json"
MAX_ID = 200
MAX_FILES = 100
PASTED_FIELDS = ("title", "outlet", "url", "published")  # metadata a pasted text may carry


def path_id(request: Request, name: str, what: str) -> str:
    """A story or article id from the path; an over-long one is answered 404 before the store is asked."""
    value = request.path_params[name]
    if len(value) > MAX_ID:
        raise HTTPException(404, f"no such {what}")
    return value


SHORT_ID = 6  # the fewest characters of an article id the pages and the API accept as a short id


def article_id_of(store: Any, article_id: str) -> str:
    """The stored article id ``article_id`` names: itself, or the one stored id it begins (a short id as
    ``crosswire articles`` prints it, :data:`SHORT_ID` characters or more). Raises ``HTTPException`` 400 when
    the short id begins several ids; an id that names nothing is returned as it is (the caller answers 404)."""
    if len(article_id) < SHORT_ID or store.has_article(article_id):
        return article_id
    ids = store.find_articles(article_id)
    if len(ids) > 1:
        raise HTTPException(400, f"{article_id!r} begins {len(ids)} article ids; give more of the id")
    return ids[0] if ids else article_id


def found(data: Any, what: str, ident: str) -> Any:
    """``data``, or a 404 naming what was not found."""
    if data is None:
        raise HTTPException(404, f"no such {what}: {ident}")
    return data


def json_error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message, "status": status}, status_code=status)


def int_param(request: Request, name: str, default: int, low: int, high: int) -> int:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise HTTPException(400, f"'{name}' must be an integer") from None
    if not low <= value <= high:
        raise HTTPException(400, f"'{name}' must be between {low} and {high}")
    return value


def date_param(request: Request, name: str = "date") -> str | None:
    raw = (request.query_params.get(name) or "").strip()
    if not raw:
        return None
    from datetime import date

    try:
        return date.fromisoformat(raw).isoformat()
    except ValueError:
        raise HTTPException(400, f"'{name}' must be a date as YYYY-MM-DD") from None


@contextmanager
def open_store(request: Request) -> Iterator[Store]:
    """This thread's store connection (sync endpoints run on a thread pool; a Store is one connection).

    Why per thread and kept: opening a Store (pragmas, schema check) costs ~5 ms, a third of a page's service
    time. Reads outside a transaction see every commit (WAL), so a kept connection is never stale; anything
    a failed request left uncommitted is rolled back.
    """
    local = request.app.state.local
    store = getattr(local, "store", None)
    if store is None:
        store = local.store = Store(request.app.state.db_path)
    try:
        yield store
    finally:
        if store.in_transaction:
            store.rollback()


def language_param(request: Request, name: str = "language") -> str | None:
    """An ISO 639-1 (or 639-3) language code from the query, lower-cased; 400 for anything else."""
    raw = (request.query_params.get(name) or "").strip().lower()
    if not raw:
        return None
    if not re.fullmatch(r"[a-z]{2,3}", raw):
        raise HTTPException(400, f"'{name}' must be a language code such as 'en' or 'ru'")
    return raw


def filters(request: Request) -> dict[str, str | None]:
    q = request.query_params
    return {
        "date": date_param(request),
        "outlet": (q.get("outlet") or "").strip() or None,
        "entity": (q.get("entity") or "").strip() or None,
        "language": language_param(request),
    }


def api_stories(request: Request) -> Response:
    limit = int_param(request, "limit", 50, 1, 1000)
    offset = int_param(request, "offset", 0, 0, 10**9)
    f = filters(request)
    with open_store(request) as store:
        stories = queries.story_summaries(store, **f, cache=request.app.state.story_cache)
    page = [s.to_dict() for s in stories[offset : offset + limit]]
    return JSONResponse({"total": len(stories), "offset": offset, "limit": limit, "stories": page})


def api_story(request: Request) -> Response:
    story_id = path_id(request, "story_id", "story")
    with open_store(request) as store:
        return JSONResponse(found(queries.comparison(store, story_id), "story", story_id))


def api_article(request: Request) -> Response:
    article_id = path_id(request, "article_id", "article")
    with open_store(request) as store:
        full = article_id_of(store, article_id)
        return JSONResponse(found(queries.article_json(store, full), "article", article_id))


def api_search(request: Request) -> Response:
    q = (request.query_params.get("q") or "").strip()
    if not q:
        raise HTTPException(400, "'q' (the words to search for) is required")
    if len(q) > 500:
        raise HTTPException(400, "'q' is longer than 500 characters")
    limit = int_param(request, "limit", 50, 1, 500)
    language = language_param(request)
    with open_store(request) as store:
        hits, spellings = queries.search(store, q, limit=limit, language=language)
    for h in hits:
        h.pop("parts", None)
    return JSONResponse({"query": q, "spellings": spellings, "count": len(hits), "results": hits})


def _str_field(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise HTTPException(422, f"'{key}' must be a string")
    return value


async def read_ingest_request(request: Request) -> tuple[list[Upload], list[RawDocument]]:
    """Uploads and pasted documents from a multipart form or a JSON body; HTTPException on bad input."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "application/json":
        return [], [await _pasted_json(request)]
    if ctype in ("multipart/form-data", "application/x-www-form-urlencoded"):
        uploads, pasted = await _form_documents(request)
        if not uploads and not pasted:
            raise HTTPException(422, "nothing to ingest: add files or paste text")
        return uploads, pasted
    raise HTTPException(415, "send multipart/form-data (files, text) or application/json")


async def _pasted_json(request: Request) -> RawDocument:
    """The pasted document of a JSON body ``{"text": ..., "title": ..., "outlet": ..., ...}``."""
    try:
        data = json.loads(await request.body())
    except (ValueError, UnicodeDecodeError):
        raise HTTPException(400, "body is not valid JSON") from None
    if not isinstance(data, dict):
        raise HTTPException(422, 'expected a JSON object {"text": ..., "title": ..., "outlet": ...}')
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        raise HTTPException(422, "'text' must be a non-empty string")
    meta = {k: _str_field(data, k) for k in PASTED_FIELDS}
    return pasted_document(text, **meta)


async def _form_documents(request: Request) -> tuple[list[Upload], list[RawDocument]]:
    """The uploaded files and the pasted text (with its metadata fields) of a form."""
    uploads: list[Upload] = []
    pasted: list[RawDocument] = []
    limit = request.app.state.max_upload
    try:
        form = await request.form(max_files=MAX_FILES, max_fields=100, max_part_size=limit)
    except Exception as exc:  # noqa: BLE001 - the multipart parser's errors are the client's
        raise HTTPException(400, f"cannot read the form ({getattr(exc, 'detail', exc)})") from None
    try:
        for key, value in form.multi_items():
            if isinstance(value, UploadFile):
                data_bytes = await value.read()
                if value.filename or data_bytes:
                    uploads.append(Upload(value.filename or key, data_bytes))
        text = form.get("text")
        if isinstance(text, str) and text.strip():
            meta = {k: _form_str(form.get(k)) for k in PASTED_FIELDS}
            pasted.append(pasted_document(text, **meta))
    finally:
        await form.close()
    return uploads, pasted


def _form_str(value: UploadFile | str | None) -> str | None:
    return value if isinstance(value, str) else None


async def api_ingest(request: Request) -> Response:
    if not same_origin(request.headers):
        raise HTTPException(403, "cross-site request refused")
    uploads, pasted = await read_ingest_request(request)
    result = await run_in_threadpool(run_ingest, request.app.state.db_path, uploads, pasted)
    if result.stored:
        status = 201
    elif result.failed and not result.duplicates:
        status = 422
    else:
        status = 200
    return JSONResponse(result.to_dict(), status_code=status)


def openapi(request: Request) -> Response:
    return Response(OPENAPI_PATH.read_bytes(), media_type="application/json")


routes = [
    Route("/api/stories", api_stories),
    Route("/api/stories/{story_id}", api_story),
    Route("/api/articles/{article_id:path}", api_article),
    Route("/api/search", api_search),
    Route("/api/ingest", api_ingest, methods=["POST"]),
    Route("/api/openapi.json", openapi),
    Route("/openapi.json", openapi),
]
