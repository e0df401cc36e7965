"""A realistic newsroom corpus of N articles, built from the bundled seeds.

Deterministic by seed: article ``i`` of seed ``s`` is always the same text,
whatever N, so the corpus of 100 articles is the first 100 of the corpus of
10,000. Each article is:

- a ``date YYYY-MM-DD`` header (as the seeds have), a date in 2024-2026;
- sometimes a headline on a line of its own;
- paragraphs drawn (without repeats, shuffled) from the seeds' paragraphs, or
  for about one article in six from a pool of English paragraphs;
- with every number replaced by another of the same width, and every person
  and organisation of the seeds replaced by one drawn for that article;
- about 3 to 20 KB long (most near 8 KB, like the seeds), 20 to 120 sentences.

Use::

    from tests.benchmarks.generate import write_corpus
    paths = write_corpus(folder, 1000)           # 000000.txt ... 000999.txt

or ``python tests/benchmarks/generate.py FOLDER N [SEED]``.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import random
import re
import sys
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_HEADER = re.compile(r"\s*date \d{4}-\d{2}-\d{2} ")
_NUMBER = re.compile(r"\d+")

#: People and organisations of the seeds, replaced per article.
SEED_PEOPLE = ("Dario Amodei", "Pete Hegseth", "Sam Altman", "Donald Trump", "Elon Musk")
SEED_ORGS = ("Anthropic", "OpenAI", "Palantir Technologies", "Google", "Apple", "Tsahal")

PEOPLE = (
    "Dario Amodei", "Pete Hegseth", "Sam Altman", "Marie Dubois", "Jean-Luc Moreau",
    "Amina Benali", "Sophie Laurent", "Karim Haddad", "Claire Fontaine", "Lucas Martin",
    "Nathalie Roux", "Thomas Girard", "Fatou Diallo", "Pierre Lefèvre", "Émilie Chevalier",
    "John Carter", "Sarah Mitchell", "David Chen", "Priya Natarajan", "Olivia Brooks",
    "Mehdi Bensaïd", "Hélène Garnier", "Yann Le Goff", "Inès Ferreira", "Ahmed Toumi",
)
ORGS = (
    "Anthropic", "OpenAI", "Mistral AI", "Google", "Meta", "Microsoft", "Nvidia", "Palantir",
    "Thales", "Dassault Systèmes", "Capgemini", "Orange", "Atos", "Hugging Face", "Cohere",
    "DeepMind", "Aleph Alpha", "LightOn", "Safran", "Airbus",
)

#: English paragraphs for the English articles, in the style of the seeds.
ENGLISH = (
    "Anthropic said on Tuesday that it would not give the Pentagon unrestricted access to its "
    "Claude models. The company, founded in 2021 by former OpenAI researchers, has drawn two red "
    "lines: no mass surveillance of American citizens and no fully autonomous weapons.",
    "Defense Secretary Pete Hegseth met Dario Amodei for about 45 minutes. According to three "
    "people familiar with the talks, the meeting ended without an agreement. \"We are not going "
    "to be told how to fight wars,\" one official said.",
    "The contract at stake is worth up to $200 million over 4 years. It was signed in July along "
    "with similar deals for Google, OpenAI and xAI, each capped at the same amount.",
    "Why does it matter?",
    "Critics say the dispute shows how little control governments have over the most capable AI "
    "systems. Supporters of the company argue the opposite: that a private firm should not set "
    "the rules of national defense. Both sides agree the stakes are high.",
    "In a statement, the company said 87% of its government work is unaffected. It added that "
    "it had \"offered several alternatives\" and was \"ready to keep talking\". The Pentagon "
    "declined to comment.",
    "Dr. Sarah Mitchell, a professor at Georgetown, called the standoff \"a test case\". She "
    "noted that the U.S. Army already uses AI tools for logistics, e.g. to plan fuel deliveries, "
    "and for translation.",
    "- 3 companies have signed the new terms.",
    "- 1 company has refused them.",
    "- The deadline is Friday at 5 p.m.",
    "Shares of rival firms rose 2.4% on the news. Analysts at Morgan Stanley estimate the "
    "market for defense AI at $13.5 billion by 2028, up from $4.6 billion last year.",
    "What happens next is unclear. The administration could invoke the Defense Production Act, "
    "a Korean War-era law, to compel cooperation. Lawyers say that would be unprecedented for "
    "software. Congress has not yet weighed in.",
    "The company's chief executive wrote in a blog post that AI \"should strengthen democracies, "
    "not weaken them\". He said the firm would keep supporting intelligence analysis, cyber "
    "defense and planning. He did not say whether the firm would challenge a decision in court.",
    "Employees at several labs have signed an open letter. More than 1,200 people put their "
    "names to it within 48 hours. Some of them work at companies that accepted the terms.",
    "Background",
)

_HEADLINES = (
    "Le Pentagone hausse le ton", "Ce que l'on sait", "Une IA au cœur du débat",
    "Les chiffres clés", "Pourquoi c'est important", "La réaction du gouvernement",
    "What we know", "The numbers", "Reactions",
)


@lru_cache(maxsize=None)
def seed_paragraphs() -> tuple[str, ...]:
    """Every non-blank line of the seed bodies (a line is a paragraph, heading or bullet)."""
    found = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        body = _HEADER.sub("", path.read_text(encoding="utf-8"), count=1)
        found.extend(line.strip() for line in body.splitlines() if line.strip())
    return tuple(found)


@lru_cache(maxsize=None)
def _names_pattern() -> re.Pattern[str]:
    names = sorted(SEED_PEOPLE + SEED_ORGS, key=len, reverse=True)
    return re.compile("|".join(re.escape(n) for n in names))


def _vary(text: str, rng: random.Random) -> str:
    """Numbers and names of the seeds swapped for ones drawn for this article."""
    people = {name: rng.choice(PEOPLE) for name in SEED_PEOPLE}
    orgs = {name: rng.choice(ORGS) for name in SEED_ORGS}
    names = {**people, **orgs}
    text = _names_pattern().sub(lambda m: names[m.group(0)], text)

    def number(match: re.Match[str]) -> str:
        width = len(match.group(0))
        if width == 1:
            return str(rng.randrange(10))
        return str(rng.randrange(10 ** (width - 1), 10**width))

    return _NUMBER.sub(number, text)


def _body(rng: random.Random, target: int) -> str:
    english = rng.random() < 1 / 6
    pool = list(ENGLISH if english else seed_paragraphs())
    rng.shuffle(pool)
    parts: list[str] = []
    if rng.random() < 0.4:
        parts.append(rng.choice(_HEADLINES))
    size = 0
    while size < target:
        if not pool:  # an English article longer than its pool: draw again
            pool = list(ENGLISH)
            rng.shuffle(pool)
        paragraph = pool.pop()
        parts.append(paragraph)
        size += len(paragraph) + 1
    return _vary("\n".join(parts), rng)


def _date(rng: random.Random) -> _dt.date:
    return _dt.date(2024, 1, 1) + _dt.timedelta(days=rng.randrange(3 * 365))


def article_text(index: int, seed: int = 0) -> str:
    """The file content of article ``index``: date header, then the body."""
    rng = random.Random(f"annotator-bench:{seed}:{index}")
    target = int(min(20_000, max(3_000, rng.lognormvariate(8.9, 0.45))))  # median ~7.3 KB
    return f" date {_date(rng).isoformat()} {_body(rng, target)}\n"


def long_article_text(sentences: int = 2000, seed: int = 0) -> str:
    """One very long article (a dossier, a transcript) of at least ``sentences`` sentences."""
    from annotator.segment import split_sentences

    rng = random.Random(f"annotator-bench-long:{seed}:{sentences}")
    parts: list[str] = []
    count = 0
    while count < sentences:
        chunk = _body(rng, 20_000)
        parts.append(chunk)
        count += len(split_sentences(chunk))
    text = "\n".join(parts)
    spans = split_sentences(text)
    text = text[: spans[sentences - 1][1]]  # exactly ``sentences`` sentences
    return f" date {_date(rng).isoformat()} Dossier : {text}\n"


def iter_corpus(n: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    """(file name, content) of ``n`` distinct articles (distinct bodies, so distinct ids)."""
    seen: set[bytes] = set()
    for index in range(n):
        text = article_text(index, seed)
        salt = 0
        while (digest := hashlib.sha256(text.encode()).digest()) in seen:
            salt += 1
            text = article_text(index, seed * 1_000_003 + salt)
        seen.add(digest)
        yield f"{index:06d}.txt", text


def write_corpus(folder: Path, n: int, seed: int = 0) -> list[Path]:
    """Write ``n`` article files into ``folder`` (created); returns their paths in order."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in iter_corpus(n, seed):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str]) -> None:
    folder, n = Path(argv[0]), int(argv[1])
    seed = int(argv[2]) if len(argv) > 2 else 0
    paths = write_corpus(folder, n, seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} articles, {size / 1e6:.1f} MB in {folder}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main(sys.argv[1:])
