"""A coded corpus whose codes are about something: the quality evaluation of similar passages (issue #19).

    .venv/bin/python benchmarks/themed_project.py [OUT] [--interviews 80] [--seed 1] [--force]
    .venv/bin/python benchmarks/similar_eval.py OUT --no-sample --no-speed

The timing fixture (make_project.py) places its codings at random on random words, so
no backend can find them there. Here each of 12 themes ("Loneliness", "Housing costs",
...) is a code, and a participant who talks about a theme says so in sentences built
from that theme's templates and its sets of interchangeable words: one held-out
passage rarely repeats a seed word for word, and two passages of one theme may share
no content word at all ("I feel so isolated" / "nobody comes round any more"). The
answers about nothing in particular come from a shared pool of everyday talk, and now
and then borrow a theme's word (a false lead for a word-matching backend). Two coders
code the theme passages (the second misses some and moves ends by a word or so).

It is generated text, not interviews: a figure from it says how a backend ranks
paraphrases of a few dozen templates, not how it will do on real talk.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from accord.core.codebook import create_code
from accord.core.coders import add_coder
from accord.core.codings import apply_code
from accord.core.documents import TurnRecord, add_document
from accord.core.project import Project
from accord.core.turns import detect_turns

DEFAULT_OUT = Path(__file__).resolve().parent / "out" / "themed.accord"

# Each theme: slot name -> interchangeable phrasings, and sentence templates using the slots.
THEMES: dict[str, tuple[dict[str, list[str]], list[str]]] = {
    "Loneliness": ({
        "alone": ["lonely", "isolated", "on my own", "cut off", "alone"],
        "nobody": ["nobody", "no one", "hardly anyone", "not a soul"],
        "visit": ["visits", "comes round", "drops by", "calls", "rings"],
        "evening": ["the evenings", "the weekends", "Sundays", "the long nights"],
    }, [
        "I feel so {alone} since the move.",
        "{nobody} {visit} any more, especially in {evening}.",
        "Honestly I am {alone} most of {evening}.",
        "It gets very quiet, {nobody} {visit} and I sit there {alone}.",
        "Some days I do not speak to anyone, I am that {alone}.",
    ]),
    "Housing costs": ({
        "rent": ["the rent", "the mortgage", "what we pay for the flat", "the housing costs"],
        "rise": ["went up again", "doubled", "keeps climbing", "is through the roof"],
        "landlord": ["the landlord", "the letting agent", "the housing association"],
        "move": ["move out", "find somewhere cheaper", "leave the area"],
    }, [
        "{rent} {rise} this year.",
        "{landlord} says {rent} {rise}, so we may have to {move}.",
        "Half of my wages go on {rent}.",
        "We talked about it and we might {move} because {rent} {rise}.",
        "Every letter from {landlord} is bad news.",
    ]),
    "Work stress": ({
        "boss": ["my manager", "the boss", "my supervisor", "head office"],
        "hours": ["longer shifts", "unpaid overtime", "twelve-hour days", "weekend shifts"],
        "tired": ["exhausted", "burnt out", "worn down", "shattered"],
        "deadline": ["the targets", "the deadlines", "the quotas"],
    }, [
        "{boss} keeps adding {hours} and I am {tired}.",
        "I come home {tired} after {hours}.",
        "{deadline} are impossible and {boss} does not listen.",
        "The pressure of {deadline} leaves me {tired}.",
        "I dread Mondays because of {boss}.",
    ]),
    "Family support": ({
        "relative": ["my sister", "my mum", "my brother", "my daughter", "my grandparents"],
        "helps": ["helps with the kids", "lends us money", "does the school run", "cooks for us"],
        "close": ["close", "always there for us", "a real support"],
    }, [
        "{relative} {helps} when things are hard.",
        "Without {relative} we would not manage, they are {close}.",
        "{relative} {helps} every week.",
        "We are {close} as a family, {relative} especially.",
    ]),
    "Health worries": ({
        "doctor": ["the GP", "the doctor", "the surgery", "the hospital"],
        "wait": ["a six-week wait", "months on a waiting list", "no appointments left"],
        "pain": ["my back", "my knee", "the headaches", "my chest"],
        "worse": ["getting worse", "not improving", "keeping me awake"],
    }, [
        "{pain} is {worse} and {doctor} has {wait}.",
        "I rang {doctor} and they said {wait}.",
        "I worry because {pain} is {worse}.",
        "Seeing {doctor} means {wait}, so I just put up with {pain}.",
    ]),
    "Transport": ({
        "bus": ["the bus", "the train", "the tram", "the number 12"],
        "late": ["late again", "cancelled", "packed", "every hour at best"],
        "car": ["a car", "a bike", "a lift"],
    }, [
        "{bus} was {late} this morning.",
        "Without {car} you are stuck here, {bus} is {late}.",
        "I lose an hour a day because {bus} is {late}.",
        "We cannot afford {car} so we rely on {bus}.",
    ]),
    "Neighbourhood change": ({
        "shops": ["the old shops", "the corner shop", "the butcher", "the post office"],
        "closed": ["closed down", "shut", "turned into flats", "became a coffee chain"],
        "newcomers": ["new people", "the newcomers", "young professionals", "students"],
    }, [
        "{shops} {closed} last year.",
        "The street has changed, {shops} {closed} and {newcomers} moved in.",
        "I hardly recognise the area with all {newcomers}.",
        "First {shops} {closed}, then the pub.",
    ]),
    "Money worries": ({
        "bills": ["the bills", "the energy bill", "the council tax", "the food shop"],
        "short": ["short at the end of the month", "in debt", "behind on payments", "skipping meals"],
        "worry": ["I lie awake", "I panic", "it scares me", "I cannot stop thinking about it"],
    }, [
        "We are always {short} because of {bills}.",
        "When {bills} arrive {worry}.",
        "{bills} went up and now we are {short}.",
        "We end up {short} and {worry}.",
    ]),
    "Green space": ({
        "park": ["the park", "the allotment", "the woods", "the canal path"],
        "calm": ["calm", "peaceful", "like I can breathe", "myself again"],
        "grow": ["grow tomatoes", "plant flowers", "walk the dog", "watch the birds"],
    }, [
        "Down at {park} I feel {calm}.",
        "On Saturdays I {grow} at {park}.",
        "{park} is where I feel {calm}.",
        "When I {grow} I feel {calm}.",
    ]),
    "Digital exclusion": ({
        "online": ["online", "on the app", "on the website", "by email"],
        "forms": ["the forms", "benefit claims", "doctor appointments", "the bank"],
        "lost": ["lost", "useless", "left behind", "stuck"],
    }, [
        "Everything is {online} now and I feel {lost}.",
        "You have to do {forms} {online} and I am {lost}.",
        "My grandson does {forms} for me, I am {lost} with it.",
        "I cannot do {forms} {online}.",
    ]),
    "Volunteering": ({
        "group": ["the food bank", "the youth club", "the choir", "the litter pickers"],
        "give": ["give something back", "feel useful", "meet people", "keep busy"],
    }, [
        "I help at {group} to {give}.",
        "Going to {group} lets me {give}.",
        "On Thursdays I am at {group}; I like to {give}.",
        "{group} is how I {give}.",
    ]),
    "Childcare": ({
        "nursery": ["the nursery", "childcare", "the childminder", "after-school club"],
        "cost": ["costs more than my wages", "is full", "has a long waiting list", "closes at five"],
        "job": ["go back to work", "take more hours", "keep my job"],
    }, [
        "{nursery} {cost}, so I cannot {job}.",
        "I want to {job} but {nursery} {cost}.",
        "Finding {nursery} was a nightmare, it {cost}.",
        "{nursery} decides whether I can {job}.",
    ]),
}

EVERYDAY = [
    "We watched a film last night.", "The weather has been strange this week.",
    "My cousin got married in the summer.", "I like a cup of tea in the morning.",
    "We usually go to the market on Fridays.", "The football was on, so the pub was busy.",
    "I have lived here for about ten years.", "My neighbour has a new dog.",
    "It was a long week, to be honest.", "We painted the kitchen in the spring.",
    "I read the paper most days.", "The kids love the swimming pool.",
    "There was a fair on the green.", "I used to play the guitar.",
    "Sometimes we order a takeaway.", "My friend is moving to Leeds.",
    "The church bells ring at nine.", "We had a barbecue for my birthday.",
]
QUESTIONS = [
    "Interviewer: How have things been lately?", "Interviewer: Tell me about a normal week.",
    "Interviewer: What matters most to you here?", "Interviewer: Anything else on your mind?",
    "Interviewer: How do you feel about the area?", "Interviewer: What is hard at the moment?",
]


def _theme_sentence(rng: random.Random, theme: str) -> str:
    slots, templates = THEMES[theme]
    sentence = rng.choice(templates).format(**{name: rng.choice(words) for name, words in slots.items()})
    return sentence[0].upper() + sentence[1:]


def _everyday_sentence(rng: random.Random) -> str:
    sentence = rng.choice(EVERYDAY)
    if rng.random() < 0.3:  # a theme's words in passing, which is not about the theme
        slots, _ = THEMES[rng.choice(list(THEMES))]
        sentence = sentence[:-1] + f", and {rng.choice(rng.choice(list(slots.values())))} too."
    return sentence


def interview(rng: random.Random, speaker: str, turns: int) -> tuple[str, list[tuple[str, int, int]]]:
    """An interview's text and its theme passages (theme, start, end)."""
    lines: list[str] = []
    passages: list[tuple[str, int, int]] = []
    offset = 0
    for _ in range(turns):
        lines.append(rng.choice(QUESTIONS))
        offset += len(lines[-1]) + 1
        label = f"{speaker}: "
        said: list[str] = [_everyday_sentence(rng) for _ in range(rng.randint(0, 1))]
        start = offset + len(label) + sum(len(s) + 1 for s in said)
        theme = rng.choice(list(THEMES)) if rng.random() < 0.5 else None
        if theme:
            about = [_theme_sentence(rng, theme) for _ in range(rng.randint(1, 3))]
            passages.append((theme, start, start + len(" ".join(about))))
            said += about
        said += [_everyday_sentence(rng) for _ in range(rng.randint(0 if theme else 1, 2))]
        lines.append(label + " ".join(said))
        offset += len(lines[-1]) + 1
    return "\n".join(lines), passages


