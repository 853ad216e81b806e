"""Joins news-tone.tsv (ids and labels) with the items it names into score/evaluate input lines.

usage: python3 docs/labels/news-tone-join.py WEEK.jsonl DEMO_ARTICLES.jsonl OUT_DIR

WEEK.jsonl is the replay dump of docs/quality.md ("A week of real national news"), kept outside the repository;
DEMO_ARTICLES.jsonl is deploy/src/main/resources/demo/corpus/articles.jsonl. Writes OUT_DIR/news-tone.tune.jsonl,
news-tone.heldout.jsonl and, for figures per origin, news-tone.heldout-real.jsonl and news-tone.heldout-demo.jsonl.
Each line is one headline with its lead (what the labeller read), as {id, title, text, label}.
"""
import html
import json
import os
import re
import sys

# the save-article widget the 24h.com.vn crawl put before every body
WIDGET = 'Lưu bài viết thành công Bạn có thể xem lại bài viết đã lưu ở trangTin bài đã lưu'
LEAD_CHARS = 300


def lead(text):
    """The first two sentences of a body, at most LEAD_CHARS characters: what a staff member sees in a card."""
    text = ' '.join(html.unescape(text or '').replace(WIDGET, ' ').split())
    sentences = re.split(r'(?<=[.!?…])\s+', text)
    out = ' '.join(sentences[:2])
    return out if len(out) <= LEAD_CHARS else out[:LEAD_CHARS].rsplit(' ', 1)[0]


def main(week_path, demo_path, out_dir):
    labels_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'news-tone.tsv')
    rows = [line.rstrip('\n').split('\t') for line in open(labels_path, encoding='utf-8')
            if line.strip() and not line.startswith('#') and not line.startswith('id\t')]
    items = {}
    for line in open(week_path, encoding='utf-8'):
        j = json.loads(line)
        items[j['id']] = (j['title'], j.get('text') or '')
    for line in open(demo_path, encoding='utf-8'):
        j = json.loads(line)
        items['demo:' + j['source'] + '/' + j['slug']] = (j['title'], j.get('lead') or '')
    os.makedirs(out_dir, exist_ok=True)
    names = ['tune', 'heldout', 'heldout-real', 'heldout-demo']
    files = {n: open(os.path.join(out_dir, 'news-tone.' + n + '.jsonl'), 'w', encoding='utf-8') for n in names}
    missing = 0
    for item_id, origin, _source, part, label in rows:
        if item_id not in items:
            missing += 1
            print(f'missing item id={item_id} origin={origin}', file=sys.stderr)
            continue
        title, body = items[item_id]
        line = json.dumps({'id': item_id, 'title': html.unescape(title).strip(), 'text': lead(body),
                           'label': label}, ensure_ascii=False) + '\n'
        files[part].write(line)
        if part == 'heldout':
            files['heldout-' + origin].write(line)
    for f in files.values():
        f.close()
    print(f'joined {len(rows) - missing} of {len(rows)} lines into {out_dir}', file=sys.stderr)
    return 1 if missing else 0


if __name__ == '__main__':
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
