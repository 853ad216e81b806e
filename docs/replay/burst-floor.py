"""What a lower burst floor for keys with a small baseline would add, read from a replay's DEBUG trace.

usage: python3 docs/replay/burst-floor.py REPLAY.log ITEMS.jsonl SCORED.jsonl

REPLAY.log is the stderr of `replay` run with TrendDetector at DEBUG (docs/quality.md); ITEMS.jsonl the replayed
items (for titles and times), SCORED.jsonl `score --province P` of the same items (for the keys each relevant item
counts under). Prints, for each candidate test, the windows analyze turned down (`trend-window-quiet`) that it would
have let through, with the relevant items in each; then the windows the cold-start guard held
(`trend-window-warming-up`), which no floor reaches. A window is logged once per article that lands in it: the
largest count of each (key, window, start) is kept.
"""
import json
import re
import sys
from datetime import datetime, timedelta, timezone

VIETNAM = timezone(timedelta(hours=7))

CURRENT = ('current: >= 5 articles and score >= 3', lambda c, e, s: c >= 5 and s >= 3)
CANDIDATES = [
    ('floor 4: >= 4 articles and score >= 3', lambda c, e, s: c >= 4 and s >= 3),
    # 2x: the smallest ratio that lets Kim Thanh's day window (4 against 1.93) through
    ('relative: expected < 2.5, >= 4 articles and >= 2x expected',
     lambda c, e, s: e < 2.5 and c >= 4 and c >= 2 * e),
]
HOURS = {'24h': 24, '96h': 96, '6h': 6, '1h': 1}
LINE = re.compile(r'event=(trend-window-quiet|trend-window-warming-up) key=(\S+) window=(\S+) start=(\S+) count=(\d+)'
                  r'(?: expected=(\S+) score=(\S+))?')


def windows(log):
    found = {}
    for line in open(log, encoding='utf-8', errors='replace'):
        m = LINE.search(line)
        if not m:
            continue
        kind, key, window, start, count = m.group(1), m.group(2), m.group(3), m.group(4), int(m.group(5))
        expected = float(m.group(6)) if m.group(6) else None
        score = float(m.group(7)) if m.group(7) else None
        k = (kind, key, window, start)
        if k not in found or count > found[k][0]:
            found[k] = (count, expected, score)
    return found


def keys_of(scored):
    keys = set()
    for t in scored.get('topics') or []:
        if t['score'] >= 0.3:
            keys.add('topic:' + t['label'])
    for p in scored.get('places') or []:
        keys.add('place:' + str(p.get('id')))
    return keys


def main(log, items_path, scored_path):
    items = {j['id']: j for j in map(json.loads, open(items_path, encoding='utf-8'))}
    scored = [j for j in map(json.loads, open(scored_path, encoding='utf-8')) if j.get('relevant')]

    def members(key, window, start):
        begin = datetime.fromisoformat(start.replace('Z', '+00:00'))
        end = begin + timedelta(hours=HOURS.get(window, 24))
        out = []
        for s in scored:
            item = items.get(s['id'])
            if not item or key not in keys_of(s):
                continue
            published = datetime.fromisoformat(item['published'].replace(' ', 'T'))
            if published.tzinfo is None:  # a published time without offset is Vietnam time, as `score` reads it
                published = published.replace(tzinfo=VIETNAM)
            if begin <= published < end:
                out.append((published, item['title']))
        return sorted(out)

    found = windows(log)
    for name, test in CANDIDATES:
        added = [(k, v) for k, v in found.items() if k[0] == 'trend-window-quiet' and test(*v) and not CURRENT[1](*v)]
        print(f'{name}: {len(added)} window(s) added')
        for (_, key, window, start), (c, e, s) in sorted(added, key=lambda kv: kv[0][3]):
            print(f'  {key} {window} {start} count={c} expected={e} score={s}')
            for published, title in members(key, window, start):
                print(f'      {published:%d/%m %H:%M} {title[:100]}')
    held = sorted((k, v) for k, v in found.items() if k[0] == 'trend-window-warming-up')
    print(f'held by the cold-start guard (count >= 3): {len(held)} window(s)')
    for (_, key, window, start), (c, _, _) in held:
        print(f'  {key} {window} {start} count={c}')


if __name__ == '__main__':
    main(*sys.argv[1:4])
