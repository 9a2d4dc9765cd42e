"""Any bytes given to the import: a clean one-line refusal, or a history whose export re-imports
into exactly the same history (the backup format loses nothing it accepted)."""

from __future__ import annotations

import io
import json

from history_helpers import session
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infant_massage.storage.history.backup import export_json
from infant_massage.storage.history.importing import BackupError, KnownIds, import_bytes
from infant_massage.storage.history.opening import connect
from infant_massage.storage.history.schema import migrate
from infant_massage.storage.history.store import HistoryStore

KNOWN = KnownIds(
    areas=frozenset({"face", "chest", "abdomen", "back", "arms", "hands", "legs", "feet"}),
    techniques=frozenset({"stroking", "kneading", "pressing", "pushing"}),
    routines=frozenset({"full_body", "evening_calm"}),
)


def fresh() -> HistoryStore:
    conn = connect(":memory:")
    migrate(conn)
    return HistoryStore(conn, None, None)


def exported(store: HistoryStore) -> dict:
    out = io.StringIO()
    export_json(store, out)
    backup = json.loads(out.getvalue())
    backup.pop("exported_at")
    return backup


def check(data: bytes) -> None:
    first = fresh()
    try:
        import_bytes(first, data, KNOWN)
    except BackupError as exc:
        message = str(exc)
        assert message and "\n" not in message
        assert first.count_sessions() == 0 and first.profiles() == []
        return
    once = exported(first)
    second = fresh()
    import_bytes(second, json.dumps(once).encode(), KNOWN)
    assert exported(second) == once


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_any_bytes_are_refused_cleanly_or_round_trip(data: bytes) -> None:
    check(data)


VALID = json.loads(
    json.dumps(
        {
            "format": "infant-massage-guide/history",
            "version": 1,
            "babies": [
                {
                    "id": "a" * 32,
                    "name": "Mia",
                    "birth_date": "2026-06-02",
                    "notes": "",
                    "demo": False,
                }
            ],
            "sessions": [json.loads(session().model_dump_json()) | {"baby_id": "a" * 32}],
        }
    )
)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**30), 10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30)
    | st.sampled_from(["2026-11-24T10:40:00Z", "0001-01-01", "9999-12-31T23:59:59-12:00", "face"]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


@st.composite
def near_valid_backups(draw) -> bytes:
    """A real backup with one value somewhere replaced by anything JSON can hold."""
    backup = json.loads(json.dumps(VALID))
    target = draw(st.sampled_from(["top", "baby", "session", "step"]))
    holder = {
        "top": backup,
        "baby": backup["babies"][0],
        "session": backup["sessions"][0],
        "step": backup["sessions"][0]["steps"][0],
    }[target]
    key = draw(st.sampled_from(sorted(holder)) | st.text(max_size=6))
    holder[key] = draw(json_values)
    return json.dumps(backup, allow_nan=True).encode()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(near_valid_backups())
def test_a_backup_with_any_one_value_changed_is_refused_cleanly_or_round_trips(data: bytes) -> None:
    check(data)


def test_the_unchanged_backup_imports() -> None:
    store = fresh()
    import_bytes(store, json.dumps(VALID).encode(), KNOWN)
    assert store.count_sessions() == 1
