#!/usr/bin/env python3
"""Synthetic news articles for load and scale-out tests (standard library only).

Generates wire-style stories: dateline, a lead with an indirect quote, direct quotes attributed
("...," said Jane Doe, the finance minister / Doe said / "...," she added), partial quotes and
"according to" attributions. Speakers come from a fixed population with Zipf-like popularity so a few
are quoted very often and most rarely, as in real news. Everything is made up from word lists:
no text from any corpus. Deterministic for a given seed and article number.

  python3 load/newsgen.py --count 1000 --start 0 > articles.jsonl    # one JSON article per line
  python3 load/newsgen.py --speakers 20 > names.txt                  # the 20 most quoted names
"""
import argparse
import json
import random
import sys

FIRST = ("Maria John Aisha Pedro Ingrid Kenji Fatima Oliver Chloe Rahul Elena Samuel Grace Mateo Hannah Yusuf "
         "Sofia David Amara Lukas Priya Thomas Leila Marcus Nadia Victor Julia Omar Clara Henrik Mei Daniel "
         "Zara Pablo Anna Kwame Laura Felix Irina George Lucia Ahmed Emma Tomas Noor Patrick Sara Hugo Alice").split()
LAST = ("Lopez Carter Okafor Lindqvist Tanaka Haddad Brennan Moreau Sharma Petrov Mensah Fischer Alvarez Kowalski "
        "Nakamura Osei Rossi Novak Bergstrom Castillo Dubois Hughes Ivanova Jensen Kaplan Larsen Mahmoud Nilsson "
        "Ortega Park Quinn Rahman Schmidt Torres Ueda Vasquez Weber Xu Yilmaz Zimmermann Abbott Baptiste Coleman "
        "Da Silva Eriksen Fontaine Gallagher Horvath Ibrahim Jovanovic Keller Lambert Moretti Nyberg O'Neill Pereira "
        "Reyes Santos Thorsen Underwood Varga Wallace Young Zhou Adeyemi Bauer Conti Delgado Engel Ferreira").split()
ROLES = ("the finance minister", "the health minister", "a spokeswoman for the ministry", "the mayor",
         "the opposition leader", "chief executive of the company", "a senior economist at the central bank",
         "the police chief", "a professor of political science", "the union president", "the defense secretary",
         "the governor", "the head of the regional council", "a spokesman for the airline", "the trade commissioner",
         "the energy secretary", "the coach", "a lawyer for the family", "the state prosecutor", "the foreign minister")
PLACES = ("WASHINGTON", "BRUSSELS", "LONDON", "NAIROBI", "TOKYO", "MADRID", "OTTAWA", "CANBERRA", "BERLIN",
          "SAO PAULO", "MUMBAI", "OSLO", "LAGOS", "MEXICO CITY", "ROME", "SEOUL", "CAIRO", "WARSAW")
SOURCES = ("Associated Press", "Reuters", "Los Angeles Times", "The Guardian", "Daily Herald", "Evening Courier")
AGENCY = {"Associated Press": "AP", "Reuters": "Reuters"}
TOPICS = ("budget", "pension reform", "railway strike", "water supply", "housing market", "fuel prices",
          "school funding", "border talks", "vaccine rollout", "trade agreement", "flood defenses", "tax plan",
          "election timetable", "hospital waiting lists", "mining licence", "fishing quotas", "power grid")
SUBJECTS = ("we", "our members", "families", "investors", "officials", "residents", "critics", "farmers",
            "most voters", "our partners", "the unions", "local businesses", "taxpayers")
VERBS = ("will not accept", "cannot ignore", "have always supported", "are deeply concerned about",
         "will fight", "fully expect", "must rethink", "are ready to discuss", "have underestimated",
         "will review", "strongly reject", "welcome")
OBJECTS = ("the new {t}", "any delay to the {t}", "the cost of the {t}", "a fair deal on the {t}",
           "the latest figures on the {t}", "this approach to the {t}", "the proposed changes to the {t}")
TAILS = ("", " this year", " before the summer", " without a vote", " at any price", " in the coming weeks",
         " for the sake of our children", " as long as I am in office", " and everyone knows it")
CLAUSES = ("the {t} would be decided by the end of the month", "talks on the {t} had stalled",
           "the {t} was on track despite the criticism", "further cuts to the {t} were unavoidable",
           "the {t} had been badly managed for years", "a compromise on the {t} was within reach")
WEEKDAYS = ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "last week", "on Sunday")


