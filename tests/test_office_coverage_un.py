"""Every UN member state's three top offices are covered from 2020-01-01 to 2025-12-31.

Issue #12 asks for the head of state, head of government and foreign minister of every UN
member state, at least for their holders since 2020. For each (member, role) the role is
mapped to an office every day of 2020-2025 (office_roles, no gap, no overlap), and each day
of each mapping has exactly one holder of that office or an explicit vacancy row (offices).
The member list is written by hand from the UN's list of 193 member states (not read from
the seeds).
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_office_coverage import OFFICES, ROLES, coverage_faults, day, holder

FIRST_DAY = dt.date(2020, 1, 1)
LAST_DAY = dt.date(2025, 12, 31)
ROLE_NAMES = ("head_of_state", "head_of_government", "foreign_minister")

# The 193 UN member states by ISO 3166-1 alpha-2 code, one line per initial letter.
# Observers (Holy See VA, Palestine PS) and non-members (Kosovo, Taiwan) are not in it.
UN_MEMBER_LINES = """
    AD AE AF AG AL AM AO AR AT AU AZ
    BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ
    CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ
    DE DJ DK DM DO DZ
    EC EE EG ER ES ET
    FI FJ FM FR
    GA GB GD GE GH GM GN GQ GR GT GW GY
    HN HR HT HU
    ID IE IL IN IQ IR IS IT
    JM JO JP
    KE KG KH KI KM KN KP KR KW KZ
    LA LB LC LI LK LR LS LT LU LV LY
    MA MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ
    NA NE NG NI NL NO NP NR NZ
    OM
    PA PE PG PH PK PL PT PW PY
    QA
    RO RS RU RW
    SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ
    TD TG TH TJ TL TM TN TO TR TT TV TZ
    UA UG US UY UZ
    VC VE VN VU
    WS
    YE
    ZA ZM ZW
"""
UN_MEMBERS = UN_MEMBER_LINES.split()

# (member, role) pairs not covered yet, one member a line with its roles (hos head of state,
# hog head of government, fm foreign minister) and, after `#`, why. Each is expected to
# fail (strict: a pair that becomes covered must leave this list, so the list is always
# exactly what is missing). Issue #12 work: gaz3 covered members A-L, gaz4 covers M-Z.
# Members A-L: the foreign ministers below changed hands since 2020 in months (or in an
# order) not known well enough to write them down; they wait for a dated source. gaz9
# went over every foreign minister left in both lists (the bar: each holder in order and
# at least the month of each change, from memory) and covered only Zimbabwe's.
NOT_YET_COVERED_A_TO_L = """
    GA fm  # Moubelet Boubeya, Adamo, Immongault, Onanga Ndiaye, ...: order and months unsure
    GD fm  # Peter David, Oliver Joseph, Joseph Andall (2022): months of the changes unknown
    GQ fm  # ministers after Simeón Oyono Esono Angue: names and months unknown
    GW fm  # Suzi Barbosa (2020) and her successors: names and months unknown
    KM fm  # Souef Mohamed El-Amine, Dhoihir Dhoulkamal, Mbae Mohamed: months unsure
    LR fm  # Findley, Kemayah (2020), Sara Beysolow Nyanti (under Boakai, 2024): months unsure
    LY fm  # Siala, Najla Mangoush (2021-03..2023-08), then acting ministers not known by name
