"""The journal's check at the station's start, off the event loop.

SQLite's `quick_check` reads the whole file: seconds on a large journal (see
`bench/journal_check_bench.py`), too long to block the window. It runs in a worker thread on its
own read-only connection while the packer already scans (every scan is still journaled and
fsynced as usual); nothing is sent to Stitch until it has passed. When it fails, sending stays
off and the log says what IT should do. After it passes, customers' personal data older than the
machine's `personal_data_days` is erased, also in the worker.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from packstation.store import HealthReport, JournalError, check_journal_file
from packstation.store.maintenance import erase_personal_data_at

log = logging.getLogger(__name__)


class JournalCheck:
    def __init__(self, path: Path, *, personal_data_days: int) -> None:
        self.path = path
        self.personal_data_days = personal_data_days
        self.report: HealthReport | None = None
        self.finished = asyncio.Event()  # set once `report` is known

    @property
    def passed(self) -> bool:
        return self.report is not None and self.report.ok

    async def run(self) -> bool:
        """Check the journal (in a worker); True when sending may start."""
        report = await asyncio.to_thread(check_journal_file, self.path)
        self.report = report
        self.finished.set()
        if not report.ok:
            log.error(
                "journal %s failed its check; nothing is sent until IT fixes it: %s %s",
                self.path,
                report.summary,
                "; ".join(report.problems),
            )
            return False
        log.info("journal %s: %s", self.path, report.summary)
        if self.personal_data_days > 0:
            try:
                done = await asyncio.to_thread(
                    erase_personal_data_at, self.path, self.personal_data_days
                )
            except (JournalError, ValueError) as exc:
                log.warning("personal data of old orders not erased this time: %s", exc)
            else:
                if done.orders:
                    log.info(
                        "personal data erased from %d order(s) finished over %d days ago",
                        done.orders,
                        self.personal_data_days,
                    )
        return True
