"""Station settings: built-in defaults, the machine-wide file IT manages, the user's own file.

Precedence, lowest to highest: defaults < machine-wide file < user file < command line. A key that
the machine-wide file lists under `locked` cannot be changed by the user file or the settings screen
(the command line still wins: it is what IT and support type on purpose).

The machine-wide file is TOML (`/etc/packstation/packstation.toml`, `%ProgramData%\\Packstation\\
packstation.toml` on Windows, `/Library/Application Support/Packstation/packstation.toml` on macOS;
`PACKSTATION_MACHINE_CONFIG` overrides the path). A broken file never stops the station: its
problems are collected as `SettingsProblem`s (file, line, key, what is wrong) for the log and the
self-test, and the station starts with the values that were valid. The access token is never a
setting: it lives in the OS keyring.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import re
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs
import tomli_w

from packstation.domain.carriers import CarrierFormat, format_from_entry
from packstation.domain.tracking import use_station_formats

DEFAULT_API_URL = "https://api-pub.stitchlabs.com/api2/v2/integrations"
DEFAULT_STATUS_PRESETS = (
    "Picking",
    "Packing",
    "On hold - damaged",  # a plain hyphen: the command sheet prints it without substitution
    "Waiting for stock",
    "Address problem",
)
MAX_STATUS_LENGTH = 255
SCALE_PROTOCOLS = ("", "mt-sics", "nci", "continuous", "hid-pos")


@dataclass(frozen=True, slots=True)
class Settings:
    api_url: str = DEFAULT_API_URL
    station: str = "Station 1"
    # Status set on a fulfillment while it is being packed; empty disables claiming.
    claim_format: str = "Packing · {station} · {packer}"
    status_presets: tuple[str, ...] = DEFAULT_STATUS_PRESETS
    scanner_max_gap_ms: int = 50
    sound_volume: float = 0.8
    sound_muted: bool = False
    pack_lines_font_pt: int = 17  # the pack lines' rows, read from an arm's length
    require_ship_command: bool = False
    # The pack-session rules (issue 11), passed into every new pack's SessionSpec:
    carrier_mismatch: str = "lock"  # "lock" or "warn" (methods that name no carrier)
    unknown_label_needs_pin: bool = False  # accepting an unknown label asks the supervisor PIN
    badge_mid_pack: str = "ask"  # "ask" or "refuse": another badge while a box is packed
    allow_anonymous_packing: bool = False  # a slip opens with nobody signed in
    idle_sign_out_minutes: int = 15  # 0: never
    retention_days: int = 180
    # Customers' addresses and contacts are erased this many days after an order's last box went.
    personal_data_days: int = 90
    # Queue polls come every poll_interval_s to poll_interval_max_s seconds (0: twice the first),
    # jittered; the whole queue is read again every full_resync_s seconds, ± 10 %.
    poll_interval_s: int = 30
    poll_interval_max_s: int = 0
    full_resync_s: int = 3600
    # Orders at the top of the queue whose lines are saved ahead for packing while offline.
    prefetch_orders: int = 5
    # The Stitch account's rate limit, shared by every station using its token: this station
    # spends account_requests_per_s / stations_on_account.
    account_requests_per_s: float = 10.0
    stations_on_account: int = 1
    # IANA zone for `shipped_at`; empty means the computer's own zone.
    time_zone: str = ""
    # Salted hash of the supervisor PIN (see packstation.services.pin); empty: no PIN set.
    supervisor_pin_hash: str = ""
    # A scannable barcode per item on packing slips (damaged product labels); off: text only.
    slip_item_barcodes: bool = False
    # The bench scale (TOML: a [scale] section, keys without the prefix; see packstation.devices).
    # No protocol: no scale, the weight check is off.
    scale_protocol: str = ""  # mt-sics, nci, continuous, hid-pos
    scale_device: str = ""  # /dev/ttyUSB0, COM3, socket://host:port, or VVVV:PPPP for hid-pos
    scale_baud: int = 9600
    scale_unit: str = "g"  # g, kg, oz, lb: shown, and for readings without a unit
    scale_tolerance_grams: float = 25.0  # a box may be off by this or by the percentage,
    scale_tolerance_percent: float = 4.0  # whichever is larger (bench/scale_learning_bench.py)
    scale_tare_grams: float = 0.0  # the empty carton with its fill; 0: learned from the boxes
    # The window's language ("" is the computer's own; es, pl, de, en, or pseudo for testing);
    # a packer in the [[packers]] list with a lang switches it at sign-in.
    language: str = ""
    # Printed paper (slips, command sheets, badges, labels) is the customer's and the bench's, not
    # the packer's: its own language; "" prints in the station's `language` (see `printed_in`).
    print_language: str = ""
    # Warehouse mode (TOML: a [warehouse] section, `db_url = "postgresql://…"`): the queue, claims
    # and the journal's copy live in the warehouse's PostgreSQL; the sync service talks to Stitch.
    # Empty: a single station, straight to Stitch. The password lives in the OS keyring.
    warehouse_db_url: str = ""
    locked: frozenset[str] = field(default_factory=frozenset)

    @property
    def printed_in(self) -> str:
        """The printed paper's language: `print_language`, else the station's (never the language
        of the packer signed in); "" is the computer's own."""
        return self.print_language.strip() or self.language.strip()


