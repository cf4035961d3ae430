"""HTML from Jinja templates, autoescaped: text from the data is always shown as text, never run.

Text passed to a template is escaped unless it is markupsafe's `Markup` already (HTML the package built), so
an article containing markup is shown as text. Jinja is imported on first use: checking the data needs no
templates.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from markupsafe import Markup


@cache
def environment(folder: Path):
    """The Jinja environment of a folder of templates: autoescaped, strict about names a template uses but is
    not given."""
    import jinja2

    return jinja2.Environment(loader=jinja2.FileSystemLoader(folder), autoescape=True,
                              undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def render(folder: Path, name: str, **context) -> Markup:
    """Template `name` of `folder` filled in: text in `context` is escaped, Markup is kept as HTML."""
    return Markup(environment(Path(folder)).get_template(name).render(**context))
