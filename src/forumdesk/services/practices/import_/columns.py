"""What the columns of a practices file can hold, and the words offices use for them.

The mapping step is the registry's (`registry.import_.columns`): headers are folded
and matched against these words (English, French, Spanish), and a confirmed mapping
is remembered for the next file with the same headers, under its own kind.
"""

from __future__ import annotations

from forumdesk.services.common.messages import _
from forumdesk.services.registry.import_.columns import IGNORE, Vocabulary, fold, header_words
from forumdesk.store.enums import PracticeType, WorldRegion

FIELDS = (
    "title",
    "summary",
    "type",
    "region",
    "countries",
    "themes",
    "submitters",
    "partners",
    "period_from",
    "period_to",
    "results",
    "contact_name",
    "contact_email",
    "links",
    "paragraphs",
    IGNORE,
)

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "title": ("title", "titre", "titulo", "practice", "pratique", "name of the practice", "nom"),
    "summary": ("summary", "resume", "description", "abstract", "resumen", "descripcion"),
    "type": ("type", "type of practice", "type de pratique", "kind", "tipo", "category"),
    "region": ("region", "world region", "region du monde", "continent"),
    "countries": ("countries", "country", "pays", "paises", "pais", "country codes"),
    "themes": ("themes", "theme", "topics", "topic", "temas", "tema", "thematiques"),
    "submitters": (
        "submitters",
        "submitter",
        "submitted by",
        "organisation",
        "organization",
        "organisations",
        "organizations",
        "soumis par",
        "organisme",
        "presentado por",
        "organizacion",
    ),
    "partners": ("partners", "partenaires", "socios", "asociados", "partner"),
    "period_from": ("from", "start", "start year", "debut", "annee de debut", "desde", "inicio"),
    "period_to": ("to", "end", "end year", "fin", "annee de fin", "hasta"),
    "results": ("results", "resultats", "outcomes", "impact", "resultados"),
    "contact_name": ("contact", "contact name", "nom du contact", "contacto", "focal point"),
    "contact_email": (
        "email",
        "e mail",
        "contact email",
        "courriel",
        "correo",
        "correo electronico",
        "mail",
    ),
    "links": ("links", "link", "liens", "lien", "url", "website", "site web", "enlaces", "web"),
    "paragraphs": ("paragraphs", "paragraph", "paragraphes", "paragraphe", "parrafos", "para"),
}

PRACTICES = Vocabulary("practices", FIELDS, header_words(_SYNONYMS))

#: The fields a file must map: a practice has a title and a type.
REQUIRED = ("title", "type")

_TYPE_WORDS: dict[str, PracticeType] = {
    **{fold(t.value): t for t in PracticeType},
    "policy": PracticeType.POLICY,
    "politique": PracticeType.POLICY,
    "politica": PracticeType.POLICY,
    "programme": PracticeType.PROGRAMME,
    "program": PracticeType.PROGRAMME,
    "programa": PracticeType.PROGRAMME,
    "project": PracticeType.PROGRAMME,
    "projet": PracticeType.PROGRAMME,
    "partnership": PracticeType.PARTNERSHIP_OFFER,
    "partnership offer": PracticeType.PARTNERSHIP_OFFER,
    "offre de partenariat": PracticeType.PARTNERSHIP_OFFER,
    "partenariat": PracticeType.PARTNERSHIP_OFFER,
    "oferta de asociacion": PracticeType.PARTNERSHIP_OFFER,
    "research": PracticeType.RESEARCH,
    "recherche": PracticeType.RESEARCH,
    "study": PracticeType.RESEARCH,
    "etude": PracticeType.RESEARCH,
    "investigacion": PracticeType.RESEARCH,
    "data tool": PracticeType.DATA_TOOL,
    "data": PracticeType.DATA_TOOL,
    "outil de donnees": PracticeType.DATA_TOOL,
    "herramienta de datos": PracticeType.DATA_TOOL,
}

_REGION_WORDS: dict[str, WorldRegion] = {
    **{fold(r.value): r for r in WorldRegion},
    "afrique": WorldRegion.AFRICA,
    "africa": WorldRegion.AFRICA,
    "america": WorldRegion.AMERICAS,
    "americas": WorldRegion.AMERICAS,
    "ameriques": WorldRegion.AMERICAS,
    "americas y el caribe": WorldRegion.AMERICAS,
    "asie": WorldRegion.ASIA,
    "europa": WorldRegion.EUROPE,
    "oceanie": WorldRegion.OCEANIA,
    "oceania": WorldRegion.OCEANIA,
    "mondial": WorldRegion.GLOBAL,
    "world": WorldRegion.GLOBAL,
    "worldwide": WorldRegion.GLOBAL,
    "monde": WorldRegion.GLOBAL,
    "mundial": WorldRegion.GLOBAL,
}


class ValueProblem(ValueError):
    """A cell whose words are not one of the field's values; str() says which are."""


def practice_type(text: str) -> PracticeType:
    found = _TYPE_WORDS.get(fold(text))
    if found is None:
        raise ValueProblem(
            _("{text!r} is not a type of practice; one of {known}").format(
                text=text, known=", ".join(PracticeType)
            )
        )
    return found


def world_region(text: str) -> WorldRegion:
    found = _REGION_WORDS.get(fold(text))
    if found is None:
        raise ValueProblem(
            _("{text!r} is not a region; one of {known}").format(
                text=text, known=", ".join(WorldRegion)
            )
        )
    return found
