<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>app</name>
    <message>
        <source>Who is reviewing?</source>
        <translation>Qui relit ?</translation>
    </message>
    <message>
        <source>Your name, as it will appear on your annotations
(each reviewer has their own layer):</source>
        <translation>Votre nom, tel qu&apos;il apparaîtra sur vos annotations
(chaque relecteur a sa propre couche) :</translation>
    </message>
</context>
<context>
    <name>claims.compare</name>
    <message>
        <source>reviewer B put no two sentences in one claim</source>
        <translation>le relecteur B n&apos;a mis aucune paire de phrases dans une même allégation</translation>
    </message>
    <message>
        <source>reviewer A put no two sentences in one claim</source>
        <translation>le relecteur A n&apos;a mis aucune paire de phrases dans une même allégation</translation>
    </message>
    <message>
        <source>no two sentences in one claim in either layer</source>
        <translation>aucune paire de phrases dans une même allégation, dans l&apos;une ou l&apos;autre couche</translation>
    </message>
    <message>
        <source>no matched claim has a verdict from both reviewers</source>
        <translation>aucune allégation appariée n&apos;a de verdict des deux relecteurs</translation>
    </message>
    <message>
        <source>no matched claim has a verdict on the scale from both reviewers</source>
        <translation>aucune allégation appariée n&apos;a de verdict sur l&apos;échelle des deux relecteurs</translation>
    </message>
</context>
<context>
    <name>claims.models</name>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>What is claimed (the whole statement is in each row&apos;s tooltip)</source>
        <translation>Ce qui est affirmé (l&apos;énoncé entier est dans l&apos;infobulle de chaque ligne)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Your verdict on the claim</source>
        <translation>Votre verdict sur l&apos;allégation</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>Sentences stating the claim</source>
        <translation>Phrases qui énoncent l&apos;allégation</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Articles stating the claim</source>
        <translation>Articles qui énoncent l&apos;allégation</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Première fois</translation>
    </message>
    <message>
        <source>Date of the earliest article stating it</source>
        <translation>Date du premier article qui l&apos;énonce</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière fois</translation>
    </message>
    <message>
        <source>Date of the latest article stating it</source>
        <translation>Date du dernier article qui l&apos;énonce</translation>
    </message>
    <message>
        <source>Contradictions</source>
        <translation>Contradictions</translation>
    </message>
    <message>
        <source>Links marked &apos;contradicts&apos; between two of its sentences</source>
        <translation>Liens « contredit » entre deux de ses phrases</translation>
    </message>
    <message>
        <source>claim {id}</source>
        <extracomment>The verdict filter&apos;s values besides the verdict words: every claim, and claims without a verdict.</extracomment>
        <translation>allégation {id}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>The article&apos;s date</source>
        <translation>La date de l&apos;article</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>The article&apos;s title</source>
        <translation>Le titre de l&apos;article</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <source>The sentence as the article states the claim</source>
        <translation>La phrase telle que l&apos;article énonce l&apos;allégation</translation>
    </message>
</context>
<context>
    <name>claims.table</name>
    <message>
        <source>Claims</source>
        <extracomment>the widest text each compact column must show, in any language</extracomment>
        <translation>Allégations</translation>
    </message>
    <message>
        <source>Filter claims by words</source>
        <translation>Filtrer les allégations par leurs mots</translation>
    </message>
    <message>
        <source>Filter claims by their words (Ctrl+F)</source>
        <translation>Filtrer les allégations par leurs mots (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>claims.timeline</name>
    <message>
        <source>Timeline of the claim</source>
        <translation>Chronologie de l&apos;allégation</translation>
    </message>
</context>
<context>
    <name>claims.verdicts</name>
    <message>
        <source>False</source>
        <extracomment>verdict word -&gt; its English name, translated when shown; ``None`` is a claim not judged yet.</extracomment>
        <translation>Faux</translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation>Trompeur</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mitigé</translation>
    </message>
    <message>
        <source>Mostly true</source>
        <translation>Plutôt vrai</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Vrai</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>Invérifiable</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>Sans verdict</translation>
    </message>
</context>
<context>
    <name>claims.window</name>
    <message>
        <source>Claims</source>
        <translation>Allégations</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Tous les verdicts</translation>
    </message>
    <message>
        <source>Verdict (Alt+V):</source>
        <translation>Verdict (Alt+V) :</translation>
    </message>
    <message>
        <source>Enter: the claim&apos;s timeline · Enter on a sentence: open it in the main window · Backspace: back to the claims · Esc: close</source>
        <translation>Entrée : la chronologie de l&apos;allégation · Entrée sur une phrase : l&apos;ouvrir dans la fenêtre principale · Retour arrière : retour aux allégations · Échap : fermer</translation>
    </message>
    <message>
        <source>Claims of {reviewer} — {file}</source>
        <translation>Allégations de {reviewer} — {file}</translation>
    </message>
    <message>
        <source>Select a claim to see where it appears</source>
        <translation>Choisissez une allégation pour voir où elle apparaît</translation>
    </message>
    <message>
        <source>article</source>
        <translation>article</translation>
    </message>
    <message>
        <source>articles</source>
        <translation>articles</translation>
    </message>
    <message>
        <source>sentence</source>
        <translation>phrase</translation>
    </message>
    <message>
        <source>sentences</source>
        <translation>phrases</translation>
    </message>
    <message>
        <source>{statement}  ({n} {sentences} in {m} {articles})</source>
        <translation>{statement}  ({n} {sentences} dans {m} {articles})</translation>
    </message>
    <message>
        <source>{total} claims</source>
        <translation>{total} allégations</translation>
    </message>
    <message>
        <source>{shown} of {total} claims</source>
        <translation>{shown} allégations sur {total}</translation>
    </message>
</context>
<context>
    <name>compare.articles_view</name>
    <message>
        <source>kappa</source>
        <extracomment>The figures each label shows per article.</extracomment>
        <translation>kappa</translation>
    </message>
    <message>
        <source>alpha</source>
        <translation>alpha</translation>
    </message>
    <message>
        <source>ac1</source>
        <translation>AC1</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positif</translation>
    </message>
    <message>
        <source>article</source>
        <translation>article</translation>
    </message>
    <message>
        <source>sentences</source>
        <translation>phrases</translation>
    </message>
    <message>
        <source>differing</source>
        <translation>divergentes</translation>
    </message>
    <message>
        <source>sentences whose label sets differ</source>
        <translation>phrases dont les ensembles d&apos;étiquettes diffèrent</translation>
    </message>
    <message>
        <source>Per article: {a} and {b}</source>
        <translation>Par article : {a} et {b}</translation>
    </message>
    <message>
        <source>Each article&apos;s own figures (not a share of the pooled ones). Click a header to sort; — is undefined on that article.</source>
        <translation>Les chiffres propres à chaque article (pas une part des chiffres d&apos;ensemble). Cliquez sur un en-tête pour trier ; — : non défini pour cet article.</translation>
    </message>
</context>
<context>
    <name>compare.confusion</name>
    <message>
        <source>{share} %</source>
        <translation>{share} %</translation>
    </message>
    <message>
        <source>{label}: no comparison yet</source>
        <translation>{label} : pas encore de comparaison</translation>
    </message>
    <message>
        <source>{label} — rows: A, columns: B ({total} sentences)
both gave it: {both}
A only: {a_only}
B only: {b_only}
neither: {neither}</source>
        <translation>{label} — lignes : A, colonnes : B ({total} phrases)
les deux : {both}
A seul : {a_only}
B seul : {b_only}
aucun : {neither}</translation>
    </message>
    <message>
        <source>B yes</source>
        <translation>B oui</translation>
    </message>
    <message>
        <source>B no</source>
        <translation>B non</translation>
    </message>
    <message>
        <source>A yes</source>
        <translation>A oui</translation>
    </message>
    <message>
        <source>A no</source>
        <translation>A non</translation>
    </message>
    <message>
        <source>neither</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>{share} % of tagged</source>
        <translation>{share} % des étiquetées</translation>
    </message>
</context>
<context>
    <name>compare.detail</name>
    <message>
        <source>no verdict</source>
        <translation>sans verdict</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>non liées</translation>
    </message>
    <message>
        <source>no tag</source>
        <translation>sans étiquette</translation>
    </message>
    <message>
        <source>The sentence in its article</source>
        <translation>La phrase dans son article</translation>
    </message>
    <message>
        <source>Select a disagreement</source>
        <translation>Choisissez un désaccord</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Gold · {gold}</source>
        <translation>Référence · {gold}</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>(in “{title}”)</source>
        <translation>(dans « {title} »)</translation>
    </message>
    <message>
        <source>1 (yellow)  “{first}”
2 (green){where}  “{second}”</source>
        <translation>1 (jaune)  « {first} »
2 (vert){where}  « {second} »</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>non tranché</translation>
    </message>
    <message>
        <source>Both claims</source>
        <translation>Les deux allégations</translation>
    </message>
    <message>
        <source>Sentences both claims hold ({n}):</source>
        <translation>Phrases que les deux allégations contiennent ({n}) :</translation>
    </message>
    <message>
        <source>(yellow)</source>
        <translation>(jaune)</translation>
    </message>
    <message>
        <source>(green)</source>
        <translation>(vert)</translation>
    </message>
    <message>
        <source>(no rationale)</source>
        <translation>(sans justification)</translation>
    </message>
</context>
<context>
    <name>compare.dialog</name>
    <message>
        <source>A verdict is decided by taking A&apos;s claim (A) or B&apos;s (B); it cannot be edited here</source>
        <extracomment>Why E is off on a verdict disagreement (the button&apos;s tip, and the status when E is pressed).</extracomment>
        <translation>Un verdict se tranche en prenant l&apos;allégation de A (A) ou celle de B (B) ; il ne peut pas être modifié ici</translation>
    </message>
    <message>
        <source>Compare reviewers</source>
        <extracomment>Files with more sentences than this are compared off the GUI thread; below it a comparison is short enough to run under a wait cursor (tests/benchmarks/README.md).</extracomment>
        <translation>Comparer les relecteurs</translation>
    </message>
    <message>
        <source>Comparing needs two reviewers in this file; import another reviewer&apos;s JSON first (File menu).</source>
        <translation>La comparaison demande deux relecteurs dans ce fichier ; importez d&apos;abord le JSON d&apos;un autre relecteur (menu Fichier).</translation>
    </message>
    <message>
        <source>“{name}” exists: on the compared articles its work is rebuilt from what A and B agree on, plus the decisions taken in this window.</source>
        <translation>« {name} » existe : sur les articles comparés, son travail est reconstruit à partir de ce sur quoi A et B s&apos;accordent, plus les décisions prises dans cette fenêtre.</translation>
    </message>
    <message>
        <source>Pick two reviewers and press Compare.</source>
        <translation>Choisissez deux relecteurs et appuyez sur Comparer.</translation>
    </message>
    <message>
        <source>No disagreement selected</source>
        <translation>Aucun désaccord choisi</translation>
    </message>
    <message>
        <source>No disagreements</source>
        <translation>Aucun désaccord</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} sur {total}</translation>
    </message>
    <message>
        <source>accept A</source>
        <translation>accepter A</translation>
    </message>
    <message>
        <source>accept B</source>
        <translation>accepter B</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>modifier</translation>
    </message>
    <message>
        <source>Undone: row {row} is undecided</source>
        <translation>Annulé : la ligne {row} n&apos;est pas tranchée</translation>
    </message>
    <message>
        <source>Undone: row {row} is back as before</source>
        <translation>Annulé : la ligne {row} est revenue à l&apos;état d&apos;avant</translation>
    </message>
    <message>
        <source>Every disagreement is decided: the gold layer is complete.</source>
        <translation>Tous les désaccords sont tranchés : la couche de référence est complète.</translation>
    </message>
    <message>
        <source>Decided row {row}: {value}</source>
        <translation>Ligne {row} tranchée : {value}</translation>
    </message>
    <message>
        <source>Not saved, nothing changed in the file: {error}</source>
        <translation>Non enregistré, rien n&apos;a changé dans le fichier : {error}</translation>
    </message>
    <message>
        <source>Every disagreement is decided.</source>
        <translation>Tous les désaccords sont tranchés.</translation>
    </message>
