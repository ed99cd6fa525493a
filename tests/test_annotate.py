"""Tokens and furigana for whole paragraphs: offsets, hard input, context rules, overrides, cache."""
from __future__ import annotations

import pytest

from reader.core.nlp import tokenizer
from reader.core.nlp.annotate import annotate
from reader.core.nlp.cache import annotate_paragraphs
from reader.core.nlp.tokenizer import first_token, tokenize
from reader.core.store import Library
from tests.rubies import by_word as rubies


def check_invariants(text: str):
    a = annotate(text)
    assert a.text == text
    assert "".join(t.surface for t in a.tokens) == text  # tokens tile the text
    for t in a.tokens:
        assert text[t.start:t.end] == t.surface
    last = 0
    for r in a.ruby:
        assert 0 <= r.start < r.end <= len(text) and r.start >= last and r.reading
        last = r.end
    return a


def test_tokens_carry_offsets_lemma_reading_pos():
    tokens = tokenize("バイデン氏は話し合った")
    verb = next(t for t in tokens if t.surface == "話し合っ")
    assert (verb.start, verb.end, verb.lemma, verb.reading) == (6, 10, "話し合う", "はなしあっ")
    assert verb.pos[0] == "動詞"
    assert tokens[0].proper and tokens[0].to_json()["pos"].startswith("名詞-固有名詞")


@pytest.mark.parametrize("text", [
    "", " ", "ゼレンスキー大統領は", "　東京", "😀東京都に行った", "。", "記号", "ｶﾀｶﾅ", "話し合った" * 3000,
])
def test_first_token_is_the_first_of_tokenize(text):
    tokens = tokenize(text)
    assert first_token(text) == (tokens[0] if tokens else None)


@pytest.mark.parametrize("text", [
    "", " ", "😀東京都に行った🇯🇵。", "ｶﾀｶﾅと漢字", "制御\x00文字\x07と\t改行\nの混在", "ＡＢＣ株式会社とabc",
    "𠮷野家で食べた", "\u200b東京\ufeff",
])
def test_hard_input_never_changes_text_and_offsets_stay_inside(text):
    check_invariants(text)


def test_astral_characters_count_as_one_code_point():
    a = check_invariants("😀東京")
    assert [(r.start, r.end) for r in a.ruby] == [(1, 3)]


def test_very_long_paragraph_is_split_safely(monkeypatch):
    sentence = "米国の大統領は記者会見で新しい政策を発表した。"
    text = sentence * 3000  # ~69,000 characters, over 200 KB of UTF-8: far past Sudachi's limit
    a = check_invariants(text)
    assert len([r for r in a.ruby if text[r.start:r.end] == "大統領"]) == 3000


def test_long_paragraph_without_sentence_ends_is_split_too(monkeypatch):
    monkeypatch.setattr(tokenizer, "MAX_CHUNK_BYTES", 100)
    check_invariants("東京" * 200 + "😀" * 10 + "大阪" * 50)


