#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes sklearn_hashing.jsonl: the columns scikit-learn's
HashingVectorizer(n_features=n, alternate_sign=False, norm=None) gives each text, for the Go test of the
sklearn-hashing encoder (encoder/sklearn_test.go). Run from the repository root; see README.md beside it.

Each output line is {"text": ..., "features": {"<n>": [[column, count], ...]}}, columns increasing, counts
the number of tokens that hashed to the column.
"""
import json
import sys

import sklearn
from sklearn.feature_extraction.text import HashingVectorizer

N_FEATURES = [1000, 2**20]

# Texts that exercise the tokeniser's edges: one-letter words, apostrophes, underscores, digits, accents,
# other scripts, repeats. Characters whose lower case differs between Python and Go (such as U+0130) are
# left out on purpose; the Go doc comment of SklearnTokens names them.
EDGE_CASES = [
    "",
    "a b c",
    "Don't stop, I said!",
    "snake_case_words and __dunder__ names",
    "2024 a1 B2 x 42",
    "naïve café ÀÉÎ Ærøskøbing",
    "Ελληνικά κείμενα και ΚΕΦΑΛΑΙΑ",
    "Русский текст, ещё один",
    "日本語のテキスト 漢字",
    "repeat repeat REPEAT Repeat",
    "tab\tseparated\nnew line",
    "e-mail: someone@example.com http://example.com/path?q=1",
]


def texts():
    with open("testdata/datasets/sentiment_labelled_sentences/imdb_labelled.txt", encoding="utf-8") as f:
        for line in f:
            text, _, _ = line.rstrip("\n").rpartition("\t")
            yield text
    with open("testdata/datasets/sms_spam_collection/SMSSpamCollection", encoding="utf-8") as f:
        for line in f:
            _, _, text = line.rstrip("\n").partition("\t")
            yield text
    yield from EDGE_CASES


def main():
    docs = list(texts())
    rows = {}
    for n in N_FEATURES:
        rows[n] = HashingVectorizer(n_features=n, alternate_sign=False, norm=None).transform(docs).tocsr()
    out = sys.stdout
    for i, doc in enumerate(docs):
        features = {}
        for n in N_FEATURES:
            row = rows[n][i]
            pairs = sorted(zip(row.indices.tolist(), row.data.tolist()))
            features[str(n)] = [[int(c), int(v)] for c, v in pairs]
        out.write(json.dumps({"text": doc, "features": features}, ensure_ascii=False) + "\n")
    print(f"{len(docs)} texts, scikit-learn {sklearn.__version__}", file=sys.stderr)


if __name__ == "__main__":
    main()
