package vn.tinradar.analyze.query.forecast;

/** One forecast asked for: the trend key {@code kind:key} over {@code days} Vietnam days from today. */
public record ForecastQuery(String kind, String key, int days) {

    /** The key the trend pipeline partitions and stores this key's counts under. */
    public String trendKey() {
        return kind + ":" + key;
    }
}
