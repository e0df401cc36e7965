"""Does a sentence hold someone's words between quotation marks, and whose?

A *quote* is a passage between « », “ ” or " " of at least
:data:`MIN_WORDS` words, attributed to a speaker the article names. A single
quoted word is a term, not a quote; indirect speech without quotation marks
is not one either; a sentence cut inside a long quotation (an opening mark
without its closing one, or the reverse) still holds quoted words.

The speaker, as the article names them ("Dario Amodei", "un porte-parole
d'Anthropic"), is looked for in this order, in the sentence with the quoted
words masked (a name inside the quotation is not its speaker):

1. an incise with a pronoun, "», a-t-il déclaré", "ajoute-t-elle": the
   person the sentence before is about (its speaker, else its first name);
2. an incise with a noun, "», a déclaré Dario Amodei", "explique un
   porte-parole d'Anthropic";
3. a subject before a verb of speech, "Dario Amodei a écrit : « … »",
   "le PDG d'Anthropic, Dario Amodei, a affirmé que « … »";
4. "selon X", "d'après X", "pour X," ;
5. a name then a colon, "Dario Amodei : « … »";
6. for a quotation of :data:`LONG_QUOTE` words or more, the sentence's subject when it
   opens the sentence (a name; a pronoun stands for the sentence before's person);
7. a sentence that is all quotation (a word at most outside the marks): the person of the
   sentence before, who is speaking on.

A quotation with no speaker found by 1-5 and shorter than :data:`LONG_QUOTE`
words is taken for a term or a title and not proposed. In a title and a name,
a short run of words starting with capitals and nothing else ("« Le Monde »")
is a name, not words spoken.

Quotation marks are paired in one pass, and the patterns are alternations
without nested repetition run over one sentence: linear time; a sentence of
10,000 guillemets gives no quote (no words inside), not an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import APOSTROPHES, alternation, too_long

MIN_WORDS = 2
LONG_QUOTE = 8

_PAIRS = {"«": "»", "“": "”", "„": "“", "‹": "›"}
_CLOSERS = {"»", "”", "›"}
_MASK = "·"
MARKS = re.compile('[«»“”„‹›"]')
_AP = APOSTROPHES

_ER_STEMS = (
    "déclar affirm ajout expliqu soulign précis estim indiqu assur confi annonc confirm racont rappel "
    "comment tweet résum déplor dénonc regrett exclam observ relev répliqu rétorqu nuanc plaid ironis "
    "inquièt inquiét félicit tempér analys détaill lâch gliss martèl martel insist rapport témoign "
    "avou clam proclam poursuiv interrog lanc jug menac promett résum fulmin tranch qualifi fustig salu "
    "indign répét assén protest critiqu alert souhait espér demand exhort tonn réclam titr attribu appel soupir amus étonn plaisant agac"
)
_IRREGULAR = (
    "dit dits disait disaient disent dira dire écrit écrits écrivait écrivent écrira répond répondu répondait "
    "répondent reconnaît reconnait reconnu admet admis conclut conclu prévient prévenu soutient soutenu "
    "maintient maintenu promet promis poursuit poursuivi avertit averti réagi réagit réagissait défend "
    "défendu réjoui réjouit décrit décrivait décrivent appelle appellent sourit souriait "
    "fait valoir faisait valoir dément démenti démentait"
)
_ER_ENDINGS = "ait aient ant ent era ée és es é e a".split()
#: Any stem followed by any ending, written as the two alternations one after the other rather
#: than the thousand words spelled out: the same words, and a pattern a fifth as long, which
#: Python compiles (in Python, at import, four times over) in a fraction of the time.
_VERB = (
    "(?:" + alternation(_ER_STEMS.split()) + alternation(_ER_ENDINGS) + "|" + alternation(_IRREGULAR.split())
    + r")(?![\w])"
)
#: An auxiliary and the adverbs after it: "a", "n'a pas", "s'est", "avait également".
_AUX = (
    r"(?:(?:n[{ap}]\s*)?(?:a|avait|aurait|ont|avaient|auraient|va|vient\s+de|s[{ap}]\s*est|s[{ap}]\s*était|"
    r"se\s+sont)\s+(?:pas\s+|encore\s+|également\s+|aussi\s+|ainsi\s+|alors\s+|déjà\s+|ensuite\s+|"
    r"publiquement\s+)*)?"
).format(ap=_AP)

_PRONOUN_INCISE = re.compile(
    rf"(?:\b(?:a|avait|aurait|ont|va)-t-(?P<p1>il|elle|ils|elles|on)(?:\s+\w+)?\s+{_VERB}"
    rf"|\b{_VERB}-(?:t-)?(?P<p2>il|elle|ils|elles|on)\b)", re.I)
#: "à l'AFP", "à la tribune", "au Monde": to whom or where, between a verb of speech and its subject.
_COMPLEMENT = r"(?:(?:à|au|aux)\s+(?:la\s+|le\s+|les\s+|l[’']\s*)?[\w\-]+\s+)?"
_INCISE_TAIL = (
    rf"{_AUX}{_VERB}\s+{_COMPLEMENT}(?!à\b|au\b|aux\b|en\b)(?P<np>[^,.;:!?«»“”\"()\n]+)"
    rf"(?:,\s*(?P<apposition>[A-ZÀ-ÖØ-Ý][\w\-’']*(?:\s+[A-ZÀ-ÖØ-Ý][\w\-’']*)+)\s*[,.]?)?")
_NOUN_INCISE = re.compile(rf"[»”\"]\s*,?\s*{_INCISE_TAIL}", re.I)
#: "…, a prévenu la RATP." at the end of a sentence holding a quotation.
_END_INCISE = re.compile(rf",\s*{_INCISE_TAIL}\s*[.!?]?\s*$", re.I)
_SUBJECT_VERB = re.compile(rf"\b{_AUX}\b{_VERB}")
_ACCORDING = re.compile(rf"\b(?:[Ss]elon|[Dd][{_AP}]après|[Pp]our)\s+(?P<np>[^,.;:!?«»“”\"()\n]+)")
#: "Pour la première fois", "pour l'instant": "pour" naming no one.
_NOT_SPEAKERS = re.compile(r"\b(?:fois|instant|heure|moment|rappel|autant|cela|ça|ceci|l[’']heure|le reste|l[’']essentiel|"
                           r"exemple|raisons?|cause|but|objectif|cas|part|suite|finir|commencer)\b", re.I)
_DESCRIPTION = re.compile(r"(?:le|la|les|un|une|l[’']|son|sa|ses|leur|ce|cette)\b", re.I)
_APPOSITION = re.compile(r",\s*([A-ZÀ-ÖØ-Ý][\w\-’']*(?:\s+[A-ZÀ-ÖØ-Ý][\w\-’']*)+)\s*[,.]?")
_SEGMENT = re.compile(r",(?!\d)")  # a comma, not a decimal one ("3,5 %")
_RELATIVE = re.compile(r"(?:qui|que|qu[’']|dont|où|lequel|laquelle)\b", re.I)
_ANTECEDENT = re.compile(r"((?:un|une|le|la|les|l[’'])\s*[^,;:]{1,60}?)\s+qui\s*$", re.I)
_OPENING = re.compile(r"[^,;:]*?(?=\s+(?:a|ont|avait|est|sont|était)\s|,|$)")
_GENERIC = frozenset(
    "l'entreprise la société le groupe la firme la start-up l'opérateur le constructeur l'éditeur "
    "la compagnie le réseau social la plateforme l'application".split(" ")) | {
    "l'entreprise", "la société", "le groupe", "la firme", "la start-up", "l'opérateur", "le constructeur",
    "l'éditeur", "la compagnie", "le réseau social", "la plateforme", "l'application"}
_COLON = re.compile(r":\s*[«“\"]")
_CLAUSE_START = re.compile(rf"[;:«»“”\"·]|\bque\b|\bqu[{_AP}]")
_WORD = re.compile(r"[^\W\d_]+")
_CLAUSE = re.compile(r"[^,.;:!?«»“”\"()\n]*$")
_NP_STOP = re.compile(
    r"\s+(?:lors|dans|devant|à|au|aux|en|sur|pendant|après|avant|lundi|mardi|mercredi|jeudi|vendredi|"
    r"samedi|dimanche|hier|mercredi|qui|que|qu[’']|dont|quand|lorsque|car|mais|et|alors|tandis|selon)\b.*", re.S)
_LEADING = re.compile(
    r"^(?:(?:Mais|Et|Or|Puis|Ensuite|Enfin|Alors|Cependant|Pourtant|Toutefois|Ainsi|Lundi|Mardi|Mercredi|"
    r"Jeudi|Vendredi|Samedi|Dimanche|Hier|Aujourd[’']hui|De son côté|Pour sa part|ce matin|ce soir|"
    r"encore|également|aussi|alors|ensuite|enfin)\s*,?\s*)+", re.I)
_CAP = r"[A-ZÀ-ÖØ-Ý][\w\-’']*"
_NAME = re.compile(rf"(?<![\w’'])(?<!\bde )(?<!\bdu )(?<!\bd[’'])(?<!\bdes )({_CAP}(?:\s+(?:(?:de|da|di|von|van|der|bin|ben|el|al)\s+)?{_CAP})*)")
_NOT_NAMES = frozenset(
    "Le La Les L Un Une Des Il Elle Ils Elles On Ce Cette Ces Cet Son Sa Ses Leur Leurs Selon Pour Mais Et Lors "
    "Alors Après Avant Quelques Cependant Pourtant Toutefois Ainsi Dans En Au Aux À Si Comme Quand Lorsque Puis Je "
    "Nous Vous Tu Mon Ma Mes Notre Nos Votre Vos Ni Or Donc Car Enfin Ensuite Même Tout Tous Toute Toutes Chaque "
    "Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche Hier Aujourd Cela Ceci Ça Qui Que Quoi Où Plus Sans Sur "
    "Depuis Par Fin Début D De Du Suite Face Outre Comment Pourquoi Malgré Deux Trois Quatre Cinq Six Sept "
    "Huit Neuf Dix Plusieurs Certains Certaines Aucun Aucune".split())
_TITLES = frozenset("PDG CEO DG Président Présidente Dr M Mme Me Pr".split())
_PRONOUNS = frozenset("il elle ils elles on celle-ci celui-ci ceux-ci celles-ci".split())


@dataclass(frozen=True)
class Quote:
    """Quoted words found: the speaker ("" when none could be named), why, and where the words are."""

    speaker: str
    reason: str
    start: int
    end: int


def find_quote(text: str, previous: str = "") -> Quote | None:
    """The quotation of ``text`` with its speaker, or None; ``previous`` is the sentence before."""
    if too_long(text) or too_long(previous) or not MARKS.search(text):
        return None
    spans = [span for span in quoted_spans(text) if _words(text[span[0]:span[1]]) >= MIN_WORDS]
    spans = [span for span in spans if not _is_name(text[span[0]:span[1]])]
    if not spans:
        return None
    masked = mask(text, quoted_spans(text))
    longest = max(_words(text[a:b]) for a, b in spans)
    speaker, how = find_speaker(masked, previous, long_quote=longest >= LONG_QUOTE)
    if speaker is None:
        return None
    start, end = spans[0][0], spans[-1][1]
    return Quote(speaker, f"quoted words ({longest}), speaker {how}", start, end)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside each pair of quotation marks, in one pass.

    An opening mark left open runs to the end of the sentence, and a closing mark
    with no opening one runs from its start (a quotation cut by the segmenter).
    Marks inside an open quotation are its text.
    """
    spans: list[tuple[int, int]] = []
    closer, opened = None, -1
    for mark in MARKS.finditer(text):
        c, i = mark.group(0), mark.start()
        if closer is None:
            if c in _PAIRS:
                closer, opened = _PAIRS[c], i + 1
            elif c == '"':
                closer, opened = '"', i + 1
            elif c in _CLOSERS and not spans:
                spans.append((0, i))
        elif c == closer:
            spans.append((opened, i))
            closer = None
    if closer is not None:
        spans.append((opened, len(text)))
    return spans


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the quoted words replaced by :data:`_MASK`, offsets kept."""
    parts, last = [], 0
    for start, end in spans:
        parts += [text[last:start], _MASK * (end - start)]
        last = end
    parts.append(text[last:])
    return "".join(parts)


def find_speaker(masked: str, previous: str, long_quote: bool) -> tuple[str | None, str]:
    """(speaker, how it was found) in a sentence whose quotations are masked; (None, "") for none."""
    if match := _PRONOUN_INCISE.search(masked):
        if own := _opening_subject(masked):  # "Son agent a démenti : « … », a-t-il affirmé"
            return own, "the sentence's subject (" + (match.group("p1") or match.group("p2")) + ")"
        return person_of(previous), "from the sentence before (" + (match.group("p1") or match.group("p2")) + ")"
    for incise in (_NOUN_INCISE, _END_INCISE):
        if (match := incise.search(masked)) and (speaker := _incise_speaker(match, previous)):
            return speaker, "after the verb"
    if speaker := _standing_for(_subject_of_verb(masked, previous), previous):
        return speaker, "before the verb"
    if match := _ACCORDING.search(masked):
        after = _APPOSITION.match(masked, match.end())
        if after and noun_phrase(match.group("np")):  # "selon le secrétaire général, Sylvain Roche"
            return after.group(1), "after selon / d'après / pour (the name in apposition)"
        if match.group("np").split()[0].casefold() in ("lui", "elle", "eux", "elles"):
            return person_of(previous), "from the sentence before (selon " + match.group("np").split()[0] + ")"
        if (speaker := noun_phrase(match.group("np"))) and not _NOT_SPEAKERS.search(speaker):
            return speaker, "after selon / d'après / pour"
    if (match := _COLON.search(masked)) and (names := _names(_CLAUSE.search(masked, 0, match.start()).group(0))):
        return names[-1], "before the colon"
    if long_quote:
        subject = _subject(masked, previous)
        if subject:
            return subject, "the sentence's subject"
    if len(_WORD.findall(masked)) <= 1 and (person := person_of(previous)):
        return person, "from the sentence before (the sentence is all quotation)"
    return None, ""


def _subject_of_verb(masked: str, previous: str = "") -> str:
    """The subject of the first verb of speech: a name, a description, or a pronoun standing for
    the sentence before's person (``previous``; "" leaves a pronoun unresolved). A relative
    clause between them is passed over ("Un conseiller, qui a requis l'anonymat, reconnaît");
    "qui" takes the noun before it; a participle after a comma ("…, jugeant") the sentence's
    opening subject."""
    for match in _SUBJECT_VERB.finditer(masked):
        head = _CLAUSE_START.split(masked[:match.start()])[-1]
        if antecedent := _ANTECEDENT.search(head):
            return noun_phrase(antecedent.group(1))
        if match.group(0).endswith("ant"):
            if not head.rstrip().endswith(","):
                continue
            head = _OPENING.match(_LEADING.sub("", masked)).group(0)
        candidates = [s.strip() for s in _SEGMENT.split(head) if s.strip() and not _RELATIVE.match(s.strip())][-3:]
        for segment in reversed(candidates):
            names = [n for n in _names(segment) if n.casefold() not in _PRONOUNS]  # not "Celle-ci"
            if names and _names_someone(_LEADING.sub("", segment), names[0]):
                return names[0]
        for segment in reversed(candidates):
            if speaker := noun_phrase(segment):
                return speaker
        if previous and candidates and _LEADING.sub("", candidates[-1]).casefold() in _PRONOUNS:
            return person_of(previous)
    return ""


def _opening_subject(masked: str) -> str:
    """The name or description opening the sentence before its verb, if the sentence opens so
    (not with a quotation, a pronoun or a connector)."""
    start = _LEADING.sub("", masked.lstrip())
    if not start[:1].isalpha():
        return ""
    opening = _OPENING.match(start).group(0).strip()
    names = _names(opening)
    if names and _names_someone(opening, names[0]):
        return names[0]
    return noun_phrase(opening)


def _incise_speaker(match: re.Match, previous: str) -> str:
    apposition = match.group("apposition") or ""
    if apposition and all(w[0].isupper() for w in apposition.split()) and noun_phrase(match.group("np")):
        return apposition
    return _standing_for(noun_phrase(match.group("np")), previous)


def _standing_for(speaker: str, previous: str) -> str:
    """"l'entreprise", "la société" stand for the organisation the sentence before names; a
    group of people ("les syndicats", "des internautes") is nobody in particular: ""."""
    folded = speaker.casefold().replace("’", "'")
    if folded in _GENERIC:
        return person_of(previous) or speaker
    if re.match(r"(?:les|des)\s", folded) and not _names(speaker):
        return ""
    return speaker


def noun_phrase(text: str) -> str:
    """The speaker a noun phrase names: a name in it ("le PDG Sam Altman": "Sam Altman"),
    else the phrase cut at its first preposition of place or time, at most 8 words."""
    text = _LEADING.sub("", text.strip())
    text = _NP_STOP.sub("", text).strip()
    if not text or text.split()[0].casefold() in _PRONOUNS:
        return ""
    names = _names(text)
    words = re.split(r"[\s’']+", text)  # "l'entreprise": two words
    if names and _names_someone(text, names[0]):
        return names[0]
    if len(words) > 9 or len(words) < 2 or not _DESCRIPTION.match(text):
        return ""
    return text


def _names_someone(phrase: str, name: str) -> bool:
    """Whether ``name``, found in ``phrase``, is who the phrase is: it opens the phrase, or it is a
    full name after a title ("le PDG Sam Altman"); not a complement ("un porte-parole d'Anthropic",
    "de la CGT") nor a capital inside a description ("Le Premier ministre")."""
    if phrase.startswith(name):
        return True
    if re.search(rf"\b(?:de|du|des|d[{_AP}])\s*(?:la\s+|les\s+|l[{_AP}]\s*)?{re.escape(name)}", phrase):
        return False
    return len(name.split()) >= 2


def _names(text: str) -> list[str]:
    """Proper names of ``text``: runs of capitalised words, leading determiners and titles dropped."""
    found = []
    for match in _NAME.finditer(text):
        words = match.group(1).split()
        if words and words[0][1:2] in _AP and words[0][:1] in "LlDd":  # "L'étude", "D'Anthropic"
            words[0] = words[0][2:]
            if not words[0][:1].isupper():
                words.pop(0)
        while words and (words[0].rstrip("’'") in _NOT_NAMES or words[0] in _TITLES):
            words.pop(0)
        if words and _MASK not in match.group(1):
            found.append(" ".join(words))
    return found


def person_of(sentence: str) -> str:
    """Whom a pronoun in the next sentence stands for: this sentence's speaker, else its first
    name of two words or more (a person's), else its first name; "" for none."""
    if not sentence or too_long(sentence):
        return ""
    masked = mask(sentence, quoted_spans(sentence))
    speaker = _subject_of_verb(masked)
    if not speaker and MARKS.search(sentence):  # "« … », a déclaré Sam Altman." then "…, ajoute-t-il."
        speaker = find_speaker(masked, "", long_quote=False)[0] or ""
    if speaker:
        return speaker
    names = _names(masked)
    opening = _names(_LEADING.sub("", masked.lstrip()).split(" ", 1)[0])
    if opening and names and names[0].startswith(opening[0]):
        return names[0]
    return next((n for n in names if len(n.split()) >= 2), names[0] if names else "")


def _subject(masked: str, previous: str) -> str:
    """The grammatical subject when it opens the sentence: a pronoun stands for the sentence
    before's person, a name for itself; "" otherwise."""
    start = _LEADING.sub("", masked.lstrip())
    if start.split(" ", 1)[0].casefold() in _PRONOUNS:
        return person_of(previous)
    names = _names(start)
    return names[0] if names and start.startswith(names[0]) else ""


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _is_name(quoted: str) -> bool:
    """A short run of capitalised words: a title or a name in quotation marks, not words spoken."""
    words = quoted.split()
    return len(words) <= 4 and all(w[:1].isupper() or w.casefold() in ("de", "du", "la", "le", "des") for w in words)
