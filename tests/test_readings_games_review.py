"""Readings found wrong in our own sentences in the style of game reviews and patch notes, anime episode
summaries, manga volume news, idol and TV-show news and event announcements: 描き before 下ろし or 起こし
(描き下ろし かき), 色紙 for autographs (サイン色紙 しきし), 劇伴 (げきばん), 四天王 (してんのう), 重版出来
(しゅったい), 同人 before a noun (同人ゲーム どうじん), 話 as an episode after 最新 or 最終 (最新話 わ), a
fighting game's 下段 (げだん), 対空技 (くうわざ), the stage's 上手 and 下手 (かみて, しもて), 一作 (いっさく)
and 千穐楽 (せんしゅうらく). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/games_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("限定版には描き下ろしイラストが使われている。", "描:か|下:お"),
    ("入場者特典は描き下ろし色紙だ。", "描:か|下:お|色紙:しきし"),
    ("先生が表紙を描き下ろした。", "描:か|下:お"),
    ("描き起こしイラストが公開された。", "描:か|起:お"),
    ("最終巻には描き下ろしの番外編が収録されている。", "描:か"),
    ("社会の闇を描き出す作品だ。", "描:えが|出:だ"),  # depicting: not the artist's drawing
    ("主人公の成長を描いた物語だ。", "描:えが"),
])
def test_drawn_for_the_release(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("抽選で十名様にサイン色紙をプレゼント。", "色紙:しきし"),
    ("直筆色紙が当たるキャンペーンだ。", "直筆:じきひつ|色紙:しきし"),
    ("色紙にサインを書いてもらった。", "色紙:しきし"),
    ("色紙で鶴を折りました。", "色紙:いろがみ"),  # coloured paper
    ("千代紙と色紙を用意する。", "色紙:いろがみ"),
])
def test_autograph_board(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("劇伴を手がけるのは著名な作曲家だ。", "劇:げき|伴:ばん"),
    ("劇伴音楽のコンサートが開かれる。", "劇:げき|伴:ばん"),
    ("公演の中止に伴い、払い戻します。", "伴:ともな"),  # the verb
])
def test_score_of_a_series(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("四天王の最後の一人が姿を現した。", "四:し|天王:てんのう"),
    ("四天王を全員倒すとチャンピオンに挑める。", "四:し|天王:てんのう"),
    ("四人で協力して戦う。", "四人:よにん"),
])
def test_four_heavenly_kings(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("原作の最新刊が重版出来となった。", "重版:じゅうはん|出来:しゅったい"),
    ("第一巻が重版出来！", "出来:しゅったい"),
    ("今回の作画は出来が良い。", "出来:でき"),
    ("重版が決まった。", "重版:じゅうはん"),
])
def test_reprint_done(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("同人ゲームが商業化されることになった。", "同人:どうじん"),
    ("同人作家から商業デビューを果たした。", "同人:どうじん|作家:さっか"),
    ("同人イベントの開催が告知された。", "同人:どうじん"),
    ("同人誌即売会が開かれた。", "同人誌:どうじんし"),  # the lexicon's own
    ("同人は犯行を否認している。", "同人:どうにん"),  # "the said person", before a particle
])
def test_fan_made_works(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("最新話の感想がSNSに多数投稿された。", "最新:さいしん|話:わ"),
    ("最新話を読んだ。", "最新:さいしん|話:わ"),
    ("最終話で主人公は故郷へ帰る。", "最終話:さいしゅうわ"),
    ("最新の話題を集めました。", "最新:さいしん|話題:わだい"),  # not glued
    ("昔話を聞かせてくれた。", "昔話:むかしばなし"),
])
def test_latest_episode(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("格闘ゲームでは下段攻撃をしゃがみガードで防ぐ。", "下段:げだん"),
    ("中段と下段の二択で相手を崩す。", "中段:ちゅうだん|下段:げだん"),
    ("剣道の下段の構え。", "下段:げだん"),
    ("冷蔵庫の下段に野菜を入れる。", "下段:かだん"),  # a shelf: the slip list's reading
    ("表の下段を見てください。", "下段:かだん"),
])
def test_low_attack(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("対空技で相手のジャンプを落とす。", "対:たい|空技:くうわざ"),
    ("必殺技のゲージが溜まった。", "必殺技:ひっさつわざ"),
])
def test_anti_air_move(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("下手から登場した悪役に客席がどよめいた。", "下手:しもて"),
    ("舞台の上手から主人公が登場する。", "上手:かみて"),
    ("主人公は舞台下手にはけていった。", "舞台:ぶたい|下手:しもて"),
    ("舞台で上手に演じた。", "上手:じょうず"),  # before に: skilfully
    ("下手に動くと危ない。", "下手:へた"),  # no stage
])
def test_stage_sides(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("千穐楽まで走り抜けた。", "千穐:せんしゅう|楽:らく"),
    ("千秋楽の公演が配信される。", "千秋楽:せんしゅうらく"),  # the lexicon's own
    ("音楽を楽しんだ。", "音楽:おんがく"),
])
def test_closing_day(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("全体的に完成度の高い一作だ。", "一:いっ|作:さく"),
    ("もう一作作る予定だ。", "一:いっ|作:さく"),
    ("シリーズ第一作の主人公が帰ってくる。", "第:だい|一:いち|作:さく"),  # said both ways: kept
    ("一作品ずつ紹介する。", "一:いち|作品:さくひん"),
    ("二作連続で受賞した。", "二:に|作:さく"),
])
def test_one_work(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("games"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
