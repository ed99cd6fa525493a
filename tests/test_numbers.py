"""Number + counter readings (reader/core/nlp/numbers.py) on real Sudachi tokens."""
from __future__ import annotations

from functools import lru_cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.kana import has_kanji
from reader.core.nlp.counters import COUNTERS
from reader.core.nlp.numbers import number_groups, number_rubies, parse_number
from reader.core.nlp.tokens import Ruby, Token, is_kana, is_kanji, to_hiragana
from tests.rubies import readings


@lru_cache(maxsize=1)
def _tokenizer():
    from sudachipy import Dictionary, SplitMode

    return Dictionary(dict="core").tokenizer(SplitMode.C)


def tokens(text: str) -> list[Token]:
    """Sudachi's tokens as the project's Token objects (the tokenizer module is written elsewhere)."""
    return [Token(m.surface(), m.begin(), m.end(), m.dictionary_form(), to_hiragana(m.reading_form()),
                  tuple(m.part_of_speech())) for m in _tokenizer().tokenize(text)]


def run(text: str) -> tuple[list[Ruby], set[int]]:
    return number_rubies(text, tokens(text))


def pairs(text: str) -> list[tuple[str, str]]:
    """(text under the ruby, reading) for each ruby, in order."""
    return [(text[r.start:r.end], r.reading) for r in run(text)[0]]


def check(cases: list[tuple[str, list[tuple[str, str]]]]) -> None:
    got = [(text, pairs(text), want) for text, want in cases]
    bad = [(text, g, want) for text, g, want in got if g != want]
    assert not bad, "\n".join(f"{t}: got {g}, want {w}" for t, g, w in bad)


# ------------------------------------------------------------------------- the reference sentences
def test_reference_set():
    text = "今月1日と2日、20日"
    rubies, handled = run(text)
    assert rubies == [Ruby(2, 4, "ついたち"), Ruby(5, 7, "ふつか"), Ruby(8, 11, "はつか")]
    ts = tokens(text)
    assert {ts[i].surface for i in handled} == {"1", "2", "20", "日"}
    assert all(ts[i].surface in ("今月", "と", "、") for i in range(len(ts)) if i not in handled)
    check([
        ("3人", [("人", "にん")]), ("4日間", [("4日間", "よっかかん")]), ("8日", [("8日", "ようか")]),
        ("14日", [("14日", "じゅうよっか")]), ("2度目", [("度目", "どめ")]), ("1月", [("月", "がつ")]),
        ("10日", [("10日", "とおか")]), ("2022年", [("年", "ねん")]), ("29日", [("日", "にち")]),
        ("2024年", [("年", "ねん")]),  # よねん, but a reading that long would overhang four digits
        ("30日", [("日", "にち")]), ("14年", [("14年", "じゅうよねん")]),
        ("2022年1月10日", [("年", "ねん"), ("月", "がつ"), ("10日", "とおか")]),
    ])


# ------------------------------------------------------------------------- 日 as day of month
def test_days_of_month():
    # the native days are said unlike their digits: one ruby over digits and 日 (NHK style)
    native = {2: "ふつか", 3: "みっか", 4: "よっか", 5: "いつか", 6: "むいか", 7: "なのか", 8: "ようか",
              9: "ここのか", 10: "とおか", 14: "じゅうよっか", 20: "はつか", 24: "にじゅうよっか"}
    for day in range(2, 32):
        want = [(f"{day}日", native[day])] if day in native else [("日", "にち")]
        assert pairs(f"{day}日") == want, day
    assert run("1日")[0] == [Ruby(0, 2, "ついたち")]
    assert run("😀7日に")[0] == [Ruby(1, 3, "なのか")]


def test_first_of_month_or_one_day():
    check([
        ("4月1日午前", [("4月", "しがつ"), ("1日", "ついたち")]),
        ("1日付の", [("1日", "ついたち")]),
        ("1日あたり", [("日", "にち")]),
        ("1日3回", [("日", "にち"), ("回", "かい")]),
        ("約1日", [("日", "にち")]),
        ("1日中", [("日", "にち")]),
        ("一日も早く", [("一日", "いちにち")]),
        ("一月一日", [("一月", "いちがつ"), ("一日", "ついたち")]),
    ])


