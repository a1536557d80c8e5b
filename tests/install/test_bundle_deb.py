"""The Linux bundle and .deb as IT gets them: built from scratch (PyInstaller, dpkg-deb), run from
the bundle directory, then installed with dpkg on this Debian machine, `packstation --self-test`
run offscreen from /usr/bin, and removed again.

Slow (the PyInstaller build takes about two minutes on two cores). The install step needs root on
Debian and no Packstation already installed; it is skipped otherwise, with the reason.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import keyring
import pytest

from packstation import __version__

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "packstation"

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1500)]


@pytest.fixture(scope="module")
def deb() -> Path:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed: pip install -e '.[build]'")
    if shutil.which("dpkg-deb") is None:
        pytest.skip("dpkg-deb is not installed (Debian package dpkg)")
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / "build-deb.sh"), "--rebuild"],
        cwd=ROOT,
        env=dict(os.environ, PYTHON=sys.executable),
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    match = re.search(r"^deb: (\S+\.deb)", result.stdout, flags=re.MULTILINE)
    assert match, result.stdout
    return ROOT / match.group(1)


def station_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PACKSTATION_MACHINE_CONFIG"):
        env.pop(name, None)  # the installed app must not lean on this checkout's Python
    env.update(
        QT_QPA_PLATFORM="offscreen",
        LC_ALL="C.UTF-8",  # the computer's language: English, as check_lines reads it
        PACKSTATION_USER_CONFIG=str(tmp_path / "config" / "settings.toml"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        **extra,
    )
    return env


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=120, check=False)


def check_lines(output: str) -> dict[str, str]:
    statuses: dict[str, str] = {}
    for line in output.splitlines():
        status, _, text = line.partition(" ")
        for word in ("settings", "Qt platform plugin", "keyring", "journal", "log directory"):
            if text.lstrip().startswith(word):
                statuses.setdefault(word, status)
    return statuses


def secret_service_here() -> bool:
    return "SecretService" in type(keyring.get_keyring()).__module__


def test_the_bundle_runs_from_its_own_directory(deb: Path, tmp_path: Path) -> None:
    exe = BUNDLE / "packstation"
    env = station_env(tmp_path, PACKSTATION_MACHINE_CONFIG=str(tmp_path / "none.toml"))
    version = run([str(exe), "--version"], env)
    assert version.stdout.strip() == f"packstation {__version__}", version.stderr

    # biip's GS1 tables and the domain travel with the bundle.
    barcode = run([str(exe), "barcode", "4006381333931"], env)
    assert barcode.returncode == 0, barcode.stderr
    assert '"gtin14": "04006381333931"' in barcode.stdout

    selftest = run([str(exe), "--self-test"], env)
    checks = check_lines(selftest.stdout)
    assert checks.get("Qt platform plugin") == "ok", selftest.stdout + selftest.stderr
    assert checks["settings"] == "ok"
    assert checks["journal"] == "ok"
    # keyring's backends are found through its entry-point metadata, which must be bundled.
    if secret_service_here():
        assert "ok   keyring (keyring.backends.SecretService.Keyring)" in selftest.stdout
    # The station's translations and Qt's own (OK, Cancel, Yes, No) travel with it.
    internal = BUNDLE / "_internal"
    for lang in ("es", "pl", "de"):
        assert (
            internal / "packstation" / "resources" / "i18n" / f"packstation_{lang}.qm"
        ).is_file()
        assert (internal / "PySide6" / "Qt" / "translations" / f"qtbase_{lang}.qm").is_file()
    # Qt modules the app never uses stay out of the bundle.
    qt_libs = {
        p.name.split(".")[0] for p in (BUNDLE / "_internal" / "PySide6" / "Qt" / "lib").iterdir()
    }
    assert (
        not {"libQt6WebEngineCore", "libQt6Quick", "libQt6Qml", "libQt6Pdf", "libQt63DCore"}
        & qt_libs
    )


def test_the_deb_installs_self_tests_and_removes_cleanly(deb: Path, tmp_path: Path) -> None:
    if os.geteuid() != 0 or not Path("/etc/debian_version").exists():
        pytest.skip("installing the .deb needs root on Debian")
    installed = run(["dpkg-query", "-W", "-f=${Status}", "packstation"], dict(os.environ))
    if "install ok installed" in installed.stdout:
        pytest.skip("a Packstation is installed on this machine; not replacing it")
    settings_file = Path("/etc/packstation/packstation.toml")
    settings_existed = settings_file.exists()

    install = run(["dpkg", "-i", str(deb)], dict(os.environ))
    assert install.returncode == 0, install.stdout + install.stderr
    try:
        assert Path("/usr/bin/packstation").resolve() == Path("/opt/packstation/packstation")
        desktop = Path("/usr/share/applications/packstation.desktop").read_text(encoding="utf-8")
        assert "Exec=/usr/bin/packstation" in desktop
        assert "Terminal=false" in desktop
        assert Path("/usr/share/icons/hicolor/scalable/apps/packstation.svg").exists()
        # postinst's machine-wide file: every key there, commented out.
        assert "#station = " in settings_file.read_text(encoding="utf-8")

        result = run(["/usr/bin/packstation", "--self-test"], station_env(tmp_path))
        checks = check_lines(result.stdout)
        assert checks.get("Qt platform plugin") == "ok", result.stdout + result.stderr
        assert checks["settings"] == "ok"
        assert checks["journal"] == "ok"
        if secret_service_here():
            assert result.returncode == 0, result.stdout
    finally:
        removed = run(["dpkg", "-r", "packstation"], dict(os.environ))
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert not Path("/usr/bin/packstation").exists()
    assert not Path("/opt/packstation").exists()
    # Removing keeps IT's settings; purging removes the file only if nobody changed it.
    assert settings_file.exists()
    if not settings_existed:
        purged = run(["dpkg", "--purge", "packstation"], dict(os.environ))
        assert purged.returncode == 0, purged.stdout + purged.stderr
        assert not settings_file.exists()


def test_the_windows_installer_script_takes_the_real_bundle(deb: Path, tmp_path: Path) -> None:
    from test_nsis_script import compile_nsis

    out = tmp_path / "packstation-0.1.0-setup.exe"
    result = compile_nsis(BUNDLE, out)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    # Every file of the bundle went in (uncompressed here): the installer is at least as large.
    files = [p for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink()]
    bundle_bytes = sum(p.stat().st_size for p in files)
    assert out.stat().st_size >= bundle_bytes
