"""Several exported files at once (every minutes of a forum): into a folder, or one .zip.

Names are made unique first, so no file overwrites another written a moment before:
two titles that differ only in case, or that slug alike, are numbered ("…-2").
Every target is checked before the first is written (`services.output_files`). A zip
is built from files in a scratch folder and written through a temporary file renamed
into place, so an interrupted export leaves the previous zip whole.
"""

from __future__ import annotations

import re
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from forumdesk.services.common.output_files import (
    check_output_folder,
    check_output_path,
    output_binary,
)

#: Writes one file at the path it is given.
FileWriter = Callable[[Path], None]


@dataclass(frozen=True)
class WrittenFiles:
    names: tuple[str, ...]
    cancelled: bool


def file_slug(text: str, fallback: str) -> str:
    """A lower-case file name part: accents folded to ASCII where the letter is Latin,
    other scripts kept ("заседание"), anything else a dash; `fallback` if nothing is left."""
    folded = "".join(_fold(char) for char in unicodedata.normalize("NFC", text))
    slug = re.sub(r"[\W_]+", "-", folded.lower()).strip("-")[:60].strip("-")
    return slug or fallback


def _fold(char: str) -> str:
    ascii_part = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode()
    return ascii_part if ascii_part else char


def unique_file_names(stems: Sequence[str], suffix: str, numbered: str = "{stem}-{n}") -> list[str]:
    """`stem.suffix` for each stem, numbered from 2 where one was taken already, ignoring
    case and Unicode normalisation (as Windows and macOS file systems and zip tools do)."""
    used: set[str] = set()
    names: list[str] = []
    for stem in stems:
        name, n = f"{stem}.{suffix}", 2
        while _key(name) in used:
            name, n = f"{numbered.format(stem=stem, n=n)}.{suffix}", n + 1
        used.add(_key(name))
        names.append(name)
    return names


def _key(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()


def write_batch(
    target: Path,
    files: Sequence[tuple[str, FileWriter]],
    *,
    database_path: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> WrittenFiles:
    """Write `files` (unique name, writer) into the folder `target`, or into one zip
    when `target` ends in .zip. A cancelled zip is not written at all."""
    keys = [_key(name) for name, _writer in files]
    if len(set(keys)) != len(keys):
        raise ValueError("file names must be unique")  # a caller's bug, not the user's
    as_zip = target.suffix.lower() == ".zip"
    if as_zip:
        check_output_path(target, database_path)
        with tempfile.TemporaryDirectory() as scratch:
            written = _write_each(Path(scratch), files, progress, cancelled)
            if written.cancelled:
                return written
            with (
                output_binary(target, database_path=database_path) as stream,
                zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive,
            ):
                for name in written.names:
                    archive.write(Path(scratch) / name, name)
            return written
    folder = check_output_folder(target, database_path)
    for name, _writer in files:  # all refused before any is written
        check_output_path(folder / name, database_path)
    return _write_each(folder, files, progress, cancelled)


def _write_each(
    folder: Path,
    files: Sequence[tuple[str, FileWriter]],
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> WrittenFiles:
    names: list[str] = []
    for name, writer in files:
        if cancelled is not None and cancelled():
            return WrittenFiles(tuple(names), True)
        writer(folder / name)
        names.append(name)
        if progress is not None:
            progress(len(names), len(files))
    return WrittenFiles(tuple(names), False)