</context>
<context>
    <name>compare.edit_dialog</name>
    <message>
        <source>Edit the gold value</source>
        <translation>Modifier la valeur de référence</translation>
    </message>
    <message>
        <source>Sentence {n}</source>
        <translation>Phrase {n}</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>non liées</translation>
    </message>
    <message>
        <source>{label}   ({n} or {letter})</source>
        <translation>{label}   ({n} ou {letter})</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Trancher</translation>
    </message>
    <message>
        <source>Decide: {value}</source>
        <translation>Trancher : {value}</translation>
    </message>
</context>
<context>
    <name>compare.export_bar</name>
    <message>
        <source>Export JSON…</source>
        <extracomment>Article titles by id, for the per-article table (the dialog sets it).</extracomment>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Per article, the HTML page to share or print, every figure as CSV</source>
        <translation>Par article, la page HTML à partager ou imprimer, tous les chiffres en CSV</translation>
    </message>
    <message>
        <source>Per article…</source>
        <translation>Par article…</translation>
    </message>
    <message>
        <source>Each article&apos;s own figures, sortable: where A and B part ways</source>
        <translation>Les chiffres propres à chaque article, triables : là où A et B divergent</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>Exporter en HTML…</translation>
    </message>
    <message>
        <source>A self-contained page to share or print (A4): summary, figures, charts</source>
        <translation>Une page autonome à partager ou imprimer (A4) : résumé, chiffres, graphiques</translation>
    </message>
    <message>
        <source>Figures CSV…</source>
        <translation>Chiffres en CSV…</translation>
    </message>
    <message>
        <source>Every figure, one row per reviewer pair, label and figure, exact</source>
        <translation>Tous les chiffres, une ligne par paire de relecteurs, étiquette et chiffre, valeurs exactes</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>Impossible d&apos;écrire {path} : {error}</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>Exporté : {path}</translation>
    </message>
    <message>
        <source>Export the report as {kind}</source>
        <translation>Exporter le rapport en {kind}</translation>
    </message>
</context>
<context>
    <name>compare.figure_models</name>
    <message>
        <source>Undefined: {reason}</source>
        <translation>Non défini : {reason}</translation>
    </message>
    <message>
        <source>Undefined</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>{value}
95% interval: {low} to {high}</source>
        <translation>{value}
intervalle à 95 % : de {low} à {high}</translation>
    </message>
    <message>
        <source>{level} intervals: percentile bootstrap over units, {resamples} resamples, seed {seed}</source>
        <translation>intervalles à {level} : bootstrap par percentiles sur les unités, {resamples} rééchantillonnages, graine {seed}</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>label</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>observé</translation>
    </message>
    <message>
        <source>kappa [95%]</source>
        <translation>kappa [95 %]</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa: agreement beyond what each reviewer&apos;s own rates give by chance (-1 to 1; 0 chance, 1 perfect)</source>
        <translation>Kappa de Cohen : accord au-delà de ce que les taux propres à chaque relecteur donnent par hasard (-1 à 1 ; 0 hasard, 1 parfait)</translation>
    </message>
    <message>
        <source>alpha [95%]</source>
        <translation>alpha [95 %]</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha: 1 - observed / expected disagreement, missing values allowed (-1 to 1; &gt;= 0.8 reliable, &gt;= 0.667 tentative)</source>
        <translation>Alpha de Krippendorff : 1 - désaccord observé / attendu, valeurs manquantes admises (-1 à 1 ; &gt;= 0.8 fiable, &gt;= 0.667 provisoire)</translation>
    </message>
    <message>
        <source>AC1 [95%]</source>
        <translation>AC1 [95 %]</translation>
    </message>
    <message>
        <source>Gwet&apos;s AC1: chance-corrected agreement that stays stable when a label is rare (-1 to 1; 1 perfect)</source>
        <translation>AC1 de Gwet : accord corrigé du hasard qui reste stable quand une étiquette est rare (-1 à 1 ; 1 parfait)</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positif</translation>
    </message>
    <message>
        <source>positive specific agreement: of the sentences either tagged, the share both tagged (2a / (2a+b+c)) (0 to 1)</source>
        <translation>accord spécifique positif : parmi les phrases étiquetées par l&apos;un ou l&apos;autre, la part étiquetée par les deux (2a / (2a+b+c)) (0 à 1)</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>négatif</translation>
    </message>
    <message>
        <source>negative specific agreement: of the sentences either left untagged, the share both left untagged (2d / (2d+b+c)) (0 to 1)</source>
        <translation>accord spécifique négatif : parmi les phrases laissées sans étiquette par l&apos;un ou l&apos;autre, la part laissée sans étiquette par les deux (2d / (2d+b+c)) (0 à 1)</translation>
    </message>
    <message>
        <source>observed agreement: share of sentences decided alike (0 to 1; inflated by &apos;neither&apos;)</source>
        <translation>accord observé : part des phrases décidées de la même façon (0 à 1 ; gonflé par « aucune »)</translation>
    </message>
    <message>
        <source>exact match</source>
        <translation>accord exact</translation>
    </message>
    <message>
        <source>share of sentences given exactly the same label set</source>
        <translation>part des phrases qui ont reçu exactement le même ensemble d&apos;étiquettes</translation>
    </message>
    <message>
        <source>alpha (nominal)</source>
        <translation>alpha (nominal)</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha, each distinct label set one category</source>
        <translation>Alpha de Krippendorff, chaque ensemble d&apos;étiquettes distinct une catégorie</translation>
    </message>
    <message>
        <source>alpha (MASI)</source>
        <translation>alpha (MASI)</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha with the MASI distance between label sets</source>
        <translation>Alpha de Krippendorff avec la distance MASI entre ensembles d&apos;étiquettes</translation>
    </message>
    <message>
        <source>A&apos;s linked pairs</source>
        <translation>paires liées par A</translation>
    </message>
    <message>
        <source>distinct sentence pairs A linked</source>
        <translation>paires de phrases distinctes liées par A</translation>
    </message>
    <message>
        <source>B&apos;s linked pairs</source>
        <translation>paires liées par B</translation>
    </message>
    <message>
        <source>distinct sentence pairs B linked</source>
        <translation>paires de phrases distinctes liées par B</translation>
    </message>
    <message>
        <source>linked by both</source>
        <translation>liées par les deux</translation>
    </message>
    <message>
        <source>pairs both linked, in either direction</source>
        <translation>paires liées par les deux, dans un sens ou dans l&apos;autre</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>précision</translation>
    </message>
    <message>
        <source>B against A: matched / B&apos;s pairs</source>
        <translation>B par rapport à A : communes / paires de B</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>rappel</translation>
    </message>
    <message>
        <source>B against A: matched / A&apos;s pairs</source>
        <translation>B par rapport à A : communes / paires de A</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>2 x matched / (A&apos;s + B&apos;s pairs)</source>
        <translation>2 x communes / (paires de A + de B)</translation>
    </message>
    <message>
        <source>same relation</source>
        <translation>même relation</translation>
    </message>
    <message>
        <source>pairs linked by both with the same relation</source>
        <translation>paires liées par les deux avec la même relation</translation>
    </message>
    <message>
        <source>A&apos;s claims</source>
        <translation>allégations de A</translation>
    </message>
    <message>
        <source>claims A made, with an appearance in the compared articles</source>
        <translation>allégations faites par A, apparaissant dans les articles comparés</translation>
    </message>
    <message>
        <source>B&apos;s claims</source>
        <translation>allégations de B</translation>
    </message>
    <message>
        <source>claims B made, with an appearance in the compared articles</source>
        <translation>allégations faites par B, apparaissant dans les articles comparés</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>appariées</translation>
    </message>
    <message>
        <source>claims of A and B sharing a sentence, paired one to one</source>
        <translation>allégations de A et de B qui partagent une phrase, appariées une à une</translation>
    </message>
    <message>
        <source>same verdict</source>
        <translation>même verdict</translation>
    </message>
    <message>
        <source>share of the matched claims judged by both that got the same verdict</source>
        <translation>part des allégations appariées jugées par les deux qui ont reçu le même verdict</translation>
    </message>
    <message>
        <source>verdict alpha (nominal)</source>
        <translation>alpha des verdicts (nominal)</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha over the six verdicts, matched claims judged by both</source>
        <translation>Alpha de Krippendorff sur les six verdicts, allégations appariées jugées par les deux</translation>
    </message>
    <message>
        <source>verdict alpha (ordinal)</source>
        <translation>alpha des verdicts (ordinal)</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s ordinal alpha over false &lt; misleading &lt; mixed &lt; mostly-true &lt; true; unverifiable and missing verdicts left out</source>
        <translation>Alpha ordinal de Krippendorff sur faux &lt; trompeur &lt; mitigé &lt; plutôt vrai &lt; vrai ; invérifiable et verdicts manquants exclus</translation>
    </message>
    <message>
        <source>grouping precision</source>
        <translation>précision du regroupement</translation>
    </message>
    <message>
        <source>B against A: pairs of sentences both put in one claim / B&apos;s pairs</source>
        <translation>B par rapport à A : paires de phrases mises par les deux dans une allégation / paires de B</translation>
    </message>
    <message>
        <source>grouping recall</source>
        <translation>rappel du regroupement</translation>
    </message>
    <message>
        <source>B against A: pairs of sentences both put in one claim / A&apos;s pairs</source>
        <translation>B par rapport à A : paires de phrases mises par les deux dans une allégation / paires de A</translation>
    </message>
    <message>
        <source>grouping F1</source>
        <translation>F1 du regroupement</translation>
    </message>
    <message>
        <source>2 x pairs both made / (A&apos;s + B&apos;s pairs)</source>
        <translation>2 x paires faites par les deux / (paires de A + de B)</translation>
    </message>
</context>
<context>
    <name>compare.figures</name>
    <message>
        <source>label sets</source>
        <translation>ensembles d&apos;étiquettes</translation>
    </message>
    <message>
        <source>links (B against A)</source>
        <translation>liens (B par rapport à A)</translation>
    </message>
    <message>
        <source>claims (B against A)</source>
        <translation>allégations (B par rapport à A)</translation>
    </message>
    <message>
        <source>Per label (yes/no per sentence)</source>
        <translation>Par étiquette (oui/non par phrase)</translation>
    </message>
    <message>
        <source>Label sets and links</source>
        <translation>Ensembles d&apos;étiquettes et liens</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Allégations</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>en commun</translation>
    </message>
    <message>
        <source>both marked done</source>
        <translation>marqués terminés par les deux</translation>
    </message>
    <message>
        <source>{a} (A) and {b} (B): {units} sentences in {articles} article(s) {which}; {unmatched} sentence(s) in one layer only (not counted).</source>
        <translation>{a} (A) et {b} (B) : {units} phrases dans {articles} article(s) {which} ; {unmatched} phrase(s) dans une seule couche (non comptées).</translation>
    </message>
    <message>
        <source>All figures are pooled over every unit (sentence), not averaged per article; {bootstrap}.</source>
        <translation>Tous les chiffres sont calculés sur l&apos;ensemble des unités (phrases), pas en moyenne par article ; {bootstrap}.</translation>
    </message>
    <message>
        <source>No claims in these articles.</source>
        <translation>Aucune allégation dans ces articles.</translation>
    </message>
    <message>
        <source>{n} figure(s) undefined (—): hover for the reason.</source>
        <translation>{n} chiffre(s) non défini(s) (—) : survolez pour la raison.</translation>
    </message>