def test_day_durations_and_ordinals():
    check([
        ("4日間", [("4日間", "よっかかん")]), ("2日間", [("2日間", "ふつかかん")]),
        ("20日間", [("20日間", "はつかかん")]),
        ("14日間", [("14日間", "じゅうよっかかん")]), ("11日間", [("日間", "にちかん")]),
        ("1日間", [("日間", "にちかん")]),
        ("3日目", [("3日目", "みっかめ")]), ("1日目", [("日目", "にちめ")]),
        ("5泊6日", [("泊", "はく"), ("6日", "むいか")]),
    ])


# ------------------------------------------------------------------------- 人 and 歳
def test_people():
    check([
        ("1人", [("1人", "ひとり")]), ("2人", [("2人", "ふたり")]), ("２人", [("２人", "ふたり")]),
        ("１人", [("１人", "ひとり")]), ("3人", [("人", "にん")]), ("4人", [("4人", "よにん")]),
        ("7人", [("人", "にん")]), ("11人", [("人", "にん")]), ("21人", [("人", "にん")]),
        ("1人目", [("1人目", "ひとりめ")]), ("2人目", [("2人目", "ふたりめ")]), ("5人目", [("人目", "にんめ")]),
        ("一人", [("一人", "ひとり")]), ("二人", [("二人", "ふたり")]), ("三人", [("三人", "さんにん")]),
        ("四人", [("四人", "よにん")]), ("七人", [("七人", "しちにん")]), ("十人", [("十人", "じゅうにん")]),
    ])


def test_ages():
    check([
        ("20歳", [("20歳", "はたち")]), ("二十歳", [("二十歳", "はたち")]), ("8歳", [("歳", "さい")]),
        ("1歳", [("歳", "さい")]), ("100歳", [("歳", "さい")]), ("18歳", [("歳", "さい")]),
    ])


# ------------------------------------------------------------------------- sound changes
def test_h_counters_turn_to_p_and_b():
    check([
        ("1本", [("本", "ぽん")]), ("2本", [("本", "ほん")]), ("3本", [("本", "ぼん")]), ("6本", [("本", "ぽん")]),
        ("8本", [("本", "ぽん")]), ("10本", [("本", "ぽん")]), ("100本", [("本", "ぽん")]),
        ("1000本", [("本", "ぼん")]), ("1.5本", [("本", "ほん")]),
        ("1分", [("分", "ぷん")]), ("3分", [("分", "ぷん")]), ("4分", [("分", "ぷん")]), ("6分", [("分", "ぷん")]),
        ("７分", [("分", "ふん")]), ("10分", [("分", "ぷん")]), ("30分間", [("分間", "ぷんかん")]),
        ("3杯", [("杯", "ばい")]), ("6杯", [("杯", "ぱい")]), ("3匹", [("匹", "びき")]), ("10匹", [("匹", "ぴき")]),
        ("1泊", [("泊", "ぱく")]), ("2泊", [("泊", "はく")]), ("3発", [("発", "ぱつ")]), ("3敗", [("敗", "ぱい")]),
        ("300票", [("票", "ぴょう")]), ("2票", [("票", "ひょう")]), ("三百本", [("三百本", "さんびゃっぽん")]),
        ("第5版", [("版", "はん")]), ("第1版", [("版", "ぱん")]), ("3版", [("版", "ぱん")]),  # editions
    ])


def test_k_s_t_counters():
    check([
        ("1回", [("回", "かい")]), ("8回", [("回", "かい")]), ("1回目", [("回目", "かいめ")]),
        ("1回戦", [("回戦", "かいせん")]), ("3階", [("階", "がい")]), ("1階", [("階", "かい")]),
        ("10階建て", [("階", "かい")]), ("3軒", [("軒", "げん")]), ("6個", [("個", "こ")]),
        ("1冊", [("冊", "さつ")]), ("1点", [("点", "てん")]), ("1丁目", [("丁目", "ちょうめ")]),
        ("3足", [("足", "ぞく")]), ("三階", [("三階", "さんがい")]), ("一杯目", [("一杯目", "いっぱいめ")]),
        ("十分後", [("十分", "じゅっぷん")]), ("六個", [("六個", "ろっこ")]),
    ])


# ------------------------------------------------------------------------- time, months, か月
def test_hours_years_weeks():
    check([
        ("4時", [("4時", "よじ")]), ("9時", [("9時", "くじ")]), ("午後4時", [("4時", "よじ")]),
        ("10時半", [("時半", "じはん")]),
        ("4時30分", [("4時", "よじ"), ("分", "ぷん")]), ("4時間", [("4時間", "よじかん")]),
        ("1時間半", [("時間半", "じかんはん")]), ("1週間", [("週間", "しゅうかん")]),
        ("4年", [("4年", "よねん")]), ("3年間", [("年間", "ねんかん")]), ("2020年度", [("年度", "ねんど")]),
        ("1990年代", [("年代", "ねんだい")]), ("4年生", [("4年生", "よねんせい")]), ("3年目", [("年目", "ねんめ")]),
        ("九時", [("九時", "くじ")]), ("四時間", [("四時間", "よじかん")]), ("四年", [("四年", "よねん")]),
    ])


