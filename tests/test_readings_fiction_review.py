"""Readings found wrong in our own sentences in the style of novels and short stories: 何 before a
verb なに (何してんの), 空く after 腹 す (お腹空いた), 辛い with a dish or taste から (カレーが辛い),
the fruit 実 み (実がなる, 赤い実, 柿の実), and the forehead 額 ひたい (額を押しつけた). Each rule is
also checked where it must not fire."""
from __future__ import annotations

import pytest

from tests.rubies import readings


@pytest.mark.parametrize("text,expected", [
    ("「こんなところで何してんの」", "何:なに"),
    ("「今さら何言ってんの」", "何:なに"),
    ("「お前、何やってんだよ」", "何:なに"),
    ("「あの時、何であんなことしたんだよ」", "何:なん"),
    ("港には漁船が何隻も停泊していた。", "何:なん"),
    ("手紙を書くのって、何年ぶりだろう。", "何:なん"),
    ("「何の話？」", "何:なん"),
])
def test_nani_before_a_verb(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("「お腹空いたー、何か食べに行こうよ」", "空:す"),
    ("小腹が空いたので、コンビニに寄った。", "空:す"),
    ("お腹を空かせた子供たちが帰ってきた。", "空:す"),
    ("席が空いたので、私はそこに腰を下ろした。", "空:あ"),
    ("「この席、空いてますか」", "空:あ"),
])
def test_hungry_suku(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("このカレーは辛すぎて、水が手放せない。", "辛:から"),
    ("唐辛子が辛くて、舌がしびれた。", "辛:から"),
    ("「辛いなら、無理しなくていいんだよ」", "辛:つら"),
    ("駅の階段を上るのが辛い。", "辛:つら"),
    ("目が痒くて辛い。", "辛:つら"),
])
def test_spicy_karai(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("庭の柿の木に、たわわに実がなっていた。", "実:み"),
    ("枝いっぱいに赤い実をつけた。", "実:み"),
    ("長年の努力が、ようやく実を結んだ。", "実:み"),
    ("梅の実を漬けた。", "実:み"),
    ("その実、彼は何も知らなかった。", "実:じつ"),
    ("実は、ずっと好きだった。", "実:じつ"),
    ("撮影監督の光の使い方が、実に見事である。", "実:じつ"),
    ("名を捨てて実を取る。", "実:じつ"),
])
def test_fruit_mi(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("汗が額から頬へと伝い落ちた。", "額:ひたい"),
    ("窓ガラスに額を押しつけて、外を眺めた。", "額:ひたい"),
    ("彼は額に手を当て、しばらく考え込んだ。", "額:ひたい"),
    ("彼は額の汗を手の甲で拭った。", "額:ひたい"),
    ("祖父の写真を額に入れて飾った。", "額:がく"),
    ("被害額は、およそ3億円に上った。", "額:がく"),
    ("受け取れる額が増える。", "額:がく"),
])
def test_forehead_hitai(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("猫の額ほどの庭に、小さな花が咲いている。", "額:ひたい"),
    ("「腹減った。なんか食わせて」", "腹:はら"),
    ("空腹で眠れなかった。", "空腹:くうふく"),
    ("寝ぼけ眼で時計を見ると、もう昼過ぎだった。", "眼:まなこ"),
    ("穴の開いた靴下を履いていた。", "開:あ"),
    ("壁に穴が開いた。", "開:あ"),
    ("私は手帳を開いて、予定を確かめた。", "開:ひら"),
])
def test_nekonohitai_hara_manako_aku(text, expected):
    assert expected in readings(text)
