"""Beauty, fashion and health-goods words: shop pages, salon blogs and customers' reviews.

- 上/下 glued after a size, rank or shade (ワンサイズ上, 一サイズ下, ワンランク上の, ワントーン下) is a
  step up or down, うえ/した; Sudachi takes it for the suffix じょう/か ("in terms of": 歴史上,
  ネット上), which stays after every other word.
- 泡 that Sudachi takes for a suffix after a noun (炭酸泡, 濃密泡) is the lather, あわ, as on its own
  (泡で洗う); ほう is only inside words the lexicon knows whole (気泡, 発泡).
- 白髪 is grey hair, しらが (白髪が増えた, 生え際の白髪, 白髪をぼかす), as in 白髪染め; Sudachi reads it
  はくはつ, the literary word, for which しらが is never wrong (白髪の老人 either way).
- 脂性 glued before 肌 is the skin type, しせい (脂性肌, like 乾燥肌 and 敏感肌); Sudachi reads
  あぶらしょう, which stays on its own (脂性の人).
- 引き glued after a price or a share (一割引き, 二割引き, 百円引き, 10%引き) is a discount and voices
  like 割引, びき; Sudachi reads the split-off noun ひき, which stays elsewhere (福引き, 綱引き are whole
  words; くじ引き, 取り引き are not after an amount).
- 小 that Sudachi takes for the prefix しょう before 銭入れ or 銭 is the こ of 小銭 (小銭入れ こぜにいれ).
- 頃 glued after a noun ending in 身 read み (後ろ身|頃, as Sudachi cuts 後ろ身頃) is the ごろ of 身頃,
  a garment's body panel; Sudachi reads ころ ("the time when"). 全身, 独身 (しん) are not that 身.
- 十分 glued before 丈 or 袖 is ten tenths of the length, じゅうぶ (十分丈 じゅうぶたけ, as 七分丈 しちぶ in
  numbers.py); Sudachi keeps 十分 whole as じゅうぶん ("enough").
- 甲高 in a sentence about feet or shoes (甲高幅広の足, 甲高でも履けるパンプス) is a high instep,
  こうだか; Sudachi reads かんだか ("shrill"), which stays with a voice or a sound (甲高な声) and in
  the adjective 甲高い.
- 硬|毛, as Sudachi cuts 硬毛 (the adjective's stem + 毛), is the hair type こうもう, like 軟毛 and 剛毛
  the lexicon knows; Sudachi reads かた|け.
- 衣 glued after 作務 is え (作務衣 さむえ, the monk's work wear sold as loungewear); Sudachi reads い.
- 高見 glued before え, as Sudachi cuts 高見え (looking pricier than it is), is たかみ (高見えするバッグ);
  Sudachi reads こうけん. 高見 before anything else is left alone.
- 買い glued after a noun and before する is a kind of buying, voiced がい like まとめ買い, 大人買い
  (リピート買いしています, 衝動買いしてしまった), or before the copula as a noun (ジャケ買いだった); a
  currency or a share keeps かい as dealers say it (ドル買いした, like 円買い in slips.py), and 買い before
  に (服買いに行く) is the verb's purpose.
- 描き足す is かきたす, adding strokes (眉を描き足す); Sudachi reads えがきたす, no word. 描き出す
  (えがきだす, depicting) is left alone.
- 八色, 五色, 七色 glued after 全 count a range's shades (全八色 ぜんはっしょく, 全五色 ごしょく);
  Sudachi keeps the words やいろ, ごしき, なないろ, which stay elsewhere (七色の虹). 二色, which Sudachi
  reads as the name にしき, is にしょく anywhere but before の浜 (二色使い, 二色展開).
- 一足 that Sudachi reads ひとあし ("a step") counts shoes, いっそく, in a sentence about footwear
  (ショートブーツが一足あると便利); a step stays before 先, 早く, 遅れ, 違い (一足早く春が来た).
"""
from __future__ import annotations

from ..tokens import Token, glued, sentence_of

# What a step up or down is measured in (ワンサイズ上, ワンランク上, ワントーン下).
_STEPS = ("サイズ", "ランク", "トーン", "カップ", "グレード")
_STEP_READINGS = {"上": "うえ", "下": "した"}
# Words that make 甲高 the instep (甲高幅広の足), and those that keep it shrill (甲高な声).
_FOOT_WORDS = ("足", "靴", "幅広", "甲", "パンプス", "スニーカー", "ブーツ", "サンダル", "ローファー", "履")
_SOUND_WORDS = ("声", "音", "叫", "鳴", "笑")
# An amount a discount is given in, glued before 引き (一割引き, 百円引き, 10%引き).
_DISCOUNT_UNITS = frozenset({"割", "円", "%", "％", "パーセント", "ドル"})
# A currency or share bought on a market: dealers say かい (ドル買い, like 円買い in slips.py).
_MARKET_BUYS = frozenset({"円", "ドル", "ユーロ", "ポンド", "元", "株", "先物", "現物", "債券"})
# A range counted in shades after 全 (全八色 はっしょく), where Sudachi keeps a word of its own.
_SHADES = {"八色": "はっしょく", "五色": "ごしょく", "七色": "ななしょく"}
# 描き足す in the forms Sudachi keeps whole (描き足し|た, 描き足せ|ば).
_DRAW_MORE = frozenset({"描き足す", "描き足し", "描き足さ", "描き足せ", "描き足そ"})
# Footwear that makes 一足 a pair (ブーツが一足), and what makes it a step (一足早く, 一足違い).
_SHOES = ("靴", "ブーツ", "パンプス", "スニーカー", "サンダル", "ローファー", "ヒール", "ソックス", "スリッパ",
          "草履", "下駄")
