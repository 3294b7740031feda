"""A Word document's language, set once in its style defaults for both writers (a UN
document and the programme): the proofing language of its Latin, East Asian and
complex-script text, and, for a right-to-left language, paragraphs that run right to
left, so that an Arabic document starts at the right margin and Word orders its mixed
runs ("Réseau الجمعية 2006") by the Unicode bidi algorithm from the right."""

from __future__ import annotations

from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from forumdesk.exports.document.docx_schema import insert_in_order

TAGS = {
    "fr": "fr-FR",
    "en": "en-GB",
    "es": "es-ES",
    "ru": "ru-RU",
    "ar": "ar-SA",
    "zh": "zh-CN",
}
RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur"})


def language_tag(language: str) -> str:
    base = (language or "en").split("-")[0].split("_")[0].lower()
    return TAGS.get(base, language or "en-GB")


def set_document_language(document: Any, language: str) -> str:
    """Set the defaults of `document` (python-docx) for `language`; returns its tag."""
    tag = language_tag(language)
    base = tag.split("-")[0]
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        return tag
    run = _child(_child(defaults, "w:rPrDefault"), "w:rPr")
    lang = _child(run, "w:lang")
    lang.set(qn("w:val"), tag)
    if base == "zh":
        lang.set(qn("w:eastAsia"), tag)
    if base in RIGHT_TO_LEFT:
        lang.set(qn("w:bidi"), tag)
        paragraph = _child(_child(defaults, "w:pPrDefault"), "w:pPr")
        if paragraph.find(qn("w:bidi")) is None:
            insert_in_order(paragraph, OxmlElement("w:bidi"))
    return tag


def _child(parent: Any, tag: str) -> Any:
    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        parent.append(found)
    return found
