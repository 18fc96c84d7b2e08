"""Vocabulary: topics, goals, agreements, venues, reporters, desks and places."""

from __future__ import annotations

TOPICS = (
    "trade and investment", "energy cooperation",
    "supplies of crude oil", "liquefied natural gas", "wheat imports", "food security",
    "regional connectivity", "banking channels",
    "payments in national currencies", "barter trade", "counter-terrorism cooperation",
    "the situation in Afghanistan", "defence cooperation", "education and scholarships",
    "visa facilitation", "people-to-people contacts", "direct flights", "cultural exchanges",
    "the situation in the Middle East", "the crisis in Gaza", "climate change",
    "the North-South transport corridor", "space cooperation", "railways",
    "nuclear energy", "tourism", "pharmaceuticals", "fertiliser supplies", "steel production",
    "information security", "joint military exercises",
)  # fmt: skip
PAKISTAN_TOPICS = (
    "the Pakistan Stream gas pipeline",
    "the Trans-Afghan railway",
    "the Moscow Format on Afghanistan",
    "the Karachi steel mill",
    "Gwadar port",
)
GOALS = (
    "expand bilateral trade", "deepen energy cooperation", "speed up work on pending projects",
    "strengthen coordination at multilateral forums", "enhance people-to-people contacts",
    "facilitate businesspeople", "fight terrorism and drug trafficking together",
    "set up direct banking links", "increase the number of flights between the two countries",
    "raise the volume of trade to a new level", "build a long-term partnership",
    "work together for peace and stability in the region",
)  # fmt: skip
AGREEMENTS = (
    "convene the next session of the Intergovernmental Commission at an early date",
    "hold the next round of bilateral political consultations later this year",
    "set up a joint working group on energy",
    "finalise a memorandum of understanding on education",
    "exchange business delegations in the coming months",
    "form a task force on payment mechanisms",
    "keep up the momentum of high-level exchanges",
    "step up cooperation in the Shanghai Cooperation Organisation",
    "sign an agreement on visa facilitation for officials and businesspeople",
    "hold a joint business forum in the first half of next year",
)  # fmt: skip
VENUES = {  # (country, office): (the venues' city, venues)
    ("PK", "President"): ("Islamabad", ("at the Aiwan-e-Sadr", "at the President House")),
    ("PK", "Prime Minister"): ("Islamabad", ("at the Prime Minister's House", "at PM House")),
    ("PK", "Foreign Minister"): ("Islamabad", ("at the Foreign Office", "at the Ministry of "
                                              "Foreign Affairs")),
    ("PK", "Chief of Army Staff"): ("Rawalpindi", ("at the General Headquarters", "at GHQ")),
    ("PK", "Defence Minister"): ("Rawalpindi", ("at the Ministry of Defence",)),
    ("RU", "President"): ("Moscow", ("at the Kremlin",)),
    ("RU", "Prime Minister"): ("Moscow", ("at the Government House",)),
    ("RU", "Foreign Minister"): ("Moscow", ("at the Russian Foreign Ministry",
                                           "at the Foreign Ministry's mansion")),
    ("RU", "Defence Minister"): ("Moscow", ("at the Russian Defence Ministry",)),
    ("CN", "President"): ("Beijing", ("at the Great Hall of the People",)),
    ("CN", "Premier"): ("Beijing", ("at the Great Hall of the People",)),
    ("CN", "Foreign Minister"): ("Beijing", ("at the Diaoyutai State Guesthouse",)),
}  # fmt: skip
HANDOUT_SOURCES = {
    "PK": ("the Foreign Office", "the Prime Minister's Office", "the PM Office media wing",
           "the Ministry of Foreign Affairs", "the ISPR"),
    "RU": ("the Kremlin press service", "the Russian Foreign Ministry", "the Russian embassy"),
}  # fmt: skip
REPORTER_FIRST = (
    "Ayesha", "Bilal", "Farah", "Hamza", "Sana", "Usman", "Zainab", "Kamran", "Nida", "Faisal",
    "Rabia", "Tariq", "Mehreen", "Saad", "Hina", "Adnan", "Amna", "Waqas", "Irina",
    "Dmitri", "Anna", "Pavel", "Yelena", "Li", "Chen", "Sarah", "James", "Maria", "Tom",
)  # fmt: skip
REPORTER_LAST = (
    "Naqash", "Iftikhar", "Rana", "Siddiqui", "Hashmi", "Awan", "Chaudhry", "Baig",
    "Rehman", "Javed", "Anwar", "Ghauri", "Durrani", "Lodhi", "Paracha", "Volkova",
    "Orlov", "Kuznetsova", "Belov", "Morozova", "Zhang", "Hughes", "Fletcher", "Collins",
)  # fmt: skip
DESKS = ("Staff Reporter", "Web Desk", "News Desk", "Our Correspondent", "Monitoring Desk",
         "Diplomatic Correspondent", "APP", "Agencies")  # fmt: skip
PROVINCES = ("Punjab", "Sindh", "Khyber Pakhtunkhwa", "Balochistan", "Gilgit-Baltistan")
TOWNS = ("Lahore", "Karachi", "Peshawar", "Quetta", "Multan", "Faisalabad", "Hyderabad",
         "Sialkot", "Gwadar", "Abbottabad", "Sukkur", "Bahawalpur")  # fmt: skip
TEAMS = ("Lahore Qalandars", "Karachi Kings", "Peshawar Zalmi", "Quetta Gladiators",
         "Islamabad United", "Multan Sultans")  # fmt: skip