</context>
<context>
    <name>compare.models</name>
    <message>
        <source>(not linked)</source>
        <translation>(non liées)</translation>
    </message>
    <message>
        <source>(no tag)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>non tranché</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>verdict</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>(+{n} more)</source>
        <translation>(+{n} autres)</translation>
    </message>
    <message>
        <source>{sentence}

A&apos;s claim: {a}
B&apos;s claim: {b}</source>
        <translation>{sentence}

Allégation de A : {a}
Allégation de B : {b}</translation>
    </message>
</context>
<context>
    <name>compare.panel_models</name>
    <message>
        <source>{a} and {b}, {label}, {figure}: {value}</source>
        <extracomment>The pairwise figures the matrix can show.</extracomment>
        <translation>{a} et {b}, {label}, {figure} : {value}</translation>
    </message>
    <message>
        <source>kappa</source>
        <translation>kappa</translation>
    </message>
    <message>
        <source>alpha</source>
        <translation>alpha</translation>
    </message>
    <message>
        <source>ac1</source>
        <translation>AC1</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positif</translation>
    </message>
    <message>
        <source>label</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>alpha [95%]</source>
        <translation>alpha [95 %]</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha: 1 - observed / expected disagreement, missing values allowed (-1 to 1; &gt;= 0.8 reliable, &gt;= 0.667 tentative)</source>
        <translation>Alpha de Krippendorff : 1 - désaccord observé / attendu, valeurs manquantes admises (-1 à 1 ; &gt;= 0.8 fiable, &gt;= 0.667 provisoire)</translation>
    </message>
    <message>
        <source>fleiss [95%]</source>
        <translation>Fleiss [95 %]</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa: kappa over many reviewers, each sentence seen by as many (-1 to 1; 0 chance, 1 perfect)</source>
        <translation>Kappa de Fleiss : kappa sur plusieurs relecteurs, chaque phrase vue par autant de relecteurs (-1 à 1 ; 0 hasard, 1 parfait)</translation>
    </message>
    <message>
        <source>ac1 [95%]</source>
        <translation>AC1 [95 %]</translation>
    </message>
    <message>
        <source>Gwet&apos;s AC1: chance-corrected agreement that stays stable when a label is rare (-1 to 1; 1 perfect)</source>
        <translation>AC1 de Gwet : accord corrigé du hasard qui reste stable quand une étiquette est rare (-1 à 1 ; 1 parfait)</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>observé</translation>
    </message>
    <message>
        <source>observed agreement: share of sentences decided alike (0 to 1; inflated by &apos;neither&apos;)</source>
        <translation>accord observé : part des phrases décidées de la même façon (0 à 1 ; gonflé par « aucune »)</translation>
    </message>
</context>
<context>
    <name>compare.panel_view</name>
    <message>
        <source>All picked reviewers</source>
        <translation>Tous les relecteurs choisis</translation>
    </message>
    <message>
        <source>Pairwise</source>
        <translation>Par paire :</translation>
    </message>
    <message>
        <source>of</source>
        <translation>pour</translation>
    </message>
