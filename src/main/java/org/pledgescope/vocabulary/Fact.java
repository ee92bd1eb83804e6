package org.pledgescope.vocabulary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.pledgescope.diagnostics.DidYouMean;

/**
 * One fact a query can carry and a rule can read, as declared in {@code rules/vocabulary.yaml} or by a pack.
 * {@code path} is dotted ({@code agency.type}); in a query's JSON each dot is a nested object. {@code sets}
 * are named sets of values ({@code police}); {@code declaredBy} lists the packs that declare the fact (empty for
 * the shared vocabulary).
 */
public record Fact(
        String path,
        FactKind kind,
        String description,
        List<FactValue> values,
        Map<String, List<String>> sets,
        String example,
        List<String> declaredBy) {

    public Fact {
        values = List.copyOf(values);
        sets = Collections.unmodifiableMap(new LinkedHashMap<>(sets));
        declaredBy = List.copyOf(declaredBy);
    }

    /** The two dates every query has; always known (defaults apply), never quantified. */
    public boolean isQueryDate() {
        return path.equals(Vocabulary.USE_DATE) || path.equals(Vocabulary.AS_KNOWN_ON);
    }

    /** Whether an omitted value is tried at every value it could take (all kinds but text and the query dates). */
    public boolean quantified() {
        return kind != FactKind.TEXT && !isQueryDate();
    }

    public boolean hasValue(String id) {
        return values.stream().anyMatch(v -> v.id().equals(id));
    }

    public List<String> valueIds() {
        return values.stream().map(FactValue::id).toList();
    }

    public Optional<List<String>> set(String name) {
        return Optional.ofNullable(sets.get(name));
    }

    /** Whether two declarations of the same path agree (what a second pack may redeclare). */
    public boolean sameDefinition(Fact other) {
        return kind == other.kind && valueIds().equals(other.valueIds()) && sets.equals(other.sets);
    }

    /**
     * A hint for a value that is not one of this fact's: the value set or value it was probably meant to be
     * (" (did you mean the value set 'police'?)", " (did you mean 'FACE_COMPARISON'?)"), or "".
     */
    public String suggest(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        for (String set : sets.keySet()) {
            if (set.equalsIgnoreCase(value) || set.equalsIgnoreCase(lower.replace("_", ""))) {
                return " (did you mean the value set '" + set + "'?)";
            }
        }
        List<String> names = new ArrayList<>(valueIds());
        names.addAll(sets.keySet());
        List<String> close = DidYouMean.among(value, names);
        if (close.size() == 1 && sets.containsKey(close.get(0))) {
            return " (did you mean the value set '" + close.get(0) + "'?)";
        }
        return DidYouMean.phrase(close);
    }

    /** The allowed values as an error message lists them. */
    public String allowed() {
        return switch (kind) {
            case ENUMERATION -> valueIds() + (sets.isEmpty() ? "" : " or a value set " + sets.keySet());
            case DATE -> "an ISO date (YYYY-MM-DD)";
            case COUNTRY -> "an ISO 3166-1 alpha-2 country code (e.g. US, GB, DE)";
            case BOOLEAN -> "true or false";
            case TEXT -> "a text";
        };
    }
}
