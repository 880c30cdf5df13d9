#!/usr/bin/env python3
"""Renders an evaluation call's script.txt into a real speech-to-text format and checks truth.json.

Usage: python3 evaluation/render.py evaluation/calls/<id> [more dirs]   (or --all)

What it does, for each call directory:
  1. reads truth.json (format, labels, speakers) and script.txt (`Ref: text` lines);
  2. times every word deterministically (about 2.5 words a second, a pause between turns that
     depends only on the call id and the line number), so renders are reproducible;
  3. writes <id>.vtt (WebVTT voice tags), <id>.srt (SubRip `Name:` prefixes),
     <id>.deepgram.json (Deepgram /v1/listen response: utterances and diarized words) or
     <id>.assemblyai.json (AssemblyAI /v2/transcript: utterances and words, milliseconds);
  4. checks truth.json: known fields, speakers in order of first appearance, every quote a
     verbatim part of exactly one sentence of the script, owners and hint answers known speakers,
     all playbook elements and competencies present, a duration of at least 10 minutes.
Exits 1 and names each problem (file, field, value) when a check fails. Uses only the standard
library.
"""
import hashlib
import json
import re
import sys
from pathlib import Path

FORMATS = {"webvtt": ".vtt", "srt": ".srt", "deepgram": ".deepgram.json", "assemblyai": ".assemblyai.json"}
KINDS = {"sales", "interview", "meeting"}
SPLITS = {"development", "held_out"}
PLAYBOOK = ["Agenda", "Current situation", "Pain", "Impact", "Decision process", "Timeline", "Budget", "Next steps"]
COMPETENCIES = ["problem_solving", "ownership", "collaboration", "mentoring_leadership", "learning_adaptability"]
OBJECTION_TYPES = {"price", "competitor", "timing", "authority", "need", "fit"}
FIELDS = {
    "id", "kind", "split", "format", "labels", "title", "speakers", "target", "decisions", "risks",
    "next_steps", "objections", "competitors", "not_competitors", "prices", "playbook", "questions",
    "star", "competencies", "vague_answers", "names", "hints", "notes",
}
WORDS_PER_SECOND = 2.5
LINE = re.compile(r"^([A-Za-z][A-Za-z .'-]{0,40}):\s+(.+)$")


def sentences(text):
    """The engine's sentence split (analysis.Sentences): ends at . ? ! followed by a space or the end."""
    text = re.sub(r"\s+", " ", text.strip())
    out, start, i = [], 0, 0
    while i < len(text):
        if text[i] not in ".?!\u2026":
            i += 1
            continue
        while i < len(text) and text[i] in ".?!\u2026":
            i += 1
        while i < len(text) and text[i] in "\"')]}\u2019\u201d":
            i += 1
        if i == len(text) or text[i] == " ":
            s = text[start:i].strip()
            if any(ch.isalnum() for ch in s):
                out.append(s)
            start = i
    s = text[start:].strip()
    if any(ch.isalnum() for ch in s):
        out.append(s)
    return out


