"""The desktop bundle's name and its finishing touches, for packaging/forumdesk.spec.

PyInstaller leaves the one-folder build in dist/<name>/; `finish` adds what a user
needs to install it (the desktop entry, the icon, the AppStream metainfo, install.sh
and uninstall.sh) and packs the folder as dist/<name>.tar.gz; `debian_package` makes
dist/forumdesk_<version>_<arch>.deb from the same folder. Run as a script, it prints
the name, for packaging/ci_bundle.sh.
"""

from __future__ import annotations

import ast
import os
import platform
import shutil
import subprocess
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "org.forumdesk.ForumDesk"
# The desktop integration, copied as it is in packaging/ when the bundle is built.
DESKTOP_FILES = (f"{APP_ID}.desktop", f"{APP_ID}.svg", f"{APP_ID}.metainfo.xml")
SCRIPTS = ("install.sh", "uninstall.sh")
# Where the .deb puts the desktop files, under /usr/share.
SHARE_PATHS = {
    f"{APP_ID}.desktop": "applications",
    f"{APP_ID}.svg": "icons/hicolor/scalable/apps",
    f"{APP_ID}.metainfo.xml": "metainfo",
}
# What the bundle does not carry (glibc, the GL driver's libraries, libxcb, which the
# system's GL links) and the fonts the PDF exports embed (exports/document/fonts.py
# reads them from /usr/share/fonts). Wayland's client libraries and the CJK fallback
# font are only recommended: without them Qt uses X11, and badges print CJK names in
# their Latin form.
DEBIAN_DEPENDS = "libc6 (>= 2.36), libgl1, libegl1, libxcb1, fonts-dejavu-core"
DEBIAN_RECOMMENDS = "libwayland-cursor0, libwayland-egl1, fonts-droid-fallback"


def version(root: Path = ROOT) -> str:
    """`forumdesk.__version__`, read without importing the package (the spec's Python
    is the build venv's, which may hold another install of it)."""
    module = ast.parse((root / "src" / "forumdesk" / "__init__.py").read_text("utf-8"))
    for node in module.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__version__" for target in node.targets
        ):
            value = ast.literal_eval(node.value)
            if isinstance(value, str):
                return value
    raise SystemExit("assemble.py: no __version__ string in src/forumdesk/__init__.py")


def bundle_name(root: Path = ROOT) -> str:
    return f"ForumDesk-{version(root)}-{platform.machine()}"


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """(file, folder in the bundle) for what ForumDesk reads from files at run time:
    where src/forumdesk/paths.py and services/common/messages.py look inside a
    bundle, as in a wheel. Compiled translations only (not their .ts sources), and no
    __pycache__ left by a checkout's runs."""
    missing = [
        ts.name
        for ts in (root / "resources" / "translations").glob("*.ts")
        if not ts.with_suffix(".qm").is_file()
        or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if missing:
        raise SystemExit(f"assemble.py: compile first (make bundle does): {', '.join(missing)}")
    trees = {
        root / "db": "forumdesk/_db",
        root / "resources": "forumdesk/_resources",
        root / "src" / "forumdesk" / "locale": "forumdesk/locale",
    }
    files = []
    for tree, target in trees.items():
        for path in sorted(tree.rglob("*")):
            if path.is_dir() or "__pycache__" in path.parts or path.suffix == ".ts":
                continue
            files.append((str(path), str(Path(target) / path.parent.relative_to(tree))))
    return files


def finish(folder: Path, root: Path = ROOT) -> Path:
    """Add the desktop files and scripts to the built folder; return the tarball."""
    for name in DESKTOP_FILES:
        shutil.copy2(root / "packaging" / name, folder / name)
    for name in SCRIPTS:
        shutil.copy2(root / "packaging" / "bundle" / name, folder / name)
        (folder / name).chmod(0o755)
    tarball = folder.with_name(f"{folder.name}.tar.gz")
    with tarfile.open(tarball, "w:gz", compresslevel=6) as archive:
        archive.add(folder, arcname=folder.name)
    return tarball


def debian_package(folder: Path, root: Path = ROOT) -> Path | None:
    """dist/forumdesk_<version>_<arch>.deb: the folder in /opt/forumdesk, /usr/bin/forumdesk,
    the desktop files under /usr/share. None where dpkg-deb is missing (not Debian)."""
    if shutil.which("dpkg-deb") is None or shutil.which("dpkg") is None:
        print("assemble.py: no dpkg-deb here, so no .deb (the folder and tarball are made)")
        return None
    architecture = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    package = folder.with_name(f"forumdesk_{version(root)}_{architecture}.deb")
    staging = folder.with_name(f"{folder.name}.deb-tree")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        # Hard links: the staging tree costs no second copy of a few hundred MB. zstd
        # (dpkg 1.21.18, Debian 12, and Ubuntu 21.10 on) packs it much faster than xz.
        shutil.copytree(
            folder / "_internal", staging / "opt/forumdesk/_internal", copy_function=os.link
        )
        os.link(folder / "forumdesk", staging / "opt/forumdesk/forumdesk")
        (staging / "usr/bin").mkdir(parents=True)
        (staging / "usr/bin/forumdesk").symlink_to("/opt/forumdesk/forumdesk")
        for name, share in SHARE_PATHS.items():
            target = staging / "usr/share" / share / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(root / "packaging" / name, target)
        (staging / "DEBIAN").mkdir()
        (staging / "DEBIAN/control").write_text(_control(version(root), architecture, folder))
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zzstd", "--build", str(staging), str(package)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return package


def disk_usage(folder: Path) -> int:
    """Bytes allocated on disk for everything under `folder` (what `du` reports)."""
    return sum(path.lstat().st_blocks * 512 for path in folder.rglob("*"))


def _control(version: str, architecture: str, folder: Path) -> str:
    installed_kb = disk_usage(folder) // 1024
    return (
        "Package: forumdesk\n"
        f"Version: {version}\n"
        f"Architecture: {architecture}\n"
        "Maintainer: ForumDesk team <forumdesk@localhost>\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {DEBIAN_DEPENDS}\n"
        f"Recommends: {DEBIAN_RECOMMENDS}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Description: workbench for the secretariat of a consultative forum\n"
        " ForumDesk registers stakeholders, builds the programme, runs speakers lists\n"
        " and writes minutes. This package is the self-contained desktop build: it\n"
        " carries its own Python and Qt in /opt/forumdesk.\n"
    )


if __name__ == "__main__":
    print(bundle_name())
