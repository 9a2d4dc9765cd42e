"""The history with 100,000 sessions: opening the History page, filtering by baby, scrolling,
the charts, and one checkpoint write with its commit.

The History page is opened two ways: a fresh page in a process that has opened one before (the
page alone: build, lay out, paint), and the user's first H in a freshly started app, in a
process of its own each time (the page's imports, its build inside the main window, and the
window's paint), the figure a user feels.

Run: .venv/bin/python bench/history.py [--sessions 100000] [--runs 7] [--keep DIR] [--charts]
The database is filled once (twins and a nurse's demo baby, sessions over five years, one to six
areas each, some stopped, some practice) straight through the store's row writer in large
transactions; every measurement then uses the real store and widgets, offscreen.
Targets: opening the History page <= 200 ms; the Charts tab's first show <= 100 ms; a checkpoint
with its commit <= 5 ms (median).

With --salvage: how many sessions come back from a 3000-session history with 8 pages of random
bytes (the hostile tester's case), over --runs different damages.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from infant_massage.domain.profile import BabyProfile
from infant_massage.domain.session_record import SessionRecord, StepRecord
from infant_massage.storage.data_dir import open_data_dir
from infant_massage.storage.history.opening import connect, open_history
from infant_massage.storage.history.rows import write_session

AREAS = ["face", "chest", "abdomen", "back", "arms", "hands", "legs", "feet"]
TECHNIQUES = ["stroking", "kneading", "pressing", "pushing"]
REASONS = ["crying", "discomfort", "skin_reaction", "asleep", "other"]
RESPONSES = ["calm", "happy", "sleepy", "fussy", None]
NOTES = ["", "", "", "Loved the feet today.", "A bit sleepy after the bath.", "Tummy was tense."]


def babies() -> list[BabyProfile]:
    return [
        BabyProfile(name="Mia", birth_date=date(2026, 6, 2), cord_healed_on=date(2026, 6, 14)),
        BabyProfile(name="Noah", birth_date=date(2026, 6, 2), notes="Mia's twin brother"),
        BabyProfile(name="Class demo", birth_date=date(2026, 8, 1), demo=True),
    ]


def make_session(rng: random.Random, baby: BabyProfile, started: datetime) -> SessionRecord:
    areas = rng.sample(AREAS, rng.randint(1, 6))
    steps = [
        StepRecord(area=a, technique=rng.choice(TECHNIQUES), planned_seconds=60, done_seconds=60)
        for a in areas
    ]
    outcome, reason = "completed", None
    roll = rng.random()
    if roll < 0.15:
        outcome, reason = "stopped", rng.choice(REASONS)
        cut = rng.randrange(len(steps))
        steps[cut] = steps[cut].model_copy(update={"done_seconds": rng.randint(5, 55)})
        for i in range(cut + 1, len(steps)):
            steps[i] = steps[i].model_copy(update={"done_seconds": 0.0})
    elif roll < 0.17:
        outcome = "interrupted"
    done = sum(s.done_seconds for s in steps)
    return SessionRecord.model_validate(
        {
            "baby_id": baby.id,
            "kind": "routine" if len(steps) > 1 else "area",
            "routine": "full_body" if len(steps) > 1 else None,
            "practice": baby.demo,
            "started_at": started,
            "ended_at": started + timedelta(seconds=done + 30),
            "planned_seconds": 60.0 * len(steps),
            "steps": steps,
            "outcome": outcome,
            "stop_reason": reason,
            "response": None if outcome != "completed" else rng.choice(RESPONSES),
            "note": rng.choice(NOTES),
        }
    )


def fill(data_path: Path, count: int, seed: int = 7) -> list[BabyProfile]:
    rng = random.Random(seed)
    store = open_history(open_data_dir(data_path)).store
    profiles = babies()
    for profile in profiles:
        store.save_profile(profile)
    path = store.path
    store.close()  # the history exists, made by the app; the rows go in at once, by the 10,000
    conn = connect(path)
    end = datetime(2026, 11, 24, 18, 0, tzinfo=UTC)
    step = timedelta(days=5 * 365) / count
    for first in range(0, count, 10_000):
        conn.execute("BEGIN")
        for i in range(first, min(count, first + 10_000)):
            baby = profiles[0 if i % 9 < 4 else 1 if i % 9 < 8 else 2]
            write_session(conn, make_session(rng, baby, end - step * i))
        conn.execute("COMMIT")
    conn.close()
    return profiles


def timed(action) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def timed_with_cpu(action) -> tuple[float, float]:
    """Wall and CPU milliseconds: other work on a loaded machine inflates the first, far less
    the second."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def cpu_summary(samples: list[float]) -> None:
    print(f"{'':<44} CPU time median {statistics.median(samples):7.2f} ms")


