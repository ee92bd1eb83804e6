package org.pledgescope.map;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.pledgescope.evaluation.QuerySpace;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.vocabulary.Fact;

/** The part of a pack's space a map covers: every class of each axis, or those a request fixes. */
record Selection(List<QuerySpace.Axis> axes, int[][] selected, Map<String, String> fixed) {

    static Selection of(RuleSet rules, String pack, ScopeMap.Request request) {
        return of(ScopeMap.space(rules, pack), rules, pack, request);
    }

    static Selection of(QuerySpace space, RuleSet rules, String pack, ScopeMap.Request request) {
        String noTable = rules.withoutTable(pack);
        if (noTable != null) {
            throw new MapException("the rules of " + pack + " read facts beyond what classes of values capture ("
                    + noTable + "), so its space has no finite map");
        }
        List<QuerySpace.Axis> axes = new ArrayList<>(space.axes());
        Map<String, String> fixed = new LinkedHashMap<>();
        if (request.asKnownOn() != null) {
            axes.set(0, axes.get(0).at(request.asKnownOn()));
            fixed.put("asKnownOn", request.asKnownOn().toString());
        }
        if (request.useDate() != null) {
            axes.set(1, axes.get(1).at(request.useDate()));
            fixed.put("useDate", request.useDate().toString());
        }
        int[][] selected = new int[axes.size()][];
        for (int a = 0; a < axes.size(); a++) {
            selected[a] = all(axes.get(a).size());
        }
        for (Map.Entry<String, List<String>> e : request.where().entrySet()) {
            int a = -1;
            for (int i = 2; i < axes.size(); i++) {
                if (axes.get(i).field().equals(e.getKey())) {
                    a = i;
                }
            }
            if (a < 0) {
                throw new MapException(
                        "where",
                        "'" + e.getKey() + "' is not a fact " + pack + " reads; facts: "
                                + space.factAxes().stream()
                                        .map(QuerySpace.Axis::field)
                                        .toList());
            }
            Fact fact = rules.vocabulary().fact(e.getKey()).orElseThrow();
            TreeSet<Integer> classes = new TreeSet<>();
            for (String value : e.getValue()) {
                classes.addAll(classesOf(axes.get(a), fact, value.strip()));
            }
            selected[a] = classes.stream().mapToInt(Integer::intValue).toArray();
            fixed.put(e.getKey(), String.join(",", e.getValue()));
        }
        return new Selection(List.copyOf(axes), selected, fixed);
    }

    private static int[] all(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }

    private static List<Integer> classesOf(QuerySpace.Axis axis, Fact fact, String value) {
        String field = axis.field();
        switch (axis.kind()) {
            case VALUES -> {
                if (axis.values().contains(value)) {
                    return List.of(axis.classOf(value));
                }
                if (fact.set(value).isPresent()) {
                    return fact.set(value).get().stream().map(axis::classOf).toList();
                }
                throw new MapException(
                        "where", field + ": '" + value + "' is not one of " + fact.allowed() + fact.suggest(value));
            }
            case COUNTRY -> {
                if (value.equals("other")) {
                    return List.of(axis.values().size());
                }
                if (!value.matches("[A-Z]{2}")
                        || !Set.of(Locale.getISOCountries()).contains(value)) {
                    throw new MapException(
                            "where", field + ": '" + value + "' is not " + fact.allowed() + " or 'other'");
                }
                return List.of(axis.classOf(value));
            }
            default -> {
                try {
                    return List.of(axis.classOf(LocalDate.parse(value)));
                } catch (DateTimeParseException ex) {
                    throw new MapException("where", field + ": '" + value + "' is not " + fact.allowed());
                }
            }
        }
    }
}
