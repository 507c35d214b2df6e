"""textual-serve's Server, stopping its reader sessions at once on Ctrl+C.

On Ctrl+C aiohttp stops accepting connections, then waits up to a minute for open requests to end
before it cancels them; an open browser tab is a websocket request that never ends, so the server
would hang for that minute (and a second Ctrl+C would leave its reader processes behind). Here the
server's public shutdown hook cancels each session's handler at once, which is what aiohttp would do
after its wait: textual-serve then tells each reader to quit and waits for it. Imported only when
the server starts (it imports textual-serve and aiohttp).
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

from textual_serve.server import Server

SESSION_STOP_S = 10.0
"""How long the shutdown waits for the readers to quit."""


class BriefingServer(Server):
    """A Server that ends its sessions when it shuts down."""

    def __init__(self, command: str, *, templates_path: Path, **options: Any) -> None:
        super().__init__(command, templates_path=templates_path, **options)
        self.sessions: set[asyncio.Task[Any]] = set()

    async def handle_websocket(self, request: Any) -> Any:
        """Run one browser session (textual-serve's handler), remembering its task."""
        task = asyncio.current_task()
        if task is not None:
            self.sessions.add(task)
        try:
            return await super().handle_websocket(request)
        finally:
            if task is not None:
                self.sessions.discard(task)

    async def on_startup(self, app: Any) -> None:
        """Say where the reader is, in plain text: textual-serve's own greeting reads the command
        (the briefing's path) as Rich markup, which a path such as `[/]x.yaml` breaks."""
        print(f"Serving the reader on {self.public_url} (Ctrl+C to stop)", file=sys.stderr)

    async def on_shutdown(self, app: Any) -> None:
        """Cancel every open session; textual-serve's handler then quits its reader."""
        await super().on_shutdown(app)
        sessions = [task for task in self.sessions if not task.done()]
        for task in sessions:
            task.cancel()
        if sessions:
            await asyncio.wait(sessions, timeout=SESSION_STOP_S)
