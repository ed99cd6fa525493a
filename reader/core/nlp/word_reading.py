"""The reading to show for one word: the context rules of readings.py, then the word's own fixers
(idioms.py: the set phrase a word stands in; official.py, science.py, writing.py), rendaku the
analyser misplaces (voicing.py), then the families of fixes in reader/core/nlp/families/, whose
package docstring lists what each one reads.

Each family is keyed on the words it can change, so a set lookup keeps most words off it; the
first family that changes a reading wins. Last, a reading is spelled as a kanji reading is (身近
みぢか, 数 すう for Sudachi's すー), though a loanword written in kanji keeps its ー (珈琲 こーひー, 麦酒 びーる).
"""
from __future__ import annotations

from functools import lru_cache

from . import idioms, official, science, voicing, writing
from .families import (
    academia,
    animals,
    anime,
    architecture,
    arts,
    aviation,
    beauty,
    bios,
    boardgames,
    books,
    broadcast,
    business,
    care,
    cars,
    ceremony,
    chinahistory,
    consumer,
    culture,
    cycling,
    dental,
    dialect,
    diary,
    diplomacy,
    diy,
    drinks,
    encyclopedia,
    energy,
    essays,
    everyday,
    exams,
    family,
    farming,
    fashion,
    fiction,
    fiction2,
    film,
    finance,
    fishing,
    folktales,
    fortune,
    forums,
    gadgets,
    games,
    gardening,
    geography,
    golfswim,
    gourmet,
    handicraft,
    headlines,
    health,
    heian,
    heritage,
    history,
    hobby,
    hotels,
    household,
    howto,
    incidents,
    insurance,
    itnews,
    jobs,
    language,
    law,
    letters,
    manuals,
    markets,
    matsuri,
    medicine,
    military,
    music,
    nature,
    neighborhood,
    outdoor,
    parenting,
    places,
    plain_news,
    poetry,
    programming,
    proverbs,
    racing,
    railway,
    realestate,
    recipes,
    reference,
    regional,
    religion,
    research,
    rites,
    royals,
    school,
    shop,
    showbiz,
    sns,
    space,
    sports,
    stem,
    sumo,
    tax,
    tech,
    terms,
    traditional,
    transport,
    travel,
    under,
    urban,
    wartime,
    weather,
    weekdays,
    wikibio,
    world,
    wrestling,
)
from .readings import context_reading
from .tokens import Token, is_kanji
from .unknown_kanji import kanji_readings

_VOICED_STARTS, _VOICING_WORDS = voicing.VOICED_STARTS, voicing.WORDS  # read once a kanji word

