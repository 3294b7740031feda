"""The application shell: start-up, the main window, its menus, Preferences and search."""
