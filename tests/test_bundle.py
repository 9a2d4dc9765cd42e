"""The installable bundle: built from the committed spec, copied to a fresh folder, and run there
with no Python on the PATH and no network, as on a clinic laptop that is never online."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from infant_massage.identity import APP_ID

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "infant-massage.spec"
PROGRAM = "infant-massage"
MAX_UNPACKED_MB = 150
# What the app never uses must stay out (each would add megabytes or a network stack).
FORBIDDEN = (
    "WebEngine",
    "Quick",
    "Qml",
    "QtPdf",
    "Qt6Pdf",
    "libav",
    "VirtualKeyboard",
    "sqldrivers",
)
KEPT_IMAGE_FORMATS = {"libqsvg.so"}


def network_namespace() -> list[str]:
    """`unshare -n` runs a program with no network at all (no interface but a dead loopback)."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-n", "true"], capture_output=True).returncode == 0:
        return [unshare, "-n"]
    return []


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> dict:
    pytest.importorskip(
        "PyInstaller", reason="the bundle needs the test extra: pip install -e '.[test]'"
    )
    work = tmp_path_factory.mktemp("bundle")
    started = time.perf_counter()
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(SPEC),
        ],
        # PyInstaller's cache of stripped libraries goes here too, not into ~/.cache.
        env={**os.environ, "PYINSTALLER_CONFIG_DIR": str(work / "config")},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    build_seconds = time.perf_counter() - started
    assert build.returncode == 0, build.stderr[-3000:]
    # Run a copy in a fresh folder, with the build folders gone: nothing may point back to them.
    fresh = work / "fresh" / PROGRAM
    shutil.copytree(work / "dist" / PROGRAM, fresh, symlinks=True)
    shutil.rmtree(work / "dist")
    shutil.rmtree(work / "build")
    return {"dir": fresh, "build_seconds": build_seconds, "report": build.stdout}


def offline_env(bundle_dir: Path, home: Path) -> dict[str, str]:
    home.mkdir(exist_ok=True)
    return {
        "PATH": str(bundle_dir),  # nothing else: no python3, no system tools
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }


def run_offline(
    bundle_dir: Path, args: list[str], home: Path, namespace: bool = True
) -> tuple[subprocess.CompletedProcess, float]:
    env = offline_env(bundle_dir, home)
    assert shutil.which("python3", path=env["PATH"]) is None
    assert shutil.which("python", path=env["PATH"]) is None
    isolate = network_namespace() if namespace else []
    command = [*isolate, str(bundle_dir / PROGRAM), *args]
    if not isolate:
        # No namespace (not root, or asked not to): the bundle's guard makes internet sockets raise.
        env["INFANT_MASSAGE_FORBID_NETWORK"] = "1"
    started = time.perf_counter()
    result = subprocess.run(command, env=env, cwd=home, capture_output=True, text=True, timeout=120)
    return result, time.perf_counter() - started


