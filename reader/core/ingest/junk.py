"""Lines that extractors leak from Japanese news pages: membership prompts, share buttons,
comment-form counters, copyright footers. Shared by the HTML and the pasted-text cleaners."""
from __future__ import annotations

import re
import unicodedata

# Phrases that only UI text uses. A line containing one is UI when it is short; real prose that
# merely mentions 会員 or ログイン is long and ends like a sentence.
_UI_PHRASES = re.compile(
    "|".join([
        r"会員登録", r"ログイン", r"ログアウト", r"有料会員", r"無料会員", r"会員限定", r"会員の方",
        r"続きを(?:お)?読", r"続きは", r"全文を読", r"記事を保存", r"保存した記事", r"図表を保存",
        r"フォローする", r"フォロー(?:中|済み)", r"シェア(?:する)?$", r"^ツイート$", r"ブックマーク(?:する|に追加)?$",
        r"関連記事", r"関連ニュース", r"関連トピック", r"おすすめ記事", r"あわせて読みたい", r"^人気記事",
        r"^(?:アクセス)?ランキング$", r"^新着(?:記事)?$", r"購読(?:する|者限定|料|のお申し込み)", r"お申し込み",
        r"無料体験", r"初回\d+カ?[か月ヶ]",
        r"読み放題", r"コメント(?:する|を書く|ガイドライン|一覧)", r"投稿(?:する|内容|チェック|者個人)",
        r"印刷する", r"メールで(?:送る|まとめ読み)", r"ニュースレター", r"^[\[［(（]?(?:広告|PR|AD)[\]］)）]?$",
        r"^PR[:：]",
        r"Copyright", r"All Rights Reserved", r"無断(?:転載|複製)", r"^©|^\(c\)|^（c）",
        r"この記事は", r"(?:Facebook|Twitter|LINE|X|はてな)で(?:シェア|共有|送る)", r"^(?:前へ|次へ|戻る|トップへ)",
        r"画像を(?:拡大|見る)", r"写真を(?:拡大|見る)", r"動画を(?:見る|再生)", r"^もっと(?:見る|読む)",
        r"^(?:\d+/\d+|\d+\s*ページ)$", r"^ページ(?:の)?(?:先頭|トップ)",
        # photo credits and captions that sit between paragraphs
        r"^[（(【]?(?:写真|画像|図表?|グラフ|動画|イラスト|出典|出所|提供)\s*[:：=＝]",
        r"^[【\[](?:関連|写真|動画|画像|図解|特集)[^】\]]{0,10}[】\]]", r"^https?://\S+$",
        # paywall counters: 残り512/1188文字, 全文：1188文字
        r"^残り[:：]?[\d,]+(?:/[\d,]+)?文字", r"全文[:：]?[\d,]+文字", r"^写真拡大$",
        # "click here" pointers: 詳しくはこちら, 情報提供はこちら「○○投稿」
        r"はこちら(?:[「『【][^」』】]{0,30}[」』】])?[>＞»›→]*$",
    ]),
    re.I,
)
# Headings of the boxes that follow an article: once one appears, the article has ended.
_SECTION_END = re.compile(
    r"^(?:\d+件の)?(?:コメント|みんなの(?:意見|コメント)|読者の(?:声|コメント)|関連記事|関連ニュース|関連トピック|"
    r"おすすめ(?:記事|ニュース)?|あわせて読みたい|こちらもおすすめ|人気記事|(?:アクセス)?ランキング|注目(?:記事|ニュース)|"
    r"最新(?:記事|ニュース)|新着(?:記事|ニュース)?|この記事を読んだ人は|この記事の筆者|Think!の投稿)(?:\s*\(?\d+\)?)?$",
    re.I,
)
# Reactions under comments and articles: そう思う 12, 返信 3.
_REACTION = re.compile(r"^(?:そう思う|そう思わない|参考になった|なるほど|わかりやすい|新しい視点|共感した|返信|通報)"
                       r"\s*[（(]?\d*[)）]?$")
# Input counters of comment forms and like buttons: (0/300), 0/1000, いいね! 12.
_COUNTER = re.compile(r"^[\(（]?\d+\s*/\s*\d+[\)）]?$|^(?:いいね|Like)[!！]?\s*\d*$", re.I)
# Lines made of nothing but symbols or a timestamp-like update mark: (更新), 【更新】.
_MARKER = re.compile(r"^[\(（【\[]?(?:更新|速報|写真|動画|図解|イラスト)[\)）】\]]?$")

UI_MAX_LEN = 80  # UI lines are short; a longer line with a UI phrase is prose quoting it
# Photo captions: ▲ or ↑ in front (blogs), or a photo credit at the end: （秋田市提供）（共同撮影）.
_CAPTION_MARK = re.compile(r"^[▲△↑]")
_CAPTION_CREDIT = re.compile(r"[（(][^（）()]{0,25}(?:提供|撮影)(?:[・･][^（）()]{1,12})?[)）]$")
# Newspaper captions say when and where, or whose photo, after an equals sign: …＝1日午前、岐阜県
# 各務原市で / …＝共同 / …＝Getty Images. (A headline's ＝ is followed by words, not a date and a comma.)
_CAPTION_EQ = re.compile(r"=(?:(?:\d{1,2}月)?\d{1,2}日(?:午前|午後|朝|夜|未明|夕方?)?[、,]|"
                         r"(?:共同|時事|ロイター|AP|AFP|EPA|GettyImages|iStock|ゲッティ)$)", re.I)
# A bare address closing a short line that is not a "URL: …" field: ▼公式サイト https://…
_TRAILING_URL = re.compile(r"[^:]https?://\S+$")


def normalize(text: str) -> str:
    """NFKC without whitespace: the form used to compare lines."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def ui_reason(line: str) -> str | None:
    """Why `line` is page furniture rather than article text, or None if it may be text."""
    text = normalize(line)
    if not text:
        return "blank"
    if _SECTION_END.match(text):
        return "section end"
    if _COUNTER.match(text) or _REACTION.match(text):
        return "counter"
    if _MARKER.match(text):
        return "marker"
    if len(text) <= UI_MAX_LEN and _UI_PHRASES.search(text):
        return "ui phrase"
    if len(text) <= UI_MAX_LEN and (_CAPTION_MARK.match(text) or
                                    ("。" not in text[:-1] and (_CAPTION_CREDIT.search(text) or
                                                                _CAPTION_EQ.search(text)))):
        return "caption"
    if len(text) <= UI_MAX_LEN and "。" not in text and _TRAILING_URL.search(text):
        return "ui phrase"
    return None
