"""The counter table for numbers.py: how each counter reads after a number, as module-level data.

A counter's reading after a number depends on the number's last spoken element (the "tag": "1".."9",
"10" じゅう, "100" ひゃく, "1000" せん, "man" まん, "oku" おく, "cho" ちょう, "0"). Most counters
follow one of four sound-change classes, named after the consonant the counter starts with:

  k  (回 個 件 階 か月 カ国 …)  1 いっ, 6 ろっ, 8 はっ, 10 じゅっ, 100 ひゃっ, counter unchanged
  s  (歳 冊 社 週 戦 …)         1 いっ, 8 はっ, 10 じゅっ
  t  (点 頭 着 丁目 …)          1 いっ, 8 はっ, 10 じゅっ
  h  (本 杯 匹 分 泊 発 票 …)   1 いっ, 6 ろっ, 8 はっ, 10 じゅっ, 100 ひゃっ, and the counter's
                                は/ひ/ふ/へ/ほ turns to ぱ/ぴ/ぷ/ぺ/ぽ after those

``after_n`` gives the counter's reading after さん/せん/まん (3本 さんぼん, 3階 さんがい, 3分 さんぷん,
1000本 せんぼん); ``yon`` after よん (only 分: 4分 よんぷん). ``four``/``seven``/``nine`` choose how a
final 4/7/9 is read before this counter (4時 よじ, 4月 しがつ, 7時 しちじ, 9月 くがつ). ``hook`` names a
counter with value-dependent readings that numbers.py works out itself: "day" (日: ついたち, ふつか …),
"person" (人: ひとり, ふたり), "age" (歳: はたち), "minute" (分: ぶん in 3分の1, ぶ in 3割5分, わけ in
6勝4敗1分), "native" (口: 1 and 2 counted ひと, ふた; the number's part stays unshown over digits; an
ordinal after 第 stays Sino-Japanese: 第一家族 だいいち, 第二部屋 だいに).

Choices where usage varies (NHK's handbook allows both): 8 before k counters is はっ (8回 はっかい),
10 is じゅっ (10分 じゅっぷん, not じっぷん), 7 before 人/時/月/時間 and 17日 is しち, before 年 and the
rest なな; 4 before 泊/発/杯 keeps h (よんはく), only 分 takes p (よんぷん); after ん, 本/杯/匹 voice to
b (さんぼん) while 分/泊/発/敗/歩/品/票 take p (さんぷん, 千票 せんぴょう). Digits carry no ruby of their
own, so the number's side of the choices where usage varies shows only over kanji numerals (七人
しちにん; 7人 shows 人 にん); the counter's side (3票 ぴょう) shows everywhere. Where the number is
said unlike its digits by everyone (4月 しがつ, 7日 なのか), one ruby covers digits and counter
(number_ruby.py).
"""
from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class Counter:
    reading: str
    cls: str = ""  # "k", "s", "t", "h" or "" (no sound change)
    after_n: str = ""  # reading after さん/せん/まん when it differs from ``reading``
    yon: str = ""  # reading after よん when it differs (4分 よんぷん)
    four: str = "よん"
    seven: str = "なな"
    nine: str = "きゅう"
    hook: str = ""
    time: bool = False  # takes 間 (4日間, 3年間) and 半 (1年半, 2時間半) straight after it
    three: str = ""  # a native counter's 3 where it is native too (三切れ みきれ)
    tail: str = ""  # kana of a suffix (目 め, 間 かん, 半 はん) read after whatever the counter becomes
    not_before: tuple[str, ...] = ()  # what, glued after it, makes it a word's first kanji (一|食材)


_H_TO_P = str.maketrans("はひふへほ", "ぱぴぷぺぽ")
_H_TO_B = str.maketrans("はひふへほ", "ばびぶべぼ")
_VOICE = str.maketrans("かきくけこさしすせそたちつてと", "がぎぐげござじずぜぞだぢづでど")


def p_form(reading: str) -> str:
    return reading[:1].translate(_H_TO_P) + reading[1:]


def _h(reading: str, after_n: str = "b", yon: bool = False, **kw) -> Counter:
    """An h counter: ``after_n`` "b" (3本 さんぼん) or "p" (3分 さんぷん)."""
    n = reading[:1].translate(_H_TO_B if after_n == "b" else _H_TO_P) + reading[1:]
    return Counter(reading, "h", after_n=n, yon=p_form(reading) if yon else "", **kw)


def _voiced_after_n(reading: str, cls: str, **kw) -> Counter:
    return Counter(reading, cls, after_n=reading[:1].translate(_VOICE) + reading[1:], **kw)


