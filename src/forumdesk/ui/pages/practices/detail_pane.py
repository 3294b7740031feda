"""The selected practice, every field of it: what it is, who submitted it, its themes,
where it was presented and which paragraphs it answers, and where its review stands."""

from __future__ import annotations

import html
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTextBrowser, QWidget

import forumdesk.ui.pages.practices.labels as labels
from forumdesk.ui.common.formatting import short_date, short_datetime

if TYPE_CHECKING:
    from forumdesk.services.practices.detail import PracticeDetail


def country_names(codes: tuple[str, ...]) -> str:
    """The countries by name in the user's language (a code unknown: as stored)."""
    from forumdesk.services.common.messages import language
    from forumdesk.services.registry.people import country_name

    names = []
    for code in codes:
        try:
            names.append(country_name(code, language()))
        except (KeyError, LookupError, ValueError):
            names.append(code)
    return ", ".join(names)


def paragraph_text(detail: PracticeDetail) -> list[str]:
    """One line per document: its name, then "¶ 23–25, 32"."""
    from forumdesk.services.documents.paragraph_refs import format_paragraph_refs

    by_document: dict[uuid.UUID, list[int]] = {}
    for ref in detail.view.values.paragraphs:
        by_document.setdefault(ref.document_id, []).append(ref.number)
    return [
        f"{detail.documents.get(document, '?')} ¶ {format_paragraph_refs(numbers)}"
        for document, numbers in by_document.items()
    ]


class PracticeFields(QObject):
    """The fields of a practice as the detail pane and the comparison show them."""

    def rows(self, detail: PracticeDetail) -> list[tuple[str, str]]:
        """(label, plain text) of every field, in the form's order."""
        view, data = detail.view, detail.view.values
        period = "–".join(str(y) for y in (data.period_from, data.period_to) if y)
        submitters = [detail.submitters.get(i, "?") for i in data.submitters]
        if submitters:
            submitters[0] = self.tr("{name} (lead)").format(name=submitters[0])
        contact = " ".join(filter(None, (data.contact_name, data.contact_email)))
        return [
            (self.tr("Type"), labels.practice_type(data.practice_type)),
            (self.tr("Summary"), data.summary),
            (self.tr("Region"), labels.region(data.region)),
            (self.tr("Countries"), country_names(data.countries)),
            (self.tr("Themes"), "; ".join(view.theme_labels)),
            (self.tr("Submitted by"), "; ".join(submitters)),
            (self.tr("Partners"), data.partners),
            (self.tr("Period"), period),
            (self.tr("Results"), data.results),
            (self.tr("Contact"), contact),
            (self.tr("Links"), "\n".join(data.links)),
            (self.tr("Presented at"), "\n".join(s.label for s in detail.segments)),
            (self.tr("Answers"), "\n".join(paragraph_text(detail))),
            (self.tr("Received on"), short_date(view.received_on)),
            (self.tr("Review state"), labels.state(view.state)),
            (self.tr("Reviewer"), view.reviewer or ""),
            (self.tr("Reason"), view.review_reason or ""),
            (self.tr("Reviewed at"), short_datetime(view.reviewed_at)),
        ]


class PracticeDetailPane(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practice_detail")
        self.setAccessibleName(self.tr("Selected practice"))
        self.setAccessibleDescription(self.tr("Every field of the practice chosen in the list"))
        self.setOpenExternalLinks(True)
        self.show_detail(None)

    def show_detail(self, detail: PracticeDetail | None) -> None:
        if detail is None:
            hint = self.tr("Choose a practice in the list.")
            self.setHtml(f"<p><i>{html.escape(hint)}</i></p>")
            return
        title = html.escape(detail.view.values.title)
        if detail.view.values.fictional:
            title += f" <span style='color:#8a5a00'>[{html.escape(labels.fictional_mark())}]</span>"
        rows = "".join(
            f"<tr><td style='padding-right:12px'><b>{html.escape(name)}</b></td>"
            f"<td>{html.escape(value).replace(chr(10), '<br>')}</td></tr>"
            for name, value in PracticeFields().rows(detail)
            if value
        )
        self.setHtml(f"<h3>{title}</h3><table>{rows}</table>")
