"""Trains the sentence classifiers the engine ships and writes them as resources.

    /usr/bin/python3 evaluation/experiments/classifier/train.py playbook [--exclude ID,ID,...]
    /usr/bin/python3 evaluation/experiments/classifier/train.py competencies [--exclude ...]
    /usr/bin/python3 evaluation/experiments/classifier/train.py items [--exclude ...]
    /usr/bin/python3 evaluation/experiments/classifier/train.py objections [--exclude ...]
    /usr/bin/python3 evaluation/experiments/classifier/train.py star [--exclude ...]
    /usr/bin/python3 evaluation/experiments/classifier/train.py prices [--exclude ...]

(Debian's python3-sklearn.) `playbook`: one logistic regression per element of the generic sales
playbook (class weights balanced, C = 10), all on one word 1-2 gram TF-IDF (sublinear tf, min_df
2) of every sentence of the development sales calls' scripts; a sentence is a positive for an
element when truth.json lists it (or a quote holding it) among the element's evidence. Held-out
calls are never read. `competencies`: the same for the five default competencies of the
development interviews (positives: the sentences truth.json lists as a competency's evidence),
written as competencies.tsv. `items`: decisions, risks and next steps (classes `decision`, `risk`,
`next_step`) over every sentence of every development call; a sentence is a positive when
truth.json's `decisions`, `risks` or `next_steps` quote it, and a sentence quoted by an optional entry is left out of that class's training
(it is neither right nor wrong to report); written as items.tsv. `objections`: over the sentences of the development sales calls said by
anyone but the target (the seller), class `objection` (positives: the sentences truth.json's
`objections` quote) and one class per objection type (`price`, `competitor`, `authority`,
`timing`, `need`, `fit`), each trained on the objection sentences alone (is it this type or
another), written as objections.tsv. `star`: one class per STAR part (`situation`, `task`, `action`,
`result`) over whole answers: each development interview's gold STAR answer (not optional), from
its opening quote to the end of the script turn that holds it, is a positive for the parts
truth.json gives it and a negative for the others; written as star.tsv. `prices`: class `price`
over every sentence of the development sales calls (positives: the sentences truth.json's
`prices` quote; optional ones left out), written as prices.tsv. `--exclude` leaves development calls out of the training, to score the
engine on calls the model has not seen (a new batch's first contact); do not commit that model.

Writes, under engine-templates:
- src/main/resources/.../analysis/model/en/playbook-generic.tsv: '#' comment lines, a line
  `classes<TAB>name<TAB>...`, a line `intercept<TAB>value<TAB>...`, then one term per line:
  `term<TAB>idf<TAB>weight<TAB>...` (one weight per class). Read by SentenceClassifier.
- src/test/resources/.../analysis/model/en/playbook-generic-check.tsv: 40 sentences with the
  probability scikit-learn gives each class, which SentenceClassifierTest compares with the Java
  classifier's, so the two cannot tokenise or weigh differently unnoticed.
The output is deterministic for the same calls (lbfgs on the same data).
"""
import os
import sys

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

import crossval as cv

ROOT = os.path.join(cv.HERE, "..", "..", "..", "engine-templates", "src")
MODEL = "resources/dev/reportengine/templates/analysis/model/en/"
C = 10.0


def evidence_labels(truth, sentences, element, field="playbook"):
    """1 for a sentence among the element's gold evidence (either holds the other), else 0."""
    entry = truth[field].get(element, {})
    quotes = [cv.norm(q) for q in entry.get("evidence", []) if len(q) > 3]
    return [1 if any(q in cv.norm(s) or cv.norm(s) in q for q in quotes) else 0 for s in sentences]


