"""The open database: backups, integrity check, maintenance, devices, the demo forum."""
