"""What the dictionary index holds and hands back: entries, senses and kanji, the JMdict tag
codes with their descriptions, and the one priority score entries are sorted by. Import-free
(standard library only), so the builder, the index and the lookup share it without cycles."""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

# Bump whenever the index's tables or JSON records change: an index with another version is
# refused (IndexCorrupt/IndexOutdated) and rebuilt, never read.
INDEX_VERSION = 1
# PRAGMA application_id of an index file ("YomD"), so a stray SQLite file is never taken for one.
APPLICATION_ID = 0x596F6D44

JMDICT = "jmdict"
JMNEDICT = "jmnedict"

# ------------------------------------------------------------------------------ priority rank
# JMdict marks common words per form: news1/news2 (Mainichi Shimbun frequency, first and second
# 12,000), ichi1/ichi2 ("Ichimango goi bunruishuu"), spec1/spec2 (editors' picks), gai1/gai2
# (loanwords), and nf01..nf48 (the news list in bands of 500: nf01 the 500 most frequent).
# A "1" tag is what JMdict calls common. The rank folds them into one number, lower = more common:
#   1..52    at least one "1" tag: the nf band (49 without one), plus 0..3 for "1" tags missing;
#   101..152 only "2" tags: the same, 100 further down;
#   200      no priority tag at all; 1000 for names (JMnedict), which sort after every word.
# The index ranks each form on its own tags, and a reading of a word normally written in kanji
# (no sense marked "uk") READING_PENALTY further down: kana in a text is far more likely a word
# written in kana (する 為る, こと 事) than the reading of a kanji word (擦る, 琴).
RANK_UNCOMMON = 200
RANK_NAME = 1000
READING_PENALTY = 100
_NO_BAND = 49
_FIRST_TIER = frozenset({"news1", "ichi1", "spec1", "gai1"})
_SECOND_TIER = frozenset({"news2", "ichi2", "spec2", "gai2"})
_BAND = re.compile(r"nf(\d\d)")


def priority_rank(tags: Iterable[str]) -> int:
    """The sortable priority of one form (or entry) from its JMdict priority tags."""
    tags = set(tags)
    bands = [int(match.group(1)) for tag in tags if (match := _BAND.fullmatch(tag))]
    band = min(bands) if bands else _NO_BAND
    first, second = len(tags & _FIRST_TIER), len(tags & _SECOND_TIER)
    if first:
        return band + len(_FIRST_TIER) - first
    if second:
        return 100 + band + len(_SECOND_TIER) - second
    return RANK_UNCOMMON


