"""Deterministic pseudo-interview text for the benchmarks.

Shared by make_project.py (the project fixture) and run.py (the file to import).
Everything is drawn from one `random.Random`, so the same seed gives the same text.
The text is already in the form Accord stores (NFC, "\\n" line breaks), and uses
the "Speaker: ..." convention that `accord.core.turns.detect_turns` recognises.
"""

from __future__ import annotations

import itertools
import random

# Words in rough order of frequency (Zipf weights below), with some accented words,
# a few fixed two-word phrases (so that phrase search has something to find) and a
# few emoji (characters outside the BMP: one code point, two UTF-16 units).
_WORDS = """
the I and to a of that it you in was so like we they but just know my is for
with not on have be had what there at people think all about really because
me this when were do would them if get one time out as or then can go our
some more could from very he she lot no got how things up went work town here
kind which did feel back new said after school first family everyone years
friends home way still much other place two felt where felt much day never
thing around job those good used sort make only started who help even
community moved always come right neighbours local life little over
old also well week city house year something being into town street
children bit us quite years want need different again last long
money local council shop bus everybody anything nobody week together
maybe whole person mum dad kids village market library park church
neighbourhood hospital doctor nurse train station road car walk weekend
evening morning night friday saturday sunday summer winter autumn spring
stress lonely welcome belonging trust safe afraid happy proud tired busy
volunteer group club team football choir allotment garden pub café
naïve résumé façade déjà jalapeño crème brûlée über piñata señora Zürich São
Paulo coöperate fiancée rôle protégé Kraków Ålesund smörgåsbord
health care social media to be honest you know at the end of the day
""".split()

# Fixed phrases, each drawn as one unit (they also occur by chance word by word).
PHRASES = [
    "health care", "social media", "to be honest", "you know", "at the end of the day",
    "the local council", "a sense of belonging", "the bus station", "my old job",
]
EMOJI = ["🙂", "😂", "👍", "🙏", "😢"]
# Rare words: about one in 10,000 tokens, so most documents hold one or two and a
# search for one must read nearly every document without reaching the hit limit.
RARE_WORDS = ["serendipity", "Ljubljana"]

# What run.py searches for: a mid-frequency word, a two-word phrase and a rare word.
SEARCH_WORD = "community"
SEARCH_PHRASE = "health care"
SEARCH_RARE_WORD = "serendipity"

PARTICIPANTS = [
    "Maya", "Tomasz", "Leila", "José", "Zoë", "Björn", "Aïsha", "Priya", "Łukasz", "Chloé",
    "Oluwaseun", "Hannah", "Mehmet", "Siobhán", "Kenji", "Ngozi", "Søren", "Inés", "Dmitri",
    "Fatima", "Rhys", "Mei Ling", "María José", "Anders", "Noémie", "Tariq", "Bronwyn",
]


def _vocabulary() -> tuple[list[str], list[float]]:
    seen: set[str] = set()
    words = [w for w in _WORDS if not (w in seen or seen.add(w))]
    tokens = words + PHRASES + EMOJI + RARE_WORDS
    weights = [1.0 / (rank + 2.7) for rank in range(len(words))]  # these sum to about 4.8
    weights += [0.004] * len(PHRASES)  # about 1 in 1,200 tokens is a given fixed phrase
    weights += [0.0004] * len(EMOJI)
    weights += [0.0005] * len(RARE_WORDS)
    return tokens, list(itertools.accumulate(weights))


_TOKENS, _CUMULATIVE = _vocabulary()
_AVERAGE_TOKEN_CHARS = 5.0  # incl. the space; used only to size the draws


def interview(rng: random.Random, target_chars: int, participant: str) -> str:
    """An interview transcript of at least `target_chars` characters.

    Alternating turns "Interviewer: <question>" and "<participant>: <answer>",
    separated by blank lines; answers sometimes run over several paragraphs.
    """
    tokens = rng.choices(_TOKENS, cum_weights=_CUMULATIVE, k=int(target_chars / _AVERAGE_TOKEN_CHARS) + 200)
    position = 0
    size = 0
    turns: list[str] = []
    while size < target_chars:
        if position > len(tokens) - 400:  # ran short of words (short words drawn): draw more
            tokens += rng.choices(_TOKENS, cum_weights=_CUMULATIVE, k=2000)
        question, position = _sentences(rng, tokens, position, rng.randint(1, 2), question=True)
        turn = "Interviewer: " + question
        turns.append(turn)
        size += len(turn) + 2
        paragraphs = []
        for _ in range(1 if rng.random() < 0.75 else rng.randint(2, 3)):
            paragraph, position = _sentences(rng, tokens, position, rng.randint(1, 7), question=False)
            paragraphs.append(paragraph)
        turn = f"{participant}: " + "\n\n".join(paragraphs)
        turns.append(turn)
        size += len(turn) + 2
    return "\n\n".join(turns) + "\n"


def _sentences(rng: random.Random, tokens: list[str], position: int, count: int, *,
               question: bool) -> tuple[str, int]:
    sentences = []
    for index in range(count):
        n = rng.randint(4, 18)
        words = tokens[position:position + n]
        position += n
        if n > 9 and rng.random() < 0.5:
            cut = rng.randint(3, n - 3)
            words[cut] += ","
        sentence = " ".join(words)
        if sentence[0] in EMOJI:
            sentence = "Well " + sentence
        sentence = sentence[0].upper() + sentence[1:]
        last = index == count - 1
        ending = "?" if question and last else ("!" if rng.random() < 0.03 else ".")
        sentences.append(sentence + ending)
    return " ".join(sentences), position
