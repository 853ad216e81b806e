"""Counts, for each of the 34 provinces, the replay items whose title or lead names it or a former province merged
into it: a quick way to choose which provinces to replay a stream for, before reading its items (docs/quality.md).

usage: python3 docs/replay/count-provinces.py ../shared/data/admin_divisions/dvhcvn_2025-07_mapping/splits.json ITEMS.jsonl
"""
import json, re, sys, collections
splits = json.load(open(sys.argv[1], encoding='utf-8'))['data']
strip = lambda n: re.sub(r'^(Tỉnh|Thành phố)\s+', '', n)
names = collections.defaultdict(set)
for old in splits:
    for new in old['splits']:
        names[strip(new['name'])].update({strip(new['name']), strip(old['name'])})
names['Hồ Chí Minh'] |= {'TP.HCM', 'TPHCM', 'TP HCM', 'Sài Gòn'}
count = collections.Counter()
for line in open(sys.argv[2], encoding='utf-8'):
    item = json.loads(line); text = item['title'] + ' ' + item['text']
    for province, variants in names.items():
        if any(re.search(r'(?<!\w)' + re.escape(v) + r'(?!\w)', text) for v in variants):
            count[province] += 1
for province, n in count.most_common():
    print(n, province, '(' + ', '.join(sorted(names[province] - {province})) + ')')
