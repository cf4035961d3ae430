"""`make preview`: one edition's report served on 127.0.0.1, rebuilt when a notebook, the data or the package
is saved, and reloaded in the browser.

Only what changed is rebuilt. A chapter saved is executed again alone, in a kernel kept running between
rebuilds; the other chapters' executed cells and the preparation's indicators are kept. Saved data or
parameters run the edition's notebooks again; a saved package module restarts the kernel first. The preview
renders the HTML only (the PDF is `make report`'s) into memory: nothing in reports/ is replaced, and a notebook
that fails shows its message above the last good page instead of a traceback.
"""

from __future__ import annotations

import hashlib
import html
import http.server
import shutil
import signal
import threading
import time
from pathlib import Path

from nevreport.common.errors import UserError
from nevreport.curate.params import ParameterSet, discover
from nevreport.publish import build
from nevreport.story.notebook_checks import check_notebooks, is_chapter, report_notebooks

# Polled by the page: it reloads itself when the number changes (browsers keep the scroll position).
_RELOAD = """<script>(function () {{
  var shown = "{version}";
  setInterval(function () {{
    fetch("/__version", {{cache: "no-store"}}).then(function (r) {{ return r.text(); }}).then(function (now) {{
      if (now !== shown) {{ location.reload(); }}
    }}).catch(function () {{}});
  }}, 700);
}})();</script>"""
_BANNER = ('<div role="alert" style="position: sticky; top: 0; z-index: 9; margin: 0; padding: 0.8rem 1rem; '
           'background: #fdecea; color: #611a15; border-bottom: 2px solid #b3261e; font: 0.9rem/1.4 sans-serif; '
           'white-space: pre-wrap">{}</div>')


def _digest(paths) -> str:
    h = hashlib.sha256()
    for path in paths:
        h.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


