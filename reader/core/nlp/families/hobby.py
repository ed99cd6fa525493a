"""Hobby blogs and gear pages: gardening, railways, camping and cooking outdoors, woodwork, knitting and
basketry, cameras, fishing and mountain diaries, fixed from context.

- 種 glued before a verb's stem is the seed, たね, the first half of a noun + stem compound (種採り
  たねとり, like the lexicon's 種まき, 種取り); Sudachi reads the split-off 種 しゅ. The rare noun 種植
  (しゅしょく) glued before a lone え is the same compound, 種植え たねうえ "sowing seeds": Sudachi
  takes the え for a filler.
- 飯 glued after a noun or a verb's stem as a suffix is めし, a meal of a kind (キャンプ飯, ズボラ飯,
  山飯, 男飯, 漁師飯, 賄い飯, のっけ飯); Sudachi reads the suffix はん. The Chinese dishes the lexicon
  knows (炒飯, 中華飯, 天津飯) are whole words and keep はん, and so does 鶏飯 (けいはん, Amami's dish).
- 草 opening a word glued after the prefix 雑 is the second kanji of 雑草, そう (雑草取り ざっそうとり):
  Sudachi splits 雑|草取り and reads くさとり, which would print ざっくさとり.
- 尺 glued before a fish's name in katakana is a foot of length, しゃく (尺アジ, 尺ヤマメ: a fish a foot
  long, the angler's boast); Sudachi reads the lone 尺 さし, the ruler, which stays elsewhere (尺を当てる).
- 傷 glued as a suffix after a verb's stem or a katakana word is a scratch, きず (拭き傷, 引っかき傷,
  スレ傷), as in the lexicon's 擦り傷; Sudachi reads the suffix しょう, the wound of 負傷 and 外傷.
- 片 as a prefix before a katakana word is one of a pair, かた (片チャンネル, 片ロック), as in 片方 and
  片足; Sudachi reads the prefix へん.
- 縁 before まで, or before に/を/が/から and what one does to a rim (座る, 置く, 塗る, 囲う, 欠ける, かがる),
  is the edge, ふち (鉢の縁まで, 花壇の縁をレンガで囲った, 湯船の縁に腰掛けた); Sudachi reads えん, the tie,
  which stays elsewhere (ご縁, 縁を切る, 縁がある, 何かの縁で). So is 縁 after の and a thing with a rim
  (画面の縁, 本体の縁, グラスの縁, 目の縁, 花壇の縁に植える, 火口の縁, 湖の縁, and in a kitchen 餃子の皮の縁,
  型の縁, ボウルの縁), but not after people and
  events (家族の縁, 番組出演が縁で); walking along it is the edge too (縁を歩く); and 縁 before の and what
  a craft does to an edge (縁の始末, 縁の処理, 縁の飾り), but not after a prefix (ご縁の部分).
- 弱音 glued before a noun is the musician's "soft tone", じゃくおん (弱音器, 弱音ペダル, 弱音針); Sudachi
  reads よわね, "complaints", which stays on its own (弱音を吐く).
- A word split off a compound the lexicon lacks is read as in the compound: 粉 after 授 (人工授粉
  じゅふん, not こな), 場 after テント, テン, ガレ, ザレ (テント場, テン場, ガレ場 ば: a campsite, a scree slope in the
  mountains; キャンプ場, スキー場 stay じょう), 前 before ボケ (前ボケ まえ, the blur in front of the
  subject), and the colours of lamps: 電球色 でんきゅういろ (not しょく), 昼白色 ちゅうはくしょく (not
  ひる), 温白色 おんぱくしょく (like the lexicon's 昼光色 ちゅうこうしょく); 星 before 景 (星景写真 せいけい,
  not ほし), 太 after 口 (口太グレ くちぶと, the angler's thick-lipped blackfish), 頂 and 側 before 花蕾
  (頂花蕾 ちょうからい, 側花蕾 そくからい: broccoli's main and side heads), 古 before 材 (古材 こざい).
- 摘み glued after a noun for a part of a plant is the picking, つみ (花がら摘み, 蕾摘み, as the lexicon's
  花摘み and 芽摘み); Sudachi reads the noun つまみ, the knob or the pinch, which stays after anything
  else (ボリューム摘み, ひと摘みの塩).
- 取り after a number of 本 in a sentence about thread, and 撮り after a number of 枚 ending a noun (not a
  verb before ます or た), voice, どり: 刺繍糸を二本取りで刺す (threads held together), 三十六枚撮りの
  フィルム; 一本取りを狙う (kendo) and 十枚撮りました stay とり.
- 泊まり glued after a noun is a stay of that kind and voices, どまり (小屋泊まり, 民宿泊まり, like the
  lexicon's 素泊まり); お泊まり (a prefix) stays.
- 床面 in a sentence about leather is its flesh side, とこめん (革の床面を磨く, 床面処理); elsewhere the floor
  surface, ゆかめん.
- 火口 in a sentence about making fire (火起こし, 焚き火, 着火, 火打ち石, 麻ひも) is tinder, ほくち; the crater,
  かこう, stays in any sentence about a volcano or a mountain.
- 時 glued after a verb's stem is the right time for it and voices, どき (まき時, 植え時, 撒き時; the
  lexicon's 買い時, 潮時; 夕暮れ時); Sudachi reads the split-off noun とき, or じ. Not after an inflected form
  (見た時, する時: とき), nor after a longer compound verb's noun, the time when it is done (切り替え時,
  引き渡し時: じ).
- 挿し glued after a part of a plant (葉挿し, 根挿し, 茎挿し, 水挿し) or after a count of flowers (一輪挿し)
  voices, ざし; 挿し木 (さし) opens its word and stays.
- 縁 glued after a verb's stem is the edge made that way, ぶち (巻き縁 まきぶち, 飾り縁 かざりぶち), as in the
  lexicon's 額縁.
- (目 after a number in a sentence about knitting, 長編み三目 さんめ, is handicraft.py's.)
- 天板 is the top board of furniture, てんいた, in a sentence about wood or furniture, and the baking
  tray, てんぱん, in one about an oven; Sudachi's てんばん stays elsewhere.
- 氷上 glued before what is done on ice is ひょうじょう (氷上釣り, 氷上競技); Sudachi takes it for the
  place name ひかみ, which stays before anything else (氷上町, 氷上回廊).
- 天日 before に/で and drying (干す, 乾かす, さらす), or glued before 干し/乾燥, is the sun's heat, てんぴ
  (天日に干す, 天日乾燥); Sudachi's てんじつ, the sun itself, stays elsewhere (天日を仰ぐ).
"""
from __future__ import annotations

