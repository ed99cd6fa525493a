"""Words of novels and short stories read by the wrong sense (from a review of own fiction sentences).

- 何 straight before a verb is なに: 何してんの, 何言ってるの, 何やってんだ (Sudachi reads なん, which
  stays before の, で, だ and counters: 何の, 何で, 何年).
- 空く, 空かす after 腹 (お腹, 小腹, 腹が) is "hungry", す: お腹空いた, 小腹が空いたので, お腹を空かせた;
  席が空いた stays あ. Before たって Sudachi takes 空い for the adjective 空しい, むなしい, which is written with
  its し: it is the verb's あい (席が空いたって), and すい after 腹 (お腹が空いたって騒ぐ).
- 辛い with a dish or a taste in the sentence is hot, から: このカレーは辛すぎる, 唐辛子が辛くて舌が…,
  辛さと酸味, and in a recipe with a hot seasoning or sugar (辛いのが苦手な方は豆板醤を減らして, 辛すぎたら
  砂糖を); elsewhere it stays つら (階段を上るのが辛い, 辛いなら無理しないで).
- 実 the fruit is み: 実がなる, 実がつく (after が only: 実はついて行った stays じつ), 実をつける, 実を結ぶ,
  実になる, 赤い実, 柿の実, なしの実, 実付き, 実の大きさ, 実を大きくする, and after a clause of a fruit
  verb (落ちた実, 摘んだ実, 収穫した実), 実を残す and 実を間引く (thinning), メロンの実, スイカの実; Sudachi reads every
  lone 実 じつ, which stays in 実に, 実は, その実, 実を取る, 実の親. The prefix 実 glued before what befalls
  fruit on the plant is み too (実割れ みわれ, 実太り, 実落ち), but stays じつ before a person (実兄, 実母).
  (All the rules for 実 are here.)
- 額 the forehead is ひたい when a hand, sweat or a touch goes with it: 額に手を当てた, 窓ガラスに額を
  押しつけた, 畳に額を擦りつけた, 竿燈を額に乗せた, 額から頬へ汗が伝った, 額に汗して, 猫の額ほどの庭,
  a fighter's 額が割れ, 額から流血, 額を割られた; 額に入れて飾る (a frame)
  and 被害額, 額が大きい stay がく. After an adjective of amount it is a sum, がく (一番多い額, 少ない額), where Sudachi
  reads ひたい. (All the rules for 額 are here.)
- 腹 on its own is はら: 腹減った (Sudachi: ふく, which belongs to compounds like 空腹).
- 眼 glued after a verb is まなこ: 寝ぼけ眼 (Sudachi: がん, the suffix of 近視眼).
- 開く with 穴 is あく: 穴の開いた靴下, 穴が開いた (Sudachi: ひらく); 店が開く, 本を開く stay ひら.
"""
from __future__ import annotations

from ..tokens import Token, glued

WORDS = frozenset({"何", "空い", "空か", "空き", "空く", "空け", "辛", "辛い", "辛く", "辛かっ", "辛さ", "辛けれ",
                   "実", "額", "腹", "眼", "開い", "開き", "開く", "開か"})  # all fiction_fix looks at

_HUNGER_VERBS = frozenset({"空く", "空かす", "空かせる"})
_HUNGER_PARTICLES = frozenset({"が", "は", "も", "を"})
# Dishes, seasonings and tastes: with one of them in the sentence 辛い is spicy (から), not painful (つら).
_FOOD = frozenset({"カレー", "ラーメン", "唐辛子", "とうがらし", "料理", "味", "舌", "スープ", "わさび", "山葵",
                   "胡椒", "コショウ", "山椒", "キムチ", "麻婆", "麻婆豆腐", "激辛", "甘味", "旨味",
                   "味付け", "後味", "香辛料", "スパイス", "タレ", "ソース", "鍋", "汁", "味噌汁", "カレーライス",
                   "担々麺", "坦々麺", "ルー", "辛口", "甘口", "中辛", "塩", "醤油", "味噌", "漬物", "明太子",
                   "酸味", "風味", "苦味", "苦み", "塩味", "甘み", "旨み", "うまみ", "コク", "味わい", "薬味",
                   "調味料", "口当たり", "舌触り", "喉越し",
                   "豆板醤", "コチュジャン", "ラー油", "一味", "七味", "辛子", "からし", "マスタード", "鷹の爪",
                   "柚子胡椒", "砂糖", "レシピ"})
