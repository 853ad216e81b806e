"""How often the coordinated-posting rule would fire on ReINTEL's public training set, by window.

The rule as the product applies it to social posts (analyze/.../cluster/CoordinatedPosting): the same text posted
by 3 or more different accounts within a window. Here "the same text" is the message folded to NFC, lower case and
single spaces (exact copies only: the product also counts near-verbatim copies, so this can only undercount), and
texts under 30 characters are left out ('<URL>', empty posts). Input: public_train.csv of VLSP 2020 ReINTEL, from
MarkusKhoa/VLSP2020-ReINTEL at commit fb3844c1145fb232e2628293b18243cebb9910fc, VLSP_fakenews_dataset.zip
(research use, not redistributed: kept outside the repository).

Usage: python3 docs/labels/reintel-coordinated.py /work/realdata/reintel-full/public_train.csv
"""
import collections
import csv
import re
import sys
import unicodedata

MIN_ACCOUNTS = 3


def fold(text):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text or "").lower()).strip()


def fires(posts, window_s):
    """Whether MIN_ACCOUNTS accounts posted the text within window_s seconds (None: at any time)."""
    dated = sorted(p for p in posts if p[0] is not None)
    if window_s is None:
        return len({account for _, account, _ in posts}) >= MIN_ACCOUNTS
    for i, (start, _, _) in enumerate(dated):
        accounts = {account for t, account, _ in dated[i:] if t - start <= window_s}
        if len(accounts) >= MIN_ACCOUNTS:
            return True
    return False


def main(path):
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    by_text = collections.defaultdict(list)
    for r in rows:
        text = fold(r["post_message"])
        if len(text) < 30:
            continue
        try:
            when = int(float(r["timestamp_post"]))
        except ValueError:
            when = None
        by_text[text].append((when, r["user_name"], int(r["label"])))
    unreliable = sum(int(r["label"]) for r in rows)
    print(f"posts={len(rows)} unreliable={unreliable} ({unreliable / len(rows):.3f})")
    print("window | texts | posts | unreliable posts")
    for name, window in (("60 min", 3600), ("6 h", 6 * 3600), ("24 h", 24 * 3600), ("any time", None)):
        hit = [posts for posts in by_text.values() if fires(posts, window)]
        posts = sum(len(p) for p in hit)
        bad = sum(label for p in hit for _, _, label in p)
        print(f"{name} | {len(hit)} | {posts} | {bad}")


if __name__ == "__main__":
    main(sys.argv[1])
