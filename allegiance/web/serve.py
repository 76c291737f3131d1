"""Running the app: one call that the ``serve`` and ``demo`` commands share."""
from __future__ import annotations

from .settings import WebSettings, is_loopback


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


def run(settings: WebSettings, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the dashboard and API over ``settings.db_url`` until interrupted (Ctrl-C)."""
    import uvicorn

    from .app import create_app

    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning", server_header=False,
                proxy_headers=False, h11_max_incomplete_event_size=16 * 1024)
