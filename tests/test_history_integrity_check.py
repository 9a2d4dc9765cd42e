"""The history's full integrity check runs only when the file may have been left uncleanly.

A clean start does not read the whole file; a start after a killed copy, or after anything else
changed the file since it was closed, does, and a damaged file is still found and repaired.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from history_helpers import filled, history_file

from infant_massage.storage.data_dir import open_data_dir
from infant_massage.storage.history.notices import NoticeKind
from infant_massage.storage.history.opening import open_history

# Opens the history, writes to it, says so, then waits to be killed.
KILLED_COPY = r"""
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from history_helpers import session
from infant_massage.storage.data_dir import open_data_dir
from infant_massage.storage.history.opening import open_history

store = open_history(open_data_dir(Path(sys.argv[1]))).store
store.finish(session(note="before the kill"))
print("open", flush=True)
time.sleep(60)
"""


def _reopen(data: Path):
    opened = open_history(open_data_dir(data))
    opened.store.close()
    return opened


def _damage_a_page(path: Path, page: int = 3) -> None:
    with path.open("r+b") as stream:
        stream.seek(page * 4096)
        stream.write(b"\xa5" * 4096)


def _kill_a_copy(data: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_COPY, str(data), str(Path(__file__).parent)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "open"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)


def test_a_new_history_and_a_clean_start_are_not_checked(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert not _reopen(data).checked  # nothing to read yet
    # The helper writes its 30 sessions through a connection of its own once the app has
    # closed the file: a change from outside, so the next start reads the file through once.
    filled(data, 30)
    assert _reopen(data).checked
    for _ in range(3):  # from then on each start follows a clean close by the app
        assert not _reopen(data).checked


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_start_after_a_killed_copy_checks_the_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    filled(data, 30)
    _kill_a_copy(data)
    opened = open_history(open_data_dir(data))
    try:
        assert opened.checked and opened.notices == []
        assert any(r.note == "before the kill" for r in opened.store.sessions())
    finally:
        opened.store.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_file_damaged_while_a_copy_was_killed_is_found_and_repaired(tmp_path: Path) -> None:
    data = tmp_path / "data"
    filled(data, 200)
    _kill_a_copy(data)
    _damage_a_page(history_file(data))
    opened = open_history(open_data_dir(data))
    try:
        assert opened.checked
        [notice] = opened.notices
        assert notice.kind is NoticeKind.SALVAGED and notice.path.name.endswith(".corrupt.sqlite3")
        assert 0 < opened.store.count_sessions() <= 201  # what the damaged page held may be lost
    finally:
        opened.store.close()


def test_a_file_changed_at_once_after_a_clean_close_is_checked(tmp_path: Path) -> None:
    # In the same clock tick as the close: its change time alone could not tell.
    data = tmp_path / "data"
    filled(data, 200)
    _damage_a_page(history_file(data))
    opened = open_history(open_data_dir(data))
    try:
        assert opened.checked
        assert [n.kind for n in opened.notices] == [NoticeKind.SALVAGED]
    finally:
        opened.store.close()
    for _ in range(5):  # every time, not by luck of the clock
        opened = open_history(open_data_dir(data))
        opened.store.close()
        with history_file(data).open("r+b") as stream:
            stream.seek(100)
            byte = stream.read(1)
            stream.seek(100)
            stream.write(byte)  # the same byte written back: only the file's times move
        assert _reopen(data).checked


def test_a_file_put_back_from_elsewhere_is_checked(tmp_path: Path) -> None:
    data = tmp_path / "data"
    filled(data, 30)
    path = history_file(data)
    copy = tmp_path / "copy.sqlite3"
    copy.write_bytes(path.read_bytes())
    info = path.stat()
    os.replace(copy, path)
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))  # as a restore keeping times would
    assert _reopen(data).checked


def test_the_record_of_a_clean_close_is_private(tmp_path: Path) -> None:
    data = tmp_path / "data"
    filled(data, 3)
    [record] = (data / "instances").glob("*.json")
    assert record.stat().st_mode & 0o077 == 0