# ------------------------------------------------------------------------------ JMdict codes
# The JMdict DTD's entity codes with their descriptions. jamdict-data stores the descriptions
# (the expanded entities of its 2021 JMdict); the index stores the codes, which are short and
# stable, and the reader shows describe(code). Descriptions are the wording of that JMdict.
POS: dict[str, str] = {
    "adj-f": "noun or verb acting prenominally",
    "adj-i": "adjective (keiyoushi)",
    "adj-ix": "adjective (keiyoushi) - yoi/ii class",
    "adj-kari": "'kari' adjective (archaic)",
    "adj-ku": "'ku' adjective (archaic)",
    "adj-na": "adjectival nouns or quasi-adjectives (keiyodoshi)",
    "adj-nari": "archaic/formal form of na-adjective",
    "adj-no": "nouns which may take the genitive case particle 'no'",
    "adj-pn": "pre-noun adjectival (rentaishi)",
    "adj-shiku": "'shiku' adjective (archaic)",
    "adj-t": "'taru' adjective",
    "adv": "adverb (fukushi)",
    "adv-to": "adverb taking the 'to' particle",
    "aux": "auxiliary",
    "aux-adj": "auxiliary adjective",
    "aux-v": "auxiliary verb",
    "conj": "conjunction",
    "cop": "copula",
    "ctr": "counter",
    "exp": "expressions (phrases, clauses, etc.)",
    "int": "interjection (kandoushi)",
    "n": "noun (common) (futsuumeishi)",
    "n-adv": "adverbial noun (fukushitekimeishi)",
    "n-pr": "proper noun",
    "n-pref": "noun, used as a prefix",
    "n-suf": "noun, used as a suffix",
    "n-t": "noun (temporal) (jisoumeishi)",
    "num": "numeric",
    "pn": "pronoun",
    "pref": "prefix",
    "prt": "particle",
    "suf": "suffix",
    "unc": "unclassified",
    "v-unspec": "verb unspecified",
    "v1": "Ichidan verb",
    "v1-s": "Ichidan verb - kureru special class",
    "v2a-s": "Nidan verb with 'u' ending (archaic)",
    "v2b-k": "Nidan verb (upper class) with 'bu' ending (archaic)",
    "v2b-s": "Nidan verb (lower class) with 'bu' ending (archaic)",
    "v2d-k": "Nidan verb (upper class) with 'dzu' ending (archaic)",
    "v2d-s": "Nidan verb (lower class) with 'dzu' ending (archaic)",
    "v2g-k": "Nidan verb (upper class) with 'gu' ending (archaic)",
    "v2g-s": "Nidan verb (lower class) with 'gu' ending (archaic)",
    "v2h-k": "Nidan verb (upper class) with 'hu/fu' ending (archaic)",
    "v2h-s": "Nidan verb (lower class) with 'hu/fu' ending (archaic)",
    "v2k-k": "Nidan verb (upper class) with 'ku' ending (archaic)",
    "v2k-s": "Nidan verb (lower class) with 'ku' ending (archaic)",
    "v2m-k": "Nidan verb (upper class) with 'mu' ending (archaic)",
    "v2m-s": "Nidan verb (lower class) with 'mu' ending (archaic)",
    "v2n-s": "Nidan verb (lower class) with 'nu' ending (archaic)",
    "v2r-k": "Nidan verb (upper class) with 'ru' ending (archaic)",
    "v2r-s": "Nidan verb (lower class) with 'ru' ending (archaic)",
    "v2s-s": "Nidan verb (lower class) with 'su' ending (archaic)",
    "v2t-k": "Nidan verb (upper class) with 'tsu' ending (archaic)",
    "v2t-s": "Nidan verb (lower class) with 'tsu' ending (archaic)",
    "v2w-s": "Nidan verb (lower class) with 'u' ending and 'we' conjugation (archaic)",
    "v2y-k": "Nidan verb (upper class) with 'yu' ending (archaic)",
    "v2y-s": "Nidan verb (lower class) with 'yu' ending (archaic)",
    "v2z-s": "Nidan verb (lower class) with 'zu' ending (archaic)",
    "v4b": "Yodan verb with 'bu' ending (archaic)",
    "v4g": "Yodan verb with 'gu' ending (archaic)",
    "v4h": "Yodan verb with 'hu/fu' ending (archaic)",
    "v4k": "Yodan verb with 'ku' ending (archaic)",
    "v4m": "Yodan verb with 'mu' ending (archaic)",
    "v4n": "Yodan verb with 'nu' ending (archaic)",
    "v4r": "Yodan verb with 'ru' ending (archaic)",
    "v4s": "Yodan verb with 'su' ending (archaic)",
    "v4t": "Yodan verb with 'tsu' ending (archaic)",
    "v5aru": "Godan verb - -aru special class",
    "v5b": "Godan verb with 'bu' ending",
    "v5g": "Godan verb with 'gu' ending",
    "v5k": "Godan verb with 'ku' ending",
    "v5k-s": "Godan verb - Iku/Yuku special class",
    "v5m": "Godan verb with 'mu' ending",
    "v5n": "Godan verb with 'nu' ending",
    "v5r": "Godan verb with 'ru' ending",
    "v5r-i": "Godan verb with 'ru' ending (irregular verb)",
    "v5s": "Godan verb with 'su' ending",
    "v5t": "Godan verb with 'tsu' ending",
    "v5u": "Godan verb with 'u' ending",
    "v5u-s": "Godan verb with 'u' ending (special class)",
    "v5uru": "Godan verb - Uru old class verb (old form of Eru)",
    "vi": "intransitive verb",
    "vk": "Kuru verb - special class",
    "vn": "irregular nu verb",
    "vr": "irregular ru verb, plain form ends with -ri",
    "vs": "noun or participle which takes the aux. verb suru",
    "vs-c": "su verb - precursor to the modern suru",
    "vs-i": "suru verb - included",
    "vs-s": "suru verb - special class",
    "vt": "transitive verb",
    "vz": "Ichidan verb - zuru verb (alternative form of -jiru verbs)",
}

