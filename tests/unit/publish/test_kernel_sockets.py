"""A build's notebook kernels listen on socket files of their own, in one folder per build, so kernels started
at once never race for a TCP port ("Address already in use")."""

from __future__ import annotations

import os

import pytest

from nevreport.publish import workers

pytestmark = pytest.mark.skipif(os.name != "posix", reason="IPC sockets are POSIX only")


def test_the_build_names_one_folder_for_its_kernels_and_each_kernel_a_file_in_it(monkeypatch, tmp_path):
    monkeypatch.delenv("NEVREPORT_KERNEL_SOCKETS", raising=False)
    layout = type("L", (), {"root": tmp_path})()
    workers.prepare_environment(layout)
    folder = os.environ["NEVREPORT_KERNEL_SOCKETS"]
    assert os.path.isdir(folder) and folder != str(tmp_path)
    first, second = workers._local_sockets(), workers._local_sockets()
    assert first["transport"] == "ipc"
    assert os.path.dirname(first["connection_file"]) == folder
    assert first["connection_file"] != second["connection_file"]


def test_a_second_preparation_keeps_the_folder_the_workers_inherit(monkeypatch, tmp_path):
    monkeypatch.setenv("NEVREPORT_KERNEL_SOCKETS", str(tmp_path / "sockets"))
    workers.prepare_environment(type("L", (), {"root": tmp_path})())
    assert os.environ["NEVREPORT_KERNEL_SOCKETS"] == str(tmp_path / "sockets")
    assert workers._local_sockets()["connection_file"].startswith(str(tmp_path / "sockets") + os.sep)
