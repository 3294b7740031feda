"""The document's outline: its headings as a tree, each with its paragraphs' span."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

if TYPE_CHECKING:
    from forumdesk.services.documents.documents import DocumentView

SECTION_ROLE = Qt.ItemDataRole.UserRole + 1


def outline_tree(parent: QWidget) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setObjectName("document_outline")
    translate = QCoreApplication.translate
    tree.setAccessibleName(translate("DocumentsPage", "Document outline"))
    tree.setAccessibleDescription(translate("DocumentsPage", "Enter shows a section's paragraphs."))
    tree.setHeaderLabels([translate("DocumentsPage", "Section"), translate("DocumentsPage", "¶")])
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    return tree


def fill_outline(tree: QTreeWidget, view: DocumentView, annex: str) -> None:
    """The headings of `view`, each titled in full on hover (a narrow pane cuts them)."""
    items: dict[uuid.UUID, QTreeWidgetItem] = {}
    for node in view.outline:
        label = f"{node.label}. {node.title}" if node.label else node.title
        span = ""
        if node.first_paragraph is not None:
            span = (
                str(node.first_paragraph)
                if node.first_paragraph == node.last_paragraph
                else f"{node.first_paragraph}–{node.last_paragraph}"
            )
        item = QTreeWidgetItem([label, span])
        item.setToolTip(0, label)
        item.setData(0, SECTION_ROLE, node.id)
        parent = items.get(node.parent_id) if node.parent_id else None
        if parent is None:
            tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        items[node.id] = item
    if view.annex_title:
        item = QTreeWidgetItem([annex])
        item.setToolTip(0, view.annex_title)
        tree.addTopLevelItem(item)
    tree.expandToDepth(0)
