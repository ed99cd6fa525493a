"""Sort the wrong windows of a furigana score by what the dictionary says of them.

    python ../shared/eval/furigana/score.py GOLD PRED --errors ERRORS.tsv
    python benchmarks/furigana_errors.py ERRORS.tsv PRED [--scored N] [--list]

Each wrong window (the score's --errors TSV) is put in the first class that fits:

- variant: one JMdict entry gives the word, as written, both the gold reading and ours (出生
  しゅっしょう and しゅっせい, 世論 よろん and せろん, 一昨年 おととし and いっさくねん): the same word
  said two ways, where the gold's choice is one of two right answers;
- homograph: two JMdict entries for the word, one with each reading (手技 しゅぎ and てわざ, 包む
  つつむ and くるむ, 家 いえ and け): the context decides, so some are errors a rule might fix and some
  a matter of taste;
- name: the word is a proper noun for the analyser, or a word JMdict does not know whose gold reading
  JMnedict gives (亮 あきら, 聡 あきら): a person's or place's own reading, which no rule can know;
- uncertain: the engine marked the span a guess;
- other: the rest, the errors a rule might still fix.

With --scored (the score's scored count) it also prints the accuracy with variants counted right,
the figure to set beside the plain one when deciding what a bar should be. This is a diagnostic
for people, not a scorer: the plain score.py stays the measure.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader.core.dictionary.manage import open_index  # noqa: E402
from reader.core.nlp.tokens import to_hiragana  # noqa: E402


def _predictions(path: str) -> dict[str, dict]:
    out: dict[str, dict] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            out.setdefault(record["text"], record)
    return out


def _covering(record: dict, start: int, end: int) -> list[dict]:
    return [t for t in record["tokens"] if t["start"] < end and t["end"] > start]


def _entries(index, forms: set[str], source: str) -> list[set[str]]:
    """The readings of each entry from `source` written as one of `forms`."""
    return [{to_hiragana(r) for r in entry.readings}
            for form in forms for entry in index.entries_for(form) if entry.source == source]


def _fits(readings: set[str], said: str) -> bool:
    """Whether some dictionary reading of the word begins as `said` (the window and what precedes it
    in the word; the word's kana after the window may differ by inflection)."""
    return any(r.startswith(said) for r in readings)


def classify(index, row: dict, record: dict | None) -> str:
    text, window = row["sentence"], row["window"]
    at = text.find(window)
    if record is None or at < 0:
        return "other"
    tokens = _covering(record, at, at + len(window))
    if not tokens:
        return "other"
    start = tokens[0]["start"]
    word = text[start:tokens[-1]["end"]]
    forms = {word, *(t["lemma"] for t in tokens if len(tokens) == 1)}
    gold, ours = to_hiragana(row["gold"]), to_hiragana(row["predicted"])
    head = to_hiragana(text[start:at])  # kana before the window inside the word (お話し: お)
    gold_said, ours_said = head + gold, head + ours
    common = _entries(index, forms, "jmdict")
    if any(_fits(e, gold_said) and _fits(e, ours_said) for e in common):
        return "variant"
    if any(_fits(e, gold_said) for e in common) and any(_fits(e, ours_said) for e in common):
        return "homograph"
    names = _entries(index, forms, "jmnedict")
    if any(t["pos"][:2] == ["名詞", "固有名詞"] for t in tokens) \
            or not common and any(_fits(e, gold_said) for e in names):
        return "name"
    if any(s < at + len(window) and e > at for s, e in record.get("uncertain", [])):
        return "uncertain"
    return "other"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("errors", help="the TSV that score.py --errors wrote")
    ap.add_argument("pred", help="the annotate --jsonl output that was scored")
    ap.add_argument("--scored", type=int, help="spans scored (score.py's figure), for the accuracies")
    ap.add_argument("--list", action="store_true", help="print every wrong window with its class")
    args = ap.parse_args()
    predictions = _predictions(args.pred)
    with open(args.errors, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    counts: Counter[str] = Counter()
    with open_index() as index:
        for row in rows:
            kind = classify(index, row, predictions.get(row["sentence"]))
            counts[kind] += 1
            if args.list:
                print(f"{kind}\t{row['window']}\t{row['gold']}\t{row['predicted']}\t{row['sentence'][:60]}")
    print(f"wrong windows {len(rows)}: " + ", ".join(f"{k} {counts[k]}" for k in
                                                    ("variant", "homograph", "name", "uncertain", "other")))
    if args.scored:
        wrong = len(rows)
        print(f"accuracy {1 - wrong / args.scored:.4f}; with one entry's variant readings counted right "
              f"{1 - (wrong - counts['variant']) / args.scored:.4f}; with homographs too "
              f"{1 - (wrong - counts['variant'] - counts['homograph']) / args.scored:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