class Preview:
    """One edition, kept executed chapter by chapter; `refresh()` rebuilds what changed since the last call."""

    def __init__(self, ps: ParameterSet, layout: build.Layout, work: Path):
        self.ps, self.layout, self.work = ps, layout, work
        self.executed: dict = {}  # notebook name -> executed notebook
        self.seen: dict[str, str] = {}  # notebook name -> digest of the notebook it was executed from
        self.data_seen = self.package_seen = ""
        self.page, self.error, self.version, self.shown = "", "", 0, ""
        self.lock = threading.Lock()

    # --- what is on disk ---------------------------------------------------------------------------------

    def _data_digest(self) -> str:
        files = sorted(p for p in self.layout.data_dir.rglob("*") if p.is_file())
        return _digest([*files, self.ps.path])

    @staticmethod
    def _package_digest() -> str:
        from nevreport.common import config

        return _digest(sorted(config.PACKAGE_DIR.rglob("*.py")))

    def stamp(self) -> tuple:
        """A cheap fingerprint (names, sizes, times) of everything a rebuild depends on, to poll."""
        from nevreport.common import config

        paths = [*self.layout.notebooks_dir.glob("*.ipynb"), *self.layout.data_dir.rglob("*"),
                 *self.layout.params_dir.glob("*.yaml"), *config.PACKAGE_DIR.rglob("*.py")]
        return tuple(sorted((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in paths if p.is_file()))

    # --- rebuilding --------------------------------------------------------------------------------------

    def refresh(self) -> str:
        """Rebuild what changed; one line saying what was done (or the error, shown on the page too)."""
        started = time.perf_counter()
        try:
            done = self._rebuild()
            self.error = ""
        except (UserError, build.NotebookFailed) as exc:
            done, self.error = "failed", str(exc)
        self._publish()
        took = time.perf_counter() - started
        return f"[preview {self.ps.name}] {done} ({took:.1f} s)" + (f"\n{self.error}" if self.error else "")

    def _rebuild(self) -> str:
        notebooks = report_notebooks(self.layout.notebooks_dir)
        digests = {p.name: _digest([p]) for p in notebooks}
        data, package = self._data_digest(), self._package_digest()
        if package != self.package_seen and self.package_seen:
            _restart_kernel()  # the kernel imported the package as it was
        problems = check_notebooks(self.layout.notebooks_dir, outputs=False)
        if problems:
            raise UserError("the notebooks have numbers typed into their prose", problems)
        if data != self.data_seen or package != self.package_seen:
            build.check_data(self.layout)
            # An edition without its own date follows the data: read its parameters again.
            self.ps = discover(self.layout.params_dir, [self.ps.name], self.layout.data_dir)[0]
            run = notebooks
        else:
            run = [p for p in notebooks if digests[p.name] != self.seen.get(p.name)]
            if any(not is_chapter(p.name) for p in run):
                run = notebooks  # the chapters read what the preparation wrote
        for gone in set(self.executed) - set(digests):
            del self.executed[gone]
        if not run:
            return "nothing changed"
        parameters = {"edition": self.ps.name}  # the notebooks take the rest from params/ (nevreport.pipeline.run)
        build.prepare_environment(self.layout)
        executed = build.execute_edition(run, parameters, self.work, self.layout, f"[preview {self.ps.name}]",
                                         self.ps.name)
        self.executed.update(executed)
        self.seen.update({p.name: digests[p.name] for p in run})
        self.data_seen, self.package_seen = data, package
        self._render([p for p in notebooks if is_chapter(p.name)])
        names = [p.name for p in run]
        return "executed " + (", ".join(names) if len(names) <= 3 else f"{len(names)} notebooks")

    def _render(self, chapters: list[Path]) -> None:
        from nevreport.publish.exporters import ReportHTMLExporter

        report = build.merge_chapters([self.executed[p.name] for p in chapters])
        report.metadata["nevreport"] = build.report_metadata(self.ps)
        self.page, _ = ReportHTMLExporter().from_notebook_node(report)

    def _publish(self) -> None:
        page = self.page or "<!DOCTYPE html><html lang=en><title>Preview</title><body></body></html>"
        if self.error:
            banner = _BANNER.format(html.escape(self.error))
            page = page.replace("<body>", "<body>" + banner, 1) if "<body>" in page else banner + page
        with self.lock:
            self.version += 1
            reload = _RELOAD.format(version=self.version)
            self.shown = page.replace("</body>", reload + "</body>", 1) if "</body>" in page else page + reload


def _restart_kernel() -> None:
    from nevreport.publish.workers import discard_kernel

    discard_kernel()


def _handler(preview: Preview):
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            with preview.lock:
                version, page = str(preview.version), preview.shown
            if self.path.split("?")[0] == "/__version":
                body, kind = version.encode(), "text/plain"
            elif self.path.split("?")[0] in ("/", "/report.html"):
                body, kind = page.encode("utf-8"), "text/html; charset=utf-8"
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Cache-Control", "no-store")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:  # the terminal says what was rebuilt, not every request
            pass

    return Handler


def serve(edition: str = "latest", port: int = 0, layout: build.Layout | None = None,
          poll: float = 0.4, stop: threading.Event | None = None, ready=None) -> int:
    """Build `edition` once, serve it on 127.0.0.1:port (0: a free port) and rebuild on every save until stopped.

    `ready(url)` is called once the first page is served (tests use it; the command prints the address).
    """
    layout = layout or build.Layout()
    ps = discover(layout.params_dir, [edition], layout.data_dir)[0]  # says which editions there are
    build.ensure_kernel()
    work = layout.reports_dir / ".preview" / edition
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    preview = Preview(ps, layout, work)
    stamp = preview.stamp()
    print(preview.refresh(), flush=True)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), _handler(preview))
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"\nThe {edition} edition is served at {url}\nIt is rebuilt and reloaded when a notebook, the data or "
          "the package is saved. Stop with Ctrl-C.\n", flush=True)
    if ready:
        ready(url)
    stop = stop or threading.Event()
    # Ctrl-C asks the loop to stop between rebuilds: one stopped halfway, inside the kernel's client, could leave the
    # kernel's shutdown waiting for an answer that never comes
    ask_to_stop = signal.signal(signal.SIGINT, lambda *_: stop.set()) if (
        threading.current_thread() is threading.main_thread()) else None
    try:
        while not stop.wait(poll):
            now = preview.stamp()
            if now != stamp:
                time.sleep(poll)  # let an editor finish writing
                stamp = preview.stamp()
                print(preview.refresh(), flush=True)
    except KeyboardInterrupt:
        pass
    finally:
        if ask_to_stop is not None:
            signal.signal(signal.SIGINT, ask_to_stop)
        server.shutdown()
        server.server_close()
        _restart_kernel()
        shutil.rmtree(work, ignore_errors=True)
    return 0
