"""A build's worker process: tied to the build that started it, keeping one notebook kernel for every edition
it builds, with the environment the kernel inherits."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from nevreport.publish.layout import KERNEL_NAME, Layout


def owner_alive(pid: int) -> bool:
    """Whether process `pid` still runs (a zombie, ended but not yet collected, counts as ended)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            return handle.read().rpartition(")")[2].split()[:1] != ["Z"]
    except OSError:
        return True  # no /proc (macOS): the signal test above is all there is


def die_with_parent(owner: int) -> None:
    """Initializer of each worker process: end when the build that started it ends, even by kill -9.

    On Linux the kernel sends SIGKILL to the worker when its parent dies (PR_SET_PDEATHSIG); a worker's
    notebook kernel notices its parent is gone within a second and exits (ipykernel's parent poller). Where
    that is not available, `publish` still refuses to publish for an ended build.
    """
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        try:
            ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL))  # 1 = PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if not owner_alive(owner):  # the build ended before the line above took effect
        os._exit(1)


def ensure_kernel() -> None:
    """Register this environment's Python as the `nevreport` kernel if it is not there yet."""
    os.environ.setdefault("JUPYTER_PREFER_ENV_PATH", "1")
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        spec = KernelSpecManager().get_kernel_spec(KERNEL_NAME)
        if Path(spec.argv[0]).exists():
            return
    except NoSuchKernel:
        pass
    from ipykernel.kernelspec import install

    install(kernel_name=KERNEL_NAME, display_name="Python (nevreport)", prefix=sys.prefix)


_kernel = None  # this process's kernel, shared by every notebook it executes
_SOCKETS = "NEVREPORT_KERNEL_SOCKETS"  # the folder of this build's kernel sockets (see prepare_environment)


def _local_sockets() -> dict[str, str]:
    """Where a kernel listens: on POSIX, sockets in files of its own (IPC), as the JupyterLab of `make lab` uses.
    A TCP kernel takes free ports and binds them a moment later, and with several builds starting kernels at
    once another process could take a port in between ("Address already in use"); a file name is this
    kernel's alone."""
    if os.name != "posix" or not os.environ.get(_SOCKETS):
        return {}
    import uuid

    folder = Path(os.environ[_SOCKETS])
    folder.mkdir(parents=True, exist_ok=True)
    return {"transport": "ipc", "connection_file": str(folder / f"kernel-{uuid.uuid4().hex[:12]}.json")}


def shared_kernel(cwd: Path):
    """A running kernel for this process, with a clean namespace.

    Starting a kernel and importing pandas and matplotlib costs seconds, the notebooks' own work a fraction
    of that; so each build process starts one kernel and clears its variables before every notebook
    (`%reset -f`), which keeps notebooks independent while the imported libraries stay loaded.
    """
    global _kernel
    import atexit

    from jupyter_client.blocking import BlockingKernelClient
    from jupyter_client.manager import AsyncKernelManager
    from jupyter_core.utils import run_sync

    if _kernel is None or not run_sync(_kernel.is_alive)():
        _kernel = AsyncKernelManager(kernel_name=KERNEL_NAME, **_local_sockets())
        # The kernel runs on this machine only; its warning about unencrypted local TCP is noise here.
        # Nor does a build need the cells' history (IPython would write each to its SQLite history file).
        run_sync(_kernel.start_kernel)(cwd=str(cwd), extra_arguments=[
            "--IPKernelApp.log_level=CRITICAL", "--HistoryManager.enabled=False"])
        atexit.register(run_sync(_kernel.shutdown_kernel), now=True)
        return _kernel
    client = BlockingKernelClient()
    client.load_connection_info(_kernel.get_connection_info())
    client.start_channels()
    try:
        client.wait_for_ready(timeout=60)
        # %reset keeps loaded extensions: forget the notebooks' own so its first cell loads it afresh.
        client.execute_interactive("get_ipython().run_line_magic('reset', '-f'); "
                                   "get_ipython().extension_manager.loaded.discard('nevreport.notebook')",
                                   store_history=False,
                                   timeout=60, output_hook=lambda msg: None)
    finally:
        client.stop_channels()
    return _kernel


def discard_kernel() -> None:
    """Stop this process's kernel (stuck or dead) so the next edition starts a new one."""
    global _kernel
    from jupyter_core.utils import run_sync

    if _kernel is not None:
        try:
            run_sync(_kernel.shutdown_kernel)(now=True)
        except Exception:  # already gone: nothing to stop
            pass
    _kernel = None


def prepare_environment(layout: Layout) -> None:
    """What the build's kernels inherit: the data folder to read, no reloading of a package that cannot change."""
    os.environ["NEVREPORT_ROOT"] = str(layout.root.resolve())
    # Reloading would check every loaded module before each cell; it is for an analyst editing the package.
    os.environ["NEVREPORT_AUTORELOAD"] = "0"
    if os.name == "posix" and not os.environ.get(_SOCKETS):
        # the kernels' socket files, in one folder the build removes when it ends (workers inherit its name)
        import atexit
        import shutil
        import tempfile

        folder = tempfile.mkdtemp(prefix="nevreport-kernels-")
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        os.environ[_SOCKETS] = folder


# What every notebook imports; a worker's kernel loads it while the worker gets ready (the names it binds are
# cleared before each edition, see shared_kernel).
_WARM_UP = "import matplotlib.pyplot, pandas, nevreport.notebook, nevreport.story.report"


def warm_kernel(cwd: Path) -> None:
    """Start this process's kernel and have it load the notebooks' libraries, without waiting for it."""
    from jupyter_core.utils import run_sync

    client = shared_kernel(cwd).client()
    client.start_channels()
    try:
        run_sync(client.wait_for_ready)(timeout=60)
        msg_id = client.execute(_WARM_UP, silent=True, store_history=False)
        # Leave once the kernel has the request (it says it is busy with it), not when it has done it.
        while run_sync(client.get_iopub_msg)(timeout=60)["parent_header"].get("msg_id") != msg_id:
            pass
    finally:
        client.stop_channels()


def start_worker(owner: int, cwd: Path) -> None:
    """Initializer of each worker process: tie it to the build (`die_with_parent`), then warm its kernel."""
    die_with_parent(owner)
    warm_kernel(cwd)
