"""Charts in one house style, each with a title, its units and a source note built from its lineage.

Charts are returned as SVG text (deterministic: fixed hash salt, no date in the metadata, text kept as text)
so the HTML stays one self-contained file and the PDF stays sharp. Each chart is drawn twice: at page width
for print and desktop, and narrow for phones, where the page-width drawing would shrink its text to a few
pixels; the stylesheets show one or the other.
"""

from __future__ import annotations

import hashlib
import io
import re
import textwrap
from collections.abc import Iterable

import matplotlib as mpl
from markupsafe import Markup
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from nevreport.story import present

INK = "#1f2933"
MUTED = "#6b7785"
GRID = "#d9dee4"
PALETTE = {
    "actual": "#1d4e89",
    "article": "#e07a1f",
    "forecast": "#e07a1f",
    "secondary": "#7aa6c2",
    "goal": "#b3261e",
    "conflict": "#8a5a9e",
    "muted": "#5c6670",  # words on a chart: a year with nothing on file
}

WIDE_SIZE = (7.2, 3.5)
NARROW_SIZE = (4.2, 4.4)
NARROW_TITLE_CHARS = 34
TITLE_PAD = 18  # points between the axes and the title: room for the units line
LEGEND_ROW_CHARS = 70  # label characters that fit one legend row across the wide chart

STYLE = {
    "figure.figsize": WIDE_SIZE,
    "figure.dpi": 100,
    # A generic family with DejaVu first: the PDF gets DejaVu, a phone without it still gets a sans-serif
    # (the SVG keeps its text as text, so the reader's fonts draw it).
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans", "Helvetica Neue", "Helvetica", "Arial", "Liberation Sans"],
    "font.size": 9,
    "axes.edgecolor": MUTED,
    "axes.labelcolor": INK,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.grid.axis": "y",
    "axes.axisbelow": True,
    "grid.color": GRID,
    "grid.linewidth": 0.6,
    "xtick.color": INK,
    "ytick.color": INK,
    "legend.frameon": False,
    "legend.fontsize": 8,
    "svg.fonttype": "none",
    "svg.hashsalt": "nevreport",
    # "US$1 billion to US$2 billion" is money, not mathematics between two dollar signs.
    "text.parse_math": False,
}


def new_figure(title: str, units: str):
    """A figure and axes in the house style; the units go under the title.

    The figure is not pyplot's, so it never shows by itself in a notebook: a chart appears where its block is
    displayed, once. (Charts drawn with pyplot in a notebook work as anywhere in Jupyter.)
    """
    with mpl.rc_context(STYLE):
        fig = Figure(layout="constrained")
        ax = fig.add_subplot()
        ax.set_title(title, loc="left", pad=TITLE_PAD)
        ax.text(0, 1.02, units, transform=ax.transAxes, fontsize=8, color=MUTED, va="bottom")
    return fig, ax


def millions_axis(ax) -> None:
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v / 1e6:g}"))


def billions_axis(ax) -> None:
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v / 1e9:g}"))


def source_note(sources: Iterable[tuple[str, str]], calculated: bool = True) -> str:
    """ "Source: Shanghai Daily, 2023-07-21; People's Daily, 2025-01-13; calculation: nevreport"."""
    seen: list[str] = []
    for publisher, published in sorted(set(sources), key=lambda s: (s[1], s[0])):
        entry = f"{publisher}, {published}"
        if entry not in seen:
            seen.append(entry)
    parts = ["; ".join(seen)] if seen else []
    if calculated:
        parts.append("calculation: nevreport")
    return "Source: " + "; ".join(parts)


def _legend_below(fig, narrow: bool) -> None:
    """Put the axes' legend under the plot, where it cannot hide a bar, a marker or the goal line."""
    for legend in list(fig.legends):
        legend.remove()
    for ax in fig.axes:
        handles, labels = ax.get_legend_handles_labels()
        if ax.get_legend() is not None:
            ax.get_legend().remove()
        # One entry per label: markers drawn series by series ("Conflicting source") are named once.
        first = {label: handle for handle, label in reversed(list(zip(handles, labels, strict=True)))}
        labels = list(dict.fromkeys(labels))
        handles = [first[label] for label in labels]
        if not handles:
            continue
        one_row = sum(len(label) for label in labels) <= LEGEND_ROW_CHARS
        ncols = 1 if narrow else len(handles) if one_row else 2
        fig.legend(handles, labels, loc="outside lower left", ncols=ncols, handlelength=1.6, columnspacing=1.6)


