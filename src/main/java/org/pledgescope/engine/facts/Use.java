package org.pledgescope.engine.facts;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One fully known world of facts, as the rules see it. Facts of the shared vocabulary that every pack reads
 * have a field of their own ({@link #FIELDS} maps each to its vocabulary path); every fact, those included,
 * is read with {@code fact("path")}. Enumeration values and country codes are their ids ({@code "SHERIFF"},
 * {@code "US"}); {@code "ZZ"} is the country code for "a country no rule of the pack names".
 * {@code contractSignedOn} is null when no contract date applies; {@code useDate} is null when no rule reads it.
 */
public record Use(
        String agencyType,
        String country,
        String activity,
        String capability,
        String purpose,
        LocalDate contractSignedOn,
        LocalDate useDate,
        Map<String, Object> facts) {

    /** Rule field name → vocabulary path, for the facts with a field of their own. */
    public static final Map<String, String> FIELDS = Map.of(
            "agencyType",
            "agency.type",
            "country",
            "agency.country",
            "activity",
            "activity",
            "capability",
            "capability",
            "purpose",
            "purpose",
            "contractSignedOn",
            "contract.signedOn",
            "useDate",
            "useDate");

    private static final Set<String> PATHS = Set.copyOf(FIELDS.values());

    /**
     * A world from its facts by vocabulary path; {@code facts} of the result holds only those without a field of
     * their own (usually none: a world is a memo key, so it stays small).
     */
    public static Use of(Map<String, Object> facts, LocalDate useDate) {
        Map<String, Object> others = null;
        for (Map.Entry<String, Object> e : facts.entrySet()) {
            if (!PATHS.contains(e.getKey())) {
                if (others == null) {
                    others = new HashMap<>();
                }
                others.put(e.getKey(), e.getValue());
            }
        }
        return new Use(
                (String) facts.get("agency.type"),
                (String) facts.get("agency.country"),
                (String) facts.get("activity"),
                (String) facts.get("capability"),
                (String) facts.get("purpose"),
                (LocalDate) facts.get("contract.signedOn"),
                useDate,
                others == null ? Map.of() : Map.copyOf(others));
    }

    /** The value of any fact by its vocabulary path ({@code fact("customer.actsFor")}); null when none applies. */
    public Object fact(String path) {
        return switch (path) {
            case "agency.type" -> agencyType;
            case "agency.country" -> country;
            case "activity" -> activity;
            case "capability" -> capability;
            case "purpose" -> purpose;
            case "contract.signedOn" -> contractSignedOn;
            case "useDate" -> useDate;
            default -> facts.get(path);
        };
    }

    /** The same world on another use date (null: a date no rule may read). */
    public Use withUseDate(LocalDate day) {
        return new Use(agencyType, country, activity, capability, purpose, contractSignedOn, day, facts);
    }
}
