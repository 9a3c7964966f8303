"""Innocent readings of a rule's hit that only its place in the text reveals.

A detector fires on words; these checks look around the hit: a refusal ("we don't offer
discounts, gifts or refunds for reviews"), a question the text answers "no", a remedy for a fault
rather than a reward, a scam warning, a quoted line of the buyer's mail, a board game's stars.
"""

from __future__ import annotations

import re

from vocloop.policy.innocent_stars import (
    rates_something_else,
    stars_elsewhere,
    stars_given_to_seller,
)
from vocloop.policy.matching import CONTRAST, Hit
from vocloop.policy.normalize import NormalText
from vocloop.policy.vocab import REVIEW

_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")

# A question the text answers "no" to ("Can I get a discount for a review? No. ...") asks nobody.
_NO_ANSWER = re.compile(
    r"\s*(?:a\s*[:：.]\s*|answer\s*:\s*|antwort\s*:\s*|r\s*:\s*|réponse\s*:\s*|回答\s*[:：]\s*|"
    r"答\s*[:：]\s*)?(?:no\b(?![- ]+(?:problem|worries|need))|nope\b|we\s+(?:don'?t|do\s+not|never|"
    r"cannot|can'?t)\b|we'?re\s+afraid\s+(?:not|we)|nein\b|wir\s+(?:bieten|geben|vergeben|"
    r"verschenken)\s+(?:keine|nicht)|non\b|"
    r"nous\s+n[e']|no[,.]|いいえ|いたしません|不(?:会|可以|能|提供)|没有)"
)
# Links to a legal or support page (privacy notice, imprint, terms, help) lead nowhere to buy.
_LEGAL_PAGE = re.compile(
    r"/(?:datenschutz|privacy|privacidad|privacy-policy|impressum|imprint|legal|agb|terms|"
    r"cookies?|confidentialite|mentions-legales|aviso-legal|note-legali|help|support|faq|warranty|"
    r"garantie|garantia|garanzia|register|registration)\b|"
    r"(?<![\w.-])(?:help|support|service|care|faq|hilfe|aide|ayuda|aiuto)\.[\w-]+\.|"
    r"[\w-]+-(?:support|help|service|care|hilfe)\.[a-z]"
)
# A remedy, not a reward: a free part or replacement for a fault, the review asked for elsewhere.
_REMEDY = re.compile(
    r"\b(?:un\s+nouveau|une\s+nouvelle)\b|"
    r"\b(?:a\s+new\s+one|uno\s+nuevo|una\s+nueva|un\s+neuf|une\s+neuve|uno\s+nuovo|una\s+nuova|"
    r"einen\s+neuen|eine\s+neue|ein\s+neues)\b|replac\w*|spare|\bparts?\b|missing|included|"
    r"in\s+the\s+box|im\s+lieferumfang|inclus|"
    r"incluid|incluso|付属|同梱|附赠|随附|broken|fault|defect|repair|warrant\w*|guarantee|"
    r"under\s+the\s+"
    r"warranty|ersatz\w*|defekt|reparatur|garantie|gewährleistung|remplacement|rechange|panne|"
    r"réparation|garantía|recambio|repuesto|sustitu\w*|falla|garanzia|sostitutiv\w*|ricambio|"
    r"guast\w*|pieza|pièce|\bteil\b|pezzo|te\s+falta|\bfaltan?\b|部品|零件|交換|修理|保証|不具合|故障|保修|"
    r"更换|换新|维修|补发"
)
# A fault the buyer reported or a warranty case, where a free part is a remedy.
_FAULT = re.compile(
    r"\b(?:couvert\w*\s+)?par\s+la\s+garantie|\bpor\s+la\s+garantía|\bdalla\s+garanzia|"
    r"\b(?:durch|unter)\s+die\s+garantie|\bunder\s+(?:the\s+)?warranty|\bin\s+garanzia|"
    r"\bsous\s+garantie|\ben\s+garantía|保修期内|保証期間内|"
    r"\bknown\s+(?:issue|problem|fault)|\b(?:missing|defect\w*|défectueu\w*|defectuos\w*|"
    r"difettos\w*|despegad\w*|faulty|damaged|broke|broken|cracked|leak\w*|stuck|blocked|jammed|"
    r"sags|sagging|wobbl\w*|rattl\w*|squeak\w*|"
    r"bloqu\w+|cass\w+|fissur\w+|fuit\w*|"
    r"kaputt|defekt\w*|gerissen|undicht|verstopft|roto|rota|atascad\w+|rott[oa]|bloccat\w+|perde)\b|"
    r"壊れ|割れ|詰まっ|破损|坏了|堵塞|漏水"
)
_ON_AMAZON = re.compile(r"\b(?:on|su|en|sur|auf)\s+amazon\b|amazonで|亚马逊上")
_QUESTIONED = re.compile(
    r"[?？]|\basked\s+(?:whether|if|about)|\bci\s+chiede\w*|\bvous\s+(?:nous\s+)?demandiez|"
    r"\bsie\s+fragten|"
    r"\bnos\s+pregunta\w*|\byou\s+asked\b|\b(?:your|the)\s+question\s+(?:on|about|regarding)\b|"
    r"\b(?:ihre\s+frage|ob\s+es|fragten\s+ob)\b|\bsi\s+nous\b|"
    r"\bdemand\w*\s+si\b|\bpregunt\w*\s+si\b|\bchiede\w*\s+se\b|"
    r"\bsi\s+(?:hay|tenemos)\b|\bse\s+(?:c'è|ci\s+sono|abbiamo)\b|かどうか|是否"
)
_ANY_REVIEW = re.compile("|".join(f"(?:{pattern})" for pattern in REVIEW.values()))
# A product's load or power rating ("the arm's weight rating") is no review.
_TECH_RATING = re.compile(
    r"\b(?:weight|load|power|voltage|wattage|ip|energy|pressure|temperature|fire|uv|efficiency|"
    r"noise|water(?:proof)?)\s+ratings?\b"
)
# Manuals, videos and part sizes on the brand's site sell nothing when no purchase word is near.
_SUPPORT_CONTENT = re.compile(
    r"\b(?:troubleshoot\w*|manuals?|instructions?|videos?|tutorials?|set-?up\s+guides?|faqs?|"
    r"size\s+charts?|spare-part\s+sizes|assembly|anleitung\w*|videos|tutoriel\w*|notice\s+de\s+"
    r"montage|instrucciones|istruzioni|manuale)\b|説明書|動画|说明书|视频"
)
_PURCHASE = re.compile(
    r"\b(?:buy|order|shop|purchase|cheaper|price|deals?|discount|save|sale|available|stock|"
    r"reorder\w*|grab|get|refills?|kauf\w*|bestell\w*|günstiger|achet\w*|command\w*|compr\w*|"
    r"p[ií]d\w*|ordin\w*|pick\s+(?:them|it)\s+up|for\s+less)\b|購入|注文|お得|お求め|買|购|买|下单|便宜|"
    r"优惠|划算"
)
# Coupons a child makes or a game's coupon deck are no discount.
_TOY_COUPONS = re.compile(
    r"make[- ]your[- ]own\s+coupons?|decorate\s+(?:\w+\s+){0,3}?['\"‘’]?coupons|"
    r"(?:homemade|home-made|chore)\s+coupons\b|coupons\s+for\s+(?:family\s+chores|chores|kids)|"
    r"\bplay\s+(?:money|coupons?|banknotes)\b|\bparty\s+game\b|redeemable\s+for\s+fun|"
    r"cupones\s+caseros|bons?\s+maison|buoni\s+fatti\s+in\s+casa|"
    r"coupons?\s+deck\b(?![^.!?\n]*(?:%|\boff\b|\bcode\b|next\s+(?:order|purchase)))"
)
# "We don't offer discounts, free products, refunds or any other reward for reviews": a list under
# one negation, longer than the negation window of matching.is_negated.
_WE_NEVER = re.compile(
    r"\b(?:we're|we\s+are)\s+(?:not\s+able|unable)\s+to\s+(?:offer|give|provide)|"
    r"\b(?:doesn'?t|does\s+not)\s+(?:offer|give|provide|pay)\b|\bnone\s+of\s+(?:us|our\s+brands|"
    r"the\s+brands?)\s+"
    r"(?:\w+\s+){0,3}?(?:offers?|gives?|provides?|pays?)\b|\bnous\s+ne\s+(?:vous\s+)?(?:offrons|"
    r"proposons|"
    r"donnons|accordons|faisons|demandons)\b|"
    r"\bnous\s+ne\s+pouvons\s+(?:vous\s+)?(?:offrir|proposer|accorder)\s+ni\b|お受けできません|"
    r"お受けいたしかねます|\bnous\s+ne\s+pouvons\s+(?:\w+\s+)?pas\s+(?:\w+\s+){0,2}?(?:offrir|"
    r"proposer|effectuer|faire|accorder|rembourser)|\bwir\s+(?:verschenken|schenken|gewähren|"
    r"machen)\s+(?:\w+\s+){0,3}?(?:keine|keinerlei|nie|nichts)\b|\bwir\s+bitten\s+niemanden|"
    r"(?:行う|する|いたす)こと(?:は)?(?:一切)?(?:ございません|ありません)|(?:提供|実施|用意|進呈)"
    r"(?:して|いたして)(?:おりません|いません)|"
    r"\w\s+gibt\s+es\s+(?:bei\s+uns\s+)?(?:\w+\s+){0,2}?(?:nicht|keine|weder)\b|"
    r"\bverneinen\b|\bnicht\s+an(?:zu)?bieten\b|(?:お付け|付与|ご提供)(?:する|いたす)こと(?:は)?"
    r"(?:一切)?(?:ございません|ありません)|(?:一切)(?:行って|実施して)(?:おりません|いません)|"
    r"(?:不得|严禁|禁止)[^。]{0,40}(?:换取|交换|换评价|换好评)|(?:不得|严禁|禁止)(?:单独|"
    r"私下)?(?:要求|引导|"
    r"提及|索要)|(?:不包含|不含)任何|没有任何(?:奖励|返现|礼品|赠品|补偿|优惠)|(?:規約|"
    r"ルール)で禁止されて|(?:ご用意|お渡し)できません|"
    r"\byou\s+won'?t\s+find\s+(?:a|any)\s+(?:\w+\s+){0,3}?(?:card|offer|coupon|code|gift|reward|"
    r"request)|\bvous\s+ne\s+trouverez\s+pas\b|\bno\s+encontrarás\b|"
    r"\bnon\s+troverai\b|"
    r"\b(?:will|would)\s+never\s+(?:contact\s+you\s+)?(?:offer|offering|ask|give|send|pay)|"
    r"(?:没办法|没有办法)[^。]{0,8}(?:发放|提供|给|发)|(?:お渡し|提供|"
    r"ご用意)(?:する)?ことは(?:して|いたして)おりません|"
    r"\bwir\s+bitten\s+(?:\w+\s+)?niemanden|\b(?:keine|keinerlei)\s+(?:bewertung|"
    r"rezension|gegenleistung)\w*\s+(?:\w+\s+){0,3}?(?:geknüpft|gebunden|verknüpft)|\bwe'?(?:re|\s+are)\s+not\s+allowed\s+to|"
    r"nicht\s+erlaubt|"
    r"pas\s+autorisés|"
    r"no\s+(?:nos\s+)?está\s+permitido|non\s+(?:ci\s+)?è\s+consentito|不允许|"
    r"(?:お願い|依頼|お渡し|提供)(?:する|いたす)こと(?:は|も)?(?:なく|ありません|ございません)|"
    r"(?:无法|不能|不可以)(?:通过|用|以)|"
    r"(?:können|dürfen)\s+wir\s+(?:ihnen\s+)?(?:[\w-]+\s+){0,4}?nicht\s+(?:ver)?(?:schicken|"
    r"senden|geben|anbieten|gewähren|"
    r"vergeben)|"
    r"\bwe\s+(?:aren'?t|are\s+not)\s+able\s+to\s+(?:offer|give|provide|send|share)|\bnon\s+possiamo\s+"
    r"offrir|\bno\s+podemos\s+(?:ofrecer|dar)|\bnous\s+ne\s+pouvons\s+pas\s+(?:vous\s+)?(?:offrir|"
    r"proposer|accorder)|\b\w+\s+bieten\s+wir\s+(?:\w+\s+){0,2}?(?:nicht|keine)\b|"
    r"(?:お送り|お渡し|差し上げ|進呈)(?:する|いたす|る)こと(?:は)?(?:一切)?(?:ございません|"
    r"ありません)|"
    r"(?:お願い|依頼|提供)(?:し|いたし)?(?:たり)?(?:する)?こと(?:は|も)(?:一切)?(?:ございません|"
    r"ありません)|"
    r"\bwe\s+(?:don'?t|do\s+not|never|will\s+never|won'?t|cannot|can'?t)\s+(?:\w+\s+)?(?:offer|"
    r"give|"
    r"provide|pay|send|ask|issue|reward|run|have|use|hand)|\bwir\s+(?:bieten|geben|vergeben|"
    r"zahlen)\s+"
    r"(?:\w+\s+){0,3}?(?:keine|keinerlei|nie|weder)|\b(?:das|"
    r"dies)\s+bieten\s+wir\s+(?:\w+\s+)?nicht|\bnous\s+n'?(?:offrons|proposons|donnons|"
    r"accordons)|\bno\s+(?:ofrecemos|"
    r"damos|regalamos)|\bnon\s+(?:ne\s+)?(?:offriamo|diamo|regaliamo|prevediamo)|(?:提供|お渡し|"
    r"進呈)(?:は)?(?:いたし|"
    r"し)"
    r"ません|(?:ご用意|用意)(?:して)?(?:おりません|いません)|(?:お願いする|"
    r"依頼する)こと(?:は)?(?:一切)?"
    r"(?:ございません|ありません)|(?:不|从不|绝不)(?:提供|赠送|给予)|"
    r"不会(?:为|向|给|以)[^,，。]{0,30}(?:提供|赠送|给予|换取)|不会以任何|无法(?:为|向|"
    r"给)?[^,，。]{0,15}提供|"
    r"\bbieten\s+(?:\w+\s+){0,3}?(?:keine|keinerlei|weder)|nous\s+n'?effectuons\s+aucun"
)
# "...has nothing to do with the review you leave, or not": the reward is disclaimed in words.
_UNRELATED = re.compile(
    r"\b(?:don'?t|do\s+not)\s+need\s+to\s+(?:leave|write|post)\s+a\s+review|"
    r"ne\s+dépend\s+(?:en\s+aucun\s+"
    r"cas|pas|en\s+rien|aucunement)\s+de|non\s+dipende\s+in\s+alcun\s+modo|hängt\s+nicht\s+von|"
    r"(?:does\s+not|doesn'?t)\s+depend\s+on|no\s+depende\s+de|"
    r"\bno\s+(?:review|rating)\s+(?:or\s+\w+\s+)?(?:is\s+)?(?:required|needed|necessary)|"
    r"\bno\s+afecta\s+(?:en\s+nada\s+)?a|\b(?:doesn'?t|does\s+not)\s+affect|n'affecte\s+(?:pas|"
    r"en\s+rien)|"
    r"non\s+influisce|hat\s+keinen\s+einfluss|不影响|并非[^。]{0,6}奖励|不是[^。]{0,6}奖励|"
    r"nothing\s+(?:\w+\s+){0,4}?in\s+return|ohne\s+gegenleistung|sans\s+contrepartie|"
    r"sin\s+nada\s+a\s+cambio|"
    r"senza\s+nulla\s+in\s+cambio|レビュー(?:は)?不要|(?:无需|不需要)(?:评价|好评|留评)|"
    r"nothing\s+to\s+do\s+with|not\s+(?:linked|tied|connected|related)\s+to|"
    r"independent(?:ly)?\s+of|aucun\s+lien\s+avec|sans\s+(?:aucun\s+)?lien|unabhängig\s+(?:von|"
    r"davon)|nichts\s+(?:zu\s+tun|damit\s+zu\s+tun)|ningún\s+vínculo|ninguna\s+relación|"
    r"nessun\s+legame|non\s+è\s+legat|とは(?:一切)?(?:関係|無関係)|関係なく|无关"
)
# The product itself was a gift ("aunque fuera un regalo", "it was a gift"): no reward.
_WAS_A_GIFT = re.compile(
    r"(?:was|is|were)\s+a\s+$|(?:fue|fuera|era|es)\s+un\s+$|(?:war|ist)\s+ein\s+$|"
    r"(?:était|est)\s+un\s+$|(?:era|è)\s+un\s+$"
)
_GAME = re.compile(
    r"\b(?:players?|your\s+turn|dice|deal\s+\d+\s+cards|extra\s+turn|opponent|gold\s+star|"
    r"each\s+round|after\s+\d+\s+rounds|tokens|pedina|"
    r"turno|"
    r"giocator\w+|avversari\w*|jouez|adversaire|piochez|gegner|oponente|reward\s+stickers?|"
    r"reward\s+chart|"
    r"sticker\s+chart|colou?r\s+in|"
    r"vince|spieler|würfel|joueurs?|jugadores|dados|gewinnt|schlusswertung|chaque\s+manche|spielregeln|"
    r"bonusrunde|jeton|remporte|juego\s+de|boca\s+abajo|dado|gana\s+quien|regole|gioco|how\s+to\s+play|"
    r"first\s+to\s+\d+\s+\w+\s+wins|"
    r"fin\s+de\s+partie)\b|プレイヤー|サイコロ|玩家|骰子|获胜|每轮"
)
# A warning about scams in the brand's name ("someone claiming to be us ... it isn't us").
_SCAM_WARNING = re.compile(
    r"claiming\s+to\s+(?:be|offer|represent|act\s+for|work\s+for)|当社からの(?:連絡|"
    r"メッセージ)ではありません|(?:isn'?t|is\s+not|"
    r"wasn'?t)\s+(?:from|by)\s+us\b|(?:someone|anyone|anybody|jemand|quelqu'un|alguien|qualcuno)\b"
    r"[^.!?]{0,40}(?:on\s+our\s+behalf|in\s+unserem\s+namen|en\s+notre\s+nom|en\s+nuestro\s+nombre|"
    r"a\s+nostro\s+nome)|(?:冒用|假借)当社(?:の)?名義|(?:冒用|假借)我们的名义|"
    r"not\s+from\s+us\b|nicht\s+von\s+uns|"
    r"ce\s+n'est\s+pas\s+nous|no\s+somos\s+nosotros|non\s+siamo\s+noi|当社ではありません|"
    r"(?:card|message|letter|flyer|mail|tarjeta|mensaje|carta|carte|biglietto|messaggio|karte|"
    r"nachricht)[^.!?]{0,120}(?:\bno\s+es\s+nuestr[ao]\b|\b(?:isn'?t|is\s+not)\s+ours\b|n'est\s+pas\s+"
    r"(?:la|le)\s+nôtre|\bnon\s+è\s+(?:il\s+|la\s+)?nostr[ao]\b)|"
    r"不是我们|冒充"
)
_ASK_VERB = re.compile(
    r"\b(?:write|leave|post|get|earn|receive|claim|win|schreib\w*|erhalt\w*|bekomm\w*|laissez|"
    r"obtenez|"
    r"recevez|escrib\w*|deja|recib\w*|scriv\w*|lascia|ricev\w*)\b|=|→|->|"
    r"请|给|留|写|返|送|领|的话|如果|ください|お願い|書いて|なら"
)
_SUBJECT_ABOUT = re.compile(
    r"\s*(?:件名|subject|betreff|objet|asunto|oggetto|主题|主旨)\s*[:：][^\n]*(?:について|关于|"
    r"\b(?:your|the|ihre[rn]?|votre|su|la\s+sua)\s+(?:question|request|message|inquiry|frage|"
    r"anfrage|"
    r"demande|pregunta|consulta|domanda|richiesta)\b)"
)
_TOPIC_LIST = re.compile(
    r"\s*(?:[\w ]{1,25}\s*[-:|]\s*)?(?:[\w-]+(?:\s[\w-]+)?\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|"
    r"\be\b)\s*){1,4}[\w-]+(?:\s[\w-]+)?"
    r"(?:\s*[-:|]\s*[\w& ]{1,20})?\s*"
)
# A buyer's own question ("Can I mention the fault in my review?") dictates and asks nothing.
_BUYER_ASKS = re.compile(
    r"(?<!もらって)(?<!いただいて)(?<!頂いて)もいいですか|(?<!いただいて)てもよろしい|"
    r"\b(?:can|may)\s+i\s+use\s+(?:a|an|my)\s+(?:coupon|discount|voucher)|¿\s*puedo\s+usar\s+un\s+cup[oó]n|"
    r"puis-je\s+utiliser\s+un\s+(?:coupon|bon)|kann\s+ich\s+einen\s+gutschein|"
    r"\b(?:can|may)\s+i\s+(?!ask\b)(?:\w+\s+){0,3}?(?:my|in\s+my)\b|\b(?:darf|"
    r"kann)\s+ich\s+(?!sie\b)"
    r"(?:\w+\s+){0,3}?mein\w*\b|\bpuis-je\s+(?!vous\b)(?:\w+\s+){0,3}?(?:mon|ma|mes)\b|\bpuedo\s+"
    r"(?:\w+\s+){0,3}?(?:mi|mis)\b|\bposso\s+(?:\w+\s+){0,3}?(?:mia|mio|la\s+mia|il\s+mio)\b|"
    r"我(?:可以|能)[^。?？]{0,20}吗"
)
# A refund the buyer requests through Amazon's own pages is no reward.
# A coupon Amazon itself applies at checkout ("クーポンはAmazonが決済時に適用する") is not ours.
_AMAZONS_COUPON = re.compile(
    r"coupons?\s+(?:is|are|was|were)\s+(?:applied|issued|managed)\s+by\s+amazon|クーポンは\s*amazonが|"
    r"クーポン(?:は|の適用は)\s*amazon(?:が|の)|\b(?:is|was)\s+an\s+amazon\s+(?:promotion|coupon|"
    r"deal)|cupones?\s+que\s+ves\s+en\s+amazon\s+los\s+gestiona\s+amazon|cupones\s+de\s+amazon\s+se\s+aplican|\blos?\s+gestiona\s+amazon\b|"
    r"\bverwaltet\s+amazon\b|"
    r"优惠券(?:是|由)亚马逊|gutscheine?\s+(?:wird|werden)\s+von\s+amazon|coupon\s+(?:est|sont)\s+"
    r"appliqués?\s+par\s+amazon|cupones?\s+(?:lo|los)\s+aplica\s+amazon"
)
# "estrazione" is a coffee's extraction only next to brewing words and away from any prize.
_ESPRESSO = re.compile(
    r"(?:ogni|prima|seconda|buona|tempo\s+di|tempi\s+di)\s+estrazion|estrazion\w*\s+(?:del|dell'|"
    r"di)\s*(?:caffè|espresso)"
)
_SHOP_OR_FREEBIE = re.compile(
    r"\bfree\s+(?:gift|product|expansion|bonus|pack|deck|sample)|\bstore\b|\bshop\b|\bstand\b|pop-up|"
    r"gratis|gratuit"
)
_OWN_CODE = re.compile(r"\bcode\b|código|codice|gutscheincode|コード|优惠码|%")
_PRIZE_DRAW = re.compile(r"partecip|premi|vinc|in\s+palio")
_DISCOUNT = re.compile(
    r"%|\boff\b|\bcode\b|next\s+(?:order|purchase)|prochaine\s+commande|próxim\w+\s+(?:pedido|"
    r"compra)|prossimo\s+ordine|nächste[nr]?\s+(?:bestellung|einkauf)|割引|折扣|优惠|オフ"
)
_REFUND_VIA_AMAZON = re.compile(
    r"(?:通过|在)亚马逊[^。]{0,10}申请退(?:货|款)|(?:request|start)\s+a\s+(?:refund|return)\s+"
    r"(?:through|via|in)\s+(?:your\s+orders\s+on\s+)?amazon|erstattungen?\s+bei\s+amazon|über\s+amazon\s+"
    r"[^.]{0,30}erstattet|reembolsos?\s+(?:de|en)\s+amazon|remboursements?\s+(?:sur|par)\s+amazon|"
    r"rimborsi\s+(?:su|tramite)\s+amazon|amazonが対応|由亚马逊(?:处理|办理)"
)
_QUESTION_RULES = frozenset(
    {
        "REV-01",
        "REV-02",
        "REV-03",
        "REV-04",
        "REV-05",
        "DIV-01",
        "DIV-02",
        "DIV-07",
        "WAR-01",
        "PII-02",
    }
)
# "Should I edit my review? That's entirely your call": the review left to the buyer.
_YOUR_CALL = re.compile(
    r"\b(?:entirely\s+)?(?:your\s+(?:call|choice|decision)|up\s+to\s+you)\b|(?:allein|"
    r"ganz)\s+ihre\s+"
    r"sache|ihre\s+entscheidung|à\s+vous\s+de\s+(?:voir|décider)|(?:es|tu|su)\s+decisión|es\s+tuya|"
    r"(?:sua|tua)\s+scelta|ご自由|お客様(?:ご自身)?の(?:ご)?判断|自主决定|由您决定|完全不需要"
)
# A question refused in its own sentence ("... en échange de votre avis : ce n'est pas possible").
_REFUSED = re.compile(
    r"\b(?:not|isn'?t)\s+possible|n'est\s+pas\s+possible|nicht\s+möglich|no\s+es\s+posible|"
    r"non\s+è\s+possibile|できません|不可以|不行|只能通过亚马逊"
)