def describe(fig) -> str:
    """A text alternative for a chart, from the data drawn: its units, then each series with its values."""
    parts = []
    for ax in fig.axes:
        formatter = ax.yaxis.get_major_formatter()

        def shown(value, formatter=formatter) -> str:
            return formatter(value, None) if isinstance(formatter, FuncFormatter) else f"{value:,.4g}"

        units = next((t.get_text() for t in ax.texts if t.get_text()), "")
        if units:
            parts.append(f"Values in {units}")
        for container in ax.containers:
            points = [(round(bar.get_x() + bar.get_width() / 2), bar.get_height()) for bar in container.patches]
            parts.append(f"{container.get_label()}: " + ", ".join(f"{x} {shown(y)}" for x, y in points))
        for line in ax.get_lines():
            if line.get_label().startswith("_"):
                continue
            xs, ys = list(line.get_xdata()), list(line.get_ydata())
            if line.get_transform() != ax.transData:  # a horizontal line across the chart (axhline)
                parts.append(f"{line.get_label()}: {shown(ys[0])}")
            else:
                values = ", ".join(f"{round(x)} {shown(y)}" for x, y in zip(xs, ys, strict=False))
                parts.append(f"{line.get_label()}: {values}")
    return ". ".join(parts) + ("." if parts else "")


def _svg(fig, css_class: str, label: str) -> str:
    buffer = io.StringIO()
    # Lay the figure out once, then save it with the layout fixed: savefig would otherwise lay it out twice
    # (in a dry run and again while drawing), which is most of a chart's cost.
    engine = fig.get_layout_engine()
    with mpl.rc_context(STYLE):
        fig.draw_without_rendering()
        fig.set_layout_engine("none")
        try:
            fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": "nevreport"})
        finally:
            fig.set_layout_engine(engine)
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg"):]  # drop the XML prolog and doctype so the SVG can sit inside HTML
    # matplotlib's RDF <metadata> is not valid inside HTML; the page says who made the chart.
    svg = re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.S)
    # matplotlib names elements figure_1, patch_1, ... in every chart; several charts in one page would share
    # those ids, so each chart's ids get a prefix derived from its content (stable across builds).
    prefix = "c" + hashlib.sha1(svg.encode()).hexdigest()[:8]
    svg = re.sub(r'\bid="([^"]+)"', rf'id="{prefix}-\1"', svg)
    svg = re.sub(r"url\(#([^)]+)\)", rf"url(#{prefix}-\1)", svg)
    svg = re.sub(r'href="#([^"]+)"', rf'href="#{prefix}-\1"', svg)
    # Each drawing is an image named by its description (the hidden one is hidden from assistive technology too).
    return svg.replace("<svg ", Markup('<svg class="{}" role="img" aria-label="{}" ').format(css_class, label), 1)


def to_svg(fig, label: str = "Chart") -> str:
    """The chart at page width and narrow for phones, one after the other; closes the figure."""
    with mpl.rc_context(STYLE):
        _legend_below(fig, narrow=False)
    wide = _svg(fig, "chart-wide", label)
    fig.set_size_inches(*NARROW_SIZE)
    with mpl.rc_context(STYLE):
        _legend_below(fig, narrow=True)
        for ax in fig.axes:
            title = ax.get_title(loc="left")
            ax.set_title(textwrap.fill(title, NARROW_TITLE_CHARS), loc="left", pad=TITLE_PAD)
    # Hidden unless the report's phone stylesheet shows it, so JupyterLab (which has no such stylesheet)
    # shows each chart once.
    narrow = _svg(fig, "chart-narrow", label).replace("<svg ", '<svg style="display: none" ', 1)
    _close(fig)
    return wide + narrow


def _close(fig) -> None:
    """Forget a pyplot figure once it is in the report, so Jupyter does not show it a second time."""
    import sys

    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close(fig)


def chart_html(fig, note: str, ids: Iterable[str], alt: str, note_html: Markup | str = "") -> Markup:
    """A figure block: the chart and its source note in words (publisher, date), each source a link to its
    appendix entry when `note_html` (Markup, see linked_source_note) gives them; without it, the ids a reader can
    look up in the appendix."""
    # The drawings carry the image role and the description; the figure does not, as its caption holds links.
    label = f"{alt}. {describe(fig)}"
    anchors = [(anchor, anchor.partition("-")[2]) for anchor in sorted(set(ids))]
    return present.render_template("chart.html.j2", drawings=Markup(to_svg(fig, label)), note=note,
                                   note_html=note_html, anchors=anchors)


def linked_source_note(sources: Iterable[tuple[str, str, str]], calculated: bool = True) -> Markup:
    """The source note as HTML: each "publisher, date" a link to the appendix entry of its first figure."""
    first: dict[str, str] = {}
    for publisher, published, anchor in sorted(sources, key=lambda s: (s[1], s[0], s[2])):
        first.setdefault(f"{publisher}, {published}", anchor)
    parts = [Markup('<a href="#{}">{}</a>').format(anchor, entry) for entry, anchor in first.items()]
    if calculated:
        parts.append("calculation: nevreport")
    return Markup("Source: ") + Markup("; ").join(parts)
