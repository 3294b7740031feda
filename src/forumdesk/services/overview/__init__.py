"""The Overview's live state of a forum: what runs now and next, and what waits on the
secretariat. Read-only; each figure comes from the domain that owns it."""
