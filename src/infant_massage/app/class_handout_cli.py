"""`infant-massage handout --plan NAME`: the class handout of a saved plan (or a routine)."""

from __future__ import annotations

import argparse
from pathlib import Path

from infant_massage.app.command_line import EXIT_USAGE, fail, shown
from infant_massage.app.output_file import OutputError, write_output
from infant_massage.domain.catalog import Catalog
from infant_massage.domain.class_plan import ClassPlan, plan_from_routine
from infant_massage.storage.class_plans import ClassPlanFileError, ClassPlanStore
from infant_massage.storage.data_dir import open_data_dir


def find_plan(catalog: Catalog, store: ClassPlanStore, name: str) -> ClassPlan | str:
    """The saved plan of that name (any case), else the routine of that id or of the name the
    class mode's plan list shows (any case); else why not."""
    plan = store.find(name)
    if plan is not None:
        return plan
    routines = [r.id for r in catalog.routines.routines]
    wanted = name.strip().casefold()
    for routine in catalog.routines.routines:
        if name == routine.id or wanted == str(routine.name).casefold():
            return plan_from_routine(catalog, routine.id)
    saved = ", ".join(f"'{n}'" for n in store.names()) or "none saved yet"
    return f"no class plan '{name}' (saved plans: {saved}; routines: {', '.join(routines)})"


def run_plan_handout(args: argparse.Namespace, catalog: Catalog, out: Path) -> int:
    """`out` was checked by the handout command (output_file.checked_output).

    A plan that cannot be found, or a saved plans file that cannot be read to find it, is a
    request that cannot be met as given: refused with EXIT_USAGE before anything is drawn, as
    an unknown area is (README "Command line").
    """
    from infant_massage.ui.body_map.illustrations import Illustrations
    from infant_massage.ui.class_mode.handout import write_class_handout
    from infant_massage.ui.guide.rig_hands import RigHands

    store = ClassPlanStore(open_data_dir(args.data_dir), catalog)
    try:
        found = find_plan(catalog, store, args.plan)
    except ClassPlanFileError as exc:
        return fail(
            f"no class plan '{args.plan}': the saved plans cannot be read: {exc}", EXIT_USAGE
        )
    if isinstance(found, str):
        return fail(found, EXIT_USAGE)
    pages = 0

    def write(path: Path) -> None:
        nonlocal pages
        pages = write_class_handout(path, catalog, Illustrations(), RigHands(), found)

    try:
        write_output(out, write)  # whole or not at all: a failure leaves --out as it was
    except OutputError as exc:
        return fail(str(exc), exc.code)
    print(shown(f"wrote {out} ({pages} pages)"))
    return 0
