package vn.tinradar.ingest.filter;

import vn.tinradar.ingest.crawl.ItemFilter;

/** What every rule here shares: its name and stage, fixed when it is made. */
abstract class StagedFilter implements ItemFilter {

    private final String name;
    private final Stage stage;

    StagedFilter(String name, Stage stage) {
        this.name = name;
        this.stage = stage;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Stage stage() {
        return stage;
    }
}