_CLAUSE_ENDS = frozenset({"、", "。", "！", "？", "「", "」", "!", "?", "\n"})
_FRUIT_PARTICLES = frozenset({"が", "を", "も", "は"})
_FRUIT_VERBS = frozenset({"なる", "生る", "つける", "付ける", "熟す", "熟する", "落ちる", "実る", "摘む", "もぐ",
                          "色づく", "色付く", "育てる", "膨らむ", "結ぶ", "ついばむ", "啄む", "食べる", "拾う",
                          "割る", "弾ける", "残す", "間引く"})  # 実を残す, 実を間引く: a grower thinning fruit
# What a fruit has and a blood tie does not (実の大きさ, 実の色; 実の親 stays じつ).
_FRUIT_QUALITIES = frozenset({"大きさ", "色", "重さ", "形", "数", "直径", "長さ", "甘さ", "甘み", "糖度", "熟し",
                              "付き", "部分", "中", "表面", "皮"})
_FRUIT_PLANTS = frozenset({"柿", "梅", "桃", "栗", "松", "椿", "南天", "銀杏", "胡桃", "桑", "柚子", "山椒", "茄子",
                           "木", "樹", "草", "蓮", "榎", "椎", "楢", "樫", "檀", "苺", "葡萄", "林檎", "枝"})
# Fruits written in kana, as school books do (なしの実, りんごの実).
_KANA_FRUITS = frozenset({"なし", "りんご", "かき", "くり", "うめ", "もも", "みかん", "ぶどう", "いちご", "トマト",
                          "ナシ", "リンゴ", "カキ", "クリ", "ウメ", "モモ", "ミカン", "ブドウ", "イチゴ", "ヘチマ",
                          "アサガオ", "ヒマワリ", "ホウセンカ", "ツバキ", "ドングリ", "どんぐり", "メロン", "スイカ",
                          "すいか", "ナス", "なす", "レモン", "キウイ", "イチジク", "ブルーベリー", "ミニトマト"})
# What befalls fruit on the plant, glued after 実 that Sudachi takes for the prefix じつ (実割れ みわれ).
_FRUIT_STATES = frozenset({"割れ", "太り", "落ち", "止まり"})
_AMOUNT_ADJECTIVES = frozenset({"多い", "少ない", "大きい", "小さい", "高い", "安い", "低い"})
_NOT_BEFORE_FRUIT = frozenset({"この", "その", "あの", "どの"})  # その実 "in truth" is そのじつ
# What goes with the forehead: a hand on it, sweat on it, pressing or touching it.
_FOREHEAD_CUES = frozenset({"当てる", "押しつける", "押し付ける", "押し当てる", "触れる", "拭う", "拭く", "撫でる",
                            "伝う", "滲む", "にじむ", "浮かぶ", "浮かべる", "くっつける", "寄せる", "寄せ合う", "汗",
                            "冷や汗", "手", "指", "指先", "髪", "前髪", "皺", "しわ", "頬", "キス", "口づけ", "脂汗",
                            "ぶつける", "こすりつける", "擦る", "小突く", "つつく", "汗ばむ", "流れる",
                            "乗せる", "のせる",  # 竿燈を額に乗せた: something balanced on it
                            "割れる", "割る", "割れ", "流血", "出血", "血"})  # 額が割れ, 額から流血: a fighter's
_FOREHEAD_PARTICLES = frozenset({"に", "を", "から", "へ", "の", "が", "も"})



def _clause_after(tokens: list[Token], i: int, n: int) -> list[Token]:
    out = []
    for t in tokens[i + 1:i + 1 + n]:
        if t.surface in _CLAUSE_ENDS:
            break
        out.append(t)
    return out


def _has_money(tokens: list[Token]) -> bool:
    return any(ch.isdigit() or ch in "円万億兆" for t in tokens for ch in t.surface)


