"""Leave-one-call-out cross-validation of learned sentence classifiers for decisions and risks.

Question (issue 9): does a classifier trained on the development calls' labelled sentences find
decisions and risks in a call it was not trained on better than the hand-written rules do?

Usage (Debian's python3-sklearn; see README.md):
    /usr/bin/python3 crossval.py KIND FEATURES [C]
KIND: decisions or risks. FEATURES: tfidf (word 1-2 grams), emb (all-MiniLM-L6-v2 vectors from
sentences.emb, written by EmbedSentences) or both. Held-out calls are never read.
"""
import glob
import json
import os
import re
import sys

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

HERE = os.path.dirname(os.path.abspath(__file__))
CALLS = os.path.join(HERE, "..", "..", "calls")
SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=\S)")
CLAIM_KIND = {"decisions": "decision", "risks": "risk"}


def norm(s):
    s = s.lower().replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", s).strip()


def development_calls():
    out = []
    for d in sorted(glob.glob(os.path.join(CALLS, "*"))):
        with open(os.path.join(d, "truth.json")) as f:
            truth = json.load(f)
        if truth["split"] != "development":
            continue
        sentences = []
        with open(os.path.join(d, "script.txt")) as f:
            for line in f:
                if not line.strip() or line.startswith("#"):
                    continue
                text = line.split(":", 1)[1].strip()
                sentences.extend(SENTENCE_END.split(text))
        out.append((truth, sentences))
    return out


def labels(truth, sentences, kind):
    """1 for a gold sentence, -1 for an optional one (left out), 0 otherwise."""
    out = [0] * len(sentences)
    for entry in truth.get(kind, []):
        quotes = entry["quote"] if isinstance(entry["quote"], list) else [entry["quote"]]
        for q in quotes:
            for i, s in enumerate(sentences):
                if norm(q) in norm(s):
                    out[i] = -1 if entry.get("optional") else 1
    return out


def rule_claims(truth, kind, dump):
    """The rules' claims of the kind, from InsightAccuracyTest -Deval.dump=DIR."""
    path = os.path.join(dump, truth["id"] + ".general.json")
    with open(path) as f:
        claims = json.load(f)["raw"]["template"]["claims"]
    return [norm(c["text"]) for c in claims if c["kind"] == CLAIM_KIND[kind]]


def main():
    kind, features = sys.argv[1], sys.argv[2]
    c = float(sys.argv[3]) if len(sys.argv) > 3 else 10.0
    dump = os.environ.get("EVAL_DUMP", "/tmp/evaldump")
    calls = development_calls()
    emb = np.loadtxt(os.path.join(HERE, "sentences.emb")) if features != "tfidf" else None
    offsets, at = [], 0
    for _, sentences in calls:
        offsets.append(at)
        at += len(sentences)
    rows = []
    for k, (truth, sentences) in enumerate(calls):
        index, y, text = [], [], []
        for j, (t2, s2) in enumerate(calls):
            if j == k:
                continue
            for i, label in enumerate(labels(t2, s2, kind)):
                if label >= 0:
                    index.append(offsets[j] + i)
                    y.append(label)
                    text.append(norm(s2[i]))
        words = TfidfVectorizer(
            ngram_range=(1, 2), min_df=2, sublinear_tf=True, token_pattern=r"[a-z0-9']+"
        )
        test_text = [norm(s) for s in sentences]
        test_index = list(range(offsets[k], offsets[k] + len(sentences)))
        if features == "tfidf":
            x, xt = words.fit_transform(text), words.transform(test_text)
        elif features == "emb":
            x, xt = emb[index], emb[test_index]
        else:
            x = hstack([csr_matrix(emb[index]), words.fit_transform(text)]).tocsr()
            xt = hstack([csr_matrix(emb[test_index]), words.transform(test_text)]).tocsr()
        model = LogisticRegression(C=c, class_weight="balanced", max_iter=3000).fit(x, y)
        p = model.predict_proba(xt)[:, 1]
        rules = rule_claims(truth, kind, dump)
        for i, s in enumerate(sentences):
            n = norm(s)
            by_rule = any(n == r or n in r or r in n for r in rules)
            rows.append((labels(truth, sentences, kind)[i], by_rule, p[i]))
    gold = sum(1 for r in rows if r[0] == 1)
    print(f"{kind}, {features}, C={c}: {len(calls)} calls, {len(rows)} sentences, {gold} gold")
    for th in (0.5, 0.7, 0.8, 0.9, 0.95):
        tp = sum(1 for r in rows if r[0] == 1 and r[2] >= th)
        fp = sum(1 for r in rows if r[0] == 0 and r[2] >= th)
        add_tp = sum(1 for r in rows if r[0] == 1 and r[2] >= th and not r[1])
        add_fp = sum(1 for r in rows if r[0] == 0 and r[2] >= th and not r[1])
        print(f"  threshold {th}: alone {tp} right, {fp} false; added to the rules {add_tp} right, {add_fp} false")


if __name__ == "__main__":
    main()
