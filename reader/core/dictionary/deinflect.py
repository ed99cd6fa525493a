"""Undo Japanese inflections: every dictionary form the text under the pointer could come from.

`deinflect("可決されれば")` peels the endings off one at a time (ば, then passive される, then する)
and returns each form it passes through, with the inflections undone and the JMdict
part-of-speech codes the dictionary entry must carry for that reading to be right:

    Deinflection("可決されれば")                                           the text itself
    Deinflection("可決される", ("conditional ば",), {"v1", "v5r", ...})
    Deinflection("可決する", ("passive", "conditional ば"), {"vs-i", "vs-s"})
    Deinflection("可決", ("passive", "conditional ば"), {"vs"})            a suru-noun
    ...

The list over-generates on purpose ("示した" also yields "示する" and "示しる"): the caller keeps a
candidate only when a dictionary entry for its term has one of its word classes
(`Deinflection.accepts`). The text itself comes first with no constraint; the rest follow by
the number of steps taken, fewest first.

`reasons` lists the inflections innermost first, outermost last: "食べさせられなかった" is
("causative-passive", "negative", "past"): 食べる, made causative-passive, negated, put in the past.

The rule table is written here from Japanese grammar (the conjugation stems of each verb class
and the auxiliaries that attach to them); it is compiled once into a trie of endings read backwards.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

MAX_STEPS = 6

# ------------------------------------------------------------------------------------- reasons
PAST = "past"
TE = "te-form"
NEGATIVE = "negative"  # ない, ぬ, ん
NEGATIVE_ZU = "negative ず"  # ず, ずに
POLITE = "polite"  # ます
POLITE_PAST = "polite past"  # ました
POLITE_NEGATIVE = "polite negative"  # ません
POLITE_PAST_NEGATIVE = "polite past negative"  # ませんでした
POLITE_VOLITIONAL = "polite volitional"  # ましょう
POLITE_TE = "polite te-form"  # まして
POLITE_IMPERATIVE = "polite imperative"  # ませ, なさい
MASU_STEM = "masu-stem"  # 連用形 on its own: 発表し、示し、食べ (連用中止形)
POTENTIAL = "potential"
PASSIVE = "passive"
POTENTIAL_OR_PASSIVE = "potential or passive"  # ichidan られる, 来られる: the two are one form
CAUSATIVE = "causative"
SHORT_CAUSATIVE = "short causative"  # 書かす, 食べさす
CAUSATIVE_PASSIVE = "causative-passive"  # させられる, godan される
VOLITIONAL = "volitional"
IMPERATIVE = "imperative"
CONDITIONAL_BA = "conditional ば"
CONDITIONAL_TARA = "conditional たら"
CONDITIONAL_NARA = "conditional なら"
TARI = "tari"
TAI = "tai"  # want to
TAGARU = "tagaru"  # (someone else) wants to
WHILE = "while (ながら)"
SEEMINGLY = "seemingly (そう)"
TOO_MUCH = "too much (すぎる)"
EASY_TO = "easy to (やすい)"
HARD_TO = "hard to (にくい)"
CONTINUOUS = "continuous"  # ている, てる, ておる
IN_ADVANCE = "in advance (ておく)"  # ておく, とく
COMPLETION = "completion (てしまう)"  # てしまう, ちゃう, じゃう, ちまう
RESULTATIVE = "resultative (てある)"
GOING = "going (ていく)"  # ていく, てく
COMING = "coming (てくる)"
TRYING = "trying (てみる)"
RECEIVING = "receiving (てもらう)"
GIVING = "giving (てくれる, てあげる)"
ADVERBIAL = "adverbial"  # 高く
NOUN_SA = "noun (さ)"  # 高さ
PRESUMPTIVE = "presumptive (かろう)"

REASONS = (
    PAST, TE, NEGATIVE, NEGATIVE_ZU, POLITE, POLITE_PAST, POLITE_NEGATIVE, POLITE_PAST_NEGATIVE,
    POLITE_VOLITIONAL, POLITE_TE, POLITE_IMPERATIVE, MASU_STEM, POTENTIAL, PASSIVE, POTENTIAL_OR_PASSIVE,
    CAUSATIVE, SHORT_CAUSATIVE, CAUSATIVE_PASSIVE, VOLITIONAL, IMPERATIVE, CONDITIONAL_BA, CONDITIONAL_TARA,
    CONDITIONAL_NARA, TARI, TAI, TAGARU, WHILE, SEEMINGLY, TOO_MUCH, EASY_TO, HARD_TO, CONTINUOUS, IN_ADVANCE,
    COMPLETION, RESULTATIVE, GOING, COMING, TRYING, RECEIVING, GIVING, ADVERBIAL, NOUN_SA, PRESUMPTIVE,
)


@dataclass(frozen=True, slots=True)
class Deinflection:
    term: str  # candidate dictionary form
    reasons: tuple[str, ...] = ()  # inflections undone, innermost first, outermost last
    word_classes: frozenset[str] = frozenset()  # JMdict POS codes, one needed; empty: no constraint

    def accepts(self, pos: Iterable[str]) -> bool:
        """Whether an entry with these part-of-speech codes fits this candidate."""
        return not self.word_classes or not self.word_classes.isdisjoint(pos)


# -------------------------------------------------------------------------------- word classes
# A rule turns an inflected ending into a dictionary ending. `form` is the word class of the
# inflected word itself, so chains only continue through forms that conjugate further: 書かない
# is an i-adjective (ない conjugates like one), so its past 書かなかった undoes to it. An empty
# `form` marks a form that conjugates no further (past, te-form, ば ...): the rule applies to the
# text under the pointer only.
_END: frozenset[str] = frozenset()
_V1 = frozenset({"v1", "v1-s"})
_V5K = frozenset({"v5k", "v5k-s"})
_V5KS = frozenset({"v5k-s"})
_V5R = frozenset({"v5r", "v5r-i", "v5aru"})
_V5S = frozenset({"v5s"})
_V5U = frozenset({"v5u", "v5u-s"})
_VK = frozenset({"vk"})
_VS = frozenset({"vs-i", "vs-s"})  # する and the verbs written with it (愛する); JMdict's own codes
_VS_NOUN = frozenset({"vs"})  # 発表, 可決: nouns that take する
_ADJ = frozenset({"adj-i"})
_ADJ_IX = frozenset({"adj-ix"})

# Auxiliaries on the 連用形 (masu-stem): ending, class of the result, reason.
_STEM_AUX = (
    ("", _END, MASU_STEM),
    ("ます", _END, POLITE),
    ("ました", _END, POLITE_PAST),
    ("ません", _END, POLITE_NEGATIVE),
    ("ませんでした", _END, POLITE_PAST_NEGATIVE),
    ("ましょう", _END, POLITE_VOLITIONAL),
    ("まして", _END, POLITE_TE),
    ("ませ", _END, POLITE_IMPERATIVE),
    ("なさい", _END, POLITE_IMPERATIVE),
    ("たい", _ADJ, TAI),
    ("たがる", _V5R, TAGARU),
    ("ながら", _END, WHILE),
    ("そう", _END, SEEMINGLY),
    ("すぎる", _V1, TOO_MUCH),
    ("過ぎる", _V1, TOO_MUCH),
    ("やすい", _ADJ, EASY_TO),
    ("にくい", _ADJ, HARD_TO),
)


def _te_aux(te: str) -> list[tuple[str, frozenset[str], str]]:
    """Auxiliary verbs after the te-form, with their spoken contractions (てる, とく, ちゃう, てく)."""
    pre = te[:-1]
    ru, toku, chau, chimau, teku = ("でる", "どく", "じゃう", "じまう", "でく") if te.endswith("で") else \
        ("てる", "とく", "ちゃう", "ちまう", "てく")
    return [
        (te + "いる", _V1, CONTINUOUS), (pre + ru, _V1, CONTINUOUS), (te + "おる", _V5R, CONTINUOUS),
        (te + "おく", _V5K, IN_ADVANCE), (te + "置く", _V5K, IN_ADVANCE), (pre + toku, _V5K, IN_ADVANCE),
        (te + "しまう", _V5U, COMPLETION), (pre + chau, _V5U, COMPLETION), (pre + chimau, _V5U, COMPLETION),
        (te + "ある", _V5R, RESULTATIVE),
        (te + "いく", _V5KS, GOING), (te + "行く", _V5KS, GOING), (pre + teku, _V5KS, GOING),
        (te + "くる", _VK, COMING), (te + "来る", _VK, COMING),
        (te + "みる", _V1, TRYING), (te + "もらう", _V5U, RECEIVING),
        (te + "くれる", _V1, GIVING), (te + "あげる", _V1, GIVING),
    ]


_Rule = tuple[str, str, frozenset[str], frozenset[str], str | None]  # inflected, base, form, classes, reason


def _verb(classes: frozenset[str], base: str, *, nai=(), nu=(), passive=(), causative=(), short_cp=False,
          stem=(), te=(), ba=(), imperative=(), volitional=(), potential=(), pot_or_passive=()) -> list[_Rule]:
    """The rules of one verb class from its stems: `nai` before ない, `nu` before ぬ/ん/ず, `passive`
    before れる, `causative` before せる/す/せられる, `stem` the 連用形, `te` the te-form, `ba` before
    ば; `imperative`, `volitional`, `potential` and `pot_or_passive` are whole endings."""
    forms: list[tuple[str, frozenset[str], str]] = []
    for s in nai:
        forms.append((s + "ない", _ADJ, NEGATIVE))
    for s in nu:
        forms += [(s + "ぬ", _END, NEGATIVE), (s + "ん", _END, NEGATIVE),
                  (s + "ず", _END, NEGATIVE_ZU), (s + "ずに", _END, NEGATIVE_ZU)]
    for s in passive:
        forms.append((s + "れる", _V1, PASSIVE))
    for s in causative:
        forms += [(s + "せる", _V1, CAUSATIVE), (s + "す", _V5S, SHORT_CAUSATIVE),
                  (s + "せられる", _V1, CAUSATIVE_PASSIVE)]
        if short_cp:
            forms.append((s + "される", _V1, CAUSATIVE_PASSIVE))
    for t in te:
        ta = t[:-1] + ("だ" if t.endswith("で") else "た")
        forms += [(t, _END, TE), (ta, _END, PAST), (ta + "ら", _END, CONDITIONAL_TARA), (ta + "り", _END, TARI)]
        forms += _te_aux(t)
    forms += [(s + "ば", _END, CONDITIONAL_BA) for s in ba]
    forms += [(s, _END, IMPERATIVE) for s in imperative]
    forms += [(s, _END, VOLITIONAL) for s in volitional]
    for s in stem:  # after the imperative: ください is read as くださる's imperative, not its stem
        forms += [(s + aux, form, reason) for aux, form, reason in _STEM_AUX]
    forms += [(s, _V1, POTENTIAL) for s in potential]
    forms += [(s, _V1, POTENTIAL_OR_PASSIVE) for s in pot_or_passive]
    return [(inflected, base, form, classes, reason) for inflected, form, reason in forms]


def _prefixed(prefixes: Iterable[str], rules: list[_Rule]) -> list[_Rule]:
    """Rules for a closed set of verbs (行く, くださる ...): the same endings, tied to their stems."""
    return [(p + i, p + b, f, c, r) for p in prefixes for i, b, f, c, r in rules]


_ICHIDAN_STEM_ENDS = "いきぎしじちぢにひびぴみりえけげせぜてでねへべぺめれ" "見着寝出居煮似射経得干診観"


def _build() -> list[_Rule]:
    rules: list[_Rule] = []
    # Godan: classes, dictionary ending, a-, i-, e-, o-row stems, te-form.
    for classes, u, a, i, e, o, te in (
        (_V5K, "く", "か", "き", "け", "こ", "いて"),
        (frozenset({"v5g"}), "ぐ", "が", "ぎ", "げ", "ご", "いで"),
        (_V5S, "す", "さ", "し", "せ", "そ", "して"),
        (frozenset({"v5t"}), "つ", "た", "ち", "て", "と", "って"),
        (frozenset({"v5n"}), "ぬ", "な", "に", "ね", "の", "んで"),
        (frozenset({"v5b"}), "ぶ", "ば", "び", "べ", "ぼ", "んで"),
        (frozenset({"v5m"}), "む", "ま", "み", "め", "も", "んで"),
        (_V5R, "る", "ら", "り", "れ", "ろ", "って"),
        (_V5U, "う", "わ", "い", "え", "お", "って"),
    ):
        rules += _verb(classes, u, nai=(a,), nu=(a,), passive=(a,), causative=(a,), short_cp=u != "す",
                       stem=(i,), te=(te,), ba=(e,), imperative=(e,), volitional=(o + "う",),
                       potential=(e + "る",))
    # 行く: 行って/行った (て, で: the contracted ていく → てく, てった).
    rules += _prefixed(("行", "い", "逝", "往", "て", "で"), _verb(_V5KS, "く", te=("って",)))
    # 問う, 請う: 問うた, 問うて.
    rules += _verb(frozenset({"v5u-s"}), "う", te=("うて",))
    # くださる, なさる, いらっしゃる, おっしゃる, ござる: 連用形 and imperative in い.
    rules += _prefixed(("くださ", "下さ", "なさ", "為さ", "いらっしゃ", "おっしゃ", "仰っしゃ", "仰", "ござ", "御座"),
                       _verb(frozenset({"v5aru"}), "る", stem=("い",), imperative=("い",)))
    # Ichidan: the stem is the word less る. くれる (v1-s) has the imperative くれ.
    # The bare stem (食べ, 見) would match any text, so it is tied to the kana that end ichidan stems
    # and to the one-kanji stems.
    ichidan = _verb(_V1, "る", nai=("",), nu=("",), causative=("さ",), stem=("",), te=("て",), ba=("れ",),
                    imperative=("ろ", "よ"), volitional=("よう",), potential=("れる",), pot_or_passive=("られる",))
    rules += [r for r in ichidan if r[0]]
    rules += [(s, s + "る", _END, _V1, MASU_STEM) for s in _ICHIDAN_STEM_ENDS]
    rules += _prefixed(("くれ", "呉れ"), _verb(frozenset({"v1-s"}), "る", imperative=("",)))
    # する, and the suru-verbs; できる is the potential of する.
    rules += _verb(_VS, "する", nai=("し",), nu=("せ",), passive=("さ",), causative=("さ",), stem=("し",),
                   te=("して",), ba=("すれ",), imperative=("しろ", "せよ"), volitional=("しよう",),
                   potential=("できる", "出来る"))
    rules += _verb(frozenset({"vs-s"}), "する", nai=("さ",), potential=("せる",))  # 愛さない, 愛せる
    rules.append(("する", "", _VS, _VS_NOUN, None))  # 発表する → the suru-noun 発表: no inflection undone
    # 来る in kana and with its kanji, which stays 来 whatever its reading (来ない, 来た, 来れば).
    for ko, ki, ku, base in (("こ", "き", "く", "くる"), ("来", "来", "来", "来る")):
        rules += _verb(_VK, base, nai=(ko,), nu=(ko,), causative=(ko + "さ",), stem=(ki,), te=(ki + "て",),
                       ba=(ku + "れ",), imperative=(ko + "い",), volitional=(ko + "よう",),
                       potential=(ko + "れる",), pot_or_passive=(ko + "られる",))
    # I-adjectives; いい/よい/良い (adj-ix) conjugate on よ/良.
    adjective = [
        ("く", _END, ADVERBIAL), ("くて", _END, TE), ("かった", _END, PAST), ("くない", _ADJ, NEGATIVE),
        ("くありません", _END, POLITE_NEGATIVE), ("くありませんでした", _END, POLITE_PAST_NEGATIVE),
        ("さ", _END, NOUN_SA), ("ければ", _END, CONDITIONAL_BA), ("かったら", _END, CONDITIONAL_TARA),
        ("かったり", _END, TARI), ("そう", _END, SEEMINGLY), ("すぎる", _V1, TOO_MUCH), ("過ぎる", _V1, TOO_MUCH),
        ("かろう", _END, PRESUMPTIVE),
    ]
    rules += [(s, "い", form, _ADJ, reason) for s, form, reason in adjective]
    rules += [("なさそう", "ない", _END, _ADJ, SEEMINGLY), ("ないで", "ない", _END, _ADJ, TE)]
    for base, stem in (("いい", "よ"), ("よい", "よ"), ("良い", "良")):
        rules += [(stem + s, base, form, _ADJ_IX, reason)
                  for s, form, reason in [*adjective, ("さそう", _END, SEEMINGLY)]]
    # なら after the plain form of any verb or adjective.
    inflecting = frozenset().union(*(r[3] for r in rules)) - _VS_NOUN
    rules.append(("なら", "", _END, inflecting, CONDITIONAL_NARA))
    return rules


def _compile(rules: list[_Rule]) -> dict[str, tuple[tuple[str, frozenset[str], frozenset[str], str | None], ...]]:
    """Suffix → rules, merging rules that differ only in the classes they give."""
    merged: dict[tuple, frozenset[str]] = {}
    for inflected, base, form, classes, reason in rules:
        key = (inflected, base, form, reason)
        merged[key] = merged.get(key, frozenset()) | classes
    by_suffix: dict[str, list[tuple[str, frozenset[str], frozenset[str], str | None]]] = {}
    for (inflected, base, form, reason), classes in merged.items():
        by_suffix.setdefault(inflected, []).append((base, form, classes, reason))
    return {s: tuple(r) for s, r in by_suffix.items()}


def _suffix_trie(rules: dict[str, tuple]) -> dict:
    """The inflected endings read backwards, as nested dicts: char -> [next level, rules of the
    ending that ends here or None]. Walking a word from its end finds every ending it has,
    shortest first, and stops as soon as no longer ending can match."""
    root: dict = {}
    for suffix, found in rules.items():
        node = root
        for i, ch in enumerate(reversed(suffix)):
            step = node.setdefault(ch, [{}, None])
            if i == len(suffix) - 1:
                step[1] = found
            node = step[0]
    return root


_RULES = _compile(_build())
_TRIE = _suffix_trie(_RULES)
# The last characters of every inflected ending: text ending otherwise deinflects to itself only.
ENDING_CHARS = frozenset(_TRIE)


def deinflect(text: str) -> list[Deinflection]:
    """Every candidate dictionary form of `text`: the text itself first (no reasons, no class
    constraint), then the forms reached by undoing inflections, fewest inflections first (the
    silent step from a suru-verb to its noun, 発表する → 発表, counts for none). Each
    (term, word classes) pair appears once, with its shortest chain of reasons. An empty or
    non-string `text` gives an empty list; nothing raises."""
    if not isinstance(text, str) or not text:
        return []
    return [Deinflection(term, reasons, classes) for term, classes, reasons in candidates(text)]


def candidates(text: str) -> list[tuple[str, frozenset[str], tuple[str, ...]]]:
    """deinflect(text) as plain (term, word classes, reasons) tuples, for the hover scan, which
    makes thousands a second and needs no objects; `text` must be a non-empty string."""
    found = [(text, _END, ())]
    seen = {(text, _END)}
    frontier = list(found)
    for _ in range(MAX_STEPS):
        grown: list[tuple[str, frozenset[str], tuple[str, ...]]] = []
        for term, classes, reasons in frontier:
            node, i = _TRIE, len(term) - 1
            while i >= 0:  # the endings of term, shortest first
                step = node.get(term[i])
                if step is None:
                    break
                node, rules = step
                if rules is not None:
                    _apply(term[:i], classes, reasons, rules, seen, grown)
                i -= 1
        if not grown:
            break
        found.extend(grown)
        frontier = grown
    found.sort(key=_steps)  # stable: breadth-first order within a number of steps
    return found


def _steps(candidate: tuple) -> int:
    return len(candidate[2])


def _apply(stem, classes, reasons, rules, seen, grown) -> None:
    for base, form, out, reason in rules:
        if classes and classes.isdisjoint(form):  # the form must be what the last step produced
            continue
        term = stem + base
        if not term or (term, out) in seen:
            continue
        seen.add((term, out))
        grown.append((term, out, reasons if reason is None else (reason, *reasons)))
