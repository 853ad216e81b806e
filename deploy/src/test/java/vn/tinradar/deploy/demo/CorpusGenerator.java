package vn.tinradar.deploy.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.common.text.VietnameseText;

/**
 * Writes {@code demo/corpus/articles.jsonl} from the hand-written blocks under {@code /demo/blocks/}:
 * whole articles for the key stories ({@code stories.txt}, {@code policy.txt}, the Telegram channels' messages in
 * {@code social.txt}) and, for the everyday news, "kits" of titles,
 * leads, paragraphs and quotes that are filled with real commune names and combined differently for
 * each outlet that covers an event. Seeded, so the output is the same on every run.
 *
 * <p>Regenerate: {@code ./mvnw -B -q -o -pl deploy -am test -Dtest=CorpusGeneratorTest -Ddemo.regenerate=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
final class CorpusGenerator {

    static final Path OUTPUT = Path.of("src/main/resources/demo/corpus/articles.jsonl");
    private static final long SEED = 20261122L;
    private static final Pattern OFFSET = Pattern.compile("([+-])((?:\\d+[dhms])+)");
    private static final Pattern OFFSET_PART = Pattern.compile("(\\d+)([dhms])");
    private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Map<Character, List<String>> POOLS = Map.of(
            'P', List.of("baolaocai", "laocaitv"),
            'G', List.of("laocai-gov"),
            'N', List.of("thoisuviet", "nhipsongviet"),
            'M', List.of("taybacxanh"),
            'U', List.of("tinnong24h", "laocaiplus", "baonhanh", "vungcaonews"),
            'F', List.of("diendanlaocai"));
    private static final Map<String, List<String>> AUTHORS = Map.of(
            "baolaocai", List.of("Hoàng Minh", "Thanh Hà", "Lê Phương", "Đức Toàn", "Mai Lan", "Quang Huy"),
            "laocaitv", List.of("Bảo Ngọc - Văn Thắng", "Trung Kiên", "Hồng Nhung", "Tuấn Anh"),
            "laocai-gov", List.of("Văn phòng UBND tỉnh", "Minh Đức", "Thu Trang"),
            "thoisuviet", List.of("Phạm Hùng", "Nguyễn Thảo", "Trần Việt"),
            "nhipsongviet", List.of("Khánh Linh", "Đỗ Quang", "Vũ Hải"),
            "taybacxanh", List.of("Sùng A Páo", "Lò Thị Hoa", "Nguyễn Bình"),
            "diendanlaocai", List.of("bacha_1988", "Nguoi_Vung_Cao", "minhtuan.lc", "MeBeo_YenBai", "dan_phoLu",
                    "hoa.sapa", "xe_om_cocleu"));
    private static final String[] MEN = {"Nguyễn Văn Hùng", "Vàng A Chư", "Lý Seo Chín", "Hoàng Văn Thạch",
        "Đặng Văn Tiến", "Giàng A Lử", "Trần Quốc Việt", "Lương Văn Sơn", "Phạm Đức Thịnh", "Sần Seo Vảng",
        "Hà Văn Lợi", "Bùi Minh Khang", "Lò Văn Inh", "Nông Văn Tùng", "Vũ Đình Khiêm"};
    private static final String[] WOMEN = {"Lù Thị Mai", "Nguyễn Thị Thu Hương", "Hoàng Thị Ngân", "Tráng Thị Dợ",
        "Lê Thị Hồng", "Đinh Thị Yến", "Sùng Thị Mỷ", "Phùng Thị Kiều", "Trần Thị Vân", "Vàng Thị Sua"};
    private static final String[] HAMLETS = {"thôn Làng Mới", "thôn Khe Bổ", "thôn Nà Lụng", "bản Phìn Chải",
        "thôn Suối Thầu", "thôn Cốc Phương", "bản Nậm Kéo", "thôn Đồng Tâm", "thôn Bản Cuông", "thôn Khe Lóng",
        "bản Tả Chải", "thôn Tiên Phong", "thôn Hòa Bình", "bản Sín Chải", "thôn Làng Chàng"};

    private final Random random = new Random(SEED);
    private final List<Place> places = Place.read("/demo/blocks/places.tsv");
    private final Map<String, Set<String>> slugsBySource = new HashMap<>();

    public static void main(String[] args) throws IOException {
        String jsonl = new CorpusGenerator().generateJsonl();
        Files.writeString(OUTPUT, jsonl, StandardCharsets.UTF_8);
        System.out.println("wrote " + OUTPUT.toAbsolutePath());
    }

    String generateJsonl() {
        StringBuilder out = new StringBuilder();
        for (DemoArticle article : generate()) {
            try {
                out.append(Json.mapper().writeValueAsString(article)).append('\n');
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return out.toString();
    }

    List<DemoArticle> generate() {
        List<DemoArticle> articles = new ArrayList<>();
        Map<String, String> keysByLabel = new HashMap<>();
        for (String file : List.of("/demo/blocks/stories.txt", "/demo/blocks/policy.txt", "/demo/blocks/social.txt")) {
            for (BlockFile.Block block : BlockFile.read(file).blocks()) {
                articles.add(storyArticle(block, keysByLabel));
            }
        }
        for (String file : List.of("/demo/blocks/kits-society.txt", "/demo/blocks/kits-economy.txt")) {
            for (BlockFile.Block kit : BlockFile.read(file).blocks()) {
                int events = Integer.parseInt(kit.option("events", "3"));
                for (int e = 0; e < events; e++) {
                    articles.addAll(kitEvent(kit));
                }
            }
        }
        articles.sort(Comparator.comparingLong(DemoArticle::offsetSeconds).thenComparing(DemoArticle::key));
        return articles;
    }

    private DemoArticle storyArticle(BlockFile.Block block, Map<String, String> keysByLabel) {
        if (!block.kind().equals("article") || block.args().size() != 2) {
            throw new IllegalArgumentException(block.where() + ": expected '=== article <source> <offset>'");
        }
        String source = block.args().get(0);
        String title = require(block, "title");
        String slug = uniqueSlug(source, title);
        String copyOf = null;
        if (block.options().containsKey("copy-of")) {
            copyOf = keysByLabel.get(block.options().get("copy-of"));
            if (copyOf == null) {
                throw new IllegalArgumentException(block.where() + ": copy-of names unknown label");
            }
        }
        if (block.options().containsKey("label")) {
            keysByLabel.put(block.options().get("label"), source + "/" + slug);
        }
        return new DemoArticle(source, slug, title, require(block, "lead"), block.all("p"),
                block.one("author") != null ? nullIfNone(block.one("author")) : author(source),
                require(block, "section"), "media/" + block.option("image", "tin-tuc") + ".jpg",
                parseOffset(block.args().get(1), block.where()), block.option("story", null), copyOf,
                require(block, "topic"), require(block, "tone"),
                count(block, "likes"), count(block, "comments"), count(block, "shares"));
    }

    private List<DemoArticle> kitEvent(BlockFile.Block kit) {
        Map<String, String> vars = eventVars(kit);
        String pool = kit.option("pool", "PPGN");
        int reach = 1 + random.nextInt(Integer.parseInt(kit.option("reach", "3")));
        long base = -(3600L + (long) (random.nextDouble() * 27.5 * 86400));
        List<String> chosen = new ArrayList<>();
        for (int tries = 0; chosen.size() < reach && tries < 40; tries++) {
            List<String> candidates = POOLS.get(pool.charAt(random.nextInt(pool.length())));
            String source = candidates.get(random.nextInt(candidates.size()));
            if (!chosen.contains(source)) {
                chosen.add(source);
            }
        }
        List<DemoArticle> out = new ArrayList<>();
        int titleStart = random.nextInt(100);
        long offset = base;
        for (int i = 0; i < chosen.size(); i++) {
            String source = chosen.get(i);
            boolean low = POOLS.get('U').contains(source);
            boolean forum = source.equals("diendanlaocai");
            List<String> titles = forum && !kit.all("forum").isEmpty() ? kit.all("forum")
                    : low && !kit.all("hot").isEmpty() ? kit.all("hot") : kit.all("title");
            String title = fill(titles.get((titleStart + i) % titles.size()), vars, kit);
            String lead = fill(forum && kit.one("forumlead") != null ? kit.one("forumlead")
                    : pick(kit.all("lead"), i), vars, kit);
            List<String> paragraphs = new ArrayList<>();
            for (String p : kit.all("p")) {
                if (kit.all("p").size() <= 3 || random.nextInt(5) > 0) {
                    paragraphs.add(fill(p, vars, kit));
                }
            }
            if (!kit.all("q").isEmpty()) {
                String quote = fill(pick(kit.all("q"), i + titleStart), vars, kit);
                paragraphs.add(Math.min(paragraphs.size(), 1 + random.nextInt(Math.max(1, paragraphs.size()))), quote);
            }
            Long likes = low || forum ? (long) random.nextInt(400) : null;
            Long comments = low || forum ? (long) random.nextInt(80) : null;
            Long shares = low || forum ? (long) random.nextInt(60) : null;
            out.add(new DemoArticle(source, uniqueSlug(source, title), title, lead, paragraphs, author(source),
                    require(kit, "section"), "media/" + kit.args().get(0) + "-" + (1 + random.nextInt(3)) + ".jpg",
                    offset, null, null, require(kit, "topic"), require(kit, "tone"), likes, comments, shares));
            offset += 600 + random.nextInt(5 * 3600);
        }
        return out;
    }

    private Map<String, String> eventVars(BlockFile.Block kit) {
        Map<String, String> vars = new LinkedHashMap<>();
        List<Place> allowed = places;
        String only = kit.one("places");
        if (only != null) {
            List<String> names = List.of(only.split("\\s*\\|\\s*"));
            allowed = places.stream().filter(p -> names.contains(p.name())).toList();
            if (allowed.size() != names.size()) {
                throw new IllegalArgumentException(kit.where() + ": unknown place in " + only);
            }
        }
        Place place = allowed.get(random.nextInt(allowed.size()));
        vars.put("xa", place.name());
        vars.put("Xa", Character.toUpperCase(place.name().charAt(0)) + place.name().substring(1));
        vars.put("noi", place.mention());
        vars.put("cu", place.oldDistrict() + " cũ");
        vars.put("ong", MEN[random.nextInt(MEN.length)]);
        vars.put("ba", WOMEN[random.nextInt(WOMEN.length)]);
        vars.put("thon", HAMLETS[random.nextInt(HAMLETS.length)]);
        for (String range : kit.all("vars").isEmpty() ? List.<String>of() : List.of(kit.one("vars").split("\\s+"))) {
            String[] kv = range.split("=");
            String[] bounds = kv[1].split("-");
            int lo = Integer.parseInt(bounds[0]);
            int hi = Integer.parseInt(bounds[1]);
            int value = lo + random.nextInt(hi - lo + 1);
            if (hi >= 1000) {
                value = value / 10 * 10;
            }
            vars.put(kv[0], String.format("%,d", value).replace(',', '.'));
        }
        return vars;
    }

    private String fill(String template, Map<String, String> vars, BlockFile.Block kit) {
        Matcher m = SLOT.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = vars.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException(kit.where() + ": unknown slot {" + m.group(1) + "} in " + template);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private String pick(List<String> options, int i) {
        return options.get(Math.floorMod(i, options.size()));
    }

    private String author(String source) {
        List<String> names = AUTHORS.get(source);
        return names == null ? null : names.get(random.nextInt(names.size()));
    }

    private String uniqueSlug(String source, String title) {
        String base = VietnameseText.fold(title).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (base.length() > 90) {
            base = base.substring(0, base.lastIndexOf('-', 90));
        }
        Set<String> used = slugsBySource.computeIfAbsent(source, s -> new HashSet<>());
        String slug = base;
        for (int n = 2; !used.add(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    static long parseOffset(String text, String where) {
        Matcher m = OFFSET.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(where + ": offset must look like -3d4h or +45s but was " + text);
        }
        long seconds = 0;
        Matcher part = OFFSET_PART.matcher(m.group(2));
        while (part.find()) {
            long n = Long.parseLong(part.group(1));
            seconds += switch (part.group(2)) {
                case "d" -> n * 86400;
                case "h" -> n * 3600;
                case "m" -> n * 60;
                default -> n;
            };
        }
        return m.group(1).equals("-") ? -seconds : seconds;
    }

    private static String require(BlockFile.Block block, String field) {
        String value = block.one(field);
        if (value == null) {
            throw new IllegalArgumentException(block.where() + ": missing field '" + field + "'");
        }
        return value;
    }

    private static String nullIfNone(String author) {
        return author.equals("-") ? null : author;
    }

    private static Long count(BlockFile.Block block, String field) {
        String value = block.one(field);
        return value == null ? null : Long.valueOf(value);
    }

    /** A commune or ward of today's Lào Cai with the district and province it belonged to before 7/2025. */
    record Place(String name, String oldDistrict, String oldProvince) {

        /** How the press names it since the reform: "xã Bảo Hà (huyện Bảo Yên cũ)". */
        String mention() {
            return oldProvince.equals("tỉnh Yên Bái")
                    ? name + " (" + oldDistrict + ", tỉnh Yên Bái cũ)"
                    : name + " (" + oldDistrict + " cũ)";
        }

        static List<Place> read(String resource) {
            try (InputStream in = Place.class.getResourceAsStream(resource)) {
                List<Place> out = new ArrayList<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        String[] f = line.split("\t");
                        out.add(new Place(f[0], f[1], f[2]));
                    }
                }
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
