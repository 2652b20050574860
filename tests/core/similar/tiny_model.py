"""A model2vec model small enough to make in a test: words of one topic share a direction.

Real models are downloaded once by the user; tests cannot fetch one, so they make
this folder with model2vec's own save_pretrained and read it back as any model.
"""

from pathlib import Path

import numpy as np

TOPICS = {
    "alone": ["lonely", "alone", "isolated", "nobody", "solitude", "miss"],
    "money": ["rent", "money", "cost", "expensive", "pay", "wages", "bills"],
    "garden": ["garden", "tomatoes", "plants", "flowers", "spring"],
}


def make_tiny_model(folder: Path, *, seed: int = 0, more_words: str = "") -> Path:
    """The model in `folder`; words of `more_words` (not in a topic) get random vectors of their own."""
    from model2vec import StaticModel
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers

    words = [w for topic in TOPICS.values() for w in topic]
    words += sorted({w.lower() for w in more_words.split() if w.isalpha()} - set(words))
    vocabulary = {"[UNK]": 0, "[PAD]": 1, **{w: i + 2 for i, w in enumerate(words)}}
    tokenizer = Tokenizer(models.WordLevel(vocabulary, unk_token="[UNK]"))
    tokenizer.normalizer = normalizers.Lowercase()
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    rng = np.random.default_rng(seed)
    directions = {topic: rng.normal(size=16) for topic in TOPICS}
    vectors = np.zeros((len(vocabulary), 16), dtype=np.float32)
    for topic, topic_words in TOPICS.items():
        for word in topic_words:
            vectors[vocabulary[word]] = directions[topic] + 0.1 * rng.normal(size=16)
    for word in words[sum(map(len, TOPICS.values())):]:
        vectors[vocabulary[word]] = rng.normal(size=16)
    StaticModel(vectors=vectors, tokenizer=tokenizer).save_pretrained(folder)
    return folder
