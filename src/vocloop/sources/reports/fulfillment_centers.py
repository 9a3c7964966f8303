"""Which country an Amazon fulfillment center is in, from its code (airport code + number).

Only a hint for filing a return under a store: Pan-European FBA ships across borders, so a return
processed in LEJ1 may belong to an Amazon.fr order. The importer prefers the order's own marketplace
(from an imported all-orders report) and falls back to this table. FCs in PL and CZ serve several
marketplaces and give no hint.
"""

from __future__ import annotations

_AIRPORTS_BY_COUNTRY = {
    "US": "ABE ACY AFW AKC ALB ATL AUS AVP AZA BDL BFI BFL BHM BNA BOI BOS BWI CAE CHA CHO CLE CLT "
    "CMH CVG DAB DAL DCA DEN DET DFW DSM DTW ELP EWR FAT FOE FTW GEG GSO GSP GYR HOU IAH ICT IGQ "
    "ILG IND JAN JAX JFK JVL LAN LAS LAX LBE LFT LGA LGB LIT MCC MCE MCI MCO MDT MDW MEM MGE MKC "
    "MKE MQJ MSP MTN OAK OKC OMA ONT ORD ORF PBI PCW PDX PHL PHX PIT PPO RDG RDU RFD RIC RMN RNO "
    "ROC SAT SAV SBD SCK SDF SEA SJC SLC SMF SNA STL SWF SYR TEB TLH TPA TTN TUL TUS VGT XLX",
    "CA": "YEG YHM YOO YOW YUL YVR YXU YYC YYZ",
    "MX": "MEX GDL MTY",
    "UK": "BHX BRS BVE CWL DSA EDI EMA EUK GLA LBA LCY LTN MAN MME NCL NQY SOU STN",
    "DE": "BER BRE CGN DTM DUS EDE FRA HAJ HAM LEJ MUC NUE PAD SCN STR XDE",
    "FR": "BES BOD BVA CDG ETZ LIL LYS MRS NTE ORY TLS XFR",
    "IT": "BGY BLQ FCO MXP PSR TRN VCE XIT",
    "ES": "BCN BIO MAD SVQ VLC ZAZ XES",
    "NL": "AMS RTM",
    "SE": "ARN GOT",
    "JP": "FSZ HND HSG ITM KIX KMQ NGO NRT OKA QCB TPF XJP",
    "AU": "BNE MEL PER SYD",
    "IN": "AMD BLR BOM CCU DEL HYD MAA PNQ",
}

FC_COUNTRY: dict[str, str] = {
    airport: country
    for country, airports in _AIRPORTS_BY_COUNTRY.items()
    for airport in airports.split()
}


def country_of_fulfillment_center(code: str) -> str | None:
    """The marketplace country a fulfillment center most likely serves, or None when unknown."""
    return FC_COUNTRY.get(code[:3].upper()) if len(code) >= 3 else None