@pytest.mark.parametrize("text,word,reading", [
    ("日本の首相が訪米した", "日本", "にほん"),
    ("私は学生です", "私", "わたし"),
    ("何をしているのか", "何", "なに"),
    ("何もない", "何", "なに"),
    ("何の話", "何", "なん"),
    ("何か、最近よく眠れない。", "何", "なん"),  # the filler なんか opening a statement
    ("はい。何か、変な音がしますね。", "何", "なん"),
    ("何か、ご質問は？", "何", "なに"),  # a question: "anything"
    ("何か、お困りですか。", "何", "なに"),
    ("何かが変だ。", "何", "なに"),
    ("でも何か、違う気がする。", "何", "なに"),  # inside a sentence: left as なに
    ("英首相が訪米、仏独首脳と会談", "英", "えい"),
    ("日米英豪の外相", "豪", "ごう"),
    ("中ロをけん制", "中", "ちゅう"),
    ("予想通りの結果", "通", "どお"),
    ("ゲーム会社の製品", "会社", "がいしゃ"),
    ("プレスコット家は旅をした", "家", "け"),
    # 人 after a country, a place or a people: じん
    ("カナダ人の選手が出場した", "人", "じん"),
    ("ゲルマン人の移動", "人", "じん"),
    ("生粋の京都人だ", "人", "じん"),
    ("購入を考えている方はご連絡ください", "方", "かた"),
    # rendaku of a second element glued to a noun; after a name for rivers and peaks
    ("彼は運動好きな子だ", "好", "ず"),
    ("週末はパン作りを楽しむ", "作", "づく"),
    ("日焼け止めを塗る", "止", "ど"),
    ("オレンジ畑が広がる", "畑", "ばたけ"),
    ("ゴム靴を履いた", "靴", "ぐつ"),
    ("セーヌ川のほとり", "川", "がわ"),
    ("課題を位置付ける", "付", "づ"),
    ("日本代表が練習試合に臨む", "試合", "じあい"),
    ("記者が殺気立った", "立", "だ"),
    ("本番が間近に迫る", "間近", "まぢか"),
    ("保証付の商品", "付", "つき"),
    ("３人掛けのソファ", "掛", "が"),
    # other words in context
    ("他の選手は休んだ", "他", "た"),
    ("田中さん他３人が出席した", "他", "ほか"),  # "and others", closing a name or a list
    ("「春の唄」他でデビューした", "他", "ほか"),
    ("リンゴ他、果物を買った", "他", "ほか"),
    ("後に首相となる人物", "後", "のち"),
    ("その後、雨が降った", "後", "ご"),
    ("あっという間に売り切れた", "間", "ま"),
    ("一塗りで十分", "一", "ひと"),
    ("前シーズンの王者", "前", "ぜん"),
    ("塩は少し使った方がおいしい", "方", "ほう"),
    ("そのため家は貧しかった", "家", "いえ"),
    ("その後の調べで分かった", "後", "ご"),
    ("お祖母さんに電話した", "祖母", "ばあ"),
    ("お祖父ちゃんの畑", "祖父", "じい"),
    ("会員数人が集まった", "数人", "すうにん"),
    ("夜空に星が瞬いている", "瞬", "またた"),
    ("チケットは瞬く間に売り切れた", "瞬", "またた"),
    ("参加者は主として学生だ", "主", "しゅ"),
    ("毎週の土曜市で野菜を買う", "市", "いち"),
    ("工場の休業日：水曜日", "日", "び"),  # Sudachi splits 休業|日 and reads ひ
    ("条約の発効日を決めた", "日", "び"),
    ("投開票日まで一週間", "日", "び"),
    ("誕生月には割引がある", "月", "づき"),
    ("対象者の誕生月に届く", "月", "づき"),
    ("会員の方のみご利用になれます", "方", "かた"),
    ("利用者の方はこちらへ", "方", "かた"),  # a noun for people before の方
    ("ご近所の方にいただいた", "方", "かた"),
    ("お店の方が言うには混むそうだ", "方", "かた"),
    ("東の方に進む", "方", "ほう"),  # a direction or a place before の方
    ("駅の方へ歩いた", "方", "ほう"),
    ("お店の方が安い", "方", "ほう"),  # a comparison
    ("富士山に登った", "富士山", "ふじさん"),
    ("米軍の歩兵部隊", "歩兵", "ほへい"),
    ("地域の産品を売る", "産品", "さんぴん"),
    ("明後日は晴れる見込みだ", "明後日", "あさって"),
    ("掘り炬燵の座敷", "炬燵", "ごたつ"),  # a verb's stem glued before a second element voices it
    ("最下段の棚に置く", "下段", "かだん"),
    ("国中に噂が広まった", "中", "じゅう"),
    ("東京中の店を回った", "中", "じゅう"),
    ("一日中、部屋にいた", "中", "じゅう"),
    ("体中が痛い", "体", "からだ"),
    ("強い寒気が流れ込む", "寒気", "かんき"),
    ("熱があって寒気がする", "寒気", "さむけ"),
    # scores and banks counted after a number
    ("決勝は５対２で終わった", "対", "たい"),
    ("前半を１対１で折り返した", "対", "たい"),
    ("大手銀行５行がそろって利上げした", "行", "こう"),
    ("地銀２行の合併が承認された", "行", "こう"),
    # regions named after 日本, and words whose analyser reading is colloquial
    ("西日本豪雨の被災地を訪ねた", "西日本", "にしにほん"),
    ("北日本では吹雪に警戒が必要だ", "北日本", "きたにほん"),
    ("生徒らが腹痛や吐き気を訴えた", "腹痛", "ふくつう"),
    # vague numbers and katakana units change how a kanji numeral reads
    ("数百キロの荷物", "数百", "すうひゃっ"),
    ("何百回も練習した", "何百回", "なんびゃっかい"),
    ("九十キロに及ぶ", "九十", "きゅうじゅっ"),
    ("二人組の歌手", "二人組", "ふたりぐみ"),
])
def test_context_rules(text, word, reading):
    assert rubies(text)[word] == reading


