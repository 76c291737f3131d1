"""Stage 'serve' of the walk (... -> store -> analyse -> serve): the dashboard and its JSON API.

- `settings`: `WebSettings`, everything the app is told (database, country, review token, limits);
- `app`: `create_app(settings)`, the FastAPI factory (error handlers, size limits, security headers);
- `api`: the JSON routes under ``/api`` with their pydantic response models;
- `pages`: the server-rendered HTML pages (Jinja2, autoescaped), scripts and styles from ``static/``;
- `views`: what the pages and the API show, computed from the record (library functions, no HTTP);
- `listing`: paged SQL listings (events, articles) that the record's queries do not offer;
- `deps`: the read and write sessions and the review token check that routes depend on;
- `serve`: `run(settings, host, port)` under uvicorn, shared by ``allegiance serve`` and ``allegiance demo``.

Nothing is done at import: the app, its engine and its templates are built by `create_app`.
"""
from .app import create_app
from ..settings import WebSettings

__all__ = ["WebSettings", "create_app"]
