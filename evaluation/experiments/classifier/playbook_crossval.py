"""Leave-one-call-out cross-validation of the generic playbook's per-element classifiers.

For each development sales call, one logistic regression per element (word 1-2 gram TF-IDF, C = 10,
balanced) is trained on the other calls' sentences (a sentence is a positive when truth.json lists
it among the element's evidence) and picks the evidence in the call left out. An element is right
when it is covered in truth.json and the picked sentence is among its evidence, or not covered and
nothing is picked. Variants: A the classifier over all sentences (p >= 0.5); B over sentences of
five words or more said by whom the element's rule counts; C as B, or the rule matches (what the
engine does); F the rule's matches ranked by the classifier, else B; G as B at p >= 0.7; D the
rule's matches ranked by the classifier; E the rule's first match (the rules alone). Held-out
calls are never read. Usage: /usr/bin/python3 playbook_crossval.py (about 2 minutes).
"""
import glob
import json
import os
import re
import sys

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
import crossval as cv

LEX = os.path.join(cv.HERE, '..', '..', '..', 'engine-templates', 'src', 'main', 'resources', 'dev', 'reportengine', 'templates', 'analysis', 'lexicon', 'en', 'playbook-generic.txt')
pats, who = {}, {}
for line in open(LEX):
    if line.startswith('#') or not line.strip(): continue
    el, w, rx = line.rstrip('\n').split('\t'); who[el[0].upper()+el[1:]] = w
    pats[el[0].upper()+el[1:]] = re.compile(rx)
calls = []
for d in sorted(glob.glob(os.path.join(cv.CALLS, 'sales-*'))):
    t = json.load(open(d + '/truth.json'))
    if t['split'] != 'development' or 'playbook' not in t: continue
    s, spk = [], []
    for line in open(d + '/script.txt'):
        if not line.strip() or line.startswith('#'): continue
        name, text = line.split(':', 1)
        for x in cv.SENTENCE_END.split(text.strip()): s.append(x); spk.append(name.strip())
    calls.append((t, s, spk))
def lab(t, s, el):
    ev = [cv.norm(q) for q in t['playbook'].get(el, {}).get('evidence', []) if len(q) > 3]
    return [1 if any(q in cv.norm(x) or cv.norm(x) in q for q in ev) else 0 for x in s]
EL = list(pats)
res = {}
for k, (t, s, spk) in enumerate(calls):
    text = [cv.norm(x) for j, c in enumerate(calls) if j != k for x in c[1]]
    w = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, token_pattern=r"[a-z0-9']+")
    X = w.fit_transform(text); xt = w.transform([cv.norm(x) for x in s])
    n = len(s); seller = t['target']
    for el in EL:
        g = t['playbook'].get(el)
        if g is None: continue
        y = [v for j, c in enumerate(calls) if j != k for v in lab(c[0], c[1], el)]
        p = LogisticRegression(C=10, class_weight='balanced', max_iter=3000).fit(X, y).predict_proba(xt)[:, 1]
        L = lab(t, s, el); cov = g.get('covered')
        words = [len(re.findall(r"[\w'-]+", x)) for x in s]
        def ok_who(i):
            wh = who[el]
            return wh == 'anyone' or (wh == 'target' and spk[i] == seller) or (wh == 'others' and spk[i] != seller) or (wh == 'target_opening' and spk[i] == seller and i < n / 5)
        rx = [bool(pats[el].search(cv.norm(x))) for x in s]
        def pick(cands, gate):
            c = [i for i in cands if gate(i)]
            return max(c, key=lambda i: (p[i], -i)) if c else None
        allc = range(n); guard = [i for i in allc if words[i] >= 5 and ok_who(i)]
        variants = {
            'A_clf': pick(allc, lambda i: p[i] >= .5),
            'B_clf_guard': pick(guard, lambda i: p[i] >= .5),
            'C_guard_clf_or_rx': pick(guard, lambda i: p[i] >= .5 or rx[i]),
            'F_rx_ranked_else_clf': pick(guard, lambda i: rx[i]) if any(rx[i] for i in guard) else pick(guard, lambda i: p[i] >= .5),
            'G_clf_guard_07': pick(guard, lambda i: p[i] >= .7),
            'D_hyb_guard': pick(guard, lambda i: rx[i]),
            'E_first_rx_guard': next((i for i in guard if rx[i]), None),
        }
        for name, pk in variants.items():
            okk = (pk is None and not cov) or (pk is not None and cov and L[pk] == 1)
            r = res.setdefault(name, [0, 0]); r[0] += okk; r[1] += 1
print(len(calls), {k: f"{v[0]}/{v[1]}" for k, v in res.items()})