@pytest.mark.slow
def test_the_bundle_passes_its_self_test_offline_without_python(bundle, tmp_path, capsys) -> None:
    result, bundle_seconds = run_offline(
        bundle["dir"], ["--self-test", "--data-dir", str(tmp_path / "data")], tmp_path / "home"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert result.stderr.strip() == "", result.stderr  # no Qt noise on a clean start
    guarded, _ = run_offline(
        bundle["dir"],
        ["--self-test", "--data-dir", str(tmp_path / "data")],
        tmp_path / "home",
        namespace=False,
    )
    assert guarded.returncode == 0, guarded.stdout + guarded.stderr

    started = time.perf_counter()
    source = subprocess.run(
        [
            sys.executable,
            "-m",
            "infant_massage",
            "--self-test",
            "--data-dir",
            str(tmp_path / "src"),
        ],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    source_seconds = time.perf_counter() - started
    assert source.returncode == 0, source.stderr
    with capsys.disabled():
        print(
            f"\nbundle: built in {bundle['build_seconds']:.0f} s, {size_mb(bundle['dir']):.1f} MB; "
            f"--self-test {bundle_seconds:.2f} s (network: "
            f"{'unshare -n' if network_namespace() else 'sockets forbidden'})"
            f"\n  {result.stdout.strip()}"
            f"\nsource install: --self-test {source_seconds:.2f} s\n  {source.stdout.strip()}"
        )


@pytest.mark.slow
def test_the_bundle_writes_a_handout_a_render_and_a_backup_offline(bundle, tmp_path) -> None:
    home = tmp_path / "home"
    handout, _ = run_offline(
        bundle["dir"], ["handout", "--area", "abdomen", "--out", str(tmp_path / "tummy.pdf")], home
    )
    assert handout.returncode == 0, handout.stderr
    assert (tmp_path / "tummy.pdf").read_bytes()[:5] == b"%PDF-"
    render, _ = run_offline(
        bundle["dir"],
        ["render", "--area", "legs", "--out", str(tmp_path / "legs.png"), "--size", "1024x768"],
        home,
    )
    assert render.returncode == 0, render.stderr
    assert (tmp_path / "legs.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    export, _ = run_offline(
        bundle["dir"],
        ["history", "export", "--format", "json", "--data-dir", str(tmp_path / "data")],
        home,
    )
    assert export.returncode == 0, export.stderr
    assert json.loads(export.stdout)["format"] == "infant-massage-guide/history"


def size_mb(folder: Path) -> float:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 1e6


@pytest.mark.slow
def test_the_bundle_is_small_and_holds_only_what_the_app_uses(bundle) -> None:
    folder = bundle["dir"]
    assert size_mb(folder) < MAX_UNPACKED_MB
    names = [p.relative_to(folder).as_posix() for p in folder.rglob("*")]
    unwanted = [n for n in names if any(word in n for word in FORBIDDEN)]
    assert unwanted == []
    qt = folder / "_internal" / "PySide6" / "Qt"
    assert {p.name for p in (qt / "plugins" / "imageformats").iterdir()} == KEPT_IMAGE_FORMATS
    for gone in ("tls", "networkinformation", "multimedia", "sqldrivers", "qml", "translations"):
        assert not (qt / "plugins" / gone).exists() and not (qt / gone).exists(), gone
    for module in ("QtCharts", "QtMultimedia", "QtTextToSpeech", "QtSvg"):
        assert list((folder / "_internal" / "PySide6").glob(f"{module}.*")), module
    assert [p for p in folder.rglob("*") if p.is_symlink() and not p.exists()] == []


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd and ELF: Linux only")
def test_every_library_in_the_bundle_finds_the_qt_it_links(bundle) -> None:
    """The self-test loads the offscreen platform only: check xcb, Wayland, speech and the rest."""
    ldd = shutil.which("ldd")
    if ldd is None:
        pytest.skip("ldd is missing (Debian package libc-bin)")
    missing = []
    for library in bundle["dir"].rglob("*.so*"):
        if library.is_symlink():
            continue
        out = subprocess.run([ldd, str(library)], capture_output=True, text=True).stdout
        missing += [
            f"{library.name}: {line.split()[0]}"
            for line in out.splitlines()
            if "not found" in line
            and line.strip().startswith(("libQt6", "libpyside", "libshiboken", "libicu"))
        ]
    assert missing == []


@pytest.mark.slow
def test_the_bundle_carries_its_desktop_files_and_installs_itself(bundle, tmp_path) -> None:
    share = bundle["dir"] / "_internal" / "packaging"
    assert (share / "linux" / f"{APP_ID}.desktop").is_file()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    home = tmp_path / "home"
    home.mkdir()
    install = subprocess.run(
        ["sh", str(share / "linux" / "install-user.sh")],
        env={"HOME": str(home), "PATH": os.environ["PATH"]},
        capture_output=True,
        text=True,
    )
    assert install.returncode == 0, install.stderr
    installed = home / ".local" / "lib" / "infant-massage-guide" / PROGRAM
    version = subprocess.run([str(installed), "--version"], capture_output=True, text=True)
    assert version.returncode == 0 and version.stdout.startswith(PROGRAM)


@pytest.mark.parametrize("family", ["AF_INET", "AF_INET6"])
def test_the_network_guard_refuses_internet_sockets_and_only_those(family) -> None:
    hook = ROOT / "packaging" / "forbid_network_hook.py"
    code = (
        f"import runpy, socket; runpy.run_path({str(hook)!r}); "
        "socket.socket(socket.AF_UNIX).close(); "
        f"socket.socket(socket.{family})"
    )
    env = {**os.environ, "INFANT_MASSAGE_FORBID_NETWORK": "1"}
    refused = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert refused.returncode == 1 and "never uses the network" in refused.stderr
    env.pop("INFANT_MASSAGE_FORBID_NETWORK")
    allowed = subprocess.run([sys.executable, "-c", code + ".close()"], env=env)
    assert allowed.returncode == 0
