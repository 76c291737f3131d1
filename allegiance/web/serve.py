"""Running the app: one call that the ``serve`` and ``demo`` commands share.

With ``workers`` above 1 the server runs that many processes, each with its own listening socket on
the same address (``SO_REUSEPORT``), so the kernel spreads new connections evenly over them. A
single shared socket (uvicorn's own ``--workers``) lets whichever process wakes first accept a whole
burst of connections: at 50 keep-alive clients one process was seen holding 46 of them while the
other idled, and every answer of the busy one waited in its queue.
"""
from __future__ import annotations

import multiprocessing
import os
import socket
import sys

import uvicorn

from ..errors import ServeError
from ..processes import end_with_parent, terminate_as_interrupt
from ..record import Record
from .app import create_app
from ..settings import WebSettings, is_loopback


def url_of(host: str, port: int) -> str:
    """Where a browser on this machine opens the dashboard."""
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    return f"http://[{shown}]:{port}/" if ":" in shown else f"http://{shown}:{port}/"


def exposure_warning(host: str) -> str | None:
    """What to tell the operator when the service is reachable from other machines."""
    if is_loopback(host):
        return None
    return (f"warning: binding to {host}: the dashboard is reachable from other machines; it is read-only except "
            "the review actions, which need the review token")


def run(settings: WebSettings, host: str = "127.0.0.1", port: int = 8000, workers: int = 1) -> None:
    """Serve the dashboard and API over ``settings.db_url`` until interrupted (Ctrl-C), in ``workers``
    processes."""
    Record.open(settings.db_url).close()  # migrate (and derive) once here, not in every worker at the same time
    if workers <= 1 or not hasattr(socket, "SO_REUSEPORT"):
        _serve_on(settings, _listening_socket(host, port, shared=False))
        return
    _listening_socket(host, port, shared=False).close()  # the address is free (a shared bind would not say)
    context = multiprocessing.get_context("spawn")
    processes = [context.Process(target=_worker, args=(settings, host, port, os.getpid()), daemon=True)
                 for _ in range(workers)]
    with terminate_as_interrupt():  # SIGTERM stops the workers too (they also end if this process is killed)
        try:
            for process in processes:
                process.start()
            for process in processes:
                process.join()
        except KeyboardInterrupt:
            pass
        finally:
            for process in processes:
                if process.pid is not None:
                    process.terminate()
            for process in processes:
                if process.pid is not None:
                    process.join(10)
                    if process.is_alive():
                        process.kill()


def _worker(settings: WebSettings, host: str, port: int, parent: int) -> None:
    """One server process (spawned): its own socket on the shared address; it ends with its parent."""
    end_with_parent(parent)
    try:
        _serve_on(settings, _listening_socket(host, port, shared=True))
    except KeyboardInterrupt:
        pass
    except ServeError as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(1)


def _listening_socket(host: str, port: int, shared: bool) -> socket.socket:
    """A socket listening on host:port; ``shared`` lets the other workers listen on the same address."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if shared:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    try:
        sock.bind((host, port))
    except OSError as error:
        sock.close()
        raise ServeError(f"cannot listen on {host}:{port} ({error.strerror}): another program holds the port, "
                         "or the address is not this machine's; give another --port or --host") from error
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def _serve_on(settings: WebSettings, sock: socket.socket) -> None:
    config = uvicorn.Config(create_app(settings), log_level="warning", server_header=False, proxy_headers=False,
                            h11_max_incomplete_event_size=16 * 1024)
    uvicorn.Server(config).run(sockets=[sock])