# The families of fixes after rendaku, in the order they are tried, each with the words it can change.
_FAMILIES = (
    (language.WORDS, language.language_fix),  # first: 「市場」は「いちば」と読む いちば, 熟|字訓 じゅく
    (sns.WORDS, sns.sns_fix),  # 意識高すぎ たか, 何それ なに, 違くて ちが, インスタ映え ばえ, 積読 つんどく
    (everyday.WORDS, everyday.everyday_fix),  # 鶏ガラ とり, だしの素 もと, ゆみ姉 ねえ
    (headlines.WORDS, headlines.headline_fix),  # 衆議|院本|会議 いんほん
    (encyclopedia.WORDS, encyclopedia.encyclopedia_fix),  # 八つ やっ, 信濃国 のくに
    (reference.WORDS, reference.reference_fix),  # 三重塔 さんじゅうの, 河岸段丘 かがん, 堤高 ていこう
    (incidents.WORDS, incidents.incidents_fix),  # 大けが おお, 金に困る かね, 人気のない路地 ひとけ
    (places.WORDS, places.place_fix),  # 八重洲口 ぐち, 日向灘 ひゅうが, 与那国島 じま, 町立中学校 ちょう
    (culture.WORDS, culture.culture_fix),  # 檜風呂 ぶろ, 砂糖菓子 がし, 妻籠宿 じゅく, 夜神楽 よ
    (golfswim.WORDS, golfswim.golfswim_fix),  # 八人中五位 ちゅうご, 長水路 ちょうすいろ, 予選一組 いち
    (exams.WORDS, exams.exams_fix),  # 易化 い, 直前期 ちょく, 特殊算 ざん, 評定平均 ひょうてい
    (terms.WORDS, terms.terms_fix),  # 責めに帰す き, 本覚書 おぼえがき, 原契約 げん, 仮名加工 かめい, 第四条 よん
    (travel.WORDS, travel.travel_fix),  # ぶどう狩り がり, 地ビール じ, シャワー棟 とう, 交通の便 べん
    (matsuri.WORDS, matsuri.matsuri_fix),  # 茅の輪 ち, 宵宮祭 さい, 山車蔵 ぐら
    (fishing.WORDS, fishing.fishing_fix),  # 元竿 ざお, 底付近 そこ, 肝醤油 きもじょうゆ, 先調子 さき, 河口付近 かこう
    (hotels.WORDS, hotels.hotels_fix),  # いつでも入れます はいれ, 至れり尽くせり つく
    (gardening.WORDS, gardening.gardening_fix),  # 四季咲き ざき, 外芽 め, 日中 にっ, 雌穂 しすい, こぼれ種 だね
    (gourmet.WORDS, gourmet.gourmet_fix),  # 西京焼き さい, 味噌床 どこ, 麻婆豆腐 どうふ, 最中の皮 もなか
    (recipes.WORDS, recipes.recipes_fix),  # にんにく一片 ひとかけ, えび八尾 はちび, 火が通って とおっ, 塩水 しおみず
    (neighborhood.WORDS, neighborhood.neighborhood_fix),  # 町会費 ちょう, 拍子木 ぎ, 球切れ ぎれ
    (urban.WORDS, urban.urban_fix),  # 開かずの踏切 あか, 斜張橋 しゃちょうきょう
    (books.WORDS, books.books_fix),  # 新しい訳が完結 やく, 翻訳物 もの, 新書判 しょばん
    (bios.WORDS, bios.bios_fix),  # 最終巻 かん, 伯爵家 け, 大神輿 おおみこし, 三拍子 びょうし
    (wikibio.WORDS, wikibio.wikibio_fix),  # 右投左打 うち, 重ね扇 おうぎ, 従五位下 げ, 越前守 のかみ, 上皇方 がた
    (diy.WORDS, diy.diy_fix),  # 下穴の径 けい, 根太 ねだ, 金槌の柄 え, ふすま紙 がみ, 棚柱 ばしら, 一間は六尺 いっけん
    (household.WORDS, household.household_fix),  # 引き落とし日 び, 築古 ふる, 三十坪 つぼ
    (beauty.WORDS, beauty.beauty_fix),  # ワンサイズ上 うえ, 炭酸泡 あわ, 一割引き びき
    (fashion.WORDS, fashion.fashion_fix),  # 前丈 まえ, デニム地 じ, ブランド物 もの, 千鳥格子 ごうし, ボタン留め どめ
    (under.WORDS, under.under_fix),  # 詰め物の下 した, 法の下の平等 もと
    (care.WORDS, care.care_fix),  # 葛根湯 とう, お腹の張り はり, 赤ちゃんを抱いた だいた
    (dental.WORDS, dental.dental_fix),  # 膿がたまる うみ, 歯間ブラシ し, ひと月 つき
    (essays.WORDS, essays.essay_fix),  # 選挙の度に たび, 大分前 だいぶ, 表に出す おもて
    (proverbs.WORDS, proverbs.proverbs_fix),  # before business (一汁 いち): 弘法筆を ふで, 虎の威 い, 一汁三菜 じゅう
    (business.WORDS, business.business_fix),  # 資源高 だか, 一審 いっしん, 就 (any word it starts)
    (finance.WORDS, finance.finance_fix),  # リボ払い ばらい, 4月1日付で づけ
    (plain_news.WORDS, plain_news.plain_news_fix),  # 雨が80ミリ降りました ふ, 年が上 とし
    (sports.WORDS, sports.sports_fix),  # 9回表 おもて, 最多勝 しょう, 逆転勝ち がち, 救援右腕 うわん
    (wrestling.WORDS, wrestling.wrestling_fix),  # 腕を極めて きめ, 四の字固め よのじがため, 技名 めい, 前王者 ぜん
    (cycling.WORDS, cycling.cycling_fix),  # 一漕ぎごとに ひと, 九十九折りの坂道 つづら
    (fiction.WORDS, fiction.fiction_fix),  # 何してんの なに, お腹空いた す, 実がなる み
    (heian.WORDS, heian.heian_fix),  # 中宮彰子 ちゅうぐう, 現代語訳する やく, 平敦盛 たいらの, 清涼殿 でん
    (fiction2.WORDS, fiction2.fiction2_fix),  # 陽に翳す ひ, 煙草を燻らせ くゆら, 刀の柄 つか, 姫君 ぎみ, 僕等 ら
    (tech.WORDS, tech.tech_fix),  # 値が空なら から, 条件が偽なら ぎ, 一行ずつ いちぎょう
    (programming.WORDS, programming.programming_fix),  # 大文字 おおもじ, 二分木 ぎ, 中置 ち, 空とみなす から
    (school.WORDS, school.school_fix),  # 100円玉 だま, 1等星 せい, 三角形の角 かく
    (stem.WORDS, stem.stem_fix),  # 四角形 し, 一辺 いっぺん, 大気圧 たい, 球の表面積 きゅう, 中和の塩 えん
    (hobby.WORDS, hobby.hobby_fix),  # 種植え たねう, キャンプ飯 めし, 尺アジ しゃく, まき時 どき
    (gadgets.WORDS, gadgets.gadgets_fix),  # シャッター音 おん, 物撮り どり, 星五つ中 ちゅう
    (animals.WORDS, animals.animals_fix),  # サイの角 つの, 雄ライオン おす, 隣の園から来園 えん, 獣舎 じゅう
    (nature.WORDS, nature.nature_fix),  # 一本桜 ざくら, 大綱 おおつな; any word ending in 漁
    (forums.WORDS, forums.forums_fix),  # 何分位 ぷんくらい, 何合 なんごう, 車中泊って はく, 前|髪切り まえ
    (howto.WORDS, howto.howto_fix),  # 三日分出して ぶんだ, 風量は弱と中と強 ちゅう, 五合炊き だき
    (family.WORDS, family.family_fix),  # 園で流行 えん, 換毛期 かん, 一回食 いっ, 待てを ま
    (parenting.WORDS, parenting.parenting_fix),  # 生後間もない ま, 離乳食後期 しょくこう, 完母 ぼ
    (games.WORDS, games.games_fix),  # 描き下ろし かき, サイン色紙 しきし, 劇伴 げきばん, 最新話 わ
    (diplomacy.WORDS, diplomacy.diplomacy_fix),  # 一国二制度 いっ, 「大勢の命 おおぜい
    (weekdays.WORDS, weekdays.weekday_fix),  # 10日（月） げつ, 月・水・金, 月～土, 火・木曜日 か
    (transport.WORDS, transport.transport_fix),  # 上り下り線 のぼりくだり, 十分遅れ じゅっぷん, 横風 よこかぜ
    (law.WORDS, law.law_fix),  # 元職員 もとしょく, 仮釈放された ほう
    (heritage.WORDS, heritage.heritage_fix),  # 極楽浄土の仏 ほとけ, 狩野派 かのう, 一対 つい, 施餓鬼会 え
    (regional.WORDS, regional.regional_fix),  # 一等米 まい, 豚熱 とん, 乳価 にゅうか, ブランド牛 ぎゅう
    (farming.WORDS, farming.farming_fix),  # 白未熟粒 りゅう, 朝採れ どれ, 競り値 ね, 採卵鶏 けい, 紅ズワイガニ べに
    (weather.WORDS, weather.weather_fix),  # 太平洋高気圧 こう, 北高型 ほっこうがた, 越水した えっすい, 遠地地震 えんち
    (arts.WORDS, arts.arts_fix),  # 章ごとに しょう, 弦と管 かん, 岩絵具 のぐ, 館蔵品 かんぞうひん, 素性 すじょう
    (energy.WORDS, energy.energy_fix),  # 洋上風力の風車 ふうしゃ, 泊原発 とまり, 水電解 すい, 型式指定 かたしき
    (health.WORDS, health.health_fix),  # 百日せき ひゃくにち, 中和抗体 ちゅうわ, 八十|二人 ににん, 一回数分 いっ
    (itnews.WORDS, itnews.itnews_fix),  # 後工程 あとこうてい, 前工程 まえこうてい, 三重の防御 さんじゅう
    (markets.WORDS, markets.markets_fix),  # 一時値を崩した ね
    (ceremony.WORDS, ceremony.ceremony_fix),  # 旭日重光章 きょくじつじゅうこうしょう, 正三位 しょうさんみ, 緑綬 りょく
    (academia.WORDS, academia.academia_fix),  # 博士後期課程 はくし, 博士人材 はくし, 論文博士 はくし
    (research.WORDS, research.research_fix),  # 古代人 じん, 縄文人 じん, サル目ヒト科 もく
    (world.WORDS, world.world_fix),  # 親ロシア派, 親欧米派, 親トランプ派 しん
    (space.WORDS, space.space_fix),  # 土星の環 わ, 首長竜 くびなが, 赤銅色 いろ, 月周回 げっ
    (consumer.WORDS, consumer.consumer_fix),  # 小麦・乳を含む にゅう, 原野商法 げんや
    (shop.WORDS, shop.shop_fix),  # 底鋲 そこ, 天然木 ぼく, 丈は膝下 ひざした, 狭め せまめ, 御祝 おいわい
    (wartime.WORDS, wartime.wartime_fix),  # 引き揚げ者 しゃ, 御霊の みたま, 連載（上） じょう
    (chinahistory.WORDS, chinahistory.chinahistory_fix),  # 晋が成立 しん, 呉軍 ご, 三国志 さんごく, 唐の都 みやこ
    (history.WORDS, history.history_fix),  # カール五世 ごせい, 文永の役 えき, 百万石 ごく, 二男一女 になん
    (royals.WORDS, royals.royals_fix),  # ブルボン朝 ちょう, 百日天下 ひゃくにち, 公妾 こうしょう, 欠地王 けっ
    (diary.WORDS, diary.diary_fix),  # お義母さん かあ, ピアノが弾けた ひ, 一日一善 いちぜん
    (showbiz.WORDS, showbiz.showbiz_fix),  # 金曜|日夜 びよる, 月9 げつ, 一期生 いっ, 体固め たいがため, 大トリ おお
    (broadcast.WORDS, broadcast.broadcast_fix),  # 東京の局と大阪の局 きょく, 2本撮り どり, 一発撮り どり
    (music.WORDS, music.music_fix),  # 第九を歌う だいく, 三連符 ぷ, 大サビ おお, 生歌 うた, 一発録り どり
    (jobs.WORDS, jobs.jobs_fix),  # 封筒の表 おもて, 入社と退社の年月 ねんがつ
    (racing.WORDS, racing.racing_fix),  # 良馬場 ば, 稍重 おも, 着差 ちゃく, 勝ち時計 どけい, 半兄 けい
    (medicine.WORDS, medicine.medicine_fix),  # 当薬局 とうやっ, 再来受付機 さいらい, 耳痛 じ, 眼軟膏 がん, 一瓶 ひと
    (cars.WORDS, cars.cars_fix),  # 二輪免許 にりん, 車離れ ばなれ, 値落ち ね, ギアを一段落として お
    (letters.WORDS, letters.letters_fix),  # 課長殿 どの, 御社内 おん, 来る四月一日 きたる, 孔雀の間 ま
    (outdoor.WORDS, outdoor.outdoor_fix),  # 急流を下りました くだ, タモ網 あみ, お鉢巡り はち, 乗合船 ぶね
    (boardgames.WORDS, boardgames.boardgames_fix),  # 振り飛車 びしゃ, 先手玉 ぎょく, 中押し ちゅうおし, 東一局 とん
    (realestate.WORDS, realestate.realestate_fix),  # 角住戸 かど, 三口ガスコンロ みくち, 階段下 した, 筆界 ひっ
    (architecture.WORDS, architecture.architecture_fix),  # 全棟 とう, 造作 ぞうさく, 谷樋 どい, 地窓 じ, 雨仕舞い あま
    (folktales.WORDS, folktales.folktales_fix),  # 竜宮城 ぐうじょう, 一寸法師 いっすん, 月の都 みやこ, 機を織る はた
    (fortune.WORDS, fortune.fortune_fix),  # 末吉 すえきち, 二黒土星 じこくどせい, 吉方位 きっぽう, 雨水 うすい
    (poetry.WORDS, poetry.poetry_fix),  # 行く春 ゆく, 去年今年 こぞ, 古今集 こきん, 七七七五 しち, 月の都 みやこ
    (religion.WORDS, religion.religion_fix),  # 初七日 しょ, 主の祈り しゅ, 熊野三山 ざん, 同行二人 どうぎょうににん
    (manuals.WORDS, manuals.manuals_fix),  # 電池蓋 ぶた, 右側面 みぎそく, 「切」 きり, 前ガード まえ, 空運転 から
    (traditional.WORDS, traditional.traditional_fix),  # 炭点前 でまえ, 人情噺 ばなし, 主菓子 おも, 黒衣 くろご
    (sumo.WORDS, sumo.sumo_fix),  # 中日 なかび, 七番相撲 ずもう, 三番稽古 げいこ, 十勝を挙げ じゅっしょう, 投の形 かた
    (railway.WORDS, railway.railway_fix),  # 品川止まり どまり, 五時十分です じゅっぷん, 中線 なかせん, 一本後 あと
    (geography.WORDS, geography.geography_fix),  # 造山帯 ぞうざん, 瀬戸内 うち, 一年中気温 じゅう, 高原 こうげん
    (tax.WORDS, tax.tax_fix),  # 年百十万円 ねん, 返戻金型 きんがた, 生計を一にする いつ, 得でしょうか とく
    (insurance.WORDS, insurance.insurance_fix),  # 年一・五% ねん, 一時払い終身保険 ばらい, 入り用 い, 応当日 とうび
    (aviation.WORDS, aviation.aviation_fix),  # 大さん橋 ばし, 船会社 ふな, 日本丸が入港 にっぽんまる
    (anime.WORDS, anime.anime_fix),  # 転生 てんせい, 一クール ひと, 一期より いっき, 二つ名 な, 尺の都合 しゃく
    (drinks.WORDS, drinks.drinks_fix),  # 無濾過生原酒 なま, 吟醸香 か, 中挽き ちゅうびき, 一合升 ます, 寒造り かん
    (military.WORDS, military.military_fix),  # 発進を669回行った おこなっ, 補給路を断った たっ, 地雷原 げん
    (rites.WORDS, rites.rites_fix),  # 直葬 ちょく, 人前式 じんぜん, 不祝儀袋 ぶ, 末期の水 まつご, 十日祭 さい
    (dialect.WORDS, dialect.dialect_fix),  # 来おへん こ, 父ちゃん とう, 野球観に行く み, 急がん いそ
    (handicraft.WORDS, handicraft.handicraft_fix),  # 二目一度 ふため, 一針 ひと, 輪針 ばり, 表に返す おもて
    (film.WORDS, film.film_fix),  # 八割方 わりがた, 九割方 がた, 満員御礼 おんれい
)
# Families that take words by their shape rather than by a list of words: 就… (business), …坪
# (household), …漁 (nature), …払い (finance), season words of a greeting, 清秋の候 (letters), 髪… (forums).
_SHAPES = {business.business_fix: lambda s: s[:1] == "就", household.household_fix: lambda s: s[-1:] == "坪",
           nature.nature_fix: nature.is_nature_word, finance.finance_fix: lambda s: s[-2:] == "払い",
           letters.letters_fix: letters.is_season_word, poetry.poetry_fix: poetry.is_meter,
           language.language_fix: language.is_language_word,
           forums.forums_fix: lambda s: s[:1] in forums.MAE_HEADS and len(s) > 1}


