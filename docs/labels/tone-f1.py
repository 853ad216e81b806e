"""Scores `score` output against labelled lines: per-label F1, macro-F1 and the confusion, by id.

usage: python3 docs/labels/tone-f1.py LABELLED.jsonl SCORED.jsonl
"""
import json
import sys

LABELS = ['negative', 'neutral', 'positive']


def main(labelled_path, scored_path):
    gold = {j['id']: j['label'] for j in map(json.loads, open(labelled_path, encoding='utf-8'))}
    said = {j['id']: j['sentiment']['label'] for j in map(json.loads, open(scored_path, encoding='utf-8'))
            if 'sentiment' in j}
    missing = [i for i in gold if i not in said]
    if missing:
        print(f'{len(missing)} labelled lines were not scored, e.g. {missing[0]}', file=sys.stderr)
        return 1
    confusion = {(g, p): 0 for g in LABELS for p in LABELS}
    for i, g in gold.items():
        confusion[(g, said[i])] += 1
    f1s = []
    for label in LABELS:
        tp = confusion[(label, label)]
        predicted = sum(confusion[(g, label)] for g in LABELS)
        actual = sum(confusion[(label, p)] for p in LABELS)
        p = tp / predicted if predicted else 0.0
        r = tp / actual if actual else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        f1s.append(f1)
        print(f'{label:9s} P {p:.3f} R {r:.3f} F1 {f1:.3f} ({actual} lines)')
    accuracy = sum(confusion[(l, l)] for l in LABELS) / len(gold)
    print(f'macro-F1 {sum(f1s) / len(f1s):.3f} accuracy {accuracy:.3f} lines {len(gold)}')
    print('confusion (rows labelled, columns said): ' + ' '.join(LABELS))
    for g in LABELS:
        print(f'  {g:9s} ' + ' '.join(f'{confusion[(g, p)]:8d}' for p in LABELS))
    return 0


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
