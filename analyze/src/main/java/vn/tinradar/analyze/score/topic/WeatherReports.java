package vn.tinradar.analyze.score.topic;

import java.util.List;
import java.util.Locale;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.text.VietnameseText;

/**
 * Tells a weather forecast or report ("Thời tiết hôm nay 8/2: Hà Nội mưa, rét đậm", "Miền Bắc sắp đón không khí
 * lạnh") from a disaster event: the topic scorer files both under disaster, but a cold spell forecast for the whole
 * North is not an event in the province, and a day of forecasts would otherwise burst the disaster topic. A headline
 * that speaks of weather and of no damage (deaths, missing people, landslides, floods, evacuations...) is a weather
 * report; flood and landslide warnings are not, since they name a damage word. The relevance decision reads it too:
 * a province named in the body of a weather report is named in passing.
 */
public final class WeatherReports {

    /** The topic weather reports must not count under. */
    public static final String DISASTER_TOPIC = "thien-tai";

    // whole words of the lower-case headline, with diacritics: folded, "sắp" (about to) would read as "sập" (collapse)
    private static final List<String> WEATHER = List.of("thời tiết", "không khí lạnh", "gió mùa", "rét đậm", "rét hại",
            "nắng nóng", "nhiệt độ", "mưa rét", "trời rét", "chuyển rét", "băng giá", "mưa tuyết", "nồm ẩm");
    private static final List<String> DAMAGE = List.of("thiệt hại", "chết", "tử vong", "thiệt mạng", "mất tích",
            "bị thương", "sạt lở", "lũ quét", "lũ lụt", "lũ", "ngập", "cuốn trôi", "sập", "vùi lấp", "di dời", "sơ tán",
            "mắc kẹt", "chết rét", "tốc mái", "hư hỏng");

    private WeatherReports() {
    }

    /** True when the article's headline is about the weather and names no damage. */
    public static boolean isWeatherReport(Article a) {
        if (a == null || a.title() == null) {
            return false;
        }
        String words = " " + VietnameseText.nfc(a.title()).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
        return WEATHER.stream().anyMatch(w -> words.contains(" " + w + " "))
                && DAMAGE.stream().noneMatch(w -> words.contains(" " + w + " "));
    }
}
