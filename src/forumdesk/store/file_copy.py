"""A file's bytes copied around the page cache, for a backup nobody reads soon.

A 2 GB backup written through the page cache takes 2 GB of memory the kernel must find
first (on a virtual machine, pages the host hands back one fault at a time: 400 MB a
second here, against 2-3 GB a second once they are there), then writes it back over the
following seconds while the database's own pages are pushed out. Written with O_DIRECT,
the copy goes from the source's cached pages to the disk through one buffer. Where the
system or the file system has no O_DIRECT (macOS, Windows, tmpfs), it is an ordinary
copy.
"""

from __future__ import annotations

import contextlib
import errno
import mmap
import os
import shutil
from pathlib import Path

#: Bytes moved at a time: large enough for the disk, small enough to stay in memory.
CHUNK = 8 * 1024 * 1024
#: O_DIRECT wants offsets and lengths in whole logical blocks; 4096 suits every disk.
_ALIGN = 4096


def copy_bytes(source: Path, destination: Path) -> None:
    """`source`'s bytes into `destination` (created or truncated, its mode kept), made
    durable: O_DIRECT where it works, an ordinary copy and fsync where it does not."""
    direct = getattr(os, "O_DIRECT", 0)
    if not direct or not hasattr(os, "preadv") or not _copied_direct(source, destination, direct):
        shutil.copyfile(source, destination)
    descriptor = os.open(destination, os.O_RDONLY)
    try:
        os.fsync(descriptor)  # the size and the blocks' places; the bytes are already there
    finally:
        os.close(descriptor)


def _copied_direct(source: Path, destination: Path, direct: int) -> bool:
    """False when this file system refuses O_DIRECT (EINVAL), before or at the first
    write: the caller then copies it the ordinary way, from the start."""
    buffer = mmap.mmap(-1, CHUNK)  # page-aligned, as O_DIRECT needs
    reader = os.open(source, os.O_RDONLY)
    try:
        try:
            writer = os.open(destination, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | direct, 0o600)
        except OSError as error:
            if error.errno == errno.EINVAL:
                return False
            raise
        try:
            return _pump(reader, writer, destination, buffer)
        finally:
            os.close(writer)
    finally:
        os.close(reader)
        with contextlib.suppress(BufferError):  # a traceback may still hold a slice of it
            buffer.close()


def _pump(reader: int, writer: int, destination: Path, buffer: mmap.mmap) -> bool:
    view = memoryview(buffer)
    try:
        offset = 0
        while True:
            read = os.preadv(reader, [buffer], offset)
            if read == 0:
                return True
            whole = read - read % _ALIGN
            if whole:
                try:
                    written = os.pwritev(writer, [view[:whole]], offset)
                except OSError as error:
                    if error.errno == errno.EINVAL and offset == 0:
                        return False
                    raise
                if written != whole:
                    raise OSError(errno.EIO, f"short write into {destination}")
            if whole != read:  # the last bytes, not a whole block: an ordinary write
                _write_tail(destination, bytes(view[whole:read]), offset + whole)
                return True
            offset += read
    finally:
        view.release()


def _write_tail(destination: Path, tail: bytes, offset: int) -> None:
    descriptor = os.open(destination, os.O_WRONLY)
    try:
        if os.pwrite(descriptor, tail, offset) != len(tail):
            raise OSError(errno.EIO, f"short write into {destination}")
    finally:
        os.close(descriptor)
