#!/usr/bin/env python3
"""A second synthetic roster, written independently of the benchmark's own generator, for
`bench/run --roster`: every shipped template and track (not only upper-back-mobility), blocks of
3 to 8 weeks, Latin, Greek, Cyrillic, Armenian and Georgian names, headers in another spelling
("Client ID", "Start Date"), values in mixed case ("Intermediate", "a4"), an extra column the
product does not know ("Phone"), and notes with quotes and non-ASCII text.

Usage: bench/roster_mixed.py N [SEED] > roster.csv
"""
import csv
import random
import sys

FIRST = {
    "latin": ["Ása", "Þórunn", "Şükrü", "Ioana", "Ștefan", "Jiří", "Małgorzata", "Sørina", "Jürgen",
              "Gießela", "Françoise", "D'Arcy", "Niamh", "Aoife", "Éamon", "Ľudmila", "Žofia", "Gábor"],
    "greek": ["Αλέξανδρος", "Μαρία", "Γιώργος", "Ελένη", "Δημήτρης", "Σοφία"],
    "cyrillic": ["Олена", "Дмитро", "Ївга", "Сергій", "Јована", "Љубица", "Наталья", "Пётр", "Ђорђе"],
    "armenian": ["Արամ", "Անահիտ", "Գոռ"],
    "georgian": ["ნინო", "გიორგი", "თამარ"],
}
LAST = {
    "latin": ["Ó Súilleabháin", "García-Márquez", "Øvergård", "Kőszegi", "Nguyễn", "Łopuszańska",
              "Ferreira da Silva", "van der Berg", "Güneş", "Dvořák"],
    "greek": ["Παπαδόπουλος", "Κωνσταντίνου", "Οικονόμου"],
    "cyrillic": ["Шевченко", "Петровић", "Іваненко", "Жуковский"],
    "armenian": ["Պետրոսյան", "Հակոբյան"],
    "georgian": ["ბერიძე", "კაპანაძე"],
}
SCRIPTS = ["latin"] * 5 + ["greek", "cyrillic", "cyrillic", "armenian", "georgian"]
PROGRAMS = ["upper-back-mobility"] * 6 + [
    "upper-back-track", "shoulder-health", "core-stability", "hip-mobility", "ankle-foot",
    "full-body-strength", "upper-back-restore", "upper-back-perform"]
EQUIPMENT = ["foam roller", "band light/medium/heavy", "kettlebell 8/12/16 kg", "dumbbell 5/7.5/10 kg",
             "massage ball", "dowel", "mini band", "step", "band light/medium", "kettlebell 12/16/20/24 kg"]
LIMITATIONS = ["shoulder", "low back", "wrist", "knee", "osteoporosis", "pregnancy"]
EXCLUDE = ["open-book", "cat-cow", "wall-slide", "push-up", "dead-bug", "goblet-squat", "prone-y-raise"]
NOTES = ["", "Recovering from a \"frozen\" shoulder, cleared by the physio; go gently.",
         "Runs 3×/week, marathon in spring", "Σημείωση: πόνος στη μέση", "Travels a lot; hotel gym only"]


def main():
    n = int(sys.argv[1])
    rnd = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 7)
    out = csv.writer(sys.stdout, lineterminator="\r\n")
    out.writerow(["Client ID", "Name", "Program", "Start Date", "Level", "Weeks", "Sessions per week",
                  "Equipment", "Limitations", "Exclude", "Units", "Paper", "Notes", "Email", "Phone"])
    for i in range(n):
        script = rnd.choice(SCRIPTS)
        kit, kinds = [], set()
        for item in rnd.sample(EQUIPMENT, rnd.randint(0, 4)):
            kind = item.split()[0]
            if kind not in kinds:
                kinds.add(kind)
                kit.append(item)
        out.writerow([
            f"m-{i + 1:05d}",
            rnd.choice(FIRST[script]) + " " + rnd.choice(LAST[script]),
            rnd.choice(PROGRAMS),
            f"2027-01-{rnd.randint(1, 28):02d}",
            rnd.choice(["beginner", "intermediate", "advanced", "", "Intermediate"]),
            rnd.choice(["", "", "4", "6", "3", "8"]),
            rnd.choice(["", "", "2", "3", "4"]),
            "; ".join(kit),
            "; ".join(rnd.sample(LIMITATIONS, rnd.choice([0, 0, 0, 1, 2]))),
            rnd.choice(["", "", "", rnd.choice(EXCLUDE)]),
            rnd.choice(["kg", "kg", "lb", ""]),
            rnd.choice(["A4", "Letter", "", "a4"]),
            rnd.choice(NOTES),
            f"m{i}@example.org",
            f"+44 7700 900{i % 1000:03d}",
        ])


if __name__ == "__main__":
    main()