from ..tokens import Token, glued, is_kana, is_kanji, is_katakana_word, sentence_has

_STEM_ENDINGS = frozenset("いきしちにひみりぎじびえけせてねへめれげべ")
# (first, second) glued -> (which of the two is misread, the analyser's reading, the compound's)
_SPLIT_HALVES = {("授", "粉"): (1, "こな", "ふん"), ("電球", "色"): (1, "しょく", "いろ"),
                 ("テント", "場"): (1, "じょう", "ば"), ("テン", "場"): (1, "じょう", "ば"),
                 ("ガレ", "場"): (1, "じょう", "ば"),
                 ("ザレ", "場"): (1, "じょう", "ば"), ("前", "ボケ"): (0, "ぜん", "まえ"),
                 ("昼", "白色"): (0, "ひる", "ちゅう"),
                 ("温", "白色"): (1, "はくしょく", "ぱくしょく"),
                 ("星", "景"): (0, "ほし", "せい"), ("口", "太"): (1, "ふと", "ぶと"),  # 星景写真, 口太グレ
                 ("頂", "花蕾"): (0, "いただき", "ちょう"), ("側", "花蕾"): (0, "がわ", "そく"),  # broccoli's heads
                 ("古", "材"): (0, "ふる", "こ")}  # 古材風 こざい
