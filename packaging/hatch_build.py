"""Hatch build hook: compile the interface translations into the wheel.

The `.qm` files Qt loads are build products (not in git), so a wheel built from a
clean checkout or from the sdist would otherwise carry only the `.ts` sources and
show an English interface in every language. `pyside6-lrelease` comes from
PySide6-Essentials, a build requirement (pyproject.toml).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

TRANSLATIONS = Path("resources") / "translations"
# lrelease through PySide6's own launcher: the same call on Linux, Windows and macOS.
LRELEASE = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        sources = sorted((Path(self.root) / TRANSLATIONS).glob("forumdesk_*.ts"))
        if not sources:
            raise RuntimeError(f"no translations to compile in {TRANSLATIONS}")
        for source in sources:
            compiled = source.with_suffix(".qm")
            # Written beside the source, as `make` does: the wheel's force-include of
            # resources/ then carries it.
            done = subprocess.run(
                [sys.executable, "-c", LRELEASE, "-silent", str(source), "-qm", str(compiled)],
                capture_output=True,
                text=True,
                check=False,
            )
            if done.returncode != 0 or not compiled.is_file():
                raise RuntimeError(
                    f"pyside6-lrelease could not compile {source.name}: "
                    f"{(done.stderr or done.stdout).strip()}"
                )
