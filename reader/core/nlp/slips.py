"""Words the analyser reads the rare or wrong way for modern text, in any context (富士山 ふじやま,
七五三 ななごさん, 秋雨 しゅうう): readings.py shows the reading people use wherever the analyser gives
that one. A word belongs here only when no context makes the analyser's reading right; a reading
that turns on context is a rule in readings.py or a family module."""
from __future__ import annotations

# surface -> (the analyser's reading, the reading to show).
ANALYSER_SLIPS = {"楮": ("ちょ", "こうぞ"),  # the paper mulberry of washi
                  "仮歯": ("かし", "かりば"),  # a temporary crown: かし is no word
                  "両眼": ("りょうめ", "りょうがん"),  # both eyes written 両眼 (りょうめ is 両目)
                  "閏年": ("じゅんねん", "うるうどし"),  # a leap year: じゅんねん is a bookish variant
                  "道長": ("どうちょう", "みちなが"),  # 藤原道長 alone: Sudachi's name reading is an on-reading
                  "媼": ("ばば", "おうな"),  # an old woman, as in 翁と媼 (ばば is the word 婆)
                  "尼": ("に", "あま"),  # a nun: に is only the on-reading of compounds (尼僧)
                  "俊寛": ("しゅんかく", "しゅんかん"),  # the monk of 平家物語 left on 鬼界ヶ島
                  "床本": ("とこもと", "ゆかほん"),  # a bunraku chanter's text (a rare surname otherwise)
                  "四軒": ("しけん", "よんけん"),  # four houses: Sudachi takes a place name
                  "置き竿": ("おきさお", "おきざお"),  # a rod left in its holder: the compound voices, like 釣り竿
                  "富士山": ("ふじやま", "ふじさん"), "歩兵": ("ふひょう", "ほへい"), "産品": ("さんひん", "さんぴん"),
                  "足踏み": ("あしふみ", "あしぶみ"),
                  "明後日": ("みょうごにち", "あさって"), "下段": ("げだん", "かだん"),
                  "腹痛": ("はらいた", "ふくつう"),
                  "海豹": ("かいひょう", "あざらし"),  # the seal: its on-reading is a bookish name
                  "出生前": ("しゅっせいまえ", "しゅっせいぜん"),  # 出生前診断: a Sino-Japanese term
                  "阿蘇山": ("あそやま", "あそさん"), "岩手山": ("いわてやま", "いわてさん"),
                  "上品": ("じょうぼん", "じょうひん"), "大通": ("だいつう", "おおどおり"),
                  "高野山": ("たかのやま", "こうやさん"),
                  "鐘楼": ("しゅろう", "しょうろう"), "貴女": ("きじょ", "あなた"),
                  "朝露": ("ちょうろ", "あさつゆ"),
                  "彼処": ("あすこ", "あそこ"),  # "over there": あすこ is a spoken slur; 彼処 is shown あそこ
                  "葱": ("き", "ねぎ"), "蜩": ("かなかな", "ひぐらし"),  # き and かなかな are an old name and a call
                  "鍛冶": ("たんや", "かじ"),  # a smith: 鍛冶師, like 鍛冶屋 and 刀鍛冶 (たんや is archaic)
                  "鎚": ("鎚", "つち"),  # a hammer: Sudachi has no reading for the word alone (鉄鎚 てっつい)
                  "激坂": ("激坂", "げきざか"),  # a very steep slope (cyclists' word): Sudachi has no reading for it
                  "来場所": ("らいじょうしょ", "らいばしょ"), "朝稽古": ("あさけいこ", "あさげいこ"),
                  "円買い": ("えんがい", "えんかい"),
                  "麦飯": ("ばくはん", "むぎめし"), "上生": ("じょうしょう", "じょうなま"),
                  "五山": ("ごさん", "ござん"), "二礼": ("にれ", "にれい"), "織": ("しき", "おり"),
                  "寄木": ("よりき", "よせぎ"), "懐紙": ("ふところがみ", "かいし"), "栗": ("りつ", "くり"),
                  "秋雨": ("しゅうう", "あきさめ"),  # weather news: 秋雨が続く, like 秋雨前線
                  "難化": ("なんけ", "なんか"),  # exams getting harder: 英語が難化した, the pair of 易化 いか
                  "甲虫": ("かぶとむし", "こうちゅう"),  # beetles: コガネムシ科の甲虫 (カブトムシ is kana)
                  "霊長目": ("れいちょうめ", "れいちょうもく"),  # the order Primates: an order of taxonomy is もく
                  "仁和寺": ("にわでら", "にんなじ"),  # the Kyoto temple; Sudachi reads it as a kun compound
                  "短夜": ("たんや", "みじかよ"),  # the summer season word; たんや is no word in use
                  "萩原": ("はぎはら", "はぎわら"),  # the surname and the town: 萩原朔太郎 はぎわら
                  "七五三": ("ななごさん", "しちごさん"),
                  "所謂": ("しょい", "いわゆる"), "階": ("きざはし", "かい"), "下々": ("げげ", "しもじも"),
                  "塵": ("ごみ", "ちり"), "弘法": ("ぐほう", "こうぼう"), "鶏肉": ("けいにく", "とりにく"),
                  "雪道": ("せつどう", "ゆきみち"), "良型": ("りょうけい", "りょうがた"),
                  "飯田": ("はんだ", "いいだ"), "牧港": ("まちなと", "まきみなと"),
                  "稽古場": ("けいこじょう", "けいこば"),
                  "月初": ("つきはじめ", "げっしょ"),  # the start of a month in accounts; 月初め is its own word
                  "殺陣": ("さつじん", "たて"),  # sword-fight choreography: 殺陣の稽古, 殺陣師
                  "素描": ("すがき", "そびょう"),  # a drawing: 油彩画や素描 (すがき is archaic)
                  "七三": ("ななさん", "しちさん"),  # 七三分け, the 七三 spot on the hanamichi
                  "日比": ("にちひ", "にっぴ"),  # Japan and the Philippines (日比首脳会談); the name is ひび
                  "日本テレビ": ("にほんてれび", "にっぽんてれび"),  # the station's own name (日本テレビ放送網)
                  "元箱": ("もとはこ", "もとばこ"),  # the box a product came in (付属品完備、元箱あり)
                  "一都": ("いちのみや", "いっと"),  # 一都三県, 一都一道二府四十三県: the surname is rare
                  "最終組": ("さいしゅうくみ", "さいしゅうぐみ"),  # golf's last group out, voiced as in 同じ組 ぐみ
                  "同日付": ("どうひづけ", "どうじつづけ"),  # 同日付で退職: 同日 is どうじつ, as in 同日付け
                  "鼻血": ("はなじ", "はなぢ"),  # 現代仮名遣い lists はなぢ (鼻+血 voiced), like 三日月 みかづき
                  "體": ("てい", "たい"),  # the old form of 体 (「体」の旧字体は「體」): read as 体 is
                  "働": ("はたらけ", "はたらく"),  # the kanji alone (「働」の音読み): the imperative needs its け
                  "博士研究員": ("はかせけんきゅういん", "はくしけんきゅういん"),  # a postdoc: the degree はくし
                  "週休二日制": ("しゅうきゅうふたかせい", "しゅうきゅうふつかせい"),  # 二日 ふつか, as in 週休三日制
                  "鍵層": ("けんそう", "かぎそう"),  # geology: a marker bed, 火山灰の鍵層
                  "白木": ("しろき", "しらき"),  # unpainted wood: 白木の箱, 白木の位牌
                  "父帝": ("ちちみかど", "ふてい"),  # the emperor's father: 父帝の崩御 (ちちみかど is archaic)
                  "飛越": ("とびこし", "ひえつ"),  # a jump over a fence: 障害の飛越 (とびこし is the verb's)
                  "上蓋": ("あげぶた", "うわぶた"),  # a top lid: タンクの上蓋 (a floor hatch is 揚げ蓋)
                  "独活": ("どっかつ", "うど"),  # the plant (独活の大木); どっかつ is only the crude drug
                  "外刃": ("そとは", "そとば"),  # a shaver's outer blade, voiced like 内刃 うちば and 替刃 かえば
                  "碑": ("いしぶみ", "ひ"),  # 慰霊の碑, 悼む碑が建立された: いしぶみ is poetic
                  "帆布": ("ほぬの", "はんぷ"),  # canvas: 帆布のトートバッグ, 倉敷帆布
                  "薪窯": ("たきぎがま", "まきがま"),  # a pizza or bread oven, like 薪割り まき
                  "花椒": ("ふぁーちう", "ほあじゃお"),  # Sichuan pepper: ホアジャオ in recipes
                  "小鼓": ("しょうこ", "こつづみ"),  # the hand drum of noh and nagauta, beside 大鼓 おおつづみ
                  "岩稜": ("いわりょう", "がんりょう"),  # a rocky ridge: 岩稜帯, 岩稜歩き
                  "種袋": ("たねふくろ", "たねぶくろ"), "水性": ("みずしょう", "すいせい"),  # 水性ペン, 水性ステイン
                  "奥穂高": ("おくほだか", "おくほたか"),  # 奥穂高岳, like 穂高岳 ほたかだけ
                  "外葉": ("がいよう", "そとば"),  # a cabbage's or a lettuce's outer leaves
                  "若干名": ("じゃっかんな", "じゃっかんめい"),  # job ads: 募集人数は若干名, like 三名 さんめい
                  "新店": ("しんみせ", "しんてん"),  # a new branch: 新店オープン, 駅前の新店 (しんみせ is dated)
                  "科": ("とが", "か"),  # a department: どの科を受診, 別の科に移る (とが "a fault" is archaic: 咎)
                  "荷室": ("かしつ", "にしつ"),  # a car's luggage space: 荷室の容量, like 荷台 にだい
                  "全幅": ("ぜんはば", "ぜんぷく"),  # 全幅の信頼, a car's 全幅 (全長×全幅×全高): like 全長, 全高
                  "新開発": ("しんかいほつ", "しんかいはつ"),  # 新開発のエンジン: 開発 かいはつ (かいほつ is Buddhist)
                  "私儀": ("しぎ", "わたくしぎ"),  # letters: 私儀このたび… (the private opinion is 私議)
                  "投げ釣り": ("なげつり", "なげづり"),  # surf casting, voiced like 磯釣り, 船釣り, 夜釣り
                  "続き間": ("つづきあい", "つづきま"),  # rooms opening into each other: 和室の続き間
                  "合筆": ("がっぴつ", "ごうひつ"),  # merging registered lots, beside 分筆 ぶんぴつ
                  "中宮": ("ちゅうぐうの", "ちゅうぐう"),  # 九星's centre (中宮に入る), an empress: の is no part of it
                  "菅笠": ("すががさ", "すげがさ"),  # a sedge hat, the pilgrim's: 菅 is すげ, as in 菅細工
                  "読誦": ("どくしょう", "どくじゅ"),  # reciting a sutra: 経を読誦する (どくしょう is rare)
                  "不知火": ("しらぬひ", "しらぬい"),  # 不知火型, 不知火町: the old spelling of しらぬい
                  "樽": ("そん", "たる"),  # a cask: 樽熟成, 樽生ビール (そん is no reading in use)
                  "生酒": ("きざけ", "なまざけ"),  # unpasteurised sake on every modern label: 生酒は要冷蔵
                  "角打ち": ("つのうち", "かくうち"),  # drinking at a liquor shop's counter
                  "注ぎ口": ("つぎくち", "つぎぐち"),  # a spout, voiced like 口 in 出口, 改札口
                  "無理強い": ("むりつよい", "むりじい"),  # 酒の無理強い: 強いる しいる
                  "生年": ("しょうねん", "せいねん"),  # year of birth: 生年は不詳, as in 生年月日
                  "二所ノ関": ("にしょのせき", "ふたごのせき"),  # the sumo elder name and stable, 二所ノ関部屋
                  "引掛": ("ひきかけ", "ひっかけ"),  # 引掛シーリング, the ceiling socket a light hooks into
                  "木取り": ("きとり", "きどり"),  # cutting a board's parts out of timber: 木取り図
                  "ちり紙": ("ちりし", "ちりがみ")}  # tissue paper, voiced like 包み紙
