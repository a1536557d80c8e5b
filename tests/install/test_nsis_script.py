"""The Windows installer script compiles (Debian's makensis, against a small stand-in bundle):
a syntax and reference check of everything but the Windows binaries themselves."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NSI = ROOT / "installer" / "windows" / "packstation.nsi"


def compile_nsis(bundle: Path, out: Path) -> subprocess.CompletedProcess[str]:
    makensis = shutil.which("makensis")
    if makensis is None:
        pytest.skip("makensis is not installed (Debian package nsis)")
    return subprocess.run(
        [
            makensis,
            "-V2",
            "-WX",  # a warning (a missing file, an unused variable) fails the build
            "-DVERSION=0.1.0",
            f"-DBUNDLE_DIR={bundle}",
            f"-DOUTFILE={out}",
            "-DNO_COMPRESSION",
            NSI.name,
        ],
        cwd=NSI.parent,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_installer_script_compiles(tmp_path: Path) -> None:
    bundle = tmp_path / "packstation"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "packstation.exe").write_bytes(b"MZ stand-in")
    (bundle / "packstation-cli.exe").write_bytes(b"MZ stand-in")
    (bundle / "_internal" / "python311.dll").write_bytes(b"stand-in")
    out = tmp_path / "packstation-0.1.0-setup.exe"
    result = compile_nsis(bundle, out)
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_bytes()[:2] == b"MZ"


def test_a_missing_bundle_fails_the_build(tmp_path: Path) -> None:
    result = compile_nsis(tmp_path / "no-such-bundle", tmp_path / "packstation-0.1.0-setup.exe")
    assert result.returncode != 0
    assert not (tmp_path / "packstation-0.1.0-setup.exe").exists()