</context>
<context>
    <name>compare.picker</name>
    <message>
        <source>More reviewers</source>
        <translation>Autres relecteurs</translation>
    </message>
    <message>
        <source>Compare more reviewers with A and B: figures over all, and every pair</source>
        <translation>Comparer d&apos;autres relecteurs avec A et B : chiffres sur l&apos;ensemble, et pour chaque paire</translation>
    </message>
    <message>
        <source>All shared articles</source>
        <translation>Tous les articles en commun</translation>
    </message>
    <message>
        <source>Off: only the articles both reviewers marked done</source>
        <translation>Décoché : seulement les articles que les deux relecteurs ont marqués terminés</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Compare the two reviewers (Ctrl+Enter)</source>
        <translation>Comparer les deux relecteurs (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Reviewer &amp;A</source>
        <translation>Relecteur &amp;A</translation>
    </message>
    <message>
        <source>Reviewer &amp;B</source>
        <translation>Relecteur &amp;B</translation>
    </message>
    <message>
        <source>&amp;Gold layer</source>
        <translation>Couche de &amp;référence</translation>
    </message>
    <message>
        <source>More reviewers ({count})</source>
        <translation>Autres relecteurs ({count})</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>Pick two reviewers.</source>
        <translation>Choisissez deux relecteurs.</translation>
    </message>
    <message>
        <source>Name the gold layer.</source>
        <translation>Nommez la couche de référence.</translation>
    </message>
    <message>
        <source>The gold layer must be a third name, not {name!r}.</source>
        <translation>La couche de référence doit porter un troisième nom, pas {name!r}.</translation>
    </message>
    <message>
        <source>The gold layer cannot be one of the reviewers compared, {name!r}.</source>
        <translation>La couche de référence ne peut pas être l&apos;un des relecteurs comparés, {name!r}.</translation>
    </message>
</context>
<context>
    <name>compare.table</name>
    <message>
        <source>Disagreements</source>
        <extracomment>a letter typed on the list that no enabled command took</extracomment>
        <translation>Désaccords</translation>
    </message>
    <message>
        <source>Undecided only (U)</source>
        <translation>Non tranchés seulement (U)</translation>
    </message>
    <message>
        <source>No comparison yet</source>
        <translation>Pas encore de comparaison</translation>
    </message>
    <message>
        <source>No disagreements: nothing to decide · 0 remaining</source>
        <translation>Aucun désaccord : rien à trancher · 0 restant</translation>
    </message>
    <message>
        <source>{decided} of {total} disagreements decided · {remaining} remaining</source>
        <translation>{decided} désaccords tranchés sur {total} · {remaining} restants</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>all figures pooled over every unit (sentence), not averaged per article</source>
        <translation>tous les chiffres calculés sur l&apos;ensemble des unités (phrases), pas en moyenne par article</translation>
    </message>
    <message>
        <source>MASI (Passonneau 2006) as NLTK&apos;s masi_distance: 1 - Jaccard * M, M = 1 equal, 2/3 subset, 1/3 overlap, 0 disjoint (exact thirds); two empty sets at distance 0</source>
        <translation>MASI (Passonneau 2006) comme masi_distance de NLTK : 1 - Jaccard * M, M = 1 égaux, 2/3 inclus, 1/3 chevauchement, 0 disjoints (tiers exacts) ; deux ensembles vides à distance 0</translation>
    </message>
    <message>
        <source>no units</source>
        <translation>aucune unité</translation>
    </message>
    <message>
        <source>only one category in the data</source>
        <translation>une seule catégorie dans les données</translation>
    </message>
    <message>
        <source>no sentence tagged by either reviewer</source>
        <translation>aucune phrase étiquetée par l&apos;un ou l&apos;autre relecteur</translation>
    </message>
    <message>
        <source>no sentence left untagged by both reviewers</source>
        <translation>aucune phrase laissée sans étiquette par les deux relecteurs</translation>
    </message>
    <message>
        <source>sentences were compared by different numbers of reviewers</source>
        <translation>les phrases ont été comparées par des nombres différents de relecteurs</translation>
    </message>
</context>
<context>
    <name>corpus.decoding</name>
    <message>
        <source>UTF-16 or UTF-32 text is not supported: save the file as UTF-8</source>
        <translation>le texte UTF-16 ou UTF-32 n&apos;est pas pris en charge : enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>binary file, not text</source>
        <translation>fichier binaire, pas du texte</translation>
    </message>
    <message>
        <source>not UTF-8 text: invalid byte 0x{byte:02x} at offset {offset}</source>
        <translation>pas du texte UTF-8 : octet invalide 0x{byte:02x} à la position {offset}</translation>
    </message>
</context>
<context>
    <name>corpus.reader</name>
    <message>
        <source>empty file: no text</source>
        <translation>fichier vide : aucun texte</translation>
    </message>
    <message>
        <source>only a date header, no article text</source>
        <translation>seulement une ligne de date, aucun texte d&apos;article</translation>
    </message>
    <message>
        <source>folder cannot be opened: permission denied</source>
        <translation>impossible d&apos;ouvrir le dossier : permission refusée</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>no such file (missing, or removed while importing)</source>
        <translation>fichier introuvable (absent, ou supprimé pendant l&apos;import)</translation>
    </message>
    <message>
        <source>cannot be read: permission denied</source>
        <translation>illisible : permission refusée</translation>
    </message>
    <message>
        <source>cannot be read: {why}</source>
        <translation>illisible : {why}</translation>
    </message>
    <message>
        <source>the limit is {mib} MiB ({limit:,} bytes)</source>
        <translation>la limite est de {mib} Mio ({limit:,} octets)</translation>
    </message>
    <message>
        <source>too large for an article (grew past the limit while read): {limit}</source>
        <translation>trop grand pour un article (a dépassé la limite pendant la lecture) : {limit}</translation>
    </message>
    <message>
        <source>too large for an article ({size:,} bytes): {limit}</source>
        <translation>trop grand pour un article ({size:,} octets) : {limit}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>{path}: {reason}</source>
        <extracomment>C0 and C1 controls, DEL, lone surrogates (a file name&apos;s bytes that are not UTF-8, decoded by Python as U+DC80-U+DCFF), bidirectional overrides and isolates, and the Unicode line and paragraph separators: each written as an escape.</extracomment>
        <translation>{path} : {reason}</translation>
    </message>
    <message>
        <source>{path}: importing it would replace work of {reviewer} that it does not hold ({work})</source>
        <translation>{path} : l&apos;importer remplacerait du travail de {reviewer} qu&apos;il ne contient pas ({work})</translation>
    </message>
    <message>
        <source>{path}: {reviewer} already has {work}</source>
        <translation>{path} : {reviewer} a déjà {work}</translation>
    </message>
    <message>
        <source>{n} label</source>
        <extracomment>kind of work -&gt; how one and several are counted in a message</extracomment>
        <translation>{n} étiquette</translation>
    </message>
    <message>
        <source>{n} labels</source>
        <translation>{n} étiquettes</translation>
    </message>
    <message>
        <source>{n} note</source>
        <translation>{n} note</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>{n} notes</translation>
    </message>
    <message>
        <source>{n} link</source>
        <translation>{n} lien</translation>
    </message>
    <message>
        <source>{n} links</source>
        <translation>{n} liens</translation>
    </message>
    <message>
        <source>{n} status</source>
        <translation>{n} statut</translation>
    </message>
    <message>
        <source>{n} statuses</source>
        <translation>{n} statuts</translation>
    </message>
    <message>
        <source>{n} claim</source>
        <translation>{n} allégation</translation>
    </message>
    <message>
        <source>{n} claims</source>
        <translation>{n} allégations</translation>
    </message>
    <message>
        <source>{n} field</source>
        <translation>{n} champ</translation>
    </message>
    <message>
        <source>{n} fields</source>
        <translation>{n} champs</translation>
    </message>
</context>
<context>
    <name>exchange.claimreview</name>
    <message>
        <source>no claim has a verdict: the file holds no ClaimReview</source>
        <extracomment>What ``{claim}`` in a URL template stands for.</extracomment>
        <translation>aucune allégation n&apos;a de verdict : le fichier ne contient aucun ClaimReview</translation>
    </message>
    <message>
        <source>no url: search engines need the address of each fact-check (give --url-template, e.g. {example}, or set url_template)</source>
        <translation>pas d&apos;URL : les moteurs de recherche ont besoin de l&apos;adresse de chaque vérification (donnez --url-template, par ex. {example}, ou réglez url_template)</translation>
    </message>
    <message>
        <source>the url template has no {placeholder}: every ClaimReview gets the same url</source>
        <translation>le modèle d&apos;URL n&apos;a pas de {placeholder} : chaque ClaimReview reçoit la même URL</translation>
    </message>
    <message>
        <source>no author: search engines need the organisation (give --organisation or set organisation)</source>
        <translation>pas d&apos;auteur : les moteurs de recherche ont besoin de l&apos;organisation (donnez --organisation ou réglez organisation)</translation>
    </message>
</context>
<context>
    <name>exchange.reader</name>
    <message>
        <source>too large to read into memory</source>
        <translation>trop grand pour être lu en mémoire</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>pas un fichier</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>cannot read: {why}</source>
        <translation>lecture impossible : {why}</translation>
    </message>
    <message>
        <source>byte {offset}: not UTF-8 text (0x{byte:02x}); exchange files are UTF-8</source>
        <translation>octet {offset} : pas du texte UTF-8 (0x{byte:02x}) ; les fichiers d&apos;échange sont en UTF-8</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Filter articles</source>
        <translation>Filtrer les articles</translation>
    </message>
    <message>
        <source>Filter articles (Ctrl+0 for the list)</source>
        <translation>Filtrer les articles (Ctrl+0 pour la liste)</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Annuler {step}</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Rétablir {step}</translation>
    </message>
    <message>
        <source>No article matches “{text}”.</source>
        <translation>Aucun article ne correspond à « {text} ».</translation>
    </message>
    <message>
        <source>READ-ONLY: this file cannot be changed; edits are off</source>
        <translation>LECTURE SEULE : ce fichier ne peut pas être modifié ; les modifications sont désactivées</translation>
    </message>
    <message>
        <source>Reviewer: {reviewer}</source>
        <translation>Relecteur : {reviewer}</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Fichier : {path}</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>✓ All changes saved</source>
        <translation>✓ Tout est enregistré</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[lecture seule]</translation>
    </message>
    <message>
        <source>About annotator</source>
        <translation>À propos d&apos;annotator</translation>
    </message>
    <message>
        <source>annotator — tag and link the sentences of news articles.

File: {path}
Reviewer: {reviewer}</source>
        <translation>annotator — étiqueter et lier les phrases d&apos;articles de presse.

Fichier : {path}
Relecteur : {reviewer}</translation>
    </message>
</context>
<context>
    <name>models.articles</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Tagged</source>
        <translation>Étiquetées</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>The article&apos;s title (the whole title is in each row&apos;s tooltip)</source>
        <extracomment>status -&gt; (mark shown in the list, its colour); the word is in the tooltip and the filter.</extracomment>
        <translation>Le titre de l&apos;article (le titre entier est dans l&apos;infobulle de chaque ligne)</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>The file the article came from</source>
        <translation>Le fichier d&apos;où vient l&apos;article</translation>
    </message>
    <message>
        <source>Sentences you tagged / sentences in the article</source>
        <translation>Phrases que vous avez étiquetées / phrases de l&apos;article</translation>
    </message>
    <message>
        <source>Your status for the article: ○ todo, ◐ in progress, ✓ done</source>
        <translation>Votre état pour l&apos;article : ○ à faire, ◐ en cours, ✓ terminé</translation>
    </message>
    <message>
        <source>{tagged}/{sentences} tagged</source>
        <translation>{tagged}/{sentences} étiquetées</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
</context>
<context>
    <name>models.candidates</name>
    <message>
        <source>may contradict</source>
        <translation>contradiction possible</translation>
    </message>
    <message>
        <source>this article</source>
        <translation>cet article</translation>
    </message>
    <message>
        <source>P or Enter: open it in the side pane, then L links</source>
        <translation>P ou Entrée : l&apos;ouvrir dans le volet latéral, puis L pour lier</translation>
    </message>
</context>
<context>
    <name>models.links</name>
    <message>
        <source>note: {note}</source>
        <translation>note : {note}</translation>
    </message>
    <message>
        <source>{relation}: {text}
({title}) — Enter or G to go there, B to come back</source>
        <translation>{relation} : {text}
({title}) — Entrée ou G pour y aller, B pour revenir</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>claim</source>
        <translation>affirmation</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>citation</translation>
    </message>
    <message>
        <source>statistic</source>
        <translation>statistique</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>appuie</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>contredit</translation>
    </message>
    <message>
        <source>todo</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>untagged</source>
        <translation>sans étiquette</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>annotator files (*.db *.sqlite *.annotator);;All files (*)</source>
        <translation>Fichiers annotator (*.db *.sqlite *.annotator);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open the annotator file</source>
        <translation>Impossible d&apos;ouvrir le fichier annotator</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Ouvrir un autre fichier…</translation>
    </message>
    <message>
        <source>Create a new file…</source>
        <translation>Créer un nouveau fichier…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open annotator file</source>
        <translation>Ouvrir un fichier annotator</translation>
    </message>
    <message>
        <source>New annotator file</source>
        <translation>Nouveau fichier annotator</translation>
    </message>
</context>
<context>
    <name>plain</name>
    <message>
        <source>({count} characters)</source>
        <translation>({count} caractères)</translation>
    </message>
</context>
<context>
    <name>project.adjudication</name>
    <message>
        <source>the gold layer must be a third name, not {gold!r}</source>
        <extracomment>``Item.other`` of a verdict disagreement: no sentence has this id.</extracomment>
        <translation>la couche de référence doit porter un troisième nom, pas {gold!r}</translation>
    </message>
</context>
<context>
    <name>project.claims</name>
    <message>
        <source>claim {id} was made or removed elsewhere since; this step cannot be undone</source>
        <extracomment>Claim id -&gt; the claim as stored, or None: absent.</extracomment>
        <translation>l&apos;allégation {id} a été créée ou supprimée ailleurs entre-temps ; cette étape ne peut pas être annulée</translation>
    </message>
    <message>
        <source>sentence {sentence} already states claim {id}{what}; a sentence belongs to one claim of a reviewer</source>
        <translation>la phrase {sentence} énonce déjà l&apos;allégation {id}{what} ; une phrase appartient à une seule allégation d&apos;un relecteur</translation>
    </message>
    <message>
        <source>a claim needs a statement: one sentence saying what is claimed</source>
        <translation>une allégation a besoin d&apos;un énoncé : une phrase qui dit ce qui est affirmé</translation>
    </message>
</context>
<context>
    <name>project.exchange</name>
    <message>
        <source>no reviewer {name!r} in {path}</source>
        <translation>aucun relecteur {name!r} dans {path}</translation>
    </message>
    <message>
        <source>cannot write {out}: it is a folder</source>
        <translation>impossible d&apos;écrire {out} : c&apos;est un dossier</translation>
    </message>
    <message>
        <source>cannot write {out}: {why}</source>
        <translation>impossible d&apos;écrire {out} : {why}</translation>
    </message>
</context>
<context>
    <name>project.exports</name>
    <message>
        <source>{n} link(s) between two articles left out: brat holds relations inside one document</source>
        <extracomment>The usual file name ending of each format&apos;s output.</extracomment>
        <translation>{n} lien(s) entre deux articles laissé(s) de côté : brat ne garde que les relations à l&apos;intérieur d&apos;un document</translation>
    </message>
</context>
<context>
    <name>project.facade</name>
    <message>
        <source>a sentence cannot be linked to itself</source>
        <translation>une phrase ne peut pas être liée à elle-même</translation>
    </message>
</context>
<context>
    <name>project.metadata</name>
    <message>
        <source>the title must be one line</source>
        <extracomment>The settings a file keeps, with what each is for. the refusal of a line break, for each field of ArticleMeta (tests/test_translatable.py checks they match)</extracomment>
        <translation>le titre doit tenir sur une ligne</translation>
    </message>
    <message>
        <source>the outlet must be one line</source>
        <translation>le média doit tenir sur une ligne</translation>
    </message>
    <message>
        <source>the url must be one line</source>
        <translation>l&apos;URL doit tenir sur une ligne</translation>
    </message>
    <message>
        <source>the author must be one line</source>
        <translation>l&apos;auteur doit tenir sur une ligne</translation>
    </message>
</context>
<context>
    <name>review.links</name>
    <message>
        <source>reviewer B drew no links</source>
        <translation>le relecteur B n&apos;a tracé aucun lien</translation>
    </message>
    <message>
        <source>reviewer A drew no links</source>
        <translation>le relecteur A n&apos;a tracé aucun lien</translation>
    </message>
    <message>
        <source>no links in either layer</source>
        <translation>aucun lien dans l&apos;une ou l&apos;autre couche</translation>
    </message>
    <message>
        <source>no sentence pair linked by both</source>
        <translation>aucune paire de phrases liée par les deux</translation>
    </message>
</context>
<context>
    <name>review.panel</name>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} à {high}</translation>
    </message>
    <message>
        <source>{n} reviewers ({names}): {units} sentences decided by two or more of them in {articles} article(s), each by {seen}.</source>
        <translation>{n} relecteurs ({names}) : {units} phrases décidées par au moins deux d&apos;entre eux dans {articles} article(s), chacune par {seen}.</translation>
    </message>
</context>
<context>
    <name>review.reading</name>
    <message>
        <source>undefined</source>
        <translation>indéfini</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>{who} {n}</source>
        <translation>{who} {n}</translation>
    </message>
    <message>
        <source>{who} {n} and {other} {m}</source>
        <translation>{who} {n} et {other} {m}</translation>
    </message>
    <message>
        <source>{label}: fewer than {least} tagged sentences ({told}); a few decisions move every figure</source>
        <translation>{label} : moins de {least} phrases étiquetées ({told}) ; quelques décisions font bouger tous les chiffres</translation>
    </message>
    <message>
        <source>{label}: observed agreement {observed:.2f} but kappa {kappa}: {share:.0%} of sentences are &apos;neither&apos;, agreed on without effort; read positive agreement and AC1</source>
        <translation>{label} : accord observé {observed:.2f} mais kappa {kappa} : {share:.0%} des phrases sont « aucune », un accord obtenu sans effort ; lisez plutôt l&apos;accord positif et l&apos;AC1</translation>
    </message>
    <message>
        <source>any reviewer</source>
        <translation>l&apos;un des relecteurs</translation>
    </message>
    <message>
        <source>either reviewer</source>
        <translation>l&apos;un ou l&apos;autre relecteur</translation>
    </message>
    <message>
        <source>no sentence tagged {label} by {anyone}</source>
        <translation>aucune phrase étiquetée {label} par {anyone}</translation>
    </message>
    <message>
        <source>only 1 sentence tagged {label} by {anyone}</source>
        <translation>une seule phrase étiquetée {label} par {anyone}</translation>
    </message>
    <message>
        <source>only {n} sentences tagged {label} by {anyone}</source>
        <translation>seulement {n} phrases étiquetées {label} par {anyone}</translation>
    </message>
    <message>
        <source>all who saw them</source>
        <translation>tous ceux qui les ont vues</translation>
    </message>
    <message>
        <source>both</source>
        <translation>les deux</translation>
    </message>
    <message>
        <source>of {n} sentences tagged {label} by {anyone}, {who} tagged {agreed}</source>
        <translation>sur {n} phrases étiquetées {label} par {anyone}, {who} en ont étiqueté {agreed}</translation>
    </message>
    <message>
        <source>{label} (alpha {alpha:.2f})</source>
        <translation>{label} (alpha {alpha:.2f})</translation>
    </message>
    <message>
        <source>{label} (alpha {alpha}: {reason})</source>
        <translation>{label} (alpha {alpha} : {reason})</translation>
    </message>
    <message>
        <source>Agree well (alpha &gt;= {threshold}): {labels}.</source>
        <translation>Bon accord (alpha ≥ {threshold}) : {labels}.</translation>
    </message>
    <message>
        <source>No label reaches alpha {threshold}, the threshold for data to rely on.</source>
        <translation>Aucune étiquette n&apos;atteint alpha {threshold}, le seuil au-delà duquel se fier aux données.</translation>
    </message>
    <message>
        <source>Do not agree well: {labels}.</source>
        <translation>Accord insuffisant : {labels}.</translation>
    </message>
    <message>
        <source>Every label agrees well.</source>
        <translation>Toutes les étiquettes ont un bon accord.</translation>
    </message>
