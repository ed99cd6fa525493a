"""Readings the analyser gets wrong in recipes, shop pages and blogs, fixed from context.

- 鶏 glued before another noun written in kana (鶏ガラスープ, 鶏もも肉, 鶏ささみ) is とり, the meat,
  as in 鶏肉 and 鶏ガラ; Sudachi reads the split-off 鶏 as the animal, にわとり. On its own (鶏が鳴く)
  it keeps the analyser's reading. So is 鶏 before の and a dish or a cut of the meat (鶏の唐揚げ, 鶏の照り焼き,
  鶏のもも肉, 鶏の胸肉): the meal is the meat; the bird stays にわとり (鶏の鳴き声, 鶏の世話, 鶏の卵).
- 素 after の (スープの素, だしの素) is もと, "the base of"; Sudachi takes it for the prefix そ when a
  noun follows (だしの素小さじ1); before 数 it is the prime of 素数, そ (二十以下の素数).
- 酒 on its own is さけ; Sudachi gives the split-off 酒 the compound form さか before a measure
  (酒大さじ1, 酒小さじ2, 酒少々), where no compound is made. A kanji noun glued after it keeps さか
  (the analyser's split of a compound).
- 蒸す and its forms (蒸し, 蒸さ, 蒸せ) are むす, "to steam"; Sudachi sometimes reads ふかす, which is
  written 蒸かす.
- 客来 before ない (客来ない, 客来なかった) is 客 + the verb 来る in the negative, きゃく|こ, "no customers
  come"; Sudachi takes the rare noun 客来 (きゃくらい, a guest's visit), which no negative follows.
- 姉 and 兄 glued after a given name or a nickname in kana (ゆみ姉, 健太兄, おぐ姉) are how one calls an
  older sister or brother, ねえ and にい; Sudachi reads the nouns あね and あに, which stay on their own
  (姉が来た), after a particle or adverb (うちの姉, ちょうど姉が) and after a surname (田中兄 is the
  formal "Mr Tanaka", けい).
- 時々 is ときどき ("now and then"); Sudachi sometimes takes the rare noun じじ (時々入金しています,
  時々画面が反応しなくなる), which is kept only before 刻々 (時々刻々 じじこっこく, "moment by moment"),
  where Sudachi sometimes reads ときどき instead.
- (笑) after a sentence, the writer laughing, is わら (read as the stem, like (泣) なき); Sudachi
  reads the noun わらい.
- 直 standing alone before に, which Sudachi reads ちょく (no word), is じか, "directly", before a verb of
  touch or meeting (直に触る, 直に会って, 直に置く), and じき, "soon", before any other (直に分かる, 直に終わる).
  Inside a word (素直に, 日直に) nothing changes.
"""
from __future__ import annotations

from ..tokens import Token, glued, is_kana

_MEASURES = ("大さじ", "小さじ", "少々", "適量", "少量", "大匙", "小匙")
# Dishes and cuts after 鶏の that make it the meat, とり (鶏の唐揚げ, 鶏の胸肉).
_DISH_ENDS = ("揚げ", "焼き", "焼", "煮", "煮込み", "炒め", "蒸し", "炊き", "肉", "スープ", "鍋", "丼", "ハム")
_DISH_STARTS = ("唐揚", "から揚", "空揚", "照り焼", "照焼", "竜田", "もも", "モモ", "むね", "ムネ", "ささみ", "ササミ",
                "手羽", "皮")
_STEAM = frozenset({"蒸す", "蒸し", "蒸さ", "蒸せ", "蒸そ"})
# Kana nouns that are no one's nickname (みんな姉が好き, うち姉妹は)
_NOT_NICKNAMES = frozenset({"みんな", "みな", "うち", "ここ", "そこ", "あそこ", "これ", "それ", "あれ", "こと", "もの",
                            "とき"})
_SIBLING_CALLED = {"姉": ("あね", "ねえ"), "兄": ("あに", "にい")}
# Verbs done "directly", 直に じかに (直に触る, 直に会う); before others 直に is "soon", じきに.
_DIRECT_VERBS = frozenset({"触る", "触れる", "会う", "話す", "見る", "聞く", "渡す", "手渡す", "置く", "塗る", "当てる",
                           "伝える", "届ける", "注ぐ", "座る", "寝る", "書く", "貼る", "着る", "入れる", "つける",
                           "付ける", "食べる", "飲む", "買う", "売る", "送る", "取る", "持つ", "握る", "接する"})