_HOUR = {"four": "よ", "seven": "しち", "nine": "く"}
_YEAR = {"four": "よ"}
_KA = ("か", "カ", "ヶ", "ケ", "ヵ", "箇")  # か月, カ月, ヶ月, ケ月, ヵ月, 箇月

_BASE: dict[str, Counter] = {
    # time and dates
    "日": Counter("にち", hook="day", seven="しち", nine="く", time=True),
    "年": Counter("ねん", time=True, **_YEAR),
    "年度": Counter("ねんど", **_YEAR),
    "年生": Counter("ねんせい", **_YEAR),
    "年代": Counter("ねんだい", **_YEAR),
    "周年": Counter("しゅうねん", "s"),
    "周": Counter("しゅう", "s"),  # laps: 一周 いっしゅう, 8周 はっしゅう
    "周忌": Counter("しゅうき", "s"),  # 一周忌 いっしゅうき
    "月": Counter("がつ", four="し", seven="しち", nine="く"),
    "月期": Counter("がっき", four="し", seven="しち", nine="く"),
    "週": Counter("しゅう", "s", time=True),
    "時": Counter("じ", **_HOUR),
    "時半": Counter("じはん", **_HOUR),
    "時台": Counter("じだい", **_HOUR),
    "時間": Counter("じかん", time=True, **_HOUR),
    "分": _h("ふん", "p", yon=True, hook="minute", time=True),
    "秒": Counter("びょう", time=True),
    "泊": _h("はく", "p"),
    "世紀": Counter("せいき", "s"),
    "四半期": Counter("しはんき"),
    # people, things, places
    "人": Counter("にん", hook="person", four="よ", seven="しち"),
    "人前": Counter("にんまえ", four="よ", seven="しち"),  # portions: 1人前 いちにんまえ, 2人前 ににんまえ
    "名": Counter("めい"),
    "口": Counter("くち", hook="native"),  # shares, subscriptions, burners: 1口 ひとくち, 3口 さんくち
    # recipes: 鮭2切れ ふたきれ, 三切れ みきれ, 生姜1かけ ひとかけ, ぶどう1房 ひとふさ, 1すくい ひとすくい
    "切れ": Counter("きれ", hook="native", three="み"),
    "かけ": Counter("かけ", hook="native"),
    "房": Counter("ふさ", hook="native"),
    "すくい": Counter("すくい", hook="native"),
    # spoonfuls and families, as baby-food and event notices count them: 一さじ ひとさじ, 二家族 ふたかぞく
    "さじ": Counter("さじ", hook="native"),
    "匙": Counter("さじ", hook="native"),
    "家族": Counter("かぞく", hook="native"),
    "棹": Counter("さお", hook="native"),  # yokan bars, chests: 1棹 ひとさお, 2棹 ふたさお
    "丁": Counter("ちょう", "t"),  # tofu, guns, tools: 1丁 いっちょう, 8丁 はっちょう
    # native words as counters: 1 and 2 in native numerals (1箱 ひとはこ, 2晩 ふたばん, 1株 ひとかぶ)
    "箱": Counter("はこ", hook="native"),
    "袋": Counter("ふくろ", hook="native"),
    "皿": Counter("さら", hook="native"),
    "粒": Counter("つぶ", hook="native"),
    "玉": Counter("たま", hook="native"),  # noodles, cabbages: 替え玉1玉 ひとたま, 2玉 ふたたま
    "坪": Counter("つぼ", hook="native"),
    "駅": Counter("えき", hook="native"),  # stations: 一駅分歩く ひとえき, 二駅先 ふたえき, 三駅 さんえき
    # rooms and their size in tatami mats: 一部屋 ひとへや, 二部屋 ふたへや; 四畳 よじょう, 四帖 よじょう
    "部屋": Counter("へや", hook="native"),
    "畳": Counter("じょう", four="よ"),
    "帖": Counter("じょう", four="よ"),
    "株": Counter("かぶ", hook="native"),
    "鉢": Counter("はち", hook="native"),  # pots of plants: 一鉢 ひとはち, 二鉢 ふたはち (Sudachi: ばち, as in 五号鉢)
    "回り": Counter("まわり", hook="native"),  # sizes: 二回り大きな鉢 ふたまわり (3 varies: さん, み)
    "束": Counter("たば", hook="native"),  # firewood, flowers: 一束 ひとたば, 二束 ふたたば, 三束 さんたば
    "張り": Counter("はり", hook="native"),  # tents: テント一張り ひとはり (Sudachi: いち|ばり)
    "晩": Counter("ばん", hook="native", three="み"),  # 三日三晩 みばん, like 三切れ みきれ
    "尋": Counter("ひろ", hook="native"),  # fathoms, an angler's depth: 一尋 ひとひろ, 三尋 さんひろ
    "ヒロ": Counter("ひろ", hook="native"),  # the same in katakana: 浮き下一ヒロ ひと
    "桁": Counter("けた", hook="native"),  # digits: 1桁 ひとけた, 2桁 ふたけた, 3桁 さんけた
    "コマ": Counter("こま", hook="native"),  # lessons, frames: 一コマ九十分 ひと, 二コマ ふた, 四コマ漫画 よん
    "通り": Counter("とおり", hook="native"),  # ways: 二通り ふたとおり, 3通り さんとおり (一通り is a word)
    "羽": Counter("わ", after_n="ば"),  # birds: 3羽 さんば (NHK), otherwise わ (6羽 ろくわ, 10羽 じゅうわ)
    "夜": Counter("や"),  # 1夜 いちや, 3夜 さんや
    "休": Counter("きゅう", "k"),  # days off in a span (shift work): 四週八休 はっきゅう, 四週六休 ろっきゅう
    "歳": Counter("さい", "s", hook="age"),
    "才": Counter("さい", "s", hook="age"),
    # children of an age, as nurseries class them: 一歳児 いっさいじ, 八歳児 はっさいじ (Sudachi: いち|さいじ)
    "歳児": Counter("さいじ", "s"),
    # meals: 一食三百円 いっしょく, 八食 はっしょく (Sudachi: いち|しょく); not the 食 of 一|食材, 三|食品
    "食": Counter("しょく", "s", not_before=("材", "品", "堂", "器", "卓", "料", "欲", "感", "物", "生活", "文化")),
    "世帯": Counter("せたい", "s"),
    "本": _h("ほん"),
    "杯": _h("はい"),
    "匹": _h("ひき"),
    "発": _h("はつ", "p"),
    "版": _h("はん", "p"),
    "波": _h("は", "p"),  # waves of an epidemic: 第3波 さんぱ, 第1波 いっぱ, 第2波 には
    "拍": _h("はく", "p"),  # editions: 第5版 ごはん, 初版 is a word; 3版 さんぱん
    "歩": _h("ほ", "p"),
    "犯": _h("はん", "p"),  # previous convictions: 前科三犯 さんぱん, 一犯 いっぱん, 十犯 じゅっぱん
    "品": _h("ひん", "p"),
    # Items in a list (約2000品目が値上げ ひんもく), Sudachi's one word: not 品 + the ordinal 目, which
    # would read ぴんめ; the third dish of a meal (3品目の料理 さんぴんめ) is the rarer sense in news.
    "品目": Counter("ひんもく"),
    "票": _h("ひょう", "p"),
    "俵": _h("ひょう"),  # sacks of rice: 一俵 いっぴょう, 三俵 さんびょう, 八俵 はっぴょう
    "敗": _h("はい", "p"),
    "頭": Counter("とう", "t"),
    "町歩": Counter("ちょうぶ", "t"),  # farmland: 一町歩 いっちょうぶ
    "点": Counter("てん", "t"),
    "着": Counter("ちゃく", "t"),
    "通": Counter("つう", "t"),
    "棟": Counter("とう", "t"),
    "等": Counter("とう", "t"),
    "店": Counter("てん", "t"),
    "店舗": Counter("てんぽ", "t"),
    "丁目": Counter("ちょうめ", "t"),
    "個": Counter("こ", "k"),
    "缶": Counter("かん", "k"),  # トマト缶1缶 いっかん
    "斤": Counter("きん", "k"),  # 食パン1斤 いっきん
    "升": Counter("しょう", "s"),  # 一升餅 いっしょう, 八升 はっしょう (Sudachi: いち|しょう)
    "戸": Counter("こ", "k"),
    "回": Counter("かい", "k"),
    "回戦": Counter("かいせん", "k"),
    "階級": Counter("かいきゅう", "k"),  # weight classes: 一階級上 いっかいきゅう, 八階級制覇 はっかいきゅう
    "回転": Counter("かいてん", "k"),  # turns: 一回転 いっかいてん, 3回転半 (a jump) さんかいてん
    "回忌": Counter("かいき", "k"),
    "階": _voiced_after_n("かい", "k"),
    "軒": _voiced_after_n("けん", "k"),
    "件": Counter("けん", "k"),
    "画": Counter("かく", "k"),  # strokes of a character: 八画 はっかく, 十画 じゅっかく (Sudachi: はち|が)
    "県": Counter("けん", "k"),
    "校": Counter("こう", "k"),
    "項": Counter("こう", "k"),
    "機": Counter("き", "k"),
    "基": Counter("き", "k"),
    "騎": Counter("き", "k"),  # horsemen: 百騎 ひゃっき, 一騎 いっき, 八騎 はっき (Sudachi: ひゃく|き)
    "期": Counter("き", "k"),
    "区": Counter("く", "k"),
    "区画": Counter("くかく", "k"),  # lots of land: 一区画 いっくかく, 十区画 じゅっくかく
    "巻": Counter("かん", "k"),
    "曲": Counter("きょく", "k"),
    "鍵": Counter("けん", "k"),  # a keyboard's keys: 61鍵 ろくじゅういっけん, 88鍵 はちじゅうはっけん (Sudachi: かぎ)
    "局": Counter("きょく", "k"),
    "級": Counter("きゅう", "k"),
    "球": Counter("きゅう", "k"),  # bulbs, pitches: 十球 じゅっきゅう, 百球 ひゃっきゅう (Sudachi: じゅう|きゅう)
    "冊": Counter("さつ", "s"),
    "選": Counter("せん", "s"),  # picks in a list: 草花十選, ベストコスメ十選 じゅっせん, 八選 はっせん
    "社": Counter("しゃ", "s"),
    "隻": Counter("せき", "s"),
    "艘": Counter("そう", "s"),
    "席": Counter("せき", "s"),
    "勝": Counter("しょう", "s"),
    "戦": Counter("せん", "s"),
    "試合": Counter("しあい", "s"),
    "種": Counter("しゅ", "s"),
    "種類": Counter("しゅるい", "s"),
    "章": Counter("しょう", "s"),
    "小節": Counter("しょうせつ", "s"),  # bars of music: 一小節 いっしょうせつ, 八小節 はっしょうせつ
    "層": Counter("そう", "s"),
    "世": Counter("せい", "s"),
    "失点": Counter("しってん", "s"),
    "足": _voiced_after_n("そく", "s"),
    "枚": Counter("まい"),
    "台": Counter("だい"),
    "代": Counter("だい"),
    "度": Counter("ど"),
    "番": Counter("ばん"),
    "番地": Counter("ばんち"),
    "番線": Counter("ばんせん"),
    "位": Counter("い"),
    "割": Counter("わり"),
    "円": Counter("えん", four="よ"),
    "倍": Counter("ばい"),
    "便": Counter("びん"),
    "部": Counter("ぶ"),
    "号": Counter("ごう"),
    "号機": Counter("ごうき"),
    "号線": Counter("ごうせん"),
    "号車": Counter("ごうしゃ"),
    "号館": Counter("ごうかん"),
    "両": Counter("りょう"),
    "輪": Counter("りん"),
    "条": Counter("じょう"),
    "問": Counter("もん"),
    "題": Counter("だい"),
    "話": Counter("わ"),  # episodes: 第1話 いちわ, 一話 いちわ (Sudachi reads 話 はなし after a number)
    "段": Counter("だん"),
    "議席": Counter("ぎせき"),
    "安打": Counter("あんだ"),
    "打点": Counter("だてん"),
    "連勝": Counter("れんしょう"),
    "連敗": Counter("れんぱい"),
    "連覇": Counter("れんぱ"),
    "冠": Counter("かん", "k"),
    "首": Counter("しゅ", "s"),  # poems: 一首 いっしゅ, 百首 ひゃくしゅ
    "句": Counter("く", "k"),  # haiku: 八句 はっく, 十句 じゅっく (Sudachi: はち|く, じゅう|く)
    "幅": _h("ふく", "p"),  # hanging scrolls, pictures: 一幅の絵 いっぷく (Sudachi: ひと|の)
    "包": _h("ほう", "p"),  # powdered medicine: 一包 いっぽう, 三包 さんぽう
    "編": _h("へん", "p"),  # stories, essays, poems: 三十編 さんじゅっぺん, 一編 いっぺん, 三編 さんぺん
    "篇": _h("へん", "p"),  # the same, in the older spelling: 一篇 いっぺん
    "手": Counter("て", "t"),  # moves of a game: 百二十一手 ひゃくにじゅういって, 八十八手 はちじゅうはって
    "滴": Counter("てき", "t"),  # eye drops: 一滴 いってき, 八滴 はってき (Sudachi: いち|てき)
    "寸": _voiced_after_n("すん", "s"),  # 一寸の光陰 いっすん, 三寸 さんずん, 八寸 はっすん
    "尺": _voiced_after_n("しゃく", "s"),  # 一尺 いっしゃく, 三尺 さんじゃく, 八尺 はっしゃく (Sudachi: さん|しゃく)
    # Units written in katakana carry no ruby, but they change how a kanji numeral before them reads
    # (九十キロ きゅうじゅっきろ, 一トン いっとん, 八ページ はっぺーじ).
    "キロ": Counter("きろ", "k"),
    "キロメートル": Counter("きろめーとる", "k"),
    "キログラム": Counter("きろぐらむ", "k"),
    "カロリー": Counter("かろりー", "k"),
    "ケース": Counter("けーす", "k"),
    "カップ": Counter("かっぷ", "k"),
    "コース": Counter("こーす", "k"),
    "ページ": Counter("ぺーじ", "k"),
    "パーセント": Counter("ぱーせんと", "k"),
    "ポイント": Counter("ぽいんと", "k"),
    "ポンド": Counter("ぽんど", "k"),
    "ピース": Counter("ぴーす", "k"),
    "センチ": Counter("せんち", "s"),
    "センチメートル": Counter("せんちめーとる", "s"),
    "セット": Counter("せっと", "s"),
    "シーズン": Counter("しーずん", "s"),
    "トン": Counter("とん", "t"),
    "チーム": Counter("ちーむ", "t"),
    "メートル": Counter("めーとる"),
    "ミリ": Counter("みり"),
    # product specs: 三百五十ミリリットル さんびゃく, 六百ワット ろっぴゃく (Sudachi: さんひゃく, ろくひゃく)
    "ミリリットル": Counter("みりりっとる"),
    "ミリグラム": Counter("みりぐらむ"),
    "ミリメートル": Counter("みりめーとる"),
    "ミリアンペア": Counter("みりあんぺあ"),
    "ミリアンペアアワー": Counter("みりあんぺああわー"),
    "デシリットル": Counter("でしりっとる"),
    "ワット": Counter("わっと"),
    "ボルト": Counter("ぼると"),
    "アンペア": Counter("あんぺあ"),
    "インチ": Counter("いんち"),
    "気圧": Counter("きあつ", "k"),  # a watch's water resistance: 十気圧 じゅっきあつ, 一気圧 いっきあつ
    "グラム": Counter("ぐらむ"),
    "ドル": Counter("どる"),
    "ユーロ": Counter("ゆーろ"),
    "リットル": Counter("りっとる"),
    "マイル": Counter("まいる"),
    "ヤード": Counter("やーど"),
    "ゴール": Counter("ごーる"),
}

