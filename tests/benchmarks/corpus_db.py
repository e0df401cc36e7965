"""The benchmark databases: N generated articles imported, two reviewers' work on them.

Built once per N into a cache folder (``/tmp/annotator-bench`` by default) and
reused while the generator, the schema and this file are unchanged (a key
file records them; the article files themselves depend on the generator only). Each holds:

- the N articles of :mod:`generate` plus one long article of 2,000 sentences
  (``long.txt``), imported the way users import (``Project.import_paths``);
- reviewer ``alice``: each label on each sentence with probability 2/3, so
  about two labels per sentence (a million labels at N = 10,000), a note on
  1% of the sentences, one link per article, every article ``done``;
- reviewer ``bob``: alice's labels each kept with probability 0.85, plus
  some of his own, every article ``done`` (so ``compare`` counts them all).

Labels are written in bulk (``store.bulk``), not one edit at a time: the
point is the state of the file after months of work, not how it was typed.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import time
from pathlib import Path

from annotator.model import LABELS
from annotator.project import Project
from annotator.project.clock import now
from annotator.store import bulk, schema, transaction

from . import generate

HERE = Path(__file__).resolve().parent
DEFAULT_CACHE = Path("/tmp/annotator-bench")
LONG_SENTENCES = 2000
LONG_NAME = "long.txt"


def cache_key(n: int) -> str:
    digest = hashlib.sha256()
    for name in ("generate.py", "corpus_db.py"):
        digest.update((HERE / name).read_bytes())
    digest.update(f"{n}:{schema.SCHEMA_VERSION}".encode())
    return digest.hexdigest()[:16]


def corpus_key(n: int) -> str:
    """The files depend on the generator alone: a schema step does not rewrite 10,000 files
    (which another benchmark may be reading at the time)."""
    return hashlib.sha256((HERE / "generate.py").read_bytes() + f"{n}".encode()).hexdigest()[:16]


def corpus_folder(cache: Path, n: int) -> Path:
    """The N article files (plus the long one), written once."""
    folder = cache / str(n) / "corpus"
    key = folder / ".key"
    if key.exists() and key.read_text() == corpus_key(n):
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    generate.write_corpus(folder, n)
    (folder / LONG_NAME).write_text(generate.long_article_text(LONG_SENTENCES), encoding="utf-8")
    key.write_text(corpus_key(n))
    return folder


def database(cache: Path, n: int, log=print, imported: Path | None = None) -> Path:
    """The annotated database for N articles; ``imported`` may be a fresh import to reuse."""
    folder = corpus_folder(cache, n)
    path = cache / str(n) / "bench.db"
    key = cache / str(n) / "bench.key"
    if path.exists() and key.exists() and key.read_text() == cache_key(n):
        return path
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    began = time.perf_counter()
    if imported is not None:
        shutil.copy(imported, path)
    else:
        with Project(path) as project:
            project.import_paths([folder])
    with Project(path) as project:
        project.index_for_search()  # as the window or `annotator import` leaves it: searchable
        annotate(project)
        project.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    key.write_text(cache_key(n))
    log(f"  built {path} in {time.perf_counter() - began:.1f} s")
    return path


def annotate(project: Project) -> None:
    """Alice's and Bob's work on every article, in one transaction."""
    rng = random.Random(f"annotator-bench-labels:{project.db.execute('SELECT count(*) FROM articles').fetchone()[0]}")
    rows = project.db.execute("SELECT id, article_id FROM sentences ORDER BY id").fetchall()
    articles = [row[0] for row in project.db.execute("SELECT id FROM articles ORDER BY id")]
    stamp = now()
    alice, bob, notes = [], [], []
    for sid, _article in rows:
        for label in LABELS:
            mine = rng.random() < 2 / 3
            if mine:
                alice.append((sid, label))
            if (mine and rng.random() < 0.85) or (not mine and rng.random() < 0.2):
                bob.append((sid, label))
        if rng.random() < 0.01:
            notes.append((sid, "à vérifier : source ?"))
    by_article: dict[str, list[int]] = {}
    for sid, article in rows:
        by_article.setdefault(article, []).append(sid)
    links = []
    for ids in by_article.values():
        if len(ids) > 2:
            a, b = rng.sample(ids, 2)
            links.append((a, b, rng.choice(("agrees", "contradicts")), ""))
    with transaction(project.db):
        for name, labels in (("alice", alice), ("bob", bob)):
            rid = project.reviewer_id(name)
            bulk.write_labels(project.db, rid, labels, stamp)
            bulk.write_statuses(project.db, rid, ((a, "done") for a in articles), stamp)
            bulk.write_links(project.db, rid, links, stamp)
            if name == "alice":
                bulk.write_notes(project.db, rid, notes, stamp)
