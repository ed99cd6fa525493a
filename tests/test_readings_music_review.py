"""Readings found wrong in our own sentences in the style of concert and programme notes, band
histories, instrument and gear reviews, and karaoke and concert diaries: note values (四分音符 しぶ,
八分音符 はちぶ), bars and keys counted (一小節 いっしょうせつ, 八十八鍵 はちじゅうはっけん), Beethoven's Ninth
(第九を歌う だいく), tuplets (三連符 ぷ), the front of a beat or a body (表拍, 表板 おもて), the last chorus
(大サビ おお), live singing (生歌 なまうた), the Okinawan 三線 (さんしん), an instrument's key (F管 かん), a
take (一発録り どり), chords (属七の和音 しち, 九の和音 く), ensembles (六重奏 ろくじゅう, 七重奏 しち), one
note (一音 いちおん), the day before the closing day (前楽 まえ), intervals (三度上の音 うえ), a stroke that
plays nothing (空ピック から), plucking (爪弾き つまびき), the stage's sides before 側 (上手側 かみて, 下手側
しもて) and the hand drum 小鼓 (こつづみ). Each rule is also checked where it must not fire.

The genre's sentences with the readings a careful editor checked are in fixtures/music_review.tsv
(sentence, tab, the rubies as tests.rubies.readings writes them); each is a regression case.
"""
from __future__ import annotations

import pytest

from tests.rubies import genre_cases, readings


