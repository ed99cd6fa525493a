"""Music words (concert and programme notes, band histories, gear reviews, karaoke and concert
diaries) Sudachi reads in another sense or splits.

- 九 glued after 第 with no counter or noun glued after it, in a sentence about singing or concerts
  (第九を歌う合唱団, 年末の第九の演奏, 第九コンサート, 第九交響曲), is Beethoven's Ninth, だいく; a numbered thing
  stays きゅう (第九条, 第九番, 交響曲第九番, 第九回大会) and so does 第九 in a sentence with no music.
- 符 glued after 連 is a tuplet, ぷ (三連符 さんれんぷ, 五連符, 連符); Sudachi reads the split-off suffix ふ.
- 表 that Sudachi reads ひょう glued before 拍 or 板 is the front, おもて (表拍 おもてはく, like 裏拍 うらはく;
  表板 おもていた, like 裏板), and the 板 glued after it is いた; 表 stays ひょう elsewhere (表計算, 表面).
- 大 (the prefix) glued before サビ is the last, biggest chorus, おお (大サビ おおさび); Sudachi reads だい.
- 歌 and 声 that Sudachi takes for suffixes (か, せい) glued after 生 read なま are the native words,
  うた and ごえ (生歌 なまうた, 生声 なまごえ), as Sudachi reads 生歌 elsewhere; 国歌, 歓声 are whole words.
- 線 glued after 三 in a sentence about Okinawa or playing (三線は沖縄の弦楽器, 三線を弾く) is the
  instrument, さんしん, as the lexicon holds 三線; three lines stay さんせん (三線軌条, 三線の図).
- 管 that Sudachi reads くだ glued after a key letter in a sentence about a wind instrument (F管のホルン,
  B♭管のクラリネット) is the instrument's key, かん; with no wind instrument about it is left alone (a pipe,
  くだ); arts.py reads 管 in a sentence about an orchestra.
- 七 and 九 that name a chord, glued after 属 or before の + 和音, are しち and く (属七の和音 ぞくしち, 七の和音
  しちのわおん, 九の和音 くのわおん), as harmony classes say them; なな and きゅう stay elsewhere (七の倍数, 九の段).
- 六重 that Sudachi takes for a name (むえ) glued before 奏 is ろくじゅう (弦楽六重奏曲 ろくじゅうそう), and 七
  glued before 重 + 奏 is しち (七重奏 しちじゅうそう, as ensembles are named); 七重の塔 (ななじゅう) is no 奏.
- 一音 that Sudachi takes for the given name いちね is one note, いちおん (一音上げて歌う, 一音一音を大切に
  弾く); before an honorific it stays the name (一音さん).
- 前 glued before 楽 that ends the word is the day before the closing day, まえ (前楽も見に行った まえらく,
  like 楽日 らくび); 前楽章 (ぜんがくしょう) is one word and never reaches here.
- 上 and 下 that Sudachi takes for the suffixes じょう and か, glued after a number + 度 and before の, are
  above and below, うえ and した (三度上の音を重ねる, 二度下の音); 度 without a number is left alone.
- 空 that Sudachi reads そら glued before ピック or ピッキング is a stroke that plays nothing, から (空ピック
  からピック); the sky stays そら (空に浮かぶ); tech.py reads 空 of an empty value.
- 爪弾き that Sudachi reads つまはじき (shunning) in a sentence about playing (伴奏, ギター, 弦, 曲, 奏, 歌)
  is plucking, つまびき (爪弾きで柔らかく伴奏する), as the verb 爪弾く つまびく; shunning stays つまはじき
  (仲間から爪弾きにされた, 爪弾きにする).
- 録り glued after a noun or a suffix is voiced, どり (一発録り いっぱつどり, 別録り べつどり), as the
  lexicon's 撮り and 取り are in 隠し撮り, 聞き取り; after a particle or alone it stays とり (声を録り直す).
"""
from __future__ import annotations

from ..tokens import HONORIFICS, Token, glued, sentence_has

# What makes a sentence about singing or a concert, where 第九 is the symphony.
_NINTH_CUES = ("歌", "合唱", "演奏", "交響", "聴", "コンサート", "公演", "楽団", "オーケストラ", "ベートーヴェン",
               "ベートーベン", "歓喜", "指揮", "年末")
_NINTH_AFTER = ("コンサート", "演奏", "公演", "合唱", "交響曲")  # 第九コンサート, 第九交響曲: still the symphony
_NOT_GLUED_POS = frozenset({"助詞", "補助記号", "助動詞"})
# A sentence about the Okinawan instrument, or about playing one.
_SANSHIN_CUES = ("沖縄", "琉球", "弦", "弾", "奏", "民謡", "楽器", "唄", "音色", "島唄", "エイサー", "稽古")
_KEYS = frozenset("ABCDEFGＡＢＣＤＥＦＧ")
# An instrument in the sentence: A管 in a plumbing job stays a pipe.
_WIND_CUES = ("ホルン", "クラリネット", "トランペット", "サックス", "フルート", "トロンボーン", "チューバ", "ユーフォ",
              "オーボエ", "ファゴット", "コルネット", "ピッコロ", "楽器", "吹", "奏", "音", "調")