def test_months():
    check([
        ("1月", [("月", "がつ")]), ("4月", [("4月", "しがつ")]), ("7月", [("7月", "しちがつ")]),
        ("9月", [("9月", "くがつ")]),
        ("12月", [("月", "がつ")]), ("3月期", [("月期", "がっき")]),
        ("四月", [("四月", "しがつ")]), ("七月", [("七月", "しちがつ")]), ("九月", [("九月", "くがつ")]),
    ])


def test_ka_getsu_and_friends():
    check([
        ("2か月", [("月", "げつ")]), ("3カ月", [("月", "げつ")]), ("1ヶ月", [("ヶ月", "かげつ")]),
        ("3ヵ月", [("ヵ月", "かげつ")]), ("3ケ月", [("ケ月", "かげつ")]), ("6カ月", [("月", "げつ")]),
        ("3か月半", [("月半", "げつはん")]), ("3か所", [("所", "しょ")]), ("3箇所", [("箇所", "かしょ")]),
        ("10カ国", [("国", "こく")]), ("3ヶ国", [("ヶ国", "かこく")]),
        ("三か月", [("三", "さん"), ("月", "げつ")]),
    ])


# ------------------------------------------------------------------------- how numbers are written
def test_a_number_mixing_digits_and_kanji_is_one_ruby():
    """4億 is one numeral: one ruby over digits and kanji, so the sound the digits take (よん-おく,
    いっ-ちょう, はっ-ちょう) shows; the counter after it keeps its own ruby."""
    check([
        ("100万円", [("100万", "ひゃくまん"), ("円", "えん")]),
        ("1万2000人", [("1万2000", "いちまんにせん"), ("人", "にん")]),
        ("1億2000万人", [("1億2000万", "いちおくにせんまん"), ("人", "にん")]),
        ("最高４億円", [("４億", "よんおく"), ("円", "えん")]),
        ("3.5万人", [("3.5万", "さんてんごまん"), ("人", "にん")]), ("3千人", [("3千", "さんぜん"), ("人", "にん")]),
        ("3百本", [("3百", "さんびゃっ"), ("本", "ぽん")]), ("1兆円", [("1兆", "いっちょう"), ("円", "えん")]),
        ("8兆円", [("8兆", "はっちょう"), ("円", "えん")]),
        ("１，０００万円", [("１，０００万", "せんまん"), ("円", "えん")]),
        ("６万５５３６色", [("６万５５３６", "ろくまんごせんごひゃくさんじゅうろく")]),  # full-width: it fits
        ("人口は100万。", [("100万", "ひゃくまん")]), ("5万分の1の地図", [("5万", "ごまん"), ("分", "ぶん")]),
        ("3～4万人", [("4万", "よんまん"), ("人", "にん")]),
        ("一万円", [("一万円", "いちまんえん")]), ("一千万円", [("一千万円", "いっせんまんえん")]),
        ("2日と20日", [("2日", "ふつか"), ("20日", "はつか")]),  # said unlike the digits: one ruby each
    ])


def test_a_reading_too_wide_for_its_number_falls_back_to_the_kanji():
    """ろくまんごせんごひゃくさんじゅうろく over 6万5536 (half-width digits) would push the line apart:
    one ruby per run of kanji, as NHK prints it."""
    check([
        ("6万5536色", [("万", "まん")]),
        ("資本金は1億2345万6789円", [("億", "おく"), ("万", "まん"), ("円", "えん")]),
        ("4億2,463万円", [("億", "おく"), ("万", "まん"), ("円", "えん")]),
    ])
    n = parse_number("1万2000")
    assert n is not None and n.exact == 12000


def test_full_width_and_commas():
    check([
        ("２人", [("２人", "ふたり")]), ("６分", [("分", "ぷん")]), ("１０分", [("分", "ぷん")]),
        ("1,000人", [("人", "にん")]), ("１，０００人", [("人", "にん")]), ("12,345人", [("人", "にん")]),
        ("２０２２年", [("年", "ねん")]), ("1.5倍", [("倍", "ばい")]), ("３日", [("３日", "みっか")]),
    ])
    assert parse_number("1,000").exact == 1000
    assert parse_number("１，０００").exact == 1000
    assert parse_number("1.5").exact is None
    assert parse_number("1,00") is None