_FIELDS: dict[str, dataclasses.Field[Any]] = {
    f.name: f for f in dataclasses.fields(Settings) if f.name != "locked"
}


@dataclass(frozen=True, slots=True)
class SettingsProblem:
    path: Path
    line: int | None
    key: str | None
    message: str

    def __str__(self) -> str:
        where = str(self.path)
        if self.line is not None:
            where += f", line {self.line}"
        if self.key is not None:
            where += f", key '{self.key}'"
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class LoadedSettings:
    settings: Settings
    problems: tuple[SettingsProblem, ...]
    machine_path: Path
    user_path: Path
    # The machine-wide file's [[carriers]] formats (already handed to the tracking engine).
    carriers: tuple[CarrierFormat, ...] = ()
    # The machine-wide file's [[packers]] (name = the PS-USER badge, lang): name -> language.
    packer_languages: Mapping[str, str] = field(default_factory=dict)


def machine_settings_path() -> Path:
    override = os.environ.get("PACKSTATION_MACHINE_CONFIG")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = os.environ.get("PROGRAMDATA", r"C:\ProgramData")
        return Path(base) / "Packstation" / "packstation.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/Packstation/packstation.toml")
    return Path("/etc/packstation/packstation.toml")


def user_settings_path() -> Path:
    override = os.environ.get("PACKSTATION_USER_CONFIG")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir("packstation", appauthor=False)) / "settings.toml"


def _line_of(text: str, key: str) -> int | None:
    pattern = re.compile(rf"^[ \t]*{re.escape(key)}[ \t]*=", re.MULTILINE)
    m = pattern.search(text)
    return text.count("\n", 0, m.start()) + 1 if m else None


def _coerce(key: str, value: Any) -> Any:
    """Check one value against the Settings field's type; raise ValueError in plain words."""
    default = _FIELDS[key].default
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ValueError("expected true or false")
        return value
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError("expected a whole number")
        if value < 0:
            raise ValueError("must not be negative")
        return value
    if isinstance(default, float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError("expected a number")
        if key == "sound_volume" and not 0.0 <= float(value) <= 1.0:
            raise ValueError("expected a volume between 0.0 and 1.0")
        return float(value)
    if isinstance(default, tuple):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError("expected a list of texts")
        too_long = [v for v in value if len(v) > MAX_STATUS_LENGTH]
        if too_long:
            raise ValueError(f"a status may have at most {MAX_STATUS_LENGTH} characters")
        return tuple(value)
    if not isinstance(value, str):
        raise ValueError("expected a text in quotes")
    if key == "api_url" and not re.match(r"^https?://", value):
        raise ValueError("expected an address starting with https://")
    if key == "warehouse_db_url" and value and not re.match(r"^postgres(ql)?://", value):
        raise ValueError("expected a PostgreSQL address starting with postgresql://")
    if key == "scale_protocol" and value not in SCALE_PROTOCOLS:
        raise ValueError("expected one of " + ", ".join(repr(p) for p in SCALE_PROTOCOLS))
    if key == "carrier_mismatch" and value not in ("lock", "warn"):
        raise ValueError('expected "lock" or "warn"')
    if key == "badge_mid_pack" and value not in ("ask", "refuse"):
        raise ValueError('expected "ask" or "refuse"')
    if key == "scale_unit" and value not in ("g", "kg", "oz", "lb"):
        raise ValueError("expected g, kg, oz or lb")
    if key == "claim_format":
        try:
            value.format(station="", packer="")
        except (KeyError, IndexError, ValueError) as exc:
            raise ValueError("may only use {station} and {packer} as placeholders") from exc
    return value


def _read(path: Path, problems: list[SettingsProblem], *, allow_locked: bool) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(SettingsProblem(path, None, None, f"cannot be read ({exc})"))
        return {}
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        line = int(m.group(1)) if m else None
        problems.append(SettingsProblem(path, line, None, f"is not valid TOML: {exc}"))
        return {}
    values: dict[str, Any] = {}
    if isinstance(raw.get("scale"), dict):  # [scale] device = ... is scale_device = ...
        raw.update({f"scale_{k}": v for k, v in raw.pop("scale").items()})
    if isinstance(raw.get("warehouse"), dict):  # [warehouse] db_url = ... is warehouse_db_url
        raw.update({f"warehouse_{k}": v for k, v in raw.pop("warehouse").items()})
    for key, value in raw.items():
        if key == "carriers":
            if allow_locked:
                values["carriers"] = _carriers(path, text, value, problems)
            else:
                line = _line_of(text, key) or _table_lines(text)[0]
                message = "carrier formats belong in the machine-wide file"
                problems.append(SettingsProblem(path, line, key, message))
            continue
        if key == "packers":
            values["packers"] = {
                str(e["name"]).casefold(): str(e["lang"])
                for e in (value if isinstance(value, list) else [])
                if isinstance(e, dict) and e.get("name") and e.get("lang")
            }
            continue
        if key == "locked" and allow_locked:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                problems.append(
                    SettingsProblem(path, _line_of(text, key), key, "expected a list of keys")
                )
                continue
            unknown = [v for v in value if v not in _FIELDS]
            for name in unknown:
                problems.append(
                    SettingsProblem(path, _line_of(text, key), name, "unknown key in 'locked'")
                )
            values["locked"] = frozenset(v for v in value if v in _FIELDS)
            continue
        if key not in _FIELDS:
            problems.append(SettingsProblem(path, _line_of(text, key), key, "unknown key"))
            continue
        try:
            values[key] = _coerce(key, value)
        except ValueError as exc:
            problems.append(SettingsProblem(path, _line_of(text, key), key, str(exc)))
    return values


_CARRIERS_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*carriers[ \t]*\]\]", re.MULTILINE)