@pytest.mark.parametrize("text,word,reading", [
    ("山田寿司の店", "寿司", "すし"),  # after a name: a shop, not a kind of sushi
    ("雨の前に帰る", "前", "まえ"),
    ("数日後に戻る", "数", "すう"),
    ("チーム１０人で戦う", "人", "にん"),  # a count, not a people
    ("マンションの管理人に聞く", "管理人", "かんりにん"),
    ("祖母と祖父に会う", "祖母", "そぼ"),
    ("著名な専門家が語る", "専門家", "せんもんか"),  # without お…さん: the formal word
    ("店の主として働く", "主", "ぬし"),  # the owner, not "mainly"
    ("市長が日曜に会見した", "市長", "しちょう"),
    ("瞬きをする", "瞬", "まばた"),
    ("4月1日に始まる", "4月", "しがつ"),  # after a number 月 is the month and 日 the date
    ("毎日来日する", "来日", "らいにち"),
    ("日米首脳が会談した", "日米", "にちべい"),
    ("前日比で上がった", "前日比", "ぜんじつひ"),
    ("記念日を祝う", "記念日", "きねんび"),
    ("成長を育む靴として", "靴", "くつ"),  # a verb's plain form before a noun is a clause, not a compound
    ("会議中に電話が鳴った", "中", "ちゅう"),
    ("工事中の道路", "工事中", "こうじちゅう"),
    ("米国中部で大雨", "中部", "ちゅうぶ"),
    ("一対の屏風が見つかった", "対", "つい"),  # no number after it: not a score but a pair (heritage.py)
    ("報告書の３行目を直した", "行", "ぎょう"),  # a line, not banks
    ("銀行の窓口で、詩を３行書いた", "行", "ぎょう"),  # the banks are in another clause
    ("西日本新聞が報じた", "西日本", "にしにっぽん"),  # the newspaper keeps its name
])
def test_context_rules_leave_other_uses_alone(text, word, reading):
    assert rubies(text).get(word) == reading


def test_long_vowel_marks_in_kanji_readings_are_spelled():
    assert all("ー" not in r for w, r in rubies("数百人が集まった").items())
    # ... but letters spelled out inside a word keep their ー (ＪＲ東海)
    assert "ー" in "".join(t.reading for t in tokenize("ＪＲ東海の新幹線") if "Ｒ" in t.surface)


def test_official_nippon_names_keep_their_reading():
    assert rubies("日本銀行が発表した")["日本銀行"].startswith("にっぽん")


@pytest.mark.parametrize("text,name,reading", [
    ("北朝鮮の金正恩総書記が視察した", "金正恩", "きむじょんうん"),
    ("韓国の文在寅前大統領が会見した", "文在寅", "むんじぇいん"),
    ("朴槿恵元大統領の裁判", "朴槿恵", "ぱくくね"),
    ("妹の金与正氏が談話を出した", "金与正", "きむよじょん"),
    ("中国の李克強前首相が死去した", "李克強", "りこくきょう"),
])
def test_korean_names_read_in_korean_and_chinese_in_on_readings(text, name, reading):
    a = annotate(text)
    start = text.index(name)
    got = "".join(r.reading for r in a.ruby if start <= r.start and r.end <= start + len(name))
    assert got == reading


def test_listed_names_only_on_token_boundaries():
    # 李明|博物館, 曺|国民: the name would end inside a word, so the words are read as they come
    assert rubies("李明博物館を訪れた")["博物館"] == "はくぶつかん"
    assert rubies("曺国民党代表")["国民"] == "こくみん"
    assert rubies("金の価格が上がった")["金"] == "きん"


def test_a_month_closing_a_compound_is_uncertain():
    a = annotate("誕生月には割引がある")
    assert [a.text[r.start:r.end] for r in a.ruby if r.uncertain] == ["月"]


