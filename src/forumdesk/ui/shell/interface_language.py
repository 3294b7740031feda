"""The interface's language: one of the six official languages of the United Nations.

Chosen in Preferences, or the system's when none is chosen. The same choice sets the
window's translations (Qt's own and ForumDesk's), the services' messages, the locale
that dates and numbers are written in, and the layout's direction: Arabic mirrors the
whole window. A C or POSIX system locale gives English with ISO dates.
"""

from __future__ import annotations

from typing import NamedTuple

# No `Qt` here before the first paint: building that namespace's enums costs ~20 ms,
# so the layout direction is asked with isRightToLeft() and set only when it changes.
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from forumdesk.paths import resources_dir
from forumdesk.services.common import messages

# Arabic, Chinese, English, French, Russian, Spanish: the UN's order.
LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
_LOCALES = {"ar": "ar", "zh": "zh_CN", "en": "en_GB", "fr": "fr_FR", "ru": "ru_RU", "es": "es_ES"}
#: Of the six, the one written right to left.
_RIGHT_TO_LEFT = frozenset({"ar"})


def native_name(code: str) -> str:
    """The language's name in itself: "العربية", "中文", "Français"."""
    from babel import Locale

    name = Locale.parse(_LOCALES.get(code, code)).get_language_name() or code
    return name[:1].upper() + name[1:]


def interface_locale(choice: str) -> QLocale:
    """The locale the interface writes in: the system's, unless another language is chosen
    (the system's country is kept when it speaks the chosen language: fr_CH stays fr_CH)."""
    system = QLocale()  # the system's, unless a test has set another default
    if choice not in _LOCALES:
        return system
    wanted = QLocale(_LOCALES[choice])
    return system if system.language() == wanted.language() else wanted


class Interface(NamedTuple):
    """What `install_interface` put in place, so that a test can take it away again."""

    language: str
    locale: QLocale
    translators: list[QTranslator]
    previous_locale: QLocale | None = None

    def remove(self) -> None:
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        if self.previous_locale is not None:
            QLocale.setDefault(self.previous_locale)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            _set_direction(app, right_to_left=False)
        messages.set_language(messages.SOURCE_LANGUAGE)


def _set_direction(app: QApplication, *, right_to_left: bool) -> None:
    if app.isRightToLeft() == right_to_left:
        return
    from PySide6.QtCore import Qt

    direction = Qt.LayoutDirection
    app.setLayoutDirection(direction.RightToLeft if right_to_left else direction.LeftToRight)


def install_interface(app: QApplication, choice: str = "", *, item_views: bool = True) -> Interface:
    """Put the interface in the chosen language ("" for the system's). Without
    `item_views`, the caller gives item views their bidi delegate itself, later
    (`bidi.watch_item_views`)."""
    locale = interface_locale(choice)
    previous_locale = QLocale()
    QLocale.setDefault(locale)
    folder = resources_dir() / "translations"
    language, translators = "en", []
    for name, directory in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("forumdesk", str(folder)),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", directory):
            app.installTranslator(translator)
            translators.append(translator)
            if name == "forumdesk":
                language = messages.base_language(translator.language())
    # The services' refusals in the same language (English when they have no catalogue).
    messages.set_language(language)
    if item_views:
        from forumdesk.ui.common.bidi import watch_item_views

        watch_item_views(app)
    _set_direction(app, right_to_left=language in _RIGHT_TO_LEFT)
    return Interface(language, locale, translators, previous_locale)
