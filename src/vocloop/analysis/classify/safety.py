"""Safety words in every supported language: the high-recall override of precedence rule 1."""

from __future__ import annotations

import re
from functools import lru_cache

# Each pattern names a hazard: heat/fire, electricity, injury, illness after use or eating,
# allergy, foreign bodies, choking, toxic substances, explosions. Hypothetical wording counts
# ("could burn a child"), negated wording does not ("no burning smell").
_LATIN_PATTERNS = (
    # English
    r"over ?heat\w*",
    r"(gets?|got|getting|became|becomes|runs?|running|was|is|are) (extremely |very |really |so |"
    r"too |dangerously |super )?(hot|warm) (to touch|enough|while|when|in my)",
    r"(extremely|dangerously|scalding|burning|way too|too|super) hot",
    r"melt\w* (the |my )?(plug|cord|cable|socket|outlet|wire|charger|case|plastic|insulation)",
    r"(plug|cord|cable|charger|insulation|plastic|adapter|outlet) (\w+ )?melt\w*",
    r"smok(e|ed|ing|ey)\b(?! flavou?r)(?! salmon)(?! taste)",
    r"burn(ing|t|ed)? (smell|odou?r|plastic)",
    r"smell\w* (of |like )?(burn\w*|smoke|fire)",
    r"caught fire|catch(es)? fire|on fire|fire hazard|burst into flames?|flames?\b|ignit\w*",
    r"spark(s|ed|ing)?\b",
    r"(electric(al)?|static)? ?shock(ed|s)? (me|him|her|us|my)|electrocut\w*|got (a |"
    r"an )?(electric(al)? )?shock|gave (me|him|her) (a |an )?(electric(al)? )?shock",
    r"explo(de|ded|des|sion)|blew up|blow up|swell(ed|ing)? (up|battery)|(swollen|bulging|"
    r"puffed) battery|battery (swell|swelled|swollen|bulg|puff)\w*",
    r"burn(s|ed|t)? (my|his|her|their|a|the)? ?(child|kid|son|daughter|baby|hand|finger|skin|"
    r"mouth|tongue|arm|leg)|could burn|(gave|got) (me |him |her )?(a )?burns?\b|blister\w*",
    r"injur\w*|hurt (my|his|her|him|me|themselves|himself|herself)|cut (my|his|her|their|myself|"
    r"himself|herself)|sliced my|bleeding|"
    r"(?<!color )(?<!colour )(?<!dye )(?<!ink )bled\b(?! (?:onto|into|through|in the wash))|"
    r"blood(?! sugar)|stitches|emergency room|"
    r"\ber\b visit|hospital\w*",
    r"sharp (edge|edges|point|points|burr|burrs|metal)|razor[- ]sharp",
    r"chok(e|ed|es|ing)|gag(ged|ging) on|couldn'?t breathe|can'?t breathe|suffocat\w*",
    r"allerg\w*|rash(es)?\b|hives|broke out|break out in|swollen (lips|face|eyes|throat)|"
    r"anaphyla\w*|itch(y|ing)? (skin|rash)",
    r"(got|get|gets|getting|made (me|us|him|her|them|my \w+)|felt|feel|feeling|became|becoming|"
    r"was|were) (very |so |really |violently )?(sick|ill|queasy|nauseous)",
    r"vomit\w*|threw up|throw(ing)? up|puk(e|ed|ing)|diarrh\w*|nause(a|ous)|stomach (ache|pain|"
    r"cramps?|upset)|upset stomach|food poisoning|headaches?|migraine|dizz\w*",
    r"poison\w*|toxic\w*|toxin\w*|carcinogen\w*|lead paint|contaminat\w*|salmonella|e\.? ?coli|"
    r"listeria|fda (recall|warning)|recall(ed)?\b",
    r"(piece|pieces|shard|shards|chunk|bits?|fragment) of (glass|metal|plastic|wire|wood|bone)|"
    r"glass shard|metal shaving|foreign (object|body|matter|material)",
    r"\b(bugs?|insects?|worms?|maggots?|larva[e]?|weevils?|moths?|roach\w*|ants)\b (in|inside|"
    r"crawling|all over|everywhere)|(found|were|was|had) (a |live |dead )?(bugs?|insects?|worms?|"
    r"maggots?|larvae|weevils?|moths?|roach\w*)\b",
    r"mou?ld(y)?\b(?! (shape|design))|fungus",
    r"(broke|chipped|cracked) (a |my |his |her )tooth|broken tooth",
    r"illness|sickness|death\b|(dog|cat|pet|puppy|kitten|bird|fish|hamster)s? (\w+ )?(died|"
    r"passed away)",
    r"swallow(ed|ing)?\b|ingest\w*|irritat\w*|bowel\w*|pooping|poops? (like crazy|constantly|"
    r"all)|(loose|runny|bloody) stools?|\bbones? (in|inside)|contains? [\w ,&]{0,25}\bbones?\b",
    r"\b(dangerous|unsafe|hazard\w*|not safe|safety (issue|hazard|concern|risk))\b",
    # Small parts a young child can swallow, and health risks for people with a condition.
    r"small (parts|pieces|beads|balls|magnets)|button batter(y|ies)|(puts?|putting) everything "
    r"in (her|his|their|the) mouth|(raise|raises|raised|spike|spikes|spiked) (my |your |his |her |"
    r"the )?blood (sugar|pressure)|(dangerous|not safe|unsafe|bad) for (diabetics|people with)",
    # German
    r"überhitz\w*|(wird|werden|wurde) (extrem |sehr |gefährlich |so |zu )?heiß|glühend heiß|"
    r"brandgefahr|brandgeruch|verbrannt|verschmor\w*|qualm\w*|rauch(t|en|entwicklung|geruch)?\b|funk(en|t)\b|feuer\b|"
    r"flamme\w*|geschmolzen|schmilzt|schmolz",
    r"stromschlag|elektrischen schlag|gewischt bekommen|explodiert|explosion|aufgebläht|"
    r"aufgequollen",
    r"verletz\w*|verschluckt|reizung|gereizt|mich (\w+ ){0,4}geschnitten|schnittwunde|"
    r"scharfe\w* kant\w*|blut\w*|"
    r"verbrüh\w*|verbrenn\w*|erstick\w*|verschluck\w*|allergi\w*|ausschlag|juck\w*|quaddeln|"
    r"übergeben|erbroch\w*|erbrechen|kotz\w*|durchfall|übel\b|übelkeit|kopfschmerz\w*|vergift\w*|"
    r"giftig\w*|schadstoff\w*|chemie ?geruch|riecht\w* (stark |extrem |sehr )?nach chemie|"
    r"glassplitter|metallspan\w*|fremdkörper|würmer|maden|käfer|motten|schimmel\w*|"
    r"zahn abgebrochen|gefährlich\w*|krank\w*|tierarzt|kleinteile|steckt alles in den mund",
    # French
    r"surchauff\w*|(devient|est|chauffe) (très |trop |extrêmement )?(brûlant|chaud)\w*|brûl(é|ée|"
    r"ure|ures|er|e|ant)\w*|fum(ée|e|er|ait)\b|étincelle\w*|incendie|a pris feu|prend feu|"
    r"flamme\w*|(a|ont|est|sont|avait) fondu\w*",
    r"décharge électrique|électrocut\w*|jus\b en le|explos\w*|a gonflé|gonflée?",
    r"blessé\w*|blessure\w*|avalé\w*|irrit\w*|véto|coupé|coupure|coupant|tranchant|saign\w*|"
    r"étouff\w*|allergi\w*|plaques rouges|démang\w*|urticaire|vomi\w*|diarrhée|nausée\w*|malade|"
    r"mal au ventre|mal de tête|intoxi\w*|empoisonn\w*|toxique\w*|produits? chimiques?|"
    r"morceau de (verre|métal|plastique)|éclats? de verre|corps étranger|vers\b (dans|de)|"
    r"des vers|asticots?|insectes?|moisi\w*|moisissure\w*|dent cassée|cassé une dent|dangereu\w*|"
    r"vétérinaire|petites (pièces|billes|perles)|met tout à la bouche",
    # Spanish
    r"sobrecalent\w*|se (pone|calienta|calentó) (ardiendo|muchísimo|demasiado|tanto)|ardiendo|"
    r"quemad\w*|quema\w*|huele a quemado|humo|chispa\w*|incendio|fuego|llamas?|derriti\w*|"
    r"derret\w*",
    r"calambre|descarga eléctrica|electrocut\w*|explot\w*|se hinchó|hinchad[ao]",
    r"herid\w*|(me hice|me he hecho|se hizo) un corte|puntos de sutura|tragad[oa]|irritaci\w*|"
    r"lesi(ón|on)|me corté|se cortó|cortante|sangr\w*|asfixi\w*|atragant\w*|alergi\w*|alérgic\w*|"
    r"sarpullido|ronchas|picor|vomit\w*|vómito\w*|diarrea|náusea\w*|mareo|dolor de (cabeza|"
    r"estómago|barriga)|intoxica\w*|envenen\w*|tóxic\w*|químic\w*|trozo de (cristal|vidrio|metal|"
    r"plástico)|cristales|cuerpo extraño|gusanos?|bichos?|insectos?|moho|enmohecid\w*|"
    r"diente roto|roto un diente|peligros\w*|veterinario|enferm\w*|piezas pequeñas|"
    r"(se lo|lo) mete todo en la boca",
    # Italian
    r"surriscald\w*|(diventa|si scalda|scotta)\w* (bollente|tantissimo|troppo)|bollente|"
    r"bruciat\w*|brucia\w*|ustion\w*|fumo|fumare|scintill\w*|incendio|preso fuoco|prende fuoco|"
    r"fiamm\w*|sciolt[ao]|fus[ao]\b",
    r"scossa|folgora\w*|esplo\w*|gonfiat[ao]|gonfia\b",
    r"ferit\w*|ingoiat\w*|irritazion\w*|bruciore|ferimento|tagliat[oa]|tagliente|sangu\w*|"
    r"soffoc\w*|allergi\w*|allergic\w*|sfogo|prurito|vomit\w*|diarrea|nausea|mal di (testa|"
    r"pancia|stomaco)|intossica\w*|avvelen\w*|tossic\w*|sostanze chimiche|pezzo di (vetro|"
    r"metallo|plastica)|schegge di vetro|corpo estraneo|vermi|insetti|muffa|ammuffit\w*|"
    r"dente rotto|rotto un dente|pericolos\w*|veterinario|stat[oa] male|sta male|"
    r"pezzi piccoli|pezzettini|mette tutto in bocca",
)
_CJK_PATTERNS = (
    # Japanese
    r"過熱|発熱|異常に熱|熱くな(りすぎ|って|る)|高温|煙|焦げ|燃え|発火|火花|火が|溶け|感電|ビリ|爆発|膨張|膨らん|けが|怪我|切った|切れた|出血|血が|やけど|火傷|"
    r"窒息|誤飲|喉に詰|アレルギ|発疹|かぶれ|かゆみ|湿疹|腫れ|吐いた|吐き|嘔吐|下痢|腹痛|頭痛|気分が悪|具合が悪|体調|食中毒|中毒|有毒|化学臭|薬品臭|異物|破片|虫が|"
    r"虫の|カビ|歯が欠け|危険|危ない|獣医|小さな部品|口に入れ|鋭利|焦げ臭",
    # Chinese
    r"过热|发烫|烫手|烫伤|冒烟|烧焦|焦味|着火|起火|火花|熔化|融化|触电|漏电|电了一下|爆炸|鼓包|受伤|划破|划伤|流血|窒息|误吞|噎|过敏|红疹|起疹|瘙痒|呕吐|吐了|"
    r"拉肚子|腹泻|恶心|头疼|头痛|中毒|有毒|化学味|异物|玻璃碴|虫子|发霉|霉变|牙齿崩|危险|兽医|小零件|焦糊|糊味|烧黑|烧糊|毛刺|割手|扎手|划手|"
    r"放进嘴里",
)
_NEGATION = re.compile(
    r"(\bno|\bnot|\bnever|n't|\bwithout|\bnor|\bkein\w*|\bnicht|\bohne|\bpas de|\bpas d'|\bsans|"
    r"\baucun\w*|"
    r"\bsin\b|\bningún|\bninguna|\bnada de|\bnessun\w*|\bsenza|\bnon)\W+(\w+\W+){0,2}$"
)
_CJK_NEGATION_AFTER = re.compile(
    r"^(は)?(ない|なし|無し|ありません|なかった|ません|しない|没有|不)"
)
# Texts are lower-cased before matching, which is faster than re.IGNORECASE.
_LATIN = re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in _LATIN_PATTERNS) + ")")
_CJK = re.compile("|".join(f"(?:{p})" for p in _CJK_PATTERNS))
# Words that contain a hazard word but name no hazard.
_HARMLESS = re.compile(
    r"(?<!\w)(?:sick of|sickly sweet|sick and tired|smoked? (salmon|flavou?r|taste|ham|meat|"
    r"paprika|turkey|"
    r"cheese|almonds|sausage|bacon|chipotle|jerky|trout|oysters?|tea)|liquid smoke|smokey|smoky|"
    r"hot (sauce|chocolate|cocoa|tea|coffee|drink|cereal|water|peppers?|wings|cider|eggnog|"
    r"and spicy|spicy)|flame[- ]grilled|fire[- ]roasted|fireball|burnt (taste|flavou?r|coffee|"
    r"toast|sugar|caramel|ends)|tastes? burnt|burnt tast\w*|burned taste|killer (taste|deal)|"
    r"to die for|died down|kill(s|ed)? the (taste|flavou?r)|kill(s|ed)? (my )?(craving|hunger)|"
    r"rauchig|räucher\w*|rauchgeschmack|feuerzeug|fumé\w*|ahumad\w*|affumicat\w*|"
    r"blood orange|no kill|bugs? (in the|me)\b(?= (app|software|firmware)))"
)
_CJK_CHAR = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


@lru_cache(maxsize=4096)  # the cue features and the decision both ask, batch after batch
def find_safety_hazard(text: str) -> str | None:
    """Return the first non-negated hazard phrase in text, or None."""
    cleaned = _HARMLESS.sub(" ", text.lower())
    for match in _LATIN.finditer(cleaned):
        before = cleaned[max(0, match.start() - 40) : match.start()]
        if _NEGATION.search(before):
            continue
        return match.group(0)
    if not _CJK_CHAR.search(cleaned):
        return None
    for match in _CJK.finditer(cleaned):
        after = cleaned[match.end() : match.end() + 4]
        if _CJK_NEGATION_AFTER.search(after):
            continue
        return match.group(0)
    return None
