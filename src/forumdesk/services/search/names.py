"""Names as search reads them, in any script: the index's words and the typed query's.

One normalisation for the search index, the Registry's type-ahead and the command
line, applied to the name and to what is typed alike:

- case and compatibility forms folded (NFKD, casefold: "ς" is "σ", "ﻻ" is "لا");
- accents off Latin, Greek and Cyrillic letters, harakat and Quranic marks off
  Arabic, niqqud off Hebrew; other scripts' marks (Indic vowel signs, kana voicing)
  are letters and stay;
- Arabic: no tatweel; ٱ أ إ آ are ا, ؤ is و, ئ is ي (their hamza is a mark), ة is ه,
  ى is ي, Persian ی and ک are ي and ك;
- the article ال is optional: "العلوي" is indexed as itself and as "علوي", and a
  typed "العلوي" also finds a name stored without it. Only the bare article: in
  names, و ب ل before it are part of the name ("والي"), not the clitics of a sentence;
- Chinese, Japanese and Korean characters are words of their own, so that any run
  of them ("小明" in "王小明") is found as a phrase: a substring.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from forumdesk.services.search.terms import SearchQuery, Term

ARTICLE = "ال"
# Marks that only colour a letter: combining diacritics (Latin, Greek, Cyrillic),
# Cyrillic titlos, Hebrew points, Arabic harakat, small letters and Quranic signs.
_MARKS = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    "\u06d6-\u06ed\u08d3-\u08ff\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)
_ARABIC = str.maketrans(
    {"\u0640": None, "ٱ": "ا", "ة": "ه", "ى": "ي", "ی": "ي", "ک": "ك", "ۀ": "ه", "ە": "ه"}
)
# Han (with its extensions), kana, Hangul: each character a word.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003ffff"
_WORD = re.compile(f"[{_CJK}]|[^\\W_{_CJK}]+")


def normalise(text: str) -> str:
    """`text` folded as above, before it is cut into words (the article kept)."""
    decomposed = _MARKS.sub("", unicodedata.normalize("NFKD", text))
    return unicodedata.normalize("NFC", decomposed).casefold().translate(_ARABIC)


def _words(text: str) -> list[str]:
    return _WORD.findall(normalise(text))


@lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[str, ...]:
    """`name`'s index words (each Arabic one also without its article): names repeat
    (a family name in thousands of rows), and folding them took an import's time."""
    out: list[str] = []
    for word in _words(name):
        out.append(word)
        bare = without_article(word)
        if bare:
            out.append(bare)
    return tuple(out)


def without_article(word: str) -> str | None:
    """The Arabic word without its article; None when it has none (or is only "ال…" short)."""
    return word[2:] if word.startswith(ARTICLE) and len(word) > 3 else None


def name_tokens(*names: str | None) -> str:
    """The index's words for these names, separated by spaces (the `folded` column)."""
    return " ".join(word for name in names if name for word in _name_words(name))


def written_family_first(name: str | None) -> bool:
    """Whether a name in this script is written family name first (Chinese, Japanese,
    Korean): 王小明, and in Latin letters WANG Xiaoming."""
    return bool(name) and re.match(f"[{_CJK}]", name or "") is not None


def _is_cjk(word: str) -> bool:
    return len(word) == 1 and re.match(f"[{_CJK}]", word) is not None


def name_query(typed: str, *, prefix_last: bool = False) -> SearchQuery:
    """What was typed as a query over names: every word must match, in any order.

    A run of CJK characters is one phrase; `prefix_last` (type-ahead) makes the last
    word a prefix unless the text ends with a space.
    """
    words = _words(typed)
    groups: list[tuple[Term, ...]] = []
    run: list[str] = []
    for word in words:
        if _is_cjk(word):
            run.append(word)
            continue
        if run:
            groups.append((Term(tuple(run)),))
            run = []
        groups.append(_word_terms(word))
    if run:
        groups.append((Term(tuple(run)),))
    if prefix_last and groups and not typed[-1:].isspace() and not _is_cjk(words[-1]):
        groups[-1] = tuple(Term(term.tokens, prefix=True) for term in groups[-1])
    return SearchQuery(tuple(groups))


def _word_terms(word: str) -> tuple[Term, ...]:
    bare = without_article(word)
    return (Term((word,)), Term((bare,))) if bare else (Term((word,)),)