# か月 / カ国 / か所 in all their spellings: k counters read with a leading か.
for _tail, _reading in (("月", "げつ"), ("国", "こく"), ("所", "しょ")):
    for _ka in _KA:
        _BASE[_ka + _tail] = Counter("か" + _reading, "k", time=_tail == "月")


def _build() -> dict[str, Counter]:
    """Every key Sudachi may show after a number: the base counters, then 目 (3回目), and for time
    counters 間 (4日間) and 半 (1年半) straight after them."""
    table = dict(_BASE)
    for key, c in _BASE.items():
        table.setdefault(key + "目", replace(c, time=False, tail="め"))
        if c.time:
            table.setdefault(key + "間", replace(c, time=False, tail="かん"))
            table.setdefault(key + "半", replace(c, time=False, tail="はん"))
    for mat in ("畳", "帖"):  # a room of that size: 六畳間 ろくじょうま; 四畳半 よじょうはん
        table[mat + "間"] = replace(_BASE[mat], tail="ま")
        table[mat + "半"] = replace(_BASE[mat], tail="はん")
    table["人組"] = replace(_BASE["人"], tail="ぐみ")  # 2人組 ふたりぐみ, 3人組 さんにんぐみ
    table["回分"] = replace(_BASE["回"], tail="ぶん")  # 一|回分 as Sudachi cuts a dose: いっかいぶん
    # 十五|分位 as Sudachi cuts "fifteen minutes or so": 分 + 位 くらい, not the quantile 分位 ぶんい
    table["分位"] = replace(_BASE["分"], time=False, tail="くらい")
    # 八|分目 as Sudachi cuts "eight tenths full" (水を八分目まで, 腹八分目): ぶんめ, not a minute's ふんめ
    table["分目"] = Counter("ぶん", seven="しち", tail="め")
    return table


COUNTERS: dict[str, Counter] = _build()
MAX_KEY_LEN = max(map(len, COUNTERS))