def test_kanji_numerals_get_one_ruby():
    assert run("三日")[0] == [Ruby(0, 2, "みっか")]
    check([
        ("二十日", [("二十日", "はつか")]), ("十四日", [("十四日", "じゅうよっか")]),
        ("二十四日", [("二十四日", "にじゅうよっか")]), ("三十日", [("三十日", "さんじゅうにち")]),
        ("四日", [("四日", "よっか")]), ("七日", [("七日", "なのか")]), ("十日間", [("十日間", "とおかかん")]),
        ("二日酔い", [("二日", "ふつか")]), ("二千二十二年", [("二千二十二年", "にせんにじゅうにねん")]),
        ("二〇二二年", [("二〇二二年", "にせんにじゅうにねん")]), ("一回", [("一回", "いっかい")]),
    ])
    for text, value in (("二十四", 24), ("三百", 300), ("二〇二二", 2022), ("一万二千", 12000), ("十", 10)):
        assert parse_number(text).exact == value
    for text in ("万", "万一", "十十", "百千", "1万1万", "億万"):
        assert parse_number(text) is None, text


def test_ranges_read_each_number_alone():
    for text in ("29～30日", "29-30日"):
        rubies, handled = run(text)
        assert rubies == [Ruby(5, 6, "にち")]
        assert [tokens(text)[i].surface for i in sorted(handled)] == ["30", "日"]
    check([("3、4日", [("4日", "よっか")]), ("2、3日", [("3日", "みっか")]),
           ("29日～30日", [("日", "にち"), ("日", "にち")])])


# ------------------------------------------------------------------------- other news counters
def test_news_counters():
    check([
        ("20議席", [("議席", "ぎせき")]), ("2隻", [("隻", "せき")]), ("3機", [("機", "き")]), ("5便", [("便", "びん")]),
        ("3勝2敗", [("勝", "しょう"), ("敗", "はい")]), ("2戦", [("戦", "せん")]), ("3試合", [("試合", "しあい")]),
        ("1号", [("号", "ごう")]), ("1号機", [("号機", "ごうき")]), ("5校", [("校", "こう")]),
        ("20周年", [("周年", "しゅうねん")]), ("2倍", [("倍", "ばい")]), ("2位", [("位", "い")]),
        ("3割", [("割", "わり")]), ("3番地", [("番地", "ばんち")]), ("3番目", [("番目", "ばんめ")]),
        ("100円", [("円", "えん")]), ("8%", []), ("5キロ", []), ("21世紀", [("世紀", "せいき")]),
        ("第3四半期", [("四半期", "しはんき")]), ("5連敗", [("連敗", "れんぱい")]), ("30代", [("代", "だい")]),
    ])


def test_fractions_and_batting_averages():
    check([
        ("3分の1", [("分", "ぶん")]), ("10分の1", [("分", "ぶん")]), ("三分の一", [("三分", "さんぶん")]),
        ("3割5分", [("割", "わり"), ("分", "ぶ")]), ("一分一秒", [("一分", "いっぷん"), ("一秒", "いちびょう")]),
    ])


def test_tenths_of_a_degree():
    check([
        ("体温は38度5分だった", [("度", "ど"), ("分", "ぶ")]),
        ("最高気温は３５度２分", [("度", "ど"), ("分", "ぶ")]),
        ("三十七度五分の熱", [("三十七度", "さんじゅうななど"), ("五分", "ごぶ")]),
        # latitude and longitude: minutes of arc
        ("北緯35度40分", [("度", "ど"), ("分", "ぷん")]),
        ("東経139度45分の地点", [("度", "ど"), ("分", "ふん")]),
    ])


def test_draws_in_a_win_loss_record():
    check([
        ("8勝5敗2分", [("勝", "しょう"), ("敗", "はい"), ("分", "わけ")]),
        ("1勝1分", [("勝", "しょう"), ("分", "わけ")]),
        ("残り1分", [("分", "ぷん")]), ("5敗後の1分", [("敗", "はい"), ("分", "ぷん")]),
    ])


