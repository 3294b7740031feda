"""Closed vocabularies of the domain (docs/DESIGN.md §2).

Stored as short strings (no native enum, no CHECK) so that a later release can
add a value without rebuilding tables; Python validates on the way in.
"""

from __future__ import annotations

from enum import StrEnum


class SessionKind(StrEnum):
    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"


class SegmentKind(StrEnum):
    OPENING = "opening"
    PANEL = "panel"
    THEMATIC = "thematic"
    INTERACTIVE = "interactive"
    CLOSING = "closing"
    OTHER = "other"


class OrganisationCategory(StrEnum):
    MEMBER_STATE = "member_state"
    OBSERVER_STATE = "observer_state"
    INTERGOVERNMENTAL = "intergovernmental"
    UN_ENTITY = "un_entity"
    NGO_ECOSOC = "ngo_ecosoc"
    CIVIL_SOCIETY = "civil_society"
    TRADE_UNION = "trade_union"
    MIGRANT_ASSOCIATION = "migrant_association"
    PRIVATE_SECTOR = "private_sector"
    FINANCIAL_INSTITUTION = "financial_institution"
    RESEARCH = "research"
    YOUTH = "youth"


class EcosocStatus(StrEnum):
    GENERAL = "general"
    SPECIAL = "special"
    ROSTER = "roster"


class RegionalGroup(StrEnum):
    AFRICAN = "african"
    ASIA_PACIFIC = "asia_pacific"
    EASTERN_EUROPEAN = "eastern_european"
    LATIN_AMERICAN_CARIBBEAN = "latin_american_caribbean"
    WESTERN_EUROPEAN_OTHER = "western_european_other"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNDISCLOSED = "undisclosed"


class AccreditationStatus(StrEnum):
    REQUESTED = "requested"
    ACCREDITED = "accredited"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


class SegmentRoleKind(StrEnum):
    CHAIR = "chair"
    MODERATOR = "moderator"
    RAPPORTEUR = "rapporteur"
    PANELLIST = "panellist"
    ADDRESS = "address"
    FLOOR_SPEAKER = "floor_speaker"
    RESPONDENT = "respondent"


class InterventionStatus(StrEnum):
    LISTED = "listed"
    SPEAKING = "speaking"
    SPOKE = "spoke"
    WITHDRAWN = "withdrawn"


class SectionLevel(StrEnum):
    """Depth of a heading in a summary document: I, A, 1, then un-numbered."""

    SECTION = "section"
    SUBSECTION = "subsection"
    SUBSUBSECTION = "subsubsection"
    HEADING = "heading"
    ANNEX = "annex"


class MinutesState(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"


class PracticeType(StrEnum):
    """What a submitted practice is (issue 20)."""

    POLICY = "policy"
    PROGRAMME = "programme"
    PARTNERSHIP_OFFER = "partnership_offer"
    RESEARCH = "research"
    DATA_TOOL = "data_tool"


class ReviewState(StrEnum):
    """A practice's way from submission to the published compendium."""

    RECEIVED = "received"
    UNDER_REVIEW = "under_review"
    PUBLISHED = "published"
    DECLINED = "declined"


class WorldRegion(StrEnum):
    """The UN's geographic regions (M49), and "global" for work across several."""

    AFRICA = "africa"
    AMERICAS = "americas"
    ASIA = "asia"
    EUROPE = "europe"
    OCEANIA = "oceania"
    GLOBAL = "global"


class FollowUpStatus(StrEnum):
    """Where a recommendation stands at a later forum."""

    NOT_STARTED = "not_started"
    UNDER_WAY = "under_way"
    DONE = "done"