def summary(name: str, samples: list[float], target: float | None = None) -> None:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    verdict = ""
    if target is not None:
        met = "met" if statistics.median(samples) <= target else "MISSED"
        verdict = f"  (target <= {target:g} ms: {met})"
    print(
        f"{name:<44} median {statistics.median(samples):7.2f} ms   "
        f"first {samples[0]:7.2f} ms   p95 {p95:7.2f} ms   n={len(samples)}{verdict}"
    )


def bench_store(data: Path, runs: int) -> None:
    from infant_massage.storage.history import clean_close
    from infant_massage.storage.history.opening import open_history

    def open_close() -> None:
        open_history(open_data_dir(data)).store.close()

    summary("open the history after a clean close", [timed(open_close) for _ in range(runs)])

    def open_close_unclean() -> None:
        clean_close.forget(data)  # as a killed copy leaves it: the whole file is checked
        open_close()

    summary(
        "open after an unclean close (full check)",
        [timed(open_close_unclean) for _ in range(runs)],
    )
    store = open_history(open_data_dir(data)).store
    baby = store.profiles()[0]
    record = SessionRecord(
        baby_id=baby.id,
        kind="routine",
        routine="full_body",
        started_at=datetime.now(UTC),
        planned_seconds=480,
        steps=[
            StepRecord(area=a, technique="stroking", planned_seconds=60, done_seconds=0)
            for a in AREAS
        ],
    )
    samples = []
    for tick in range(500):
        record.steps[tick % len(AREAS)].done_seconds += 5
        samples.append(timed(lambda: store.checkpoint(record)))
    summary("checkpoint write with its commit", samples, 5)
    record.outcome = "completed"
    record.ended_at = datetime.now(UTC)
    summary(
        "finish (commit made durable: fsync)",
        [timed(lambda: store.finish(record)) for _ in range(50)],
    )
    store.delete_session(record.id)
    store.close()


def bench_panel(data: Path, runs: int) -> None:
    from infant_massage import load_catalog
    from infant_massage.app.qt_app import get_application
    from infant_massage.storage.history.opening import open_history
    from infant_massage.ui.history.panel import HistoryPanel

    app = get_application("en")
    catalog = load_catalog()
    store = open_history(open_data_dir(data)).store
    today = lambda: date(2026, 11, 24)  # noqa: E731 - the fill ends on this day
    panels = []

    def open_panel() -> None:
        panel = HistoryPanel(store, catalog, today=today)
        panel.resize(1280, 800)
        panel.show()
        app.processEvents()
        panel.repaint()  # paint now: the visible rows are read
        panels.append(panel)

    def close_panel() -> None:  # an open page would be painted again with each later one
        panels[-1].hide()
        panels.pop().deleteLater()
        app.processEvents()

    open_panel()  # the page's first build in this process pays for its imports and styles
    close_panel()
    samples, cpu = [], []
    for _ in range(runs):
        wall, used = timed_with_cpu(open_panel)
        samples.append(wall)
        cpu.append(used)
        close_panel()
    summary("open the History page (first paint)", samples, 200)
    cpu_summary(cpu)
    open_panel()
    panel = panels[-1]
    print(f"{'':<44} rows: {panel.model.rowCount()}, pages read: {len(panel.model.pages_held)}")

    def choose(index: int) -> None:
        panel.baby_box.setCurrentIndex(index)
        panel.table.viewport().repaint()

    samples = []
    for _ in range(runs):
        samples.append(timed(lambda: choose(1)))
        choose(0)
    summary("filter by baby (and repaint)", samples)

    def to_bottom() -> None:
        panel.table.scrollToBottom()
        panel.table.viewport().repaint()

    def to_top() -> None:
        panel.table.scrollToTop()
        panel.table.viewport().repaint()

    samples = []
    for _ in range(runs):
        samples.append(timed(to_bottom))
        panel.model.reload()
        to_top()
    summary("jump to the oldest session (and repaint)", samples)
    panel.deleteLater()
    app.processEvents()
    store.close()


