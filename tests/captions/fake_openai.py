"""A loopback OpenAI-compatible server: ``POST /v1/chat/completions``, streamed.

Each request takes the next scripted reply from ``replies`` (the last one repeats):
an int is an error status with OpenAI's error body; a string is streamed as
``chat.completion.chunk`` events of a few characters each, then ``data: [DONE]``;
``"hang"`` never answers (until the server stops).
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

Reply = int | str


@dataclass
class FakeOpenAI:
    replies: list[Reply]
    requests: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    runner: web.AppRunner | None = None
    url: str = ""
    released: asyncio.Event = field(default_factory=asyncio.Event)

    def next_reply(self) -> Reply:
        index = min(len(self.requests) - 1, len(self.replies) - 1)
        return self.replies[index]

    async def handle(self, request: web.Request) -> web.StreamResponse:
        self.requests.append(await request.json())
        self.headers.append(dict(request.headers))
        reply = self.next_reply()
        if reply == "hang":
            await self.released.wait()
            return web.Response(status=503)
        if isinstance(reply, int):
            kinds = {401: "invalid_api_key", 429: "rate_limit_exceeded"}
            body = {
                "error": {
                    "message": f"fake error {reply}",
                    "type": kinds.get(reply, "server_error"),
                    "code": kinds.get(reply),
                }
            }
            return web.json_response(body, status=reply)
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        model = self.requests[-1].get("model")
        first = {"choices": [{"index": 0, "delta": {"role": "assistant"}}], "model": model}
        await response.write(f"data: {json.dumps(first)}\n\n".encode())
        for start in range(0, len(reply), 7):
            chunk = {
                "id": "chatcmpl-fake",
                "object": "chat.completion.chunk",
                "model": model,
                "choices": [
                    {
                        "index": 0,
                        "delta": {"content": reply[start : start + 7]},
                        "finish_reason": None,
                    }
                ],
            }
            await response.write(f"data: {json.dumps(chunk)}\n\n".encode())
        last = {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
        await response.write(f"data: {json.dumps(last)}\n\ndata: [DONE]\n\n".encode())
        await response.write_eof()
        return response

    async def start(self) -> FakeOpenAI:
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self.handle)
        self.runner = web.AppRunner(app, shutdown_timeout=0.5)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        port = self.runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{port}/v1"
        return self

    async def stop(self) -> None:
        self.released.set()
        if self.runner is not None:
            await self.runner.cleanup()