</context>
<context>
    <name>review.report</name>
    <message>
        <source>not computed</source>
        <extracomment>Which MASI the set-level alpha uses (the reasons are in review/masi.py). The per-label figures that get a bootstrap interval. Every per-label figure, in the order the report shows them.</extracomment>
        <translation>non calculé</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Keys:</source>
        <extracomment>Keys the Claims window&apos;s widgets handle (claims/window.py, claims/timeline.py).</extracomment>
        <translation>Touches :</translation>
    </message>
    <message>
        <source>or</source>
        <translation>ou</translation>
    </message>
    <message>
        <source>Compare window</source>
        <translation>Fenêtre de comparaison</translation>
    </message>
    <message>
        <source>Claims window</source>
        <translation>Fenêtre des allégations</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <source>Create an empty annotator file</source>
        <translation>Créer un fichier annotator vide</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <source>Open another annotator file</source>
        <translation>Ouvrir un autre fichier annotator</translation>
    </message>
    <message>
        <source>&amp;Import articles…</source>
        <translation>&amp;Importer des articles…</translation>
    </message>
    <message>
        <source>Import article files</source>
        <translation>Importer des fichiers d&apos;articles</translation>
    </message>
    <message>
        <source>Import articles from &amp;folder…</source>
        <translation>Importer les articles d&apos;un &amp;dossier…</translation>
    </message>
    <message>
        <source>Import every article of a folder</source>
        <translation>Importer tous les articles d&apos;un dossier</translation>
    </message>
    <message>
        <source>Recent &amp;files</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Export my work as JSON…</source>
        <translation>&amp;Exporter mon travail en JSON…</translation>
    </message>
    <message>
        <source>Write your annotations to a JSON file</source>
        <translation>Écrire vos annotations dans un fichier JSON</translation>
    </message>
    <message>
        <source>Export &amp;as…</source>
        <translation>Exporter &amp;sous…</translation>
    </message>
    <message>
        <source>Write your annotations as W3C Web Annotation, ClaimReview, CSV, brat or JSON</source>
        <translation>Écrire vos annotations en W3C Web Annotation, ClaimReview, CSV, brat ou JSON</translation>
    </message>
    <message>
        <source>Import a reviewer&apos;s &amp;JSON…</source>
        <translation>Importer le &amp;JSON d&apos;un relecteur…</translation>
    </message>
    <message>
        <source>Read another reviewer&apos;s annotations</source>
        <translation>Lire les annotations d&apos;un autre relecteur</translation>
    </message>
    <message>
        <source>Switch &amp;reviewer…</source>
        <translation>Changer de re&amp;lecteur…</translation>
    </message>
    <message>
        <source>Work as another reviewer</source>
        <translation>Travailler sous le nom d&apos;un autre relecteur</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Fermer la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Toggle &amp;claim</source>
        <translation>Étiquette &amp;affirmation</translation>
    </message>
    <message>
        <source>Tag / untag the sentence as a claim</source>
        <translation>Étiqueter la phrase comme affirmation, ou retirer l&apos;étiquette</translation>
    </message>
    <message>
        <source>Toggle &amp;quote</source>
        <translation>Étiquette &amp;citation</translation>
    </message>
    <message>
        <source>Tag / untag the sentence as a quote</source>
        <translation>Étiqueter la phrase comme citation, ou retirer l&apos;étiquette</translation>
    </message>
    <message>
        <source>Toggle &amp;statistic</source>
        <translation>Étiquette &amp;statistique</translation>
    </message>
    <message>
        <source>Tag / untag the sentence as a statistic</source>
        <translation>Étiqueter la phrase comme statistique, ou retirer l&apos;étiquette</translation>
    </message>
    <message>
        <source>Edit &amp;note</source>
        <translation>Modifier la &amp;note</translation>
    </message>
    <message>
        <source>Write a note on the sentence (Esc returns)</source>
        <translation>Écrire une note sur la phrase (Échap pour revenir)</translation>
    </message>
    <message>
        <source>&amp;Link with side-pane sentence…</source>
        <translation>&amp;Lier à la phrase du volet latéral…</translation>
    </message>
    <message>
        <source>Link the two selected sentences: agrees / contradicts</source>
        <translation>Lier les deux phrases choisies : appuie / contredit</translation>
    </message>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation>Acce&amp;pter la suggestion</translation>
    </message>
    <message>
        <source>Put the suggested tag (outlined chip) on the sentence, with its fields</source>
        <translation>Poser sur la phrase l&apos;étiquette suggérée (pastille en pointillés), avec ses champs</translation>
    </message>
    <message>
        <source>&amp;Reject suggestion</source>
        <translation>Re&amp;jeter la suggestion</translation>
    </message>
    <message>
        <source>Turn the sentence&apos;s suggestion down; it does not come back for you</source>
        <translation>Écarter la suggestion de la phrase ; elle ne vous sera plus proposée</translation>
    </message>
    <message>
        <source>Accept all suggestions of the article…</source>
        <translation>Tout accepter dans l&apos;article…</translation>
    </message>
    <message>
        <source>Every suggestion of the article, after a question; one undo takes them back</source>
        <translation>Toutes les suggestions de l&apos;article, après confirmation ; une seule annulation les retire</translation>
    </message>
    <message>
        <source>Mark article &amp;done</source>
        <translation>Marquer l&apos;article &amp;terminé</translation>
    </message>
    <message>
        <source>Mark the article done (again: back to in progress)</source>
        <translation>Marquer l&apos;article terminé (à nouveau : retour à « en cours »)</translation>
    </message>
    <message>
        <source>Article &amp;details…</source>
        <translation>Dé&amp;tails de l&apos;article…</translation>
    </message>
    <message>
        <source>Edit the open article&apos;s title, outlet, URL and author</source>
        <translation>Modifier le titre, le média, l&apos;URL et l&apos;auteur de l&apos;article ouvert</translation>
    </message>
    <message>
        <source>Claim…</source>
        <translation>Allégation…</translation>
    </message>
    <message>
        <source>Make a new claim from the sentence, or add it to one of your claims</source>
        <translation>Faire une nouvelle allégation de la phrase, ou l&apos;ajouter à l&apos;une de vos allégations</translation>
    </message>
    <message>
        <source>Take out of its claim</source>
        <translation>Retirer de son allégation</translation>
    </message>
    <message>
        <source>The sentence no longer states its claim</source>
        <translation>La phrase n&apos;énonce plus son allégation</translation>
    </message>
    <message>
        <source>&amp;Next sentence</source>
        <translation>Phrase &amp;suivante</translation>
    </message>
    <message>
        <source>Select the next sentence</source>
        <translation>Choisir la phrase suivante</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>&amp;Naviguer</translation>
    </message>
    <message>
        <source>&amp;Previous sentence</source>
        <translation>Phrase &amp;précédente</translation>
    </message>
    <message>
        <source>Select the previous sentence</source>
        <translation>Choisir la phrase précédente</translation>
    </message>
    <message>
        <source>Next &amp;untagged sentence</source>
        <translation>Phrase &amp;non étiquetée suivante</translation>
    </message>
    <message>
        <source>Jump to the next sentence without a tag</source>
        <translation>Aller à la prochaine phrase sans étiquette</translation>
    </message>
    <message>
        <source>Next &amp;article</source>
        <translation>&amp;Article suivant</translation>
    </message>
    <message>
        <source>Open the next article of the list</source>
        <translation>Ouvrir l&apos;article suivant de la liste</translation>
    </message>
    <message>
        <source>Pre&amp;vious article</source>
        <translation>Article pré&amp;cédent</translation>
    </message>
    <message>
        <source>Open the previous article of the list</source>
        <translation>Ouvrir l&apos;article précédent de la liste</translation>
    </message>
    <message>
        <source>&amp;Go to linked sentence</source>
        <translation>&amp;Aller à la phrase liée</translation>
    </message>
    <message>
        <source>Jump to the sentence linked to this one</source>
        <translation>Aller à la phrase liée à celle-ci</translation>
    </message>
    <message>
        <source>Go &amp;back</source>
        <translation>&amp;Revenir</translation>
    </message>
    <message>
        <source>Return to where you jumped from</source>
        <translation>Revenir d&apos;où vous êtes parti</translation>
    </message>
    <message>
        <source>&amp;Search all articles…</source>
        <translation>&amp;Chercher dans tous les articles…</translation>
    </message>
    <message>
        <source>Full-text search; Enter jumps to the sentence</source>
        <translation>Recherche en texte intégral ; Entrée va à la phrase</translation>
    </message>
    <message>
        <source>Focus article &amp;list</source>
        <translation>Aller à la &amp;liste des articles</translation>
    </message>
    <message>
        <source>Move the keyboard to the article list</source>
        <translation>Donner le clavier à la liste des articles</translation>
    </message>
    <message>
        <source>Focus &amp;main article</source>
        <translation>Aller à l&apos;article &amp;principal</translation>
    </message>
    <message>
        <source>Move the keyboard to the main article</source>
        <translation>Donner le clavier à l&apos;article principal</translation>
    </message>
    <message>
        <source>Focus &amp;side article</source>
        <translation>Aller à l&apos;article &amp;latéral</translation>
    </message>
    <message>
        <source>Move the keyboard to the side pane (opens it)</source>
        <translation>Donner le clavier au volet latéral (l&apos;ouvre)</translation>
    </message>
    <message>
        <source>Focus claim &amp;verdict</source>
        <translation>Aller au &amp;verdict de l&apos;allégation</translation>
    </message>
    <message>
        <source>Move the keyboard to the verdict of the sentence&apos;s claim (arrows change it, Tab goes on)</source>
        <translation>Donner le clavier au verdict de l&apos;allégation de la phrase (les flèches le changent, Tab passe à la suite)</translation>
    </message>
    <message>
        <source>Open this article in the &amp;side pane</source>
        <translation>Ouvrir cet article dans le volet &amp;latéral</translation>
    </message>
    <message>
        <source>Show the current article in the side pane too</source>
        <translation>Montrer aussi l&apos;article courant dans le volet latéral</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Choose side-pane article…</source>
        <translation>&amp;Choisir l&apos;article du volet latéral…</translation>
    </message>
    <message>
        <source>Pick the article shown in the side pane</source>
        <translation>Choisir l&apos;article montré dans le volet latéral</translation>
    </message>
    <message>
        <source>Show su&amp;ggestions (on / off)</source>
        <translation>Afficher les s&amp;uggestions (oui / non)</translation>
    </message>
    <message>
        <source>Outlined chips for suggested tags, and candidates in the panel</source>
        <translation>Pastilles en pointillés pour les étiquettes suggérées, et phrases candidates dans le panneau</translation>
    </message>
    <message>
        <source>O&amp;pen next candidate in the side pane</source>
        <translation>Candidate suivante au v&amp;olet latéral</translation>
    </message>
    <message>
        <source>The sentence&apos;s next candidate (same fact elsewhere?) in the side pane, ready to link with L</source>
        <translation>La phrase candidate suivante (même fait ailleurs ?) dans le volet latéral, prête à lier avec L</translation>
    </message>
    <message>
        <source>C&amp;lose side pane</source>
        <translation>&amp;Fermer le volet latéral</translation>
    </message>
    <message>
        <source>Hide the side pane</source>
        <translation>Masquer le volet latéral</translation>
    </message>
    <message>
        <source>Show / hide the article &amp;list</source>
        <translation>Afficher / masquer la &amp;liste des articles</translation>
    </message>
    <message>
        <source>Fold the article list away for room to read, or bring it back</source>
        <translation>Replier la liste des articles pour avoir de la place pour lire, ou la rouvrir</translation>
    </message>
    <message>
        <source>Lar&amp;ger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>The articles in a larger font (remembered)</source>
        <translation>Les articles en plus grands caractères (mémorisé)</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>The articles in a smaller font (remembered)</source>
        <translation>Les articles en plus petits caractères (mémorisé)</translation>
    </message>
    <message>
        <source>Cycle tag &amp;filter</source>
        <translation>Changer le &amp;filtre d&apos;étiquettes</translation>
    </message>
    <message>
        <source>Only visit sentences with a tag: all / claim / quote / statistic / untagged</source>
        <translation>Ne parcourir que les phrases d&apos;une étiquette : toutes / affirmation / citation / statistique / sans étiquette</translation>
    </message>
    <message>
        <source>Word &amp;difference of the two panes</source>
        <translation>&amp;Différence mot à mot des deux volets</translation>
    </message>
    <message>
        <source>The main and side panes&apos; sentences one above the other, the words that differ marked</source>
        <translation>Les phrases des volets principal et latéral l&apos;une au-dessus de l&apos;autre, les mots qui diffèrent marqués</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Show the interface in English (from the next start)</source>
        <translation>Afficher l&apos;interface en anglais (au prochain démarrage)</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Show the interface in French (from the next start)</source>
        <translation>Afficher l&apos;interface en français (au prochain démarrage)</translation>
    </message>
    <message>
        <source>&amp;Compare reviewers…</source>
        <translation>&amp;Comparer les relecteurs…</translation>
    </message>
    <message>
        <source>Agreement of two reviewers; decide their disagreements into a gold layer</source>
        <translation>Accord de deux relecteurs ; trancher leurs désaccords dans une couche de référence</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Relecture</translation>
    </message>
    <message>
        <source>C&amp;laims…</source>
        <translation>A&amp;llégations…</translation>
    </message>
    <message>
        <source>Every claim of yours with its verdict, and where each appears over time</source>
        <translation>Chacune de vos allégations avec son verdict, et où elle apparaît au fil du temps</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>This sheet</source>
        <translation>Cette feuille</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About annotator</source>
        <translation>À &amp;propos d&apos;annotator</translation>
    </message>
    <message>
        <source>Version and files</source>
        <translation>Version et fichiers</translation>
    </message>
    <message>
        <source>Accept A</source>
        <translation>Prendre A</translation>
    </message>
    <message>
        <source>Take reviewer A&apos;s value into the gold layer</source>
        <translation>Prendre la valeur du relecteur A dans la couche de référence</translation>
    </message>
    <message>
        <source>Accept B</source>
        <translation>Prendre B</translation>
    </message>
    <message>
        <source>Take reviewer B&apos;s value into the gold layer</source>
        <translation>Prendre la valeur du relecteur B dans la couche de référence</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Choose the gold value by hand</source>
        <translation>Choisir la valeur de référence à la main</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next disagreement in the list</source>
        <translation>Désaccord suivant de la liste</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous disagreement in the list</source>
        <translation>Désaccord précédent de la liste</translation>
    </message>
    <message>
        <source>Next undecided</source>
        <translation>À trancher</translation>
    </message>
    <message>
        <source>Jump to the next disagreement not decided yet</source>
        <translation>Aller au prochain désaccord pas encore tranché</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the last decision</source>
        <translation>Annuler la dernière décision</translation>
    </message>
    <message>
        <source>Redo the decision undone</source>
        <translation>Rétablir la décision annulée</translation>
    </message>
    <message>
        <source>Undecided only</source>
        <translation>Non tranchés seulement</translation>
    </message>
    <message>
        <source>Show only the disagreements not decided yet</source>
        <translation>Ne montrer que les désaccords pas encore tranchés</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Compare the two reviewers (again)</source>
        <translation>Comparer les deux relecteurs (à nouveau)</translation>
    </message>
    <message>
        <source>Filter by words</source>
        <translation>Filtrer par mots</translation>
    </message>
    <message>
        <source>Accents and case are ignored</source>
        <translation>Accents et majuscules ignorés</translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation>Filtrer par verdict</translation>
    </message>
    <message>
        <source>Show only the claims with one verdict</source>
        <translation>Ne montrer que les allégations d&apos;un verdict</translation>
    </message>
    <message>
        <source>Read the claims again</source>
        <translation>Relire les allégations</translation>
    </message>
    <message>
        <source>Show the claims as the file holds them now</source>
        <translation>Montrer les allégations telles que le fichier les contient maintenant</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the Claims window</source>
        <translation>Fermer la fenêtre des allégations</translation>
    </message>
    <message>
        <source>Note editor</source>
        <translation>Éditeur de note</translation>
    </message>
    <message>
        <source>Back to the article (the note is kept)</source>
        <translation>Retour à l&apos;article (la note est gardée)</translation>
    </message>
    <message>
        <source>Links list</source>
        <translation>Liste des liens</translation>
    </message>
    <message>
        <source>Go to the linked sentence</source>
        <translation>Aller à la phrase liée</translation>
    </message>
    <message>
        <source>Word difference with the linked sentence</source>
        <translation>Différence avec la phrase liée</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <source>Back to the article</source>
        <translation>Retour à l&apos;article</translation>
    </message>
    <message>
        <source>Link dialog</source>
        <translation>Dialogue de lien</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>Appuie</translation>
    </message>
    <message>
        <source>Contradicts</source>
        <translation>Contredit</translation>
    </message>
    <message>
        <source>To the note</source>
        <translation>Vers la note</translation>
    </message>
    <message>
        <source>Same claim on or off (agrees)</source>
        <translation>Même allégation oui ou non (appuie)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Claim picker</source>
        <translation>Choix d&apos;allégation</translation>
    </message>
    <message>
        <source>Choose a row (while typing)</source>
        <translation>Choisir une ligne (en tapant)</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>La prendre</translation>
    </message>
    <message>
        <source>Claim section</source>
        <translation>Section allégation</translation>
    </message>
    <message>
        <source>Change the verdict (on it)</source>
        <translation>Changer le verdict (dessus)</translation>
    </message>
    <message>
        <source>Add a source (on the sources)</source>
        <translation>Ajouter une source (sur les sources)</translation>
    </message>
    <message>
        <source>Edit the source</source>
        <translation>Modifier la source</translation>
    </message>
    <message>
        <source>Remove the source</source>
        <translation>Supprimer la source</translation>
    </message>
    <message>
        <source>Open the source in the browser</source>
        <translation>Ouvrir la source dans le navigateur</translation>
    </message>
    <message>
        <source>Back to the article (typing kept)</source>
        <translation>Retour à l&apos;article (saisie gardée)</translation>
    </message>
    <message>
        <source>Word difference</source>
        <translation>Différence mot à mot</translation>
    </message>
    <message>
        <source>Search dialog</source>
        <translation>Dialogue de recherche</translation>
    </message>
    <message>
        <source>From the words to the results</source>
        <translation>Des mots aux résultats</translation>
    </message>
    <message>
        <source>Jump to the sentence</source>
        <translation>Aller à la phrase</translation>
    </message>
    <message>
        <source>Filter: to the claims</source>
        <translation>Filtre : vers les allégations</translation>
    </message>
    <message>
        <source>Claim: to its timeline</source>
        <translation>Allégation : vers sa chronologie</translation>
    </message>
    <message>
        <source>Timeline: open the sentence</source>
        <translation>Chronologie : ouvrir la phrase</translation>
    </message>
    <message>
        <source>Timeline: back to the claims</source>
        <translation>Chronologie : retour aux allégations</translation>
    </message>
