"""The interface's language: one of the six official languages of the United Nations.

Chosen in Preferences, or the system's when none is chosen. The same choice sets the
window's translations (Qt's own and ForumDesk's), the services' messages, the locale
that dates and numbers are written in, and the layout's direction: Arabic mirrors the
whole window. A C or POSIX system locale gives English with ISO dates.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from forumdesk.paths import resources_dir
from forumdesk.services.common import messages
from forumdesk.ui.common.bidi import BidiViews

# Arabic, Chinese, English, French, Russian, Spanish: the UN's order.
LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
_LOCALES = {"ar": "ar", "zh": "zh_CN", "en": "en_GB", "fr": "fr_FR", "ru": "ru_RU", "es": "es_ES"}


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


@dataclass
class Interface:
    """What `install_interface` put in place, so that a test can take it away again."""

    language: str
    locale: QLocale
    translators: list[QTranslator] = field(default_factory=list)
    previous_locale: QLocale | None = None

    def remove(self) -> None:
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        if self.previous_locale is not None:
            QLocale.setDefault(self.previous_locale)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        messages.set_language(messages.SOURCE_LANGUAGE)


def install_interface(app: QApplication, choice: str = "") -> Interface:
    """Put the interface in the chosen language ("" for the system's)."""
    locale = interface_locale(choice)
    interface = Interface(language="en", locale=locale, previous_locale=QLocale())
    QLocale.setDefault(locale)
    folder = resources_dir() / "translations"
    for name, directory in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("forumdesk", str(folder)),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", directory):
            app.installTranslator(translator)
            interface.translators.append(translator)
            if name == "forumdesk":
                interface.language = messages.base_language(translator.language())
    # The services' refusals in the same language (English when they have no catalogue).
    messages.set_language(interface.language)
    if app.findChild(BidiViews) is None:
        app.installEventFilter(BidiViews(app))
    right_to_left = QLocale(_LOCALES.get(interface.language, "en")).textDirection()
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft
        if right_to_left == Qt.LayoutDirection.RightToLeft
        else Qt.LayoutDirection.LeftToRight
    )
    return interface
