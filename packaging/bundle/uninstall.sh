#!/usr/bin/env bash
# Removes what install.sh installed: PREFIX/lib/forumdesk, the `forumdesk` link in
# PREFIX/bin, the desktop entry, icon and metainfo. Run from PREFIX/lib/forumdesk it
# finds PREFIX itself; otherwise pass --prefix (default ~/.local). Databases, backups
# and settings stay where they are.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
if [ "$(basename "$here")" = forumdesk ] && [ "$(basename "$(dirname "$here")")" = lib ]; then
  prefix=$(dirname "$(dirname "$here")")
else
  prefix="$HOME/.local"
fi
case "$#:${1:-}" in
  0:) ;;
  2:--prefix) prefix=$2 ;;
  *) echo "usage: uninstall.sh [--prefix DIR]" >&2; exit 2 ;;
esac

id=org.forumdesk.ForumDesk
app="$prefix/lib/forumdesk"
if [ ! -x "$app/forumdesk" ]; then
  echo "uninstall.sh: no ForumDesk installed under $prefix (no $app/forumdesk)" >&2
  exit 1
fi
# The link only if it is ours: another forumdesk (pipx, a wheel) may sit there.
if [ "$(readlink "$prefix/bin/forumdesk" 2>/dev/null)" = "$app/forumdesk" ]; then
  rm -f "$prefix/bin/forumdesk"
fi
rm -f "$prefix/share/applications/$id.desktop" \
  "$prefix/share/icons/hicolor/scalable/apps/$id.svg" \
  "$prefix/share/metainfo/$id.metainfo.xml"
rm -rf "$app"
if command -v update-desktop-database >/dev/null; then
  update-desktop-database -q "$prefix/share/applications" 2>/dev/null || true
fi
echo "ForumDesk removed from $prefix; your databases and settings were left in place."
