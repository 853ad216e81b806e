"""Joins disaster-tone.tsv (ids and labels) with the week's items into score input, or lists the lines scored wrong.

usage: python3 docs/labels/disaster-tone-join.py WEEK.jsonl OUT.jsonl
       python3 docs/labels/disaster-tone-join.py --misses OUT.jsonl SCORED.jsonl
       python3 docs/labels/disaster-tone-join.py --hazard PART.jsonl SCORED.jsonl

The first form writes {id, title, text, label} lines, the text being the lead news-tone-join.py gives (what the
labeller read). The second prints each line whose scored label differs from the hand label, with the scorer's
evidence; the third, every line of a labelled part (e.g. news-tone.tune.jsonl) whose headline or lead holds a hazard
word, with its label and the scored one. WEEK.jsonl is the replay dump of docs/quality.md, kept outside the repository.
"""
import html
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# the words that selected the items: natural hazards as the national press names them in a headline
HAZARD_WORDS = ['lũ', 'lụt', 'ngập', 'sạt lở', 'lở đất', 'bão', 'áp thấp', 'động đất', 'sóng thần', 'lốc', 'mưa đá',
                'mưa lớn', 'cháy rừng', 'hạn hán', 'xâm nhập mặn', 'thiên tai', 'triều cường', 'sụt lún', 'rét hại',
                'núi lửa', 'tuyết lở', 'giông']
HAZARD = re.compile(r'(?<!\w)(' + '|'.join(map(re.escape, HAZARD_WORDS)) + r')(?!\w)', re.IGNORECASE)


def news_tone_lead():
    spec = importlib.util.spec_from_file_location('news_tone_join', os.path.join(HERE, 'news-tone-join.py'))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.lead


def join(week_path, out_path):
    lead = news_tone_lead()
    labels = dict(line.rstrip('\n').split('\t') for line in open(os.path.join(HERE, 'disaster-tone.tsv'),
                                                                 encoding='utf-8')
                  if line.strip() and not line.startswith('#') and not line.startswith('id\t'))
    found = 0
    with open(out_path, 'w', encoding='utf-8') as out:
        for line in open(week_path, encoding='utf-8'):
            item = json.loads(line)
            if item['id'] not in labels:
                continue
            if not HAZARD.search(item['title']):
                sys.exit(f"item {item['id']} is labelled but its headline names no hazard word")
            found += 1
            out.write(json.dumps({'id': item['id'], 'title': html.unescape(item['title']).strip(),
                                  'text': lead(item.get('text')), 'label': labels[item['id']]},
                                 ensure_ascii=False) + '\n')
    print(f'joined {found} of {len(labels)} lines into {out_path}', file=sys.stderr)
    return 0 if found == len(labels) else 1


def misses(gold_path, scored_path, only_hazard=False):
    said = {}
    for line in open(scored_path, encoding='utf-8'):
        item = json.loads(line)
        said[item['id']] = item.get('sentiment') or {}
    for line in open(gold_path, encoding='utf-8'):
        item = json.loads(line)
        s = said.get(item['id'], {})
        if only_hazard and HAZARD.search(item['title'] + ' ' + item.get('text', '')):
            print(f"{item['label']:8} said {s.get('label')!s:8} {s.get('score', 0):+.2f} {item['id'][:16]:16} "
                  f"{item['title']}")
        elif not only_hazard and s.get('label') != item['label']:
            print(f"{item['label']:8} said {s.get('label')!s:8} {s.get('score', 0):+.2f} "
                  f"{','.join(s.get('evidence') or [])!s:30} {item['title']}")
    return 0


if __name__ == '__main__':
    if len(sys.argv) == 3:
        sys.exit(join(sys.argv[1], sys.argv[2]))
    if len(sys.argv) == 4 and sys.argv[1] in ('--misses', '--hazard'):
        sys.exit(misses(sys.argv[2], sys.argv[3], sys.argv[1] == '--hazard'))
    sys.exit(__doc__)
