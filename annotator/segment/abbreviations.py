"""The word lists that decide whether a period ends a sentence.

A period after a word is ambiguous only for a small set of words, so the
segmenter consults these lists at each candidate period and nowhere else.
They are grouped by how strongly the word binds to what follows, because
that is what the decision needs, not by language.
"""

from __future__ import annotations

# Titles written before a name: never the end of a sentence. Compared with
# their case as written, so that English "me." or "st." still end sentences.
TITLES = frozenset(
    """
    M MM Mme Mmes Mlle Mlles Me Mes Mgr Dr Drs Pr Ste St Sts
    Mr Mrs Ms Messrs Prof Gen Gén Gov Sen Rep Rev Hon Lt Col Capt Cpt Sgt Mt
    """.split()
)

# Lower-case abbreviations that always lead into more of the same sentence
# (cf. Dupont, p. ex. Paris, e.g. London, av. J.-C.). Compared in lower case.
ALWAYS_CONTINUE = frozenset(
    """
    cf ex p.ex e.g i.e c.-à-d c.-à.-d vs v viz av apr env ca approx resp al
    """.split()
)

# Abbreviations that announce a number (art. 5, p. 12, vol. III, févr.
# 2026): they continue the sentence only when a number follows, since most
# are also ordinary words ("l'art.", "vol.") that can end one.
BEFORE_NUMBER = frozenset(
    """
    art arts p pp n no nos num vol vols t tome chap ch fig tab sect réf ref
    éd ed op janv jan févr fév feb mar avr juil jul aug sept sep oct nov
    déc dec
    """.split()
)

# Words that usually continue a name but may close a sentence ("Apple Inc.
# The ..."): treated like initials, see STARTERS.
NAME_PARTS = frozenset("Jr Sr Inc Corp Co Ltd Bros".split())

# After initials or an acronym ("J. Tolkien", "U.S. Army"), a capital
# usually continues the sentence; it starts a new one when the next word is
# one that commonly opens a sentence. Elided forms keep their apostrophe.
STARTERS = frozenset(
    """
    The This That These Those It Its He His She Her They Their We Our You
    Your I But And Or So Yet In On At As If When While After Before Since
    However Meanwhile Although There Here What Who Why How For Then Now
    Le La Les L' L’ Un Une Des Ce Cet Cette Ces C' C’ Ça Il Ils Elle Elles
    Nous Vous Je J' J’ Mais Et Donc Car Puis Ainsi Selon Pour Dans En Au
    Aux Du De D' D’ Depuis Après Avant Lors Cependant Pourtant Toutefois
    Néanmoins Enfin Alors Si Quand Comme Par Sur Son Sa Ses Leur Leurs Qui
    Que Qu' Qu’ Où Aujourd' Aujourd’ Malgré Sans Avec Entre Chaque Tout Tous
    Toute Toutes N' N’ S' S’ À Ensuite Aussi Certes Désormais Parfois
    Souvent Déjà Bref Voici Voilà Ici Notre Nos Votre Mon Ma Mes Plusieurs
    Certains Certaines Aucun Aucune Rien Quelques Hier Demain Outre Parmi
    An Some Many Most All No Not Both Each Every Such To From By With During
    Despite Because Also Even Only Later Earlier Today Yesterday Instead
    Indeed Thus Therefore Moreover Nevertheless Still
    """.split()
)