def test_native_counter_kuchi():
    # shares and subscriptions: 1 and 2 in native numerals, the digits' part unshown
    check([
        ("1口", [("1口", "ひとくち")]), ("2口", [("2口", "ふたくち")]), ("3口", [("口", "くち")]),
        ("一口", [("一口", "ひとくち")]), ("二口目", [("二口目", "ふたくちめ")]), ("3口座", []),
    ])
    assert [g.reading for g in number_groups("寄付は1口千円", tokens("寄付は1口千円"))][:1] == ["ひとくち"]


def test_native_counters_and_birds_and_waves():
    check([
        ("一箱", [("一箱", "ひとはこ")]), ("二晩", [("二晩", "ふたばん")]), ("一袋", [("一袋", "ひとふくろ")]),
        ("1株", [("1株", "ひとかぶ")]), ("3皿", [("皿", "さら")]), ("10粒", [("粒", "つぶ")]),
        ("3羽", [("羽", "ば")]), ("6羽", [("羽", "わ")]), ("二羽", [("二羽", "にわ")]),
        ("第3波", [("波", "ぱ")]), ("第2波", [("波", "は")]), ("1夜", [("夜", "や")]),
    ])
    assert [g.reading for g in number_groups("1株当たり", tokens("1株当たり"))] == ["ひとかぶ"]


def test_recipe_counters():
    # pieces, cloves, bunches, scoops and cans: native counters count 1 and 2 with ひと, ふた
    check([
        ("鮭を一切れ焼く", [("一切", "ひとき")]), ("パン2切れ", [("2切", "ふたき")]),
        ("生姜一かけ", [("一", "ひと")]), ("にんにく二かけ", [("二", "ふた")]),
        ("ぶどう1房", [("1房", "ひとふさ")]), ("砂糖をひと匙、水を一すくい", [("一", "ひと")]),
        ("トマト缶一缶", [("一缶", "いっかん")]), ("ビール6缶", [("缶", "かん")]),
        ("食パン1斤", [("斤", "きん")]),
    ])
    assert [g.reading for g in number_groups("パン2切れ", tokens("パン2切れ"))] == ["ふたきれ"]


def test_a_number_cut_inside_its_tens_is_read_whole():
    # Sudachi reads 二十分 as 二 + 十分 (じゅうぶん, "enough") and 二十人 as 二 + 十人 (a place name)
    check([
        ("蒸し器で二十分蒸す", [("二十分", "にじゅっぷん")]),
        ("一時間二十分かかる", [("一時間", "いちじかん"), ("二十分", "にじゅっぷん")]),
        ("二十人が集まった", [("二十人", "にじゅうにん")]),
    ])
    for text in ("十分に注意する", "二、十分な量"):  # "enough" stays with the caller
        assert all(text[r.start:r.end] != "十分" for r in run(text)[0]), text


# ------------------------------------------------------------------------- left to the caller
def test_not_number_counters():
    for text in ("5", "約300", "2022", "G7サミット", "3Dプリンター", "第2次", "十分な対策", "四日市", "万人",
                 "一方", "数日", "三つ", "百本", "三本"):
        rubies, handled = run(text)
        assert rubies == [] and handled == set(), text
    # Words Sudachi keeps whole with a reading of its own (百本, 三本 as surnames) stay with the caller.
    # 一人前 is read by the 人前 counter, the same as Sudachi.
    assert [(r.start, r.end, r.reading) for r in run("一人前")[0]] == [(0, 3, "いちにんまえ")]


@pytest.mark.parametrize("text,idiom,reading", [
    ("細い三日月が浮かぶ", "三日月", "みかづき"),  # Sudachi splits it: 三 みっ|日 か|月 つき
    ("一期一会の出会い", "一期一会", "いちごいちえ"),
    ("一世一代の大勝負", "一世一代", "いっせいちだい"),
    ("一日千秋の思いで待つ", "一日千秋", "いちじつせんしゅう"),
])
def test_set_phrases_that_look_like_counts_are_read_whole(text, idiom, reading):
    start = text.index(idiom)
    assert (start, start + len(idiom), reading) in [(r.start, r.end, r.reading) for r in run(text)[0]]


def test_odd_input_never_raises():
    assert number_rubies("", []) == ([], set())
    assert number_rubies("3人", []) == ([], set())
    text = "𠮷野家で😀😀7日"
    assert run(text)[0] == [Ruby(len(text) - 2, len(text), "なのか")]
    assert pairs("合計は7") == []
    assert pairs("7日") == [("7日", "なのか")]
    long = "9" * 5000
    assert parse_number(long) is None and parse_number("1" * 17) is None
    assert number_rubies(long + "人", [Token(long, 0, 5000, long, "", ("名詞", "数詞")),
                                       Token("人", 5000, 5001, "人", "にん", ("接尾辞",))]) == ([], set())
    # tokens that do not match the text are skipped, not trusted
    ts = tokens("7日")
    assert number_rubies("x日", ts) == ([], set())
    assert number_rubies("7", ts) == ([], set())


