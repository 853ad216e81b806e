package vn.tinradar.common.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * A YAML configuration that remembers where each value was written, so every error can name its line.
 *
 * <p>Keys are kebab-case with their unit ({@code timeout-ms}); they bind to records whose components are the
 * camelCase of the key. A key no record knows is an error, not silently ignored: a typo must not turn a
 * setting back to its default. Defaults come from a commented YAML file on the classpath, overlaid by the
 * user's file ({@link #overlay}).
 */
public final class ConfigDocument {

    private static final ObjectMapper BINDER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final YAMLFactory YAML = new YAMLFactory();

    private final JsonNode root;
    /** JSON pointer → "file:line" of the value. */
    private final Map<String, Location> locations;

    private record Location(String file, int line) {
    }

    private ConfigDocument(JsonNode root, Map<String, Location> locations) {
        this.root = root;
        this.locations = locations;
    }

    public static ConfigDocument load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file.toString(), 0, "cannot read: " + e.getMessage());
        }
        return parse(file.getFileName().toString(), text);
    }

    public static ConfigDocument loadResource(String resource) {
        try (InputStream in = ConfigDocument.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ConfigException(resource, 0, "not found on the classpath");
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigException(resource, 0, "cannot read: " + e.getMessage());
        }
    }

    public static ConfigDocument parse(String fileName, String yaml) {
        Map<String, Location> locations = new HashMap<>();
        try (JsonParser parser = YAML.createParser(yaml)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new ConfigDocument(JsonNodeFactory.instance.objectNode(), locations);
            }
            JsonNode root = read(parser, "", fileName, locations);
            return new ConfigDocument(root, locations);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ConfigException(fileName, line, "not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(fileName, 0, "cannot read: " + e.getMessage());
        }
    }

    public static ConfigDocument empty() {
        return new ConfigDocument(JsonNodeFactory.instance.objectNode(), new HashMap<>());
    }

    private static JsonNode read(JsonParser p, String pointer, String file, Map<String, Location> locations)
            throws IOException {
        locations.put(pointer, new Location(file, p.currentTokenLocation().getLineNr()));
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode node = JsonNodeFactory.instance.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    String child = pointer + "/" + name;
                    int keyLine = p.currentTokenLocation().getLineNr();
                    p.nextToken();
                    node.set(name, read(p, child, file, locations));
                    // a nested block starts on the line after its key: point at the key
                    locations.put(child, new Location(file, keyLine));
                }
                return node;
            }
            case START_ARRAY -> {
                ArrayNode node = JsonNodeFactory.instance.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    node.add(read(p, pointer + "/" + i++, file, locations));
                }
                return node;
            }
            case VALUE_NULL -> {
                return JsonNodeFactory.instance.nullNode();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return JsonNodeFactory.instance.booleanNode(p.getBooleanValue());
            }
            case VALUE_NUMBER_INT -> {
                return JsonNodeFactory.instance.numberNode(p.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return JsonNodeFactory.instance.numberNode(p.getDoubleValue());
            }
            default -> {
                return JsonNodeFactory.instance.textNode(p.getText());
            }
        }
    }

    /** This document's values on top of {@code defaults}: objects merge key by key, anything else replaces. */
    public ConfigDocument overlay(ConfigDocument defaults) {
        Map<String, Location> merged = new HashMap<>(defaults.locations);
        JsonNode mergedRoot = merge(defaults.root.deepCopy(), root, "", merged);
        return new ConfigDocument(mergedRoot, merged);
    }

    private JsonNode merge(JsonNode base, JsonNode top, String pointer, Map<String, Location> merged) {
        if (base instanceof ObjectNode baseObject && top instanceof ObjectNode topObject) {
            Iterator<Map.Entry<String, JsonNode>> fields = topObject.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String child = pointer + "/" + field.getKey();
                JsonNode existing = baseObject.get(field.getKey());
                if (existing == null) {
                    baseObject.set(field.getKey(), field.getValue());
                    copyLocations(child, merged);
                } else {
                    baseObject.set(field.getKey(), merge(existing, field.getValue(), child, merged));
                }
                Location loc = locations.get(child);
                if (loc != null) {
                    merged.put(child, loc);
                }
            }
            return baseObject;
        }
        merged.keySet().removeIf(k -> k.startsWith(pointer + "/"));
        copyLocations(pointer, merged);
        return top;
    }

    private void copyLocations(String pointer, Map<String, Location> merged) {
        locations.forEach((k, v) -> {
            if (k.equals(pointer) || k.startsWith(pointer + "/")) {
                merged.put(k, v);
            }
        });
    }

    public JsonNode root() {
        return root;
    }

    /** The value at a JSON pointer ("/ingest/fetch"), or a missing node. */
    public JsonNode at(String pointer) {
        return pointer.isEmpty() ? root : root.at(pointer);
    }

    public boolean has(String pointer) {
        return !at(pointer).isMissingNode();
    }

    /**
     * Binds the value at {@code pointer} to a record; a wrong type or an unknown key becomes a
     * {@link ConfigException} naming the file and line.
     */
    public <T> T bind(String pointer, Class<T> type) {
        JsonNode node = at(pointer);
        if (node.isMissingNode() || node.isNull()) {
            node = JsonNodeFactory.instance.objectNode();
        }
        try {
            return BINDER.treeToValue(node, type);
        } catch (JsonMappingException e) {
            StringBuilder path = new StringBuilder(pointer);
            for (JsonMappingException.Reference ref : e.getPath()) {
                path.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : ref.getIndex());
            }
            String what = e instanceof UnrecognizedPropertyException u
                    ? "unknown key '" + u.getPropertyName() + "'" + knownKeys(u)
                    : e.getOriginalMessage().replaceAll("\\s*\\(for .*", "").replace("\n", " ");
            throw error(path.toString(), what);
        } catch (IllegalArgumentException e) {
            throw error(pointer, e.getMessage());
        } catch (JsonProcessingException e) {
            throw error(pointer, e.getOriginalMessage());
        }
    }

    private static String knownKeys(UnrecognizedPropertyException u) {
        if (u.getKnownPropertyIds() == null || u.getKnownPropertyIds().isEmpty()) {
            return "";
        }
        return " (known keys: " + String.join(", ", u.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                .toList()) + ")";
    }

    /** An error about the value at {@code pointer}, located at the nearest line we know. */
    public ConfigException error(String pointer, String message) {
        String p = pointer;
        while (true) {
            Location loc = locations.get(p);
            if (loc != null) {
                String key = pointer.isEmpty() ? "" : pointer.substring(1).replace('/', '.') + ": ";
                return new ConfigException(loc.file(), loc.line(), key + message);
            }
            if (p.isEmpty()) {
                return new ConfigException(null, 0, pointer + ": " + message);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** Throws a located error unless {@code condition} holds: {@code doc.check(ms > 0, "/fetch/timeout-ms", ...)}. */
    public void check(boolean condition, String pointer, String message) {
        if (!condition) {
            throw error(pointer, message);
        }
    }
}