</context>
<context>
    <name>store.connection</name>
    <message>
        <source>does not exist</source>
        <translation>n&apos;existe pas</translation>
    </message>
    <message>
        <source>is empty (0 bytes): it holds no annotator data</source>
        <translation>est vide (0 octet) : il ne contient aucune donnée d&apos;annotator</translation>
    </message>
    <message>
        <source>cannot be written (read-only file or folder); it can be opened read-only</source>
        <translation>ne peut pas être modifié (fichier ou dossier en lecture seule) ; il peut être ouvert en lecture seule</translation>
    </message>
    <message>
        <source>is damaged or not an annotator database (SQLite says: {detail})</source>
        <translation>est endommagé ou n&apos;est pas une base annotator (SQLite indique : {detail})</translation>
    </message>
    <message>
        <source>is busy in another program; try again in a moment</source>
        <translation>est occupé par un autre programme ; réessayez dans un instant</translation>
    </message>
    <message>
        <source>cannot be used (SQLite says: {detail})</source>
        <translation>est inutilisable (SQLite indique : {detail})</translation>
    </message>
    <message>
        <source>was written by a newer annotator (schema {version}); this release reads schema {known} and older</source>
        <translation>a été écrit par une version plus récente d&apos;annotator (schéma {version}) ; cette version lit le schéma {known} et les précédents</translation>
    </message>
    <message>
        <source>is an SQLite file of another program, not an annotator database</source>
        <translation>est un fichier SQLite d&apos;un autre programme, pas une base annotator</translation>
    </message>