class Population:
    """A fixed set of speakers with a role each; popularity falls off like 1/rank."""

    def __init__(self, size=20000, seed=7):
        rnd = random.Random(seed)
        seen, self.people = set(), []
        while len(self.people) < size:
            first, last = rnd.choice(FIRST), rnd.choice(LAST)
            # middle initials widen the name space beyond first x last
            middle = "" if len(self.people) < len(FIRST) * len(LAST) // 2 else rnd.choice("ABCDEFGHJKLMNPRSTW") + ". "
            name = f"{first} {middle}{last}"
            if name in seen:
                continue
            seen.add(name)
            self.people.append((name, last, rnd.choice(ROLES), rnd.choice("hs")))
        weights = [1.0 / (rank + 10) for rank in range(size)]
        total = sum(weights)
        self.cumulative, acc = [], 0.0
        for w in weights:
            acc += w / total
            self.cumulative.append(acc)

    def pick(self, rnd):
        import bisect
        return self.people[min(bisect.bisect_left(self.cumulative, rnd.random()), len(self.people) - 1)]


def sentence(rnd):
    t = rnd.choice(TOPICS)
    s = f"{rnd.choice(SUBJECTS)} {rnd.choice(VERBS)} {rnd.choice(OBJECTS).format(t=t)}{rnd.choice(TAILS)}"
    return s[0].upper() + s[1:]


def article(n, pop, seed=1, quotes=16):
    """Article number n: a dict ready to POST as JSON."""
    rnd = random.Random(seed * 1_000_003 + n)
    source = rnd.choice(SOURCES)
    place, topic = rnd.choice(PLACES), rnd.choice(TOPICS)
    cast = []
    while len(cast) < 5:
        p = pop.pick(rnd)
        if p not in cast:
            cast.append(p)
    paras, used = [], set()
    lead = cast[0]
    paras.append(f"{place} ({AGENCY.get(source, 'NEWS')}) — {lead[0]}, {lead[2]}, said "
                 f"{rnd.choice(WEEKDAYS)} that {rnd.choice(CLAUSES).format(t=topic)}.")
    used.add(lead)
    count = 1
    while count < quotes:
        who = rnd.choice(cast)
        name, last, role, gender = who
        pron = "she" if gender == "s" else "he"
        form = rnd.randrange(6)
        q1, q2 = sentence(rnd), sentence(rnd)
        if who not in used:
            paras.append(f"\u201c{q1},\u201d said {name}, {role}. \u201c{q2}.\u201d")
            used.add(who)
        elif form == 0:
            paras.append(f"\u201c{q1},\u201d {last} said {rnd.choice(WEEKDAYS)}.")
        elif form == 1:
            paras.append(f"{last} told reporters: \u201c{q1}.\u201d")
        elif form == 2:
            paras.append(f"\u201c{q1},\u201d {pron} added. \u201c{q2}.\u201d")
        elif form == 3:
            paras.append(f"{last} said {rnd.choice(CLAUSES).format(t=topic)}.")
        elif form == 4:
            paras.append(f"According to {last}, {rnd.choice(CLAUSES).format(t=topic)}.")
        else:
            paras.append(f"{last} called the {topic} \u201c{rnd.choice(('a disgrace', 'long overdue', 'a good start', 'deeply unfair'))}\u201d "
                         f"and said {rnd.choice(CLAUSES).format(t=topic)}.")
        count += 2 if (who in used and form == 2) else 1
    paras.append(f"The {topic} is expected to be discussed again next month.")
    day = 1 + n % 28
    month = 1 + (n // 28) % 12
    return {
        "title": f"{topic[0].upper() + topic[1:]}: {lead[0]} speaks out ({n})",
        "url": f"https://news.example.test/{source.lower().replace(' ', '-')}/{2021 + n % 4}/{n}",
        "source": source,
        "publishedAt": f"{2021 + n % 4}-{month:02d}-{day:02d}",
        "language": "en",
        "text": "\n\n".join(paras),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--quotes", type=int, default=16, help="quotations per article (approximate)")
    ap.add_argument("--population", type=int, default=20000)
    ap.add_argument("--batch", type=int, default=0, help="emit JSON arrays of this many articles per line")
    ap.add_argument("--speakers", type=int, default=0, help="print the N most quoted surnames and exit")
    args = ap.parse_args()
    pop = Population(args.population)
    if args.speakers:
        for name, last, _, _ in pop.people[:args.speakers]:
            print(name)
        return
    out = sys.stdout
    batch = []
    for n in range(args.start, args.start + args.count):
        a = article(n, pop, args.seed, args.quotes)
        if args.batch:
            batch.append(a)
            if len(batch) == args.batch:
                out.write(json.dumps(batch, ensure_ascii=False) + "\n")
                batch = []
        else:
            out.write(json.dumps(a, ensure_ascii=False) + "\n")
    if batch:
        out.write(json.dumps(batch, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
