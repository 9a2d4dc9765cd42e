"""Write assets/prepared/tables.json: every TOML file under assets/ parsed ahead of time.

Run after changing any TOML file (content, hand rig); it rewrites resources.qrc too. The app
uses an entry only for the exact bytes it was made from, so a forgotten run costs start-up time,
never a wrong fact; tests/test_prepared_tables.py fails, naming this script, until it is run.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "packaging"))

import write_qrc  # noqa: E402

from infant_massage.domain.prepared_tables import FILE, prepare  # noqa: E402


def toml_files(assets: Path = ASSETS) -> dict[str, bytes]:
    return {p.relative_to(assets).as_posix(): p.read_bytes() for p in assets.rglob("*.toml")}


def main() -> int:
    target = ASSETS / FILE
    target.parent.mkdir(exist_ok=True)
    files = toml_files()
    target.write_text(prepare(files), encoding="utf-8")
    print(f"{FILE}: {len(files)} TOML files")
    return write_qrc.main()


if __name__ == "__main__":
    sys.exit(main())
