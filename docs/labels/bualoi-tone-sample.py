"""Draws the Bualoi tone set (docs/quality.md, "Disaster, accident and notice headlines of a rainy season"): about
300 items of the held-out RSS stream of 26/09-05/10/2025, stratified by words of the headline so that disasters,
accidents, warnings, official notices and policy items are well represented, and writes them for labelling; with
--join, joins docs/labels/bualoi-tone.tsv's labels back to the stream and writes the dev and test parts.

Each item falls in the first stratum whose words its headline holds (lower-cased); within a stratum items are taken
in the order of sha256("bualoi-tone:" + id), and headlines seen before are skipped (the three sites repeat each
other). The part of a labelled line is fixed by its id alone: int(sha256("bualoi-split:" + id)[:8], 16) % 2 == 0 is
dev, otherwise test.

usage: python3 docs/labels/bualoi-tone-sample.py STREAM.jsonl OUT.jsonl
       python3 docs/labels/bualoi-tone-sample.py --join STREAM.jsonl docs/labels/bualoi-tone.tsv OUT_DIR
"""
import hashlib
import json
import os
import sys

STRATA = [
    ('disaster', 45 + 45, ['bão', 'bualoi', 'lũ', 'lụt', 'ngập', 'sạt lở', 'mưa lớn', 'mưa to', 'lốc', 'sét',
                           'động đất', 'áp thấp', 'triều cường', 'thiên tai', 'cuốn trôi', 'sập', 'vỡ đê',
                           'chia cắt', 'cô lập', 'sơ tán', 'di dời', 'thủy điện']),
    ('accident', 45, ['tai nạn', 'va chạm', 'tử vong', 'thiệt mạng', 'cháy', 'chết', 'đuối nước', 'lật',
                      'lao xuống', 'tông', 'mất tích', 'bị thương', 'nổ']),
    ('warning', 40, ['cảnh báo', 'khuyến cáo', 'dự báo', 'nguy cơ', 'thời tiết']),
    ('notice', 40, ['thông báo', 'công bố', 'chỉ đạo', 'công điện', 'yêu cầu', 'thủ tướng', 'ubnd', 'chủ tịch',
                    'bộ trưởng', 'tỉnh', 'thành phố']),
    ('policy', 40, ['nghị định', 'chính sách', 'dự thảo', 'quy định', 'luật', 'đề xuất', 'thông tư',
                    'nghị quyết', 'kế hoạch', 'hỗ trợ']),
    ('other', 45, None),
]


def order(item_id):
    return hashlib.sha256(('bualoi-tone:' + item_id).encode('utf-8')).hexdigest()


def part(item_id):
    return 'dev' if int(hashlib.sha256(('bualoi-split:' + item_id).encode('utf-8')).hexdigest()[:8], 16) % 2 == 0 \
        else 'test'


def stratum(title):
    t = title.lower()
    for name, _, words in STRATA:
        if words is None or any(w in t for w in words):
            return name


def sample(stream_path, out_path):
    items = [json.loads(line) for line in open(stream_path, encoding='utf-8')]
    seen = set()
    taken = []
    for name, wanted, _ in STRATA:
        pool = sorted((i for i in items if stratum(i['title']) == name), key=lambda i: order(i['id']))
        count = 0
        for i in pool:
            key = ' '.join(i['title'].lower().split())
            if count == wanted or key in seen:
                continue
            seen.add(key)
            taken.append({'id': i['id'], 'stratum': name, 'title': i['title'], 'text': i.get('text', '')})
            count += 1
        print(f'{name}: {count} of {len(pool)}', file=sys.stderr)
    with open(out_path, 'w', encoding='utf-8') as out:
        for t in taken:
            out.write(json.dumps(t, ensure_ascii=False) + '\n')


def join(stream_path, labels_path, out_dir):
    items = {j['id']: j for j in map(json.loads, open(stream_path, encoding='utf-8'))}
    parts = {'dev': [], 'test': []}
    for line in open(labels_path, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        item_id, _, label, _ = line.rstrip('\n').split('\t', 3)
        i = items[item_id]
        parts[part(item_id)].append({'id': item_id, 'title': i['title'], 'text': i.get('text', ''), 'label': label,
                                     'source': i.get('source'), 'url': i.get('url')})
    os.makedirs(out_dir, exist_ok=True)
    for name, lines in parts.items():
        with open(os.path.join(out_dir, f'bualoi-tone.{name}.jsonl'), 'w', encoding='utf-8') as out:
            for j in lines:
                out.write(json.dumps(j, ensure_ascii=False) + '\n')
        print(f'{name}: {len(lines)} lines', file=sys.stderr)


if __name__ == '__main__':
    if len(sys.argv) == 3:
        sample(*sys.argv[1:])
    elif len(sys.argv) == 5 and sys.argv[1] == '--join':
        join(*sys.argv[2:])
    else:
        sys.exit(__doc__)
