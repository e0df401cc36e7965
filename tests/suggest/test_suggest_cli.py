"""``annotator suggest``: the issue's JSON keys, one article or all, pairs, a reviewer's layer left out."""

from __future__ import annotations

import json
from collections import Counter

from annotator import cli


def run(capsys, *args):
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _nato_article(seeded) -> str:
    return next(a.id for a in seeded.articles(None) if a.source.startswith("003"))


def test_suggestions_as_json_with_exactly_the_issues_keys(capsys, seeded):
    article = _nato_article(seeded)
    code, out, _ = run(capsys, "suggest", "--article", article, "--json", "--db", seeded.path)
    items = json.loads(out)
    assert code == cli.EXIT_OK and items
    assert all(set(item) == {"article", "start", "end", "label", "fields", "reason"} for item in items)
    text = seeded.article(article).text
    nato = next(i for i in items if "32 États membres" in text[i["start"]:i["end"]])
    assert nato == {**nato, "article": article, "label": "statistic", "fields": {"value": "32", "unit": "États membres"}}


def test_pairs_as_json_with_exactly_the_issues_keys(capsys, seeded):
    article = _nato_article(seeded)
    code, out, _ = run(capsys, "suggest", "--article", article, "--pairs", "--json", "--db", seeded.path)
    items = json.loads(out)
    assert code == cli.EXIT_OK and items
    for item in items:
        assert set(item) == {"from", "to", "score", "contradiction", "reason"}
        assert set(item["from"]) == set(item["to"]) == {"article", "start", "end"}
        assert isinstance(item["contradiction"], bool) and 0 < item["score"] <= 1
    text = seeded.article(article).text
    pair = next(i for i in items if "réseaux classifiés de l'OTAN" in text[i["from"]["start"]:i["from"]["end"]]
                and "non classifiés" in text[i["to"]["start"]:i["to"]["end"]])
    assert pair["contradiction"] is True


def test_every_article_by_default_and_a_reviewers_work_left_out(capsys, seeded):
    code, out, _ = run(capsys, "suggest", "--json", "--db", seeded.path)
    everything = json.loads(out)
    assert len({i["article"] for i in everything}) >= 4
    first = everything[0]
    sentence = next(s.id for s in seeded.sentences(first["article"]) if s.start == first["start"])
    seeded.set_label("alice", sentence, first["label"], True)
    code, out, _ = run(capsys, "suggest", "--json", "--reviewer", "alice", "--db", seeded.path)
    assert first not in json.loads(out) and len(json.loads(out)) == len(everything) - 1


def test_text_output_is_one_line_per_item(capsys, seeded):
    article = _nato_article(seeded)
    code, out, _ = run(capsys, "suggest", "--article", article, "--db", seeded.path)
    code_json, out_json, _ = run(capsys, "suggest", "--article", article, "--json", "--db", seeded.path)
    assert code == code_json == cli.EXIT_OK
    assert len(out.splitlines()) == len(json.loads(out_json))
    assert "statistic\tvalue=32, unit=États membres" in out


def test_an_unknown_article_is_refused_with_exit_2(capsys, seeded):
    code, out, err = run(capsys, "suggest", "--article", "nope", "--db", seeded.path)
    assert code == cli.EXIT_FAILED and out == "" and "no article nope" in err


def test_pairs_as_text_are_the_json_items_one_per_line(capsys, seeded):
    """Each line: score to three places, the two ends, the contradiction flag, the reason."""
    article = _nato_article(seeded)
    code, out, _ = run(capsys, "suggest", "--article", article, "--pairs", "--db", seeded.path)
    _, out_json, _ = run(capsys, "suggest", "--article", article, "--pairs", "--json", "--db", seeded.path)
    items = json.loads(out_json)
    flags = [i["contradiction"] for i in items]
    assert code == cli.EXIT_OK and any(flags) and not all(flags)

    def end(point: dict) -> str:
        return f"{point['article']} {point['start']}-{point['end']}"

    assert out.splitlines() == [
        f"{i['score']:.3f}\t{end(i['from'])} ~ {end(i['to'])}\t{'contradiction?' if i['contradiction'] else ''}\t"
        f"{i['reason']}"
        for i in items
    ]


def test_pairs_list_each_pair_once_and_three_per_sentence_at_most(capsys, seeded):
    code, out, _ = run(capsys, "suggest", "--pairs", "--json", "--db", seeded.path)
    items = json.loads(out)
    ends = [tuple((i[end]["article"], i[end]["start"]) for end in ("from", "to")) for i in items]
    assert code == cli.EXIT_OK and len({frozenset(pair) for pair in ends}) == len(ends)
    per_sentence = Counter(first for first, _ in ends)
    assert max(per_sentence.values()) == 3  # the seeds hold sentences with more candidates than that
