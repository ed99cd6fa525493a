"""Readings of official and administrative prose: notices, rules, contracts, manuals.

- 行っ after a procedure is 行う, おこなって (手続きは十四日以内に行ってください, 登録は生後九十日を
  過ぎたら行ってください, 所定の手続きにより行ってください); Sudachi reads 行っ as 行く いって unless
  を stands right before it. It is 行う when 〜により/によって (the means) stands right before it
  and て after it (not 日によって行ったり, "depending on"), or when a procedure (手続き, 申請, 登録,
  請求…) is the topic (は/も) earlier in the same sentence and no verb of going or clause break
  (ので, から, けど) comes between; a compound ending in a procedure counts as one (印鑑登録は本人が
  窓口で行って, 住所変更は窓口で行って, 転入届は新住所の市役所で行って). After 〜に naming a place
  (請求は選挙管理委員会に行ってください) both senses fit, so the reading is marked uncertain; 〜へ keeps いって.
  A clinical procedure (検査, 測定, 診察, 接種) as the topic does the same (測定は一日四回行っています,
  検査は予約制で行っております), but after 〜に naming a place it keeps いって (検査は近くの病院に行って受けた).
  So does the work of a study (実験は計三百回行った, 観測は毎晩行った, 分析は外部の機関に依頼して行った
  おこなった; 観測は山頂に行って いって).
  Chores a school, a home or a shop carries out count too, and keep いって after 〜に the same way
  (掃除は一日二回行っています, 検品は国内で行っております, 学校の連絡はメール配信で行っています, a city's
  戸別収集は行っていません, a shop's 営業は行っております, a bike shop's 下取りも行っております おこなって;
  営業に行って, 試乗に行って stay いって;
  掃除は公園に行って, 連絡もなく遊びに行って いって), and so
  does handling a machine as a manual asks it (充電は室内で行ってください, 空運転を五分間行って, カードの
  抜き差しは電源を切った状態で行って).
  A procedure marked by を counts when no verb stands between it and 行っ and no 〜に/〜へ comes right
  before (給食の配膳を、子どもたちが自分たちで行っています); 確認をして行って and 掃除を手伝いに行って keep いって.
  A performer's work counts as a procedure with no verb after it and no 〜に before 行っ (楽曲提供も行っている,
  収録は都内で行った; 撮影も兼ねて沖縄に行った いった); a show or an event only when を marks it
  (公演を二日間行った おこなった; ライブは友達と行った いった, one went to it).
- 正しく is ただしく (正しくお使いください, 正しく理解する); Sudachi takes it for the adverb まさしく
  ("indeed"), which is kept only where a noun or その/それ follows (正しくその通りだ).
- 書付 glued after a noun that makes a word with 書 (保証|書付, 説明|書付) is that word's 書 and the
  "with" of 付, しょつき (保証書付 ほしょうしょつき); Sudachi takes the old noun 書付 かきつけ ("a note").
- 方 before どうぞ (次の方、どうぞ, お待ちの方どうぞ) is a person called to the counter, かた; Sudachi reads
  ほう ("the side"), which stays elsewhere (次の方が安い).
- 札 glued after a noun of two or more characters is the paper slip, ふだ (番号札, 受付番号札, 整理札);
  Sudachi reads it as the banknote さつ, which stays after 円 and other currencies (千円札).
"""
from __future__ import annotations

from .tokenizer import lexicon_readings
from .tokens import Token

WORDS = frozenset({"行っ", "正しく", "札", "方", "書付"})  # all official_fix looks at

