"""The parent side of the robustness tests: run the actor, kill it, check the file.

- :func:`spawn` starts ``actor.py`` with the checkout on PYTHONPATH;
- :func:`read_acks` collects the complete JSON lines the child printed;
- :class:`Expected` keeps, per key, the values the file may hold: the last
  acknowledged value, plus the in-flight action's value after a kill;
- :func:`snapshot` reads one reviewer's whole layer back through the facade;
- :func:`check_file` is the "no damage" check: integrity, no half article,
  the FTS index holding what its watermark says, then caught up and agreeing
  with the sentences.
"""

from __future__ import annotations

import json
import random
import os
import subprocess
import sys
import time
from pathlib import Path

from annotator.corpus import read_article
from annotator.paths import seeds_dir

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
ACTOR = HERE / "actor.py"

DEFAULTS = {"label": False, "note": "", "link": None, "status": "todo"}


def full_run() -> bool:
    return os.environ.get("ANNOTATOR_FULL", "") not in ("", "0")


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["PYTHONUNBUFFERED"] = "1"
    env.pop("QT_QPA_PLATFORM", None)
    # mutmut's recording pass ("stats") reads its settings from the working directory,
    # which a child started in a temporary folder lacks; the child has nothing to record.
    if env.get("MUTANT_UNDER_TEST") == "stats":
        env["MUTANT_UNDER_TEST"] = ""
    return env


def spawn(*args: str, stderr_path: Path) -> subprocess.Popen:
    """Start ``actor.py args...``; stdout is a pipe of JSON lines, stderr goes to a file."""
    return subprocess.Popen(
        [sys.executable, str(ACTOR), *args],
        stdout=subprocess.PIPE,
        stderr=stderr_path.open("wb"),
        env=child_env(),
        cwd=str(REPO),
    )


def parse_lines(data: bytes) -> list[dict]:
    """Complete lines only: a line cut by the kill was never acknowledged."""
    lines = data.split(b"\n")
    return [json.loads(line) for line in lines[:-1] if line.strip()]


def read_until(proc: subprocess.Popen, stop=None, delay: float = 0.0) -> tuple[list[dict], int]:
    """Read the child's JSON lines; once ``stop(line)`` is true, wait ``delay`` s and SIGKILL it.

    Without ``stop`` the child runs to its end. Either way the pipe is then
    drained (lines printed before the kill are in it) and the child reaped.
    Returns the complete lines and the exit status (-9 when killed).
    """
    lines: list[dict] = []
    if stop is not None:
        while True:
            raw = proc.stdout.readline()
            if not raw.endswith(b"\n"):
                break  # the child ended by itself
            lines.append(json.loads(raw))
            if stop(lines[-1]):
                if delay:
                    time.sleep(delay)
                proc.kill()
                break
    rest = proc.stdout.read()
    proc.wait()
    lines.extend(parse_lines(rest))
    return lines, proc.returncode


def kill_after(proc: subprocess.Popen, seconds: float) -> tuple[list[dict], int]:
    """SIGKILL the child ``seconds`` after now, whatever it is doing (opening, writing...)."""
    try:
        proc.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        proc.kill()
    rest = proc.stdout.read()
    proc.wait()
    return parse_lines(rest), proc.returncode


def effect(action: dict) -> tuple[tuple, object]:
    """The key an action writes and the value it leaves there."""
    op = action["op"]
    if op == "label":
        return ("label", action["s"], action["label"]), action["on"]
    if op == "note":
        return ("note", action["s"]), action["note"]
    if op == "link":
        a, b = sorted((action["a"], action["b"]))
        return ("link", a, b), (action["rel"], action["note"])
    if op == "unlink":
        a, b = sorted((action["a"], action["b"]))
        return ("link", a, b), None
    if op == "status":
        return ("status", action["article"]), action["status"]
    raise ValueError(op)


def default(key: tuple) -> object:
    return DEFAULTS[key[0]]


class Expected:
    """Per key, the set of values the file may hold now."""

    def __init__(self) -> None:
        self.allowed: dict[tuple, set] = {}
        self.acknowledged = 0

    def ack(self, action: dict) -> None:
        key, value = effect(action)
        self.allowed[key] = {value}
        self.acknowledged += 1

    def in_flight(self, action: dict) -> None:
        key, value = effect(action)
        self.allowed[key] = self.allowed.get(key, {default(key)}) | {value}

    def mismatches(self, state: dict[tuple, object]) -> list[str]:
        problems = []
        for key in set(self.allowed) | set(state):
            actual = state.get(key, default(key))
            allowed = self.allowed.get(key, {default(key)})
            if actual not in allowed:
                problems.append(f"{key}: file holds {actual!r}, expected one of {allowed!r}")
        return problems

    def settle(self, state: dict[tuple, object]) -> None:
        """After a check passed, the file's value is the truth for the next round."""
        for key, allowed in self.allowed.items():
            if len(allowed) > 1:
                self.allowed[key] = {state.get(key, default(key))}