MISC: dict[str, str] = {
    "abbr": "abbreviation",
    "arch": "archaism",
    "char": "character",
    "chn": "children's language",
    "col": "colloquialism",
    "company": "company name",
    "creat": "creature",
    "dated": "dated term",
    "dei": "deity",
    "derog": "derogatory",
    "doc": "document",
    "euph": "euphemistic",
    "ev": "event",
    "fam": "familiar language",
    "fem": "female term or language",
    "fict": "fiction",
    "form": "formal or literary term",
    "given": "given name or forename, gender not specified",
    "group": "group",
    "hist": "historical term",
    "hon": "honorific or respectful (sonkeigo) language",
    "hum": "humble (kenjougo) language",
    "id": "idiomatic expression",
    "joc": "jocular, humorous term",
    "leg": "legend",
    "litf": "literary or formal term",
    "m-sl": "manga slang",
    "male": "male term or language",
    "myth": "mythology",
    "net-sl": "Internet slang",
    "obj": "object",
    "obs": "obsolete term",
    "obsc": "obscure term",
    "on-mim": "onomatopoeic or mimetic word",
    "organization": "organization name",
    "oth": "other",
    "person": "full name of a particular person",
    "place": "place name",
    "poet": "poetical term",
    "pol": "polite (teineigo) language",
    "product": "product name",
    "proverb": "proverb",
    "quote": "quotation",
    "rare": "rare",
    "relig": "religion",
    "sens": "sensitive",
    "serv": "service",
    "ship": "ship name",
    "sl": "slang",
    "station": "railway station",
    "surname": "family or surname",
    "uK": "word usually written using kanji alone",
    "uk": "word usually written using kana alone",
    "unclass": "unclassified name",
    "vulg": "vulgar expression or word",
    "work": "work of art, literature, music, etc. name",
    "X": "rude or X-rated term (not displayed in educational software)",
    "yoji": "yojijukugo",
}

FIELD: dict[str, str] = {
    "agric": "agriculture",
    "anat": "anatomy",
    "archeol": "archeology",
    "archit": "architecture, building",
    "art": "art, aesthetics",
    "astron": "astronomy",
    "audvid": "audio-visual",
    "aviat": "aviation",
    "baseb": "baseball",
    "biochem": "biochemistry",
    "biol": "biology",
    "bot": "botany",
    "boxing": "boxing",
    "Buddh": "Buddhism",
    "bus": "business",
    "cards": "card games",
    "chem": "chemistry",
    "chmyth": "Chinese mythology",
    "Christn": "Christianity",
    "civeng": "civil engineering",
    "cloth": "clothing",
    "comp": "computing",
    "cryst": "crystallography",
    "dent": "dentistry",
    "ecol": "ecology",
    "econ": "economics",
    "elec": "electricity, elec. eng.",
    "electr": "electronics",
    "embryo": "embryology",
    "engr": "engineering",
    "ent": "entomology",
    "figskt": "figure skating",
    "film": "film",
    "finc": "finance",
    "fish": "fishing",
    "food": "food, cooking",
    "gardn": "gardening, horticulture",
    "genet": "genetics",
    "geogr": "geography",
    "geol": "geology",
    "geom": "geometry",
    "go": "go (game)",
    "golf": "golf",
    "gramm": "grammar",
    "grmyth": "Greek mythology",
    "hanaf": "hanafuda",
    "horse": "horse-racing",
    "internet": "networking, WWW",
    "jpmyth": "Japanese mythology",
    "kabuki": "kabuki",
    "law": "law",
    "ling": "linguistics",
    "logic": "logic",
    "MA": "martial arts",
    "mahj": "mahjong",
    "manga": "manga",
    "math": "mathematics",
    "mech": "mechanical engineering",
    "med": "medicine",
    "met": "climate, weather",
    "mil": "military",
    "min": "mineralogy",
    "mining": "mining",
    "motor": "motorsport",
    "music": "music",
    "noh": "noh",
    "ornith": "ornithology",
    "paleo": "paleontology",
    "pathol": "pathology",
    "pharm": "pharmacy",
    "phil": "philosophy",
    "photo": "photography",
    "physics": "physics",
    "physiol": "physiology",
    "politics": "politics",
    "print": "printing",
    "prowres": "professional wrestling",
    "psy": "psychiatry",
    "psyanal": "psychoanalysis",
    "psych": "psychology, psychiatry",
    "rail": "railway",
    "rommyth": "Roman mythology",
    "Shinto": "Shinto",
    "shogi": "shogi",
    "ski": "skiing",
    "sports": "sports",
    "stat": "statistics",
    "stockm": "stock market",
    "sumo": "sumo",
    "surg": "surgery",
    "telec": "telecommunications",
    "tradem": "trademark",
    "tv": "television",
    "vet": "veterinary terms",
    "vidg": "video game",
    "zool": "zoology",
}

