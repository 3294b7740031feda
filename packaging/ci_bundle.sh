#!/usr/bin/env bash
# CI for the desktop bundle: `make bundle`, then start what it built as a user would.
# --version, a demo database, `check`, real exports (fonts, templates and the data of
# the libraries travel), a French run, the install script, and the first window under
# Xvfb within 20 s, saved as a PNG that must not be blank. Each failure prints one line
# saying what failed and exits 1. Nothing touches the user's data: HOME and ForumDesk's
# folders are a scratch folder's. .ci/run calls it after `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
  echo "ci_bundle.sh: $*" >&2
  exit 1
}
for tool in xvfb-run objdump pdffonts; do
  command -v "$tool" >/dev/null || fail "$tool is missing (requirements/system-packages.txt)"
done

started=$SECONDS
mkdir -p build
make bundle >build/bundle.log 2>&1 || fail "make bundle failed: $(tail -n 1 build/bundle.log) (build/bundle.log)"
name=$(.venv/bin/python packaging/bundle/assemble.py)
version=$(PYTHONPATH=src .venv/bin/python -c 'from forumdesk import __version__; print(__version__)')
folder="$PWD/dist/$name"
tarball="$PWD/dist/$name.tar.gz"
[ -x "$folder/forumdesk" ] || fail "no binary at $folder/forumdesk"
[ -s "$tarball" ] || fail "no tarball at $tarball"
echo "bundle: built in $((SECONDS - started)) s; $(du -sm "$folder" | cut -f1) MB folder, $(du -sm "$tarball" | cut -f1) MB tarball"