def build(out: Path, interviews: int, seed: int) -> dict:
    rng = random.Random(seed)
    counts = {"documents": interviews, "codings": 0}
    with Project.create(out, coder="ann") as project, project.command("Build the themed corpus"):
        add_coder(project.db, "ben")
        for theme in THEMES:
            create_code(project.db, theme)
        for number in range(1, interviews + 1):
            name = f"interview-{number:03d}"
            text, passages = interview(rng, f"P{number}", rng.randint(20, 40))
            turns = [TurnRecord(t.start, t.end, t.label_end, t.speaker) for t in detect_turns(text)]
            add_document(project.db, name, text, turns=turns)
            for theme, start, end in passages:
                apply_code(project.db, name, theme, "ann", start, end)
                counts["codings"] += 1
                if rng.random() < 0.8:  # the second coder finds most, with ends a word or so apart
                    shift = rng.randint(0, 6)
                    apply_code(project.db, name, theme, "ben", start + shift, max(start + shift + 1, end - shift))
                    counts["codings"] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", default=str(DEFAULT_OUT))
    parser.add_argument("--interviews", type=int, default=80)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")
    args = parser.parse_args(argv)
    out = Path(args.out)
    if out.exists():
        if not args.force:
            print(f"{out} exists: give --force to replace it", file=sys.stderr)
            return 1
        out.unlink()
    out.parent.mkdir(parents=True, exist_ok=True)
    counts = build(out, args.interviews, args.seed)
    print(f"{out}: {counts['documents']} interviews, {len(THEMES)} themed codes, {counts['codings']} codings")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