def fiction_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "何":
        if reading == "なん" and glued(token, nxt) and nxt.pos[0] == "動詞":
            return "なに"  # 何してんの, 何言ってるの
        return None
    if surface[:1] == "空":
        slip = surface == "空い" and reading == "むなしい" and token.pos[0] == "形容詞"
        if slip:
            reading = "あい"  # 空い|たって: the verb 空く, not 空しい (written with its し)
        if (slip or token.lemma in _HUNGER_VERBS) and reading.startswith("あ") and prev is not None:
            noun = tokens[i - 2] if prev.surface in _HUNGER_PARTICLES and i > 1 else prev
            if noun.pos[0] == "名詞" and noun.surface.endswith("腹"):
                return "す" + reading[1:]  # お腹空いた, 小腹が空いた, お腹を空かせた
        return reading if slip else None
    if surface[:1] == "辛":
        if token.lemma == "辛い" and reading.startswith("つら") and any(t.surface in _FOOD for t in tokens):
            return "から" + reading[2:]  # このカレーは辛すぎる, 辛さと酸味
        if surface == "辛さ" and reading.startswith("つら") and any(t.surface in _FOOD for t in tokens):
            return "から" + reading[2:]
        return None
    if surface == "実":
        if reading == "じつ" and token.pos[0] == "接頭辞" and glued(token, nxt) and nxt.surface in _FRUIT_STATES:
            return "み"  # 実割れ, 実太り: the prefix じつ (実兄, 実母) is no fruit's
        if reading != "じつ" or token.pos[0] != "名詞":
            return None
        if glued(token, nxt) and nxt.surface in ("付き", "つき"):
            return "み"  # 実付きが良い: how well a plant sets fruit
        if nxt is not None and nxt.surface == "の" and i + 2 < len(tokens) \
                and tokens[i + 2].surface in _FRUIT_QUALITIES \
                and (prev is None or prev.surface not in _NOT_BEFORE_FRUIT):
            return "み"  # 実の大きさは5センチ (実の親, 実の兄 stay じつ)
        after = _clause_after(tokens, i, 4)
        if after and after[0].surface in _FRUIT_PARTICLES and any(t.lemma in _FRUIT_VERBS for t in after[1:3]):
            return "み"  # 実がなる, 実をつける, 実を結ぶ
        if len(after) >= 2 and after[0].surface == "が" and after[1].lemma in ("つく", "付く"):
            return "み"  # 実がつく: fruit sets (実はついて行った, after は, stays じつ)
        if len(after) >= 3 and after[0].surface == "を" and after[1].lemma == "大きい" and after[2].lemma == "する":
            return "み"  # 実を大きくする: what a grower does to fruit (摘果)
        if prev is not None and glued(prev, token) and prev.surface not in _NOT_BEFORE_FRUIT and (
                prev.pos[0] == "形容詞" or prev.surface in ("小さな", "大きな")):
            return "み"  # 赤い実, 小さな実
        before = tokens[i - 2] if i > 1 else None
        if prev is not None and prev.surface == "の" and before is not None and before.surface in _FRUIT_PLANTS:
            return "み"  # 柿の実, 梅の実
        if len(after) >= 2 and after[0].surface == "に" and after[1].lemma in ("なる", "成る"):
            return "み"  # 実になる
        if prev is not None and prev.surface == "の" and before is not None and before.surface in _KANA_FRUITS:
            return "み"  # なしの実
        if prev is not None and prev.surface in ("た", "だ") and glued(prev, token) and before is not None and (
                before.lemma in _FRUIT_VERBS or before.lemma == "する" and i > 2 and tokens[i - 3].surface == "収穫"):
            return "み"  # 落ちた実, 摘んだ実, 収穫した実: what the verb did to it is done to fruit
        return None
    if surface == "腹":
        return "はら" if reading == "ふく" and token.pos[0] == "名詞" else None  # 腹減った
    if surface == "眼":
        return "まなこ" if reading == "がん" and glued(prev, token) and prev.pos[0] == "動詞" else None  # 寝ぼけ眼
    if surface[:1] == "開":
        if token.lemma == "開く" and reading.startswith("ひら") and prev is not None and prev.surface in ("の", "が") \
                and i > 1 and tokens[i - 2].surface == "穴":
            return "あ" + reading[2:]  # 穴の開いた靴下, 穴が開いた
        return None
    if surface == "額":
        if reading == "ひたい" and prev is not None and prev.pos[0] == "形容詞" and prev.lemma in _AMOUNT_ADJECTIVES:
            return "がく"  # 一番多い額, 少ない額
        if reading == "がく" and nxt is not None and nxt.surface in ("に", "の") and i + 2 < len(tokens) \
                and tokens[i + 2].surface.startswith("汗"):
            return "ひたい"  # 額に汗して働く, 額の汗をふく
        before = tokens[i - 2] if i > 1 else None
        if reading == "がく" and prev is not None and prev.surface == "の" and before is not None \
                and before.surface == "猫":
            return "ひたい"  # 猫の額ほどの庭
        if reading != "がく" or nxt is None or nxt.surface not in _FOREHEAD_PARTICLES or _has_money(tokens):
            return None
        if prev is not None and glued(prev, token) and prev.pos[0] == "名詞" and prev.surface not in ("の",):
            return None  # 被害|額, 寄付|額: a compound sum
        after = _clause_after(tokens, i, 6)
        if any(t.lemma in _FOREHEAD_CUES or t.surface in _FOREHEAD_CUES for t in after[1:]):
            return "ひたい"  # 額に手を当てた, 額を押しつけた, 額から汗が
        return None
    return None
