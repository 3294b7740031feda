"""Text in any script, for every PDF (documents, the programme, badges): which installed
font can show it, and Arabic made drawable, since reportlab sets glyphs one by one,
left to right.

Each piece of text goes to the first registered TrueType font that has every glyph
of it (DejaVu Sans for Latin, Cyrillic, Greek and Arabic; a CJK font when one is
installed); the caller falls back to a transliteration when none has. Windows and macOS
keep other fonts in other folders: `_places` names what each of them ships.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont


@dataclass(frozen=True)
class _Places:
    folders: tuple[Path, ...]
    regular: tuple[str, ...]  # relative to a folder, most preferred first
    bold: tuple[str, ...]
    oblique: tuple[str, ...]
    # Wider coverage (CJK above all); only TrueType outlines: reportlab cannot embed CFF
    # fonts such as Noto Sans CJK, which therefore fail to register and are skipped.
    extra: tuple[str, ...]


def _places() -> _Places:
    """Where this system's fonts are, and which of them to try."""
    if sys.platform == "win32":
        # Arial and Tahoma have Latin, Greek, Cyrillic and Arabic; Microsoft YaHei and
        # SimSun (TrueType collections) the Chinese characters.
        folders = [Path(os.environ.get("WINDIR") or r"C:\Windows") / "Fonts"]
        if os.environ.get("LOCALAPPDATA"):  # fonts installed for this user only
            folders.append(Path(os.environ["LOCALAPPDATA"], "Microsoft", "Windows", "Fonts"))
        return _Places(
            tuple(folders),
            ("arial.ttf",),
            ("arialbd.ttf",),
            ("ariali.ttf",),
            ("tahoma.ttf", "msyh.ttc", "simsun.ttc"),
        )
    if sys.platform == "darwin":
        # Arial Unicode has every UN script; Supplemental is its folder since macOS 10.15.
        system = Path("/System/Library/Fonts")
        folders = (system / "Supplemental", system, Path("/Library/Fonts"))
        return _Places(
            (*folders, Path.home() / "Library" / "Fonts"),
            ("Arial.ttf",),
            ("Arial Bold.ttf",),
            ("Arial Italic.ttf",),
            ("Arial Unicode.ttf", "STHeiti Light.ttc"),
        )
    return _Places(
        (Path("/usr/share/fonts"), Path("/usr/local/share/fonts")),
        ("truetype/dejavu/DejaVuSans.ttf", "truetype/noto/NotoSans-Regular.ttf"),
        ("truetype/dejavu/DejaVuSans-Bold.ttf", "truetype/noto/NotoSans-Bold.ttf"),
        ("truetype/dejavu/DejaVuSans-Oblique.ttf",),
        (
            "truetype/noto/NotoSansArabic-Regular.ttf",
            "truetype/droid/DroidSansFallbackFull.ttf",
            "truetype/wqy/wqy-microhei.ttc",
            "truetype/wqy/wqy-zenhei.ttc",
            "truetype/arphic/uming.ttc",
        ),
    )


_FC_PATTERNS = ("sans-serif:lang=zh-cn", "sans-serif:lang=ja", "sans-serif:lang=ko")


@dataclass(frozen=True)
class _Face:
    name: str  # as registered with reportlab
    covers: Callable[[str], bool]


def _ttf_face(name: str, path: Path) -> _Face | None:
    try:
        font = TTFont(name, str(path), subfontIndex=0)
    except Exception:  # CFF outlines, broken or unreadable files: not usable here
        return None
    pdfmetrics.registerFont(font)
    glyphs = font.face.charToGlyph
    return _Face(name, lambda text: all(ord(c) in glyphs for c in text if not c.isspace()))


def _helvetica_covers(text: str) -> bool:
    # The standard PDF fonts carry only the WinAnsi (cp1252) repertoire.
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def _found(relatives: Sequence[str]) -> list[Path]:
    folders = _places().folders
    return [d / r for r in relatives for d in folders if (d / r).is_file()]


def _fc_match(patterns: Sequence[str]) -> list[Path]:
    executable = shutil.which("fc-match")
    if executable is None:
        return []
    paths = []
    for pattern in patterns:
        done = subprocess.run(
            [executable, "-f", "%{file}", pattern],
            capture_output=True,
            check=False,
            timeout=10,
        )
        if done.returncode == 0 and done.stdout.strip():  # a file name: bytes, not text
            paths.append(Path(os.fsdecode(done.stdout.strip())))
    return paths


