"""Registry vocabulary: names in any script, emails, phones, countries, categories."""

from __future__ import annotations

import json
from datetime import date

import pycountry
import pytest

from forumdesk.paths import resources_dir
from forumdesk.services.registry.people import (
    FieldProblem,
    OrganisationInput,
    RegistryError,
    RepresentativeInput,
    alpha2,
    category_label,
    check_organisation,
    check_representative,
    country_code,
    country_name,
    latin,
    normalise_email,
    normalise_phone,
    parse_category,
    parse_gender,
    regional_group,
    sort_key,
)
from forumdesk.store.enums import EcosocStatus, Gender, OrganisationCategory, RegionalGroup


def test_latin_and_sort_keys_of_any_script() -> None:
    assert latin("Иванова") == "Ivanova"
    assert latin(None) == ""
    assert latin("  Jean   Pierre ") == "Jean Pierre"
    assert sort_key("Иванова", "Анна") == "ivanova anna"
    assert sort_key("王") == "wang"
    assert sort_key("Ñúñez", None, "", "Zoë") == "nunez zoe"


@pytest.mark.parametrize(
    "text",
    [
        "Fédération  de Genève ",
        "王小明",
        "Ñúñez\u00a0Zoë",
        "Ива\u3000нова  Анна",
        "a\u2009ß\tÆ",
        " é ",
    ],
)
def test_latin_word_by_word_is_the_whole_text_transliterated(text: str) -> None:
    from anyascii import anyascii

    assert latin(text) == " ".join(anyascii(text).split())
    arabic = sort_key("محمد")
    assert arabic and arabic.isascii() and arabic.isalpha()


def test_error_carries_field_and_reason() -> None:
    error = RegistryError("email", "bad")
    assert (error.field, error.reason, str(error)) == ("email", "bad", "email: bad")
    assert isinstance(error, ValueError)


def test_emails() -> None:
    assert normalise_email("  Amina@Example.ORG ") == "Amina@example.org"
    assert normalise_email("") is None
    assert normalise_email(None) is None
    for bad in ("amina", "amina@", "a b@example.org", "amina@@example.org"):
        with pytest.raises(RegistryError) as caught:
            normalise_email(bad)
        assert caught.value.field == "email"


def test_phones() -> None:
    assert normalise_phone("+41 22 917 12 34") == "+41229171234"
    assert normalise_phone("022 917 12 34", "CH") == "+41229171234"
    assert normalise_phone("(212) 963-1234", "USA") == "+12129631234"
    assert normalise_phone(" ") is None
    for raw, region in (("022 917 12 34", None), ("12", "FR"), ("not a phone", "FR")):
        with pytest.raises(RegistryError) as caught:
            normalise_phone(raw, region)
        assert caught.value.field == "phone"


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("FR", "FRA"),
        ("fra", "FRA"),
        ("250", "FRA"),
        ("France", "FRA"),
        ("Germany", "DEU"),
        ("Allemagne", "DEU"),
        ("Bolivia", "BOL"),
        ("Bolivie", "BOL"),
        ("Côte d'Ivoire", "CIV"),
        ("cote d ivoire", "CIV"),
        ("Royaume-Uni", "GBR"),
        ("United Kingdom", "GBR"),
        ("États-Unis", "USA"),
        ("Etats-Unis", "USA"),
        ("Russie", "RUS"),
        ("Chine", "CHN"),
        ("Congo", "COG"),
        ("Mexique", "MEX"),
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
    ],
)
def test_country_codes(raw: str, code: str) -> None:
    assert country_code(raw) == code


def test_unknown_or_ambiguous_countries() -> None:
    assert country_code("") is None
    assert country_code(None) is None
    for raw in ("Atlantis", "Korea", "Paris"):
        with pytest.raises(RegistryError) as caught:
            country_code(raw)
        assert str(caught.value) == f"country: unknown country {raw!r}"


def test_country_names() -> None:
    assert alpha2("CHE") == "CH"
    assert country_name("DEU") == "Germany"
    assert country_name("DEU", "fr") == "Allemagne"
    assert country_name("BOL") == "Bolivia"
    assert country_name("GBR", "fr") == "Royaume-Uni"


def test_regional_groups_data() -> None:
    groups: dict[str, list[str]] = json.loads(
        (resources_dir() / "data" / "un_regional_groups.json").read_text(encoding="utf-8")
    )
    assert set(groups) == {group.value for group in RegionalGroup}
    codes = [code for members in groups.values() for code in members]
    assert all(groups.values())
    assert len(codes) == len(set(codes)) == 193
    assert all(pycountry.countries.get(alpha_3=code) for code in codes)


@pytest.mark.parametrize(
    ("code", "group"),
    [
        ("USA", RegionalGroup.WESTERN_EUROPEAN_OTHER),
        ("ISR", RegionalGroup.WESTERN_EUROPEAN_OTHER),
        ("TUR", RegionalGroup.WESTERN_EUROPEAN_OTHER),
        ("KIR", RegionalGroup.ASIA_PACIFIC),
        ("EST", RegionalGroup.EASTERN_EUROPEAN),
        ("MEX", RegionalGroup.LATIN_AMERICAN_CARIBBEAN),
        ("SEN", RegionalGroup.AFRICAN),
        ("usa", RegionalGroup.WESTERN_EUROPEAN_OTHER),
    ],
)
def test_regional_group(code: str, group: RegionalGroup) -> None:
    assert regional_group(code) is group


