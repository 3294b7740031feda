"""A database opened read-only is read from many threads at once (the window's
background operations): no thread's connection is closed under it by another's."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import text

from forumdesk.store.engine import make_engine, make_read_only_engine

THREADS = 8  # more than SQLAlchemy's pool for an in-memory URL keeps (5)


def _read_together(engine_url: str, read_only_engine: bool) -> list[str]:
    engine = (
        make_read_only_engine(engine_url)
        if read_only_engine
        else make_engine(engine_url, read_only=True)
    )
    all_inside = threading.Barrier(THREADS)
    failures: list[str] = []

    def reader() -> None:
        try:
            with engine.connect() as connection:
                connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
                all_inside.wait(timeout=30)  # every thread holds its connection now
                connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
        except Exception as error:  # collected for the assertion
            failures.append(f"{type(error).__name__}: {error}")

    threads = [threading.Thread(target=reader) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    engine.dispose()
    return failures


def test_eight_threads_read_a_read_only_file_at_once(demo_db_path: Path) -> None:
    url = f"sqlite:///{demo_db_path}"
    assert _read_together(url, read_only_engine=False) == []
    assert _read_together(url, read_only_engine=True) == []