# ------------------------------------------------------------------------- properties
_DIGITS = "0123456789０１２３４５６７８９"
_AROUND = ["", "😀", "𠮷", "約", "第", "今月", "、", "は", "計", "～", "1", "の"]
_AFTER = ["", "😀", "に", "の", "目", "間", "半", "3", "分の1", "午後", "、", "あたり"]


def _invariants(text: str, toks: list[Token], rubies: list[Ruby], handled: set[int]) -> None:
    assert all(0 <= i < len(toks) for i in handled)
    spans = [(toks[i].start, toks[i].end) for i in handled]
    last = -1
    for r in rubies:
        assert 0 <= r.start < r.end <= len(text), r
        assert r.start >= last, "rubies overlap or are out of order"
        last = r.end
        under = text[r.start:r.end]
        assert any(is_kanji(ch) for ch in under), f"ruby over no kanji: {under!r}"
        assert r.reading and all("ぁ" <= ch <= "ゖ" for ch in r.reading), r
        assert all(any(s <= pos < e for s, e in spans) for pos in range(r.start, r.end)), "ruby off handled tokens"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_AROUND), st.text(_DIGITS, min_size=1, max_size=14),
       st.sampled_from(sorted(COUNTERS)), st.sampled_from(_AFTER))
def test_property_digits_and_counters(before, digits, counter, after):
    text = before + digits + counter + after
    toks = tokens(text)
    rubies, handled = number_rubies(text, toks)
    _invariants(text, toks, rubies, handled)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list(_DIGITS + "一二三四五六七八九十百千万億兆〇,.，．人日月年本分時間目か"
                                              "カヶ国所歳割のに、～-😀𠮷 \n")), max_size=30))
def test_property_any_text(text):
    toks = tokens(text)
    rubies, handled = number_rubies(text, toks)
    _invariants(text, toks, rubies, handled)


@pytest.mark.parametrize("counter", sorted(COUNTERS))
def test_every_counter_is_found(counter):
    """Each key in the table, after 5 and after 12, is read (Sudachi may split it in several tokens).
    A katakana unit carries no ruby: after a kanji numeral the numeral's ruby is what shows it was read."""
    if not has_kanji(counter):
        for n in ("五", "十二"):
            text = f"その{n}{counter}は"
            rubies, handled = run(text)
            assert [text[r.start:r.end] for r in rubies] == [n], (text, rubies)
        return
    for n in ("5", "12"):
        text = f"その{n}{counter}は"
        rubies, _ = run(text)
        last_kanji = next(ch for ch in reversed(counter) if not is_kana(ch))  # 切れ: the ruby ends at 切
        assert rubies and text[rubies[-1].start:rubies[-1].end].endswith(last_kanji), (text, rubies)


def test_a_number_sudachi_takes_for_a_name_is_read_as_the_number():
    # Sudachi reads 三百 here as the given name みつお; a written-out number with a place value is a number.
    rubies, handled = run("一年で三百以上の記事を読む。")
    assert [(r.start, r.end, r.reading) for r in rubies] == [(0, 2, "いちねん"), (3, 5, "さんびゃく")]


@pytest.mark.parametrize("text,expected", [
    ("二三日休みます。", "二三日:にさんにち"),  # a guess at a count, digit by digit
    ("三四日で届きます。", "三四日:さんよっか"),  # as 3、4日 is said
    ("四五人集まった。", "四五人:しごにん"),
    ("一二人でも来てほしい。", "一二人:いちににん"),  # no ふたり
    ("五六本の鉛筆。", "五六本:ごろっぽん"),
    ("六七本の木。", "六七本:ろくしちほん"),
    ("二三回試した。", "二三回:にさんかい"),
    ("一月二三日に発表した。", "二三日:にじゅうさんにち"),  # a date after a month: positional
    ("平成二三年に完成した。", "二三年:にじゅうさんねん"),  # after an era
    ("二四日に発表した。", "二四日:にじゅうよっか"),  # not one digit after the other
    ("倍率は〇・七八倍だ。", "七八倍:ななはちばい"),  # after a decimal point
])
def test_two_digits_in_a_row_guess_at_a_count(text, expected):
    assert expected in readings(text)
