"""`infant-massage history export|import`: backups, moving to a new laptop, and bad input."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from test_history_store import NOW, make_session, opened_store

from infant_massage.app.cli import main
from infant_massage.domain.profile import BabyProfile
from infant_massage.domain.session_record import Outcome, StopReason
from infant_massage.storage.history.backup import CSV_COLUMNS

README = Path(__file__).resolve().parent.parent / "README.md"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "infant_massage", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
        cwd=cwd,
    )


@pytest.fixture
def laptop(tmp_path: Path) -> Path:
    """A data folder with twins, a demo baby and a few sessions, one with an awkward note."""
    folder = tmp_path / "old-laptop"
    store = opened_store(folder)
    mia = BabyProfile(name="Mia", birth_date=date(2026, 6, 2), cord_healed_on=date(2026, 6, 14))
    noah = BabyProfile(name="Noah", birth_date=date(2026, 6, 2))
    demo = BabyProfile(name="Class demo", birth_date=date(2026, 8, 1), demo=True)
    for profile in (mia, noah, demo):
        store.save_profile(profile)
    store.finish(make_session(mia, note='Calm, then "wow",\nasleep'))
    store.finish(
        make_session(
            noah,
            started=NOW - timedelta(days=1),
            areas=("abdomen", "legs"),
            outcome=Outcome.STOPPED,
            stop_reason=StopReason.CRYING,
        )
    )
    store.finish(make_session(demo, started=NOW - timedelta(days=2), practice=True))
    store.close()
    return folder


def test_csv_has_the_documented_columns_one_row_per_session(laptop: Path, capsys) -> None:
    assert main(["history", "export", "--format", "csv", "--data-dir", str(laptop)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert list(rows[0]) == CSV_COLUMNS
    assert [row["baby_name"] for row in rows] == ["Class demo", "Noah", "Mia"]  # oldest first
    assert rows[2]["note"] == 'Calm, then "wow",\nasleep'
    assert rows[1]["outcome"] == "stopped" and rows[1]["stop_reason"] == "crying"
    assert rows[1]["areas"] == "abdomen legs"
    assert rows[1]["steps"] == "abdomen/stroking 60.0/60.0; legs/stroking 60.0/60.0"
    assert rows[0]["practice"] == "true" and rows[2]["practice"] == "false"
    assert rows[2]["started_at"] == NOW.isoformat()


def test_every_csv_column_is_documented_in_the_readme() -> None:
    readme = README.read_text(encoding="utf-8")
    section = readme[readme.index("## History and backups") :]
    for column in CSV_COLUMNS:
        assert f"`{column}`" in section, column


def test_a_json_backup_restores_everything_on_a_new_laptop(laptop: Path, tmp_path: Path) -> None:
    backup = tmp_path / "backup.json"
    result = run(
        "--data-dir", str(laptop), "history", "export", "--format", "json", "--out", str(backup)
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(backup.read_text("utf-8"))
    assert data["format"] == "infant-massage-guide/history" and data["version"] == 1
    assert len(data["babies"]) == 3 and len(data["sessions"]) == 3

    new = tmp_path / "new-laptop"
    result = run("history", "import", str(backup), "--data-dir", str(new))
    assert result.returncode == 0, result.stderr
    assert "3 new sessions and 3 new baby profiles" in result.stdout
    old_store, new_store = opened_store(laptop), opened_store(new)
    assert new_store.profiles() == old_store.profiles()
    assert list(new_store.sessions()) == list(old_store.sessions())
    old_store.close()
    new_store.close()

    again = run("history", "import", str(backup), "--data-dir", str(new))
    assert again.returncode == 0 and "0 new sessions" in again.stdout
    assert "3 already there" in again.stdout


def test_a_baby_made_again_by_hand_is_merged_not_duplicated(
    laptop: Path, tmp_path: Path, capsys
) -> None:
    backup = tmp_path / "backup.json"
    main(["history", "export", "--format", "json", "--out", str(backup), "--data-dir", str(laptop)])
    new = tmp_path / "new-laptop"
    store = opened_store(new)
    again = BabyProfile(name="mia", birth_date=date(2026, 6, 2))  # same baby, new id
    store.save_profile(again)
    store.close()
    assert main(["history", "import", str(backup), "--data-dir", str(new)]) == 0
    store = opened_store(new)
    assert sorted(p.name for p in store.profiles()) == ["Class demo", "Noah", "mia"]
    mine = [r for r in store.sessions() if r.baby_id == again.id]
    assert [r.note for r in mine] == ['Calm, then "wow",\nasleep']
    store.close()


def test_the_further_record_wins_and_no_note_is_lost(tmp_path: Path, capsys) -> None:
    here = opened_store(tmp_path / "here")
    running = make_session(outcome=Outcome.RUNNING, note="")
    here.checkpoint(running)
    here.close()  # the app closed mid-session: interrupted here
    there = opened_store(tmp_path / "there")
    finished = running.model_copy(
        update={"outcome": Outcome.COMPLETED, "ended_at": NOW + timedelta(minutes=5)}
    )
    there.finish(finished)
    there.close()
    backup = tmp_path / "there.json"
    main(
        [
            "history",
            "export",
            "--format",
            "json",
            "--out",
            str(backup),
            "--data-dir",
            str(tmp_path / "there"),
        ]
    )
    here = opened_store(tmp_path / "here")
    here.update_note(running.id, "kept from here")
    here.close()
    assert main(["history", "import", str(backup), "--data-dir", str(tmp_path / "here")]) == 0
    here = opened_store(tmp_path / "here")
    merged = here.session(running.id)
    assert merged.outcome is Outcome.COMPLETED and merged.note == "kept from here"
    here.close()


def test_a_running_checkpoint_in_a_backup_comes_in_as_interrupted(tmp_path: Path) -> None:
    live = make_session(outcome=Outcome.RUNNING)
    backup = {
        "format": "infant-massage-guide/history",
        "version": 1,
        "babies": [],
        "sessions": [json.loads(live.model_dump_json())],
    }
    path = tmp_path / "mid-session.json"
    path.write_text(json.dumps(backup), "utf-8")
    assert main(["history", "import", str(path), "--data-dir", str(tmp_path / "data")]) == 0
    store = opened_store(tmp_path / "data")
    assert store.session(live.id).outcome is Outcome.INTERRUPTED
    store.close()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json at all", "line 1: expected a JSON object"),
        ('{"hello": 1}', "not a backup made by Infant Massage Guide"),
        (
            '{"format": "infant-massage-guide/history", "version": 1, "sessions": '
            '[{"kind": "area", "started_at": "2026-11-24T10:00:00", "planned_seconds": 60}]}',
            "sessions[0].started_at: times must carry a timezone",
        ),
        (
            '{"format": "infant-massage-guide/history", "version": 1, "sessions": '
            '[{"baby_id": "' + "c" * 32 + '", "kind": "area", '
            '"started_at": "2026-11-24T10:00:00Z", "planned_seconds": 60}]}',
            "a baby that is not in the file",
        ),
        (
            '{"format": "infant-massage-guide/history", "version": 7}',
            "version: 7 is a backup of a newer version of the app",
        ),
    ],
)
def test_a_bad_backup_gets_one_line_and_changes_nothing(
    laptop: Path, tmp_path: Path, capsys, content: str, message: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, "utf-8")
    before = opened_store(laptop)
    rows_before = list(before.sessions())
    before.close()
    assert main(["history", "import", str(bad), "--data-dir", str(laptop)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0], err
    after = opened_store(laptop)
    assert list(after.sessions()) == rows_before
    after.close()


def test_an_export_that_cannot_be_written_leaves_no_file(
    laptop: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "missing-folder" / "history.csv"
    code = main(
        ["history", "export", "--format", "csv", "--out", str(out), "--data-dir", str(laptop)]
    )
    assert code == 2  # a folder that is not there: a bad command line, refused before any work
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot write" in err
    assert not out.exists()


def test_import_into_a_folder_that_cannot_be_written_says_so(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    backup = tmp_path / "backup.json"
    backup.write_text('{"format": "infant-massage-guide/history", "version": 1}', "utf-8")
    result = run("history", "import", str(backup), "--data-dir", str(blocker / "data"))
    assert result.returncode == 1
    assert "cannot use the data folder" in result.stderr and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize(
    "args",
    [
        ["history"],
        ["history", "export"],
        ["history", "export", "--format", "xml"],
        ["history", "import"],
        ["history", "import", "a.json", "b.json"],
    ],
)
def test_bad_history_arguments_get_one_line(args: list[str]) -> None:
    result = run(*args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("infant-massage"), result.stderr
    assert "Traceback" not in result.stderr
