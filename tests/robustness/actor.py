"""The child process of the robustness tests: a user editing an annotator file.

Run as a script (the tests put the repository root on PYTHONPATH)::

    python actor.py ops DB --seed 7 --count 400 [--writer 0 --writers 2 --shared 15]
    python actor.py import DB FOLDER [--process-bytes 0]
    python actor.py index DB --chunk 400

``ops`` performs a deterministic random sequence of user actions (label,
unlabel, note, link, unlink, status) through :class:`annotator.project.Project`
and prints each action as one JSON line *after* the call returned, flushed at
once: a printed line is an acknowledged action. The parent regenerates the
same sequence with :func:`plan` (same seed, same file), so the action after
the last printed one is the single one that may have been in flight.

``import`` imports a folder and prints, from the progress callback, how many
files are done (each printed count: every file before it is written, committed
with its chunk of files; see annotator/project/importing.py).

``index`` catches the full-text index up in chunks of ``--chunk`` sentences
and prints, after each chunk's commit, the watermark it reached.

The plan depends only on the seed and the sentence and article ids of the
file, never on what a previous (killed) run left behind.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

REVIEWER = "Zoé"
LABELS = ("claim", "quote", "statistic")
RELATIONS = ("agrees", "contradicts")
STATUSES = ("todo", "in progress", "done")

#: Text a user may type into a note: markup, SQL, control characters,
#: bidirectional marks, emoji, a NUL. Stored and read back literally.
HOSTILE_NOTES = (
    "<b>gras</b> <script>alert('x')</script> &amp; &lt;",
    "<qt><font color='red'>Qt rich text</font><img src='file:///etc/passwd'></qt>",
    "Robert'); DROP TABLE notes;-- OR 1=1 \"; DELETE FROM labels; --",
    "NEAR(a b) AND \"x\" OR * ^ -",
    "cloche\x07 échap\x1b[31m rouge\x1b[0m tab\t nul\x00 fin",
    "\u200fمرحبا\u200f \u202eevil\u202c \u2066isolé\u2069",
    "🇫🇷 👩‍👩‍👧‍👦 🙂 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 e\u0301",
    "ligne 1\r\nligne 2\rligne 3\u2028ligne 4\u2029\x85",
    "   ",
    "\ufeff\u200b\u200c\u200d",
)


def universe(project) -> tuple[list[int], list[str]]:
    """All sentence ids and article ids of the file, in a stable order."""
    sentences = [row[0] for row in project.db.execute("SELECT id FROM sentences ORDER BY id")]
    articles = [row[0] for row in project.db.execute("SELECT id FROM articles ORDER BY id")]
    return sentences, articles


def pools(sentences: list[int], writer: int, writers: int, shared: int) -> tuple[list[int], list[int]]:
    """The writer's own sentences (disjoint between writers) and the shared ones.

    Kept small (60 own, ``shared`` shared) so that actions hit the same keys
    often and "the last action wins" is tested, not just "an action landed".
    """
    shared_ids = sentences[:shared]
    own = sentences[shared:][writer::writers][:60]
    return own, shared_ids


def plan(
    seed: int, sentences: list[int], articles: list[str], count: int,
    writer: int = 0, writers: int = 1, shared: int = 0,
) -> Iterator[dict]:
    """The deterministic action sequence for ``seed`` on a file with these ids."""
    rng = random.Random(seed)
    own, shared_ids = pools(sentences, writer, writers, shared)
    # Status keys: articles split like sentences, the first one shared.
    own_articles = articles[1:][writer::writers] or articles[:1]
    for index in range(count):
        in_shared = bool(shared_ids) and rng.random() < 0.3
        pool = shared_ids if in_shared else own
        kind = rng.choices(
            ("label", "note", "link", "unlink", "status"), weights=(40, 20, 15, 10, 15)
        )[0]
        if kind == "label":
            action = {"op": "label", "s": rng.choice(pool), "label": rng.choice(LABELS),
                      "on": rng.random() < 0.6}
        elif kind == "note":
            roll = rng.random()
            if roll < 0.2:
                note = ""
            elif roll < 0.5:
                note = rng.choice(HOSTILE_NOTES)
            else:
                note = f"note {seed}/{index} « vérifié » {rng.randint(0, 10**6)}"
            action = {"op": "note", "s": rng.choice(pool), "note": note}
        elif kind in ("link", "unlink"):
            a, b = rng.sample(pool[:20], 2)
            if kind == "link":
                note = rng.choice(("", "même chiffre", rng.choice(HOSTILE_NOTES)))
                action = {"op": "link", "a": a, "b": b, "rel": rng.choice(RELATIONS), "note": note}
            else:
                action = {"op": "unlink", "a": a, "b": b}
        else:
            article = articles[0] if in_shared else rng.choice(own_articles)
            action = {"op": "status", "article": article, "status": rng.choice(STATUSES)}
        action["i"] = index
        yield action


def perform(project, reviewer: str, action: dict) -> None:
    """One user action through the facade, exactly as the window would call it."""
    op = action["op"]
    if op == "label":
        project.set_label(reviewer, action["s"], action["label"], action["on"])
    elif op == "note":
        project.set_note(reviewer, action["s"], action["note"])
    elif op == "link":
        project.add_link(reviewer, action["a"], action["b"], action["rel"], action["note"])
    elif op == "unlink":
        link = project.find_link(reviewer, action["a"], action["b"])
        if link is not None:
            project.remove_link(reviewer, link.id)
    elif op == "status":
        project.set_status(reviewer, action["article"], action["status"])
    else:  # pragma: no cover - a bug in plan()
        raise ValueError(op)


def _say(payload: dict) -> None:
    sys.stdout.write(json.dumps(payload) + "\n")
    sys.stdout.flush()


def _wait_for(go_file: str | None) -> None:
    """Say "ready", then start when the parent creates ``go_file``: writers start together."""
    if go_file is not None:
        _say({"ready": True})
        while not Path(go_file).exists():
            time.sleep(0.0005)


def run_ops(args: argparse.Namespace) -> None:
    from annotator.project import Project

    with Project(Path(args.db)) as project:
        sentences, articles = universe(project)
        _wait_for(args.go_file)
        pauses = random.Random(-args.seed)  # apart from the plan's generator
        for action in plan(args.seed, sentences, articles, args.count,
                           args.writer, args.writers, args.shared):
            perform(project, args.reviewer, action)
            _say({**action, "t": time.time()})
            if args.pause_ms:
                time.sleep(pauses.uniform(0, args.pause_ms) / 1000)
    _say({"done": True})


def run_import(args: argparse.Namespace) -> None:
    from annotator.project import Project, read_ahead

    if args.process_bytes is not None:
        read_ahead.PROCESS_BYTES = args.process_bytes

    def progress(done: int, total: int, current: str) -> bool:
        _say({"done_files": done, "total": total})
        return True

    with Project(Path(args.db)) as project:
        report = project.import_paths([Path(args.folder)], progress)
    _say({"added": len(report.added), "skipped": len(report.skipped),
          "refused": [str(p) for p in report.refused]})


def run_index(args: argparse.Namespace) -> None:
    from annotator.project import Project, indexing
    from annotator.store import search_index

    with Project(Path(args.db)) as project:
        def progress(done: int, total: int, current: str) -> bool:
            _say({"watermark": search_index.watermark(project.db)})
            return True

        indexing.catch_up(project.db, progress, chunk=args.chunk)
    _say({"done": True})


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    ops = commands.add_parser("ops")
    ops.add_argument("db")
    ops.add_argument("--seed", type=int, required=True)
    ops.add_argument("--count", type=int, default=400)
    ops.add_argument("--writer", type=int, default=0)
    ops.add_argument("--writers", type=int, default=1)
    ops.add_argument("--shared", type=int, default=0)
    ops.add_argument("--reviewer", default=REVIEWER)
    ops.add_argument("--go-file", default=None,
                     help="print a ready line, then wait for this file, so that two writers overlap")
    ops.add_argument("--pause-ms", type=float, default=0.0,
                     help="after each action, pause up to this long, as a user between clicks")
    ops.set_defaults(run=run_ops)
    imp = commands.add_parser("import")
    imp.add_argument("db")
    imp.add_argument("folder")
    imp.add_argument("--process-bytes", type=int, default=None,
                     help="read in a process of its own from this many bytes of files on (0: always)")
    imp.set_defaults(run=run_import)
    index = commands.add_parser("index")
    index.add_argument("db")
    index.add_argument("--chunk", type=int, default=400)
    index.set_defaults(run=run_index)
    args = parser.parse_args(argv)
    args.run(args)


if __name__ == "__main__":
    main()
