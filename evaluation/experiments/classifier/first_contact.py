"""The classifiers' worth on calls the rules had never seen: each unseen development batch scored
by the rules of the commit that added it (its first contact, from first_contact_dumps.sh), alone
and with a classifier trained on every development call outside the batch, as the engine uses it.

    /usr/bin/python3 first_contact.py KIND [THRESHOLD,...]    (Debian's python3-sklearn)
    /usr/bin/python3 first_contact.py --commits               (the batch commits, for the dumps)

KIND: decisions, risks (sentences the rules did not claim, scored THRESHOLD or more, added),
next_steps (first the veto: a rule's step of VETO_MIN_WORDS words or more with no due phrase,
scored under VETO, is dropped; then sentences added at THRESHOLD), objections (sentences of
anyone but the seller), prices (sentences of the sales calls holding a number). Sentences of fewer
than MINW words and questions are never added.
Environment: DUMPS (default /tmp/first-contact-dumps), MINW (10; objections 5, prices 2), VETO (0.4),
VETO_MIN_WORDS (5). Scored as InsightAccuracyTest scores a sentence kind: a gold claim is found
when a claim's text holds its quote; a claim that holds no gold or optional quote is false;
accuracy is right / (gold + false). Held-out calls are never read.
"""
import json
import os
import re
import sys

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

import crossval as cv
import train

# The commits that added a batch of unseen development calls, before any rule was tuned on it.
BATCHES = {
    "27b49d3": ["interview-d22", "meeting-d21", "sales-d22"],
    "aa4f5ab": ["interview-d23", "meeting-d22", "sales-d23"],
    "ec63dbb": ["interview-d24", "meeting-d23", "sales-d24"],
    "a9cdcf4": ["interview-d25", "meeting-d24", "sales-d25"],
    "37ce8a6": ["interview-d26", "meeting-d25", "sales-d26"],
    "4d74613": ["interview-d27", "meeting-d26", "sales-d27"],
    "94efc2f": ["interview-d28", "interview-d29", "meeting-d27", "meeting-d28", "sales-d28", "sales-d29"],
    "76736a4": ["interview-d30", "interview-d31", "meeting-d29", "meeting-d30", "sales-d30", "sales-d31"],
    "fb0d8bd": ["interview-d32", "interview-d33", "meeting-d31", "meeting-d32", "sales-d32", "sales-d33"],
    "d67a4ef": ["interview-d34", "interview-d35", "meeting-d33", "meeting-d34", "sales-d34", "sales-d35"],
    "4bcebf1": ["interview-d36", "interview-d37", "meeting-d35", "meeting-d36", "sales-d36", "sales-d37"],
    "548b2bc": ["interview-d38", "interview-d39", "meeting-d37", "meeting-d38", "sales-d38", "sales-d39"],
    "0d988fb": ["interview-d40", "interview-d41", "meeting-d39", "meeting-d40", "sales-d40", "sales-d41"],
    "e63c8aa": ["interview-d42", "interview-d43", "meeting-d41", "meeting-d42", "sales-d42", "sales-d43"],
    "c122e90": ["interview-d44", "interview-d45", "meeting-d43", "meeting-d44", "sales-d44", "sales-d45"],
    "8993648": ["interview-d46", "interview-d47", "meeting-d45", "meeting-d46", "sales-d46", "sales-d47"],
    "c5bf583": ["interview-d48", "interview-d49", "meeting-d47", "meeting-d48", "sales-d48", "sales-d49"],
    "204086e": ["interview-d50", "interview-d51", "meeting-d49", "meeting-d50", "sales-d50", "sales-d51"],
    "efe4d4d": ["interview-d52", "interview-d53", "meeting-d51", "meeting-d52", "sales-d52", "sales-d53"],
    "591750d": ["interview-d55", "meeting-d54", "sales-d55"],
    "6fe550d": ["interview-d54", "meeting-d53", "sales-d54"],
    "5e27718": ["interview-d56", "interview-d57", "meeting-d55", "meeting-d56", "sales-d56", "sales-d57"],
    "b31d360": ["interview-d58", "interview-d59", "meeting-d57", "meeting-d58", "sales-d58", "sales-d59"],
    "30d6cfe": ["interview-d60", "interview-d61", "meeting-d59", "meeting-d60", "sales-d60", "sales-d61"],
    "9ac918b": ["interview-d62", "meeting-d61", "sales-d62"],
    "fed26f8": ["interview-d63", "interview-d64", "meeting-d62", "meeting-d63", "sales-d63", "sales-d64"],
    "90f53b1": ["interview-d65", "interview-d66", "meeting-d64", "meeting-d65", "sales-d65", "sales-d66"],
    "b0ca1e0": ["interview-d67", "interview-d68", "meeting-d66", "meeting-d67", "sales-d67", "sales-d68"],
    "7541c18": ["interview-d69", "interview-d70", "meeting-d68", "meeting-d69", "sales-d69", "sales-d70"],
    "7558597": ["interview-d71", "meeting-d70", "sales-d71"],
    "596efe7": ["interview-d72", "meeting-d71", "sales-d72", "interview-d73", "meeting-d72", "sales-d73"],
    "f2a397e": ["interview-d74", "meeting-d73", "sales-d74"],
    "fcce139": ["interview-d75", "meeting-d74", "sales-d75"],
}
CLAIM = {"prices": "price", "decisions": "decision", "risks": "risk", "next_steps": "next_step", "objections": "objection"}


