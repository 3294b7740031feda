"""What is wrong with an audit log, in one line per problem in the user's language:
which device, which entry, and what it means (edited, re-hashed, cut off, deleted)."""

from __future__ import annotations

from collections.abc import Callable

from forumdesk.services.common.messages import _, ngettext
from forumdesk.store.audit_keys import fingerprint
from forumdesk.store.audit_verify import AuditProblem


def _when(problem: AuditProblem) -> str:
    at = problem.detail.get("at")
    return at.strftime("%Y-%m-%d %H:%M") if at is not None else "?"


_SAID: dict[str, Callable[[AuditProblem], str]] = {
    "missing": lambda p: _(
        "audit entry {sequence} of device {device}: entries {first}–{last} before it are missing"
    ).format(sequence=p.sequence, device=p.device, **p.detail),
    "unlinked": lambda p: _(
        "audit entry {sequence} of device {device} does not follow the entry before it"
    ).format(sequence=p.sequence, device=p.device),
    "hash": lambda p: _(
        "audit entry {sequence} of device {device} was edited: its hash does not match "
        "what it holds"
    ).format(sequence=p.sequence, device=p.device),
    "content": lambda p: _(
        "audit entry {sequence} of device {device} was edited: its values do not match their digest"
    ).format(sequence=p.sequence, device=p.device),
    "erased_holds_values": lambda p: _(
        "audit entry {sequence} of device {device} is marked as erased but still holds values"
    ).format(sequence=p.sequence, device=p.device),
    "signature": lambda p: _(
        "audit entry {sequence} of device {device}: its signature does not verify; it or an "
        "entry before it was edited and the chain re-hashed"
    ).format(sequence=p.sequence, device=p.device),
    "foreign_key": lambda p: _(
        "audit entry {sequence} of device {device} is signed by key {signer}, not by the "
        "device's registered key {registered}"
    ).format(
        sequence=p.sequence,
        device=p.device,
        signer=fingerprint(p.detail["signer"]),
        registered=fingerprint(p.detail["registered"]),
    ),
    "no_key": lambda p: _(
        "audit entry {sequence} of device {device} is signed, but the device has no registered key"
    ).format(sequence=p.sequence, device=p.device),
    "unsigned": lambda p: _(
        "audit entries {sequence}–{last} of device {device} are signed by no one (added "
        "without the device's key)"
    ).format(sequence=p.sequence, device=p.device, last=p.detail["last"]),
    "recorded_cut": lambda p: _(
        "the audit log of device {device} ends at entry {sequence}, but the device recorded "
        "entry {head} (entries cut off)"
    ).format(sequence=p.sequence, device=p.device, head=p.detail["head"]),
    "recorded_differs": lambda p: _(
        "audit entry {sequence} of device {device} is not the one the device recorded as its last"
    ).format(sequence=p.sequence, device=p.device),
    "kept_cut": lambda p: _(
        "the audit log of device {device} ends at entry {sequence}, but this device signed "
        "entry {head} (kept outside the file): entries cut off and the head moved"
    ).format(sequence=p.sequence, device=p.device, head=p.detail["head"]),
    "kept_differs": lambda p: _(
        "audit entry {sequence} of device {device} is not the one this device signed (kept "
        "outside the file): the chain was rewritten"
    ).format(sequence=p.sequence, device=p.device),
    "merge_cut": lambda p: _(
        "the audit log of device {device} ends at entry {sequence}, but the merge of {at} saw "
        "entry {head} (entries cut off)"
    ).format(sequence=p.sequence, device=p.device, head=p.detail["head"], at=_when(p)),
    "merge_differs": lambda p: _(
        "audit entry {sequence} of device {device} is not the one the merge of {at} saw: "
        "its history was rewritten"
    ).format(sequence=p.sequence, device=p.device, at=_when(p)),
}


def describe(problem: AuditProblem) -> str:
    """One line for the user: the device, the entry, what happened."""
    said = _SAID.get(problem.kind)
    if said is not None:
        return said(problem)
    detail = problem.detail
    if problem.kind == "deleted_chain" and "seen" in detail:
        return _(
            "device {device} has no audit entries here, but a merge saw its entries up to "
            "{seen} (chain deleted)"
        ).format(device=problem.device, seen=detail["seen"])
    if problem.kind == "deleted_chain":
        return _(
            "device {device} has no audit entries here, but rows of {table} name it (chain deleted)"
        ).format(device=problem.device, table=detail["table"])
    return ngettext(
        "{count} record of {table} was changed around ForumDesk, its version ahead of its "
        "audit history (record {record}: version {version}, {entries} entries; last changed "
        "by device {device})",
        "{count} records of {table} were changed around ForumDesk, their version ahead of "
        "their audit history (the first, {record}: version {version}, {entries} entries; "
        "last changed by device {device})",
        detail["count"],
    ).format(device=problem.device, **detail)