# Procedures one carries out (行う) and does not go to: the topic that makes 行って おこなって.
_PROCEDURES = frozenset({
    "手続き", "手続", "申請", "届出", "届け出", "登録", "請求", "申告", "納付", "支払い", "支払",
    "申込み", "申し込み", "申込", "変更", "更新", "解約", "予約", "設定", "操作", "入力", "記入",
    "提出", "返却", "交換", "処理", "作業", "点検", "清掃", "消毒", "調査", "審査", "照会",
    "受付", "販売", "支給", "発行", "交付", "回収", "配布", "申出", "申し出", "異動", "確認",
    "訓練",  # 竹やりの訓練を毎朝行った: a drill is carried out
    "提供", "収録", "撮影", "演奏",  # 楽曲提供も行っている, 収録は都内で行った: work a performer does
})
# A performer's work is also gone to (撮影も兼ねて沖縄に行った, 演奏も聴きに行った): it counts only with no
# verb after it and no 〜に right before 行っ.
_WORK = frozenset({"提供", "収録", "撮影", "演奏"})
# Shows and events: carried out when marked by を (公演を二日間行った), but gone to as a topic (ライブは友達と
# 行った), so they count only in the を case.
_STAGED = frozenset({"公演", "ライブ", "コンサート", "興行", "会見", "記者会見", "握手会", "試写会", "イベント",
                     "ツアー", "舞台挨拶", "ファンミーティング"})
# Chores of a school, a home or a shop, carried out (掃除は一日二回行っています, 検品は国内で行っております)
# but, like a clinical procedure, also gone somewhere for (掃除は公園に行ってした, 発送は郵便局に行って):
# after 〜に naming a place they keep いって.
_CHORES = frozenset({"掃除", "配膳", "片付け", "後片付け",
                     "連絡", "送迎",  # a school's or a nursery's: 連絡はメール配信で行っています, 送迎は保護者が行って
                     "検品", "出荷", "梱包", "発送", "配送", "包装", "加工", "修理",
                     "収集", "営業",  # a city's or a shop's: 戸別収集は行っていません, 営業は行っております
                     "下取り", "買取", "買い取り", "買取り", "試乗", "整備",  # a bike shop's: 下取りも行っております
                     # handling a machine, as a manual asks (カードの抜き差しは電源を切って行って, 充電は室内で行って)
                     "抜き差し", "取り付け", "取付け", "取り外し", "取外し", "手入れ", "設置", "充電", "組み立て",
                     "組立て", "組立", "分解", "据え付け", "据付け", "運転", "試運転"})
_PROCEDURE_ENDS = (*(w for w in _PROCEDURES if len(w) > 1), "届", "振替")
# Clinical procedures, carried out (測定は一日四回行っています) but also gone somewhere for (検査は病院に
# 行って受けた): after 〜に naming a place they keep いって.
_CLINICAL = frozenset({"測定", "検査", "診察", "診療", "治療", "手術", "採血", "接種", "予防接種", "健診", "検診",
                       # a study's work, likewise (実験は計三百回行った; 観測は山頂に行って keeps いって)
                       "実験", "分析", "解析", "観測", "観察", "検証", "計測", "培養", "発掘", "採集"})
_TOPIC = frozenset({"は", "も"})
_STOP = frozenset({"。", "！", "？", "!", "?", "「", "」", "\n"})
_GOING = frozenset({"行く", "来る", "帰る", "戻る", "向かう", "出かける", "寄る", "通う"})
_MEANS = frozenset({"より", "よっ", "よる"})  # 〜により行って, 〜によって行って
_TIME_BEFORE_NI = frozenset({"以内", "まで", "前", "後", "内", "中", "日", "時", "うち", "際", "時期", "期間"})
_CURRENCY = ("円", "ドル", "元", "ユーロ", "ポンド", "ウォン", "ルピー", "フラン")


def _is_procedure(word: str) -> bool:
    """A procedure, or a compound that ends in one (印鑑登録, 住所変更, 転入届, 口座振替)."""
    return word in _PROCEDURES or word in _CLINICAL or word in _CHORES \
        or len(word) > 2 and word.endswith(_PROCEDURE_ENDS)


