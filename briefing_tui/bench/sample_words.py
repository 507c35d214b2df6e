"""The word lists synthetic briefings are made of (`briefing-tui sample`)."""

from __future__ import annotations

import datetime as dt

from briefing_tui.format.dates import MONTH_NAMES

PUBLISHED = dt.date(2023, 9, 15)
"""The sample's dateline: events before it have happened, events after it are to come."""

MONTHS = MONTH_NAMES[1:]

# fmt: off
COUNTRIES = (
    "Arland", "Belmora", "Calder", "Dunmere", "Estvale", "Farrow", "Glenmark", "Halvern",
    "Islay", "Jorvale", "Kestria", "Lorn", "Marrow", "Norvale", "Ostmark", "Pellam",
    "Quarry", "Ravenna", "Solmere", "Tarn", "Ulster", "Varrow", "Westmark", "Yarrow",
)
COUNTRY_PREFIXES = ("", "North ", "South ", "New ", "Upper ", "Lower ", "East ", "West ")

CITIES = (
    "Alderton", "Bramley", "Castlebury", "Dovering", "Elmstead", "Fairhaven", "Glasswater",
    "Harrowgate", "Ironbridge", "Juniper Bay", "Kingsford", "Lakemoor", "Millbrook", "Northcliff",
    "Oakhurst", "Port Seaton", "Queensbury", "Redwater", "Stonehill", "Thornbury", "Umberfield",
    "Valemont", "Westbrook", "Yewfield",
)

FIRST_NAMES = (
    "Ada", "Alan", "Alice", "Amir", "Anna", "Ben", "Bianca", "Carl", "Clara", "Dana", "David",
    "Edith", "Elena", "Emil", "Erik", "Farah", "Felix", "Grace", "Hana", "Hugo", "Ines", "Ivan",
    "Jack", "Jonas", "Julia", "Karim", "Kate", "Lena", "Leo", "Lucia", "Maya", "Marco", "Marta",
    "Nadia", "Nils", "Nora", "Omar", "Olga", "Oscar", "Paula", "Pedro", "Petra", "Rosa", "Ruth",
    "Sami", "Sara", "Simon", "Sofia", "Tariq", "Tess", "Theo", "Una", "Victor", "Vera", "Walter",
    "Wanda", "Yusuf", "Yara", "Zoe", "Zane",
)

LAST_NAMES = (
    "Abbott", "Alvarez", "Baker", "Bergstrom", "Brandt", "Castillo", "Chen", "Cole", "Dalton",
    "Dimitrov", "Duarte", "Eklund", "Ferreira", "Fischer", "Garner", "Gomez", "Haddad", "Hale",
    "Hartmann", "Ibsen", "Iqbal", "Jansen", "Jovanovic", "Kaplan", "Keller", "Kowalski", "Lambert",
    "Larsen", "Lindqvist", "Maddox", "Moreau", "Mueller", "Nakamura", "Novak", "Nyberg", "Okafor",
    "Olsen", "Ortega", "Park", "Petrov", "Quinn", "Rahman", "Reyes", "Rossi", "Sato", "Schmidt",
    "Sorensen", "Stone", "Tanaka", "Torres", "Ulrich", "Vance", "Varga", "Vogel", "Walsh",
    "Weber", "Yilmaz", "Young", "Zeller", "Zimmer",
)

INITIALS = tuple("ABCDEFGHJKLMNPRSTVW")

RANKS = (
    "Minister", "Deputy Minister", "State Secretary", "Director General", "Special Envoy",
    "Chief Negotiator", "Senior Adviser", "Spokesperson", "Undersecretary", "Commissioner",
)

DOMAINS = (
    "Agriculture", "Aviation", "Budget", "Climate", "Culture", "Customs", "Defense", "Education",
    "Energy", "Finance", "Fisheries", "Forestry", "Health", "Housing", "Industry", "Justice",
    "Labor", "Maritime Affairs", "Migration", "Mining", "Pensions", "Railways", "Research",
    "Security", "Shipping", "Space", "Telecoms", "Tourism", "Trade", "Water",
)

ORG_KINDS = ("Ministry", "Agency", "Council", "Authority", "Institute", "Commission", "Office")

