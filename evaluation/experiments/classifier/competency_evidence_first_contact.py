"""Which sentence should quote a competency the rules observed? On the interviews of the unseen
development batches, at their first contact with the rules (first_contact_dumps.sh), the first
quote of each covered competency as the rules ordered it, against the candidate's sentence that a
competency classifier trained without the batch (as train.py competencies) scores highest, used
only when that score reaches T.

    /usr/bin/python3 competency_evidence_first_contact.py     (Debian's python3-sklearn)

Environment: DUMPS (default /tmp/first-contact-dumps), MINW (sentences of fewer words are not
candidates; 6), T (0.8). A quote is right, as InsightAccuracyTest scores it, when the competency
is reported observed and the quote holds one of the gold evidence quotes. Held-out calls are never
read.
"""
import json
import os

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

import crossval as cv
import first_contact as fc
import train


def main():
    dumps = os.environ.get("DUMPS", "/tmp/first-contact-dumps")
    min_words = int(os.environ.get("MINW", "6"))
    bar = float(os.environ.get("T", "0.8"))
    calls = {t["id"]: (t, s) for t, s in cv.development_calls()
             if t["kind"] == "interview" and "competencies" in t}
    rules, best_always, best_over_bar, covered, interviews = 0, 0, 0, 0, 0
    for commit, ids in fc.BATCHES.items():
        ids = [i for i in ids if i in calls]
        if not ids:
            continue
        training = [(t, s) for i, (t, s) in calls.items() if i not in ids]
        classes = []
        for t, _ in training:
            classes += [c for c in t["competencies"] if c not in classes]
        words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, token_pattern=r"[a-z0-9']+")
        x = words.fit_transform([cv.norm(v) for _, s in training for v in s])
        models = {
            c: LogisticRegression(C=train.C, class_weight="balanced", max_iter=3000).fit(
                x, [v for t, s in training for v in train.evidence_labels(t, s, c, "competencies")])
            for c in classes
        }
        for call_id in ids:
            interviews += 1
            truth, _ = calls[call_id]
            with open(os.path.join(dumps, commit, f"{call_id}.hiring.json")) as f:
                claims = [c for c in json.load(f)["raw"]["template"]["claims"] if c["kind"] == "competency"]
            own = [s for s in train.script_sentences(truth, lambda who: who == truth["target"]) if len(s.split()) >= min_words and not s.strip().endswith("?")]
            for competency, gold in truth["competencies"].items():
                if not gold.get("covered"):
                    continue
                covered += 1
                evidence = [cv.norm(q) for q in gold.get("evidence", [])]
                claim = next((c for c in claims if c["id"] == train.ENGINE_ID.get(competency, competency)), None)
                observed = bool(claim and claim["observed"])
                quote = claim.get("text", "") if claim else ""

                def right(sentence):
                    return observed and any(q in cv.norm(sentence) for q in evidence)

                rules += right(quote)
                if competency in models and own:
                    p = models[competency].predict_proba(words.transform([cv.norm(s) for s in own]))[:, 1]
                    best = own[int(np.argmax(p))]
                    best_always += right(best)
                    best_over_bar += right(best if p.max() >= bar else quote)
                else:
                    best_always += right(quote)
                    best_over_bar += right(quote)
    print(f"{interviews} interviews, {covered} covered competencies; first quote among the gold evidence:"
          f" rules' order {rules}, classifier's best {best_always}, classifier's best from {bar} {best_over_bar}")


if __name__ == "__main__":
    main()