def jitter(call_id, n, low, high):
    h = int(hashlib.sha256(f"{call_id}:{n}".encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return low + (high - low) * h


def read_script(path, refs, problems):
    lines = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        m = LINE.match(line)
        if not m:
            problems.append(f"{path}:{number}: not a `Speaker: text` line: {line[:60]!r}")
            continue
        ref, text = m.group(1).strip(), m.group(2).strip()
        if ref not in refs:
            problems.append(f"{path}:{number}: unknown speaker [{ref}]; known: {sorted(refs)}")
            continue
        lines.append((number, ref, text))
    return lines


def timed(call_id, lines):
    """Each line as (ref, start, end, words[(text, start, end)])."""
    t = 1.2
    out = []
    for i, (number, ref, text) in enumerate(lines):
        words = text.split()
        start = t
        timed_words = []
        for j, w in enumerate(words):
            length = max(0.12, len(w.strip(".,?!;:")) * 0.065 + jitter(call_id, f"{number}:{j}", 0.05, 0.14))
            timed_words.append((w, round(t, 3), round(t + length, 3)))
            t += length + jitter(call_id, f"{number}:{j}:gap", 0.03, 0.09)
            if w[-1] in ".?!":
                t += jitter(call_id, f"{number}:{j}:stop", 0.15, 0.35)
        end = timed_words[-1][2]
        # Calibrate to WORDS_PER_SECOND on average over the line.
        target = len(words) / WORDS_PER_SECOND
        scale = target / max(0.01, end - start)
        timed_words = [(w, round(start + (a - start) * scale, 3), round(start + (b - start) * scale, 3)) for w, a, b in timed_words]
        end = timed_words[-1][2]
        out.append((ref, round(start, 3), end, timed_words))
        t = end + jitter(call_id, f"{number}:turn", 0.25, 1.1)
    return out


def label(truth, index, ref, by_ref):
    fmt, labels = truth["format"], truth["labels"]
    if labels == "names":
        return by_ref[ref]["name"]
    if fmt == "deepgram":
        return index
    if fmt == "assemblyai":
        return chr(ord("A") + index)
    return f"Speaker {index + 1}"


def stamp(seconds, comma):
    ms = int(round(seconds * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{',' if comma else '.'}{ms:03d}"


def cues(line):
    """Cue-sized pieces of a timed line, split at sentence ends, at most about 28 words each."""
    ref, start, end, words = line
    piece = []
    for w in words:
        piece.append(w)
        if w[0][-1] in ".?!" and len(piece) >= 12:
            yield piece
            piece = []
    if piece:
        yield piece


def render(truth, lines, by_ref, order):
    fmt = truth["format"]
    index = {ref: i for i, ref in enumerate(order)}
    if fmt in ("webvtt", "srt"):
        out = ["WEBVTT", ""] if fmt == "webvtt" else []
        n = 0
        for line in lines:
            name = label(truth, index[line[0]], line[0], by_ref)
            for piece in cues(line):
                n += 1
                text = " ".join(w for w, _, _ in piece)
                times = f"{stamp(piece[0][1], fmt == 'srt')} --> {stamp(piece[-1][2], fmt == 'srt')}"
                if fmt == "webvtt":
                    out += [str(n), times, f"<v {name}>{text}</v>", ""]
                else:
                    out += [str(n), times, f"{name}: {text}", ""]
        return "\n".join(out)
    duration = round(lines[-1][2] + 1.5, 3)
    if fmt == "deepgram":
        words, utterances = [], []
        for line in lines:
            spk = index[line[0]]
            uw = [{"word": re.sub(r"[^\w'-]", "", w).lower() or w, "start": a, "end": b,
                   "confidence": round(jitter(truth["id"], f"c{a}", 0.86, 0.999), 4),
                   "speaker": spk, "speaker_confidence": 0.8, "punctuated_word": w} for w, a, b in line[3]]
            words += uw
            utterances.append({"start": line[1], "end": line[2], "confidence": 0.95, "channel": 0,
                               "transcript": " ".join(w for w, _, _ in line[3]), "words": uw,
                               "speaker": spk, "id": f"{truth['id']}-{len(utterances)}"})
        doc = {"metadata": {"request_id": truth["id"], "created": "2026-12-05T00:00:00.000Z",
                            "duration": duration, "channels": 1, "models": ["nova-3"]},
               "results": {"channels": [{"alternatives": [{"transcript": " ".join(u["transcript"] for u in utterances),
                                                           "confidence": 0.95, "words": words}],
                                         "detected_language": "en"}],
                           "utterances": utterances}}
        return json.dumps(doc, indent=1, ensure_ascii=False)
    words, utterances = [], []
    for line in lines:
        spk = label(truth, index[line[0]], line[0], by_ref)
        uw = [{"text": w, "start": int(a * 1000), "end": int(b * 1000),
               "confidence": round(jitter(truth["id"], f"c{a}", 0.86, 0.999), 4), "speaker": spk}
              for w, a, b in line[3]]
        words += uw
        utterances.append({"confidence": 0.95, "start": uw[0]["start"], "end": uw[-1]["end"], "speaker": spk,
                           "text": " ".join(w for w, _, _ in line[3]), "words": uw})
    doc = {"id": truth["id"], "language_code": "en_us", "status": "completed", "audio_duration": int(duration),
           "text": " ".join(u["text"] for u in utterances), "words": words, "utterances": utterances,
           "speaker_labels": True, "punctuate": True, "format_text": True}
    return json.dumps(doc, indent=1, ensure_ascii=False)


def quotes(value):
    return value if isinstance(value, list) else [value]


def check(truth, lines, path, problems, order):
    where = f"{path}/truth.json"
    for key in truth:
        if key not in FIELDS:
            problems.append(f"{where}: unknown field [{key}]; known: {sorted(FIELDS)}")
    for key, allowed in (("kind", KINDS), ("split", SPLITS), ("format", set(FORMATS)), ("labels", {"names", "anonymous"})):
        if truth.get(key) not in allowed:
            problems.append(f"{where}: /{key} is {truth.get(key)!r}; accepted: {sorted(allowed)}")
    if truth.get("id") != path.name:
        problems.append(f"{where}: /id is {truth.get('id')!r}, the directory is {path.name!r}")
    refs = [s["ref"] for s in truth["speakers"]]
    if refs != order:
        problems.append(f"{where}: /speakers must list speakers in order of first appearance: {order}, not {refs}")
    sents = [(ref, s) for _, ref, text in lines for s in sentences(text)]

    def find(pointer, q):
        hits = [(ref, s) for ref, s in sents if q in s]
        if not hits:
            problems.append(f"{where}: {pointer}: quote not found verbatim in one sentence: {q!r}")
        elif len({s for _, s in hits}) > 1:
            problems.append(f"{where}: {pointer}: quote found in {len(hits)} sentences, make it unique: {q!r}")

    def ref_ok(pointer, value, allow):
        if value not in refs and value not in allow:
            problems.append(f"{where}: {pointer}: [{value}] is not a speaker ref; known: {refs + sorted(allow)}")

    ref_ok("/target", truth.get("target"), set())
    for kind in ("decisions", "risks", "next_steps", "objections", "prices", "questions", "vague_answers"):
        for i, claim in enumerate(truth.get(kind, [])):
            for q in quotes(claim["quote"]):
                find(f"/{kind}/{i}/quote", q)
            if kind == "next_steps":
                if claim.get("owner") is not None:
                    ref_ok(f"/next_steps/{i}/owner", claim["owner"], set())
                for f in ("due", "committed"):
                    if not isinstance(claim.get(f), bool):
                        problems.append(f"{where}: /next_steps/{i}/{f} must be true or false")
            if kind == "objections" and claim.get("type") not in OBJECTION_TYPES:
                problems.append(f"{where}: /objections/{i}/type {claim.get('type')!r}; accepted: {sorted(OBJECTION_TYPES)}")
    for i, claim in enumerate(truth.get("star", [])):
        find(f"/star/{i}/answer", claim["answer"])
        if not re.fullmatch(r"S?T?A?R?", claim.get("parts", "?")):
            problems.append(f"{where}: /star/{i}/parts {claim.get('parts')!r}: letters of STAR in order")
    text = " ".join(t for _, _, t in lines)
    for i, c in enumerate(truth.get("competitors", [])):
        if not any(n.lower() in text.lower() for n in [c["name"]] + c.get("aliases", [])):
            problems.append(f"{where}: /competitors/{i}: {c['name']!r} is never said")
    if truth["kind"] == "sales":
        for element in PLAYBOOK:
            if element not in truth.get("playbook", {}):
                problems.append(f"{where}: /playbook: element [{element}] missing; elements: {PLAYBOOK}")
        for element, state in truth.get("playbook", {}).items():
            if element not in PLAYBOOK:
                problems.append(f"{where}: /playbook/{element}: unknown element; known: {PLAYBOOK}")
            for j, q in enumerate(state.get("evidence", [])):
                find(f"/playbook/{element}/evidence/{j}", q)
            if state.get("covered") and not state.get("evidence"):
                problems.append(f"{where}: /playbook/{element}: covered without evidence")
    if truth["kind"] == "interview":
        for c in COMPETENCIES:
            if c not in truth.get("competencies", {}):
                problems.append(f"{where}: /competencies: [{c}] missing; ids: {COMPETENCIES}")
        for c, state in truth.get("competencies", {}).items():
            if c not in COMPETENCIES:
                problems.append(f"{where}: /competencies/{c}: unknown id; known: {COMPETENCIES}")
            for j, q in enumerate(state.get("evidence", [])):
                find(f"/competencies/{c}/evidence/{j}", q)
    for i, n in enumerate(truth.get("names", [])):
        ref_ok(f"/names/{i}/speaker", n.get("speaker"), set())
    hints = truth.get("hints", [])
    if len(hints) < 6:
        problems.append(f"{where}: /hints: {len(hints)} cases, at least 6")
    for i, h in enumerate(hints):
        ref_ok(f"/hints/{i}/expected", h.get("expected"), {"MISS"})


def process(path):
    problems = []
    truth = json.loads((path / "truth.json").read_text(encoding="utf-8"))
    by_ref = {s["ref"]: s for s in truth["speakers"]}
    lines = read_script(path / "script.txt", set(by_ref), problems)
    order = []
    for _, ref, _ in lines:
        if ref not in order:
            order.append(ref)
    if lines:
        check(truth, lines, path, problems, order)
    if problems:
        for p in problems:
            print(p)
        return False
    timed_lines = timed(truth["id"], lines)
    for ext in FORMATS.values():
        stale = path / f"{truth['id']}{ext}"
        if stale.exists():
            stale.unlink()
    out = path / f"{truth['id']}{FORMATS[truth['format']]}"
    out.write_text(render(truth, timed_lines, by_ref, order) + "\n", encoding="utf-8")
    words = sum(len(t.split()) for _, _, t in lines)
    duration = timed_lines[-1][2]
    print(f"{path.name}: {words} words, {int(duration // 60)}:{int(duration % 60):02d}, wrote {out.name}")
    if duration < 600:
        print(f"{path}: {int(duration)} s long; a call must be at least 10 minutes (600 s)")
        return False
    return True


def main(args):
    root = Path(__file__).resolve().parent / "calls"
    dirs = sorted(p for p in root.iterdir() if (p / "truth.json").exists()) if args == ["--all"] else [Path(a) for a in args]
    if not dirs:
        print(__doc__)
        return 2
    ok = all([process(d.resolve()) for d in dirs])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
