"""A small bilingual lexicon: issue terms we can name in English and Chinese, from any language."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from vocloop.analysis.taxonomy import get_root_cause

# A term counts when at least this share of a topic's texts use it.
TERM_MIN_SHARE = 0.25
TERMS_PER_GLOSS = 3


@dataclass(frozen=True)
class Term:
    en: str
    zh: str
    pattern: re.Pattern[str]


def _term(en: str, zh: str, *patterns: str) -> Term:
    return Term(en, zh, re.compile("|".join(patterns), re.IGNORECASE))


# One line per concept: English, Chinese, then how en/de/fr/es/it/ja/zh customers write it.
TERMS: tuple[Term, ...] = (
    _term(
        "instructions",
        "说明书",
        r"instruction|manual|\bguide\b|anleitung|notice|instrucciones|istruzioni|説明書|手順|说明书",
    ),
    _term(
        "assembly",
        "组装",
        r"assembl|put .{0,12}together|aufbau|aufzubauen|montage|montar|montaggio",
        r"組み立て|组装|安装",
    ),
    _term("holes", "孔位", r"\bholes?\b|löcher|loch\b|trous?|agujeros?|fori\b|穴|孔"),
    _term("screws", "螺丝", r"screws?\b|schraube|vis\b|tornillos?|viti\b|ネジ|螺丝"),
    _term(
        "diagrams", "图示", r"diagram|drawing|pictures|zeichnung|bilder|schéma|dibujo|disegn|図|图"
    ),
    _term(
        "labels on parts",
        "零件标识",
        r"labell?ed|letters|beschrift|buchstaben|étiquet|etiquet|表示|标识",
    ),
    _term("side panel", "侧板", r"side panel|seitenwand|panneau latéral|panel lateral|側板|侧板"),
    _term(
        "missing parts",
        "缺件",
        r"missing|fehlt|fehlen|nicht dabei|manqu|falta|manca|足りな|入っていな|缺",
    ),
    _term(
        "stopped working",
        "停止工作",
        r"stopped working|stops? working|died|dead\b|quit|kaputt|ausgefallen|tot\b",
        r"geist aufgegeben|ne fonctionne plus|dejó de funcionar|smesso di funzionare",
        r"動かなくな|壊れ",
        r"不工作|坏了",
    ),
    _term("charging", "充电", r"charg|lädt|lade|recharg|carga|caric|充電|充电"),
    _term(
        "no power",
        "不通电",
        r"no power|won'?t power|power on|einschalten|strom|s'allume|enciende|accende",
        r"電源|通电|开机",
    ),
    _term(
        "port / connector",
        "接口",
        r"\bport\b|anschluss|connector|stecker|\bprise\b|puerto|porta\b|端子|ポート|接口",
    ),
    _term("cable", "线缆", r"cable|kabel|câble|cavo|ケーブル|线"),
    _term(
        "loose contact",
        "接触不良",
        r"loose|locker|wackel|intermittent|cuts out|bricht .{0,10}ab|接触|松动",
    ),
    _term("clicking noise", "咔哒声", r"click|klick|cliquet|chasquid|clic|カチカチ|咔"),
    _term(
        "noise", "噪音", r"noisy|noise|loud|laut\b|geräusch|bruit|ruido|rumor|うるさ|音が|噪音|响"
    ),
    _term(
        "overheating",
        "过热",
        r"overheat|too hot|hot\b|heiß|überhitz|chauffe|calienta|surriscald|熱く|発熱|过热|发烫",
    ),
    _term("smell", "异味", r"smell|odor|geruch|riecht|odeur|olor|odore|におい|臭|异味|味道"),
    _term("leaks", "漏水", r"leak|undicht|ausgelaufen|tropft|fuite|gotea|perde|漏れ|漏"),
    _term("lid", "盖子", r"\blid\b|deckel|couvercle|tapa\b|coperchio|蓋|ふた|盖"),
    _term(
        "zipper",
        "拉链",
        r"zipper|zip\b|reißverschluss|fermeture|cremallera|cerniera|ファスナー|チャック|拉链",
    ),
    _term("handle", "把手", r"handle|griff|poignée|mango|manico|取っ手|持ち手|把手"),
    _term(
        "broken / cracked",
        "破裂",
        r"broke|broken|crack|snapp|split|gebrochen|gerissen|gesplittert|riss\b|cassé|fissur",
        r"roto|rotto|割れ|ひび|裂|断",
    ),
    _term(
        "dented / crushed",
        "凹陷压坏",
        r"dent|crushed|delle|zerdrückt|demoliert|cabossé|abollad|ammaccat|凹み|へこ|凹|压坏",
    ),
    _term(
        "flimsy / cheap",
        "做工廉价",
        r"flimsy|cheap|poor (build )?quality|billig|schlechte verarbeitung|verarbeitung",
        r"bon marché|barato|economic|安っぽ|作りが|廉价|做工",
    ),
    _term("wobbly", "晃动不稳", r"wobbl|wackelt|instable|tambale|traballa|ぐらつ|がたつ|晃"),
    _term(
        "bends / sags",
        "弯曲变形",
        r"flex|bend|sag|warp|biegt|verzogen|plie|dobla|piega|たわ|反り|弯|变形",
    ),
    _term("app", "App", r"\bapp\b|アプリ|应用"),
    _term(
        "pairing / connection",
        "配对连接",
        r"pair|connect|bluetooth|wi-?fi|koppel|verbind|appair|emparej|accoppi|接続|ペアリング|配对|连接",
    ),
    _term("battery", "电池", r"batter|akku|pile|batería|batteria|バッテリー|電池|电池"),
    _term("LED / light", "指示灯", r"\bled\b|light|leucht|licht|lumière|luz|luce|ランプ|ライト|灯"),
    _term(
        "too small",
        "偏小",
        r"too small|runs? (a size )?small|zu klein|trop petit|pequeñ|piccol|小さ|偏小|太小",
    ),
    _term(
        "too large",
        "偏大",
        r"too (big|large)|runs? (a size )?(big|large)|zu groß|trop grand|grande|大き|偏大|太大",
    ),
    _term("tight", "太紧", r"tight|eng\b|enge|serré|apretad|strett|きつ|紧"),
    _term("shoulders", "肩部", r"shoulder|schulter|épaule|hombro|spall|肩"),
    _term(
        "size chart",
        "尺码表",
        r"size chart|größentabelle|guide des tailles|tabla de tallas|サイズ表|尺码表",
    ),
    _term("colour", "颜色", r"colou?r|farbe|couleur|\bcolor\b|colore|色|颜色"),
    _term(
        "photos / listing",
        "页面图片",
        r"photo|picture|listing|abbildung|angebot|fotos|annonce|anuncio|annuncio|写真|商品ページ|图片|页面",
    ),
    _term("price", "价格", r"price|preis|prix|precio|prezzo|値段|価格|价格"),
    _term(
        "fit with device",
        "设备兼容",
        r"compatib|doesn'?t fit my|passt nicht (zu|an|in)|not work with|kompatib|対応|兼容",
    ),
    _term(
        "used / opened",
        "二手拆封",
        r"used (item|one|product)|second.hand|already opened|was opened|gebraucht|geöffnet",
        r"occasion|usado|usato|中古|開封|二手|拆封",
    ),
    _term(
        "late delivery",
        "配送延迟",
        r"late|never arrived|delay|verspät|nicht angekommen|retard|tarde|ritardo",
        r"届かな|遅れ|延迟|没收到",
    ),
    _term("wrong item", "发错货", r"wrong|falsch|mauvais|equivocad|sbagliat|違う商品|間違|发错"),
    _term(
        "skin reaction",
        "皮肤过敏",
        r"rash|itch|allerg|ausschlag|juck|irritation|alergia|prurito|かぶれ|かゆ|过敏|起疹",
    ),
)


@dataclass(frozen=True)
class Gloss:
    """A topic's meaning in English and Chinese: the cause's name plus the terms we recognised."""

    en: str
    zh: str
    terms: tuple[str, ...]


def gloss(root_cause: str, texts: Sequence[str]) -> Gloss | None:
    """The cause name with the terms most of the texts use; None when the lexicon knows none."""
    if not texts:
        return None
    shares = [
        (sum(1 for text in texts if term.pattern.search(text)) / len(texts), position, term)
        for position, term in enumerate(TERMS)
    ]
    chosen = [
        term
        for share, _, term in sorted(shares, key=lambda s: (-s[0], s[1]))
        if share >= TERM_MIN_SHARE
    ]
    chosen = chosen[:TERMS_PER_GLOSS]
    if not chosen:
        return None
    cause = get_root_cause(root_cause)
    return Gloss(
        en=f"{cause.name_en}: " + ", ".join(term.en for term in chosen),
        zh=f"{cause.name_zh}:" + "、".join(term.zh for term in chosen),
        terms=tuple(term.en for term in chosen),
    )
