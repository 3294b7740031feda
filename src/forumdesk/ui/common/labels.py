"""Display names for the domain's vocabularies, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from forumdesk.store.enums import (
    AccreditationStatus,
    Gender,
    OrganisationCategory,
    RegionalGroup,
    SegmentKind,
    SegmentRoleKind,
)


# Spelled out in full at every call: lupdate only recognises the literal form.
def segment_kind(kind: SegmentKind) -> str:
    return {
        SegmentKind.OPENING: QCoreApplication.translate("labels", "Opening"),
        SegmentKind.PANEL: QCoreApplication.translate("labels", "Panel"),
        SegmentKind.THEMATIC: QCoreApplication.translate("labels", "Thematic part"),
        SegmentKind.INTERACTIVE: QCoreApplication.translate("labels", "Interactive discussion"),
        SegmentKind.CLOSING: QCoreApplication.translate("labels", "Closing"),
        SegmentKind.OTHER: QCoreApplication.translate("labels", "Other"),
    }[kind]


def role_kind(role: SegmentRoleKind) -> str:
    return {
        SegmentRoleKind.CHAIR: QCoreApplication.translate("labels", "Chair"),
        SegmentRoleKind.MODERATOR: QCoreApplication.translate("labels", "Moderator"),
        SegmentRoleKind.RAPPORTEUR: QCoreApplication.translate("labels", "Rapporteur"),
        SegmentRoleKind.PANELLIST: QCoreApplication.translate("labels", "Panellist"),
        SegmentRoleKind.ADDRESS: QCoreApplication.translate("labels", "Address"),
        SegmentRoleKind.FLOOR_SPEAKER: QCoreApplication.translate(
            "labels", "Speaker from the floor"
        ),
        SegmentRoleKind.RESPONDENT: QCoreApplication.translate("labels", "Respondent"),
    }[role]


def organisation_category(category: OrganisationCategory) -> str:
    return {
        OrganisationCategory.MEMBER_STATE: QCoreApplication.translate("labels", "Member State"),
        OrganisationCategory.OBSERVER_STATE: QCoreApplication.translate("labels", "Observer State"),
        OrganisationCategory.INTERGOVERNMENTAL: QCoreApplication.translate(
            "labels", "Intergovernmental organisation"
        ),
        OrganisationCategory.UN_ENTITY: QCoreApplication.translate("labels", "UN entity or agency"),
        OrganisationCategory.NGO_ECOSOC: QCoreApplication.translate(
            "labels", "NGO in consultative status"
        ),
        OrganisationCategory.CIVIL_SOCIETY: QCoreApplication.translate(
            "labels", "Other civil society"
        ),
        OrganisationCategory.TRADE_UNION: QCoreApplication.translate("labels", "Trade union"),
        OrganisationCategory.MIGRANT_ASSOCIATION: QCoreApplication.translate(
            "labels", "Migrant association or diaspora"
        ),
        OrganisationCategory.PRIVATE_SECTOR: QCoreApplication.translate("labels", "Private sector"),
        OrganisationCategory.FINANCIAL_INSTITUTION: QCoreApplication.translate(
            "labels", "Financial institution"
        ),
        OrganisationCategory.RESEARCH: QCoreApplication.translate("labels", "Research or academia"),
        OrganisationCategory.YOUTH: QCoreApplication.translate("labels", "Youth organisation"),
    }[category]


def regional_group(group: RegionalGroup) -> str:
    return {
        RegionalGroup.AFRICAN: QCoreApplication.translate("labels", "African States"),
        RegionalGroup.ASIA_PACIFIC: QCoreApplication.translate("labels", "Asia-Pacific States"),
        RegionalGroup.EASTERN_EUROPEAN: QCoreApplication.translate(
            "labels", "Eastern European States"
        ),
        RegionalGroup.LATIN_AMERICAN_CARIBBEAN: QCoreApplication.translate(
            "labels", "Latin American and Caribbean States"
        ),
        RegionalGroup.WESTERN_EUROPEAN_OTHER: QCoreApplication.translate(
            "labels", "Western European and other States"
        ),
    }[group]


def gender(value: Gender) -> str:
    return {
        Gender.FEMALE: QCoreApplication.translate("labels", "Female"),
        Gender.MALE: QCoreApplication.translate("labels", "Male"),
        Gender.OTHER: QCoreApplication.translate("labels", "Other"),
        Gender.UNDISCLOSED: QCoreApplication.translate("labels", "Undisclosed"),
    }[value]


def accreditation(status: AccreditationStatus) -> str:
    return {
        AccreditationStatus.REQUESTED: QCoreApplication.translate("labels", "Requested"),
        AccreditationStatus.ACCREDITED: QCoreApplication.translate("labels", "Accredited"),
        AccreditationStatus.REFUSED: QCoreApplication.translate("labels", "Refused"),
        AccreditationStatus.WITHDRAWN: QCoreApplication.translate("labels", "Withdrawn"),
    }[status]


def registry_field(key: str) -> str:
    """A registry field's name, for the import's columns and the export's."""
    return {
        "family_name": QCoreApplication.translate("labels", "Family name"),
        "given_name": QCoreApplication.translate("labels", "Given name"),
        "full_name": QCoreApplication.translate("labels", "Full name (given and family)"),
        "title": QCoreApplication.translate("labels", "Title"),
        "gender": QCoreApplication.translate("labels", "Gender"),
        "function": QCoreApplication.translate("labels", "Function"),
        "languages": QCoreApplication.translate("labels", "Languages"),
        "email": QCoreApplication.translate("labels", "E-mail"),
        "phone": QCoreApplication.translate("labels", "Phone"),
        "organisation": QCoreApplication.translate("labels", "Organisation"),
        "acronym": QCoreApplication.translate("labels", "Acronym"),
        "category": QCoreApplication.translate("labels", "Category"),
        "country": QCoreApplication.translate("labels", "Country"),
        "website": QCoreApplication.translate("labels", "Website"),
        "status": QCoreApplication.translate("labels", "Accreditation"),
        "badge_number": QCoreApplication.translate("labels", "Badge number"),
        "notes": QCoreApplication.translate("labels", "Notes"),
        "ignore": QCoreApplication.translate("labels", "(not imported)"),
    }[key]
