"""Use cases, one module per area. Functions take a SQLAlchemy session and return
plain dataclasses, so that callers (GUI, CLI, tests) never hold live ORM objects. No Qt."""