DIALECT: dict[str, str] = {
    "bra": "Brazilian",
    "hob": "Hokkaido-ben",
    "ksb": "Kansai-ben",
    "ktb": "Kantou-ben",
    "kyb": "Kyoto-ben",
    "kyu": "Kyuushuu-ben",
    "nab": "Nagano-ben",
    "osb": "Osaka-ben",
    "rkb": "Ryuukyuu-ben",
    "thb": "Touhoku-ben",
    "tsb": "Tosa-ben",
    "tsug": "Tsugaru-ben",
}

# ke_inf / re_inf: notes on one written form or reading (irregular, out-dated ...).
FORM_INFO: dict[str, str] = {
    "ateji": "ateji (phonetic) reading",
    "gikun": "gikun (meaning as reading) or jukujikun (special kanji reading)",
    "iK": "word containing irregular kanji usage",
    "ik": "word containing irregular kana usage",
    "io": "irregular okurigana usage",
    "oK": "word containing out-dated kanji",
    "ok": "out-dated or obsolete kana usage",
    "rK": "rarely-used kanji form",
    "rk": "rarely used kana form",
    "sK": "search-only kanji form",
    "sk": "search-only kana form",
}

# JMnedict name types. jamdict-data stores most as codes, a few as descriptions (mapped back).
NAME_TYPES: dict[str, str] = {
    "char": "character",
    "company": "company name",
    "creat": "creature",
    "dei": "deity",
    "doc": "document",
    "ev": "event",
    "fem": "female given name or forename",
    "fict": "fiction",
    "given": "given name or forename, gender not specified",
    "group": "group",
    "leg": "legend",
    "masc": "male given name or forename",
    "myth": "mythology",
    "obj": "object",
    "organization": "organization name",
    "oth": "other",
    "person": "full name of a particular person",
    "place": "place name",
    "product": "product name",
    "relig": "religion",
    "serv": "service",
    "ship": "ship name",
    "station": "railway station",
    "surname": "family or surname",
    "unclass": "unclassified name",
    "work": "work of art, literature, music, etc. name",
}

# Other wordings of the same entities (later JMdict releases reworded some), so a newer source
# still maps to codes.
_OTHER_WORDINGS: dict[str, dict[str, str]] = {
    "misc": {"archaic": "arch", "colloquial": "col", "rare term": "rare"},
    "field": {
        "architecture": "archit", "audiovisual": "audvid", "horse racing": "horse",
        "meteorology": "met", "pharmacology": "pharm", "psychology": "psych", "video games": "vidg",
    },
    "form_info": {"word containing out-dated kanji or kanji usage": "oK"},
}

TAGS: dict[str, dict[str, str]] = {
    "pos": POS, "misc": MISC, "field": FIELD, "dialect": DIALECT, "form_info": FORM_INFO, "name_type": NAME_TYPES,
}


def _reverse(kind: str) -> dict[str, str]:
    table = {description: code for code, description in TAGS[kind].items()}
    table.update(_OTHER_WORDINGS.get(kind, {}))
    return table


_CODES: dict[str, dict[str, str]] = {kind: _reverse(kind) for kind in TAGS}


def code_for(kind: str, text: str) -> str:
    """The JMdict code for a description (or a code) of the given kind ("pos", "misc", "field",
    "dialect", "form_info", "name_type"); text unchanged when it is neither."""
    if text in TAGS[kind]:
        return text
    return _CODES[kind].get(text, text)


def describe(kind: str, code: str) -> str:
    """The English description of a code of the given kind; the code itself when unknown."""
    return TAGS[kind].get(code, code)


# ------------------------------------------------------------------------------ records
@dataclass(frozen=True, slots=True)
class Sense:
    """One meaning of an entry. pos, misc, field and dialect hold JMdict codes (describe() them);
    for a name (JMnedict) pos is ("name",) and misc holds its name types ("surname", "place" ...)."""

    glosses: tuple[str, ...]
    pos: tuple[str, ...] = ()
    misc: tuple[str, ...] = ()
    field: tuple[str, ...] = ()
    dialect: tuple[str, ...] = ()
    xref: tuple[str, ...] = ()  # "来る・くる・1": form, reading, sense number, as JMdict writes them
    antonyms: tuple[str, ...] = ()
    info: tuple[str, ...] = ()  # free-text notes ("after the -te form of a verb")
    applies_to: tuple[str, ...] = ()  # only these forms/readings (stagk + stagr); () = all