def test_undecidable_readings_are_marked_uncertain():
    a = annotate("お店の方が言うには")
    uncertain = [a.text[r.start:r.end] for r in a.ruby if r.uncertain]
    assert uncertain == ["方"]
    assert a.to_json()["uncertain"] == [[3, 4]]


def test_comparison_reads_hou():
    a = annotate("早く行った方がいい")
    r = next(r for r in a.ruby if a.text[r.start:r.end] == "方")
    assert (r.reading, r.uncertain) == ("ほう", False)


def test_user_override_applies_everywhere(tmp_path):
    with Library.open(tmp_path / "lib.sqlite3") as lib:
        paragraphs = ["市場が開いた。", "魚の市場に行く。"]
        before = annotate_paragraphs(lib, paragraphs)
        assert {p.text[r.start:r.end]: r.reading for p in before for r in p.ruby}["市場"] == "しじょう"
        lib.set_reading_override("市場", "いちば")
        after = annotate_paragraphs(lib, paragraphs)
        readings = [r.reading for p in after for r in p.ruby if p.text[r.start:r.end] == "市場"]
        assert readings == ["いちば", "いちば"]


def test_cache_returns_the_same_annotation_without_recomputing(tmp_path, monkeypatch):
    with Library.open(tmp_path / "lib.sqlite3") as lib:
        first = annotate_paragraphs(lib, ["東京で会議が開かれた。"])
        import reader.core.nlp.cache as cache

        def fail(*args, **kwargs):
            raise AssertionError("annotated again although cached")

        monkeypatch.setattr(cache, "annotate", fail)
        second = annotate_paragraphs(lib, ["東京で会議が開かれた。"])
        assert second[0].to_json() == first[0].to_json()


def test_given_names_are_uncertain_and_letters_are_spelled_out():
    a = annotate("田中裕さんがJR東海に入った")
    marks = {a.text[r.start:r.end]: r.uncertain for r in a.ruby}
    assert marks["裕"] is True and marks["田中"] is False
    assert rubies("JR東海の新幹線")["東海"] == "とうかい"


def test_surnames_read_more_than_one_way_are_uncertain():
    for text, surname in (("大谷選手が本塁打を放った", "大谷"), ("羽生さんが演技した", "羽生")):
        a = annotate(text)
        assert [text[r.start:r.end] for r in a.ruby if r.uncertain] == [surname]
    a = annotate("田中さんが話した")  # one reading in the lexicon: nothing to doubt
    assert not [r for r in a.ruby if r.uncertain]


def test_iu_and_meaning_dependent_words():
    a = annotate("店の人が言うには、今日の市場は静かだ")
    got = {a.text[r.start:r.end]: (r.reading, r.uncertain) for r in a.ruby}
    assert got["言"] == ("い", False)
    assert got["今日"][1] is True and got["市場"][1] is True
    assert got["店"] == ("みせ", False)


@pytest.mark.parametrize("text", [
    "", "政府は７日、新たな対策を示した。", "😀東京都に行った🇯🇵。", "ｶﾀｶﾅと漢字",
    "制御\x00文字\x07と\t\"引用\"\\の混在", "ＡＢＣ株式会社とabc", "\u2028行\u2029区切り",
    "数百キロの荷物と2人組、記者の方",
])
def test_json_line_is_exactly_the_json_contract(text):
    import json

    a = annotate(text)
    assert a.to_json_line() == json.dumps(a.to_json(), ensure_ascii=False)


@pytest.mark.parametrize("overrides", [
    {("市場", ""): "いちば"}, {("市場", "市場"): "いちば"}, {("駅前の市場", ""): "えきまえのいちば"},
])
def test_corrected_readings_are_marked_and_in_the_json_line(overrides):
    import json

    text = "駅前の市場で野菜を買った。"
    a = annotate(text, overrides)
    corrected = [(r.start, r.end) for r in a.ruby if r.corrected]
    assert corrected and all(e <= text.index("で") for _s, e in corrected)  # 駅前の市場 only
    assert all(not r.corrected for r in annotate(text).ruby)
    assert a.to_json()["corrected"] == [list(span) for span in corrected]
    assert a.to_json_line() == json.dumps(a.to_json(), ensure_ascii=False)
