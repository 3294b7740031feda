"""The encrypted side of a bench: the same operation timed on a clear database and on
the same database encrypted with SQLCipher, alternately in the same run, so that a
burst of load on a shared machine hits both.

`--encrypted` in bench/search.py, bench/registry.py (the import) and bench/merge.py uses
this module: the encrypted copy (`sqlcipher_export`, store/cipher.py), and the figures,
the median of each side over the runs and the ratio encrypted / clear of the medians.
bench/encryption.py compares opening, type-ahead and inserts the same way.
"""

from __future__ import annotations

import statistics
from pathlib import Path
from typing import Any

#: The office's passphrase and a laptop's own, as the application keeps them apart.
OFFICE_PASSPHRASE = "bench office passphrase"
LAPTOP_PASSPHRASE = "bench laptop passphrase"


def encrypted_copy(clear: Path, target: Path, passphrase: str) -> None:
    """`target`: every table, index and trigger of the clear file `clear`, encrypted."""
    from forumdesk.store import cipher

    cipher.export(clear, None, target, passphrase)


def compared(clear: list[float], encrypted: list[float]) -> dict[str, Any]:
    """Both sides' medians (and p95 when there are enough runs), the ratio of medians."""
    figures: dict[str, Any] = {
        "runs": len(clear),
        "clear": statistics.median(clear),
        "encrypted": statistics.median(encrypted),
    }
    figures["ratio"] = figures["encrypted"] / figures["clear"] if figures["clear"] else None
    if len(clear) >= 20:
        for side, samples in (("clear", clear), ("encrypted", encrypted)):
            figures[f"{side}_p95"] = statistics.quantiles(samples, n=20, method="inclusive")[18]
    return figures


def print_compared(title: str, unit: str, rows: dict[str, dict[str, Any]]) -> None:
    """One line per operation: clear median, encrypted median, ratio (p95s if taken)."""
    print(f"\n{title}: clear and encrypted (SQLCipher), medians in {unit}")
    head = f"{'':<20}{'runs':>6}{'clear':>11}{'encrypted':>11}{'ratio':>8}"
    with_p95 = any("clear_p95" in figures for figures in rows.values())
    if with_p95:
        head += f"{'clear p95':>11}{'encr. p95':>11}"
    print(head)
    for label, figures in rows.items():
        ratio = "—" if figures["ratio"] is None else f"{figures['ratio']:.2f}×"
        line = (
            f"{label:<20}{figures['runs']:>6}{figures['clear']:>11.2f}"
            f"{figures['encrypted']:>11.2f}{ratio:>8}"
        )
        if "clear_p95" in figures:
            line += f"{figures['clear_p95']:>11.2f}{figures['encrypted_p95']:>11.2f}"
        print(line)
