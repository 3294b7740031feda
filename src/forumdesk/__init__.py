"""ForumDesk: the secretariat's workbench for a consultative forum on migration and development."""

__version__ = "0.1.0"
APP_NAME = "ForumDesk"
