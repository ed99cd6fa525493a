"""Readings found wrong in our own sentences in the style of shogi, go, mahjong and karuta news and
commentary: strategies with 飛車 (振り飛車 びしゃ, 四間飛車 しけん, 中飛車 なか), pieces in a sentence about shogi
(先手玉 ぎょく, 角が成る かく, 飛車と金 きん, 桂打ち けい), squares and pieces of a game record (▲２四歩 よん…ふ,
△４二玉 ぎょく), voiced second
halves (勝負手 て, 相掛かり が, 両取り ど, 駒損 ぞん, 成り駒 ごま, 美濃囲い がこい, 舟囲い ふな, 中住まい ず, 銀冠
かんむり), 持将棋 じ, 叡王 えい, 新手 as a new move (しんて), moves counted with 手 (百二十一手 いって, 四十手
よんじゅって), go's 中押し ちゅうおし, 大模様 おお, 地 じ, 一目の差 いちもく, 四子局 し, mahjong's 東一局 とん and
半荘 ちゃん, karuta's 札 ふだ, 読手 どくしゅ and 小倉百人一首 おぐら, and 記録係 がかり. Each rule is also checked
where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/boardgames_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("振り飛車党の棋士が増えている。", "振:ふ|飛車:びしゃ"),
    ("中飛車から攻めを組み立てた。", "中:なか|飛車:びしゃ"),
    ("後手は四間飛車に構えた。", "四:し|間:けん|飛車:びしゃ"),
    ("向かい飛車を採用した。", "飛車:びしゃ"),
    ("居飛車と振り飛車の対抗形になった。", "居飛車:いびしゃ|振:ふ|飛車:びしゃ"),
    ("飛車を振って攻めた。", "飛車:ひしゃ"),  # the piece itself
    ("中国の飛車は馬車のことだ。", "飛車:ひしゃ"),
])
def test_rook_strategies(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("終盤、先手玉は詰まなかった。", "先手:せんて|玉:ぎょく"),
    ("王手をかけられた玉は逃げるしかない。", "玉:ぎょく"),
    ("金銀で玉を固める。", "玉:ぎょく"),
    ("角が成ると馬になる。", "角:かく"),
    ("角を打って飛車と金の両取りをかけた。", "角:かく|打:う|飛車:ひしゃ|金:きん|両:りょう|取:ど"),
    ("両取りの桂打ちが決め手だった。", "桂:けい"),
    ("桂跳ねから攻めかかった。", "桂:けい"),
    ("子どもたちが玉を投げて遊んでいる。", "玉:たま"),  # no shogi about
    ("箱に玉を詰め込んだ。", "玉:たま"),
    ("次の角を右に曲がってください。", "角:かど"),
    ("財布から金を出して払った。", "金:かね"),
    ("棋士が賞金の一部の金を寄付した。", "金:かね"),  # a player, not a piece
    ("桂さんが司会を務めた。", "桂:かつら"),  # a name
])
def test_pieces(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("先手が▲７六歩と角道を開けた。", "六:ろく|歩:ふ"),
    ("解説の九段は「ここで▲２四歩が鋭い」と述べた。", "四:よん|歩:ふ"),
    ("△３四歩に▲２六歩と進んだ。", "四:よん|歩:ふ|六:ろく|歩:ふ"),
    ("△４二玉と上がって受けた。", "二:に|玉:ぎょく"),
    ("▲９九香と打ち、端を補強した。", "九:きゅう|香:きょう"),
    ("▲５九金と寄った。", "九:きゅう|金:きん"),
    ("一歩ずつ前に進む。", "一歩:いっぽ"),  # no square
    ("２四時間営業の店です。", "時間:じかん"),
])
def test_pawn_of_a_game_record(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("勝負手を放った。", "勝負:しょうぶ|手:て"),
    ("相掛かりの将棋は力戦になりやすい。", "相:あい|掛:が"),
    ("駒損でも攻めが続く形だった。", "駒:こま|損:ぞん"),
    ("一手損角換わりの戦型になった。", "一手:いって|損:ぞん"),
    ("成り駒が増えて攻めが厚くなった。", "成:な|駒:ごま"),
    ("使う駒を選ぶ。", "駒:こま"),  # after a verb's plain form
    ("美濃囲いは振り飛車の代表的な囲いだ。", "美濃:みの|囲:がこ|振:ふ|飛車:びしゃ|代表的:だいひょうてき|囲:かこ"),
    ("舟囲いから急戦を仕掛けた。", "舟:ふな|囲:がこ"),
    ("木材で囲いを作った。", "囲:かこ"),
    ("中住まいの陣形に構えた。", "中住:なかず"),
    ("銀冠に組み替えた。", "銀:ぎん|冠:かんむり"),
    ("持将棋が成立した。", "持:じ|将棋:しょうぎ"),
    ("叡王戦の予選が始まった。", "叡:えい"),
])
def test_shogi_compounds(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("研究会で新手を準備していた。", "新手:しんて"),
    ("新手の詐欺に注意してください。", "新手:あらて"),
    ("新手が現れて客を奪った。", "新手:あらて"),
])
def test_new_move(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("百二十一手までで先手の勝ち。", "百二十一手:ひゃくにじゅういって"),
    ("二百十一手までで白の中押し勝ち。", "二百十一手:にひゃくじゅういって"),
    ("一日目は四十手まで進んだ。", "四十手:よんじゅって"),
    ("八十八手で後手が投了した。", "八十八手:はちじゅうはって"),
    ("捜索隊は二手に分かれて山に入った。", "二手:ふたて"),  # Sudachi's word keeps its reading
    ("一手間かけるとおいしくなる。", "一手間:ひとてま"),
])
def test_moves_counted(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("黒番の挑戦者が中押し勝ちした。", "中押:ちゅうお|勝:が"),
    ("序盤の大模様を生かせなかった。", "大:おお|模様:もよう"),
    ("大模様替えをした。", "大:だい"),
    ("地を稼ぐ碁を好む棋士だ。", "地:じ"),
    ("盤上の地を数えると黒が二目多かった。", "地:じ"),
    ("地に足をつけて生きる。", "地:ち"),  # no go about
    ("基盤の上に地を描いた。", "地:ち"),
    ("一目の差で勝敗が決まった。", "一目:いちもく"),
    ("一目で気に入った。", "一目:ひとめ"),
    ("置き碁は四子局で打った。", "四:よん|子局:しきょく"),
])
def test_go(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("東一局、親の連荘が続いた。", "東:とん|一局:いっきょく"),
    ("半荘二回の合計で順位を決める。", "半:はん|荘:ちゃん"),
    ("東の空が明るくなった。", "東:ひがし"),
    ("南一丁目の交差点で事故があった。", "南:みなみ"),
])
def test_mahjong(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("小倉百人一首の札を覚えた。", "小倉:おぐら|百人一首:ひゃくにんいっしゅ|札:ふだ"),
    ("上の句が読まれると同時に札を払った。", "札:ふだ"),
    ("敵陣の札を鋭く抜いた。", "札:ふだ"),
    ("読手が上の句を読み上げた。", "読手:どくしゅ"),
    ("札を数えて財布にしまった。", "札:さつ"),  # money
    ("俳句の文句を言いながら札を数えた。", "札:さつ"),
    ("札で払った。", "札:さつ"),
])
def test_karuta(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("対局室には記録係が座っている。", "記録:きろく|係:がかり"),
    ("受付係の女性が案内してくれた。", "係:がかり"),
    ("係の人に聞いてください。", "係:かかり"),
    ("係長に昇進した。", "係長:かかりちょう"),
    ("総務課庶務係に提出してください。", "係:かかり"),  # an office's section: left alone
])
def test_role_in_charge(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("boardgames"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
