package vn.tinradar.analyze.score.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.province.Province;
import vn.tinradar.common.province.Provinces;
import vn.tinradar.common.text.VietnameseText;

/**
 * Measures place tagging per province on sentences generated, with a fixed seed, from the public
 * administrative-division data: today's and former names of the province's units, with and without unit
 * words, abbreviated or typed without diacritics (positives), and units of other provinces, preferring names
 * the province also bears (negatives). The templates are ours, so the style is optimistic; the names are real.
 *
 * <p>Run from the repository root (figures in docs/quality.md): {@code java -cp <analyze test classpath>
 * vn.tinradar.analyze.score.gazetteer.PlaceTaggingEvaluation ../shared/data/admin_divisions 400 "Lào Cai"
 * "Ninh Bình" "Hưng Yên" "Thành phố Hồ Chí Minh"}
 */
public final class PlaceTaggingEvaluation {

    static final long SEED = 20250701L;

    /** A generated sentence: whether it concerns the province, and which of today's communes it names. */
    record Case(String kind, String text, boolean ours, Set<String> communes) {
    }

    /** A unit before the reform: its name with type word, and the district and province it lay in. */
    record OldCommune(String id, String name, String district, String province, String todayProvince) {
    }

    /** Today's commune and the old ones merged into it. */
    record NewCommune(String id, String name, String province, List<OldCommune> old) {
    }

