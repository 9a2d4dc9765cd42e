"""The history's words: outcomes, responses, ages, names from the catalog, and storage notices.

A QObject so that lupdate sees every self.tr(...), plurals included. Records can name areas,
techniques and routines that a later catalog no longer has: those show as their id, never fail.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDateTime, QLocale, QObject

from infant_massage.domain.catalog import Catalog
from infant_massage.domain.profile import BabyProfile
from infant_massage.domain.session_record import (
    Outcome,
    Response,
    SessionKind,
    SessionRecord,
    StopReason,
)
from infant_massage.storage.history.notices import Notice, NoticeKind
from infant_massage.storage.history.rows import HistoryRow
from infant_massage.ui.common.choice_labels import labels
from infant_massage.ui.common.text_format import fill, minutes_text
from infant_massage.ui.profiles.age_text import age_text


class HistoryWording(QObject):
    def __init__(self, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._areas = {a.id: str(a.name) for a in catalog.areas}
        self._techniques = {t.id: str(t.name) for t in catalog.techniques}
        self._routines = {r.id: str(r.name) for r in catalog.routines.routines}

    # --- names ------------------------------------------------------------------------------

    def area(self, area_id: str) -> str:
        return self._areas.get(area_id, area_id.replace("_", " "))

    def areas(self, area_ids: list[str]) -> str:
        return ", ".join(self.area(a) for a in area_ids) or self.tr("none")

    def technique(self, technique_id: str) -> str:
        return self._techniques.get(technique_id, technique_id.replace("_", " "))

    def session_kind(
        self, kind: SessionKind, routine: str | None, practice: bool, short: bool = False
    ) -> str:
        """'Routine: Full body', 'One area'; short: 'Full body'. Practice is always marked."""
        if kind is SessionKind.ROUTINE:
            name = self._routines.get(routine or "", (routine or "").replace("_", " "))
            if short:
                text = name or self.tr("Routine")
            else:
                text = fill(self.tr("Routine: %1"), name) if name else self.tr("Routine")
        else:
            text = self.tr("One area")
        if not practice:
            return text
        if short:
            return fill(self.tr("Practice · %1"), text)
        return fill(self.tr("Practice on a doll · %1"), text)

    def baby(self, row: HistoryRow) -> str:
        if row.baby_name:
            return row.baby_name
        return self.tr("Doll") if row.practice else self.tr("No baby chosen")

    # --- how it went ------------------------------------------------------------------------

    # The answers' words come from choice_labels, the same the end of a session offers them by.
    def stop_reason(self, reason: StopReason | None) -> str:
        return labels().stop_reason(reason) if reason else ""

    def outcome(self, outcome: Outcome, reason: StopReason | None) -> str:
        named = labels().outcome(outcome)
        why = self.stop_reason(reason) if outcome is Outcome.STOPPED else ""
        return fill(self.tr("%1: %2"), named, why) if why else named

    def response(self, response: Response | None) -> str:
        return labels().response(response) if response is not None else ""

    def minutes(self, seconds: float) -> str:
        return minutes_text(seconds)  # as every screen says a time in minutes

    # --- time and age -----------------------------------------------------------------------

    def when(self, moment: datetime, long: bool = False, this_year: int | None = None) -> str:
        """Local time: 'Tuesday 24 November 2026, 10:40'; short: 'Tue 24 Nov, 10:40' when in
        `this_year`, else '24 Nov 2025, 10:40'."""
        local = moment.astimezone().replace(tzinfo=None)
        if long:
            pattern = "dddd d MMMM yyyy, HH:mm"
        elif local.year == this_year:
            pattern = "ddd d MMM, HH:mm"
        else:
            pattern = "d MMM yyyy, HH:mm"
        return QLocale().toString(QDateTime(local), pattern)

    def day(self, day: date, long: bool = False) -> str:
        return QLocale().toString(day, "d MMMM yyyy" if long else "d MMM")

    def age(self, profile: BabyProfile, on: date) -> str:
        return age_text(profile, on)

    # --- the storage's news -----------------------------------------------------------------

    def notice(self, notice: Notice) -> str:
        kind = notice.kind
        if kind is NoticeKind.SALVAGED and notice.sessions == 0:
            return fill(
                self.tr(
                    "The history file was damaged and no session in it could be read. A fresh "
                    "history was started; the damaged copy is kept as %1."
                ),
                str(notice.path),
            )
        if kind is NoticeKind.SALVAGED:
            text = self.tr(
                "The history file was damaged. %n session(s) could still be read and were "
                "recovered into a fresh history; the damaged copy is kept as %1.",
                "",
                notice.sessions,
            )
            return fill(text, str(notice.path))
        if kind is NoticeKind.DAMAGED_IN_USE:
            return self.tr(
                "The history file is damaged, and another copy of the app has it open, so it "
                "was left as it is. This copy shows what it can read and saves nothing. Close "
                "the other copy, then start again to repair it."
            )
        if kind is NoticeKind.DAMAGED_ROWS:
            return self.damaged_rows(notice.ids)
        if kind is NoticeKind.FOUND_DAMAGED:  # SQLite's own words would only alarm: left out
            return self.tr(
                "Part of the history file is damaged. Carry on as usual: the next start repairs "
                "it and keeps a copy of the old file."
            )
        if kind is NoticeKind.NEWER:
            return fill(
                self.tr(
                    "This history was written by a newer version of the app (history version %1). "
                    "This version cannot read it: it leaves the file untouched and saves nothing "
                    "this time. Please update the app."
                ),
                str(notice.version),
            )
        if kind is NoticeKind.FOREIGN:
            return self.tr(
                "The history file is another program's database, not a history of this app. "
                "It is left untouched and nothing is saved this time."
            )
        if kind is NoticeKind.UNREADABLE:
            return fill(
                self.tr("The history could not be read (%1). Nothing is shown or saved this time."),
                notice.detail,
            )
        if kind is NoticeKind.NOT_SAVING:
            return fill(self.tr("Not saving the history this time: %1"), notice.detail)
        text = self.tr("The last session is not saved yet: %1. It is kept until it can be.")
        return fill(text, notice.detail)

    def damaged_rows(self, ids) -> str:
        shown = ", ".join(list(ids)[:5]) + (" …" if len(ids) > 5 else "")
        text = self.tr(
            "%n session(s) in the history could not be read and are left out (they stay as "
            "they are in the file): %1",
            "",
            len(ids),
        )
        return fill(text, shown)

    def interrupted(self, records: list[SessionRecord], names: dict[str, str] | None = None) -> str:
        """What the start screen says about sessions a crash or a power cut cut short.

        `names`: baby id -> name, so that the message can use the baby's name.
        """
        if not records:
            return ""
        last = max(records, key=lambda r: r.started_at)
        name = (names or {}).get(last.baby_id or "")
        if name:
            text = self.tr(
                "%4's session on %1 was interrupted after %2 (%3). It is kept in the history."
            )
        else:
            text = self.tr(
                "A session on %1 was interrupted after %2 (%3). It is kept in the history."
            )
        text = fill(
            text,
            self.when(last.started_at),
            self.minutes(last.done_seconds),
            self.areas(last.areas),
            name,
        )
        if len(records) > 1:
            text += " " + self.tr("%n more interrupted session(s) too.", "", len(records) - 1)
        return text
