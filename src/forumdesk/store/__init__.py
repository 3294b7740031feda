"""Persistence: SQLAlchemy models, engine factory, migrations, backups. No Qt here."""
