"""Real processes: a session killed with SIGKILL, and two copies of the app writing at once.

The child processes drive the history exactly as a running session does (a checkpoint at every
step change and every few seconds, then finish), only faster.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from infant_massage.domain.session_record import Outcome
from infant_massage.storage.data_dir import open_data_dir
from infant_massage.storage.history.opening import HISTORY_FILE, open_history
from infant_massage.ui.common.text_format import minutes_text
from infant_massage.ui.history.start_dialog import HistoryStartDialog

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

# argv: data folder, name, short sessions to finish at each step (0: wait at the middle of the
# third step to be killed), and the copies to wait for before starting a second store.
SESSION = r"""
import json, sys, time
from datetime import UTC, datetime, date
from pathlib import Path
from infant_massage.domain.profile import BabyProfile
from infant_massage.domain.session_record import SessionRecord, StepRecord
from infant_massage.storage.data_dir import open_data_dir
from infant_massage.storage.history.opening import open_history

folder, name, short_sessions = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
partners = [p for p in sys.argv[4].split(",") if p]
opened = open_history(open_data_dir(folder))
store = opened.store
baby = BabyProfile(name=name, birth_date=date(2026, 6, 2))
store.save_profile(baby)

def say(**fields):
    print(json.dumps(fields), flush=True)

areas = ["face", "chest", "abdomen", "legs", "feet"]
record = SessionRecord(
    baby_id=baby.id, kind="routine", routine="evening_calm", started_at=datetime.now(UTC),
    planned_seconds=300.0,
    steps=[StepRecord(area=a, technique="stroking", planned_seconds=60, done_seconds=0)
           for a in areas],
)
store.checkpoint(record)
say(event="started", id=record.id, notices=[n.english() for n in opened.notices])
(folder / f"ready-{name}").touch()
for index, step in enumerate(record.steps):
    for tick in range(12):  # one "5 s" tick every 10 ms
        step.done_seconds += 5
        store.checkpoint(record)
        if index == 2 and tick == 5:
            say(event="midway", done=[s.done_seconds for s in record.steps])
        time.sleep(0.01)
        if index == 2 and tick == 5 and short_sessions == 0:
            time.sleep(600)  # wait here to be killed
    for n in range(short_sessions):
        short = SessionRecord(
            baby_id=baby.id, kind="area", started_at=datetime.now(UTC), planned_seconds=60,
            steps=[StepRecord(area=areas[n % 5], technique="stroking", planned_seconds=60,
                              done_seconds=60)],
            outcome="completed", ended_at=datetime.now(UTC), note=f"{name} {index} {n}",
        )
        store.finish(short)
    if index == 1 and partners:
        while not all((folder / f"ready-{other}").exists() for other in partners):
            time.sleep(0.01)
        second_start = open_history(open_data_dir(folder))  # another copy starting now
        say(event="second start", interrupted=[r.id for r in second_start.interrupted])
        second_start.store.close()
record.outcome = "completed"
record.ended_at = datetime.now(UTC)
store.finish(record)
store.close()
say(event="finished")
"""


def start(
    folder: Path, name: str, short_sessions: int, partners: str = ""
) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", SESSION, str(folder), name, str(short_sessions), partners],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def read_event(process: subprocess.Popen[str], event: str, timeout: float = 60) -> dict:
    # A watchdog: a child that hangs must fail the test, not hang the whole run.
    watchdog = threading.Timer(timeout, process.kill)
    watchdog.start()
    try:
        for line in process.stdout:
            fields = json.loads(line)
            if fields["event"] == event:
                return fields
    finally:
        watchdog.cancel()
    pytest.fail(f"no '{event}' from the child (exit {process.wait()}): {process.stderr.read()}")


@pytest.fixture(autouse=True)
def _no_child_left(monkeypatch):
    started: list[subprocess.Popen[str]] = []
    real_start = start

    def tracked(*args, **kwargs):
        started.append(real_start(*args, **kwargs))
        return started[-1]

    monkeypatch.setitem(globals(), "start", tracked)
    yield
    for process in started:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)


def kill(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL


def test_a_killed_session_is_interrupted_at_the_next_start_with_what_was_done(
    tmp_path: Path, qtbot, catalog
) -> None:
    child = start(tmp_path, "a", short_sessions=0)
    started = read_event(child, "started")
    midway = read_event(child, "midway")
    kill(child)

    opened = open_history(open_data_dir(tmp_path))  # the next start
    [record] = opened.interrupted
    assert record.id == started["id"]
    assert record.outcome is Outcome.INTERRUPTED
    assert record.ended_at is not None and record.ended_at >= record.started_at
    done = [step.done_seconds for step in record.steps]
    assert done[:2] == [60, 60] and done[2] >= midway["done"][2] and done[3:] == [0, 0]
    assert record.areas == ["face", "chest", "abdomen"]
    dialog = HistoryStartDialog(opened, catalog)  # what the parent sees at the next start
    qtbot.addWidget(dialog)
    [message] = [label.text() for label in dialog.messages]
    minutes = minutes_text(record.done_seconds)  # as a person says it, never "2.1 minutes"
    assert "a's session on " in message  # the child named its baby "a"
    areas = ", ".join(str(catalog.area(a).name) for a in record.areas)
    assert f"was interrupted after {minutes} ({areas})" in message
    assert "It is kept in the history." in message
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert dialog.show_session_id == record.id
    opened.store.close()

    again = open_history(open_data_dir(tmp_path))  # told once, kept for good
    assert again.interrupted == []
    assert again.store.session(record.id) == record
    again.store.close()


def test_two_copies_write_side_by_side_and_leave_each_other_alone(tmp_path: Path) -> None:
    copies = {name: start(tmp_path, name, 15, partners="a,b") for name in ("a", "b")}
    events = {name: read_event(p, "started") for name, p in copies.items()}
    assert [e["notices"] for e in events.values()] == [[], []]  # both are saving
    for name, process in copies.items():
        assert read_event(process, "second start")["interrupted"] == [], name
        read_event(process, "finished")
        assert process.wait(timeout=30) == 0, process.stderr.read()

    conn = sqlite3.connect(tmp_path / HISTORY_FILE)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    store = open_history(open_data_dir(tmp_path)).store
    assert store.count_sessions() == 2 * (1 + 5 * 15)
    for name, started in events.items():
        record = store.session(started["id"])
        assert record.outcome is Outcome.COMPLETED
        assert [s.done_seconds for s in record.steps] == [60.0] * 5, name
    notes = {r.note for r in store.sessions() if r.note}
    assert notes == {f"{n} {i} {k}" for n in "ab" for i in range(5) for k in range(15)}
    store.close()


def test_killing_one_copy_leaves_the_running_session_of_the_other_alone(tmp_path: Path) -> None:
    survivor = start(tmp_path, "b", short_sessions=0)
    survivor_id = read_event(survivor, "started")["id"]
    read_event(survivor, "midway")
    victim = start(tmp_path, "a", short_sessions=0)
    victim_id = read_event(victim, "started")["id"]
    read_event(victim, "midway")
    kill(victim)

    opened = open_history(open_data_dir(tmp_path))  # a third copy starts
    assert [r.id for r in opened.interrupted] == [victim_id]
    assert opened.store.session(survivor_id).outcome is Outcome.RUNNING
    opened.store.close()
    assert survivor.poll() is None  # still massaging, its session untouched
    kill(survivor)