@lru_cache(maxsize=65536)
def _fixes_for(surface: str) -> tuple:
    """The fixes that may change a word with this surface, in family order: worked out once a surface,
    so the reading of each word costs one cached call, not a test per family."""
    return tuple(fix for words, fix in _FAMILIES
                 if surface in words or (fix in _SHAPES and _SHAPES[fix](surface)))


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
    fixed = None
    if reading[:1] in _VOICED_STARTS or surface in _VOICING_WORDS:
        fixed = voicing.voicing_fix(tokens, i, reading)  # 奥が深い ふかい, 小口切り こぐちぎり
    if not fixed:
        for fix in _fixes_for(surface):
            fixed = fix(tokens, i, reading)
            if fixed:
                break  # the first family that changes the reading wins
    if fixed:
        reading = fixed  # 奥が深い ふかい, 小口切り こぐちぎり, 鶏ガラ とりがら, だしの素 もと
    if "じか" in reading and "近" in surface[1:]:
        reading = reading.replace("じか", "ぢか")  # 身近 みぢか, 間近 まぢか: the voiced ち is spelled ぢ
    if "ー" in reading and all(is_kanji(ch) or "\u3041" <= ch <= "\u3096" for ch in surface) \
            and _sino_long_vowels(surface, reading):
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


def _sino_long_vowels(surface: str, reading: str) -> bool:
    """Whether each long vowel of ``reading`` is in a kanji's on-reading (数百 すー, 餃子 ぎょー, 金平糖 とー), so
    it is spelled as one; a loanword written in kanji (珈琲 こーひー, 麦酒 びーる, 頁 ぺーじ) keeps its ー."""
    ons = [kanji_readings().get(ch, "") for ch in surface]
    spelled = _spelled_long_vowels(reading)  # the same length: each ー becomes one kana
    for k, ch in enumerate(reading):
        if ch == "ー" and k:
            start = k - 2 if k > 1 and reading[k - 1] in "ぁぃぅぇぉゃゅょ" else k - 1
            syllable = spelled[start:k + 1]
            if syllable[-1] != "あ" and not any(syllable in on for on in ons):  # a long a is あ: 麻雀 まあじゃん
                return False
    return True
