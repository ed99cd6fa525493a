"""The reading to show for one word: the context rules of readings.py, then the families of fixes.

Rendaku the analyser misplaces (奥が深い ぶかい, 届いた箱 ばこ; 小口切り, 在庫切れ split and left
unvoiced) is set right in voicing.py; recipe and blog words (鶏ガラ とり, だしの素 もと, (笑) わら)
in everyday.py; news-headline splits (衆議|院本|会議 いんほん) in headlines.py; words read by
the set phrase they stand in (値が付く ね, 国王の命により めい, 駐車場有 あり) in idioms.py; history,
sports and science words (八つ やっ, 信濃国 のくに, 高山植物 こうざん, 上手投げ うわ) in encyclopedia.py;
words read by the place they are glued to (八重洲口 ぐち, 日向灘 ひゅうが) in places.py;
travel, food and craft compounds (檜風呂 ぶろ, 砂糖菓子 がし, 妻籠宿 じゅく, 飛騨牛 ぎゅう) in culture.py;
bios, broadcasting, manga, royalty, classical music and festivals (最終巻 かん, 伯爵家 け, 背番号十八番
じゅうはちばん, 大神輿 おおみこし, 三拍子 びょうし, 月次祭 つきなみ) in bios.py;
editorial and essay words read by the wrong sense (選挙の度に たび, 大分前 だいぶ) in essays.py;
business and political reporting (資源高, 外貨準備高 だか, 一審 いっしん, 一極集中 いっ, EEZ外 がい, 中、… ちゅう,
米、露に… ろ) in business.py;
diaries, letters and manuals (三人位 くらい, 親しき仲 した, 旧年中 ねんちゅう, 転送致します) in writing.py;
plain-language news (雨が80ミリ降りました ふ, 年が上 とし…うえ) in plain_news.py;
notices, rules and manuals (手続きは窓口で行って おこなって, 正しくお使い ただしく, 番号札 ふだ) in official.py;
novels and stories (何してんの なに, お腹空いた す, カレーが辛い から, 実がなる み, 額に手を当てた ひたい, and
every rule for 実 and 額)
in fiction.py; crime, court, accident and weather news (大けが おお, 金を奪って かね, 北北東 ほくほくとう,
南|南西 なん) in incidents.py; science, medicine and technology news (第三相 そう, 極低温 ごく, 一・五倍 いっ,
多くの種が絶滅 しゅ) in science.py;
sports reporting (9回表 おもて, 最多勝 しょう, 残り試合 しあい, 前頭筆頭 まえがしら) in sports.py;
beauty, fashion and health-goods pages (ワンサイズ上 うえ, 炭酸泡 あわ, 白髪 しらが, 一割引き びき,
小銭入れ こ, 後ろ身頃 ごろ, 甲高の足 こうだか) in beauty.py;
health and care pages, patients' blogs and medicine packaging (葛根湯 とう, お腹の張り はり, 赤ちゃんを抱いた
だいた, 病児保育 びょう, 本品 ぴん, 赤ちゃんの便 べん, 五分以上間を あいだ) in care.py;
下 after の as physically under (詰め物の下, 桜の木の下 した) or under authority (法の下 もと) in under.py;
homes, rooms and household money (引き落とし日 び, 変動型 がた, 三十坪 さんじゅうつぼ, 前家賃 まえ,
四畳半一間 ひとま) in household.py;
school textbooks (100円玉 だま, 1等星 せい, 三角形の角 かく, 米1合 こめ, 五・七・五 しち,
都が平城京に みやこ, 表と裏 おもて) in school.py;
hobby blogs and gear pages (種植え たねうえ, キャンプ飯 めし, 特急形車両 がた, 雑草取り ざっそう,
人工授粉 じゅふん) in hobby.py;
seasons, nature, farming and fishing news (一本桜, 河津桜 ざくら, 一本釣り漁船 づり…ぎょ) in nature.py;
device reviews, manuals, app help and programming blogs (値が空なら から, 条件が偽なら ぎ, 一行ずつ
いちぎょう, 横一列 いちれつ, 五十五型 がた) in tech.py.

Each family is keyed on the words it can change, so a set lookup keeps most words off it; the
first family that changes a reading wins. Last, a reading is spelled as a kanji reading is (身近
みぢか, 数 すう for Sudachi's すー).
"""
from __future__ import annotations

from . import (
    beauty,
    bios,
    business,
    care,
    culture,
    encyclopedia,
    essays,
    everyday,
    fiction,
    headlines,
    hobby,
    household,
    idioms,
    incidents,
    nature,
    official,
    places,
    plain_news,
    school,
    science,
    sports,
    tech,
    under,
    voicing,
    writing,
)
from .readings import context_reading
from .tokens import Token, is_kanji

_VOICED_STARTS, _VOICING_WORDS = voicing.VOICED_STARTS, voicing.WORDS  # read once a kanji word
_EVERYDAY_WORDS, _HEADLINE_WORDS = everyday.WORDS, headlines.WORDS


