"""Encryption at rest in the window: File > Encryption…, the passphrase fields and prompt,
and the choice to encrypt a new database (File > New Database…)."""