def snapshot(project, reviewer: str) -> dict[tuple, object]:
    """One reviewer's whole layer, read back through the facade's readers."""
    state: dict[tuple, object] = {}
    link_ids: dict[tuple, int] = {}
    for summary in project.articles(reviewer):
        article = summary.id
        for sentence, labels in project.labels(reviewer, article).items():
            for label in labels:
                state[("label", sentence, label)] = True
        for sentence, note in project.notes(reviewer, article).items():
            state[("note", sentence)] = note
        for link in project.links(reviewer, article):
            a, b = sorted((link.source, link.target))
            key = ("link", a, b)
            assert link_ids.setdefault(key, link.id) == link.id, f"two links for one pair: {key}"
            state[key] = (link.relation, link.note)
        status = project.status(reviewer, article)
        if status != "todo":
            state[("status", article)] = status
    return state


def check_file(project) -> dict[str, int]:
    """No damage: integrity ok, foreign keys hold, no half article, FTS and tagged counts agree."""
    conn = project.db.conn
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    half = conn.execute(
        "SELECT a.id, a.sentence_count, count(s.id) FROM articles a"
        " LEFT JOIN sentences s ON s.article_id = a.id"
        " GROUP BY a.id HAVING count(s.id) <> a.sentence_count"
    ).fetchall()
    assert half == [], f"half-imported articles: {half}"
    orphans = conn.execute(
        "SELECT count(*) FROM sentences WHERE article_id NOT IN (SELECT id FROM articles)"
    ).fetchone()[0]
    assert orphans == 0
    kept = conn.execute(
        "SELECT reviewer_id, article_id, tagged FROM article_progress WHERE tagged <> 0 ORDER BY 1, 2"
    ).fetchall()
    counted = conn.execute(
        "SELECT l.reviewer_id, s.article_id, count(DISTINCT l.sentence_id)"
        " FROM labels l JOIN sentences s ON s.id = l.sentence_id GROUP BY 1, 2 ORDER BY 1, 2"
    ).fetchall()
    assert kept == counted, "the article list's tagged counts disagree with the labels"
    # The index holds the sentences up to its watermark and none after, whatever was killed
    # when; caught up, it must agree with the sentences word for word (a sentence indexed
    # twice fails too): raises sqlite3.DatabaseError ("database disk image is malformed").
    mark = conn.execute("SELECT last_sentence_id FROM search_index").fetchone()[0]
    indexed = conn.execute("SELECT count(*) FROM sentences_fts_docsize").fetchone()[0]
    assert indexed == conn.execute("SELECT count(*) FROM sentences WHERE id <= ?", [mark]).fetchone()[0]
    if not project.readonly:
        project.index_for_search()
    if not project.unindexed():
        conn.execute("INSERT INTO sentences_fts(sentences_fts, rank) VALUES('integrity-check', 1)")
    assert not conn.in_transaction
    articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    sentences = conn.execute("SELECT count(*) FROM sentences").fetchone()[0]
    return {"articles": articles, "sentences": sentences}


def stderr_of(path: Path) -> str:
    return path.read_text(errors="replace") if path.exists() else ""


_WORDS = ("OTAN", "Pentagone", "budget", "élection", "inflation", "climat", "Sénat", "IA")


def make_corpus(folder: Path, count: int, seed: int) -> list[Path]:
    """``count`` article files varied from the seeds: shuffled paragraphs, a unique first line."""
    rng = random.Random(seed)
    bodies = [read_article(path).text for path in sorted(seeds_dir().glob("*.txt"))]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        paragraphs = [p for p in rng.choice(bodies).split("\n") if p.strip()]
        rng.shuffle(paragraphs)
        kept = paragraphs[: rng.randint(min(3, len(paragraphs)), len(paragraphs))]
        head = f"Dépêche n°{number} : {rng.choice(_WORDS)} et {rng.choice(_WORDS)}."
        text = f"date 2026-03-{1 + number % 28:02d}\n{head}\n" + "\n".join(kept) + "\n"
        path = folder / f"{number:04d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
