"""Generated news articles for the tests of the parallel and distributed
paths: many people, name variants (full name, surname, honorific, a
nickname, a slip), shared surnames, organisations, dates over two years."""

from __future__ import annotations

import random

FIRST = ["Ana", "Tomasz", "Priya", "Kwame", "Li", "Fatima", "Diego", "Ingrid", "Samuel", "Aiko", "Robert", "Elena"]
LAST = ["Lima", "Wróbel", "Raman", "Mensah", "Wei", "Haddad", "Ortega", "Berg", "Okafor", "Tanaka", "Keller", "Rossi"]
NICK = {"Robert": "Bob", "Samuel": "Sam", "Elena": "Lena"}
ROLES = ["Mayor", "Councilor", "Dr.", "spokesperson", "Senator"]
ORGS = ["the Harbour Authority", "the Ministry of Health", "the city council"]
SAYINGS = [
    "We will rebuild the bridge before winter", "The budget does not add up", "Nobody asked the residents",
    "This is a good day for the city", "We need more nurses, not more meetings", "The ferries are full every morning",
    "I have never seen numbers like these", "The plan is late but it is sound",
]


def articles(count: int, seed: int = 7, padding: int = 0) -> list[dict]:
    """``count`` articles as JSON objects; ``padding`` adds that many
    characters of quote-free text to each (to make chunks heavy)."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        people = rng.sample([(f, l) for f in FIRST for l in LAST], 2)
        paragraphs = []
        for first, last in people:
            role = rng.choice(ROLES)
            full = f"{NICK.get(first, first) if rng.random() < 0.15 else first} {last}"
            if rng.random() < 0.05:
                full = full[:-1] + ("e" if full[-1] != "e" else "a")  # a slip
            paragraphs.append(f'"{rng.choice(SAYINGS)}," said {role} {full}.')
            paragraphs.append(f'"{rng.choice(SAYINGS)}," {last} said. "{rng.choice(SAYINGS)}."')
        org = rng.choice(ORGS)
        paragraphs.append(f'In a statement, {org} said it "will publish the figures next month."')
        if padding:
            paragraphs.append(("The council met on Tuesday. " * (padding // 28 + 1))[:padding])
        month = 1 + i % 24
        out.append({
            "id": f"art-{i:05d}",
            "title": f"Story {i}",
            "date": f"{2024 + (month - 1) // 12}-{(month - 1) % 12 + 1:02d}-{1 + i % 28:02d}",
            "source": rng.choice(["Gazette", "Ledger", "Wire"]),
            "text": "\n\n".join(paragraphs),
        })
    return out