def adjusted_reading(tokens: list[Token], i: int) -> tuple[str, bool]:
    """The reading to show for tokens[i] and whether it is uncertain."""
    reading, uncertain = context_reading(tokens, i)
    surface = tokens[i].surface
    if surface in idioms.WORDS:
        idiom = idioms.idiom_fix(tokens, i, reading)
        if idiom:
            reading, uncertain = idiom  # 値が付く ね, 国王の命により めい, 二重まぶた ふたえ
    if surface in official.WORDS:
        formal = official.official_fix(tokens, i, reading)
        if formal:
            reading, uncertain = formal  # 手続きは窓口で行って おこなって, 正しくお使い ただしく, 番号札 ふだ
    if surface in science.WORDS:
        found = science.science_fix(tokens, i, reading, uncertain)
        if found:
            reading, uncertain = found  # 第三相 そう, 極低温 ごく, 多くの種が絶滅 しゅ
    if writing.applies(tokens, i):
        written = writing.writing_fix(tokens, i, reading)
        if written:
            reading, uncertain = written  # 三人位 くらい, 親しき仲 した, 旧年中 ねんちゅう
    fixed = None  # the checks before each call keep it off the common path
    if reading[:1] in _VOICED_STARTS or surface in _VOICING_WORDS:
        fixed = voicing.voicing_fix(tokens, i, reading)
    if not fixed and surface in _EVERYDAY_WORDS:
        fixed = everyday.everyday_fix(tokens, i, reading)
    if not fixed and surface in _HEADLINE_WORDS:
        fixed = headlines.headline_fix(tokens, i, reading)
    if not fixed and surface in encyclopedia.WORDS:
        fixed = encyclopedia.encyclopedia_fix(tokens, i, reading)
    if not fixed and surface in incidents.WORDS:
        fixed = incidents.incidents_fix(tokens, i, reading)  # 大けが おお, 金に困る かね, 南南西 なん
    if not fixed and surface in places.WORDS:
        fixed = places.place_fix(tokens, i, reading)  # 八重洲口 ぐち, 日向灘 ひゅうが
    if not fixed and surface in culture.WORDS:
        fixed = culture.culture_fix(tokens, i, reading)  # 檜風呂 ぶろ, 砂糖菓子 がし, 妻籠宿 じゅく
    if not fixed and surface in bios.WORDS:
        fixed = bios.bios_fix(tokens, i, reading)  # 最終巻 かん, 伯爵家 け, 大神輿 おおみこし, 三拍子 びょうし
    if not fixed and (surface in household.WORDS or surface[-1:] == "坪"):
        fixed = household.household_fix(tokens, i, reading)  # 引き落とし日 び, 変動型 がた, 四畳半一間 ひとま
    if not fixed and surface in beauty.WORDS:
        fixed = beauty.beauty_fix(tokens, i, reading)  # ワンサイズ上 うえ, 炭酸泡 あわ, 一割引き びき
    if not fixed and surface in under.WORDS:
        fixed = under.under_fix(tokens, i, reading)  # 詰め物の下 した, 桜の木の下 した, 法の下の平等 もと
    if not fixed and surface in care.WORDS:
        fixed = care.care_fix(tokens, i, reading)  # 葛根湯 とう, お腹の張り はり, 赤ちゃんを抱いた だいた
    if not fixed and surface in essays.WORDS:
        fixed = essays.essay_fix(tokens, i, reading)  # 選挙の度に たび, 大分前 だいぶ, 表に出す おもて
    if not fixed and (surface in business.WORDS or surface[:1] == "就"):
        fixed = business.business_fix(tokens, i, reading)
    if not fixed and surface in plain_news.WORDS:
        fixed = plain_news.plain_news_fix(tokens, i, reading)  # 雨が80ミリ降りました ふ, 年が上 とし
    if not fixed and surface in sports.WORDS:
        fixed = sports.sports_fix(tokens, i, reading)  # 9回表 おもて, 最多勝 しょう, 前頭筆頭 まえがしら
    if not fixed and surface in fiction.WORDS:
        fixed = fiction.fiction_fix(tokens, i, reading)  # 何してんの なに, お腹空いた す, 実がなる み
    if not fixed and surface in tech.WORDS:
        fixed = tech.tech_fix(tokens, i, reading)  # 値が空なら から, 条件が偽なら ぎ, 一行ずつ いちぎょう
    if not fixed and surface in school.WORDS:
        fixed = school.school_fix(tokens, i, reading)  # 100円玉 だま, 1等星 せい, 三角形の角 かく
    if not fixed and surface in hobby.WORDS:
        fixed = hobby.hobby_fix(tokens, i, reading)  # 種植え たねう, キャンプ飯 めし, 通勤形 がた
    if not fixed and nature.is_nature_word(surface):
        fixed = nature.nature_fix(tokens, i, reading)  # 一本桜, 河津桜 ざくら, 一本釣り漁船 づりぎょ
    if fixed:
        reading = fixed  # 奥が深い ふかい, 小口切り こぐちぎり, 鶏ガラ とりがら, だしの素 もと
    if "じか" in reading and "近" in surface[1:]:
        reading = reading.replace("じか", "ぢか")  # 身近 みぢか, 間近 まぢか: the voiced ち is spelled ぢ
    if "ー" in reading and all(is_kanji(ch) or "\u3041" <= ch <= "\u3096" for ch in surface):
        reading = _spelled_long_vowels(reading)  # not in 東海ＪＲ or ＣＭ曲: letters are read with ー
    return reading, uncertain


# What ー after a kana stands for in a kanji's reading (on-readings: えい, おう, not ええ, おお).
_VOWEL_OF = {**dict.fromkeys("あかさたなはまやらわがざだばぱぁゃ", "あ"),
             **dict.fromkeys("いきしちにひみりぎじぢびぴぃ", "い"),
             **dict.fromkeys("うくすつぬふむゆるぐずづぶぷぅゅ", "う"),
             **dict.fromkeys("えけせてねへめれげぜでべぺぇ", "い"),
             **dict.fromkeys("おこそとのほもよろごぞどぼぽぉょ", "う")}


def _spelled_long_vowels(reading: str) -> str:
    """すー → すう, とー → とう: how a kanji reading is spelled (Sudachi sometimes gives the sound)."""
    if "ー" not in reading:
        return reading
    out = []
    for ch in reading:
        out.append(_VOWEL_OF.get(out[-1], "ー") if ch == "ー" and out else ch)
    return "".join(out)
