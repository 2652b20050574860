"""A model2vec model folder with the shape of minishlab/potion-base-8M, for timings only.

    .venv/bin/python benchmarks/shaped_model.py OUT_FOLDER [--seed 1]

Its vectors are RANDOM: the folder says nothing about the quality of suggestions, only how
fast the semantic backend indexes and answers, and how much memory it takes, with a model
of the real one's size. (This machine cannot download the real model.) What it mirrors:

- tokenizer.json: a BERT-uncased-style WordPiece tokenizer (BertNormalizer lowercasing
  and stripping accents, BertPreTokenizer, WordPiece with "##" continuations and
  [UNK], "[CLS] $A [SEP]" post-processing, which model2vec does not ask for) of
  VOCABULARY_SIZE entries: the special tokens, single characters and their "##" forms
  (so that any word can be split, as in BERT), every word benchmarks/synth.py writes
  (as whole words, like the common English words a real vocabulary holds), then
  generated syllable words and "##" pieces up to the size;
- model.safetensors: one float32 tensor "embeddings" of VOCABULARY_SIZE x DIMENSIONS,
  seeded normal values;
- config.json: the keys of potion-base-8M's config (normalize true, no max_length, so
  model2vec truncates at its default of 512 tokens).

The folder loads with StaticModel.from_pretrained as the real one does. Same seed, same files.
"""

from __future__ import annotations

import argparse
import json
import random
import string
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synth  # (benchmarks/ is not a package)

VOCABULARY_SIZE = 29_528  # potion-base-8M's vocabulary
DIMENSIONS = 256  # and its width (PCA to 256)
SPECIAL = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
CONFIG = {  # potion-base-8M's config.json
    "model_type": "model2vec",
    "architectures": ["StaticModel"],
    "tokenizer_name": "baai/bge-base-en-v1.5",
    "apply_pca": DIMENSIONS,
    "apply_zipf": True,
    "hidden_dim": DIMENSIONS,
    "seq_length": 1000000,
    "normalize": True,
}
_ONSETS = ["", "b", "c", "d", "f", "g", "h", "l", "m", "n", "p", "r", "s", "t", "v", "w", "br", "ch", "cl",
           "cr", "dr", "fl", "fr", "gr", "pl", "pr", "sh", "sl", "sp", "st", "str", "th", "tr"]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "ee", "ie", "oo", "ou", "y"]
_CODAS = ["", "", "", "d", "l", "m", "n", "ng", "r", "s", "st", "t", "nd", "ck", "ght", "rt", "ss"]


def _tokenizer_parts():
    from tokenizers import normalizers, pre_tokenizers

    return (normalizers.BertNormalizer(clean_text=True, handle_chinese_chars=True, strip_accents=True,
                                       lowercase=True),
            pre_tokenizers.BertPreTokenizer())


def vocabulary(seed: int) -> list[str]:
    """The VOCABULARY_SIZE tokens, special tokens first; the same for the same seed."""
    normalizer, pre_tokenizer = _tokenizer_parts()
    tokens = dict.fromkeys(SPECIAL)
    characters = string.ascii_lowercase + string.digits
    tokens.update(dict.fromkeys(string.punctuation + characters))
    tokens.update(dict.fromkeys("##" + c for c in characters))
    written = synth._TOKENS + synth.PARTICIPANTS + ["interviewer", "well"]
    for word in written:
        for piece, _ in pre_tokenizer.pre_tokenize_str(normalizer.normalize_str(word)):
            if piece.isalnum():  # emoji stay out: a BERT vocabulary has none, so they become [UNK]
                tokens[piece] = None
    rng = random.Random(seed)
    while len(tokens) < VOCABULARY_SIZE:  # BERT's vocabulary is about one fifth "##" pieces
        syllables = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS)
                            for _ in range(rng.choice((1, 1, 2, 2, 3))))
        tokens["##" + syllables[:rng.randint(2, 5)] if rng.random() < 0.2 else syllables] = None
    return list(tokens)


def make_tokenizer(tokens: list[str]):
    from tokenizers import Tokenizer, models, processors

    tokenizer = Tokenizer(models.WordPiece({t: i for i, t in enumerate(tokens)}, unk_token="[UNK]",
                                           continuing_subword_prefix="##", max_input_chars_per_word=100))
    tokenizer.normalizer, tokenizer.pre_tokenizer = _tokenizer_parts()
    tokenizer.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", tokens.index("[CLS]")), ("[SEP]", tokens.index("[SEP]"))])
    return tokenizer


def write_model(folder: Path, seed: int = 1) -> Path:
    from safetensors.numpy import save_file

    folder.mkdir(parents=True, exist_ok=True)
    tokens = vocabulary(seed)
    make_tokenizer(tokens).save(str(folder / "tokenizer.json"), pretty=False)
    vectors = np.random.default_rng(seed).standard_normal((len(tokens), DIMENSIONS), dtype=np.float32)
    save_file({"embeddings": vectors}, str(folder / "model.safetensors"))
    (folder / "config.json").write_text(json.dumps(CONFIG, indent=4) + "\n", encoding="utf-8")
    (folder / "RANDOM_VECTORS.txt").write_text(
        "Made by benchmarks/shaped_model.py: the shape of potion-base-8M with random vectors.\n"
        "For timings only: its suggestions mean nothing.\n", encoding="utf-8")
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="the folder to write (made if missing; its model files are replaced)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the generated pieces and vectors")
    args = parser.parse_args(argv)
    folder = write_model(Path(args.out), args.seed)
    from model2vec import StaticModel

    model = StaticModel.from_pretrained(str(folder))
    print(f"{folder}: {len(model.tokens):,} tokens x {model.dim} dimensions, normalize={model.normalize} "
          "(random vectors: for timings only)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
