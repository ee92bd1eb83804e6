package org.pledgescope.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.pledgescope.engine.facts.Use;
import org.pledgescope.vocabulary.Fact;

/**
 * Which facts a pack's rules can read, from Drools' parsed rules: a fact is read when a condition or an action
 * names its field ({@code agencyType}) or its path ({@code fact("customer.actsFor")}). When the descriptions are
 * not complete (a file did not parse, or declares functions), every fact counts as read.
 */
final class FactsRead {
    private FactsRead() {
    }

    static Set<String> of(RuleDescriptions.Parsed parsed, List<Fact> facts) {
        Set<String> read = new LinkedHashSet<>();
        for (Fact f : facts) {
            if (!parsed.complete() || named(parsed, f.path())) {
                read.add(f.path());
            }
        }
        return read;
    }

    private static boolean named(RuleDescriptions.Parsed parsed, String path) {
        Pattern token = Pattern.compile(Pattern.quote("\"" + path + "\"") + fieldAlternative(path));
        for (RuleDescriptions.ParsedRule rule : parsed.rules()) {
            if (token.matcher(rule.consequence()).find()) {
                return true;
            }
            for (String e : rule.expressions()) {
                if (token.matcher(e).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String fieldAlternative(String path) {
        for (Map.Entry<String, String> field : Use.FIELDS.entrySet()) {
            if (field.getValue().equals(path)) {
                return "|\\b" + field.getKey() + "\\b";
            }
        }
        return "";
    }
}
