#!/usr/bin/env bash
# Installs this ForumDesk bundle for the current user, or under a prefix:
#   ./install.sh                          # into ~/.local
#   sudo ./install.sh --prefix /usr/local # for every user
# The folder goes to PREFIX/lib/forumdesk, `forumdesk` to PREFIX/bin, and the desktop
# entry, icon and AppStream metainfo to PREFIX/share. PREFIX/lib/forumdesk/uninstall.sh
# removes them again; the user's databases are never touched.
set -euo pipefail

prefix="$HOME/.local"
case "$#:${1:-}" in
  0:) ;;
  2:--prefix) prefix=$2 ;;
  *) echo "usage: install.sh [--prefix DIR]  (default: ~/.local)" >&2; exit 2 ;;
esac
case "$prefix" in
  /*) ;;
  *) prefix="$PWD/$prefix" ;;
esac
case "$prefix" in
  *[\"\`\$\\]*) echo "install.sh: the prefix may not hold \" \` \$ or \\: $prefix" >&2; exit 2 ;;
esac

here=$(cd "$(dirname "$0")" && pwd)
id=org.forumdesk.ForumDesk
for file in forumdesk "$id.desktop" "$id.svg" "$id.metainfo.xml"; do
  [ -e "$here/$file" ] || { echo "install.sh: $file is missing beside this script in $here" >&2; exit 1; }
done
app="$prefix/lib/forumdesk"
share="$prefix/share"

# Copied beside, then swapped in: a copy that fails half-way leaves the old install.
mkdir -p "$prefix/lib" "$prefix/bin"
rm -rf "$app.new"
cp -a "$here" "$app.new"
rm -rf "$app"
mv "$app.new" "$app"
ln -sfn "$app/forumdesk" "$prefix/bin/forumdesk"

# The launcher names the installed binary, so it starts even when PREFIX/bin is not on
# the desktop session's PATH.
mkdir -p "$share/applications"
sed -e "s|^Exec=forumdesk|Exec=\"$prefix/bin/forumdesk\"|" \
    -e "s|^TryExec=forumdesk|TryExec=$prefix/bin/forumdesk|" \
    "$here/$id.desktop" >"$share/applications/$id.desktop"
chmod 644 "$share/applications/$id.desktop"
install -Dm644 "$here/$id.svg" "$share/icons/hicolor/scalable/apps/$id.svg"
install -Dm644 "$here/$id.metainfo.xml" "$share/metainfo/$id.metainfo.xml"

# Menus and icon themes notice the new files sooner; optional tools, so never fatal.
if command -v update-desktop-database >/dev/null; then
  update-desktop-database -q "$share/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null && [ -f "$share/icons/hicolor/index.theme" ]; then
  gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
fi

echo "ForumDesk installed in $app ($("$app/forumdesk" --version))."
case ":$PATH:" in
  *":$prefix/bin:"*) echo "Start it from the applications menu, or run: forumdesk" ;;
  *) echo "Start it from the applications menu, or run: $prefix/bin/forumdesk ($prefix/bin is not on PATH)" ;;
esac
echo "To remove it: $app/uninstall.sh"
