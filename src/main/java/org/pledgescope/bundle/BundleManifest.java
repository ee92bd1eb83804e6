package org.pledgescope.bundle;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.pledgescope.json.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;

/**
 * What {@code manifest.json} says: the rule set's revision and packs, when and by which PledgeScope the bundle was
 * made, the key that signed it (its id; null when unsigned), and every other file of the bundle with its size and
 * SHA-256. The signature covers the manifest's bytes, so it covers every file through their digests.
 */
public record BundleManifest(
        String format,
        int formatVersion,
        String revision,
        Instant createdAt,
        String pledgescopeVersion,
        String signingKey,
        List<String> packs,
        List<FileEntry> files) {

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern REVISION = Pattern.compile("sha256:[0-9a-f]{64}");

    public BundleManifest {
        packs = List.copyOf(packs);
        files = List.copyOf(files);
    }

    /** One file of the bundle: its path in the archive, its size in bytes, its SHA-256 in lowercase hex. */
    public record FileEntry(String path, long size, String sha256) {}

    /** The manifest as written into the bundle (and signed): pretty-printed JSON, fields in a fixed order. */
    public byte[] toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", format);
        json.put("formatVersion", formatVersion);
        json.put("revision", revision);
        json.put("createdAt", createdAt.toString());
        json.put("pledgescopeVersion", pledgescopeVersion);
        if (signingKey != null) {
            json.put("signingKey", signingKey);
        }
        json.put("packs", packs);
        List<Map<String, Object>> list = new ArrayList<>();
        for (FileEntry f : files) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", f.path());
            entry.put("size", f.size());
            entry.put("sha256", f.sha256());
            list.add(entry);
        }
        json.put("files", list);
        return (Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The signer's key id the manifest names, read leniently (for a refusal's message only), or null. */
    static String signingKeyOf(byte[] json) {
        try {
            JsonNode key = Json.MAPPER.readTree(json).get("signingKey");
            return key != null && key.isString() ? key.stringValue() : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    /** Parses and checks a manifest; a {@link BundleRefusedException} ({@code manifest}) names the field at fault. */
    public static BundleManifest parse(byte[] json) {
        JsonNode root;
        try {
            root = Json.MAPPER
                    .reader()
                    .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .readTree(json);
        } catch (JacksonException e) {
            throw refused("manifest.json is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw refused("manifest.json must be a JSON object");
        }
        String format = text(root, "format");
        if (!BundleFormat.NAME.equals(format)) {
            throw refused("manifest.json: 'format' is '" + format + "', not '" + BundleFormat.NAME + "'");
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.isInt()) {
            throw refused("manifest.json: 'formatVersion' must be an integer");
        }
        if (version.intValue() != BundleFormat.VERSION) {
            throw refused("manifest.json: the bundle is format " + version.intValue() + "; this PledgeScope ("
                    + BundleFormat.pledgescopeVersion() + ") reads format " + BundleFormat.VERSION
                    + (version.intValue() > BundleFormat.VERSION ? " (upgrade the replica)" : ""));
        }
        String revision = text(root, "revision");
        if (!REVISION.matcher(revision).matches()) {
            throw refused("manifest.json: 'revision' must be sha256: and 64 hex digits, not '" + revision + "'");
        }
        Instant createdAt;
        try {
            createdAt = Instant.parse(text(root, "createdAt"));
        } catch (DateTimeParseException e) {
            throw refused("manifest.json: 'createdAt' must be an ISO instant (2026-01-31T12:00:00Z)");
        }
        String pledgescopeVersion = text(root, "pledgescopeVersion");
        JsonNode key = root.get("signingKey");
        if (key != null && !key.isString()) {
            throw refused("manifest.json: 'signingKey' must be a string");
        }
        List<String> packs = new ArrayList<>();
        for (JsonNode p : array(root, "packs")) {
            if (!p.isString()) {
                throw refused("manifest.json: 'packs' must list pack ids (strings)");
            }
            packs.add(p.stringValue());
        }
        List<FileEntry> files = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        int i = 0;
        for (JsonNode f : array(root, "files")) {
            String at = "files[" + i++ + "]";
            if (!f.isObject()) {
                throw refused("manifest.json: '" + at + "' must be an object");
            }
            String path = text(f, "path", at + ".path");
            String problem = BundlePaths.problem(path);
            if (problem != null) {
                throw refused("manifest.json: '" + at + ".path' " + problem);
            }
            if (!paths.add(path)) {
                throw refused("manifest.json: '" + path + "' is listed twice");
            }
            JsonNode size = f.get("size");
            if (size == null || !size.canConvertToLong() || !size.isIntegralNumber() || size.longValue() < 0) {
                throw refused("manifest.json: '" + at + ".size' must be a size in bytes");
            }
            String sha = text(f, "sha256", at + ".sha256");
            if (!HEX64.matcher(sha).matches()) {
                throw refused("manifest.json: '" + at + ".sha256' must be 64 lowercase hex digits");
            }
            files.add(new FileEntry(path, size.longValue(), sha));
        }
        return new BundleManifest(
                format,
                version.intValue(),
                revision,
                createdAt,
                pledgescopeVersion,
                key == null ? null : key.stringValue(),
                packs,
                files);
    }

    private static String text(JsonNode node, String field) {
        return text(node, field, field);
    }

    private static String text(JsonNode node, String field, String shown) {
        JsonNode v = node.get(field);
        if (v == null || !v.isString()) {
            throw refused("manifest.json: '" + shown + "' is missing or not a string");
        }
        return v.stringValue();
    }

    private static Iterable<JsonNode> array(JsonNode root, String field) {
        JsonNode v = root.get(field);
        if (v == null || !v.isArray()) {
            throw refused("manifest.json: '" + field + "' must be an array");
        }
        return v;
    }

    private static BundleRefusedException refused(String message) {
        return new BundleRefusedException("manifest", message);
    }
}