def _table_lines(text: str) -> list[int | None]:
    lines: list[int | None] = [
        text.count("\n", 0, m.start()) + 1 for m in _CARRIERS_HEADER.finditer(text)
    ]
    return lines or [None]


def _carriers(
    path: Path, text: str, value: Any, problems: list[SettingsProblem]
) -> tuple[CarrierFormat, ...]:
    """IT's [[carriers]] entries, each checked like the built-in table; a bad one is reported
    with its line and left out, the others are used."""
    if not isinstance(value, list):
        problems.append(
            SettingsProblem(
                path, _line_of(text, "carriers"), "carriers", "expected [[carriers]] tables"
            )
        )
        return ()
    lines = _table_lines(text)
    formats: list[CarrierFormat] = []
    for i, entry in enumerate(value):
        line = lines[i] if i < len(lines) else None
        try:
            if not isinstance(entry, dict):
                raise ValueError("expected a table of fields")
            formats.append(format_from_entry(entry))
        except ValueError as exc:
            problems.append(SettingsProblem(path, line, "carriers", str(exc)))
    return tuple(formats)


def load_settings(
    overrides: Mapping[str, Any] | None = None,
    *,
    machine_path: Path | None = None,
    user_path: Path | None = None,
) -> LoadedSettings:
    """Read the layered settings; never raises for a bad file (see `LoadedSettings.problems`)."""
    machine_path = machine_path or machine_settings_path()
    user_path = user_path or user_settings_path()
    problems: list[SettingsProblem] = []
    machine = _read(machine_path, problems, allow_locked=True)
    user = _read(user_path, problems, allow_locked=False)
    locked: frozenset[str] = machine.pop("locked", frozenset())
    carriers: tuple[CarrierFormat, ...] = machine.pop("carriers", ())
    packers: dict[str, str] = {**machine.pop("packers", {}), **user.pop("packers", {})}
    use_station_formats(carriers)
    merged: dict[str, Any] = dict(machine)
    merged.update({k: v for k, v in user.items() if k not in locked})
    merged.update({k: v for k, v in (overrides or {}).items() if v is not None})
    return LoadedSettings(
        Settings(**merged, locked=locked),
        tuple(problems),
        machine_path,
        user_path,
        carriers,
        packers,
    )


def save_user_settings(settings: Settings, path: Path | None = None) -> Path:
    """Write what differs from the built-in defaults and is not locked, atomically."""
    path = path or user_settings_path()
    defaults = Settings()
    data: dict[str, Any] = {}
    for key in _FIELDS:
        value = getattr(settings, key)
        if key in settings.locked or value == getattr(defaults, key):
            continue
        data[key] = list(value) if isinstance(value, tuple) else value
    _make_private_dirs(path.parent)
    tmp = path.with_suffix(".toml.tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()  # a leftover of a crash; O_EXCL below never writes through a planted link
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    if sys.platform != "win32":
        os.fchmod(fd, 0o600)  # whatever the umask: it names the station and the PIN's hash
    with open(fd, "w", encoding="utf-8") as file:
        file.write(tomli_w.dumps(data))
    os.replace(tmp, path)
    return path


def _make_private_dirs(directory: Path) -> None:
    missing = [p for p in (directory, *directory.parents) if not p.exists()]
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            os.mkdir(folder, 0o700)
            if sys.platform != "win32":
                os.chmod(folder, 0o700)


def claim_text(settings: Settings, *, packer: str) -> str | None:
    """The status that marks a fulfillment as being packed here, or None when claiming is off."""
    if not settings.claim_format.strip():
        return None
    text = settings.claim_format.format(station=settings.station, packer=packer or "—")
    return text[:MAX_STATUS_LENGTH]
