package org.pledgescope.vocabulary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Every fact a query can carry and a rule can read: the shared vocabulary ({@code rules/vocabulary.yaml})
 * together with the facts the loaded packs declare. Immutable; facts keep their declaration order, which is
 * the order queries are written back and missing facts reported in.
 */
public final class Vocabulary {
    public static final String USE_DATE = "useDate";
    public static final String AS_KNOWN_ON = "asKnownOn";
    /** Query properties that are not facts. */
    public static final Set<String> QUERY_KEYS = Set.of("pledge", "assume");

    private final Map<String, Fact> facts;
    private final Map<String, Fact> setOwners;
    private final List<Fact> factList;
    /** Query JSON objects: prefix ("" or "agency.") → property names allowed there; precomputed, queries are many. */
    private final Map<String, Set<String>> children;
    /** Paths that are JSON objects of facts ({@code agency}), not facts. */
    private final Set<String> objects;

    private final Map<String, List<Fact>> byPack = new ConcurrentHashMap<>();

    public Vocabulary(Collection<Fact> declared) {
        List<Fact> facts = grouped(declared);
        Map<String, Fact> byPath = new LinkedHashMap<>();
        Map<String, Fact> owners = new LinkedHashMap<>();
        for (Fact f : facts) {
            byPath.put(f.path(), f);
            f.sets().keySet().forEach(s -> owners.put(s, f));
        }
        this.facts = Collections.unmodifiableMap(byPath);
        this.factList = List.copyOf(byPath.values());
        this.setOwners = Collections.unmodifiableMap(owners);
        Map<String, Set<String>> kids = new LinkedHashMap<>();
        kids.put("", new TreeSet<>(QUERY_KEYS));
        for (String path : byPath.keySet()) {
            String[] parts = path.split("\\.");
            String prefix = "";
            for (String part : parts) {
                kids.computeIfAbsent(prefix, k -> new TreeSet<>()).add(part);
                prefix = prefix + part + ".";
            }
        }
        Map<String, Set<String>> frozen = new LinkedHashMap<>();
        kids.forEach((k, v) -> frozen.put(k, Collections.unmodifiableSet(v)));
        this.children = Collections.unmodifiableMap(frozen);
        this.objects = frozen.keySet().stream()
                .filter(k -> !k.isEmpty())
                .map(k -> k.substring(0, k.length() - 1))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The facts in declaration order, except that facts under one object stay together (a pack's
     * {@code agency.actsFor} joins {@code agency.type}): a query's JSON writes each object once.
     */
    private static List<Fact> grouped(Collection<Fact> declared) {
        Map<String, Integer> firstSeen = new LinkedHashMap<>();
        for (Fact f : declared) {
            String prefix = "";
            for (String part : f.path().split("\\.")) {
                prefix = prefix + part + ".";
                firstSeen.putIfAbsent(prefix, firstSeen.size());
            }
        }
        // Each fact sorts by the positions its object path was first seen at, zero-padded to six digits (by hand:
        // String.format's first use loads locale data, a twentieth of a cold CLI run).
        Map<Fact, String> keys = new HashMap<>();
        for (Fact f : declared) {
            StringBuilder key = new StringBuilder();
            String prefix = "";
            for (String part : f.path().split("\\.")) {
                prefix = prefix + part + ".";
                String position = Integer.toString(firstSeen.get(prefix));
                key.append("000000", Math.min(position.length(), 6), 6)
                        .append(position)
                        .append('.');
            }
            keys.put(f, key.toString());
        }
        return declared.stream().sorted(Comparator.comparing(keys::get)).toList();
    }

    /** Every fact, facts under one object together, otherwise in declaration order. */
    public List<Fact> facts() {
        return factList;
    }

    public Optional<Fact> fact(String path) {
        return Optional.ofNullable(facts.get(path));
    }

    /** The facts one pack reads: the shared ones and those the pack declares itself. */
    public List<Fact> factsOf(String packId) {
        return byPack.computeIfAbsent(
                packId,
                id -> facts.values().stream()
                        .filter(f -> f.declaredBy().isEmpty() || f.declaredBy().contains(id))
                        .toList());
    }

    /** The fact whose value set is called {@code name}. */
    public Optional<Fact> ownerOfSet(String name) {
        return Optional.ofNullable(setOwners.get(name));
    }

    /** Every value set, by name. */
    public Map<String, List<String>> sets() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        setOwners.forEach((name, fact) -> out.put(name, fact.sets().get(name)));
        return out;
    }

    /**
     * The property names allowed in a query's JSON object at {@code prefix} ("" for the top level,
     * "agency." for the agency object): the next path segment of every fact under it.
     */
    public Set<String> childrenOf(String prefix) {
        return children.getOrDefault(prefix, Set.of());
    }

    /** Whether some fact's path continues below {@code path} (so a JSON object is expected there). */
    public boolean isObject(String path) {
        return objects.contains(path);
    }

    /**
     * This vocabulary with the facts the packs declare. A path the shared vocabulary declares, or that two
     * packs declare differently, is a conflict: reported through {@code conflict} and left out.
     */
    public Vocabulary withPackFacts(Map<String, List<Fact>> byPack, Conflicts conflict) {
        Map<String, Fact> merged = new LinkedHashMap<>(facts);
        Map<String, String> firstPack = new LinkedHashMap<>();
        Map<String, Fact> setNames = new LinkedHashMap<>(setOwners);
        byPack.forEach((packId, declared) -> {
            for (Fact f : declared) {
                Fact existing = merged.get(f.path());
                if (existing != null && existing.declaredBy().isEmpty()) {
                    conflict.report(
                            packId,
                            f.path(),
                            "fact '" + f.path()
                                    + "' is already declared by the shared vocabulary (vocabulary.yaml); use it as it is");
                    continue;
                }
                if (existing != null && !existing.sameDefinition(f)) {
                    conflict.report(
                            packId,
                            f.path(),
                            "fact '" + f.path() + "' is declared differently by pack '"
                                    + firstPack.get(f.path()) + "' ("
                                    + existing.kind().id() + " " + existing.valueIds()
                                    + "); two packs may share a fact only with the same kind, values and sets");
                    continue;
                }
                boolean clash = false;
                for (String set : f.sets().keySet()) {
                    Fact owner = setNames.get(set);
                    if (owner != null && !owner.path().equals(f.path())) {
                        conflict.report(
                                packId,
                                f.path(),
                                "value set '" + set + "' is already a value set of " + owner.path()
                                        + "; value set names are shared by every fact");
                        clash = true;
                    }
                }
                if (clash) {
                    continue;
                }
                f.sets().keySet().forEach(s -> setNames.put(s, f));
                List<String> packs = new ArrayList<>(existing == null ? List.of() : existing.declaredBy());
                packs.add(packId);
                merged.put(
                        f.path(),
                        new Fact(f.path(), f.kind(), f.description(), f.values(), f.sets(), f.example(), packs));
                firstPack.putIfAbsent(f.path(), packId);
            }
        });
        return new Vocabulary(merged.values());
    }

    /** Receives a conflict between declarations of a fact. */
    @FunctionalInterface
    public interface Conflicts {
        void report(String packId, String path, String message);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Vocabulary v && v.facts.equals(facts);
    }

    @Override
    public int hashCode() {
        return facts.hashCode();
    }
}
