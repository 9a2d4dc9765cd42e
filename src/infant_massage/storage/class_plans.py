"""The nurse's saved class plans: one small JSON file in the data folder.

Read with a size limit and validated like the catalog (a mistake names the file and the field);
written atomically (a temporary file moved into place) and readable by the user only (0600).
A damaged file is never overwritten: it is moved aside, kept for recovery, before a save.
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from infant_massage.domain.catalog import Catalog
from infant_massage.domain.class_plan import ClassPlan, ClassPlanError, check_plan
from infant_massage.storage.data_dir import DataDir

PLANS_FILE = "class-plans.json"
PLANS_FORMAT = "infant-massage-guide/class-plans"
PLANS_VERSION = 1
MAX_PLANS = 200
MAX_BYTES = 1024 * 1024  # above 200 plans of 60 steps; a bigger file is not ours


class ClassPlanFileError(ValueError):
    """The plans file cannot be used; the message names the file and the field."""


class PlansFile(BaseModel):
    # Built when first used (a session saved, a plan read), not by every start that imports it.
    model_config = ConfigDict(extra="forbid", defer_build=True)

    format: str
    version: int = Field(ge=1)
    plans: list[ClassPlan] = Field(max_length=MAX_PLANS)


def _field(loc: tuple[int | str, ...]) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc).lstrip(".")


def _same_name(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


class ClassPlanStore:
    """Saved plans by name (a name is unique, whatever its case)."""

    def __init__(self, data_dir: DataDir, catalog: Catalog) -> None:
        self._data_dir = data_dir
        self._catalog = catalog
        self.path = data_dir.file(PLANS_FILE)

    # --- reading -------------------------------------------------------------------------------

    def plans(self) -> list[ClassPlan]:
        """Every saved plan, in the order saved; [] when there is no file yet."""
        data = self._read_bytes()
        if data is None:
            return []
        name = self.path.name
        try:
            raw = json.loads(data.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise ClassPlanFileError(f"{name}: not UTF-8 text: {exc.reason}") from None
        except json.JSONDecodeError as exc:
            raise ClassPlanFileError(f"{name}: line {exc.lineno}: {exc.msg}") from None
        if not isinstance(raw, dict) or raw.get("format") != PLANS_FORMAT:
            raise ClassPlanFileError(f"{name}: not a class plans file of Infant Massage Guide")
        if raw.get("version") != PLANS_VERSION:
            version = raw.get("version")
            raise ClassPlanFileError(f"{name}: version {version} is not known to this app")
        try:
            file = PlansFile.model_validate(raw)
        except ValidationError as exc:
            first = exc.errors()[0]
            raise ClassPlanFileError(f"{name}: {_field(first['loc'])}: {first['msg']}") from None
        for index, plan in enumerate(file.plans):
            try:
                check_plan(plan, self._catalog)
            except ClassPlanError as exc:
                raise ClassPlanFileError(f"{name}: plans[{index}].{exc}") from None
        return list(file.plans)

    def _read_bytes(self) -> bytes | None:
        try:
            with open(self.path, "rb") as stream:
                data = stream.read(MAX_BYTES + 1)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise ClassPlanFileError(f"{self.path.name}: cannot read: {exc.strerror}") from None
        if len(data) > MAX_BYTES:
            raise ClassPlanFileError(
                f"{self.path.name}: larger than {MAX_BYTES // 1024} KB, not a plans file"
            )
        return data

    def names(self) -> list[str]:
        return [plan.name for plan in self.plans()]

    def find(self, name: str) -> ClassPlan | None:
        return next((p for p in self.plans() if _same_name(p.name, name)), None)

    # --- writing -------------------------------------------------------------------------------

    def save(self, plan: ClassPlan) -> Path | None:
        """Add the plan, or replace the one of the same name. Returns where a damaged file was
        moved, if it was. Raises ClassPlanError for a plan that does not fit the catalog and
        OSError when the data folder cannot be written."""
        check_plan(plan, self._catalog)
        moved: Path | None = None
        try:
            plans = self.plans()
        except ClassPlanFileError:
            plans, moved = [], self._move_aside()
        kept = [p for p in plans if not _same_name(p.name, plan.name)]
        if len(kept) >= MAX_PLANS:
            raise ClassPlanError("plans", f"at most {MAX_PLANS} saved plans; delete one first")
        position = next((i for i, p in enumerate(plans) if _same_name(p.name, plan.name)), None)
        if position is None:
            kept.append(plan)
        else:
            kept.insert(position, plan)
        self._write(kept)
        return moved

    def delete(self, name: str) -> bool:
        plans = self.plans()
        kept = [p for p in plans if not _same_name(p.name, name)]
        if len(kept) == len(plans):
            return False
        self._write(kept)
        return True

    def _move_aside(self) -> Path:
        stamp = datetime.now().strftime("%Y-%m-%dT%H-%M-%S")
        target = self.path.with_name(f"class-plans-{stamp}.damaged.json")
        os.replace(self.path, target)
        return target

    def _write(self, plans: list[ClassPlan]) -> None:
        if not self._data_dir.writable:
            raise OSError(self._data_dir.problem or f"cannot write to {self._data_dir.path}")
        body = {
            "format": PLANS_FORMAT,
            "version": PLANS_VERSION,
            "plans": [p.model_dump(mode="json", exclude_none=True) for p in plans],
        }
        text = json.dumps(body, ensure_ascii=False, indent=2) + "\n"
        # mkstemp makes the file 0600; the move replaces the old file in one step.
        fd, temporary = tempfile.mkstemp(
            prefix=".class-plans.", suffix=".part", dir=self.path.parent
        )
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as stream:
                stream.write(text)
                stream.flush()
                os.fsync(stream.fileno())
            os.chmod(temporary, 0o600)
            os.replace(temporary, self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