EVENT_ADJECTIVES = (
    "Annual", "Bilateral", "Border", "Central", "Coastal", "Emergency", "Expanded", "Extended",
    "Final", "Formal", "Grand", "Harbor", "Informal", "Inland", "Interim", "Island", "Joint",
    "Lakeside", "Ministerial", "Mountain", "Northern", "Open", "Preparatory", "Quarterly",
    "Regional", "River", "Senior", "Southern", "Special", "Standing", "Technical", "Eastern",
    "Western", "Winter", "Spring", "Summer", "Autumn", "Closed", "Trilateral", "Upland",
)

EVENT_SUBJECTS = (
    "Grain", "Fuel", "Fishing", "Water", "Rail", "Shipping", "Tariff", "Currency", "Vaccine",
    "Forest", "Steel", "Textile", "Cyber", "Satellite", "Pension", "Housing", "Dairy", "Timber",
    "Copper", "Salt", "Wool", "Coffee", "Cotton", "Power Grid", "Port", "Road", "Bridge",
    "Canal", "Refugee", "Visa", "Patent", "Tax", "Fertilizer", "Rice", "Sugar", "Wheat",
)

EVENT_KINDS = (
    "Talks", "Summit", "Forum", "Review", "Conference", "Dialogue", "Meeting", "Round", "Session",
    "Consultations", "Exchange", "Working Group", "Hearing", "Negotiations", "Visit",
    "Inspection", "Briefing", "Assembly", "Symposium", "Roundtable", "Workshop", "Convention",
    "Panel", "Mission", "Audit",
)

NUMERALS = (
    "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
    "XVI", "XVII", "XVIII", "XIX", "XX",
)

TOPIC_AREAS = (
    "Trade", "Security", "Energy", "Climate", "Health", "Migration", "Fisheries", "Finance",
    "Transport", "Agriculture", "Technology", "Water", "Labor", "Education", "Housing", "Space",
    "Tourism", "Mining", "Culture", "Justice", "Defense", "Research", "Shipping", "Aviation",
    "Forestry", "Industry", "Telecoms", "Pensions", "Customs", "Railways",
)

TOPIC_ASPECTS = (
    "quotas", "subsidies", "standards", "sanctions", "inspections", "tariffs", "investment",
    "safety rules", "supply chains", "price caps", "export controls", "licensing", "debt relief",
    "emergency stocks", "joint patrols", "data sharing", "funding", "reform", "oversight",
    "transparency", "training", "research grants", "procurement", "infrastructure",
    "cooperation", "disputes", "insurance", "certification", "monitoring", "capacity",
    "coordination", "compensation", "border checks", "reporting", "market access", "regulation",
    "staffing", "planning", "recovery plans", "risk sharing",
)

TOPIC_QUALIFIERS = (
    "Regional", "Long-term", "Cross-border", "Emergency", "National", "Local", "Joint",
    "Coastal", "Rural", "Urban", "Interim", "Seasonal", "Voluntary", "Binding", "Phased",
    "Targeted", "Shared", "Independent", "Digital", "Public", "Private", "Bilateral",
    "Multilateral", "Temporary", "Permanent", "Youth", "Northern", "Southern", "Green",
    "Small-scale", "Large-scale", "Annual", "Quarterly", "Mandatory", "Flexible", "Common",
    "Open", "Reciprocal", "Transitional", "Preventive",
)
# fmt: on

TOPIC_HEDGES = {
    "stated": "is on the table",
    "expected": "is expected to come up",
    "likely": "will likely come up",
    "possible": "could also come up",
}

VERBS = {
    ("occurred", "stated"): "held",
    ("occurred", "likely"): "reportedly held",
    ("ongoing", "stated"): "have been holding",
    ("ongoing", "likely"): "appear to be holding",
    ("planned", "stated"): "plan to hold",
    ("planned", "expected"): "are set to hold",
    ("expected", "expected"): "are expected to hold",
    ("expected", "likely"): "will likely hold",
    ("possible", "possible"): "could hold",
    ("possible", "likely"): "may well hold",
}

STATUSES = (
    ("occurred", 35, ("stated", "stated", "stated", "likely")),
    ("ongoing", 10, ("stated", "likely")),
    ("planned", 25, ("stated", "expected")),
    ("expected", 20, ("expected", "likely")),
    ("possible", 10, ("possible", "likely")),
)

UNDATED = ("at a date yet to be set", "at some point", "in due course")
AFTERWORD = "officials said little"
"""A stock phrase repeated all over the article: quoting it needs a prefix or a suffix."""