# What one does to a rim or an edge (鉢の縁に置く, 花壇の縁をレンガで囲う); never to a tie (縁を切る, 縁を結ぶ).
_EDGE_VERBS = frozenset({"座る", "腰掛ける", "置く", "塗る", "囲う", "囲む", "沿う", "立つ", "掛ける", "乗せる",
                         "載せる", "当たる", "当てる", "欠ける", "垂れる", "溜まる", "貼る", "張る", "拭く",
                         "削る", "飾る", "揃える", "縫う", "ぶつける", "つかむ", "掴む", "植える", "並べる", "歩く",
                         "たどる", "辿る", "かがる"})
# What is said of a rim in crafts (縁の始末, 縁の処理): never of a tie.
_EDGE_FINISH = frozenset({"始末", "処理", "仕上げ", "部分", "幅", "編み", "縫い", "飾り"})
# The end of a word for a part of a plant, glued before 摘み (花がら摘み, 蕾摘み).
_PICKED = ("花", "芽", "葉", "蕾", "つぼみ", "がら", "ガラ", "実", "果", "苺", "イチゴ", "わき芽", "脇芽")
_FIRE_CUES = ("火起こし", "焚き火", "焚火", "たき火", "着火", "火打ち", "麻ひも", "ファイヤースターター", "火種")
_VOLCANO_CUES = ("山", "噴", "溶岩", "マグマ", "湖", "岳", "カルデラ")
_PLANT_PARTS = frozenset({"葉", "根", "茎", "水", "天", "芽", "枝", "輪"})  # glued before 挿し: ざし
_WOOD_CUES = ("木", "材", "板", "机", "テーブル", "デスク", "棚", "脚", "ニス", "塗", "DIY", "カウンター")
_OVEN_CUES = ("オーブン", "焼", "クッキー", "生地", "クッキングシート")
# Glued after 氷上 (Sudachi's place name ひかみ), what is done on ice: ひょうじょう (氷上釣り, 氷上競技).
_ON_ICE = frozenset({"釣り", "穴釣り", "競技", "スポーツ", "テント", "運動会", "レース", "ホッケー", "ワカサギ釣り"})
_DRYING = frozenset({"干す", "乾かす", "さらす", "晒す", "干せる", "乾燥"})
# Things with a rim or an edge (本体の縁 ふち, グラスの縁).
_RIMMED = frozenset({"画面", "本体", "ケース", "レンズ", "液晶", "ディスプレイ", "モニター", "眼鏡", "メガネ",
                     "グラス", "カップ", "コップ", "皿", "器", "鍋", "机", "テーブル", "池", "川", "崖", "目", "穴",
                     "帽子", "箱", "瓶", "窓", "鏡", "額", "画像", "写真", "ボタン", "トレイ", "フライパン", "浴槽",
                     "花壇", "鉢", "植木鉢", "プランター", "水槽", "花瓶", "かご", "カゴ", "籠", "ざる", "桶",
                     "火口", "湖", "沼", "谷", "滝壺", "岩", "屋根",
                     "皮", "生地", "型", "ボウル", "天板", "バット", "丼", "茶碗", "椀", "お椀"})  # 餃子の皮の縁
WORDS = frozenset({"種", "種植", "飯", "縁", "弱音", "尺", "傷", "片", "草取り", "草刈り", "草抜き", "草むしり",
                   "摘み", "取り", "撮り", "泊まり", "泊り", "床面", "火口", "天日", "時", "挿し", "天板",
                   "氷上"}) \
    | frozenset(pair[k] for pair, (k, _, _) in _SPLIT_HALVES.items())  # all hobby_fix looks at


