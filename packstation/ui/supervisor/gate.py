"""Supervisor actions behind the PIN, each journaled with who approved it and why.

The app calls one helper per action before doing it, and goes ahead only with an `Approval`:

    approval = await approve_takeover(window, context, fulfillment_id, claimed_by="Station 2")
    if approval is not None:
        await station.packing.open(fulfillment_id, takeover=True)

`gated(parent, context, action, ...)` is the generic form. Each approval is written to the
journal's audit trail (`what` = the action's value, `who`, `why`, `details` with `pin`: checked or
not set) *before* the action runs: the evidence exists even if the action then fails. When the
journal cannot be written the action is refused: an unrecorded supervisor decision is what the
audit trail exists to prevent.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from enum import StrEnum

from PySide6.QtWidgets import QWidget

from packstation.services.errors import JournalError
from packstation.ui.i18n import translator
from packstation.ui.supervisor.context import SupervisorContext
from packstation.ui.supervisor.dialogs import tell
from packstation.ui.supervisor.pin_gate import Approval, PinAttempts, PinCheck, require_pin

log = logging.getLogger(__name__)

#: Setting a status on this many orders at once needs a supervisor.
BULK_STATUS_MIN_ROWS = 2


_tr = translator("SupervisorGate")


class SupervisorAction(StrEnum):
    """The journal's `what` of each gated action (stable: the audit trail is read by it)."""

    BULK_STATUS = "bulk status"
    TAKEOVER = "takeover"
    SHIP_UNVERIFIED = "ship unverified units"
    SHIP_UNKNOWN_LABEL = "ship unknown label"
    RESOLVE_REJECTED = "resolve rejected shipment"
    PUSH_PRODUCTS = "products push"
    SETTINGS = "settings"
    WEIGHT_OVERRIDE = "let a box go over its weight"


def action_words(action: SupervisorAction) -> str:
    return {
        SupervisorAction.BULK_STATUS: _tr("set the status of several orders"),
        SupervisorAction.TAKEOVER: _tr("take over an order another station is packing"),
        SupervisorAction.SHIP_UNVERIFIED: _tr("ship a box with units that were not scanned"),
        SupervisorAction.SHIP_UNKNOWN_LABEL: _tr(
            "ship a box with a carrier label this station does not know"
        ),
        SupervisorAction.RESOLVE_REJECTED: _tr("resolve a shipment Stitch refused"),
        SupervisorAction.PUSH_PRODUCTS: _tr("send products and stock to Stitch"),
        SupervisorAction.SETTINGS: _tr("open the station settings (the Stitch address, the PIN)"),
        SupervisorAction.WEIGHT_OVERRIDE: _tr("ship a box whose weight is wrong"),
    }[action]


def journal_approval(
    context: SupervisorContext,
    action: SupervisorAction,
    approval: Approval,
    *,
    details: Mapping[str, object] | None = None,
    fulfillment_id: str | None = None,
    session_id: str | None = None,
) -> None:
    """Write the approval to the audit trail; raises `JournalError` when it cannot."""
    station = context.station
    if station is None:
        raise JournalError("no journal is open")
    station.audit(
        who=approval.who,
        what=action.value,
        why=approval.why,
        details={**(details or {}), "pin": approval.pin.value},
        fulfillment_id=fulfillment_id,
        session_id=session_id,
    )


async def gated(
    parent: QWidget | None,
    context: SupervisorContext,
    action: SupervisorAction,
    *,
    details: Mapping[str, object] | None = None,
    fulfillment_id: str | None = None,
    session_id: str | None = None,
    ask_reason: bool = True,
    journal: bool = True,
    attempts: PinAttempts | None = None,
) -> Approval | None:
    """Ask the PIN for `action`, journal the approval; None: do not do it.

    `journal=False` leaves the entry to the caller (the products push writes one entry with the
    push's outcome instead of two).
    """
    approval = await require_pin(
        parent,
        context.settings,
        action=action_words(action),
        ask_reason=ask_reason,
        attempts=attempts,
    )
    if approval is None:
        return None
    if not journal:
        return approval
    try:
        journal_approval(
            context,
            action,
            approval,
            details=details,
            fulfillment_id=fulfillment_id,
            session_id=session_id,
        )
    except JournalError as exc:
        log.error("supervisor action %s not journaled: %s", action.value, exc)
        tell(
            parent,
            _tr("Not done"),
            _tr("The approval could not be written to the journal, so nothing was done."),
            warning=True,
        )
        return None
    return approval