def write(name, calls, classes, text, models, words):
    """Writes the model and its check file (see the module's docstring)."""
    names = words.get_feature_names_out()
    out = os.path.join(ROOT, "main", MODEL, name + ".tsv")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write(f"# Sentence classifier {name}, written by evaluation/experiments/classifier/train.py.\n")
        f.write(f"# Trained on {len(calls)} development calls, {len(text)} sentences; one logistic\n")
        f.write(f"# regression per class (C = {C}, balanced) on word 1-2 gram TF-IDF (sublinear tf).\n")
        f.write("# Columns: term, idf, then one weight per class. Held-out calls were never read.\n")
        f.write("classes\t" + "\t".join(classes) + "\n")
        f.write("intercept\t" + "\t".join(f"{m.intercept_[0]:.6f}" for m in models) + "\n")
        for i, term in enumerate(names):
            weights = "\t".join(f"{m.coef_[0][i]:.6f}" for m in models)
            f.write(f"{term}\t{words.idf_[i]:.6f}\t{weights}\n")
    x = words.transform(text)
    p = np.column_stack([m.predict_proba(x)[:, 1] for m in models])
    picked = sorted(range(len(text)), key=lambda i: -p[i].max())[:20]
    picked += list(range(0, len(text), len(text) // 20))[:20]
    check = os.path.join(ROOT, "test", MODEL, name + "-check.tsv")
    os.makedirs(os.path.dirname(check), exist_ok=True)
    with open(check, "w", encoding="utf-8") as f:
        f.write("# Sentence, then the probability scikit-learn gives each class; written by train.py.\n")
        for i in picked:
            f.write(text[i] + "\t" + "\t".join(f"{v:.6f}" for v in p[i]) + "\n")
    print(f"wrote {out} ({len(names)} terms, {len(classes)} classes) and {check}", file=sys.stderr)


def train(name, kind, field, excluded, engine_id=None):
    """One model per class named in the {kind} calls' truth.json {field}, written as {name}."""
    calls = [
        (t, s)
        for t, s in cv.development_calls()
        if t["kind"] == kind and field in t and t["id"] not in excluded
    ]
    classes = []
    for truth, _ in calls:
        classes += [c for c in truth[field] if c not in classes]
    text = [cv.norm(s) for _, sentences in calls for s in sentences]
    words = TfidfVectorizer(
        ngram_range=(1, 2), min_df=2, sublinear_tf=True, token_pattern=r"[a-z0-9']+"
    )
    x = words.fit_transform(text)
    models = []
    for c in classes:
        y = [v for truth, s in calls for v in evidence_labels(truth, s, c, field)]
        models.append(LogisticRegression(C=C, class_weight="balanced", max_iter=3000).fit(x, y))
    ids = [(engine_id or {}).get(c, c) for c in classes]
    write(name, calls, ids, text, models, words)


def train_items(excluded):
    """Decisions, risks and next steps over every development call's sentences (items.tsv)."""
    calls = [(t, s) for t, s in cv.development_calls() if t["id"] not in excluded]
    text = [cv.norm(s) for _, sentences in calls for s in sentences]
    words = TfidfVectorizer(
        ngram_range=(1, 2), min_df=2, sublinear_tf=True, token_pattern=r"[a-z0-9']+"
    )
    x = words.fit_transform(text)
    models = []
    for field in ("decisions", "risks", "next_steps"):
        y = np.array([v for truth, s in calls for v in cv.labels(truth, s, field)])
        rows = np.flatnonzero(y >= 0)
        models.append(
            LogisticRegression(C=C, class_weight="balanced", max_iter=3000).fit(x[rows], y[rows])
        )
    write("items", calls, ["decision", "risk", "next_step"], text, models, words)


OBJECTION_TYPES = ["price", "competitor", "authority", "timing", "need", "fit"]


def script_sentences(truth, keep):
    """The sentences of a call's script said by the speakers whose short name KEEP accepts."""
    out = []
    with open(os.path.join(cv.CALLS, truth["id"], "script.txt")) as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            who, text = line.split(":", 1)
            if keep(who.strip()):
                out.extend(cv.SENTENCE_END.split(text.strip()))
    return out


def buyer_side(truth):
    """The sentences of a sales call said by anyone but its target (the seller), from the script."""
    return script_sentences(truth, lambda who: who != truth["target"])


def train_objections(excluded):
    """Objections (class objection) and their types (one class each, trained on the objections)."""
    calls = [
        (t, buyer_side(t))
        for t, _ in cv.development_calls()
        if t["kind"] == "sales" and t["id"] not in excluded
    ]
    text = [cv.norm(s) for _, sentences in calls for s in sentences]
    words = TfidfVectorizer(
        ngram_range=(1, 2), min_df=2, sublinear_tf=True, token_pattern=r"[a-z0-9']+"
    )
    x = words.fit_transform(text)
    y = np.array([v for truth, s in calls for v in cv.labels(truth, s, "objections")])
    rows = np.flatnonzero(y >= 0)
    models = [LogisticRegression(C=C, class_weight="balanced", max_iter=3000).fit(x[rows], y[rows])]
    kinds = []
    for truth, sentences in calls:
        for s in sentences:
            kinds.append(
                next(
                    (
                        e.get("type")
                        for e in truth.get("objections", [])
                        if not e.get("optional")
                        and any(
                            cv.norm(q) in cv.norm(s)
                            for q in (e["quote"] if isinstance(e["quote"], list) else [e["quote"]])
                        )
                    ),
                    None,
                )
            )
    said = np.array([k is not None for k in kinds])
    for t in OBJECTION_TYPES:
        yt = np.array([k == t for k in kinds])[said].astype(int)
        models.append(
            LogisticRegression(C=C, class_weight="balanced", max_iter=3000).fit(x[said], yt)
        )
    write("objections", calls, ["objection"] + OBJECTION_TYPES, text, models, words)


def train_prices(excluded):
    """Sentences that state a price (prices.tsv, class price), over every development sales call."""
    calls = [(t, s) for t, s in cv.development_calls() if t["kind"] == "sales" and t["id"] not in excluded]
    text = [cv.norm(s) for _, sentences in calls for s in sentences]
    words = TfidfVectorizer(
        ngram_range=(1, 2), min_df=2, sublinear_tf=True, token_pattern=r"[a-z0-9']+"
    )
    x = words.fit_transform(text)
    y = np.array([v for truth, s in calls for v in cv.labels(truth, s, "prices")])
    rows = np.flatnonzero(y >= 0)
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=3000).fit(x[rows], y[rows])
    write("prices", calls, ["price"], text, [model], words)


STAR_PARTS = ["situation", "task", "action", "result"]


def script_turns(call_id):
    """The script's turns: [speaker, text] with consecutive lines of one speaker joined."""
    out = []
    with open(os.path.join(cv.CALLS, call_id, "script.txt")) as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            who, text = line.split(":", 1)
            if out and out[-1][0] == who.strip():
                out[-1][1] += " " + text.strip()
            else:
                out.append([who.strip(), text.strip()])
    return out


def answer_from(turns, opening):
    """The normalised answer that begins with OPENING: the rest of the turn that holds it, or None."""
    o = cv.norm(opening)
    for _, text in turns:
        n = cv.norm(text)
        if o in n:
            return n[n.index(o):]
    return None


def star_answers(truth):
    """The development interview's STAR answers (not optional) as (answer text, parts) pairs."""
    turns = script_turns(truth["id"])
    out = []
    for entry in truth.get("star", []):
        if entry.get("optional"):
            continue
        quotes = entry["answer"] if isinstance(entry["answer"], list) else [entry["answer"]]
        text = next((a for a in (answer_from(turns, q) for q in quotes) if a), None)
        if text:
            out.append((text, entry["parts"]))
    return out


def train_star(excluded):
    """STAR parts of whole answers (star.tsv): one class per part, over the gold STAR answers."""
    calls = [t for t, _ in cv.development_calls() if t["kind"] == "interview" and t["id"] not in excluded]
    answers = [a for t in calls for a in star_answers(t)]
    text = [a for a, _ in answers]
    words = TfidfVectorizer(
        ngram_range=(1, 2), min_df=2, sublinear_tf=True, token_pattern=r"[a-z0-9']+"
    )
    x = words.fit_transform(text)
    models = []
    for part in STAR_PARTS:
        y = [1 if part[0].upper() in parts else 0 for _, parts in answers]
        models.append(LogisticRegression(C=C, class_weight="balanced", max_iter=3000).fit(x, y))
    write("star", calls, STAR_PARTS, text, models, words)


# truth.json names two competencies by their labels; the engine's ids (competencies.txt) are short.
ENGINE_ID = {"mentoring_leadership": "mentoring", "learning_adaptability": "learning"}


def main():
    excluded = set(sys.argv[3].split(",")) if sys.argv[2:3] == ["--exclude"] else set()
    if sys.argv[1:2] == ["playbook"]:
        train("playbook-generic", "sales", "playbook", excluded)
    elif sys.argv[1:2] == ["competencies"]:
        train("competencies", "interview", "competencies", excluded, ENGINE_ID)
    elif sys.argv[1:2] == ["objections"]:
        train_objections(excluded)
    elif sys.argv[1:2] == ["items"]:
        train_items(excluded)
    elif sys.argv[1:2] == ["prices"]:
        train_prices(excluded)
    elif sys.argv[1:2] == ["star"]:
        train_star(excluded)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