def bench_charts(data: Path, runs: int) -> None:
    """The Charts tab's first show, as a user opens it: a fresh History page each time (its
    table already painted), then the tab clicked, and its charts built, read and painted. And
    the sums alone, all babies and one, in a fresh connection (nothing in SQLite's cache)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from infant_massage import load_catalog
    from infant_massage.app.qt_app import get_application
    from infant_massage.storage.history.opening import open_history
    from infant_massage.storage.history.queries import HistoryFilter, local_midnight, weeks_between
    from infant_massage.ui.history.panel import HistoryPanel

    app = get_application("en")
    catalog = load_catalog()
    today = date(2026, 11, 24)  # the fill ends on this day

    def first_show(store) -> tuple[float, float]:
        panel = HistoryPanel(store, catalog, today=lambda: today)
        panel.resize(1280, 800)
        panel.show()
        app.processEvents()
        panel.repaint()
        bar = panel.tabs.tabBar()
        tab = bar.tabRect(panel.tabs.indexOf(panel.charts_page)).center()

        def click() -> None:
            QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, tab)
            panel.repaint()  # painted now: the charts are on screen

        took = timed_with_cpu(click)
        assert panel.tabs.currentWidget() is panel.charts_page
        panel.hide()
        panel.deleteLater()
        app.processEvents()
        return took

    store = open_history(open_data_dir(data)).store
    first_show(store)  # the first in the process also pays for QtCharts' import and styles
    store.close()
    samples, cpu = [], []
    for _ in range(runs):
        store = open_history(open_data_dir(data)).store  # a fresh connection: a cold cache
        wall, used = first_show(store)
        samples.append(wall)
        cpu.append(used)
        store.close()
    summary("Charts tab, first show (26 weeks)", samples, 100)
    cpu_summary(cpu)
    weeks = weeks_between(today - timedelta(weeks=26) + timedelta(days=1), today)
    for name, baby in (("all babies", None), ("one baby", 0)):
        samples, cpu = [], []
        for _ in range(runs):
            store = open_history(open_data_dir(data)).store
            baby_id = None if baby is None else store.profiles()[baby].id
            chosen = HistoryFilter(
                baby_id=baby_id,
                since=local_midnight(weeks[0]),
                until=local_midnight(today + timedelta(days=1)),
            )
            wall, used = timed_with_cpu(lambda: store.chart_sums(chosen, weeks))  # noqa: B023
            samples.append(wall)
            cpu.append(used)
            store.close()
        summary(f"the charts' sums, {name}, 26 weeks", samples)
        cpu_summary(cpu)


FIRST_OPEN = r"""
import sys, time
from infant_massage import load_catalog
from infant_massage.app.qt_app import get_application
from infant_massage.app.window_factory import build_main_window
from infant_massage.storage.data_dir import open_data_dir
from infant_massage.storage.history.opening import open_history

