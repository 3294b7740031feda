"""Users and roles at the shared office: the File menu's entry and its dialog."""
