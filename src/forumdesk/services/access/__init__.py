"""Who may change what at the shared office: the roles, the application's check before
every change (`guard.py`), and the same rules in PostgreSQL (`server.py`). On a SQLite
file (one laptop, one user) roles do not apply."""
