"""A figures report as JSON and CSV, with stable keys and columns.

**CSV** (UTF-8, header row, `\\r\\n` line ends): `FIGURES_COLUMNS` = from, to, time_zone, by, row,
name, then the figures `FIGURE_COLUMNS`. One row per packer (or station) with `row` = group, then
one with `row` = total and an empty name. `from`/`to` are the first and last local day (both
included); seconds_per_unit is empty when nothing was packed.

**JSON**: `{"format": "packstation.figures/1", "period": {"label", "from", "to", "time_zone",
"start", "end"}, "by", "resolution", "idle_seconds", "rows": [{"name", <figures>, "series":
[...]}], "total": {<figures>}, "series": [{"start", "end", "label", <figures>}]}` where
<figures> are the keys of `FIGURE_COLUMNS`. Times are ISO 8601 with the station's offset.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from packstation.services.figures import Figures, FiguresReport, SeriesPoint
from packstation.services.history import zone_name

FIGURES_FORMAT = "packstation.figures/1"

FIGURE_COLUMNS: tuple[str, ...] = (
    "fulfillments_packed",
    "boxes",
    "units_packed",
    "active_seconds",
    "seconds_per_unit",
    "wrong_items",
    "unknown_codes",
    "misreads",
    "over_scans",
    "undos",
    "partial_shipments",
    "rejected_shipments",
    "partial_boxes",
    "stopped_packs",
    "weight_stops",
)

FIGURES_COLUMNS: tuple[str, ...] = ("from", "to", "time_zone", "by", "row", "name", *FIGURE_COLUMNS)


def figures_json(figures: Figures) -> dict[str, Any]:
    per_unit = figures.seconds_per_unit
    values: dict[str, Any] = {
        name: getattr(figures, name) for name in FIGURE_COLUMNS if name != "seconds_per_unit"
    }
    values["seconds_per_unit"] = None if per_unit is None else round(per_unit, 3)
    return {name: values[name] for name in FIGURE_COLUMNS}


def _point(point: SeriesPoint) -> dict[str, Any]:
    return {
        "start": point.start.isoformat(),
        "end": point.end.isoformat(),
        "label": point.label,
        **figures_json(point.figures),
    }


def report_json(report: FiguresReport) -> dict[str, Any]:
    period = report.period
    return {
        "format": FIGURES_FORMAT,
        "period": {
            "label": period.label,
            "from": period.first_day.isoformat(),
            "to": period.last_day.isoformat(),
            "time_zone": zone_name(period.zone),
            "start": period.start.astimezone(period.zone).isoformat(),
            "end": period.end.astimezone(period.zone).isoformat(),
        },
        "by": report.by.value,
        "resolution": report.resolution.value,
        "idle_seconds": int(report.idle.total_seconds()),
        "rows": [
            {
                "name": row.name,
                **figures_json(row.figures),
                "series": [_point(p) for p in row.series],
            }
            for row in report.rows
        ],
        "total": figures_json(report.total),
        "series": [_point(p) for p in report.series],
    }


def report_csv(report: FiguresReport) -> str:
    period = report.period
    head = [
        period.first_day.isoformat(),
        period.last_day.isoformat(),
        zone_name(period.zone),
        report.by.value,
    ]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(FIGURES_COLUMNS)

    def values(figures: Figures) -> list[object]:
        data = figures_json(figures)
        return ["" if data[name] is None else data[name] for name in FIGURE_COLUMNS]

    for row in report.rows:
        name = row.name
        # A name is data, never a formula to run in the supervisor's spreadsheet.
        if name.startswith(("=", "+", "-", "@", "\t", "\r")):
            name = "'" + name
        writer.writerow([*head, "group", name, *values(row.figures)])
    writer.writerow([*head, "total", "", *values(report.total)])
    return out.getvalue()


__all__ = [
    "FIGURES_COLUMNS",
    "FIGURES_FORMAT",
    "FIGURE_COLUMNS",
    "figures_json",
    "report_csv",
    "report_json",
]