def test_no_regional_group_outside_member_states() -> None:
    assert regional_group("VAT") is None  # the Holy See: observer State
    assert regional_group("PSE") is None
    assert regional_group(None) is None


@pytest.mark.parametrize(
    ("raw", "category"),
    [
        ("ONG", OrganisationCategory.CIVIL_SOCIETY),
        ("ngo", OrganisationCategory.CIVIL_SOCIETY),
        ("ONG (statut ECOSOC)", OrganisationCategory.NGO_ECOSOC),
        ("NGO – ECOSOC", OrganisationCategory.NGO_ECOSOC),
        ("Syndicat", OrganisationCategory.TRADE_UNION),
        ("Trade union", OrganisationCategory.TRADE_UNION),
        ("Etat membre", OrganisationCategory.MEMBER_STATE),
        ("ÉTAT MEMBRE", OrganisationCategory.MEMBER_STATE),
        ("Member State", OrganisationCategory.MEMBER_STATE),
        ("Gouvernement", OrganisationCategory.MEMBER_STATE),
        ("Observer State", OrganisationCategory.OBSERVER_STATE),
        ("Observateur", OrganisationCategory.OBSERVER_STATE),
        ("Secteur privé", OrganisationCategory.PRIVATE_SECTOR),
        ("Entreprise", OrganisationCategory.PRIVATE_SECTOR),
        ("Université", OrganisationCategory.RESEARCH),
        ("Academia", OrganisationCategory.RESEARCH),
        ("Jeunesse", OrganisationCategory.YOUTH),
        ("Diaspora", OrganisationCategory.MIGRANT_ASSOCIATION),
        ("Association de migrants", OrganisationCategory.MIGRANT_ASSOCIATION),
        ("OIG", OrganisationCategory.INTERGOVERNMENTAL),
        ("Organisation intergouvernementale", OrganisationCategory.INTERGOVERNMENTAL),
        ("Agence des Nations Unies", OrganisationCategory.UN_ENTITY),
        ("UN agency", OrganisationCategory.UN_ENTITY),
        ("Institution financière", OrganisationCategory.FINANCIAL_INSTITUTION),
        ("Bank", OrganisationCategory.FINANCIAL_INSTITUTION),
        ("migrant_association", OrganisationCategory.MIGRANT_ASSOCIATION),
    ],
)
def test_categories(raw: str, category: OrganisationCategory) -> None:
    assert parse_category(raw) is category


def test_category_labels_read_back() -> None:
    for category in OrganisationCategory:
        for language in ("en", "fr"):
            assert parse_category(category_label(category, language)) is category
    assert category_label(OrganisationCategory.TRADE_UNION, "fr") == "Syndicat"
    with pytest.raises(RegistryError, match=r"^category: "):
        parse_category("Fan club")


@pytest.mark.parametrize(
    ("raw", "gender"),
    [
        ("F", Gender.FEMALE),
        ("femme", Gender.FEMALE),
        ("Mme", Gender.FEMALE),
        ("Ms.", Gender.FEMALE),
        ("M.", Gender.MALE),
        ("Mr", Gender.MALE),
        ("homme", Gender.MALE),
        ("autre", Gender.OTHER),
        ("", Gender.UNDISCLOSED),
        (None, Gender.UNDISCLOSED),
    ],
)
def test_genders(raw: str | None, gender: Gender) -> None:
    assert parse_gender(raw) is gender


def test_unknown_gender_is_an_error() -> None:
    with pytest.raises(RegistryError, match=r"^gender: "):
        parse_gender("tuesday")


def test_check_organisation_lists_every_problem() -> None:
    good = OrganisationInput(
        "Migrants Rights International",
        OrganisationCategory.NGO_ECOSOC,
        country="Suisse",
        ecosoc_status=EcosocStatus.SPECIAL,
        ecosoc_year=2000,
        website="www.migrantwatch.org",
        email="info@example.org",
        phone="022 917 12 34",
    )
    assert check_organisation(good) == []
    bad = OrganisationInput(
        " ",
        OrganisationCategory.MEMBER_STATE,
        ecosoc_year=1900,
        website="not a site",
        email="nobody",
        phone="12",
    )
    fields = [problem.field for problem in check_organisation(bad)]
    assert fields == ["name", "country", "ecosoc_year", "website", "email", "phone"]
    late = OrganisationInput(
        "x" * 401,
        OrganisationCategory.CIVIL_SOCIETY,
        country="Atlantis",
        ecosoc_status=EcosocStatus.GENERAL,
        ecosoc_year=date.today().year + 1,
    )
    assert [p.field for p in check_organisation(late)] == ["name", "country", "ecosoc_year"]


def test_check_representative() -> None:
    assert check_representative(RepresentativeInput("", "Pelé")) == []
    problems = check_representative(
        RepresentativeInput("Ana", " ", email="x", phone="022 917 12 34", title="t" * 81)
    )
    assert [p.field for p in problems] == ["family_name", "title", "email", "phone"]
    assert (
        check_representative(RepresentativeInput("Ana", "Silva", phone="022 917 12 34"), "CH") == []
    )
    assert FieldProblem("family_name", "required") in problems