# Stars inside the text of an engraving or print proof are the buyer's words, not an ask.
_ENGRAVING = re.compile(r"engrav|gravur|gravure|grabado|incisione|刻印|刻字|print\s+proof")


def _in_quotes(text: str, offset: int) -> bool:
    line = text[text.rfind("\n", 0, offset) + 1 : offset]
    return line.count('"') % 2 == 1 or line.count("“") > line.count("”")


def buyer_question(sentence: str) -> bool:
    """A question in the buyer's voice ("Can I change my review?", 「書いてもいいですか」)."""
    return bool(_BUYER_ASKS.search(sentence.lower()) and re.search(r"[?？]", sentence))


def board_game(text: str) -> bool:
    """Whether the text reads as a game's rules or a reward chart, giving the seller no stars."""
    if stars_given_to_seller(text):
        return False
    return len(set(_GAME.findall(text.lower()))) >= 2 or rates_something_else(text)


def cleared(normal: NormalText, hit: Hit) -> bool:
    """Whether the hit has an innocent reading (a refusal, an answered question, a remedy...)."""
    rule = hit.detector.rule
    # A quoted line of the buyer's own mail ("> I'll give you 5 stars") asks nobody for anything.
    if normal.text[normal.text.rfind("\n", 0, hit.start) + 1 : hit.start].lstrip().startswith(">"):
        return True
    if rule == "DIV-01" and _LEGAL_PAGE.search(normal.text, hit.start, hit.end + 40):
        return True
    index = normal.sentence_at(hit.start)
    start, end = normal.sentences[index]
    sentence = normal.text[start:end]
    # Japanese, Chinese and German put the negation after the thing refused ("Rabatte bieten wir
    # nicht an"): search the whole sentence.
    after = _CJK.search(sentence) or hit.detector.lang == "de"
    refusal = _WE_NEVER.search(normal.text, start, end if after else hit.end)
    # "... keine Bewertung geknüpft – aber über 5 Sterne freuen wir uns": the ask comes after "but".
    contrast = refusal and CONTRAST.search(
        normal.text, refusal.end(), max(refusal.end(), hit.start)
    )
    if refusal and not contrast:
        return True
    if contrast and rule == "REV-02":  # "no gifts for reviews, but faulty parts are replaced free"
        clause = normal.text[contrast.end() : end]
        if not _ANY_REVIEW.search(clause) and _FAULT.search(clause):
            return True
    if rule == "REV-01" and _ENGRAVING.search(normal.text) and _in_quotes(normal.text, hit.start):
        return True
    if rule == "REV-01" and stars_elsewhere(normal, hit):
        return True
    if rule == "REV-02" and rates_something_else(normal.text):
        return True  # "Collect 5 stars to unlock the bonus page" in a sticker book
    if buyer_question(sentence):
        return True
    if rule == "REV-02" and _REFUND_VIA_AMAZON.search(sentence):
        return True
    if rule == "DIV-01" and _SUPPORT_CONTENT.search(sentence) and not _PURCHASE.search(sentence):
        return True
    toy_coupon = _TOY_COUPONS.search(sentence) and not _DISCOUNT.search(sentence)
    toy_coupon = toy_coupon and not _SHOP_OR_FREEBIE.search(sentence)
    amazons = _AMAZONS_COUPON.search(sentence) and not _OWN_CODE.search(sentence)
    if rule == "DIV-02" and (toy_coupon or amazons):
        return True
    if (
        normal.text.startswith("estrazion", hit.start)
        and _ESPRESSO.search(sentence)
        and not _PRIZE_DRAW.search(sentence)
    ):
        return True  # an espresso's extraction, not a prize draw
    if rule not in _QUESTION_RULES:
        return False
    line_start = normal.text.rfind("\n", 0, hit.start) + 1
    line_end = normal.text.find("\n", hit.end)
    line = normal.text[line_start : line_end if line_end >= 0 else None]
    # A subject line naming what the mail is about ("Re: your question about review rewards"), or
    # a heading that lists topics ("Reviews, warranty and refunds"), offers nothing.
    if (_SUBJECT_ABOUT.match(line) or _TOPIC_LIST.fullmatch(line)) and not _ASK_VERB.search(line):
        return True
    if _SCAM_WARNING.search(sentence):
        return True
    if rule == "REV-05" and (_YOUR_CALL.search(sentence) or _WE_NEVER.search(sentence)):
        return True
    if _QUESTIONED.search(sentence) and (
        _REFUSED.search(normal.text, hit.end, end) or _WE_NEVER.search(normal.text, hit.end, end)
    ):
        return True
    # A reported offer in quotes (「レビューを書けばギフト券」というメッセージ) refused below.
    if _in_quotes(normal.text, hit.start) or "「" in normal.text[start : hit.start]:
        later = " ".join(
            normal.text[slice(*span)] for span in normal.sentences[index + 1 : index + 4]
        )
        if _WE_NEVER.search(later) or _SCAM_WARNING.search(later):
            return True
    if rule in ("REV-02", "WAR-01") and _UNRELATED.search(sentence):
        return True
    # A board game's stars, bonus turns and free cards ("first to 5 stars wins").
    if rule in ("REV-01", "REV-02") and board_game(normal.text):
        return True
    if rule == "REV-02" and _WAS_A_GIFT.search(normal.text[max(start, hit.start - 12) : hit.start]):
        return True
    if rule == "REV-02" and not _ANY_REVIEW.search(sentence):
        # A fault or warranty case named in the sentence clears it; a part named alone only when
        # the sentence before asked for no review ("Review us on Amazon? Then a spare part ...").
        before = normal.text[normal.sentences[max(0, index - 1)][0] : start]
        before = _TECH_RATING.sub(" ", before)
        asked = (_ANY_REVIEW.search(before) or _ON_AMAZON.search(before)) and not (
            _UNRELATED.search(before) or _WE_NEVER.search(before)
        )
        if _FAULT.search(sentence) or (
            not asked and (_REMEDY.search(sentence) or _FAULT.search(before))
        ):
            return True
    return _answered_no(normal, index)


def _answered_no(normal: NormalText, index: int) -> bool:
    """Whether sentence `index` is (or is followed by) a question the text answers "no" to."""
    sentence = normal.text[slice(*normal.sentences[index])]
    question = index
    if not _QUESTIONED.search(sentence):
        # "I got a message offering a refund for a review. Is that you?" then "No."
        if index + 1 >= len(normal.sentences):
            return False
        following = normal.text[slice(*normal.sentences[index + 1])]
        if len(following) > 60 or not _QUESTIONED.search(following):
            return False
        question = index + 1
    # The answer: the next sentences ("A." may stand alone before it; a subject line's question is
    # answered below the greeting), up to five.
    answer = " ".join(
        normal.text[slice(*span)] for span in normal.sentences[question + 1 : question + 6]
    )
    return bool(
        _NO_ANSWER.match(answer)
        or _NO_ANSWER.match(answer.replace(".", " ", 1))
        or _WE_NEVER.search(answer)
    )