    private PlaceTaggingEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int perProvince = Integer.parseInt(args[1]);
        ObjectMapper json = new ObjectMapper();
        JsonNode before = json.readTree(dir.resolve("dvhcvn_2025-03/dvhcvn.json").toFile());
        JsonNode merges = json.readTree(dir.resolve("dvhcvn_2025-07_mapping/merges.json").toFile());
        Map<String, String> todayOfOld = new HashMap<>();
        for (JsonNode p : merges.get("data")) {
            p.get("merges").forEach(m -> todayOfOld.put(m.get("old_id").asText(), p.get("level1_id").asText()));
        }
        Map<String, OldCommune> oldById = new HashMap<>();
        for (JsonNode p : before.get("data")) {
            for (JsonNode d : p.get("level2s")) {
                for (JsonNode c : d.get("level3s")) {
                    oldById.put(c.get("level3_id").asText(), new OldCommune(c.get("level3_id").asText(),
                            c.get("name").asText(), d.get("name").asText(), p.get("name").asText(),
                            todayOfOld.get(p.get("level1_id").asText())));
                }
            }
        }
        Map<String, List<NewCommune>> byProvince = new LinkedHashMap<>();
        Map<String, Set<String>> newIdsOfOld = new HashMap<>();
        for (JsonNode p : merges.get("data")) {
            String code = p.get("level1_id").asText();
            for (JsonNode c : p.get("level2s")) {
                List<OldCommune> old = new ArrayList<>();
                for (JsonNode m : c.get("merges")) {
                    OldCommune o = oldById.get(m.get("old_id").asText());
                    if (o != null) {
                        old.add(o);
                        newIdsOfOld.computeIfAbsent(o.id(), k -> new HashSet<>()).add(c.get("level2_id").asText());
                    }
                }
                byProvince.computeIfAbsent(code, k -> new ArrayList<>())
                        .add(new NewCommune(c.get("level2_id").asText(), c.get("name").asText(), code, old));
            }
        }
        System.out.println("| province | sentences (ours / others') | province decision P | R | commune P | R |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        for (int a = 2; a < args.length; a++) {
            Province province = Provinces.byName(args[a]);
            List<Case> cases = generate(province, byProvince, newIdsOfOld, perProvince, new Random(SEED));
            Score s = score(Gazetteer.forProvince(province), cases);
            long ours = cases.stream().filter(Case::ours).count();
            System.out.printf(Locale.ROOT, "| %s | %d / %d | %.3f | %.3f | %.3f | %.3f |%n", province.name(), ours,
                    cases.size() - ours, s.provinceP(), s.provinceR(), s.communeP(), s.communeR());
            if (System.getenv("SHOW_MISSES") != null) {
                s.misses().forEach(m -> System.out.println("   " + m));
            }
        }
    }

    static List<Case> generate(Province p, Map<String, List<NewCommune>> byProvince,
            Map<String, Set<String>> newIdsOfOld, int n, Random rnd) {
        List<NewCommune> ours = byProvince.get(p.code());
        Map<String, List<NewCommune>> lookAlikes = lookAlikes(p, byProvince);
        List<NewCommune> others = byProvince.entrySet().stream().filter(e -> !e.getKey().equals(p.code()))
                .flatMap(e -> e.getValue().stream()).toList();
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < n / 2; i++) {
            NewCommune c = ours.get(rnd.nextInt(ours.size()));
            OldCommune o = c.old().isEmpty() ? null : c.old().get(rnd.nextInt(c.old().size()));
            Set<String> today = Set.of(c.id());
            cases.add(switch (i % 7) {
                case 0 -> new Case("new, unit word, with province", "Chiều 12/9, UBND " + lower(c.name()) + ", "
                        + p.inSentence() + " tổ chức lễ ra quân làm đường giao thông nông thôn.", true, today);
                case 1 -> new Case("new, unit word", "Mưa lớn kéo dài gây sạt lở taluy dương trên tuyến đường qua "
                        + lower(c.name()) + ".", true, today);
                case 2 -> new Case("new, no unit word", "Đoàn công tác đã kiểm tra tiến độ xây trường học ở "
                        + bare(c.name()) + " trong sáng nay.", true, today);
                case 3 -> o == null ? provinceOnly(p) : new Case("old address", "Năm 2024, " + lower(o.name()) + ", "
                        + lower(o.district()) + ", " + lower(o.province()) + " hoàn thành chương trình nông thôn mới.",
                        true, newIdsOfOld.get(o.id()));
                case 4 -> o == null ? provinceOnly(p) : new Case("old, abbreviated", "Chợ phiên " + abbreviated(o.name())
                        + " (" + abbreviated(o.district()) + ") đông vui dịp cuối tuần.", true, newIdsOfOld.get(o.id()));
                case 5 -> new Case("new, no diacritics", VietnameseText.fold("sat lo dat tai " + lower(c.name())
                        + " lam hu hong 3 ngoi nha"), true, today);
                default -> provinceOnly(p);
            });
        }
        List<String> lookAlikeNames = new ArrayList<>(lookAlikes.keySet());
        for (int i = 0; i < n - n / 2; i++) {
            boolean lookAlike = !lookAlikeNames.isEmpty() && i % 2 == 0;
            NewCommune c = lookAlike ? pick(lookAlikes.get(lookAlikeNames.get(rnd.nextInt(lookAlikeNames.size()))), rnd)
                    : others.get(rnd.nextInt(others.size()));
            Province theirs = Provinces.all().stream().filter(q -> q.code().equals(c.province())).findFirst().orElseThrow();
            OldCommune o = c.old().isEmpty() ? null : c.old().get(rnd.nextInt(c.old().size()));
            cases.add(switch (i % 4) {
                case 0 -> new Case("other, with its province", "Chiều 12/9, UBND " + lower(c.name()) + ", "
                        + theirs.inSentence() + " tổ chức lễ ra quân làm đường giao thông nông thôn.", false, Set.of());
                case 1 -> o == null ? new Case("other, alone", "Người dân " + lower(c.name())
                        + " phấn khởi đón nước sạch về bản.", false, Set.of())
                        : new Case("other, old district", "Mưa lớn gây ngập úng tại " + lower(o.name()) + ", "
                        + lower(o.district()) + ".", false, Set.of());
                case 2 -> new Case("other, alone", "Người dân " + lower(c.name()) + " phấn khởi đón nước sạch về bản.",
                        false, Set.of());
                default -> o == null ? new Case("other, with its province", "Hội nghị tại " + lower(c.name()) + " ("
                        + theirs.shortName() + ") bàn về chuyển đổi số.", false, Set.of())
                        : new Case("other, old address", "Năm 2024, " + lower(o.name()) + ", " + lower(o.district())
                        + ", " + lower(o.province()) + " hoàn thành chương trình nông thôn mới.", false, Set.of());
            });
        }
        return cases;
    }

    /** Other provinces' communes whose bare name one of the province's units also bears. */
    private static Map<String, List<NewCommune>> lookAlikes(Province p, Map<String, List<NewCommune>> byProvince) {
        Set<String> ourNames = new HashSet<>();
        for (NewCommune c : byProvince.get(p.code())) {
            ourNames.add(GazetteerBuilder.foldedBare(c.name()));
            c.old().forEach(o -> ourNames.add(GazetteerBuilder.foldedBare(o.name())));
        }
        Map<String, List<NewCommune>> out = new LinkedHashMap<>();
        byProvince.forEach((code, list) -> {
            if (!code.equals(p.code())) {
                list.stream().filter(c -> ourNames.contains(GazetteerBuilder.foldedBare(c.name())))
                        .forEach(c -> out.computeIfAbsent(GazetteerBuilder.foldedBare(c.name()), k -> new ArrayList<>()).add(c));
            }
        });
        return out;
    }

    private static Case provinceOnly(Province p) {
        String name = p.formerNames().isEmpty() ? p.inSentence() : "tỉnh " + p.formerNames().get(0) + " cũ";
        return new Case("province only", "Giá lúa ở " + name + " tăng nhẹ so với tuần trước.", true, Set.of());
    }

    private static NewCommune pick(List<NewCommune> list, Random rnd) {
        return list.get(rnd.nextInt(list.size()));
    }

    /** "Xã Bảo Hà" → "xã Bảo Hà", as a sentence writes it. */
    private static String lower(String official) {
        String bare = GazetteerBuilder.stripPrefix(official);
        return official.substring(0, official.length() - bare.length()).toLowerCase(Locale.ROOT) + bare;
    }

    private static String bare(String official) {
        return GazetteerBuilder.stripPrefix(official);
    }

    /** The press's short unit words: "TT. Phố Ràng", "P. Cốc Lếu", "H. Bảo Yên", "TP. Lào Cai", "Q. 1". */
    private static String abbreviated(String official) {
        String bare = GazetteerBuilder.stripPrefix(official);
        String type = VietnameseText.fold(official.substring(0, official.length() - bare.length()).trim());
        String shortType = switch (type) {
            case "thi tran" -> "TT.";
            case "phuong" -> "P.";
            case "huyen" -> "H.";
            case "thanh pho" -> "TP.";
            case "thi xa" -> "TX.";
            case "quan" -> "Q.";
            default -> type.isEmpty() ? "" : "xã";
        };
        return (shortType + " " + bare).trim();
    }

    /** Precision and recall of the province decision and of today's commune. */
    record Score(double provinceP, double provinceR, double communeP, double communeR, List<String> misses) {
    }

    static Score score(Gazetteer g, List<Case> cases) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int ctp = 0;
        int cfp = 0;
        int expected = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            List<PlaceTag> tags = g.find(c.text());
            boolean relevant = !tags.isEmpty();
            if (relevant && c.ours()) {
                tp++;
            } else if (relevant) {
                fp++;
                misses.add("FP [" + c.kind() + "] " + c.text() + " -> " + tags);
            } else if (c.ours()) {
                fn++;
                misses.add("FN [" + c.kind() + "] " + c.text());
            }
            Set<String> communes = tags.stream().filter(t -> "commune".equals(t.level())).map(PlaceTag::id)
                    .collect(Collectors.toSet());
            if (!c.communes().isEmpty()) {
                expected++;
                if (communes.stream().anyMatch(c.communes()::contains)) {
                    ctp++;
                }
            }
            List<String> wrong = communes.stream().filter(id -> !c.communes().contains(id)).toList();
            cfp += wrong.size();
            if (!wrong.isEmpty()) {
                misses.add("commune FP [" + c.kind() + "] " + c.text() + " -> " + tags);
            }
        }
        return new Score(ratio(tp, tp + fp), ratio(tp, tp + fn), ratio(ctp, ctp + cfp), ratio(ctp, expected), misses);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }
}