@pytest.mark.parametrize("text,expected", [
    ("四分音符を一拍として数える。", "四分:しぶ|音符:おんぷ"),
    ("八分音符が二つで四分音符一つ分になる。", "八分:はちぶ|音符:おんぷ"),
    ("十六分音符の速いパッセージ。", "十六分:じゅうろくぶ"),
    ("二分音符を長く伸ばす。", "二分:にぶ"),
    ("三十二分休符が続く。", "三十二分:さんじゅうにぶ|休符:きゅうふ"),
    ("六十四分音符まで出てくる。", "六十四分:ろくじゅうしぶ"),
    ("4分音符で数える。", "4分:しぶ"),
    ("十六分の一の確率だ。", "十六分:じゅうろくぶん"),  # a fraction
    ("曲は八分の六拍子で進む。", "八分:はちぶん"),  # a time signature
    ("序曲はわずか八分ほどの作品だ。", "八分:はっぷん"),  # minutes
])
def test_note_values(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("一小節目が不完全だ。", "一小節目:いっしょうせつめ"),
    ("八小節と十小節のフレーズ。", "八小節:はっしょうせつ|十小節:じゅっしょうせつ"),
    ("冒頭の四小節を繰り返す。", "四小節:よんしょうせつ"),
    ("八十八鍵のフルサイズ鍵盤。", "八十八鍵:はちじゅうはっけん"),
    ("六十一鍵のキーボードを買った。", "六十一鍵:ろくじゅういっけん"),
    ("七十六鍵で迷っている。", "七十六鍵:ななじゅうろっけん"),
    ("61鍵と88鍵。", "鍵:けん|鍵:けん"),
    ("家の鍵をなくした。", "鍵:かぎ"),  # no number
])
def test_bars_and_keys_counted(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("年末に第九を歌う合唱団に入った。", "第:だい|九:く"),
    ("第九の演奏は年末の風物詩だ。", "第:だい|九:く"),
    ("第九コンサートに行った。", "第:だい|九:く"),
    ("第九交響曲を聴いた。", "第:だい|九:く"),
    ("交響曲第九番の第四楽章。", "九番:きゅうばん"),  # a numbered work
    ("第九条を守る。", "九条:きゅうじょう"),  # a counter
    ("第九回大会が開かれた。", "九回:きゅうかい"),
    ("第九の扉を開けた。", "第:だい|九:きゅう"),  # no music in the sentence
])
def test_beethovens_ninth(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("三連符を正確に刻む。", "三:さん|連:れん|符:ぷ"),
    ("五連符で弾く。", "符:ぷ"),
    ("ドラムは表拍でリズムを取る。", "表:おもて|拍:はく"),
    ("表板はスプルース、裏板はメイプルだ。", "表:おもて|板:いた|裏板:うらいた"),
    ("表計算ソフトを使う。", "表:ひょう"),  # not a beat or a board
    ("大サビで転調して盛り上がる。", "大:おお"),
    ("大好きなサビ。", "大好:だいす"),
    ("生歌で聴くと鳥肌が立った。", "生:なま|歌:うた"),
    ("生声で届けた。", "生:なま|声:ごえ"),
    ("生の声を届けた。", "声:こえ"),  # not glued
    ("三線は沖縄の弦楽器だ。", "三:さん|線:しん"),
    ("三線を弾いて民謡を歌う。", "三:さん|線:しん"),
    ("三線軌条の線路。", "三:さん|線:せん"),  # three rails
    ("三線の図を描いた。", "三:さん|線:せん"),
    ("F管のホルンが一般的だ。", "管:かん"),
    ("細い管を通す。", "管:くだ"),
    ("一発録りで収録されたライブ盤だ。", "一発:いっぱつ|録:ど"),
    ("別録りしたボーカルを重ねた。", "別:べつ|録:ど"),
    ("声を録り直す。", "録:と"),  # after a particle
    ("空ピックを入れてリズムを安定させる。", "空:から"),
    ("空ピッキングを練習する。", "空:から"),
    ("空に浮かぶ雲。", "空:そら"),
    ("爪弾きで柔らかく伴奏する。", "爪弾:つまび"),
    ("ギターの爪弾きに合わせて歌う。", "爪弾:つまび"),
    ("仲間から爪弾きにされた。", "爪弾:つまはじ"),  # shunned
    ("曲作りの輪から爪弾きにされた。", "爪弾:つまはじ"),  # shunned, though a song is about
])
def test_music_words(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("属七の和音が解決を求める。", "属:ぞく|七:しち|和音:わおん"),
    ("七の和音を弾いてみよう。", "七:しち|和音:わおん"),
    ("九の和音は響きが豊かだ。", "九:く|和音:わおん"),
    ("七の倍数を数える。", "七:なな"),  # no chord
    ("九の段を覚えた。", "九:きゅう"),
    ("弦楽六重奏曲を演奏した。", "六重:ろくじゅう|奏:そう"),
    ("七重奏曲を聴く。", "七:しち|重:じゅう|奏:そう"),
    ("八重奏曲を書いた。", "八:はち|重:じゅう|奏:そう"),
    ("七重の塔が建つ。", "七:なな|重:え"),  # no 奏
    ("一音上げて歌う。", "一音:いちおん"),
    ("一音一音を大切に弾く。", "一音:いちおん|一音:いちおん"),
    ("一音さんが来た。", "一音:いちね"),  # a given name before an honorific
    ("前楽も見に行った。", "前:まえ|楽:らく"),
    ("前楽章の主題が戻る。", "前:ぜん|楽章:がくしょう"),  # one word
    ("三度上の音を重ねてハモる。", "三度:さんど|上:うえ"),
    ("二度下の音を重ねる。", "二度:にど|下:した"),
    ("今年は四度目の挑戦だ。", "四度目:よんどめ"),
])
def test_harmony_and_ensembles(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", [
    ("上手側の席からはギタリストがよく見えた。", "上手:かみて|側:がわ"),
    ("下手側の最前列を引き当てた。", "下手:しもて|側:がわ"),
    ("上手に歌えなくても楽しめばいい。", "上手:じょうず"),
    ("下手から数えた方が早い。", "下手:へた"),
    ("小鼓と大鼓が掛け声とともに打たれる。", "小鼓:こつづみ|大鼓:おおつづみ"),
])
def test_stage_sides_and_drums(text, expected):
    assert expected in readings(text)


@pytest.mark.parametrize("text,expected", genre_cases("music"))
def test_genre_sentences(text, expected):
    assert readings(text) == expected