"""
# Members M-Z (gaz4, then the gazetteer helper, then gaz9): the same, foreign ministers whose
# months (or order) are not known well enough; San Marino's head of state is two Captains
# Regent at once, which one-holder-a-day rows cannot say.
NOT_YET_COVERED_M_TO_Z = """
    MC fm  # Isabelle Berro-Amadeï since about 2019: start and any successor unknown
    MG fm  # several ministers since 2020 (Randriamandrato, Sylla, ...): order and months unsure
    MH fm  # Casten Nemra, Kitlang Kabua, Kalani Kaneko: months of the changes unsure
    MU fm  # Bodha, Ganoo, Ramful (from 2024-11): the month Ganoo took over unknown
    MW fm  # Kasaila, Mkaka (2020-07), Tembo, Chaponda (2025-10): Tembo's month, any gaps unsure
    NI fm  # Denis Moncada to Valdrack Jaentschke: month unknown
    NR fm  # who held the portfolio under Aingimea, Kun and Adeang: not known well enough
    PA fm  # Ferrer, Mouynes, Tewaney, Martínez-Acha (2024-07-01): the first two months unsure
    PE fm  # a dozen ministers since 2020: Merino's (November 2020) unknown, several months unsure
    PG fm  # Pruaitch, Eoe, Tkatchenko, ...: order and months unsure
    PY fm  # Rivas, González, Acevedo, Arriola: months unsure; Ramírez Lezcano 2023-08-15
    SC fm  # before Radegonde (2020-11) and after him (2025-10): holders unknown
    SD fm  # Asma Abdalla, Gamar Aldin, Mariam al-Mahdi, acting ministers: order and months unsure
    SL fm  # Tunis, Francis, Kabba (2023): the month Francis took over unknown
    SM hos  # two Captains Regent at once
    SO fm  # many ministers since 2020: order and months unsure
    SR fm  # Ramdin left for the OAS (May 2025): who held it from then on unknown
    SS fm  # many ministers since 2020: names, order and months unsure
    ST fm  # ministers since 2020: names and months unknown
    TD fm  # Zene, Annadif, Koulamallah, ...: order and months unsure
    TO fm  # who held the portfolio under each premier: unknown
    VC fm  # Gonsalves (2020-11?) and the minister of Friday's cabinet (2025-11): unknown
    VU fm  # many ministers since 2020: names, order and months unsure
    ZM fm  # Malanji, Kakubo (2021-09), Haimbe: the month Haimbe took over and the 2021 gap unsure
"""
ROLE_ABBREVIATIONS = {"hos": "head_of_state", "hog": "head_of_government", "fm": "foreign_minister"}
NOT_YET_COVERED = {
    (member, ROLE_ABBREVIATIONS[abbreviation])
    for member, *abbreviations in (
        line.split("#")[0].split()
        for line in (NOT_YET_COVERED_A_TO_L + NOT_YET_COVERED_M_TO_Z).split("\n")
        if line.split("#")[0].strip()
    )
    for abbreviation in abbreviations
}


def test_the_member_list_has_193_states() -> None:
    assert len(UN_MEMBERS) == 193
    assert len(set(UN_MEMBERS)) == 193
    assert sorted(UN_MEMBERS) == UN_MEMBERS


def role_faults(member: str, role: str) -> list[str]:
    """Days of 2020-2025 with no (or two) offices for the role, or no (or two) holders."""
    mappings = [
        (day(row["valid_from"]), day(row["valid_to"]), row["office"])
        for row in ROLES
        if (row["country_code"], row["role"]) == (member, role)
    ]
    faults = [f"mapping: {fault}" for fault in coverage_faults(mappings, FIRST_DAY, LAST_DAY)]
    for valid_from, valid_to, office in mappings:
        first, last = max(FIRST_DAY, valid_from), min(LAST_DAY, valid_to)
        if first > last:
            continue
        terms = [
            (day(row["start_date"]), day(row["end_date"]), holder(row))
            for row in OFFICES
            if (row["office"], row["country_code"]) == (office, member)
            and not row["posted_to_country_code"]
        ]
        faults += [f"{office}: {fault}" for fault in coverage_faults(terms, first, last)]
    return faults


def cases() -> list:
    return [
        pytest.param(
            member,
            role,
            marks=[pytest.mark.xfail(reason="not covered yet", strict=True)]
            if (member, role) in NOT_YET_COVERED
            else [],
        )
        for member in UN_MEMBERS
        for role in ROLE_NAMES
    ]


@pytest.mark.parametrize(("member", "role"), cases())
def test_member_role_has_one_holder_every_day_since_2020(member: str, role: str) -> None:
    faults = role_faults(member, role)
    assert not faults, f"{member} {role}: " + "; ".join(faults)
