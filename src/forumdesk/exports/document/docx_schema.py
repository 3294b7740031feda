"""The order the WordprocessingML schema gives a paragraph's properties (w:pPr): Word
refuses a file whose children break it, so a property added to a w:pPr that already
holds others goes to its own place. A leaf: the DOCX modules import it."""

from __future__ import annotations

from typing import Any

P_PR_ORDER = [
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
]


def insert_in_order(p_pr: Any, element: Any) -> None:
    """Put `element` (a w:pPr child) into `p_pr` before the first child the schema puts
    after it, or at the end."""
    name = str(element.tag).rsplit("}")[-1]
    after = set(P_PR_ORDER[P_PR_ORDER.index(name) + 1 :])
    later = next((c for c in p_pr if str(c.tag).rsplit("}")[-1] in after), None)
    if later is not None:
        later.addprevious(element)
    else:
        p_pr.append(element)