# The only words everyday_fix looks at.
WORDS = frozenset({"鶏", "素", "笑", "酒", "客来", "時々", "直", *_SIBLING_CALLED}) | _STEAM
_OPEN = ("(", "（")
_CLOSE = (")", "）")


def everyday_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i] (its current reading is ``reading``), or None."""
    token = tokens[i]
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    surface = token.surface
    if surface == "直":
        if reading != "ちょく" or token.pos[0] != "形状詞" or nxt is None or nxt.surface != "に" \
                or glued(prev, token) and prev.pos[0] not in ("補助記号", "助詞"):
            return None
        verb = next((t for t in tokens[i + 2:i + 5] if t.pos[0] == "動詞"), None)
        return "じか" if verb is not None and verb.lemma in _DIRECT_VERBS else "じき"  # 直に触る, 直に分かる
    if surface == "鶏" and reading == "にわとり" and nxt is not None and nxt.start == token.end \
            and nxt.pos[0] == "名詞" and is_kana(nxt.surface[0]):
        return "とり"  # 鶏ガラスープ, 鶏もも肉
    if surface == "鶏" and reading == "にわとり" and nxt is not None and nxt.surface == "の" and i + 2 < len(tokens) \
            and glued(token, nxt) and glued(nxt, tokens[i + 2]) and tokens[i + 2].pos[0] == "名詞" \
            and (tokens[i + 2].surface.endswith(_DISH_ENDS) or tokens[i + 2].surface.startswith(_DISH_STARTS)):
        return "とり"  # 鶏の唐揚げ, 鶏の胸肉: the meat
    if surface == "素" and reading == "そ" and token.pos[0] == "接頭辞" and prev is not None \
            and prev.surface == "の" and prev.end == token.start \
            and not (nxt is not None and nxt.surface == "数" and nxt.start == token.end):  # 二十以下の素数 そすう
        return "もと"  # だしの素小さじ1
    if surface == "酒" and reading == "さか" and token.pos[0] == "名詞" and not (
            nxt is not None and nxt.start == token.end and nxt.pos[0] == "名詞"
            and not is_kana(nxt.surface[0]) and not nxt.surface.startswith(_MEASURES)):
        return "さけ"  # 酒大さじ1, 酒少々
    if surface == "客来" and reading == "きゃくらい" and nxt is not None and nxt.start == token.end \
            and nxt.surface.startswith("な") and nxt.lemma == "ない":
        return "きゃくこ"  # 客来ないだろう: 客 + 来(こ)ない
    if surface in _SIBLING_CALLED and reading == _SIBLING_CALLED[surface][0] and _after_given_name(tokens, i):
        return _SIBLING_CALLED[surface][1]  # ゆみ姉 ゆみねえ, 健太兄 けんたにい, おぐ姉
    if surface in _STEAM and reading.startswith("ふか") and token.pos[0] == "動詞":
        return "む" + reading[2:]  # 蒸すと, 蒸して
    if surface == "笑" and reading == "わらい" and prev is not None and prev.surface in _OPEN \
            and nxt is not None and nxt.surface in _CLOSE:
        return "わら"  # 楽しかった(笑)
    if surface == "時々":
        moment = nxt is not None and nxt.start == token.end and nxt.surface[:1] in ("刻", "こ")  # 刻々, 刻刻
        want = "じじ" if moment else "ときどき"  # 時々刻々 じじこっこく; 時々画面が固まる ときどき
        return want if reading in ("じじ", "ときどき") and reading != want else None
    return None


def _after_given_name(tokens: list[Token], i: int) -> bool:
    """tokens[i] is glued after a given name (健太) or a nickname of two to four kana made of nouns
    and prefixes only (お|ぐ, まこ): not after a surname, a particle or an adverb (ちょうど姉が)."""
    prev = tokens[i - 1] if i > 0 else None
    if prev is None or prev.end != tokens[i].start:
        return False
    if prev.pos[2:3] == ("人名",):
        return prev.pos[3:4] != ("姓",)
    k, kana = i - 1, 0
    while k >= 0 and tokens[k].end == tokens[k + 1].start and all(is_kana(ch) for ch in tokens[k].surface) \
            and tokens[k].pos[0] in ("名詞", "接頭辞") and tokens[k].surface not in _NOT_NICKNAMES:
        kana += len(tokens[k].surface)
        k -= 1
    return 2 <= kana <= 4
