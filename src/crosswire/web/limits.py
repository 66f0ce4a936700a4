"""Request body limit (413) and a same-origin check for form posts.

Why by hand: Starlette has no body-size limit of its own and uvicorn has none either; this small ASGI
middleware buffers a request body up to the limit (so a multipart parser never sees more) and answers 413
as soon as the declared or the received size passes it.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > self.max_body
            except ValueError:
                await self._reject(scope, send, 400, "bad Content-Length header")
                return
            if too_big:
                await self._reject(scope, send, 413, self._too_large())
                return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            size += len(body)
            if size > self.max_body:
                await self._reject(scope, send, 413, self._too_large())
                return
            chunks.append(body)
            if not message.get("more_body", False):
                break
        data = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": data, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    def _too_large(self) -> str:
        return f"request body larger than the limit of {self.max_body // (1024 * 1024)} MB"

    @staticmethod
    async def _reject(scope: Scope, send: Send, status: int, message: str) -> None:
        if str(scope.get("path", "")).startswith("/api/"):
            body = json.dumps({"error": message, "status": status}).encode()
            ctype = b"application/json"
        else:
            from html import escape

            body = f"<!doctype html><title>{status}</title><p>{escape(message)}</p>".encode()
            ctype = b"text/html; charset=utf-8"
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", ctype),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


def same_origin(headers: Any) -> bool:
    """False when a browser says the request comes from another site (a cross-site form post)."""
    origin = headers.get("origin")
    if not origin or origin == "null":
        return origin != "null"
    host = headers.get("host", "")
    return origin.split("://", 1)[-1].rstrip("/") == host