@dataclass(frozen=True, slots=True)
class Entry:
    """One JMdict word or JMnedict name. forms are the written (kanji) forms, readings the kana
    forms; a kana-only word has no forms. rank: lower = more common (see priority_rank)."""

    id: int  # the JMdict / JMnedict sequence number
    source: str  # JMDICT or JMNEDICT
    forms: tuple[str, ...]
    readings: tuple[str, ...]
    rank: int
    pos_classes: tuple[str, ...]  # every sense's pos codes, first-seen order; () for names
    senses: tuple[Sense, ...]
    priority: tuple[str, ...] = ()  # the priority tags of all forms (news1, ichi1, nf05 ...)
    name_types: tuple[str, ...] = ()  # names only
    # Per form or reading: its FORM_INFO codes (iK, oK, ateji, ok ...), where it has any.
    form_info: Mapping[str, tuple[str, ...]] = field(default_factory=dict, hash=False, compare=False)
    # Per reading that fits only some forms (re_restr): those forms. Readings not here fit all.
    restrictions: Mapping[str, tuple[str, ...]] = field(default_factory=dict, hash=False, compare=False)
    # Readings that are not true readings of the forms (re_nokanji).
    no_kanji: tuple[str, ...] = ()

    @property
    def is_name(self) -> bool:
        return self.source == JMNEDICT


@dataclass(frozen=True, slots=True)
class Kanji:
    """One KANJIDIC2 character. grade: 1-6 kyouiku, 8 jouyou, 9-10 jinmeiyou; jlpt: the old
    four levels (4 easiest); freq: newspaper frequency rank (1 = most used) of the 2,500 commonest;
    radical: the classical (Kangxi) radical number."""

    literal: str
    meanings: tuple[str, ...]
    onyomi: tuple[str, ...]
    kunyomi: tuple[str, ...]
    nanori: tuple[str, ...] = ()
    strokes: int | None = None
    grade: int | None = None
    jlpt: int | None = None
    freq: int | None = None
    radical: int | None = None


# ------------------------------------------------------------------------------ JSON records
# Stored compactly: keys with empty values are left out, so readers use .get(key, default).


def dumps(record: dict) -> str:
    return json.dumps({key: value for key, value in record.items() if value not in (None, [], {}, "")},
                      ensure_ascii=False, separators=(",", ":"))


def _t(values: Iterable[str] | None) -> tuple[str, ...]:
    return tuple(values) if values else ()


_NAME_POS = ("name",)


def decode_entry(entry_id: int, source: str, data: str) -> Entry:
    record = json.loads(data)
    get = record.get
    if source == JMNEDICT:
        senses, types = [], []
        for item in get("translations") or (record,):  # one translation: stored flat in the record
            kinds = _t(item.get("types"))
            senses.append(Sense(_t(item.get("glosses")), _NAME_POS, kinds))
            types += kinds
        return Entry(entry_id, source, _t(get("forms")), _t(get("readings")), RANK_NAME, (), tuple(senses),
                     (), tuple(dict.fromkeys(types)))
    senses = []
    for item in get("senses", ()):
        item_get = item.get
        senses.append(Sense(
            _t(item_get("glosses")), _t(item_get("pos")), _t(item_get("misc")), _t(item_get("field")),
            _t(item_get("dialect")), _t(item_get("xref")), _t(item_get("ant")), _t(item_get("info")),
            _t(item_get("applies_to")),
        ))
    form_info, restr = get("form_info"), get("restr")
    return Entry(
        entry_id, source, _t(get("forms")), _t(get("readings")), get("rank", RANK_UNCOMMON), _t(get("pos_classes")),
        tuple(senses), _t(get("priority")), (),
        {form: tuple(codes) for form, codes in form_info.items()} if form_info else {},
        {reading: tuple(forms) for reading, forms in restr.items()} if restr else {},
        _t(get("no_kanji")),
    )


def decode_kanji(literal: str, data: str) -> Kanji:
    record = json.loads(data)
    return Kanji(
        literal=literal, meanings=_t(record.get("meanings")), onyomi=_t(record.get("onyomi")),
        kunyomi=_t(record.get("kunyomi")), nanori=_t(record.get("nanori")), strokes=record.get("strokes"),
        grade=record.get("grade"), jlpt=record.get("jlpt"), freq=record.get("freq"), radical=record.get("radical"),
    )
