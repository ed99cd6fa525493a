"""Readings found wrong in our own sentences in the style of literary prose and light novels (narration,
dialogue, inner monologue, period and fantasy pieces): 陽 the sun before a particle (陽に翳す ひ), 陰 and
陽 as a pair (陰と陽 いん, よう), 燻らせる with smoke (煙草を燻らせ くゆら), the samurai's 某 (それがし),
a sword's 柄 (刀の柄 つか), 君 after 姫 or kin (姫君 ぎみ), 等 after a pronoun (僕等 ら),
千夜一夜 (せんや), 何時までも (いつ), a room's 間 (奥の間 ま), 一太刀 (ひと), the nape 項 (白い項 うなじ), 都 after
an adjective (大きな都 みやこ, in folktales.py), 父上 (うえ), 一番鶏 (どり), 額を擦りつけた (ひたい, in fiction.py),
a verb's 方 as a direction (声のする方へ ほう, in kata_hou.py), 顔を埋める (うず), 真一文字 (もんじ), the
counter 体 after 十 (十体 じゅったい), 夜毎 (よ), 一片 (いっぺん), and the
slips 彼処 (あそこ), 葱 (ねぎ), 蜩 (ひぐらし), 鍛冶 (かじ), 鎚 (つち).
Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/fiction2_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("少女は掌を陽に翳して、空を見上げた。", "陽:ひ|翳:かざ"),
    ("縁側に座って、陽に透ける若葉を眺めていた。", "陽:ひ|透:す"),  # Sudachi reads this one ひ itself
    ("陽が沈むころ、二人は別れた。", "陽:ひ|沈:しず"),  # Sudachi's own
    ("陽気な人だった。", "陽気:ようき"),
    ("陰と陽が交わるとき、封印は解かれる。", "陰:いん|陽:よう|交:まじ"),
    ("陽と陰の調和を説いた。", "陽:よう|陰:いん"),
    ("陰に陽に彼を支え続けた。", "陰:いん|陽:よう|彼:かれ|支:ささ"),
    ("木の陰で休んだ。", "陰:かげ"),  # no 陽 paired with it: the shade
])
def test_sun_and_yin_yang(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("探偵は煙草を燻らせながら、事件の経緯を語った。", "煙草:たばこ|燻:くゆ"),
    ("紫煙を燻らせながら、窓の外を見た。", "紫煙:しえん|燻:くゆ"),
    ("彼はパイプを燻らせた。", "燻:くゆ"),
    ("彼は不満を燻らせていた。", "不満:ふまん|燻:くすぶ"),  # not smoke: smouldering
    ("火種が燻っていた。", "燻:くすぶ"),
])
def test_wafting_smoke(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("「その役目、某が引き受けよう」", "某:それがし"),
    ("「某は浪人でござる」", "某:それがし|浪人:ろうにん"),
    ("「某に任せられよ」", "某:それがし"),
    ("山田某という男が訪ねてきた。", "山田:やまだ|某:ぼう"),  # after a name: "a certain"
    ("某大手企業の社員だという。", "某:ぼう"),  # before a noun
    ("都内某所で撮影された。", "某所:ぼうしょ"),
])
def test_samurai_self(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("侍は刀の柄に手をかけた。", "刀:かたな|柄:つか"),
    ("脇差の柄に手を添えた。", "脇差:わきざし|柄:つか"),
    ("剣の柄を握りしめた。", "剣:けん|柄:つか"),
    ("男は無言で柄に手をかけた。", "柄:つか"),  # reaching for a sword
    ("派手な柄のシャツを着ていた。", "柄:がら"),  # a pattern
    ("傘の柄が可愛い。", "柄:がら"),
])
def test_sword_hilt(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("姫君は御簾の向こうで、静かに琴を奏でた。", "姫:ひめ|君:ぎみ"),
    ("母君の形見の櫛だった。", "母:はは|君:ぎみ"),
    ("兄君はご無事です。", "兄:あに|君:ぎみ"),
    ("侍女が若君を抱いて現れた。", "若君:わかぎみ"),  # the lexicon's own
    ("田中君、ちょっといいかな。", "田中:たなか|君:くん"),  # after a name
])
def test_noble_honorific(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("「僕等はもう、引き返せない」", "僕:ぼく|等:ら"),
    ("「奴等、もう嗅ぎつけたのか」", "奴:やつ|等:ら"),
    ("彼女等は何も知らなかった。", "彼女:かのじょ|等:ら"),
    ("彼等の行方は知れない。", "彼:かれ|等:ら"),  # Sudachi's own
    ("委員等の意見を聞いた。", "委員:いいん|等:とう"),  # after a common noun
])
def test_plural_ra(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("千夜一夜の物語のように話を続けた。", "千夜:せんや|一夜:いちや"),
    ("千夜さんは笑った。", "千夜:ちよ"),  # a name
    ("「何時までも一緒にいようね」", "何時:いつ"),
    ("何時までに来ればいい？", "何時:なんじ"),  # the hour: forums.py
    ("姫は奥の間へと消えた。", "奥:おく|間:ま"),
    ("控えの間で待つように言われた。", "間:ま"),
    ("二人の間に沈黙が流れた。", "二人:ふたり|間:あいだ"),
    ("私達は、彼処で初めて出会った。", "彼処:あそこ"),
])
def test_set_words(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("俺は一太刀で、その魔物を斬り伏せた。", "一:ひと|太刀:たち"),
    ("せめて一太刀浴びせたい。", "一:ひと|太刀:たち"),
    ("二太刀目は空を切った。", "二:ふた|太刀:たち"),
    ("彼女は一振りの刀を受け取った。", "一:ひと|振:ふ"),  # already native
    ("二人の剣士が向き合った。", "二人:ふたり"),
])
def test_sword_strokes(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("白い項に、後れ毛がかかっていた。", "白:しろ|項:うなじ"),
    ("細い項が、襟元からのぞいていた。", "細:ほそ|項:うなじ"),
    ("彼女の項に口づけた。", "彼女:かのじょ|項:うなじ"),
    ("この項では用語の定義を述べる。", "項:こう"),  # a section of a text
    ("次の項を参照のこと。", "次:つぎ|項:こう"),
    ("前項の規定にかかわらず、届け出ること。", "前項:ぜんこう"),
    ("第三項を削除する。", "三項:さんこう"),
])
def test_nape(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("嘗てこの地には、大きな都があった。", "大:おお|都:みやこ"),
    ("古い都の跡が残っている。", "古:ふる|都:みやこ"),
    ("都は新たな対策を発表した。", "都:と"),  # Tokyo's government
    ("都が新しい計画をまとめた。", "都:と|新:あたら"),  # an adjective after 都, not before it
])
def test_capital_after_adjective(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("「父上、お許しください」", "父:ちち|上:うえ"),
    ("「母上はお元気ですか」", "母:はは|上:うえ"),
    ("「兄上、ご武運を」", "兄:あに|上:うえ"),
    ("「姉上、お待ちください」", "姉:あね|上:うえ"),  # Sudachi's own
    ("会議の席上で発言した。", "席上:せきじょう"),
    ("明け方、一番鶏が鳴いた。", "一番:いちばん|鶏:どり"),
    ("庭で鶏が鳴いた。", "鶏:にわとり"),
    ("家老は畳に額を擦りつけた。", "畳:たたみ|額:ひたい"),  # fiction.py's forehead
])
def test_elders_and_dawn(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("声のする方へ歩いていった。", "声:こえ|方:ほう"),
    ("終章　光の射す方へ", "光:ひかり|射:さ|方:ほう"),
    ("音のする方を見た。", "音:おと|方:ほう"),
    ("彼は来た方へ引き返した。", "来:き|方:ほう"),
    ("困っている方に声をかけた。", "困:こま|方:かた"),  # a person
    ("初めてご利用になる方へ", "利用:りよう|方:かた"),  # a notice addressing readers
    ("購入を考えている方はこちら。", "方:かた"),
])
def test_direction_after_a_verb(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("彼女はマフラーに顔を埋めた。", "顔:かお|埋:うず"),
    ("彼の胸に顔を埋めて泣いた。", "顔:かお|埋:うず"),
    ("空いた穴を土で埋めた。", "埋:う"),  # filling
    ("空白を埋める言葉が見つからない。", "埋:う"),
    ("少年は唇を真一文字に結んだ。", "一:いち|文字:もんじ"),
    ("口を一文字に結んだ。", "一:いち|文字:もんじ"),
    ("漢字を一文字ずつ書いた。", "一:いち|文字:もじ"),  # one character
    ("真一さんが来た。", "真一:しんいち"),
    ("母は台所で葱を刻んでいた。", "葱:ねぎ"),
    ("夕立が去ると、蜩が鳴き始めた。", "蜩:ひぐらし"),
])
def test_faces_lips_and_slips(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("俺たちはゴブリン十体を倒した。", "十:じゅっ|体:たい"),
    ("五十体の人形が並んでいた。", "五十:ごじゅっ|体:たい"),
    ("三体の人形が棚に並んでいた。", "三:さん|体:たい"),
    ("十体制の改革を進めた。", "十:じゅう|体制:たいせい"),  # no counter
    ("一体何が起きたのか。", "一体:いったい"),
])
def test_body_counter(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("夜毎、女のすすり泣く声が聞こえた。", "夜:よ|毎:ごと"),
    ("やがて夜が明けた。", "夜:よる|明:あ"),
    ("彼の言葉には、一片の偽りもなかった。", "一:いっ|片:ぺん"),
    ("一片の良心も残っていなかった。", "一:いっ|片:ぺん"),
    ("花びら一片が舞い落ちた。", "一:いち|片:へん"),  # a petal: ひとひら, left alone
    ("ドワーフの鍛冶師は、黙々と鎚を振るった。", "鍛冶:かじ|師:し|黙々:もくもく|鎚:つち"),
    ("鉄鎚を下した。", "鉄鎚:てっつい"),
    ("村の鍛冶屋を訪ねた。", "鍛冶屋:かじや"),
])
def test_nights_shreds_and_smiths(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("fiction2"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
