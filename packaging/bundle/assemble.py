"""The desktop bundle's name and its finishing touches, for packaging/forumdesk.spec.

PyInstaller leaves the one-folder build in dist/<name>/; `finish` adds what a user
needs to install it (the desktop entry, the icon, the AppStream metainfo, install.sh
and uninstall.sh) and packs the folder as dist/<name>.tar.gz. Run as a script, it
prints the name, for the Makefile and packaging/ci_bundle.sh.
"""

from __future__ import annotations

import ast
import platform
import shutil
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "org.forumdesk.ForumDesk"
# The desktop integration, copied as it is in packaging/ when the bundle is built.
DESKTOP_FILES = (f"{APP_ID}.desktop", f"{APP_ID}.svg", f"{APP_ID}.metainfo.xml")
SCRIPTS = ("install.sh", "uninstall.sh")


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


if __name__ == "__main__":
    print(bundle_name())
