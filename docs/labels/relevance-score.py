"""Precision and recall of `score`'s relevant flag against the relevance labels, on the dev and test parts.

usage: python3 docs/labels/relevance-score.py SCORED_DIR [--part dev|test] [--errors dev|test]

SCORED_DIR holds one `score --province P` output per province and dump, named <province>-<dump>.jsonl:
lao-cai-week.jsonl, lao-cai-dantri.jsonl, dak-lak-week.jsonl, dak-lak-dantri.jsonl, ha-noi-week.jsonl,
ha-noi-dantri.jsonl. An item is in dev when the md5 of its id is even, else in test: the rule was fixed before any
result was looked at, and only dev may guide a change. Precision and recall are over the labelled candidates only.
"""
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SLUGS = {'Lào Cai': 'lao-cai', 'Hà Nội': 'ha-noi', 'Đắk Lắk': 'dak-lak'}


def part(item_id):
    return 'dev' if int(hashlib.md5(item_id.encode()).hexdigest(), 16) % 2 == 0 else 'test'


def rows(path, default_province=None, default_dump=None):
    for line in open(path, encoding='utf-8'):
        if not line.strip() or line.startswith('#') or line.startswith(('id\t', 'province\t')):
            continue
        cols = line.rstrip('\n').split('\t')
        if default_province:
            yield default_province, default_dump, cols[0], cols[1] == 'yes', cols[2] if len(cols) > 2 else ''
        else:
            yield cols[0], cols[1], cols[2], cols[3] == 'yes', cols[4] if len(cols) > 4 else ''


def labels():
    yield from rows(os.path.join(HERE, 'laocai-relevance-2026-02.tsv'), 'Lào Cai', 'week')
    yield from rows(os.path.join(HERE, 'relevance-2025-2026.tsv'))


def main(scored_dir, show_errors=None, parts=('dev', 'test')):
    scored = {}
    for province, dump, item_id, yes, why in labels():
        key = (province, dump)
        if key not in scored:
            path = os.path.join(scored_dir, f'{SLUGS[province]}-{dump}.jsonl')
            scored[key] = {j['id']: j for j in map(json.loads, open(path, encoding='utf-8')) if 'relevant' in j}
        said = scored[key].get(item_id)
        if said is None:
            print(f'{province} {dump} {item_id}: labelled but not scored', file=sys.stderr)
            return 1
        yield_row = (part(item_id), province, dump, item_id, yes, said['relevant'], why, said)
        TALLY.append(yield_row)
    for name in parts:
        rows_ = [r for r in TALLY if r[0] == name]
        print(f'{name}: {summary(rows_)}')
        for province in SLUGS:
            sub = [r for r in rows_ if r[1] == province]
            print(f'  {province}: {summary(sub)}')
            for dump in ('week', 'dantri'):
                d = [r for r in sub if r[2] == dump]
                if d:
                    print(f'    {dump}: {summary(d)}')
    if show_errors:
        for p, province, dump, item_id, yes, flagged, why, said in TALLY:
            if p == show_errors and yes != flagged:
                kind = 'missed' if yes else 'wrong flag'
                reason = said.get('relevance', {})
                print(f'{kind}\t{province}\t{dump}\t{item_id}\t{why}\t{json.dumps(reason, ensure_ascii=False)}')
    return 0


def summary(rs):
    flagged = sum(1 for r in rs if r[5])
    right = sum(1 for r in rs if r[5] and r[4])
    yes = sum(1 for r in rs if r[4])
    precision = f'{right / flagged:.3f}' if flagged else 'n/a'
    recall = f'{right / yes:.3f}' if yes else 'n/a'
    return f'{len(rs)} labelled, {yes} yes; flagged {flagged}, right {right}: precision {precision}, recall {right}/{yes} = {recall}'


TALLY = []

if __name__ == '__main__':
    args = sys.argv[1:]
    errors = args[args.index('--errors') + 1] if '--errors' in args else None
    only = (args[args.index('--part') + 1],) if '--part' in args else ('dev', 'test')
    sys.exit(main(args[0], errors, only))
