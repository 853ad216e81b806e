"""Turns the daily files of an RSS aggregator dump into replay input lines (docs/quality.md, issue 11).

usage: python3 docs/replay/aggregator-to-replay.py DAY.json... > ITEMS.jsonl

Each DAY.json is a list of {id, title, link, summary, source, published, fetched}, as the aggregator's
data/news/YYYY-MM-DD.json holds them. One line per link, oldest first, with the lead as text and the real
publication time, which the dump does not give as such:
- its fetcher stamps feedparser's UTC time with +07:00, so for VnExpress and Thanh Niên the wall clock is UTC;
- for Tuổi Trẻ it stamps the fetch time, so the time is read from the link (-YYYYMMDDHHMMSS plus up to 3 digits
  before .htm, Vietnam time).
Items whose time cannot be established are left out; the counts go to stderr.
"""
import json, re, sys, urllib.parse
from datetime import datetime, timedelta, timezone

VIETNAM = timezone(timedelta(hours=7))
TUOITRE_STAMP = re.compile(r'-(\d{14})\d{0,3}\.htm$')

def published(item):
    host = urllib.parse.urlparse(item['link']).hostname or ''
    if host.endswith('tuoitre.vn'):
        stamp = TUOITRE_STAMP.search(item['link'])
        return datetime.strptime(stamp.group(1), '%Y%m%d%H%M%S').replace(tzinfo=VIETNAM) if stamp else None
    wall = datetime.fromisoformat(item['published']).replace(tzinfo=None)
    return wall.replace(tzinfo=timezone.utc)

seen, left_out = {}, 0
for path in sys.argv[1:]:
    for item in json.load(open(path, encoding='utf-8')):
        link, title = item.get('link') or '', (item.get('title') or '').strip()
        when = published(item) if link and title else None
        if when is None:
            left_out += 1
            continue
        if link not in seen:
            host = (urllib.parse.urlparse(link).hostname or 'unknown').removeprefix('www.')
            seen[link] = {'id': item['id'], 'title': title, 'text': (item.get('summary') or '').strip(),
                          'url': link, 'source': host, 'published': when.astimezone(timezone.utc).isoformat()}
for line in sorted(seen.values(), key=lambda l: l['published']):
    print(json.dumps(line, ensure_ascii=False))
print(f'lines={len(seen)} left-out={left_out}', file=sys.stderr)
