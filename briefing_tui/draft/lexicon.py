"""Word lists the entity finder leans on: titles, organisation heads, words that are no names.

Kept apart from the rules so that growing a list never touches the logic.
"""

from __future__ import annotations

TITLE_HEADS = frozenset(
    str.split(
        """
    Secretary Minister President Premier Chancellor Director Ambassador Envoy Representative
    Spokesman Spokeswoman Spokesperson Commissioner Chairman Chairwoman Chair Chairperson
    Governor Mayor Senator Sen. Rep. Congressman Congresswoman Lawmaker Leader King Queen Prince
    Princess Emperor Speaker Admiral Adm. General Gen. Colonel Col. Lieutenant Lt. Major Maj.
    Captain Capt. Commander Sergeant Chief CEO CFO COO Officer Head Professor Prof. Judge Justice
    Attorney Prosecutor Counsel Adviser Advisor Undersecretary Under-Secretary Secretary-General
    Director-General Deputy Vice Councillor Councilor Negotiator Economist Analyst Pope Cardinal
    Bishop Archbishop Sheikh Emir Sultan Minister-President Mr. Mrs. Ms. Dr. Sir Dame Lord Lady
    Ayatollah Rabbi Imam Coach Manager Founder Executive Administrator Inspector Superintendent
    Marshal Sheriff Coordinator Delegate Consul Attaché Chargé
    """
    )
)
"""Words that make a capitalised phrase a title (the head of a role)."""

HONORIFICS = frozenset(str.split("Mr. Mrs. Ms. Dr. Sir Dame Lord Lady Prof. Mr Mrs Ms Dr"))

ROLE_WORDS = frozenset(
    str.split(
        """
    Acting Assistant Senior Junior Associate Principal First Second Third Foreign Defense Defence
    State Home Interior Finance Economy Economic Trade Commerce Industry Justice Health Education
    Environment Energy Agriculture Transport Transportation Labor Labour Treasury National
    International Public Affairs Security Policy Political Military Cabinet Executive Special
    Permanent Parliamentary Legislative Regional Federal Central Digital Culture Tourism Sports
    Science Technology Research Development Planning Budget Fisheries Forestry Land Infrastructure
    Housing Welfare Social Family Women Youth Veterans Homeland Intelligence Communications Press
    Information Operations Strategy Strategic Cooperation Relations Diplomatic Global Unification
    Reconstruction Revitalization Emergency Disaster Management Maritime Naval Nuclear Armed
    Forces Army Navy Marine Marines Corps Air Force Coast Guard Police Staff Joint Chiefs
    Affairs Prime Supreme Top Chief Deputy Vice Under Director General Secretary Minister Region
    Ministry Department Office Bureau Agency Council Committee Commission Secretariat House
    Senate Parliament Assembly Congress Board Bank Fund Authority Administration Service
    Services Division Institute University Court Party Union Organization Organisation
    Association Group Company Corporation Council Centre Center Program Programme Project Team
    Asia Asian Pacific Indo-Pacific Europe European Africa African America American Americas
    Latin Middle East West North South Northeast Southeast Eastern Western Northern Southern
    Arctic Atlantic Gulf Caribbean Balkans Baltic Nordic Oceania Islands Island Sea Ocean Strait
    Peninsula River Lake Mountains Valley Province State States City County District Republic
    Kingdom Federation Emirates Capital Coast Bay Canal Affairs
    """
    )
)
"""Capitalised words that belong to titles, bodies and places, never to a person's name."""

ORG_HEADS = frozenset(
    str.split(
        """
    Ministry Department Agency Office Bureau Council Committee Commission Secretariat Senate
    Parliament Assembly Congress Board Bank Fund Authority Service Institute University Court
    Party Union Organization Organisation Association Group Company Corporation Corp. Inc. Ltd.
    Co. Foundation Alliance Forces Army Navy Guard Police Cabinet Diet Bundestag Duma Knesset
    Pentagon Kremlin Reuters Reserve Embassy Consulate Mission Agency Network Airlines Motors
    Holdings Industries Federation
    Coalition Movement Front Center Centre Program Programme Exchange Tribunal Command
    """
    )
)
"""Last words of a capitalised phrase that name an organisation."""

STANDALONE_ORGS = {
    "the Pentagon": "Pentagon",
    "the White House": "White House",
    "the Kremlin": "Kremlin",
    "the Élysée": "Élysée",
    "Downing Street": "Downing Street",
    "the Vatican": "Vatican",
    "the State Department": "State Department",
}
"""Bodies named by a building or a bare name, as they appear in the article -> their name."""

COMMON_ORG_NOUNS = (
    "coast guard",
    "military",
    "navy",
    "army",
    "air force",
    "armed forces",
    "central bank",
    "parliament",
    "embassy",
    "foreign ministry",
    "defense ministry",
    "defence ministry",
    "police",
    "intelligence agency",
    "intelligence service",
    "ruling party",
    "opposition party",
)
"""Lower-case bodies named after a country ("Chinese coast guard", "China's coast guard")."""

NOT_NAMES = frozenset(
    str.split(
        """
    The A An This That These Those It Its He She They We I You His Her Their Our My Your In On At
    By For From To Of And But Or Nor So Yet If When While After Before Since Until As With Without
    Under Over Between Among Against During Through About Also Still Meanwhile However Other Some
    Many Most Both Each Every All No Not New Old Last Next Early Late Mid Then There Here What
    Which Who Whom Whose Why How Where Despite Although Though Because Unlike Like Instead Officials
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December Today Yesterday Tomorrow Spring Summer Autumn
    Fall Winter Christmas Easter Ramadan God Internet COVID-19 Covid-19 COVID Covid Reuters AP AFP
    Kyodo Xinhua Yonhap Bloomberg Associated Press
    """
    )
)
"""Capitalised words that start sentences or name times, never a person."""

SPEECH_VERBS = frozenset(
    str.split(
        """
    said says told tells added adds noted notes stressed stresses warned warns announced
    announces insisted insists argued argues explained explains wrote writes asked asks
    declared declares urged urges claimed claims confirmed confirms denied denies
    """
    )
)
"""Verbs that follow or precede a speaker's name ("said Ana Pérez", "Pérez told")."""

EAST_ASIAN_SURNAMES = frozenset(
    str.split(
        """
    Kim Lee Park Choi Jung Jeong Kang Cho Yoon Jang Lim Shin Han Oh Seo Kwon Hwang Ahn Song Yoo
    Hong Jeon Ko Moon Yang Son Bae Baek Heo Nam Noh Ha Kwak Sung Cha Joo Woo Min Ryu Na Jin Chae
    Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang
    Xie Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su
    Lu Ding Ren Shen Yao Zhong Xi Qin Fu Fang Bai Cui Kang Mao Qiu Tan Shi Nguyen Tran Le Pham
    Hoang Vu Vo Dang Bui Do Ho Ngo Duong Ly
    """
    )
)
"""Family names written first in Chinese, Korean and Vietnamese names ("Shin Won-sik")."""

NAME_PARTICLES = frozenset(
    str.split("de da di del della der den van von la le du dos das bin al el ibn")
)
"""Lower-case words inside a person's name ("Ursula von der Leyen", "Lula da Silva")."""
