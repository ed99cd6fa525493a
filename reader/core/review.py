"""The import review: the cleaned article beside the lines the cleaner dropped, and the article
rebuilt from what the user chose.

review_lines() lays out the body paragraphs and the dropped lines (with the cleaner's reason) in
the order they had in the input, so a line moved into the body lands where it was. apply_review()
takes the user's title, subtitle and the set of lines that form the body, and returns the Article
to store; the input article is never changed.
"""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace

from reader.core.models import Article, LineDecision

# Reasons recorded in Article.decisions for the lines the user moved.
MOVED_IN = "moved into the body at review"
MOVED_OUT = "removed from the body at review"


@dataclass(frozen=True)
class ReviewLine:
    text: str
    in_body: bool  # where the cleaner put it
    reason: str = ""  # why the cleaner dropped it ("" for body lines)
    decision: int | None = None  # its index in Article.decisions; None for a paragraph with no record


def review_lines(article: Article) -> list[ReviewLine]:
    """Every body paragraph (in order) and every dropped line, in input order.

    Body paragraphs are matched to the "body" decisions in order; a paragraph with no matching
    decision stays where it is among the paragraphs, and a "body" decision whose text is not
    in the body (the cleaner took it out afterwards) is not shown. Title, subtitle, byline and
    date lines are edited as fields, not listed.
    """
    paragraphs = article.paragraphs
    lines: list[ReviewLine] = []
    next_paragraph = 0
    for index, decision in enumerate(article.decisions):
        if decision.label == "dropped":
            lines.append(ReviewLine(decision.text, False, decision.reason or "dropped", index))
        elif decision.label == "body":
            try:
                found = paragraphs.index(decision.text, next_paragraph)
            except ValueError:
                continue
            lines.extend(ReviewLine(text, True) for text in paragraphs[next_paragraph:found])
            lines.append(ReviewLine(paragraphs[found], True, "", index))
            next_paragraph = found + 1
    lines.extend(ReviewLine(text, True) for text in paragraphs[next_paragraph:])
    return lines


def review_problem(title: str, body: Collection[int], line_count: int) -> str | None:
    """Why these choices cannot be saved (one line for the user), or None if they can."""
    if not title.strip():
        return "The article needs a title."
    if not body:
        return "The article needs at least one line of text in its body."
    wrong = sorted(i for i in body if not 0 <= i < line_count)
    if wrong:
        return f"There is no line {wrong[0]} in this article."
    return None


def apply_review(article: Article, *, title: str, subtitle: str | None, body: Collection[int]) -> Article:
    """The article as the user reviewed it: this title and subtitle (surrounding whitespace
    dropped; an empty subtitle is none), and as body the review_lines() whose indexes are in
    `body`, in input order. Moved lines are recorded in the decisions. ValueError (one line)
    when review_problem() finds something wrong."""
    lines = review_lines(article)
    body = set(body)
    problem = review_problem(title, body, len(lines))
    if problem:
        raise ValueError(problem)
    decisions = list(article.decisions)
    for index, line in enumerate(lines):
        now_in_body = index in body
        if now_in_body == line.in_body:
            continue
        label, reason = ("body", MOVED_IN) if now_in_body else ("dropped", MOVED_OUT)
        moved = LineDecision(line.text, label, reason)
        if line.decision is None:
            decisions.append(moved)
        else:
            decisions[line.decision] = moved
    subtitle = (subtitle or "").strip() or None
    return replace(
        article,
        title=title.strip(),
        subtitle=subtitle,
        paragraphs=[line.text for index, line in enumerate(lines) if index in body],
        decisions=decisions,
    )