</context>
<context>
    <name>store.file_checks</name>
    <message>
        <source>is a folder, not a database file</source>
        <translation>est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <source>folder {folder} does not exist</source>
        <translation>le dossier {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <source>is not a regular file (a device, pipe or socket); give a database file</source>
        <translation>n&apos;est pas un fichier ordinaire (périphérique, tube ou socket) ; donnez un fichier de base de données</translation>
    </message>
    <message>
        <source>cannot be read ({why})</source>
        <translation>est illisible ({why})</translation>
    </message>
    <message>
        <source>is not an annotator database (not an SQLite file)</source>
        <translation>n&apos;est pas une base annotator (pas un fichier SQLite)</translation>
    </message>
    <message>
        <source>cannot be written (read-only file); it can be opened read-only</source>
        <translation>ne peut pas être modifié (fichier en lecture seule) ; il peut être ouvert en lecture seule</translation>
    </message>
    <message>
        <source>cannot be written (read-only folder {folder}); it can be opened read-only</source>
        <translation>ne peut pas être modifié (dossier {folder} en lecture seule) ; il peut être ouvert en lecture seule</translation>
    </message>
</context>
<context>
    <name>suggest.pairs</name>
    <message>
        <source>one side negates ({word})</source>
        <translation>l&apos;une des phrases nie ({word})</translation>
    </message>
    <message>
        <source>another figure ({first} / {second})</source>
        <translation>un autre chiffre ({first} / {second})</translation>
    </message>
    <message>
        <source>shared: {terms}; {why}</source>
        <translation>en commun : {terms} ; {why}</translation>
    </message>
    <message>
        <source>shared: {terms}</source>
        <translation>en commun : {terms}</translation>
    </message>
</context>
<context>
    <name>widgets.article_details</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Média :</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur :</translation>
    </message>
    <message>
        <source>the newspaper or site</source>
        <translation>le journal ou le site</translation>
    </message>
    <message>
        <source>who wrote it</source>
        <translation>qui l&apos;a écrit</translation>
    </message>
    <message>
        <source>Article details</source>
        <translation>Détails de l&apos;article</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>widgets.article_list</name>
    <message>
        <source>Articles</source>
        <extracomment>the widest text each compact column must show, measured in the table&apos;s font</extracomment>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Colonnes par défaut</translation>
    </message>
</context>
<context>
    <name>widgets.article_pane</name>
    <message>
        <source>{label}: press {number} to tag or untag the sentence</source>
        <translation>{label} : appuyez sur {number} pour étiqueter la phrase ou retirer l&apos;étiquette</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>liée</translation>
    </message>
    <message>
        <source>Underlined: the sentence is linked to another (G goes there)</source>
        <translation>Soulignée : la phrase est liée à une autre (G y va)</translation>
    </message>
    <message>
        <source>Article in the side pane (Ctrl+Shift+O)</source>
        <translation>Article du volet latéral (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <source>Side article</source>
        <translation>Article d&apos;à côté</translation>
    </message>
    <message>
        <source>Main article</source>
        <translation>Article principal</translation>
    </message>
    <message>
        <source>No article</source>
        <translation>Aucun article</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>showing only: {filter} (Ctrl+T)</source>
        <translation>seulement : {filter} (Ctrl+T)</translation>
    </message>
</context>
<context>
    <name>widgets.candidate_box</name>
    <message>
        <source>Same fact elsewhere?</source>
        <translation>Même fait ailleurs ?</translation>
    </message>
    <message>
        <source>Sentences likely to state the same fact, best first; P opens the next one in the side pane, ready to link with L</source>
        <translation>Phrases qui énoncent sans doute le même fait, les plus probables d&apos;abord ; P ouvre la suivante dans le volet latéral, prête à lier avec L</translation>
    </message>
    <message>
        <source>P opens the next one in the side pane</source>
        <translation>P ouvre la suivante dans le volet latéral</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Phrases candidates</translation>
    </message>
    <message>
        <source>No other sentence shares its figures or names</source>
        <translation>Aucune autre phrase ne partage ses chiffres ou ses noms</translation>
    </message>
</context>
<context>
    <name>widgets.claim_panel</name>
    <message>
        <source>In no claim: C makes one from this sentence or joins one</source>
        <translation>Dans aucune allégation : C en fait une de cette phrase ou en rejoint une</translation>
    </message>
    <message>
        <source>Claim #{id} · {n} appearance(s) in {m} article(s)</source>
        <translation>Allégation n° {id} · {n} apparition(s) dans {m} article(s)</translation>
    </message>
    <message>
        <source>Claim (C choose, V verdict)</source>
        <translation>Allégation (C choisir, V verdict)</translation>
    </message>
    <message>
        <source>The verdict (V; arrows change it)</source>
        <translation>Le verdict (V ; les flèches le changent)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, e.g. {example}</source>
        <translation>AAAA-MM-JJ, par ex. {example}</translation>
    </message>
    <message>
        <source>Why this verdict…</source>
        <translation>Pourquoi ce verdict…</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Vérifiée le</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>widgets.claim_picker</name>
    <message>
        <source>{n} appearance(s)</source>
        <translation>{n} apparition(s)</translation>
    </message>
    <message>
        <source>{n} article(s)</source>
        <translation>{n} article(s)</translation>
    </message>
    <message>
        <source>this sentence&apos;s claim</source>
        <translation>l&apos;allégation de cette phrase</translation>
    </message>
    <message>
        <source>New claim from this sentence</source>
        <translation>Nouvelle allégation à partir de cette phrase</translation>
    </message>
    <message>
        <source>Take this sentence out of its claim</source>
        <translation>Retirer cette phrase de son allégation</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Allégation</translation>
    </message>
    <message>
        <source>Search your claims</source>
        <translation>Chercher dans vos allégations</translation>
    </message>
    <message>
        <source>Find one of your claims (↑ ↓ to choose, Enter to take)</source>
        <translation>Trouver l&apos;une de vos allégations (↑ ↓ pour choisir, Entrée pour la prendre)</translation>
    </message>
    <message>
        <source>Your claims</source>
        <translation>Vos allégations</translation>
    </message>
</context>
<context>
    <name>widgets.claim_sources</name>
    <message>
        <source>read {date}</source>
        <translation>lue le {date}</translation>
    </message>
    <message>
        <source>Enter opens it in the browser</source>
        <translation>Entrée l&apos;ouvre dans le navigateur</translation>
    </message>
    <message>
        <source>A citation (nothing to open)</source>
        <translation>Une référence (rien à ouvrir)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>https://… or a citation</source>
        <translation>https://… ou une référence</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, e.g. {example}</source>
        <translation>AAAA-MM-JJ, par ex. {example}</translation>
    </message>
    <message>
        <source>URL or citation</source>
        <translation>URL ou référence</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>Lue le</translation>
    </message>
    <message>
        <source>Give the source&apos;s URL, or a citation</source>
        <translation>Donnez l&apos;URL de la source, ou une référence</translation>
    </message>
    <message>
        <source>Sources of the claim</source>
        <translation>Sources de l&apos;allégation</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a source (Insert)</source>
        <translation>Ajouter une source (Inser)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the source (Delete)</source>
        <translation>Supprimer la source (Suppr)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the URL in the browser (Enter)</source>
        <translation>Ouvrir l&apos;URL dans le navigateur (Entrée)</translation>
    </message>
    <message>
        <source>“{url}” is a citation, not a web address: nothing to open</source>
        <translation>« {url} » est une référence, pas une adresse web : rien à ouvrir</translation>
    </message>
</context>
<context>
    <name>widgets.days</name>
    <message>
        <source>“{text}” is not a date: write it YYYY-MM-DD, e.g. {example}</source>
        <translation>« {text} » n&apos;est pas une date : écrivez-la AAAA-MM-JJ, par ex. {example}</translation>
    </message>
    <message>
        <source>{text} is not a day of the calendar (YYYY-MM-DD)</source>
        <translation>{text} n&apos;est pas un jour du calendrier (AAAA-MM-JJ)</translation>
    </message>
</context>
<context>
    <name>widgets.difference</name>
    <message>
        <source>words only one side has</source>
        <translation>mots d&apos;un seul côté</translation>
    </message>
    <message>
        <source>a number that differs</source>
        <translation>un nombre qui diffère</translation>
    </message>
    <message>
        <source>shared words: unmarked</source>
        <translation>mots communs : non marqués</translation>
    </message>
    <message>
        <source>Word difference</source>
        <translation>Différence mot à mot</translation>
    </message>
</context>
<context>
    <name>widgets.fact_fields</name>
    <message>
        <source>e.g. 295</source>
        <translation>par ex. 295</translation>
    </message>
    <message>
        <source>e.g. %</source>
        <translation>par ex. %</translation>
    </message>
    <message>
        <source>e.g. 28 February 2026</source>
        <translation>par ex. 28 février 2026</translation>
    </message>
    <message>
        <source>e.g. Sensor Tower</source>
        <translation>par ex. Sensor Tower</translation>
    </message>
    <message>
        <source>who said it</source>
        <translation>qui l&apos;a dit</translation>
    </message>
    <message>
        <source>Statistic fields</source>
        <extracomment>the names shown for the groups and fields of :data:`FIELDS` (files keep the English words)</extracomment>
        <translation>Champs de la statistique</translation>
    </message>
    <message>
        <source>Quote fields</source>
        <translation>Champs de la citation</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Auteur</translation>
    </message>
</context>
<context>
    <name>widgets.inspector</name>
    <message>
        <source>No sentence selected</source>
        <translation>Aucune phrase choisie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Toggle {label} ({number})</source>
        <translation>Étiquette {label} oui / non ({number})</translation>
    </message>
    <message>
        <source>Note (E to edit, Esc to return)</source>
        <translation>Note (E écrire, Échap retour)</translation>
    </message>
    <message>
        <source>A note on this sentence…</source>
        <translation>Une note sur cette phrase…</translation>
    </message>
    <message>
        <source>Links (G go, B back, Del remove)</source>
        <translation>Liens (G aller, B retour, Suppr)</translation>
    </message>
    <message>
        <source>On a link: Enter goes there, D shows the word difference, Delete removes it</source>
        <translation>Sur un lien : Entrée y va, D montre la différence mot à mot, Suppr le supprime</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>The article&apos;s status for you (Ctrl+D: done)</source>
        <translation>L&apos;état de l&apos;article pour vous (Ctrl+D : terminé)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>widgets.link_dialog</name>
    <message>
        <source>Link two sentences</source>
        <translation>Lier deux phrases</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>optional note (Tab to reach)</source>
        <translation>note facultative (Tab pour y aller)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Put both in the &amp;same claim</source>
        <translation>Mettre les deux dans la &amp;même allégation</translation>
    </message>
    <message>
        <source>Only when they agree: one claim, with both sentences as its appearances (Alt+S)</source>
        <translation>Seulement si elles s&apos;appuient : une allégation, avec les deux phrases comme apparitions (Alt+S)</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Allégation</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
</context>
<context>
    <name>widgets.search_dialog</name>
    <message>
        <source>Search all articles</source>
        <translation>Chercher dans tous les articles</translation>
    </message>
    <message>
        <source>Words to search for</source>
        <translation>Mots à chercher</translation>
    </message>
    <message>
        <source>Words to find (every word, as a prefix) — Enter or ↓ for results</source>
        <translation>Mots à trouver (chaque mot, comme début de mot) — Entrée ou ↓ pour les résultats</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>{n} sentence(s)</source>
        <translation>{n} phrase(s)</translation>
    </message>
</context>
<context>
    <name>widgets.shortcuts_sheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>window.claiming</name>
    <message>
        <source>Claim statement</source>
        <extracomment>the undo step&apos;s name for an edit of each of a claim&apos;s own values</extracomment>
        <translation>Énoncé de l&apos;allégation</translation>
    </message>
    <message>
        <source>Claim verdict</source>
        <translation>Verdict de l&apos;allégation</translation>
    </message>
    <message>
        <source>Claim rationale</source>
        <translation>Justification de l&apos;allégation</translation>
    </message>
    <message>
        <source>Claim checked at</source>
        <translation>Date de vérification de l&apos;allégation</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>Nouvelle allégation</translation>
    </message>
    <message>
        <source>Take the sentence out of its claim</source>
        <translation>Retirer la phrase de son allégation</translation>
    </message>
    <message>
        <source>Add the sentence to claim #{id}</source>
        <translation>Ajouter la phrase à l&apos;allégation n° {id}</translation>
    </message>
    <message>
        <source>This sentence is in no claim</source>
        <translation>Cette phrase n&apos;est dans aucune allégation</translation>
    </message>
    <message>
        <source>Claim sources</source>
        <translation>Sources de l&apos;allégation</translation>
    </message>
    <message>
        <source>This sentence is in no claim: C makes one or joins one</source>
        <translation>Cette phrase n&apos;est dans aucune allégation : C en fait une ou en rejoint une</translation>
    </message>
</context>
<context>
    <name>window.details</name>
    <message>
        <source>Article details</source>
        <translation>Détails de l&apos;article</translation>
    </message>
    <message>
        <source>Nothing was changed.

{error}</source>
        <translation>Rien n&apos;a été modifié.

{error}</translation>
    </message>
    <message>
        <source>Edit article details</source>
        <translation>Modifier les détails de l&apos;article</translation>
    </message>
</context>
<context>
    <name>window.differences</name>
    <message>
        <source>{pane} pane · sentence {n} · {title}</source>
        <translation>Volet {pane} · phrase {n} · {title}</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>principal</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>latéral</translation>
    </message>
    <message>
        <source>Select a sentence in each pane (Shift+O opens this article in the side pane)</source>
        <translation>Choisissez une phrase dans chaque volet (Maj+O ouvre cet article dans le volet latéral)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
</context>
<context>
    <name>window.editing</name>
    <message>
        <source>Tag {label}</source>
        <translation>Étiqueter {label}</translation>
    </message>
    <message>
        <source>Untag {label}</source>
        <translation>Retirer l&apos;étiquette {label}</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Mark article {status}</source>
        <translation>Marquer l&apos;article {status}</translation>
    </message>
    <message>
        <source>Remove link ({relation})</source>
        <translation>Supprimer le lien ({relation})</translation>
    </message>
    <message>
        <source>Select the other sentence in the side pane, then press L again</source>
        <translation>Choisissez l&apos;autre phrase dans le volet latéral, puis appuyez de nouveau sur L</translation>
    </message>
    <message>
        <source>Select two different sentences: one in each pane</source>
        <translation>Choisissez deux phrases différentes : une dans chaque volet</translation>
    </message>
    <message>
        <source>{title} — sentence {n}</source>
        <translation>{title} — phrase {n}</translation>
    </message>
    <message>
        <source>Link: {relation}, same claim</source>
        <translation>Lien : {relation}, même allégation</translation>
    </message>
    <message>
        <source>Link: {relation}</source>
        <translation>Lien : {relation}</translation>
    </message>
</context>
<context>
    <name>window.files</name>
    <message>
        <source>New annotator file</source>
        <translation>Nouveau fichier annotator</translation>
    </message>
    <message>
        <source>Open annotator file</source>
        <translation>Ouvrir un fichier annotator</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <source>An import or export is still running on this file; open another file when it has finished.</source>
        <translation>Un import ou un export est en cours sur ce fichier ; ouvrez un autre fichier quand il sera terminé.</translation>
    </message>
    <message>
        <source>Cannot open the annotator file</source>
        <translation>Impossible d&apos;ouvrir le fichier annotator</translation>
    </message>
    <message>
        <source>{path}
no longer exists (moved or deleted?). It was removed from the recent files.</source>
        <translation>{path}
n&apos;existe plus (déplacé ou supprimé ?). Il a été retiré des fichiers récents.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Switch reviewer</source>
        <translation>Changer de relecteur</translation>
    </message>
    <message>
        <source>Work as (type a new name to add one):</source>
        <translation>Travailler en tant que (tapez un nouveau nom pour en ajouter un) :</translation>
    </message>
</context>
<context>
    <name>window.indexing</name>
    <message>
        <source>Indexing for search stopped: {error}</source>
        <translation>L&apos;indexation pour la recherche s&apos;est arrêtée : {error}</translation>
    </message>
</context>
<context>
    <name>window.language</name>
    <message>
        <source>Language</source>
        <extracomment>the action names of the two menu items (gui/shortcuts.py), by language code</extracomment>
        <translation>Langue</translation>
    </message>
    <message>
        <source>annotator will be in English the next time it starts.</source>
        <extracomment>the message by language code: said in the language chosen (the interface still speaks the other one)</extracomment>
        <translation>annotator sera en anglais à son prochain démarrage.</translation>
    </message>
    <message>
        <source>annotator will be in French the next time it starts.</source>
        <translation>annotator sera en français à son prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>window.navigation</name>
    <message>
        <source>Nowhere to go back to</source>
        <translation>Nulle part où revenir</translation>
    </message>
    <message>
        <source>This sentence has no link to follow</source>
        <translation>Cette phrase n&apos;a aucun lien à suivre</translation>
    </message>
    <message>
        <source>Every sentence of this article is tagged</source>
        <translation>Toutes les phrases de cet article sont étiquetées</translation>
    </message>
    <message>
        <source>all sentences</source>
        <translation>toutes les phrases</translation>
    </message>
    <message>
        <source>(no sentence of this article matches)</source>
        <translation>(aucune phrase de cet article ne correspond)</translation>
    </message>
    <message>
        <source>Tag filter: {filter}</source>
        <translation>Filtre d&apos;étiquettes : {filter}</translation>
    </message>
</context>
<context>
    <name>window.refresh</name>
    <message>
        <source>No sentence selected</source>
        <extracomment>other windows&apos; refreshes, told of every record after the main window&apos;s views (the Claims window, which reads again when claims changed) told each time a pane&apos;s tags are read again (the suggestions&apos; chips follow them)</extracomment>
        <translation>Aucune phrase choisie</translation>
    </message>
    <message>
        <source>side pane</source>
        <translation>volet latéral</translation>
    </message>
    <message>
        <source>main pane</source>
        <translation>volet principal</translation>
    </message>
    <message>
        <source>Sentence {n} of {total} · {pane}</source>
        <translation>Phrase {n} sur {total} · {pane}</translation>
    </message>
    <message>
        <source>✓ Saved {time}</source>
        <translation>✓ Enregistré à {time}</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>La modification n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>Nothing was changed in the file.

{error}</source>
        <translation>Rien n&apos;a été modifié dans le fichier.

{error}</translation>
    </message>
</context>
<context>
    <name>window.search</name>
    <message>
        <source>Results are partial: indexing for search, {n} sentences left…</source>
        <translation>Résultats partiels : indexation pour la recherche en cours, encore {n} phrases…</translation>
    </message>
    <message>
        <source>Results are partial: {n} sentences of {articles} articles are not indexed for search yet.</source>
        <translation>Résultats partiels : {n} phrases de {articles} articles ne sont pas encore indexées pour la recherche.</translation>
    </message>
</context>
<context>
    <name>window.suggesting</name>
    <message>
        <source>Suggestions shown</source>
        <translation>Suggestions affichées</translation>
    </message>
    <message>
        <source>Suggestions hidden (View menu to show them)</source>
        <translation>Suggestions masquées (menu Affichage pour les afficher)</translation>
    </message>
    <message>
        <source>Candidates could not be read: {error}</source>
        <translation>Impossible de lire les phrases candidates : {error}</translation>
    </message>
    <message>
        <source>No candidate for this sentence</source>
        <translation>Aucune phrase candidate pour cette phrase</translation>
    </message>
    <message>
        <source>contradicts?</source>
        <translation>contradiction ?</translation>
    </message>
    <message>
        <source>same fact?</source>
        <translation>même fait ?</translation>
    </message>
    <message>
        <source>Candidate {n} of {count} in the side pane ({where}): L links it, P shows the next</source>
        <translation>Candidate {n} sur {count} dans le volet latéral ({where}) : L la lie, P montre la suivante</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>Accepter la suggestion</translation>
    </message>
    <message>
        <source>Reject suggestion</source>
        <translation>Rejeter la suggestion</translation>
    </message>
    <message>
        <source>No suggestion in this article</source>
        <translation>Aucune suggestion dans cet article</translation>
    </message>
    <message>
        <source>Accept the {n} suggestions of this article ({statistics} statistics, {quotes} quotes) with their fields?

One undo (Ctrl+Z) takes them all back.</source>
        <translation>Accepter les {n} suggestions de cet article (statistiques : {statistics}, citations : {quotes}) avec leurs champs ?

Une seule annulation (Ctrl+Z) les retire toutes.</translation>
    </message>
    <message>
        <source>Accept all suggestions</source>
        <translation>Accepter toutes les suggestions</translation>
    </message>
    <message>
        <source>Accept {n} suggestions</source>
        <translation>Accepter {n} suggestions</translation>
    </message>
    <message>
        <source>Suggestions are hidden (View &gt; Show suggestions)</source>
        <translation>Les suggestions sont masquées (Affichage &gt; Afficher les suggestions)</translation>
    </message>
    <message>
        <source>No suggestion for this sentence</source>
        <translation>Aucune suggestion pour cette phrase</translation>
    </message>
</context>
<context>
    <name>window.transfers</name>
    <message>
        <source>Articles (*.txt *.md *.text);;All files (*)</source>
        <translation>Articles (*.txt *.md *.text);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>JSON (annotator exchange file, imports back)</source>
        <extracomment>What File &gt; Export as… offers: the format&apos;s name in the list (translated where shown), its file filter, its format.</extracomment>
        <translation>JSON (fichier d&apos;échange d&apos;annotator, réimportable)</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD, imports back)</source>
        <translation>W3C Web Annotation (JSON-LD, réimportable)</translation>
    </message>
    <message>
        <source>ClaimReview (schema.org markup of judged claims)</source>
        <translation>ClaimReview (balisage schema.org des allégations jugées)</translation>
    </message>
    <message>
        <source>CSV tables (a .zip)</source>
        <translation>Tables CSV (un .zip)</translation>
    </message>
    <message>
        <source>brat standoff (a .zip of .txt and .ann files)</source>
        <translation>brat standoff (un .zip de fichiers .txt et .ann)</translation>
    </message>
    <message>
        <source>Finishing the running import or export; the window closes then…</source>
        <translation>Fin de l&apos;import ou de l&apos;export en cours ; la fenêtre se fermera ensuite…</translation>
    </message>
    <message>
        <source>An import or export is already running</source>
        <translation>Un import ou un export est déjà en cours</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <source>Import every article of a folder</source>
        <translation>Importer tous les articles d&apos;un dossier</translation>
    </message>
    <message>
        <source>Importing articles…</source>
        <translation>Import des articles…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing {n} of {total}
{file}</source>
        <translation>Import {n} sur {total}
{file}</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l&apos;import</translation>
    </message>
    <message>
        <source>{added} article(s) added, {skipped} already there.</source>
        <translation>{added} article(s) ajouté(s), {skipped} déjà présent(s).</translation>
    </message>
    <message>
        <source>Import cancelled; the files read before stopping were kept.</source>
        <translation>Import annulé ; les fichiers lus avant l&apos;arrêt ont été gardés.</translation>
    </message>
    <message>
        <source>{n} file(s) refused:</source>
        <translation>{n} fichier(s) refusé(s) :</translation>
    </message>
    <message>
        <source>Changed since imported under the same name, now an article of its own beside the old one:</source>
        <translation>Modifiés depuis leur import sous le même nom, désormais un article à part à côté de l&apos;ancien :</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Rien à exporter</translation>
    </message>
    <message>
        <source>{reviewer} has not tagged, noted or linked anything in this file yet.</source>
        <translation>{reviewer} n&apos;a encore rien étiqueté, annoté ni lié dans ce fichier.</translation>
    </message>
    <message>
        <source>Export my annotations</source>
        <translation>Exporter mes annotations</translation>
    </message>
    <message>
        <source>Exporting {reviewer}&apos;s annotations to
{file}…</source>
        <translation>Export des annotations de {reviewer} vers
{file}…</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Exporter sous</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Export as {format}</source>
        <translation>Exporter en {format}</translation>
    </message>
    <message>
        <source>Import a reviewer&apos;s annotations</source>
        <translation>Importer les annotations d&apos;un relecteur</translation>
    </message>
    <message>
        <source>JSON or W3C Web Annotation (*.json *.jsonld);;All files (*)</source>
        <translation>JSON ou W3C Web Annotation (*.json *.jsonld);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing the annotations in
{file}…</source>
        <translation>Import des annotations de
{file}…</translation>
    </message>
    <message>
        <source>Replace annotations?</source>
        <translation>Remplacer les annotations ?</translation>
    </message>
    <message>
        <source>{file} does not hold all of {reviewer}&apos;s work in this file.

Importing it replaces their work on its articles and removes: {what}.

Import it anyway?</source>
        <translation>{file} ne contient pas tout le travail de {reviewer} dans ce fichier.

L&apos;importer remplace son travail sur ses articles et supprime : {what}.

L&apos;importer quand même ?</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Exported {reviewer}&apos;s annotations to {file}</source>
        <translation>Annotations de {reviewer} exportées vers {file}</translation>
    </message>
    <message>
        <source>Exported to {file}, with these warnings:</source>
        <translation>Exporté vers {file}, avec ces avertissements :</translation>
    </message>
    <message>
        <source>Nothing was imported.

{error}</source>
        <translation>Rien n&apos;a été importé.

{error}</translation>
    </message>
    <message>
        <source>no reviewer (articles only)</source>
        <translation>aucun relecteur (articles seulement)</translation>
    </message>
    <message>
        <source>Imported the annotations of {reviewer}</source>
        <translation>Annotations de {reviewer} importées</translation>
    </message>
</context>
</TS>
