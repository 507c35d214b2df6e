"""`briefing-tui serve [FILE] [--host 127.0.0.1] [--port 8000]`: the reader in a web browser.

textual-serve starts one reader process per browser tab and streams it over a websocket. It is
bound to the loopback address unless told otherwise (anyone who can reach the port can read the
briefing). The page is textual-serve's own without its Google Fonts link (`templates/`), so it
fetches nothing from outside and works offline. Ctrl+C stops it cleanly; a port in use is one
message. textual-serve (and with it aiohttp) is imported only when the server starts.
"""

from __future__ import annotations

import argparse
import errno
import shlex
import socket
import sys
from pathlib import Path

from briefing_tui.export.cli_support import fail, load_or_report
from briefing_tui.format.text import visible

HELP = "open the reader in a web browser (textual-serve), on this machine only by default"

TEMPLATES = Path(__file__).with_name("templates")
"""textual-serve's page without its Google Fonts link."""

_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `serve`."""
    parser.description = (
        "Serve the reader to a web browser through textual-serve: each browser tab runs its own "
        "reader on FILE. Bound to 127.0.0.1 (this machine only) unless --host says otherwise. "
        "Ctrl+C stops the server."
    )
    parser.add_argument(
        "file", nargs="?", metavar="FILE", help="the briefing (default: the bundled seed)"
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=_port, default=8000, help="port (default 8000)")


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"a port is 1-65535, not {value}")
    return value


def port_problem(host: str, port: int) -> str | None:
    """Why the server could not listen on `host:port` (None when it can), checked by binding."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as error:
        return f"cannot use host {host!r}: {error.strerror}"
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as error:
            return _bind_message(host, port, error)
    return None


def _bind_message(host: str, port: int, error: OSError) -> str:
    if error.errno == errno.EADDRINUSE:
        return f"port {port} on {host} is in use; choose another with --port"
    if error.errno == errno.EACCES:
        return f"no permission to listen on port {port}; choose one above 1023 with --port"
    return f"cannot listen on {host}:{port}: {(error.strerror or str(error)).lower()}"


def _public_url(host: str, port: int) -> str | None:
    """The address the page tells the browser to connect back to. textual-serve uses the bound
    host, which for a wildcard (0.0.0.0, ::) no browser can reach: this machine's name instead."""
    if host in ("0.0.0.0", "::", ""):
        return f"http://{socket.getfqdn()}:{port}"
    if ":" in host:  # an IPv6 address goes in brackets in a URL
        return f"http://[{host}]:{port}"
    return None


def child_command(path: Path) -> str:
    """The shell command textual-serve runs for each session."""
    return shlex.join([sys.executable, "-m", "briefing_tui.serve.child", str(path.resolve())])


def run(args: argparse.Namespace) -> int:
    """Serve until Ctrl+C (exit 0); 1 with one message when the file or the port is wrong."""
    briefing = load_or_report(args.file)
    if briefing is None:
        return 1
    from briefing_tui.format.seed import seed_path

    path = Path(args.file) if args.file else seed_path()
    problem = port_problem(args.host, args.port)
    if problem is not None:
        return fail("serve", problem)
    if args.host not in _LOOPBACK:
        print(
            visible(
                f"serve: listening on {args.host}: anyone who can reach port {args.port} "
                "can read this briefing"
            ),
            file=sys.stderr,
        )
    try:
        from briefing_tui.serve.server import BriefingServer
    except ImportError:
        return fail("serve", "needs textual-serve: pip install textual-serve")
    server = BriefingServer(
        child_command(path),
        templates_path=TEMPLATES,
        host=args.host,
        port=args.port,
        title=visible(briefing.document.title),
        public_url=_public_url(args.host, args.port),
    )
    try:
        server.serve()
    except OSError as error:
        return fail("serve", _bind_message(args.host, args.port, error))
    except KeyboardInterrupt:
        pass
    print("serve: stopped", file=sys.stderr)
    return 0
