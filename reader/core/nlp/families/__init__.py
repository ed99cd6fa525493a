"""Genre families of reading fixes: each module holds the words one kind of text reads otherwise
than the analyser, a WORDS set (or a shape test) and a <name>_fix(tokens, i, reading) returning the
corrected reading or None; word_reading.py tries them in order and the first that changes a reading
wins. Each module's docstring lists its rules with where they must not fire.

Rendaku the analyser misplaces (奥が深い ぶかい, 届いた箱 ばこ; 小口切り, 在庫切れ split and left
unvoiced) is set right in voicing.py; recipe and blog words (鶏ガラ とり, だしの素 もと, (笑) わら)
in everyday.py; news-headline splits (衆議|院本|会議 いんほん) in headlines.py; words read by
the set phrase they stand in (値が付く ね, 国王の命により めい, 駐車場有 あり) in idioms.py; history,
sports and science words (八つ やっ, 信濃国 のくに, 高山植物 こうざん, 上手投げ うわ) in encyclopedia.py;
words read by the place they are glued to (八重洲口 ぐち, 日向灘 ひゅうが, 与那国島 じま,
ワシントン着 ちゃく, 喜望峰 ほう, 町立中学校 ちょうりつ, 氷点下二十度 かに) in places.py;
encyclopedia articles on rivers, railways, bridges, dams and companies (三重塔 さんじゅうの, 河岸段丘 かがん,
堤高 ていこう, トラス橋 きょう, 八十の支店 はちじゅう, 中央駅 ちゅうおうえき, 平山城 じろ) in reference.py;
travel, food and craft compounds (檜風呂 ぶろ, 砂糖菓子 がし, 妻籠宿 じゅく, 飛騨牛 ぎゅう, 夜神楽 よ) in culture.py;
hotel, sightseeing and restaurant pages (ぶどう狩り がり, 地ビール じ, シャワー棟 とう, 太麺 ふと, 交通の便 べん,
海鮮市場 いちば, 羽田行き はねだ, 一組 ひと, 神社のお札 ふだ) in travel.py;
terms of service and contracts (責めに帰すべき きす, 本覚書 おぼえがき, 原契約 げん, 仮名加工情報 かめい,
第四条 よんじょう) in terms.py;
festival and shrine-event words (茅の輪 ち, 宵宮祭 さい, 山車蔵 ぐら) in matsuri.py;
fishing reports and tackle reviews (元竿 ざお, 底付近 そこ, 肝醤油 きもじょうゆ, 先調子 さき, 入れ掛かり がかり,
竿の自重 じじゅう, 河口付近 かこう) in fishing.py;
entrance-exam and cram-school pages (易化 いか, 直前期 ちょく, 特殊算 ざん, 評定平均 ひょうてい,
十年分解いた ぶんと, 捨て問 もん) in exams.py;
classical literature as textbooks and captions explain it (中宮彰子 ちゅうぐう, 現代語訳すると やく,
久しからず ひさ, 平敦盛 たいらの, 紀貫之 きの, 清涼殿 でん, 御時 おんとき, 伝本 ぽん, 頭中将 とうの) in heian.py;
Chinese history and the Three Kingdoms (晋が成立 しん, 呉軍 ご, 殷・周・秦 しん, 明代 みんだい, 三国志 さんごく,
孔明 こうめい, 曹操に降った くだっ, 武帝の命で めい, 唐の都 みやこ, 永楽帝 てい, 『孫子』 そんし) in chinahistory.py;
hotel, ryokan and hot-spring reviews (露天風呂は二十四時間入れます はいれ, 至れり尽くせり つく, 牛ステーキ ぎゅう,
朝食前 ちょうしょくまえ, 九品の会席 きゅうひん) in hotels.py;
vegetable-plot and house-plant blogs (四季咲き ざき, 外芽 そとめ, 真夏の日中 にっちゅう, 雌穂 しすい, こぼれ種 だね,
置き肥 ごえ, 木瓜の花 ぼけ, 種一袋 たねひと) in gardening.py;
recipes, restaurant reviews, menus and sweets (西京焼き さい, 味噌床 どこ, 麻婆豆腐 どうふ, 白玉団子 しらたま,
最中の皮 もなか, 甘味処 かんみ, 角が立つまで泡立てる つの, 七分立て だて, 上カルビ じょう, 薪ストーブ まき)
in gourmet.py;
ingredient lists and cooking steps (にんにく一片 ひとかけ, えび八尾 はちび, 火が通っていない とおっ, 塩水に浸けて
しおみず, 鶏手羽 とり) in recipes.py;
programming manuals and developers' blogs (大文字と小文字 おおもじ, 二分木 にぶんぎ, 決定木 ぎ, 中置記法 ちゅうち,
空とみなす から) in programming.py;
neighbourhood association and city newsletters (町会費 ちょうかいひ, 拍子木 ひょうしぎ, 街灯の球切れ たまぎれ)
in neighborhood.py;
construction and infrastructure news (開かずの踏切 あか, 斜張橋 しゃちょうきょう) in urban.py;
bios, broadcasting, manga, royalty, classical music and festivals (最終巻 かん, 伯爵家 け, 背番号十八番
じゅうはちばん, 大神輿 おおみこし, 三拍子 びょうし, 月次祭 つきなみ) in bios.py;
encyclopedia biographies' profiles (右投左打 うち, 重ね扇 おうぎ, 分家筋 ぶんけすじ, 大名跡 せき, 従五位下 げ,
越前守 のかみ, 上皇方 がた, 字は あざな, 炭鉱町 まち) in wikibio.py;
editorial and essay words read by the wrong sense (選挙の度に たび, 大分前 だいぶ) in essays.py;
business and political reporting (資源高, 外貨準備高 だか, 一審 いっしん, 一極集中 いっ, EEZ外 がい, 中、… ちゅう,
米、露に… ろ, 「他に… ほか) in business.py;
press releases, job ads and household money (リボ払い, 分割払い ばらい, 4月1日付で, 本日付で づけ) in finance.py;
diaries, letters and manuals (三人位 くらい, 親しき仲 した, 旧年中 ねんちゅう, 転送致します) in writing.py;
plain-language news (雨が80ミリ降りました ふ, 年が上 とし…うえ) in plain_news.py;
notices, rules and manuals (手続きは窓口で行って おこなって, 正しくお使い ただしく, 番号札 ふだ) in official.py;
novels and stories (何してんの なに, お腹空いた す, カレーが辛い から, 実がなる み, 額に手を当てた ひたい, and
every rule for 実 and 額)
in fiction.py; literary prose and light novels (陽に翳す ひ, 陰と陽 いん, 煙草を燻らせ くゆら,
「某が」 それがし, 刀の柄 つか, 姫君 ぎみ, 僕等 ら, 千夜一夜 せんや, 何時までも いつ, 奥の間 ま) in fiction2.py;
crime, court, accident and weather news (大けが おお, 金を奪って かね, 北北東 ほくほくとう,
南|南西 なん, 人気のない路地 ひとけ, 拳銃の出所 でどころ) in incidents.py; science, medicine and technology news
(第三相 そう, 極低温 ごく, 一・五倍 いっ,
多くの種が絶滅 しゅ) in science.py;
sports reporting (9回表 おもて, 最多勝 しょう, 残り試合 しあい, 前頭筆頭 まえがしら, 拳王 けん, 逆転勝ち がち,
救援右腕 うわん, 右前へ うぜん, アジア杯 はい, 日本組 ぐみ, 高飛び込み たか) in sports.py;
pro wrestling, boxing and MMA reports (腕を極めて きめ, 四の字固め よのじがため, 技名 わざめい, ベスト8止まり どまり,
右目上 うえ, 敗れた前王者 ぜん) in wrestling.py;
cycling blogs and maintenance guides (一漕ぎごとに ひと, 九十九折りの坂道 つづら) in cycling.py;
book reviews and publishing news (源氏物語の新しい訳 やく, 翻訳物 もの, 新書判 しょばん) in books.py;
beauty, fashion and health-goods pages (ワンサイズ上 うえ, 炭酸泡 あわ, 白髪 しらが, 一割引き びき,
小銭入れ こ, 後ろ身頃 ごろ, 甲高の足 こうだか, 膝下丈 ひざした, 高見え たかみ, リピート買い がい, 全八色 はっしょく,
ブーツが一足 いっそく) in beauty.py;
fashion magazines, styling notes and size charts (前丈 まえ, デニム地 じ, ブランド物 もの, 千鳥格子 ごうし, 小花柄 ばな,
着回し上手 じょうず, 様になる さま, ボタン留め どめ, 九分丈 たけ, 四つ穴 よつ, 三つ揃い みつぞろい) in fashion.py;
health and care pages, patients' blogs and medicine packaging (葛根湯 とう, お腹の張り はり, 赤ちゃんを抱いた
だいた, 病児保育 びょう, 本品 ぴん, 赤ちゃんの便 べん, 五分以上間を あいだ) in care.py;
dental and eye clinic pages and patients' blogs (膿がたまる うみ, 歯間ブラシ しかん, ひと月ほど つき) in dental.py;
下 after の as physically under (詰め物の下, 桜の木の下 した) or under authority (法の下 もと) in under.py;
homes, rooms and household money (引き落とし日 び, 築古 ふる, 三十坪 さんじゅうつぼ, 前家賃 まえ,
四畳半一間 ひとま) in household.py;
DIY and home-improvement how-tos (下穴の径 けい, 根太 ねだ, 大引 おおびき, 金槌の柄 え, ふすま紙 がみ, 止水栓 し,
棚柱 たなばしら, 錐 きり, 相欠き がき, 一間は六尺 いっけん, 半間 はんげん) in diy.py;
school textbooks (100円玉 だま, 1等星 せい, 三角形の角 かく, 米1合 こめ, 五・七・五 しち,
都が平城京に みやこ, 表と裏 おもて) in school.py;
school mathematics and science (四角形 し, 一辺 いっぺん, 大気圧 たい, 球の表面積 きゅう, 表が出る確率 おもて,
中和でできる塩 えん) in stem.py;
hobby blogs and gear pages (種植え たねうえ, キャンプ飯 めし, 尺アジ しゃく, 雑草取り ざっそう,
人工授粉 じゅふん, 弱音器 じゃくおん, 花がら摘み つみ, 小屋泊まり どまり, まき時 どき, 葉挿し ざし) in hobby.py;
seasons, nature, farming and fishing news (一本桜, 河津桜 ざくら, 一本釣り漁船 づり…ぎょ) in nature.py;
camera, lens and gadget reviews (シャッター音 おん, 物撮り ものどり, 鳥撮り どり, 星五つ中 ちゅう) in gadgets.py;
zoo, pet and wildlife news (サイの角 つの, 雄ライオン おす, 隣の園から来園 えん, 獣舎 じゅう) in animals.py;
Q&A sites and forum posts (何分位 ぷんくらい, 何合 なんごう, 車中泊って はく, 前|髪切り まえ…がみ) in forums.py;
Q&A answers on medicine and appliances (三日分出して ぶんだ, 風量は弱と中と強 ちゅう, 五合炊き だき) in howto.py;
device reviews, manuals, app help and programming blogs (値が空なら から, 条件が偽なら ぎ, 一行ずつ
いちぎょう, 横一列 いちれつ; 型/形 がた: 五十五型, キハ40形, 通勤形, 変動型) in tech.py;
pet, parenting and school-life blogs and notices (園で流行って えん, 換毛期 かんもうき, 一回食 いっかいしょく,
お座りと待てを ま) in family.py;
parents' blogs, baby-food guides and nursery notices (生後間もない ま, 離乳食後期 しょくこう, 完母 かんぼ)
in parenting.py;
game, anime, manga and entertainment news (描き下ろし かき, サイン色紙 しきし, 劇伴 ばん, 四天王 し,
重版出来 しゅったい, 同人ゲーム どうじん, 最新話 わ, 下段攻撃 げだん, 対空技 くうわざ, 舞台下手 しもて,
千穐楽 せんしゅうらく) in games.py;
defense and diplomacy news (一国二制度 いっ, 「大勢の命 おおぜい) in diplomacy.py;
days of the week as one kanji (10日（月） げつ, 月・水・金 げつ・すい・きん, 月～土, 火・木曜日 か) in weekdays.py;
railway, airline and road-traffic news (上り下り線 のぼりくだり, 十分遅れ じゅっぷん, 横風に注意 よこかぜ) in
transport.py;
court, police and administration news (元職員 もとしょく, 仮釈放された ほう) in law.py;
temples, shrines, museums, traditional arts and history (極楽浄土の仏 ほとけ, 狩野派 かのう, 築城 ちくじょう,
三代将軍 さんだい, 都となった みやこ, 阿波踊りの連 れん, 一対 つい, 施餓鬼会 え, 粋を集めた すい, 開眼供養 かいげん,
義太夫節 ぶし) in heritage.py;
farming, fishing and regional-industry news (一等米 まい, 豚熱 とん, 乳価 にゅうか, きき酒 ざけ, 一房 ひとふさ,
種雄牛 しゅゆう, 飛騨高山 たかやま, 造り酒屋 ざかや, ブランド牛 ぎゅう) in regional.py;
harvest, market and livestock reports (白未熟粒 しろみじゅくりゅう, 朝採れ野菜 あさどれ, 子牛の競り値 せりね,
採卵鶏 さいらんけい, 紅ズワイガニ べに) in farming.py;
weather and disaster-prevention news (太平洋高気圧 こう, 北高型 ほっこうがた, 河川が越水 えっすい, 遠地地震 えんち) in
weather.py;
film, book, concert, theatre and exhibition reviews (章ごとに しょう, 弦と管 かん, 岩絵具 のぐ, 一行一行 いちぎょう,
館蔵品 かんぞうひん, 女性の素性 すじょう) in arts.py;
energy and industry news (洋上風力の風車 ふうしゃ, 泊原発 とまり, 水電解 すいでんかい, 型式指定 かたしき) in energy.py;
medicine and public-health news (百日せき ひゃくにち, 中和抗体 ちゅうわ, 八十二人 ににん, 一回数分 いっ…ふん) in
health.py;
IT, AI and cybersecurity news (半導体の後工程 あとこうてい, 前工程 まえこうてい, 三重の防御 さんじゅう) in itnews.py;
economy and markets news (株価は一時値を崩した ね) in markets.py;
honours in obituaries and award news (旭日重光章 きょくじつじゅうこうしょう, 正三位 しょうさんみ, 緑綬褒章 りょくじゅ,
叙勲の栄に浴した えい) in ceremony.py;
education and research news (博士後期課程 はくし, 博士人材 はくし, 論文博士 はくし) in academia.py;
world news (親ロシア派, 親欧米派, 親トランプ派 しん) in world.py; space and earth-science news
(土星の環 わ, 首長竜 くびなが, 赤銅色 いろ, 月周回 げっ) in space.py;
world news (親ロシア派, 親欧米派, 親トランプ派 しん) in world.py;
consumer affairs (小麦・乳を含む, 卵、乳 にゅう as a labelled allergen, 原野商法 げんや) in consumer.py;
online-shop product pages and reviews (底鋲 そこ, 天然木 ぼく, 丈は膝下 ひざした, 狭め せまめ, 御祝 おいわい,
楽天市場 いちば) in shop.py;
world news (親ロシア派, 親欧米派, 親トランプ派 しん) in world.py;
war memories and modern history (引き揚げ者 しゃ, 御霊の みたま, 連載（上） じょう) in wartime.py;
history and biography (カール五世 ごせい, 六人の妃 きさき, 文永の役 えき, 百万石 ごく, 八代将軍 はちだい,
二男一女 になんいちじょ, 世界一周 いっしゅう, 苗字帯刀 たいとう) in history.py;
European and world royal history (ブルボン朝 ちょう, 百日天下 ひゃくにち, 公妾 こうしょう, 欠地王 けっ,
ハプスブルク顎 あご) in royals.py;
personal blog diaries (お義母さん おかあさん, ピアノが弾けた ひけた, 一日一善 いちぜん,
今日はクッキー きょう, 一昨年行った温泉 いった) in diary.py;
entertainment bios, TV listings and fan blogs (金曜|日夜 びよる, 月9 げつ, 一期生 いっ, 一人二役 ふた, 黒子 くろこ,
一男一女 いちなん, 体固め たいがため, 延髄斬り ぎり, 大トリ おお, 公演の中日 なかび) in showbiz.py;
television and radio listings and programme news (東京の局と大阪の局 きょく, 2本撮り にほんどり,
一発撮り いっぱつどり) in broadcast.py;
concert and programme notes, band histories and gear reviews (第九を歌う だいく, 三連符 ぷ, 表拍 おもて,
大サビ おお, 生歌 なまうた, 三線を弾く さんしん, F管 かん, 一発録り どり, 属七の和音 しち, 六重奏 ろくじゅう,
一音 いちおん, 前楽 まえ, 三度上の音 うえ, 空ピック から, 爪弾き つまびき) in music.py;
job ads, résumés and HR notices (封筒の表 おもて, 入社と退社の年月 ねんがつ) in jobs.py;
horse-racing, keirin and boat-race reports (良馬場 りょうばば, 稍重 ややおも, 着差 ちゃくさ, 勝ち時計 どけい,
大外枠 おお, 半兄 はんけい, 三歳馬 ば, 内ラチ うち, 差し切り勝ち がち, 第二の馬生 ばせい) in racing.py;
medicine leaflets, pharmacy and hospital notices (当薬局 とうやっきょく, 再来受付機 さいらい, 耳痛 じつう,
眼軟膏 がん, 一瓶 ひとびん, 北館一階 きたかん) in medicine.py;
geography textbooks and encyclopedia entries (環太平洋造山帯 ぞうざん, 瀬戸内工業地域 うち, 一年中気温 じゅう,
平原や高原 こうげん, 山脈と平野 へいや, トンネルが通っている とおっ) in geography.py;
numbers-heavy golf, swimming and athletics reports (八人中五位 ちゅうご, 長水路 ちょうすいろ, 池越え いけごえ,
予選一組 いち) in golfswim.py;
car and motorcycle reviews and news (二輪免許 にりん, 若者の車離れ ばなれ, 値落ち ね, ギアを一段落として いちだんお,
開けると風が かぜ) in cars.py;
letters and formal correspondence (総務課長殿 どの, 御社内 おん, 来る四月一日 きたる, 定員百名 ひゃくめい,
ご丁重なる ていちょう, 孔雀の間 ま) in letters.py;
hiking, camping and fishing pages (急流を下りました くだりました, タモ網 あみ, お鉢巡り おはち, 乗合船 ぶね,
丹沢の大山 おおやま, 美濃戸口 とぐち) in outdoor.py;
shogi, go, mahjong and karuta news (振り飛車 びしゃ, 先手玉 ぎょく, 角が成る かく, ▲７六歩 ふ, 勝負手 て, 中押し
ちゅうおし, 地を稼ぐ碁 じ, 東一局 とん, 半荘 はんちゃん, 百人一首の札 ふだ, 記録係 がかり) in boardgames.py;
real-estate listings and housing articles (角住戸 かど, 中住戸 なか, 東南角部屋 かどべや, 三口ガスコンロ みくち,
階段下収納 した, 筆界 ひっかい, 固都税 こ, 三方を道路に さんぽう, 隣棟 りん, 駅から何分 なんぷん, 車で十分。 じゅっぷん,
審査に通った とお) in realestate.py;
architecture and house-design pages (全棟 ぜんとう, 造作家具 ぞうさく, 谷樋 たにどい, 内樋 うちどい, 内断熱 うち,
地窓 じまど, 雨仕舞い あまじまい, 入母屋造り づくり) in architecture.py;
folk tales and fairy tales (竜宮城 ぐうじょう, 一寸法師 いっすん, 月の都 みやこ, 機を織る はた, 宝物 たからもの,
須佐之男命 みこと, お妃 きさき, 鏡よ鏡 かがみ, 座敷童子 わらし, とんち者 もの, 柿の種 たね) in folktales.py;
fortune telling, calendars and customs (末吉 すえきち, 二黒土星 じこくどせい, 本命星 せい, 吉方位 きっぽう,
一粒万倍日 いちりゅうまんばいび, 四柱推命 しちゅう, 月星座 つき, 十二直 ちょく, 二十八宿 にじゅうはっしゅく,
立春、雨水 うすい, 子、丑 ね, 甲、乙、丙 こう…, 己巳の日 つちのとみ) in fortune.py;
haiku, tanka and poetry criticism (行く春 ゆく, 去年今年 こぞ, 古今集 こきん, 七七七五 しちしちしちご,
七言律詩 しちごん, 短詩型 けい, 雁渡し かり, 東風吹かば こち, 生と死 せい, 月の都 みやこ, 季重なり がさなり,
山川草木 さんせんそうもく, 「月」 つき) in poetry.py;
sermons, memorial rites, shrine visits, church notices and pilgrimages (初七日 しょ, 只管打坐 しかん, 修正会
しゅしょう, 主の祈り しゅ, 熊野三山 ざん, 同行二人 どうぎょうににん, 仏舎利 ぶっ, 送り火で精霊を しょうりょう,
棚経 ぎょう, 親鸞聖人 しょうにん, 大麻でお祓い おおぬさ, 十戒 じっ, 上座部 じょうざ, 待降節 たい)
in religion.py;
appliance, gadget and software manuals (電池蓋 ぶた, 右側面 みぎそくめん, 内刃 うちば, 「切」にする きり, 前ガード まえ,
後カバー うしろ, 空運転 から, 時と分を合わせる じ…ふん) in manuals.py;
tea ceremony, ikebana, calligraphy, kimono, noh, kabuki, bunraku and rakugo (炭点前 すみでまえ, 人情噺 ばなし,
主菓子 おもがし, 一重太鼓 ひとえ, 四拍子 しびょうし, 黒衣 くろご, 上方落語 かみがた, 小拍子 こびょうし, 楽茶碗 らく,
真・行・草 そう, 謡本 うたいぼん, 翁 おきな, 長半紙 なが, 自由花 じゆうか, 着物の右前 みぎまえ) in traditional.py;
sumo and martial arts (新大関は中日までに なかび, 七番相撲 ずもう, 三番稽古 げいこ, 十勝を挙げた じゅっしょう,
投の形 かた, 左上手 うわて, 立行司 たて, 居合道 どう, 正拳突き づき, 連絡技 わざ, 内掛け がけ) in sumo.py;
timetables and service news (品川止まり どまり, 五時十分です じゅっぷん, 十分おき じゅっぷん, 番線の間の中線 なかせん,
一本後の電車 あと, 下り本線 くだり, 寝台の下段 げだん) in railway.py;
tax, pension and insurance procedures (年百十万円 ねん|ひゃく, 返戻金型 きんがた, 生計を一にする いつ,
どちらが得でしょうか とく) in tax.py; insurance and household-money pages (利回りが年一・五パーセント ねん,
一時払い終身保険 ばらい, 急な入り用 いり, 契約応当日 おうとうび, 法定相続人の数」 かず) in insurance.py;
flight, ferry and port news (大さん橋 ばし, 船会社 ふながいしゃ, 日本丸が入港 にっぽんまる) in aviation.py;
manga, anime and light-novel reviews (異世界に転生 てんせい, 一クール ひと, 一期より いっき, 二つ名 な, 尺の都合
しゃく, 単行|本未収録 ぼん, 胸熱 むねあつ, おすすめ度 ど) in anime.py;
sake, beer, wine, tea and coffee writing (無濾過生原酒 なま, 生詰め づめ, 吟醸香 か, 中挽き ちゅうびき,
一合升 ます, 寒造り かんづくり, きき猪口 ちょこ, 濃醇 じゅん, 酒蔵開き さか) in drinks.py;
defence news (緊急発進を669回行った おこなっ, 補給路を断った たっ, 地雷原 げん) in military.py;
proverbs and idioms (弘法筆を選ばず ふで, 世は情け よ, 虎の威 い, 兜の緒 お, 行うは難し かたし, 金次第 かね,
一汁三菜 いちじゅう) in proverbs.py;
writing about the language itself (熟|字訓 じゅく, 四字熟語 よじ, 「御の字」 おん, 下手に出る したて, 大字の「壱」
だいじ, 「阿」の偏 へん, 十把 じっぱ, 「青」が音を表す おん, 「明」の呉音 めい, 「市場」は「いちば」とも読む いちば)
in language.py;
wedding and funeral announcements, etiquette guides and speeches (直葬 ちょく, 人前式 じんぜん, 不祝儀袋 ぶ,
御車代 お, 末期の水 まつご, 薬石効なく こう, 十日祭 さい) in rites.py;
dialect and casual speech (来おへん こ, 父ちゃん とう, 野球観に行く み, 急がんでも いそ, 好いとう す,
数打ちゃ かず) in dialect.py;
social media posts and chat (意識高すぎ たか, 何それ なに, 違くて ちが, インスタ映え ばえ, 積読 つんどく,
担降り おり, 同接 せつ) in sns.py;
knitting, crochet, sewing and embroidery (二目一度 ふため, くさり三目 さんめ, 一針ずつ ひと, 輪針 ばり,
伏せ止め どめ, 中長編み ちゅう, 表に返す おもて, 平ゴム ひら, 送り歯 ば, 房 ふさ) in handicraft.py;
science and research news (古代人 こだいじん, 縄文人 じん, 江戸時代人 じん, サル目ヒト科 もく, チョウ目の昆虫 もく)
in research.py; film reviews and cinema news (八割方 はちわりがた, 九割方 がた, 満員御礼 おんれい, 大ヒット御礼 おん)
in film.py.
"""
