"""The STAR classifier's worth on interviews the rules had never seen: each unseen development
batch's STAR claims as the rules of the commit that added it made them (first_contact_dumps.sh),
alone and with a task or result added where the rules found none and a classifier trained on
every development interview outside the batch (train.py star) scores THRESHOLD or more, on
answers of MINW words or more.

    /usr/bin/python3 star_first_contact.py [THRESHOLD,...]    (Debian's python3-sklearn)

Environment: DUMPS (default /tmp/first-contact-dumps), MINW (30), PARTS (parts the classifier may
add; default TR), SHOW (parts whose additions to print, each marked RIGHT, FALSE or NOGOLD).
Scored as InsightAccuracyTest scores STAR: each part of each gold answer found or missed, each
other part reported false; accuracy is right / (gold + false). Held-out calls are never read.
"""
import json
import os
import sys

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

import crossval as cv
import first_contact as fc
import train


def quotes_of(entry):
    q = entry["answer"]
    return [cv.norm(x) for x in (q if isinstance(q, list) else [q])]


def main():
    thresholds = [float(t) for t in sys.argv[1].split(",")] if len(sys.argv) > 1 else [0.6, 0.7, 0.8]
    dumps = os.environ.get("DUMPS", "/tmp/first-contact-dumps")
    min_words = int(os.environ.get("MINW", "30"))
    learnable = os.environ.get("PARTS", "TR")
    show = os.environ.get("SHOW", "")
    interviews = {t["id"]: t for t, _ in cv.development_calls() if t["kind"] == "interview"}
    turns = {i: train.script_turns(i) for i in interviews}
    base = {p: [0, 0, 0] for p in "STAR"}
    added = {t: {p: [0, 0, 0] for p in "STAR"} for t in thresholds}
    for commit, ids in fc.BATCHES.items():
        ids = [i for i in ids if i in interviews]
        if not ids:
            continue
        answers = [a for i, t in interviews.items() if i not in ids for a in train.star_answers(t)]
        words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, token_pattern=r"[a-z0-9']+")
        x = words.fit_transform([a for a, _ in answers])
        models = {
            p: LogisticRegression(C=train.C, class_weight="balanced", max_iter=3000).fit(
                x, [1 if p in parts else 0 for _, parts in answers])
            for p in "STAR"
        }
        for call_id in ids:
            truth = interviews[call_id]
            path = os.path.join(dumps, commit, f"{call_id}.hiring.json")
            if not os.path.exists(path):
                sys.exit(f"{path} missing: run first_contact_dumps.sh")
            with open(path) as f:
                claims = [c for c in json.load(f)["raw"]["template"]["claims"] if c["kind"] == "star"]
            texts = [train.answer_from(turns[call_id], c["text"]) or cv.norm(c["text"]) for c in claims]
            probs = {p: models[p].predict_proba(words.transform(texts))[:, 1] for p in "STAR"} if claims else {}

            def tally(parts_of, into):
                used = set()
                for entry in truth.get("star", []):
                    found = next((i for i, c in enumerate(claims)
                                  if any(q in cv.norm(c["text"]) for q in quotes_of(entry))), None)
                    if found is not None:
                        used.add(found)
                    if entry.get("optional"):
                        continue
                    got = parts_of(found) if found is not None else ""
                    for p in "STAR":
                        into[p][2] += p in entry["parts"]
                        into[p][0] += p in entry["parts"] and p in got
                        into[p][1] += p in got and p not in entry["parts"]
                for i in range(len(claims)):
                    if i not in used:
                        for p in parts_of(i):
                            into[p][1] += 1

            tally(lambda i: claims[i]["parts"], base)
            for t in thresholds:
                def with_classifier(i, t=t):
                    long_enough = len(texts[i].split()) >= min_words
                    return "".join(p for p in "STAR" if p in claims[i]["parts"]
                                   or (p in learnable and long_enough and probs[p][i] >= t))
                tally(with_classifier, added[t])
                for i, c in enumerate(claims):
                    for p in show:
                        if p in with_classifier(i) and p not in c["parts"]:
                            entry = next((e for e in truth.get("star", [])
                                          if any(q in cv.norm(c["text"]) for q in quotes_of(e))), None)
                            mark = "NOGOLD" if entry is None else ("RIGHT" if p in entry["parts"] else "FALSE")
                            print(mark, p, f"{probs[p][i]:.2f}", call_id, texts[i][:200])

    def line(name, v):
        right, false, gold = (sum(v[p][k] for p in "STAR") for k in range(3))
        parts = " ".join(f"{p} {v[p][0]}/{v[p][2]} ({v[p][1]} false)" for p in "STAR")
        print(f"{name}: right {right}, false {false}, gold {gold}; accuracy {right / (gold + false):.3f}; {parts}")

    line("STAR parts, rules at first contact", base)
    for t in thresholds:
        line(f"  + classifier >= {t}", added[t])


if __name__ == "__main__":
    main()