# A price the classifier adds must hold a number (as SalesFacts.learnedPrice asks).
NUMBER = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    r"|hundred|thousand|million|billion|grand|half)\b")


def model(texts, labels):
    words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, token_pattern=r"[a-z0-9']+")
    fitted = LogisticRegression(C=train.C, class_weight="balanced", max_iter=3000)
    fitted.fit(words.fit_transform(texts), labels)
    return lambda sentences: fitted.predict_proba(words.transform(sentences))[:, 1] if sentences else []


def sentences_of(truth, all_sentences, kind):
    """The sentences a classifier of KIND reads: the buyer side's for objections."""
    return train.buyer_side(truth) if kind == "objections" else all_sentences


def main():
    if sys.argv[1:2] == ["--commits"]:
        print("\n".join(BATCHES))
        return
    kind = sys.argv[1]
    thresholds = [float(t) for t in sys.argv[2].split(",")] if len(sys.argv) > 2 else [0.5, 0.7, 0.8, 0.9, 0.95]
    dumps = os.environ.get("DUMPS", "/tmp/first-contact-dumps")
    min_words = int(os.environ.get("MINW", {"objections": "5", "prices": "2"}.get(kind, "10")))
    veto = float(os.environ.get("VETO", "0.4"))
    veto_min_words = int(os.environ.get("VETO_MIN_WORDS", "5"))
    report = "sales" if kind in ("objections", "prices") else "general"
    calls = [(t, s) for t, s in cv.development_calls() if kind not in ("objections", "prices") or t["kind"] == "sales"]
    by_id = {t["id"]: (t, s) for t, s in calls}
    base, added = [0, 0, 0], {t: [0, 0, 0] for t in thresholds}
    for commit, ids in BATCHES.items():
        ids = [i for i in ids if i in by_id]
        texts, labels = [], []
        for t, s in calls:
            if t["id"] in ids:
                continue
            own = sentences_of(t, s, kind)
            for sentence, label in zip(own, cv.labels(t, own, kind)):
                if label >= 0:
                    texts.append(cv.norm(sentence))
                    labels.append(label)
        p = model(texts, labels)
        for call_id in ids:
            truth, all_sentences = by_id[call_id]
            path = os.path.join(dumps, commit, f"{call_id}.{report}.json")
            if not os.path.exists(path):
                sys.exit(f"{path} missing: run first_contact_dumps.sh")
            with open(path) as f:
                claims = [c for c in json.load(f)["raw"]["template"]["claims"] if c["kind"] == CLAIM[kind]]
            rules = [cv.norm(c["text"]) for c in claims]
            if kind == "next_steps":
                scores = p(rules)
                rules = [r for r, c, q in zip(rules, claims, scores)
                         if q >= veto or len(r.split()) < veto_min_words or "due" in c]
            gold, optional = [], []
            for entry in truth.get(kind, []):
                quotes = entry["quote"] if isinstance(entry["quote"], list) else [entry["quote"]]
                (optional if entry.get("optional") else gold).append([cv.norm(q) for q in quotes])

            def score(said, into):
                into[0] += sum(1 for g in gold if any(q in c for q in g for c in said))
                into[1] += sum(1 for c in said if not any(q in c for g in gold + optional for q in g))
                into[2] += len(gold)

            score(rules, base)
            own = sentences_of(truth, all_sentences, kind)
            scores = p([cv.norm(s) for s in own])
            for t in thresholds:
                extra = [cv.norm(s) for s, q in zip(own, scores)
                         if q >= t and not s.strip().endswith("?") and len(s.split()) >= min_words
                         and not any(cv.norm(s) in r or r in cv.norm(s) for r in rules)
                         and (kind != "prices" or NUMBER.search(cv.norm(s)))]
                score(rules + extra, added[t])

    def line(name, v):
        right, false, gold = v
        print(f"{name}: right {right}, false {false}, gold {gold}; recall {right / gold:.2f},"
              f" precision {right / max(1, right + false):.2f}, accuracy {right / (gold + false):.3f}")

    line(f"{kind}, rules at first contact" + (f" (after the veto at {veto})" if kind == "next_steps" else ""), base)
    for t in thresholds:
        line(f"  + classifier >= {t}", added[t])


if __name__ == "__main__":
    main()