scratch=$(mktemp -d /tmp/forumdesk-ci-bundle.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" FORUMDESK_DATA_DIR="$scratch/data" FORUMDESK_CONFIG_DIR="$scratch/config"
export XDG_CONFIG_HOME="$scratch/home/.config" XDG_DATA_HOME="$scratch/home/.local/share"
unset FORUMDESK_DATABASE FORUMDESK_USER
mkdir -p "$HOME"

# The tarball's copy, not the build folder: what a user unpacks is what is checked.
tar -xzf "$tarball" -C "$scratch" || fail "the tarball does not unpack"
app="$scratch/$name/forumdesk"
db="$scratch/x.db"
run() { # run LABEL COMMAND...: the output in $scratch/out, one line on failure
  local label=$1
  shift
  "$@" >"$scratch/out" 2>&1 || fail "$label failed: $(tail -n 1 "$scratch/out")"
}
contains() { # contains LABEL TEXT: the last command's output holds TEXT
  grep -qF -- "$2" "$scratch/out" || fail "$1: \"$2\" not in its output: $(head -n 3 "$scratch/out" | tr '\n' ' ')"
}

run "--version" "$app" --version
contains "--version" "forumdesk $version"
run "init --demo" "$app" --database "$db" init --demo
run "check" "$app" --database "$db" check
contains "check" "Integrity:   ok"

# Exports through the bundle's own fonts, templates and libraries' data.
run "programme pdf" "$app" --database "$db" programme pdf "$scratch/programme.pdf"
pdffonts "$scratch/programme.pdf" | grep -q DejaVuSans || fail "programme pdf: DejaVu Sans not embedded"
run "report docx" "$app" --database "$db" report export -o "$scratch/report.docx"
run "report odt" "$app" --database "$db" report export -o "$scratch/report.odt"
run "programme ics" "$app" --database "$db" programme ics "$scratch/programme.ics"
contains "programme ics" "Wrote 6 event(s)"
run "registry badges" "$app" --database "$db" registry badges "$scratch/badges.pdf"
run "registry export" "$app" --database "$db" registry export "$scratch/registry.xlsx"
for file in programme.pdf report.docx report.odt programme.ics badges.pdf registry.xlsx; do
  [ -s "$scratch/$file" ] || fail "export: $file is missing or empty"
done

# A registry import of Cyrillic and Chinese names: their Latin forms (iuliia's ICAO
# schema, pypinyin's dictionaries), phone numbers (phonenumbers' metadata) and
# countries (pycountry's) from the libraries' data files.
people="$scratch/people.csv"
{
  echo "Family name,Given name,Organisation,Category,Email,Phone,Country"
  echo "Иванов,Пётр,Migration Research Centre,Research and academia,petr.ivanov@example.org,+7 495 123-45-67,RU"
  echo "王,小明,Beijing Migrant Workers Association,Trade union,xiaoming.wang@example.org,+86 10 6552 9988,CN"
} >"$people"
run "registry import" "$app" --database "$db" registry import "$people"
contains "registry import" "imported 2 row(s), 0 invalid"
run "search Ivanov" "$app" --database "$db" search Ivanov
contains "search Ivanov" "Petr IVANOV"
run "search Wang" "$app" --database "$db" search Wang
contains "search Wang" "WANG Xiaoming"
run "registry export" "$app" --database "$db" registry export "$scratch/registry.csv"
grep -qF "RUS,petr.ivanov@example.org,+74951234567" "$scratch/registry.csv" ||
  fail "registry export: the imported phone number or country is not normalised"

# A list of 30,000 rows (6 MB: the command line guesses 200 bytes a row) is read and
# checked in a second process: the frozen program must start itself as that process
# (multiprocessing.freeze_support in __main__), or the import fails.
big="$scratch/big.csv"
{
  echo "Family name,Given name,Organisation,Category,Email,Function"
  seq 0 29999 | awk '
    function letters(n,  s) { s = ""; do { s = sprintf("%c", 97 + n % 26) s; n = int(n / 26) } while (n > 0); return s }
    { printf "Fam%s,Giv%s,Network %s,Trade union,p%d@example.org,%s\n", letters($1), letters($1 * 7), letters($1 % 40), $1,
        "Programme officer for the regional consultations on labour migration and development in Geneva" }'
} >"$big"
[ "$(stat -c %s "$big")" -ge 4000000 ] || fail "the 30,000-row list is under 4 MB: it would stay in one process"
run "init (a second database)" "$app" --database "$scratch/big.db" init
run "registry import in two processes" "$app" --database "$scratch/big.db" registry import "$big"
contains "registry import in two processes" "imported 30000 row(s), 0 invalid"

# SQLCipher, bundled: a copy encrypted, then checked with its passphrase.
cp "$db" "$scratch/encrypted.db"
run "encrypt" env FORUMDESK_PASSPHRASE=ci-bundle-passphrase "$app" --database "$scratch/encrypted.db" encrypt --backups delete
run "check encrypted" env FORUMDESK_PASSPHRASE=ci-bundle-passphrase "$app" --database "$scratch/encrypted.db" check
contains "check encrypted" "Integrity:   ok"

# PostgreSQL through the bundled psycopg, where .ci/run set up a server: the tests'
# database, which the tests are done with (.ci/run makes it anew on every run).
if [ -n "${FORUMDESK_TEST_POSTGRES_URL:-}" ]; then
  run "init on PostgreSQL" "$app" --database "$FORUMDESK_TEST_POSTGRES_URL" init
  run "check on PostgreSQL" "$app" --database "$FORUMDESK_TEST_POSTGRES_URL" check
  contains "check on PostgreSQL" "Integrity:   ok"
fi

# French: the services' catalogue (.po) and babel's dates; the window's .qm files.
run "check in French" env LANG=fr_FR.UTF-8 LANGUAGE=fr "$app" --database "$db" check
contains "check in French" "Intégrité"
run "programme show in French" env LANG=fr_FR.UTF-8 LANGUAGE=fr "$app" --database "$db" programme show
contains "programme show in French" "juillet 2006"
for language in ar en es fr ru zh; do
  qm="$scratch/$name/_internal/forumdesk/_resources/translations/forumdesk_$language.qm"
  [ -s "$qm" ] || fail "translations: forumdesk_$language.qm is not in the bundle"
done

# install.sh into a prefix, the installed command, then uninstall.sh.
prefix="$scratch/prefix"
run "install.sh" "$scratch/$name/install.sh" --prefix "$prefix"
run "installed forumdesk" "$prefix/bin/forumdesk" --version
contains "installed forumdesk" "forumdesk $version"
for file in applications/org.forumdesk.ForumDesk.desktop metainfo/org.forumdesk.ForumDesk.metainfo.xml \
  icons/hicolor/scalable/apps/org.forumdesk.ForumDesk.svg; do
  [ -f "$prefix/share/$file" ] || fail "install.sh: share/$file not installed"
done
run "uninstall.sh" "$prefix/lib/forumdesk/uninstall.sh"
if [ -e "$prefix/bin/forumdesk" ] || [ -e "$prefix/lib/forumdesk" ]; then
  fail "uninstall.sh left the bundle behind"
fi

# The .deb of the same folder: its control file, and its binary unpacked and started
# (installing it is left to a machine of one's own: it writes /opt and /usr).
if command -v dpkg-deb >/dev/null; then
  deb=$(ls dist/forumdesk_"$version"_*.deb 2>/dev/null) || fail "no dist/forumdesk_${version}_*.deb"
  dpkg-deb --field "$deb" Version | grep -qxF "$version" || fail "$deb: its Version is not $version"
  dpkg-deb -x "$deb" "$scratch/deb" || fail "$deb does not unpack"
  run ".deb's forumdesk" "$scratch/deb/opt/forumdesk/forumdesk" --version
  contains ".deb's forumdesk" "forumdesk $version"
  [ "$(readlink "$scratch/deb/usr/bin/forumdesk")" = /opt/forumdesk/forumdesk ] ||
    fail "$deb: /usr/bin/forumdesk does not point to /opt/forumdesk/forumdesk"
fi

# The first window under Xvfb: it must paint within 20 s, then a screenshot once the
# demo forum has loaded.
window() { # window LABEL OPTIONS...
  local label=$1
  shift
  xvfb-run -a -s "-screen 0 1440x900x24" timeout 20 "$app" --database "$db" gui "$@" \
    >"$scratch/out" 2>&1 || fail "$label: no window within 20 s: $(tail -n 1 "$scratch/out")"
}
window "first paint" --quit-after-paint
contains "first paint" "first-paint "
png="$scratch/window.png"
window "screenshot" --screenshot "$png"
[ -s "$png" ] || fail "screenshot: no PNG written"
# Blank means one colour: a real window has text, so its PNG has many.
colours=$(.venv/bin/python -c '
import sys
from PySide6.QtGui import QImage
image = QImage(sys.argv[1])
print(0 if image.isNull() else len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}))
' "$png")
[ "$colours" -ge 16 ] || fail "screenshot: the window is blank ($colours colour(s))"
[ -z "${FORUMDESK_BUNDLE_SCREENSHOT:-}" ] || cp "$png" "$FORUMDESK_BUNDLE_SCREENSHOT"

# The Flatpak manifest names this tarball and parses (building it needs Flathub's
# runtime: packaging/README.md).
manifest=packaging/flatpak/org.forumdesk.ForumDesk.yml
grep -qF "path: ../../dist/$name.tar.gz" "$manifest" || fail "$manifest does not name dist/$name.tar.gz"
if command -v flatpak-builder >/dev/null; then
  # From the scratch folder: flatpak-builder leaves its .flatpak-builder/ where it runs.
  (cd "$scratch" && flatpak-builder --show-manifest "$OLDPWD/$manifest") >/dev/null 2>"$scratch/out" ||
    fail "$manifest does not parse: $(tail -n 1 "$scratch/out")"
fi

echo "bundle: $name starts, exports, speaks French, installs and paints ($((SECONDS - started)) s in all)"