_ACCIDENTALS = frozenset("♭♯#b＃")
_NATIVE_AFTER_NAMA = {"歌": ("か", "うた"), "声": ("せい", "ごえ")}
_EMPTY_STROKES = ("ピック", "ピッキング")
_PLAYING_CUES = ("伴奏", "ギター", "ウクレレ", "三味線", "琴", "弦", "曲", "奏", "歌", "旋律", "メロディ", "弾")
_SHUNNED = frozenset({"する", "為る", "遭う", "あう"})  # 爪弾きにされる, 爪弾きにあう
_CHORD_NUMBERS = {"七": ("なな", "しち"), "九": ("きゅう", "く")}
_INTERVAL_SIDES = {"上": ("じょう", "うえ"), "下": ("か", "した")}
# all music_fix looks at
WORDS = frozenset({"七", "九", "符", "表", "板", "大", "歌", "声", "線", "管", "録り", "六重", "一音", "前", "上",
                   "下", "空", "爪弾き"})


def music_fix(tokens: list[Token], i: int, reading: str) -> str | None:
    """A corrected reading for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    surface = token.surface
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if surface in _CHORD_NUMBERS:
        plain, chord = _CHORD_NUMBERS[surface]
        if reading != plain or token.pos[1] != "数詞":
            return None
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if glued(prev, token) and prev.surface == "属" or nxt is not None and nxt.surface == "の" \
                and after is not None and after.surface.startswith("和音"):
            return chord  # 属七の和音, 九の和音
        if surface == "七":
            ensemble = glued(token, nxt) and nxt.surface == "重" and after is not None and glued(nxt, after) \
                and after.surface.startswith("奏")
            return chord if ensemble else None  # 七重奏 しちじゅうそう
        if not (glued(prev, token) and prev.surface == "第"):
            return None
        alone = nxt is None or not glued(token, nxt) or nxt.pos[0] in _NOT_GLUED_POS \
            or nxt.surface.startswith(_NINTH_AFTER)
        return "く" if alone and sentence_has(tokens, i, _NINTH_CUES) else None  # 第九を歌う
    if surface == "符":
        return "ぷ" if reading == "ふ" and glued(prev, token) and prev.surface == "連" else None  # 三連符
    if surface == "表":
        front = glued(token, nxt) and (nxt.surface == "拍" or nxt.surface == "板" and nxt.pos[0] == "接尾辞")
        return "おもて" if reading == "ひょう" and front else None  # 表拍, 表板
    if surface == "板":
        board = glued(prev, token) and prev.surface == "表" and token.pos[0] == "接尾辞"
        return "いた" if reading == "ばん" and board else None  # 表板 おもていた
    if surface == "大":
        chorus = glued(token, nxt) and nxt.surface == "サビ" and token.pos[0] == "接頭辞"
        return "おお" if reading == "だい" and chorus else None  # 大サビ
    if surface in _NATIVE_AFTER_NAMA:
        suffix, native = _NATIVE_AFTER_NAMA[surface]
        live = glued(prev, token) and prev.surface == "生" and prev.reading == "なま"
        return native if reading == suffix and live else None  # 生歌 なまうた, 生声 なまごえ
    if surface == "線":
        sanshin = glued(prev, token) and prev.surface == "三" and token.pos[0] == "接尾辞" \
            and sentence_has(tokens, i, _SANSHIN_CUES)
        return "しん" if reading == "せん" and sanshin else None  # 三線を弾く さんしん
    if surface == "管":
        key = glued(prev, token) and prev.surface[:1] in _KEYS and all(c in _ACCIDENTALS for c in prev.surface[1:]) \
            and sentence_has(tokens, i, _WIND_CUES)
        return "かん" if reading == "くだ" and key else None  # F管のホルン
    if surface == "六重":
        return "ろくじゅう" if reading == "むえ" and glued(token, nxt) and nxt.surface.startswith("奏") else None
    if surface == "一音":
        name = token.pos[2:3] == ("人名",) and not (nxt is not None and nxt.surface.startswith(HONORIFICS))
        return "いちおん" if reading == "いちね" and name else None  # 一音上げて歌う
    if surface == "前":
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        closing = glued(token, nxt) and nxt.surface == "楽" and nxt.reading == "らく" \
            and not (after is not None and glued(nxt, after) and after.pos[0] in ("名詞", "接尾辞"))
        return "まえ" if reading == "ぜん" and closing else None  # 前楽 まえらく
    if surface in _INTERVAL_SIDES:
        suffix, side = _INTERVAL_SIDES[surface]
        before = tokens[i - 2] if i > 1 else None
        interval = glued(prev, token) and prev.surface == "度" and glued(before, prev) and before.pos[1] == "数詞" \
            and nxt is not None and nxt.surface == "の"
        return side if reading == suffix and interval else None  # 三度上の音
    if surface == "空":
        return "から" if reading == "そら" and glued(token, nxt) and nxt.surface in _EMPTY_STROKES else None
    if surface == "爪弾き":
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        shunned = nxt is not None and nxt.surface == "に" and after is not None and after.lemma in _SHUNNED
        playing = sentence_has(tokens, i, _PLAYING_CUES, others=True)
        return "つまびき" if reading == "つまはじき" and playing and not shunned else None  # 爪弾きで伴奏する
    # 録り
    after_word = glued(prev, token) and prev.pos[0] in ("名詞", "接尾辞") and prev.pos[1] != "数詞"
    return "どり" if reading == "とり" and after_word else None  # 一発録り, 別録り
