"""Place-name normalisation shared by the gazetteer index builder and its lookups.

Two keys are derived from every name:

* ``fold``: transliterated to ASCII, lower-cased, apostrophes dropped and punctuation turned
  into single spaces. ``Старі Терни``, ``STARI TERNY`` and ``Stari-Terny`` all fold to
  ``stari terni``/``stari terny``.
* ``loose``: the folded key with the spelling differences between Russian and Ukrainian
  romanisations removed (``kh``/``h``, ``y``/``i``/``j``, doubled consonants, final vowels,
  a Russian ``-ayev`` for a Ukrainian ``-aiv``), so that ``Kurakhovo``/``Kurakhove``,
  ``Trudovoye``/``Trudove``, ``Krasnopilia``/``Krasnopillia``, ``Mikolayev``/``Mykolaiv``
  and ``Starye Terny``/``Stari Terny`` share a key. It is only consulted when the folded key
  finds nothing.
"""

from __future__ import annotations

import re

from unidecode import unidecode

_APOSTROPHES = re.compile(r"['’ʼ‘`´]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_FINAL_VOWELS = re.compile(r"[aeiouy]+$")
_DOUBLED = re.compile(r"([b-df-hj-np-tv-z])\1")
_IEV_END = re.compile(r"(?<=[aeiou])iev$")


def fold(name: str) -> str:
    """Return the case-, diacritic-, script- and punctuation-insensitive key of ``name``."""
    ascii_name = unidecode(_APOSTROPHES.sub("", name)).lower()
    ascii_name = _APOSTROPHES.sub("", ascii_name)
    return _NON_ALNUM.sub(" ", ascii_name).strip()


def _loose_word(word: str, ending: bool = False) -> str:
    word = word.replace("kh", "h").replace("zh", "z").replace("j", "y").replace("ii", "i")
    word = word.replace("yi", "i").replace("iy", "i").replace("y", "i")
    word = _DOUBLED.sub(r"\1", word)  # "Krasnopilia" for Krasnopillia
    # A Russian "-ayev" ending for the Ukrainian "-aiv" ("Mikolayev" for Mykolaiv)
    word = _IEV_END.sub("iv", word)
    if ending:
        return word
    stem = _FINAL_VOWELS.sub("", word.replace("i", "y")).replace("y", "i")
    # Keep short words intact: stripping "Ufa" to "uf" would match too much.
    return stem if len(stem) >= 3 else word


def loose(name: str) -> str:
    """Return the romanisation-insensitive key of ``name`` (see the module docstring)."""
    return " ".join(_loose_word(word) for word in fold(name).split())


def close(name: str) -> str:
    """Return the loose key of ``name`` with each word's final vowels kept, so that names
    that differ in their endings stay apart: ``Nesteryanka`` and ``Nesterianka`` share it,
    the surname ``Kovalenko`` and the village ``Kovalenky`` do not."""
    return " ".join(_loose_word(word, ending=True) for word in fold(name).split())
