package vn.tinradar.common.province;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.tinradar.common.text.VietnameseText;

/**
 * Which unit of a province lies inside which: a commune or ward in the former districts its former communes
 * belonged to and in the province; a former district in the province. Places are the gazetteer's ids (the ids
 * {@code PlaceTag} carries), also found by their official name ("Xã Mường Hum"), as alerts name them.
 */
public final class PlaceHierarchy {

    static final String RESOURCE_DIR = "province/hierarchy";

    /** One unit: its id, official name, level (province, commune, former-district) and the ids it lies in. */
    public record Place(String id, String name, String level, List<String> parents) {

        public Place {
            parents = List.copyOf(parents);
        }
    }

    private final Province province;
    private final Map<String, Place> byId;
    private final Map<String, Place> byName;

    private PlaceHierarchy(Province province, Map<String, Place> byId) {
        this.province = province;
        this.byId = byId;
        this.byName = new HashMap<>();
        byId.values().forEach(p -> byName.putIfAbsent(key(p.name()), p));
    }

    /** The bundled hierarchy of {@code province}. */
    public static PlaceHierarchy of(Province province) {
        String resource = "/" + RESOURCE_DIR + "/" + province.slug() + ".tsv";
        try (InputStream in = PlaceHierarchy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return parse(province, in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static PlaceHierarchy parse(Province province, InputStream in, String source) throws IOException {
        Map<String, Place> places = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int lineNo = 0;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 4) {
                throw new IllegalArgumentException(source + " line " + lineNo
                        + ": expected 4 tab-separated columns (id, name, level, parents) but found " + cols.length);
            }
            List<String> parents = cols[3].isBlank() ? List.of() : List.of(cols[3].split("\\|"));
            places.put(cols[0], new Place(cols[0], VietnameseText.nfc(cols[1]), cols[2], parents));
        }
        return new PlaceHierarchy(province, places);
    }

    public Province province() {
        return province;
    }

    /** The place with this id or official name (any case, composed or not), if the province has it. */
    public Optional<Place> find(String idOrName) {
        if (idOrName == null || idOrName.isBlank()) {
            return Optional.empty();
        }
        Place p = byId.get(idOrName.strip());
        return p != null ? Optional.of(p) : Optional.ofNullable(byName.get(key(idOrName)));
    }

    /** The province itself. */
    public Place provincePlace() {
        return byId.get(province.code());
    }

    /** The ids of the units {@code id} lies in, nearest first (former districts, then the province). */
    public List<String> ancestors(String id) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> queue = new ArrayList<>(List.of(id));
        for (int i = 0; i < queue.size(); i++) {
            Place p = byId.get(queue.get(i));
            if (p == null) {
                continue;
            }
            for (String parent : p.parents()) {
                if (seen.add(parent)) {
                    queue.add(parent);
                }
            }
        }
        return List.copyOf(seen);
    }

    public int size() {
        return byId.size();
    }

    private static String key(String name) {
        return VietnameseText.nfc(name.strip()).toLowerCase(Locale.ROOT);
    }
}