app = get_application("en")
data_dir = open_data_dir(sys.argv[1])
opened = open_history(data_dir)
window = build_main_window(load_catalog(), data_dir, opened=opened)
window.resize(1280, 800)
window.show()
app.processEvents()
started, cpu = time.perf_counter(), time.process_time()
window.show_history()
app.processEvents()  # builds, lays out and paints the page once (its first paint)
print(f"{(time.perf_counter() - started) * 1000:.3f} {(time.process_time() - cpu) * 1000:.3f}")
window.close()
opened.store.close()
"""


def bench_first_open(data: Path, runs: int) -> None:
    """The first H of a freshly started app: each sample is a new process."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    samples, cpu = [], []
    for _ in range(runs + 1):
        done = subprocess.run(
            [sys.executable, "-c", FIRST_OPEN, str(data)],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        if done.returncode:
            raise SystemExit(f"the first-open run failed: {done.stderr.strip()[-600:]}")
        wall, used = done.stdout.strip().splitlines()[-1].split()
        samples.append(float(wall))
        cpu.append(float(used))
    # The first process also warms the file cache and compiles nothing twice: left out.
    summary("first H in a fresh app (imports included)", samples[1:], 200)
    cpu_summary(cpu[1:])


def bench_salvage(sessions: int, damaged_pages: int, runs: int) -> None:
    """How much of a damaged history comes back: `damaged_pages` pages of random bytes, spread
    over the file (never page 1 alone, which would leave the rows alone), one seed per run."""
    rates = []
    for run in range(runs):
        data = Path(tempfile.mkdtemp(prefix="im-salvage-bench-"))
        fill(data, sessions, seed=run)
        path = data / "history.sqlite3"
        raw = bytearray(path.read_bytes())
        pages = len(raw) // 4096
        rng = random.Random(run)
        for page in rng.sample(range(1, pages), damaged_pages):
            raw[page * 4096 : (page + 1) * 4096] = rng.randbytes(4096)
        path.write_bytes(bytes(raw))
        started = time.perf_counter()
        opened = open_history(open_data_dir(data))
        took = (time.perf_counter() - started) * 1000
        recovered = opened.store.count_sessions()
        opened.store.close()
        rates.append(recovered / sessions)
        print(
            f"run {run}: {recovered} of {sessions} sessions recovered from a {pages}-page file "
            f"with {damaged_pages} damaged pages ({recovered / sessions:.1%}), open + salvage "
            f"{took:.0f} ms"
        )
    print(f"salvage rate: median {statistics.median(rates):.1%}, worst {min(rates):.1%}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", metavar="DIR", help="fill (or reuse) this data folder")
    parser.add_argument(
        "--salvage",
        action="store_true",
        help="measure the salvage of a damaged history instead (default 3000 sessions, 8 pages)",
    )
    parser.add_argument("--damaged-pages", type=int, default=8)
    parser.add_argument("--charts", action="store_true", help="measure the Charts tab only")
    args = parser.parse_args()
    if args.salvage:
        count = args.sessions if args.sessions != 100_000 else 3000
        bench_salvage(count, args.damaged_pages, args.runs)
        return 0
    data = Path(args.keep or tempfile.mkdtemp(prefix="im-history-bench-"))
    if not (data / "history.sqlite3").exists():
        took = timed(lambda: fill(data, args.sessions))
        print(f"filled {args.sessions} sessions in {took / 1000:.1f} s")
    size = (data / "history.sqlite3").stat().st_size / 1e6
    print(f"history: {data / 'history.sqlite3'} ({size:.0f} MB)")
    load_before = os.getloadavg()
    if args.charts:
        bench_charts(data, args.runs)
    else:
        bench_store(data, args.runs)
        bench_panel(data, args.runs)
        bench_charts(data, args.runs)
        bench_first_open(data, args.runs)
    # Other work on the machine slows every figure: say how loaded it was.
    loads = [", ".join(f"{x:.2f}" for x in load) for load in (load_before, os.getloadavg())]
    print(
        f"load average (1, 5, 15 min) before {loads[0]}; after {loads[1]}; {os.cpu_count()} cores"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