_STEP_AFTER = ("先", "早", "遅", "違", "お先")
# All beauty_fix looks at.
WORDS = frozenset({"上", "下", "泡", "白髪", "脂性", "引き", "引", "小", "衣", "頃", "十分", "甲高", "硬", "毛",
                   "高見", "買い", "二色", "一足",
                   *_SHADES, *_DRAW_MORE})


def beauty_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    suffix = token.pos[0] == "接尾辞"
    if surface in _STEP_READINGS:
        if suffix and glued(prev, token) and prev.surface.endswith(_STEPS):
            return _STEP_READINGS[surface]  # ワンサイズ上 うえ
        return None
    if surface == "泡":
        return "あわ" if suffix and reading == "ほう" else None  # 炭酸泡
    if surface == "白髪":
        return "しらが" if reading == "はくはつ" else None
    if surface == "脂性":
        return "しせい" if glued(token, nxt) and nxt.surface.startswith("肌") else None
    if surface in ("引き", "引"):
        if reading == "ひき" and glued(prev, token) and prev.surface in _DISCOUNT_UNITS:
            return "びき"  # 一割引き, 百円引き
        return None
    if surface == "小":
        if reading == "しょう" and token.pos[0] == "接頭辞" and glued(token, nxt) and nxt.surface.startswith("銭"):
            return "こ"  # 小銭入れ
        return None
    if surface == "頃":
        panel = glued(prev, token) and len(prev.surface) > 1 and prev.surface.endswith("身") \
            and prev.reading.endswith("み")
        return "ごろ" if reading == "ころ" and panel else None  # 後ろ身頃
    if surface == "十分":
        return "じゅうぶ" if glued(token, nxt) and nxt.surface[:1] in ("丈", "袖") else None  # 十分丈
    if surface == "甲高":
        sentence = [t.surface for t in sentence_of(tokens, i) if t is not token]  # 甲高 itself starts with 甲
        feet = any(w.startswith(_FOOT_WORDS) for w in sentence)
        sound = any(w.startswith(_SOUND_WORDS) for w in sentence)
        return "こうだか" if reading == "かんだか" and feet and not sound else None  # 甲高幅広の足
    if surface in ("硬", "毛"):
        stem, hair = (token, nxt) if surface == "硬" else (prev, token)
        if glued(stem, hair) and stem.surface == "硬" and stem.pos[0] == "形容詞" and hair.surface == "毛":
            return "こう" if surface == "硬" else "もう"  # 硬毛 こうもう
        return None
    if surface == "高見":
        return "たかみ" if glued(token, nxt) and nxt.surface == "え" else None  # 高見えする
    if surface == "買い":
        noun = glued(prev, token) and prev.pos[0] == "名詞" and prev.pos[1] != "数詞" \
            and prev.surface not in _MARKET_BUYS
        # before する, or before the copula as a noun (ジャケ買いだった)
        kind = nxt is not None and (nxt.lemma == "する" or nxt.pos[0] == "助動詞" and nxt.lemma in ("だ", "です"))
        return "がい" if reading == "かい" and noun and kind else None
    if surface == "二色":
        beach = nxt is not None and nxt.surface == "の" and i + 2 < len(tokens) \
            and tokens[i + 2].surface.startswith("浜")  # 二色の浜, the beach
        return "にしょく" if reading == "にしき" and not beach else None  # 二色使い
    if surface == "一足":
        step = glued(token, nxt) and nxt.surface.startswith(_STEP_AFTER)
        shoes = any(t.surface.startswith(_SHOES) or t.surface.endswith("靴") for t in sentence_of(tokens, i))
        return "いっそく" if reading == "ひとあし" and shoes and not step else None  # ブーツが一足
    if surface in _DRAW_MORE:
        return "かき" + reading[3:] if reading.startswith("えがき") else None  # 描き足す かきたす
    if surface in _SHADES:
        return _SHADES[surface] if glued(prev, token) and prev.surface == "全" else None  # 全八色
    if surface == "衣":
        return "え" if reading == "い" and glued(prev, token) and prev.surface == "作務" else None
    return None