def _verb_stem_noun(token: Token) -> bool:
    """A noun written as a verb's stem with its okurigana (採り, 植え, 付け)."""
    s = token.surface
    return len(s) >= 2 and is_kanji(s[0]) and is_kana(s[-1]) and s[-1] in _STEM_ENDINGS \
        and token.pos[0] in ("名詞", "動詞")


def _voiced_after_count(tokens: list[Token], i: int, reading: str) -> str | None:
    """二本取り, 三十六枚撮り: どり after a count of threads or of frames, or None."""
    token = tokens[i]
    if reading != "とり" or i < 2:
        return None
    counter, number = tokens[i - 1], tokens[i - 2]
    if not (glued(number, counter) and glued(counter, token) and number.pos[1] == "数詞"):
        return None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and (nxt.pos[0] in ("助動詞", "動詞") or nxt.surface in ("て", "たい")):
        return None  # 十枚撮りました, 三本取って: the verb
    if token.surface == "撮り" and counter.surface == "枚":
        return "どり"  # 三十六枚撮りのフィルム
    if token.surface == "取り" and counter.surface == "本" and sentence_has(tokens, i, ("糸", "刺", "縫", "編")):
        return "どり"  # 刺繍糸を二本取りで: threads held together
    return None


def hobby_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface == "弱音":
        return "じゃくおん" if reading == "よわね" and glued(token, nxt) and nxt.pos[0] in ("名詞", "接尾辞") \
            else None  # 弱音器, 弱音ペダル; 弱音を吐く stays よわね
    if surface == "種植":
        if reading == "しゅしょく" and glued(token, nxt) and nxt.surface.startswith("え"):
            return "たねう"  # 種植えをした: noun + 植え, not the noun 種植 and a filler え
        return None
    if surface == "種":
        if reading == "しゅ" and token.pos[0] == "名詞" and glued(token, nxt) and _verb_stem_noun(nxt):
            return "たね"  # 種採り
        return None
    if surface == "飯":
        if reading == "はん" and token.pos[0] == "接尾辞" and glued(prev, token) \
                and prev.pos[0] in ("名詞", "動詞") and prev.pos[1] != "数詞" and prev.surface != "鶏":
            return "めし"  # キャンプ飯, 賄い飯
        return None
    if surface == "傷":
        if reading == "しょう" and token.pos[0] == "接尾辞" and glued(prev, token) \
                and (prev.pos[0] == "動詞" or is_katakana_word(prev.surface)):
            return "きず"  # 拭き傷, 引っかき傷, スレ傷: a scratch, in a shop's description of used gear
        return None
    if surface == "片":
        if reading == "へん" and token.pos[0] == "接頭辞" and glued(token, nxt) and is_katakana_word(nxt.surface):
            return "かた"  # 片チャンネル, 片ロック: one of a pair, as in 片方, 片足
        return None
    if surface == "尺":
        if reading == "さし" and glued(token, nxt) and nxt.pos[0] == "名詞" and is_katakana_word(nxt.surface):
            return "しゃく"  # 尺アジ, 尺ヤマメ: a fish a foot long
        return None
    if surface == "縁":
        if reading != "えん":
            return None
        if glued(prev, token) and (prev.pos[0] == "動詞" or _verb_stem_noun(prev)):
            return "ぶち"  # 巻き縁, 飾り縁, as in 額縁
        before = tokens[i - 2] if i > 1 else None
        if prev is not None and prev.surface == "の" and before is not None and before.surface in _RIMMED:
            return "ふち"  # 本体の縁が鋭い, グラスの縁
        if nxt is None:
            return None
        if nxt.surface == "の" and i + 2 < len(tokens) and tokens[i + 2].surface in _EDGE_FINISH \
                and (prev is None or prev.pos[0] != "接頭辞"):
            return "ふち"  # 縁の始末: a basket's or a cloth's edge (ご縁の部分 stays えん)
        if nxt.surface == "まで":
            return "ふち"  # 鉢の縁まで土を入れる
        after = [t for t in tokens[i + 2:i + 5] if t.pos[0] not in ("補助記号", "助詞")][:2]
        if nxt.surface in ("に", "を", "が", "から") and any(t.lemma in _EDGE_VERBS for t in after):
            return "ふち"  # 花壇の縁をレンガで囲った, 縁に腰掛けた
        return None
    if surface == "摘み":
        if reading == "つまみ" and glued(prev, token) and prev.pos[0] == "名詞" and prev.pos[1] != "数詞" \
                and prev.surface.endswith(_PICKED):
            return "つみ"  # 花がら摘み, 蕾摘み (ボリューム摘み, ひと摘み stay つまみ)
        return None
    if surface == "時":
        if reading in ("とき", "じ") and glued(prev, token) and len(prev.surface) <= 3 and (
                prev.pos[0] == "動詞" and any(is_kanji(ch) for ch in prev.surface) and prev.surface[-1] in _STEM_ENDINGS
                or _verb_stem_noun(prev) or prev.surface in ("まき", "うえ")):
            return "どき"  # まき時, 植え時, 撒き時 (見た時, する時 stay とき)
        return None
    if surface == "挿し":
        if reading == "さし" and glued(prev, token) and prev.surface in _PLANT_PARTS:
            return "ざし"  # 葉挿し, 水挿し, 一輪挿し
        return None
    if surface == "氷上":
        return "ひょうじょう" if reading == "ひかみ" and glued(token, nxt) and nxt.surface in _ON_ICE else None
    if surface == "天板":
        if reading != "てんばん":
            return None
        if sentence_has(tokens, i, _OVEN_CUES):
            return "てんぱん"  # オーブンの天板にクッキングシートを敷く
        return "てんいた" if sentence_has(tokens, i, _WOOD_CUES, others=True) else None  # ナラ材の天板
    if surface in ("取り", "撮り"):
        return _voiced_after_count(tokens, i, reading)
    if surface in ("泊まり", "泊り"):
        if reading.startswith("と") and glued(prev, token) and prev.pos[0] == "名詞" and prev.pos[1] != "数詞":
            return "ど" + reading[1:]  # 小屋泊まり, 民宿泊まり
        return None
    if surface == "床面":
        return "とこめん" if reading == "ゆかめん" and sentence_has(tokens, i, ("革", "レザー")) else None
    if surface == "火口":
        if reading == "かこう" and sentence_has(tokens, i, _FIRE_CUES) \
                and not sentence_has(tokens, i, _VOLCANO_CUES, others=True):
            return "ほくち"  # 火起こしには麻ひもをほぐした火口を使う
        return None
    if surface == "天日":
        if reading != "てんじつ" or nxt is None:
            return None
        if glued(token, nxt) and nxt.surface in ("干し", "乾燥"):
            return "てんぴ"  # 天日乾燥
        after = [t for t in tokens[i + 2:i + 5] if t.pos[0] != "補助記号"][:1]
        if nxt.surface in ("に", "で") and after and after[0].lemma in _DRYING:
            return "てんぴ"  # 天日に干す, 天日で乾かす
        return None
    if surface.startswith("草"):
        if reading.startswith("くさ") and glued(prev, token) and prev.surface == "雑" and prev.pos[0] == "接頭辞":
            return "そう" + reading[2:]  # 雑|草取り: ざっそうとり
        return None
    for pair, at in (((prev.surface, surface), 1) if glued(prev, token) else (None, 1),
                     ((surface, nxt.surface), 0) if glued(token, nxt) else (None, 0)):
        if pair in _SPLIT_HALVES and _SPLIT_HALVES[pair][:2] == (at, reading):
            return _SPLIT_HALVES[pair][2]  # 人工授粉 じゅふん, 電球色 でんきゅういろ, 昼白色 ちゅう
    return None
