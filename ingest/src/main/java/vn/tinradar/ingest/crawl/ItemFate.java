package vn.tinradar.ingest.crawl;

/** What became of one listed item in a poll: sent, dropped for good, or left for a later poll. */
enum ItemFate { EMITTED, SKIPPED, DEFERRED }
