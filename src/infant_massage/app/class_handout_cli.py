"""`infant-massage handout --plan NAME`: the class handout of a saved plan (or a routine)."""

from __future__ import annotations

import argparse
from pathlib import Path

from infant_massage.app.command_line import fail
from infant_massage.domain.catalog import Catalog
from infant_massage.domain.class_plan import ClassPlan, plan_from_routine
from infant_massage.storage.class_plans import ClassPlanFileError, ClassPlanStore
from infant_massage.storage.data_dir import open_data_dir


def find_plan(catalog: Catalog, store: ClassPlanStore, name: str) -> ClassPlan | str:
    """The saved plan of that name (any case), else the routine of that id; else why not."""
    plan = store.find(name)
    if plan is not None:
        return plan
    routines = [r.id for r in catalog.routines.routines]
    if name in routines:
        return plan_from_routine(catalog, name)
    saved = ", ".join(f"'{n}'" for n in store.names()) or "none saved yet"
    return f"no class plan '{name}' (saved plans: {saved}; routines: {', '.join(routines)})"


def run_plan_handout(args: argparse.Namespace, catalog: Catalog) -> int:
    from infant_massage.ui.body_map.illustrations import Illustrations
    from infant_massage.ui.class_mode.handout import write_class_handout
    from infant_massage.ui.guide.rig_hands import RigHands

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        return fail(f"--out must name a .pdf file, not '{args.out}'")
    if not out.parent.is_dir():
        return fail(f"cannot write '{args.out}': the folder {out.parent} does not exist")
    store = ClassPlanStore(open_data_dir(args.data_dir), catalog)
    try:
        found = find_plan(catalog, store, args.plan)
    except ClassPlanFileError as exc:
        return fail(f"cannot read the saved plans: {exc}")
    if isinstance(found, str):
        return fail(found)
    try:
        pages = write_class_handout(out, catalog, Illustrations(), RigHands(), found)
    except OSError as exc:
        return fail(f"cannot write '{args.out}': {exc}")
    print(f"wrote {args.out} ({pages} pages)")
    return 0
