"""Test driver, not a test: run `forumdesk ARGS…` and stop before an output is renamed.

Run as `python pause_before_rename.py ENDING ARGS…`. Every file ForumDesk writes goes
to a temporary file that is renamed over the target at the end (output_files.py). Here
the rename of a target whose name ends with ENDING first says "paused before renaming
TEMPORARY" on stderr and waits for a line on stdin, so that a test can kill the process
with the new file written and the previous one untouched. The production code runs
unchanged.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from forumdesk.cli import main


def pause_renames(ending: str) -> None:
    rename = Path.replace

    def paused(self: Path, target: Any) -> Path:
        if Path(target).name.endswith(ending):
            print(f"paused before renaming {self}", file=sys.stderr, flush=True)
            sys.stdin.readline()
        return rename(self, target)

    Path.replace = paused  # type: ignore[method-assign]


if __name__ == "__main__":
    pause_renames(sys.argv[1])
    sys.exit(main(sys.argv[2:]))