@functools.cache
def _faces(bold: bool) -> tuple[_Face, ...]:
    """The font chain, most preferred first; registered with reportlab once."""
    places = _places()
    candidates = _found(places.regular) + _found(places.extra) + _fc_match(_FC_PATTERNS)
    if bold:
        candidates = _found(places.bold) + candidates
    faces: list[_Face] = []
    seen: set[Path] = set()
    for path in candidates:
        if path in seen or path.suffix.lower() not in (".ttf", ".ttc"):
            continue
        seen.add(path)
        face = _ttf_face(face_name(path), path)
        if face is not None:
            faces.append(face)
    faces.append(_Face("Helvetica-Bold" if bold else "Helvetica", _helvetica_covers))
    return tuple(faces)


def face_name(path: Path) -> str:
    """The name a font file is registered under ("Arial Unicode.ttf": FD-Arial-Unicode)."""
    return "FD-" + path.stem.replace(" ", "-")


def oblique_font() -> Path | None:
    """The italic of the regular font, where this system has it."""
    return next(iter(_found(_places().oblique)), None)


def font_for(text: str, bold: bool = False) -> str | None:
    """The first registered font that has every glyph of `text`, or None."""
    return next((face.name for face in _faces(bold) if face.covers(text)), None)


# ---------------------------------------------------------------------------------------
# Arabic: reportlab does no shaping and no bidi, so Arabic letters would come out
# isolated and left to right. We map letters to their contextual presentation forms
# (Unicode's FE70–FEFC block, which DejaVu Sans has), then python-bidi orders the
# runs. Crude shaping (no marks, no kashida) but readable; the Latin form printed
# under a name, when the person gave one, helps whoever cannot read the script.


@functools.cache
def _arabic_forms() -> dict[tuple[str, ...], dict[str, str]]:
    forms: dict[tuple[str, ...], dict[str, str]] = {}
    for code in range(0xFE70, 0xFEFD):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) >= 2 and parts[0].startswith("<"):
            key = tuple(chr(int(p, 16)) for p in parts[1:])
            forms.setdefault(key, {})[parts[0].strip("<>")] = chr(code)
    return forms


def _is_rtl(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def _shape_arabic(text: str) -> str:
    forms = _arabic_forms()

    def dual(char: str) -> bool:  # joins the letter after it too
        return "initial" in forms.get((char,), {})

    out: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        joins_before = i > 0 and dual(text[i - 1]) and (text[i - 1],) in forms
        pair = (char, text[i + 1]) if i + 1 < len(text) else None
        if pair is not None and pair in forms:  # lam-alef ligature
            out.append(forms[pair].get("final" if joins_before else "isolated", char))
            i += 2
            continue
        variants = forms.get((char,))
        if variants is None:
            out.append(char)
        else:
            joins_after = dual(char) and i + 1 < len(text) and (text[i + 1],) in forms
            form = {
                (True, True): "medial",
                (True, False): "final",
                (False, True): "initial",
                (False, False): "isolated",
            }[(joins_before, joins_after)]
            out.append(variants.get(form) or variants.get("isolated", char))
        i += 1
    return "".join(out)


def visual(text: str) -> str:
    """Text as it must be drawn left to right: Arabic shaped, then laid out by the
    Unicode bidirectional algorithm (python-bidi: numbers and Latin words inside Arabic
    keep their order, brackets are mirrored)."""
    if not any(_is_rtl(c) for c in text):
        return text
    from bidi.algorithm import get_display

    return str(get_display(_shape_arabic(text)))


def upper(name: str) -> str:
    """Capitals as printed: Greek capitals drop their tonos (ΞΕΝΑΚΗΣ, not ΞΕΝΆΚΗΣ)."""
    decomposed = unicodedata.normalize("NFD", name.upper())
    kept = [
        c
        for i, c in enumerate(decomposed)
        if not (c == "\u0301" and i and unicodedata.name(decomposed[i - 1], "").startswith("GREEK"))
    ]
    return unicodedata.normalize("NFC", "".join(kept))


def is_latin(text: str) -> bool:
    return all(unicodedata.name(c, "").startswith("LATIN") for c in text if c.isalpha())
