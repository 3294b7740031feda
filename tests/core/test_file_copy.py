"""A backup's bytes copied around the page cache (store/file_copy.py): the same bytes
whatever the length, an ordinary copy where O_DIRECT is refused, and a failing disk
still said."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest

import forumdesk.store.file_copy as file_copy
from forumdesk.store.file_copy import copy_bytes

DIRECT = getattr(os, "O_DIRECT", 0)


def _source(path: Path, size: int) -> bytes:
    data = (bytes(range(251)) * (size // 251 + 1))[:size]  # no block repeats another
    path.write_bytes(data)
    return data


@pytest.mark.parametrize(
    "size",
    [0, 1, 4096, 10_000, 2 * 8192 + 100],
    ids=["empty", "one byte", "one block", "a tail", "blocks and a tail"],
)
def test_the_copy_holds_the_same_bytes(tmp_path: Path, size: int) -> None:
    data = _source(tmp_path / "forum.db", size)
    copy_bytes(tmp_path / "forum.db", tmp_path / "copy.db")
    assert (tmp_path / "copy.db").read_bytes() == data


def test_a_copy_longer_than_the_buffer_is_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(file_copy, "CHUNK", 8192)  # three buffers and a tail
    data = _source(tmp_path / "forum.db", 3 * 8192 + 512)
    copy_bytes(tmp_path / "forum.db", tmp_path / "copy.db")
    assert (tmp_path / "copy.db").read_bytes() == data


def test_an_existing_file_is_replaced_not_appended_to(tmp_path: Path) -> None:
    data = _source(tmp_path / "forum.db", 5000)
    (tmp_path / "copy.db").write_bytes(b"x" * 20_000)
    copy_bytes(tmp_path / "forum.db", tmp_path / "copy.db")
    assert (tmp_path / "copy.db").read_bytes() == data


@pytest.mark.skipif(not DIRECT, reason="this system has no O_DIRECT")
def test_the_copy_is_written_around_the_page_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[int] = []
    real_open = os.open

    def recorded(path: Any, flags: int, *args: Any) -> int:
        opened.append(flags)
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", recorded)
    data = _source(tmp_path / "forum.db", 3 * 4096)
    copy_bytes(tmp_path / "forum.db", tmp_path / "copy.db")
    assert (tmp_path / "copy.db").read_bytes() == data
    assert any(flags & DIRECT for flags in opened)


@pytest.mark.skipif(not DIRECT, reason="this system has no O_DIRECT")
@pytest.mark.parametrize("refused_at", ["open", "first write"])
def test_a_file_system_refusing_o_direct_gets_an_ordinary_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, refused_at: str
) -> None:
    """tmpfs and some network file systems answer EINVAL, at the open or the first write."""
    real_open = os.open

    def refusing_open(path: Any, flags: int, *args: Any) -> int:
        if flags & DIRECT:
            raise OSError(errno.EINVAL, "Invalid argument")
        return real_open(path, flags, *args)

    def refusing_write(*_args: Any) -> int:
        raise OSError(errno.EINVAL, "Invalid argument")

    if refused_at == "open":
        monkeypatch.setattr(os, "open", refusing_open)
    else:
        monkeypatch.setattr(os, "pwritev", refusing_write)
    data = _source(tmp_path / "forum.db", 3 * 4096 + 17)
    copy_bytes(tmp_path / "forum.db", tmp_path / "copy.db")
    assert (tmp_path / "copy.db").read_bytes() == data


@pytest.mark.skipif(not DIRECT, reason="this system has no O_DIRECT")
def test_a_full_disk_is_said_not_papered_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_args: Any) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "pwritev", full)
    _source(tmp_path / "forum.db", 4 * 4096)
    with pytest.raises(OSError, match="No space left"):
        copy_bytes(tmp_path / "forum.db", tmp_path / "copy.db")


@pytest.mark.skipif(not DIRECT, reason="this system has no O_DIRECT")
def test_a_short_write_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = os.pwritev

    def short(descriptor: int, buffers: Any, offset: int) -> int:
        return real_write(descriptor, buffers, offset) - 4096

    monkeypatch.setattr(os, "pwritev", short)
    _source(tmp_path / "forum.db", 4 * 4096)
    with pytest.raises(OSError, match="short write"):
        copy_bytes(tmp_path / "forum.db", tmp_path / "copy.db")
