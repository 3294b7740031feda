"""How the Practices page names a practice's type, region and review state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from forumdesk.store.enums import PracticeType, ReviewState, WorldRegion


def practice_type(value: PracticeType) -> str:
    return {
        PracticeType.POLICY: QCoreApplication.translate("PracticeLabels", "Policy"),
        PracticeType.PROGRAMME: QCoreApplication.translate("PracticeLabels", "Programme"),
        PracticeType.PARTNERSHIP_OFFER: QCoreApplication.translate(
            "PracticeLabels", "Partnership offer"
        ),
        PracticeType.RESEARCH: QCoreApplication.translate("PracticeLabels", "Research"),
        PracticeType.DATA_TOOL: QCoreApplication.translate("PracticeLabels", "Data tool"),
    }[PracticeType(value)]


def region(value: WorldRegion | None) -> str:
    if value is None:
        return ""
    return {
        WorldRegion.AFRICA: QCoreApplication.translate("PracticeLabels", "Africa"),
        WorldRegion.AMERICAS: QCoreApplication.translate("PracticeLabels", "Americas"),
        WorldRegion.ASIA: QCoreApplication.translate("PracticeLabels", "Asia"),
        WorldRegion.EUROPE: QCoreApplication.translate("PracticeLabels", "Europe"),
        WorldRegion.OCEANIA: QCoreApplication.translate("PracticeLabels", "Oceania"),
        WorldRegion.GLOBAL: QCoreApplication.translate("PracticeLabels", "Global"),
    }[WorldRegion(value)]


def state(value: ReviewState) -> str:
    return {
        ReviewState.RECEIVED: QCoreApplication.translate("PracticeLabels", "Received"),
        ReviewState.UNDER_REVIEW: QCoreApplication.translate("PracticeLabels", "Under review"),
        ReviewState.PUBLISHED: QCoreApplication.translate("PracticeLabels", "Published"),
        ReviewState.DECLINED: QCoreApplication.translate("PracticeLabels", "Declined"),
    }[ReviewState(value)]


def fictional_mark() -> str:
    return QCoreApplication.translate("PracticeLabels", "Fictional")
