"""Display names for the domain's vocabularies, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from forumdesk.store.enums import OrganisationCategory, SegmentKind, SegmentRoleKind


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def segment_kind(kind: SegmentKind) -> str:
    return {
        SegmentKind.OPENING: _t("Opening"),
        SegmentKind.PANEL: _t("Panel"),
        SegmentKind.THEMATIC: _t("Thematic part"),
        SegmentKind.INTERACTIVE: _t("Interactive discussion"),
        SegmentKind.CLOSING: _t("Closing"),
        SegmentKind.OTHER: _t("Other"),
    }[kind]


def role_kind(role: SegmentRoleKind) -> str:
    return {
        SegmentRoleKind.CHAIR: _t("Chair"),
        SegmentRoleKind.MODERATOR: _t("Moderator"),
        SegmentRoleKind.RAPPORTEUR: _t("Rapporteur"),
        SegmentRoleKind.PANELLIST: _t("Panellist"),
        SegmentRoleKind.ADDRESS: _t("Address"),
        SegmentRoleKind.FLOOR_SPEAKER: _t("Speaker from the floor"),
        SegmentRoleKind.RESPONDENT: _t("Respondent"),
    }[role]


def organisation_category(category: OrganisationCategory) -> str:
    return {
        OrganisationCategory.MEMBER_STATE: _t("Member State"),
        OrganisationCategory.OBSERVER_STATE: _t("Observer State"),
        OrganisationCategory.INTERGOVERNMENTAL: _t("Intergovernmental organisation"),
        OrganisationCategory.UN_ENTITY: _t("UN entity or agency"),
        OrganisationCategory.NGO_ECOSOC: _t("NGO in consultative status"),
        OrganisationCategory.CIVIL_SOCIETY: _t("Other civil society"),
        OrganisationCategory.TRADE_UNION: _t("Trade union"),
        OrganisationCategory.MIGRANT_ASSOCIATION: _t("Migrant association or diaspora"),
        OrganisationCategory.PRIVATE_SECTOR: _t("Private sector"),
        OrganisationCategory.FINANCIAL_INSTITUTION: _t("Financial institution"),
        OrganisationCategory.RESEARCH: _t("Research or academia"),
        OrganisationCategory.YOUTH: _t("Youth organisation"),
    }[category]
