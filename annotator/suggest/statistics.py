"""Does a sentence state a quantity a fact-checker could verify? French number forms.

A *statistic* is a count ("32 États membres", "deux en Amérique du Nord"), a
percentage ("30 %", "trente pour cent"), an amount of money ("2,5 milliards de
dollars", "200 M€"), a measured size or duration ("120 km", "pendant dix
heures"), a proportion ("la moitié des", "deux tiers"), a match score ("3-1"), a
count of occurrences ("la troisième fois") or a rank given by a number ("3e place", "la
première place du classement").

Not one: a day or a year that only places the sentence in time ("le 24
février", "en 2022", "depuis 2019", "il y a trois ans", "2026-03-04"), a
time of day ("à 10 heures", "15h30"), a number inside a name ("GPT-4", "F-35",
"A320", "5G"), a version ("3.5" after a name, "version 4"), and "un"/"une"
alone, which are articles far more often than counts.

Numbers are read in their French forms: thousands grouped by a space, a
no-break or a narrow no-break space ("1 500"), a decimal comma ("3,5"), a
scale word ("2,5 milliards"), a percent sign or "pour cent", a currency word
or sign before or after, and numbers written as words ("trente-deux",
"quatre-vingts", "une dizaine de").

When a sentence holds several quantities, the proposed fields are those of the
strongest kind (money, then percentage, measure, rank, count), the first of it
in the sentence: the figure a checker would look up first.

Every pattern is a plain alternation without nested repetition, matched once
over the sentence, so the time is linear in its length; a run of digits
longer than :data:`MAX_DIGITS` is no number anyone checks and is skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import APOSTROPHES, alternation, fold, too_long

MAX_DIGITS = 15

_SPACE = " \u00a0\u202f"
_AP = APOSTROPHES
_DIGITS = rf"(?:\d{{1,3}}(?:[{_SPACE}]\d{{3}}(?!\d))+|\d+)(?:,\d+|\.\d+)?"
_UNITS_WORDS = (
    "deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
    "vingt vingts trente quarante cinquante soixante cent cents mille"
)
_WORD_NUMBER = rf"(?:(?:{'|'.join(_UNITS_WORDS.split())})(?:-(?:et-)?(?:un|une|{'|'.join(_UNITS_WORDS.split())}))*)"
_APPROX = r"(?:dizaines?|douzaines?|quinzaines?|vingtaines?|trentaines?|quarantaines?|cinquantaines?|centaines?|milliers?)"
_SCALE = r"(?:mille|millions?|milliards?|billions?|Mds?|Md€|M€|M\$|k€)"

_DIGIT_RUN = re.compile(r"\d+")
_DIGIT_NUMBER = re.compile(
    rf"(?P<score>\d{{1,2}}-\d{{1,2}})(?![\w\-])"
    rf"|(?P<digits>{_DIGITS})(?![\w/\-]|[.,]\d)"
    rf"|(?P<ordinal>\d{{1,3}}(?:e|er|re|ère|ème|eme|ᵉ))(?!\w)"
)
_WORD_NUMBER_RE = re.compile(
    rf"(?<![\w\-])(?P<words>(?:[Uu]ne?\s+(?={_APPROX}|millions?|milliards?|millier)|(?i:{_WORD_NUMBER})\s+(?={_APPROX})|)"
    rf"(?i:{_WORD_NUMBER}|{_APPROX}|millions?|milliards?))(?![\w\-])"
    rf"|(?<![\w])(?P<ordinal>(?i:premi[eè]re?|deuxi[eè]me|second[e]?|troisi[eè]me|quatri[eè]me|cinqui[eè]me|dixi[eè]me))(?!\w)"
    rf"|(?P<fraction>(?i:la\s+moiti[eé]|(?:un|deux)\s+tiers|(?:un|trois)\s+quarts?)\s+(?:des?|du|d[{_AP}])"
    rf"|(?i:de\s+moiti[eé]|une?\s+seule?)(?!\w))"
)
#: Words without which a sentence has no number written in words: most sentences
#: have none, and this one alternation (a trie) is much faster to search than the full pattern.
TRIGGERS = frozenset(_UNITS_WORDS.split() + (
    "dizaine douzaine quinzaine vingtaine trentaine quarantaine cinquantaine centaine millier million milliard "
    "premier premiers première premières premiere premieres deuxième deuxieme second seconde troisième troisieme "
    "quatrième quatrieme cinquième cinquieme dixième dixieme moitié moitie tiers quart seul seule").split()
    + "dizaines douzaines quinzaines vingtaines trentaines quarantaines cinquantaines centaines milliers millions "
      "milliards quarts".split())
TRIGGER = re.compile(
    rf"(?<!\w)(?:{alternation(sorted(TRIGGERS | {w.capitalize() for w in TRIGGERS}))})(?!\w)")
_LEAD = re.compile(r"(?<!\w)(?:[Uu]ne?|[Ll]a|[Dd]eux|[Tt]rois|[Dd]e)\s+$")

_MONTHS = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
)
_AFTER = re.compile(
    rf"[{_SPACE}]*(?P<scale>{_SCALE}(?!\w))?[{_SPACE}]*(?P<rest>[^\n]{{0,80}})", re.S
)
_PERCENT = re.compile(r"(?:%|pour[ -]?cent\b|points?\s+de\s+pourcentage\b)", re.I)
_CURRENCY = r"(?:euros?|dollars?|francs?|livres?(?:\s+sterling)?|yuans?|yens?|roubles?|€|\$|£|USD|EUR)"
_MONEY = re.compile(rf"(?:de\s+|d[{_AP}]\s*)?(?P<unit>{_CURRENCY})(?![\w])", re.I)
_MEASURE_UNITS = (
    r"km/h|km²|km2|m²|m2|m³|kilomètres?|kilometres?|mètres?|metres?|centimètres?|millimètres?|km|cm|mm|m"
    r"|kilos?|kilogrammes?|grammes?|kg|g|tonnes?|t|litres?|l|hectares?|ha|barils?"
    r"|[kMGT]W[h]?|[kMGT]o|Go|To|Mo|watts?|octets?|degrés?|°C|°|bits?"
    r"|heures?|h|minutes?|min|secondes?|s|jours?|semaines?|mois|ans|années?|siècles?|décennies?"
    r"|fois|points?|voix|sièges?|étoiles?"
)
_MEASURE = re.compile(rf"(?:de\s+|d[{_AP}]\s*)?(?P<unit>{_MEASURE_UNITS})(?![\w])")
_TIMES = re.compile(r"fois\b", re.I)
_RANK_AFTER = re.compile(r"(?:place|rang|position|marche)\b", re.I)
_TIME_UNITS = re.compile(r"(?:heures?|h|minutes?|min|jours?|semaines?|mois|ans|années?)(?!\w)")
_DATE_AFTER = re.compile(rf"(?:er\s+)?(?:(?:et|au|à|-)\s*\d{{1,2}}(?:er)?\s+)?(?:{_MONTHS})\b", re.I)
_TIME_OF_DAY = re.compile(r"heures?\b", re.I)
_CLOCK = re.compile(r"h\s*\d")
_CLOCK_BEFORE = re.compile(r"\d\s*h\s*$")
_AGO_BEFORE = re.compile(r"(?:il\s+y\s+a|voilà|voici|dans|d[’']ici|les|ces|des)\s*$", re.I)
_LAST_AFTER = re.compile(r"\s*(?:et\s+demie?\s+)?(?:derni[eè]re?s|prochaine?s|plus\s+(?:tôt|tard)|auparavant|après|avant)", re.I)
_LAST_TIME = re.compile(
    r"(?:derni[eè]re?s|prochaine?s|premi[eè]re?s)\s+(?:heures?|minutes?|jours?|semaines?|mois|ans|années?)\b", re.I)
_AT_BEFORE = re.compile(r"(?:\bà|vers|dès|jusqu[’']à)\s*$", re.I)
_NOUN = re.compile(
    rf"(?:de\s+|d[{_AP}]\s*)?((?:[^\W\d_][\w\-]*)"
    rf"(?:\s+(?!(?:de|du|des|en|à|au|aux|et|ou|qui|que|dont|sur|pour|par|dans)\b)[^\W\d_][\w\-]*){{0,1}})")
_NOT_UNIT = frozenset(
    "de du des en à au aux et ou qui que dont sur pour par dans le la les un une ce cette ces son sa ses leur leurs "
    "il elle ils elles on a est sont ont était étaient se s d l qu n".split())

_CURRENCY_BEFORE = re.compile(rf"(?:{_CURRENCY})\s*$")
#: Capitalised words a number may follow without being part of a name ("Les 27 pays").
_NOT_NAME = frozenset(
    "Le La Les L Des De Du En Plus Moins Environ Près Quelque Au Aux Sur Dans Avec Pour Par Et Ou Dont Depuis "
    "Selon Entre Contre Après Avant Sous Ces Ses Leurs Nos Vos Mes Ce Cette Un Une Seuls Seules Quelques "
    "Presque Jusqu Dès Soit Sept Deux Trois Mais Or Donc Car".split())
_GROUPING = re.compile(rf"[{_SPACE}]")
_YEAR = re.compile(r"1\d{3}|20\d{2}|21\d{2}")
_BACK_REFERENCE = re.compile(r"(?:^|\s)(?:les|ces|aux|des|leurs|ses|nos|vos)\s+$", re.I)
_NUMBERED = frozenset(
    "version n° numéro no. article chapitre page p. alinéa paragraphe tome saison épisode acte titre livre rue "
    "avenue boulevard route bâtiment salle niveau étape phase vol ligne porte catégorie classe groupe division "
    "zone secteur quai terminal".split())

#: The kinds, strongest first: the order in which a sentence's quantities are preferred.
KINDS = ("money", "percentage", "measure", "rank", "count")


@dataclass(frozen=True)
class Statistic:
    """A quantity found: its fields (value and unit, as the sentence writes them), its
    kind (one of :data:`KINDS`) and where it is in the sentence."""

    value: str
    unit: str
    kind: str
    start: int
    end: int

    @property
    def reason(self) -> str:
        shown = f"{self.value} {self.unit}".strip()
        return f"{self.kind.replace('money', 'amount of money')}: {shown}"


def find_statistic(text: str, words: bool = True) -> Statistic | None:
    """The quantity a fact-checker would verify in ``text``, or None (see the module's rules);
    ``words`` False skips the numbers written in words (the caller knows there are none)."""
    if too_long(text):
        return None
    found = [s for match in _numbers(text, words) if (s := _read(text, match)) is not None]
    if not found:
        return None
    return min(found, key=lambda s: (KINDS.index(s.kind), s.start))


def _numbers(text: str, words: bool) -> list[re.Match]:
    """The numbers of ``text``, in digits then in words: each pattern run only where it may match
    (a digit after no letter, hyphen, dot or slash; a sentence holding a number word)."""
    found, end = [], 0
    for run in _DIGIT_RUN.finditer(text):
        start = run.start()
        if start < end or start and (text[start - 1].isalnum() or text[start - 1] in "-./_"):
            continue
        if match := _DIGIT_NUMBER.match(text, start):
            found.append(match)
            end = match.end()
    end = 0
    for trigger in TRIGGER.finditer(text) if words else ():
        start = trigger.start()
        lead = _LEAD.search(text, max(0, start - 8), start)  # "une dizaine", "la moitié", "deux tiers"
        for at in ([lead.start()] if lead else []) + [start]:
            if at >= end and (match := _WORD_NUMBER_RE.match(text, at)):
                found.append(match)
                end = match.end()
                break
    return found


def _read(text: str, match: re.Match) -> Statistic | None:
    # The few characters before the number: every check on them looks at the last words only,
    # and a pattern anchored at the end is tried from every start.
    before = text[max(0, match.start() - 16):match.start()]
    after = _AFTER.match(text, match.end())
    scale, rest = after.group("scale") or "", after.group("rest")
    end = after.start("rest") if scale else match.end()
    if match.group("ordinal"):
        return _rank(match, rest)
    if "score" in match.re.groupindex and match.group("score"):
        return Statistic(match.group("score"), "buts", "count", match.start(), match.end())  # "3-1"
    if "fraction" in match.re.groupindex and match.group("fraction"):
        return Statistic(match.group(0).strip(), "", "count", match.start(), match.end())
    number = match.group("digits") if "digits" in match.re.groupindex else match.group("words")
    if "digits" in match.re.groupindex and _not_a_figure(text, match, before, rest, scale):
        return None
    if "words" in match.re.groupindex and _word_not_a_figure(number, before, rest):
        return None
    value = f"{number} {scale}".strip() if scale else number
    currency_before = _CURRENCY_BEFORE.search(before)
    if scale[-1:] in ("€", "$"):
        value, unit = f"{number} {scale[:-1]}", "euros" if scale.endswith("€") else "dollars"
        return Statistic(value, unit, "money", match.start(), end)
    if (money := _MONEY.match(rest)) or currency_before:
        unit = money.group("unit") if money else currency_before.group(0).strip()
        return Statistic(value, unit, "money", match.start(), end + (money.end() if money else 0))
    if percent := _PERCENT.match(rest):
        return Statistic(value, "%", "percentage", match.start(), end + percent.end() + 1)
    if measure := _MEASURE.match(rest):
        if _TIME_UNITS.fullmatch(measure.group("unit")) and _placing_in_time(before, rest[measure.end():]):
            return None
        return Statistic(value, measure.group("unit"), "measure", match.start(), end + measure.end() + 1)
    if _LAST_TIME.match(rest):
        return None
    return Statistic(value, _count_unit(rest), "count", match.start(), end)


def _rank(match: re.Match, rest: str) -> Statistic | None:
    """An ordinal is a rank only before "place", "rang", "position" ("1er mars" is a date); an ordinal
    word only before "place" or "position" ("au premier rang" is where one stands). Before "fois" it
    counts occurrences ("la troisième fois"), except "la première fois"."""
    ordinal = match.group(0)
    if _TIMES.match(rest) and not ordinal.casefold().startswith(("premi", "1")):
        return Statistic(ordinal, "fois", "count", match.start(), match.end())  # "la troisième fois"
    if not _RANK_AFTER.match(rest) or ordinal[0].isalpha() and rest[:4].casefold() == "rang":
        return None
    return Statistic(ordinal, "rang", "rank", match.start(), match.end())


def _not_a_figure(text: str, match: re.Match, before: str, rest: str, scale: str) -> bool:
    """A year, a day, a time of day, a number in a name or a version: places or names, not quantities."""
    digits = _GROUPING.sub("", match.group("digits"))
    if len(digits) > MAX_DIGITS:
        return True
    if _DATE_AFTER.match(rest) or _CLOCK.match(rest) or _CLOCK_BEFORE.search(before):
        return True
    if _TIME_OF_DAY.match(rest) and _AT_BEFORE.search(before):
        return True
    unit_follows = _MONEY.match(rest) or _PERCENT.match(rest) or _MEASURE.match(rest)
    if "." in digits and not unit_follows:
        return True  # French writes decimals with a comma: "49.3", "3.5" name or version something
    words = before.split()
    last = words[-1].lstrip("([«“\"") if words and before[-1:].isspace() else ""
    if last[1:2] in "'’" and last[:1] in "lLdD":  # "l'iPhone"
        last = last[2:]
    if not unit_follows and last not in _NOT_NAME and any(c.isupper() for c in last) and last.isalnum():
        return True  # "iPhone 15", "Windows 11", "Ligue 1": a number in a name
    if _YEAR.fullmatch(match.group("digits")) and not scale:
        return not unit_follows
    return last.casefold() in _NUMBERED


def _word_not_a_figure(number: str, before: str, rest: str) -> bool:
    """Number words used otherwise: "neuf" meaning new, "cent" of "pour cent", "tous les deux"."""
    word = fold(number)
    if word == "neuf" and (not re.match(r"[^\W\d_]", rest) or re.search(r"(?:à|de|tout|flambant)\s*$", before)):
        return True
    if word in ("cent", "cents") and re.search(r"pour\s*$", before, re.I):
        return True
    if re.search(r"(?:des|plusieurs|quelques|par|de)\s*$", before, re.I) and re.fullmatch(
            rf"{_APPROX}|millions?|milliards?", number):
        return True
    if word in ("deux", "trois") and _BACK_REFERENCE.search(before):
        return True  # "les deux entreprises", "ces trois pays": the ones already named, not a count
    return bool(re.search(r"tou(?:s|tes)\s+(?:les\s+)?$", before, re.I))  # "tous (les) deux": both


def _placing_in_time(before: str, after_unit: str) -> bool:
    """ "il y a trois ans", "dans deux jours", "les deux derniers jours", "quelques heures plus tard"."""
    return bool(_AGO_BEFORE.search(before) or _LAST_AFTER.match(after_unit))


def _count_unit(rest: str) -> str:
    """What is counted: the noun after the number ("États membres"), or "" ("deux en Amérique")."""
    noun = _NOUN.match(rest)
    if noun is None:
        return ""
    words = noun.group(1).split()
    while words and words[-1].casefold() in _NOT_UNIT:
        words.pop()
    if not words or words[0].casefold() in _NOT_UNIT:
        return ""
    return " ".join(words)
