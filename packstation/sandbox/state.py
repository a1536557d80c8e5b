"""Everything one running sandbox holds: its database, tokens, each account's faults, throttle."""

from __future__ import annotations

import logging
import random
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from packstation.sandbox import seed as seeding
from packstation.sandbox.bodies import SeedName
from packstation.sandbox.db import MAIN_ACCOUNT, Database
from packstation.sandbox.faults import Faults, Throttle
from packstation.sandbox.warehouse import Warehouse

log = logging.getLogger(__name__)

# A sandbox token, well known on purpose: it guards nothing real.
DEFAULT_TOKEN = "demo-token"  # noqa: S105
NO_FAULTS = Faults()


@dataclass
class SandboxState:
    token: str = field(repr=False)
    seed: SeedName
    seed_number: int
    rate_limit: float | None
    db: Database
    warehouse: Warehouse = field(init=False)
    # Each account's injected trouble: one account's tests never slow or break another's.
    faults_by_account: dict[int, Faults] = field(default_factory=dict)
    throttle: Throttle = field(default_factory=Throttle)
    rng: random.Random = field(default_factory=random.Random)

    accounts: dict[str, int] = field(init=False, repr=False)  # token -> account id

    def __post_init__(self) -> None:
        self.db.set_main_token(self.token)
        self.accounts = self.db.accounts()
        self.warehouse = Warehouse(self.db)  # the main account's

    def account_for(self, token: str) -> int | None:
        return self.accounts.get(token)

    def warehouse_for(self, account_id: int) -> Warehouse:
        return self.warehouse if account_id == MAIN_ACCOUNT else Warehouse(self.db, account_id)

    def faults_for(self, account_id: int) -> Faults:
        return self.faults_by_account.get(account_id, NO_FAULTS)

    def set_faults(self, account_id: int, faults: Faults) -> None:
        if faults == NO_FAULTS:
            self.faults_by_account.pop(account_id, None)
        else:
            self.faults_by_account[account_id] = faults

    def add_account(self) -> str:
        """A new account with its own empty channel and warehouse; answers its token."""
        token = secrets.token_urlsafe(24)
        self.db.add_account(token)
        self.accounts = self.db.accounts()
        log.info("sandbox account added (%d accounts)", len(self.accounts))
        return token

    @classmethod
    def open(
        cls,
        *,
        token: str,
        seed: SeedName,
        seed_number: int,
        rate_limit: float | None,
        db_path: Path | None,
    ) -> SandboxState:
        """A database file that already holds data is kept as it is; a new one gets the seed."""
        state = cls(token, seed, seed_number, rate_limit, Database(db_path))
        if state.db.is_empty():
            state.load(seed, seed_number)
        else:
            log.info("keeping the data already in %s", db_path)
        return state

    def load(self, seed: SeedName, seed_number: int, account_id: int = MAIN_ACCOUNT) -> None:
        if seed == "demo":
            seeding.load_demo(self.warehouse_for(account_id), seed_number)

    def reset(
        self, account_id: int, seed: SeedName | None, seed_number: int | None
    ) -> tuple[SeedName, int]:
        """Start one account over: its data, faults and throttle; other accounts keep theirs."""
        seed = seed or self.seed
        number = self.seed_number if seed_number is None else seed_number
        self.db.wipe_account(account_id)
        self.set_faults(account_id, NO_FAULTS)
        for token, owner in self.accounts.items():
            if owner == account_id:
                self.throttle.forget(token)
        self.load(seed, number, account_id)
        log.info("sandbox account %d reset to the %s seed %d", account_id, seed, number)
        return seed, number
