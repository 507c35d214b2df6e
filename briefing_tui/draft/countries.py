"""Countries by name, short name, capital (used for the government) and demonym.

One line per country: `Name|other names|capital|demonyms`, lists separated by `;`. The table is
data, not code, so a missing country is a one-line addition.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

_TABLE = """\
United States|U.S.;US;USA;U.S.A.;America;United States of America|Washington|American;U.S.
Japan||Tokyo|Japanese
China|People's Republic of China;PRC|Beijing|Chinese
North Korea|DPRK;Democratic People's Republic of Korea|Pyongyang|North Korean
South Korea|Republic of Korea;ROK;Korea|Seoul|South Korean;Korean
Taiwan||Taipei|Taiwanese
Russia|Russian Federation|Moscow|Russian
Ukraine||Kyiv;Kiev|Ukrainian
United Kingdom|U.K.;UK;Britain;Great Britain|London|British
France||Paris|French
Germany||Berlin|German
Italy||Rome|Italian
Spain||Madrid|Spanish
Portugal||Lisbon|Portuguese
Netherlands|Holland|Amsterdam;The Hague|Dutch
Belgium||Brussels|Belgian
Luxembourg|||Luxembourgish
Switzerland||Bern|Swiss
Austria||Vienna|Austrian
Poland||Warsaw|Polish
Czech Republic|Czechia|Prague|Czech
Slovakia||Bratislava|Slovak
Hungary||Budapest|Hungarian
Romania||Bucharest|Romanian
Bulgaria||Sofia|Bulgarian
Greece||Athens|Greek
Turkey|Türkiye|Ankara|Turkish
Sweden||Stockholm|Swedish
Norway||Oslo|Norwegian
Denmark||Copenhagen|Danish
Finland||Helsinki|Finnish
Iceland||Reykjavik|Icelandic
Ireland||Dublin|Irish
Estonia||Tallinn|Estonian
Latvia||Riga|Latvian
Lithuania||Vilnius|Lithuanian
Belarus||Minsk|Belarusian
Moldova||Chisinau|Moldovan
Georgia||Tbilisi|Georgian
Armenia||Yerevan|Armenian
Azerbaijan||Baku|Azerbaijani
Serbia||Belgrade|Serbian
Croatia||Zagreb|Croatian
Slovenia||Ljubljana|Slovenian
Bosnia and Herzegovina|Bosnia|Sarajevo|Bosnian
Albania||Tirana|Albanian
Kosovo||Pristina|Kosovar
Canada||Ottawa|Canadian
Mexico||Mexico City|Mexican
Brazil||Brasília;Brasilia|Brazilian
Argentina||Buenos Aires|Argentine;Argentinian
Chile||Santiago|Chilean
Colombia||Bogotá;Bogota|Colombian
Peru||Lima|Peruvian
Venezuela||Caracas|Venezuelan
Cuba||Havana|Cuban
Ecuador||Quito|Ecuadorian
Bolivia||La Paz|Bolivian
Uruguay||Montevideo|Uruguayan
Paraguay||Asunción;Asuncion|Paraguayan
India||New Delhi|Indian
Pakistan||Islamabad|Pakistani
Bangladesh||Dhaka|Bangladeshi
Sri Lanka||Colombo|Sri Lankan
Nepal||Kathmandu|Nepalese;Nepali
Afghanistan||Kabul|Afghan
Iran||Tehran|Iranian
Iraq||Baghdad|Iraqi
Syria||Damascus|Syrian
Lebanon||Beirut|Lebanese
Israel||Jerusalem|Israeli
Jordan||Amman|Jordanian
Saudi Arabia||Riyadh|Saudi
United Arab Emirates|UAE;U.A.E.|Abu Dhabi|Emirati
Qatar||Doha|Qatari
Kuwait||Kuwait City|Kuwaiti
Oman||Muscat|Omani
Yemen||Sanaa|Yemeni
Egypt||Cairo|Egyptian
Libya||Tripoli|Libyan
Tunisia||Tunis|Tunisian
Algeria||Algiers|Algerian
Morocco||Rabat|Moroccan
Sudan||Khartoum|Sudanese
Ethiopia||Addis Ababa|Ethiopian
Kenya||Nairobi|Kenyan
Nigeria||Abuja|Nigerian
Ghana||Accra|Ghanaian
South Africa||Pretoria|South African
Senegal||Dakar|Senegalese
Mali||Bamako|Malian
Niger||Niamey|Nigerien
Somalia||Mogadishu|Somali
Uganda||Kampala|Ugandan
Tanzania||Dodoma|Tanzanian
Rwanda||Kigali|Rwandan
Indonesia||Jakarta|Indonesian
Malaysia||Kuala Lumpur|Malaysian
Singapore|||Singaporean
Thailand||Bangkok|Thai
Vietnam|Viet Nam|Hanoi|Vietnamese
Philippines||Manila|Philippine;Filipino
Myanmar|Burma|Naypyitaw|Myanmar;Burmese
Cambodia||Phnom Penh|Cambodian
Laos||Vientiane|Laotian;Lao
Mongolia||Ulaanbaatar|Mongolian
Kazakhstan||Astana|Kazakh
Uzbekistan||Tashkent|Uzbek
Australia||Canberra|Australian
New Zealand||Wellington|New Zealand
Papua New Guinea|||Papua New Guinean
Fiji||Suva|Fijian
"""


@dataclass(frozen=True, slots=True)
class Country:
    """One country and the words an article may use for it."""

    name: str
    names: tuple[str, ...]
    capitals: tuple[str, ...]
    demonyms: tuple[str, ...]

    @property
    def slug(self) -> str:
        """The id a draft gives the country."""
        return "-".join(self.name.lower().replace("'", "").split())


def _split(field: str) -> tuple[str, ...]:
    return tuple(part for part in field.split(";") if part)


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """Every country of the table."""
    rows = []
    for line in _TABLE.splitlines():
        name, others, capitals, demonyms = line.split("|")
        rows.append(Country(name, (name, *_split(others)), _split(capitals), _split(demonyms)))
    return tuple(rows)


@lru_cache(maxsize=1)
def by_word() -> dict[str, tuple[Country, str]]:
    """Each name, capital and demonym -> (country, "name" | "capital" | "demonym")."""
    found: dict[str, tuple[Country, str]] = {}
    for country in countries():
        for kind, words in (
            ("demonym", country.demonyms),
            ("capital", country.capitals),
            ("name", country.names),
        ):
            for word in words:
                found[word] = (country, kind)
    return found


def by_name(name: str) -> Country | None:
    """The country of a table name (any of its names)."""
    entry = by_word().get(name)
    return entry[0] if entry and entry[1] == "name" else None