async def approve_bulk_status(
    parent: QWidget | None, context: SupervisorContext, fulfillment_ids: Sequence[str], status: str
) -> Approval | None:
    """One order needs nobody (answers a NOT_NEEDED approval); several need the PIN."""
    if len(fulfillment_ids) < BULK_STATUS_MIN_ROWS:
        return Approval(action_words(SupervisorAction.BULK_STATUS), "", "", PinCheck.NOT_NEEDED)
    return await gated(
        parent,
        context,
        SupervisorAction.BULK_STATUS,
        details={"fulfillment_ids": list(fulfillment_ids), "status": status},
        ask_reason=False,
    )


async def approve_takeover(
    parent: QWidget | None, context: SupervisorContext, fulfillment_id: str, *, claimed_by: str
) -> Approval | None:
    return await gated(
        parent,
        context,
        SupervisorAction.TAKEOVER,
        details={"claimed_by": claimed_by},
        fulfillment_id=fulfillment_id,
    )


async def approve_ship_unverified(
    parent: QWidget | None,
    context: SupervisorContext,
    fulfillment_id: str,
    *,
    unverified_units: int,
    session_id: str | None = None,
) -> Approval | None:
    return await gated(
        parent,
        context,
        SupervisorAction.SHIP_UNVERIFIED,
        details={"unverified_units": unverified_units},
        fulfillment_id=fulfillment_id,
        session_id=session_id,
    )


async def approve_unknown_label(
    parent: QWidget | None, context: SupervisorContext, fulfillment_id: str, *, code: str
) -> Approval | None:
    """PS-CMD:SHIP over "Not a carrier label this station knows" when the setting asks the PIN;
    the box then journals the label as unverified, approved by `approval.who`."""
    return await gated(
        parent,
        context,
        SupervisorAction.SHIP_UNKNOWN_LABEL,
        details={"code": code},
        fulfillment_id=fulfillment_id,
        ask_reason=False,
    )


async def approve_weight_override(
    parent: QWidget | None, context: SupervisorContext, fulfillment_id: str, *, words: str
) -> Approval | None:
    """Journals nothing itself: the packing service journals the override with `approval.who`
    in the pack (the gate's event) and in the audit trail."""
    return await gated(
        parent,
        context,
        SupervisorAction.WEIGHT_OVERRIDE,
        details={"weight": words},
        fulfillment_id=fulfillment_id,
        journal=False,
    )


async def approve_resolve_rejected(
    parent: QWidget | None,
    context: SupervisorContext,
    fulfillment_id: str,
    *,
    local_id: str,
    resolution: str,
) -> Approval | None:
    """Journals nothing itself: pass `approval.who` and `approval.why` to
    `journal.outbox.resolve_rejected(by=, why=)`, which audits the decision in the same
    transaction as the change (one entry, never a decision without its record)."""
    return await gated(
        parent,
        context,
        SupervisorAction.RESOLVE_REJECTED,
        details={"local_id": local_id, "resolution": resolution},
        fulfillment_id=fulfillment_id,
        journal=False,
    )


async def approve_settings(parent: QWidget | None, context: SupervisorContext) -> Approval | None:
    """Station → Settings holds the Stitch address and the PIN: a supervisor opens it.

    Journaled like every approval when the station has a journal; before the first account is
    set up there is none, and the settings (the Stitch address) must still open, so the approval
    is then only logged.
    """
    approval = await gated(
        parent, context, SupervisorAction.SETTINGS, ask_reason=False, journal=False
    )
    if approval is None:
        return None
    try:
        journal_approval(context, SupervisorAction.SETTINGS, approval)
    except JournalError as exc:
        log.warning(
            "settings opened by %s (pin %s), not journaled: %s",
            approval.who,
            approval.pin.value,
            exc,
        )
    return approval


__all__ = [
    "BULK_STATUS_MIN_ROWS",
    "SupervisorAction",
    "action_words",
    "approve_bulk_status",
    "approve_resolve_rejected",
    "approve_settings",
    "approve_ship_unverified",
    "approve_takeover",
    "approve_unknown_label",
    "approve_weight_override",
    "gated",
    "journal_approval",
]