def _procedure_topic(tokens: list[Token], i: int) -> str:
    """A procedure noun + は/も earlier in the sentence of tokens[i], with no verb of going between;
    or one + を with no verb at all between (配膳を子どもたちが自分たちで行って; not 確認をして行って)."""
    for k in range(i - 1, 0, -1):
        tok = tokens[k]
        if tok.surface == "を" and (_is_procedure(tokens[k - 1].surface) or tokens[k - 1].surface in _STAGED) \
                and tokens[k - 1].end == tok.start \
                and all(t.pos[0] != "動詞" for t in tokens[k + 1:i]) and tokens[i - 1].surface not in ("に", "へ"):
            return tokens[k - 1].surface
        if tok.surface in _STOP or tok.lemma in _GOING \
                or (tok.pos[:2] == ("助詞", "接続助詞") and tok.surface not in ("て", "で")) \
                or (tok.surface == "で" and tokens[k - 1].surface == "の") \
                or (tok.lemma == "する" and tokens[k - 1].surface in _TOPIC):
            return ""  # 手続きは済んだので、病院に行って; 連絡はせずに直接行って: the topic has its own verb
        if tok.surface in _TOPIC and _is_procedure(tokens[k - 1].surface) and tokens[k - 1].end == tok.start:
            return tokens[k - 1].surface
    return ""


def _go_fix(tokens: list[Token], i: int, reading: str) -> tuple[str, bool] | None:
    token = tokens[i]
    if reading != "いっ" or token.lemma != "行く" or i == 0:
        return None
    prev = tokens[i - 1]
    means = tokens[i - 2: i] if prev.surface != "て" else tokens[i - 3: i - 1]  # により | によって
    after = tokens[i + 1].surface if i + 1 < len(tokens) else ""
    if len(means) == 2 and means[0].surface == "に" and means[1].surface in _MEANS and after == "て":
        return "おこなっ", False  # 所定の手続きにより行って, 書面によって行った
    topic = _procedure_topic(tokens, i) if prev.surface != "へ" else ""
    if not topic:
        return None
    if topic in _WORK:
        k = max(j for j in range(i) if tokens[j].surface.endswith(topic))
        if prev.surface == "に" or any(t.pos[0] == "動詞" for t in tokens[k + 1:i]):
            return None  # 撮影も兼ねて沖縄に行った: went
    if prev.surface == "に" and i >= 2 and tokens[i - 2].surface not in _TIME_BEFORE_NI \
            and tokens[i - 2].pos[:2] != ("名詞", "数詞") and tokens[i - 2].pos[1:2] != ("助数詞",):
        # 請求は選挙管理委員会に行って: to carry out there, or to go there; 検査は病院に行って: to go
        return ("おこなっ", True) if topic not in _CLINICAL and topic not in _CHORES else None
    return "おこなっ", False  # 手続きは十四日以内に行って, 申請は窓口で行って


def official_fix(tokens: list[Token], i: int, reading: str) -> tuple[str, bool] | None:
    """A corrected (reading, uncertain) for tokens[i], whose current reading is ``reading``, or None."""
    token = tokens[i]
    if token.surface == "行っ":
        return _go_fix(tokens, i, reading)
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if token.surface == "正しく":
        if reading != "まさしく" or nxt is None:
            return None
        if nxt.pos[0] in ("動詞", "形容詞", "副詞") or nxt.surface in ("お", "ご", "御") \
                or (nxt.pos[:2] == ("名詞", "普通名詞") and nxt.pos[2:3] == ("サ変可能",)):
            return "ただしく", False  # 正しくお使いください, 正しく理解する, 正しく使う
        return None
    if token.surface == "方":  # 次の方、どうぞ: the person called to the counter
        call = nxt is not None and (nxt.surface == "どうぞ" or nxt.surface in ("、", ",", "，")
                                    and i + 2 < len(tokens) and tokens[i + 2].surface == "どうぞ")
        return ("かた", False) if reading == "ほう" and call else None
    prev = tokens[i - 1] if i > 0 else None
    if token.surface == "書付":  # 保証|書付: 保証書 + 付 "with", not the old word 書付 (a note)
        whole = reading == "かきつけ" and prev is not None and prev.end == token.start \
            and lexicon_readings(prev.surface + "書", ("名詞",))
        return ("しょつき", False) if whole else None
    if reading == "さつ" and prev is not None and prev.end == token.start and len(prev.surface) >= 2 \
            and prev.pos[:2] == ("名詞", "普通名詞") and not prev.surface.endswith(_CURRENCY):
        return "ふだ", False  # 番号札, 受付番号札, 整理札 (千円札 stays さつ)
    return None
