"""Text copied from a browser -> clean article."""
from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.ingest import IngestError, from_bytes, from_text, load

PAGES = Path(__file__).parent / "fixtures" / "pages"
SEED = Path(__file__).parents[2] / "shared" / "samples" / "nikkei-us-russia-call.txt"


def test_pasted_page_gives_header_and_body_only():
    a = load(str(PAGES / "paste_bridge.txt"))
    assert a.title == "新しい橋が完成、通勤時間が半分に 来月から通行開始"
    assert a.subtitle == "川の両岸結ぶ30年越しの計画"
    assert a.byline == "佐藤一郎"
    assert a.original_type == "text"
    assert [p[:6] for p in a.paragraphs] == ["【架空市=佐", "橋の建設は3", "歩行者と自転", "新しい橋には"]
    decided = {d.text: d for d in a.decisions}
    assert decided["(0/300)"].label == "dropped" and decided["(0/300)"].reason == "counter"
    assert decided["注目"].reason == "repeated"
    assert decided["有料会員が初回1カ月無料"].label == "dropped"
    assert decided["ホーム"].label == "dropped"


def test_body_only_paste_takes_its_headline():
    text = ("港の祭りに三万人 花火も復活\n\n"
            "港で開かれた夏祭りに、三日間で約三万人が訪れた。四年ぶりに花火大会も行われた。\n"
            "実行委員会は来年も同じ規模で開催したいとしている。商店街もにぎわった。\n")
    a = from_text(text)
    assert a.title == "港の祭りに三万人 花火も復活"
    assert len(a.paragraphs) == 2


def test_a_short_headline_and_a_short_closing_sentence_are_kept():
    text = ("朝市を歩く\n\n"
            "駅前の朝市で野菜を買った。店の人にも話を聞いた。\n\n"
            "店主によると、今年は天候に恵まれ、野菜の値段も落ち着いているという。\n\n"
            "朝市は毎週開かれる。\n")
    a = from_text(text)
    assert a.title == "朝市を歩く"
    assert a.paragraphs[-1] == "朝市は毎週開かれる。"
    assert len(a.paragraphs) == 3


def test_a_menu_label_above_furniture_is_not_a_headline():
    text = ("ニュース一覧\n2024年6月5日 10:00\n\n"
            "駅前の朝市で野菜を買った。店の人にも話を聞いた。\n"
            "店主によると、今年は天候に恵まれ、野菜の値段も落ち着いているという。\n")
    assert from_text(text).title == "駅前の朝市で野菜を買った。"


def test_prose_without_headline_gets_a_title_from_its_first_sentence():
    a = from_text("港で開かれた夏祭りに、三日間で約三万人が訪れた。四年ぶりに花火大会も行われた。")
    assert a.title == "港で開かれた夏祭りに、三日間で約三万人が訪れた。"


@pytest.mark.parametrize("text", ["", "   \n\t  \n", "ホーム\nニュース\nログイン\n"])
def test_text_without_article_is_refused(text):
    with pytest.raises(IngestError):
        from_text(text)


def test_shift_jis_text_file(tmp_path):
    path = tmp_path / "paste.txt"
    path.write_bytes((PAGES / "paste_bridge.txt").read_text("utf-8").encode("cp932"))
    assert load(str(path)).byline == "佐藤一郎"


@pytest.mark.skipif(not SEED.exists(), reason="../shared is not present")
def test_seed_paste_is_exact():
    a = load(str(SEED))
    assert a.title == "米ロ首脳が30日に電話協議へ ウクライナ情勢めぐり"
    assert a.subtitle == "ロシアが要請 異例の月内2度目"
    assert a.byline == "坂口幸裕"
    assert len(a.paragraphs) == 10
    assert a.paragraphs[0].startswith("【ワシントン=坂口幸裕】")
    assert a.paragraphs[-1].endswith("集結していると伝えた。")


def test_binary_and_invalid_bytes_are_refused(tmp_path):
    with pytest.raises(IngestError, match="binary"):
        from_bytes(bytes(range(256)) * 20)
    with pytest.raises(IngestError, match="not valid text"):
        from_bytes(b"text \xff\xfe\xfd garbage \xc3\x28 \x80\x81\x82 more \xe9 text " * 10)


def test_date_and_byline_lines_and_reader_comments():
    a = load(str(PAGES / "paste_comments.txt"))
    assert a.title == "港の祭りに三万人 花火も4年ぶり復活"
    assert a.subtitle is None  # the date line right under the headline is not a subtitle
    assert a.published == "2026-08-16T19:30:00"
    assert a.byline == "社会部 記者 田中一郎"
    assert len(a.paragraphs) == 2  # the comments below are prose too, but not the article
    assert not any("来年は家族" in p for p in a.paragraphs)
    labels = {d.text: d.label for d in a.decisions}
    assert labels["2026年8月16日 19:30"] == "date" and labels["社会部 記者 田中一郎"] == "byline"
