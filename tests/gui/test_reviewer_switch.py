"""Every view shows the current reviewer's layer, at all times (issue 14, bug 1)."""

from __future__ import annotations

from annotator.gui.models.articles import progress_text


def _painted(pane) -> dict[int, set[str]]:
    view = pane.view
    return {s.id: view.labels_of_index(i) for i, s in enumerate(view.sentences()) if view.labels_of_index(i)}


def _in_file(project, reviewer, pane) -> dict[int, set[str]]:
    return {sid: labels for sid, labels in project.labels(reviewer, pane.view.article().id).items() if labels}


def test_switching_reviewer_repaints_both_panes_with_the_new_layer(seeded, make_window, press):
    window = make_window(seeded.path)
    article = window.main_pane.view.article()
    sentences = seeded.sentences(article.id)
    for sentence in sentences[:3]:
        seeded.set_label("newbie", sentence.id, "claim", True)
    seeded.set_label("alice", sentences[5].id, "quote", True)
    window.navigation.open_article(article.id, "main", index=0)
    window.navigation.open_article(article.id, "side", index=0)
    window.refresh.annotations(window.main_pane)
    window.refresh.annotations(window.side_pane)
    assert _painted(window.main_pane) and _painted(window.side_pane)

    window.files.switch_reviewer("alice")

    for pane in (window.main_pane, window.side_pane):
        assert pane.view.article().id == article.id
        assert _painted(pane) == _in_file(seeded, "alice", pane) == {sentences[5].id: {"quote"}}
        assert progress_text(seeded.article_summary("alice", article.id)) in pane.meta.text()
    assert "alice" in window.windowTitle()
    # A sentence that looked tagged for newbie is untagged for alice: 1 tags it, not untags it.
    window.main_pane.view.setFocus()
    window.main_pane.view.select(0)
    press(window, "1")
    assert seeded.sentence_labels("alice", sentences[0].id) == {"claim"}
    assert seeded.sentence_labels("newbie", sentences[0].id) == {"claim"}
