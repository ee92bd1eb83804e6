package org.pledgescope.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A new pack that loads and passes at once: {@code pack.yaml} with one statement and clause, a decision table
 * ({@code rules.csv}) with its header rows and one example row, and a scenario suite that the example row passes.
 * The analyst then replaces the placeholders with the record's words.
 */
public final class PackScaffold {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** The files written, in the order written. */
    public record Created(Path pack, Path rules, Path suite) {
        public List<Path> files() {
            return List.of(pack, rules, suite);
        }
    }

    /** Why a scaffold was not written, in words for the person who asked. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    private PackScaffold() {}

    /**
     * Writes pack {@code id} into {@code rulesDir} and its suite into {@code suitesDir}, with {@code day} as the
     * statement's date; nothing is written if the pack folder or suite exists.
     */
    public static Created write(String id, Path rulesDir, Path suitesDir, LocalDate day) throws Refused {
        if (!ID.matcher(id).matches()) {
            throw new Refused("'" + id + "' is not a pack id: use lower-case letters, digits and dashes, e.g. "
                    + "acme-face-pledge (it becomes the folder name and the id queries name)");
        }
        Path folder = rulesDir.resolve(id);
        Path suite = suitesDir.resolve(id + ".yaml");
        if (Files.exists(folder)) {
            throw new Refused(folder + " already exists: choose another id, or edit that pack");
        }
        if (Files.exists(suite)) {
            throw new Refused(suite + " already exists: choose another id, or remove that suite");
        }
        String statement = id + "-" + day;
        try {
            Files.createDirectories(folder);
            Files.createDirectories(suitesDir);
            Path pack = folder.resolve("pack.yaml");
            Path rules = folder.resolve("rules.csv");
            Files.writeString(pack, packYaml(id, statement, day), StandardCharsets.UTF_8);
            Files.writeString(rules, rulesCsv(statement), StandardCharsets.UTF_8);
            Files.writeString(suite, suiteYaml(id, statement, day), StandardCharsets.UTF_8);
            return new Created(pack, rules, suite);
        } catch (IOException e) {
            throw new Refused("cannot write the new pack: " + e.getMessage());
        }
    }

    static String packYaml(String id, String statement, LocalDate day) {
        return """
                # The pledge %1$s. Quote the public record word for word: a clause's text is shown to users as a
                # quotation, and the build checks shipped clauses against docs/sources/pledges.md.
                title: The pledge's title, as you would name it
                vendor: The company
                product: The product the pledge is about

                statements:
                  - id: %2$s
                    title: The statement's title
                    publisher: Who published it
                    published: %3$s
                    # The term: from a day, until a day or until further notice; the clause that sets it.
                    term: { from: %3$s, untilFurtherNotice: true, clause: main }
                    clauses:
                      - id: main
                        text: "Replace this with the sentence of the statement, quoted word for word."

                # What the record leaves unclear, who asked, and the readings (see docs/writing-rules.md).
                openQuestions: []
                """.formatted(id, statement, day);
    }

    static String rulesCsv(String statement) {
        return String.join(
                "\n",
                "rule,agency.type,activity,capability,known,not known,scopes,effect,question,clause,note",
                "# the rule's name (stable: scenarios cite it),"
                        + "\"# a value, a list (A, B), a value set (police), not ..., or * for any\",# same,# same,"
                        + "\"# statements that must be published (ids, comma-separated)\",# statements not yet published,"
                        + "\"# aspects the use must be in scope on (AGENCY, CAPABILITY, PLACE, PURPOSE, OFFERING)\","
                        + "# in scope ASPECT / PROHIBITS / EXEMPTS / OPEN / LIMITS,"
                        + "# the open question it depends on (pack.yaml),# the clause it rests on (statement#clause),"
                        + "# why (for reviewers)",
                "police-use-of-face-features,police,*,faceFeatures,,,,PROHIBITS,," + statement + "#main,"
                        + "An example row: replace it with the pledge's first rule.",
                "");
    }

    static String suiteYaml(String id, String statement, LocalDate day) {
        return """
                # Scenarios for %1$s: a query and the answer you expect from it (docs/scenarios.md).
                suite: %1$s
                pledge: %1$s
                defaults: { useDate: %3$s, asKnownOn: %3$s }
                scenarios:
                  - name: The example row covers police use of face comparison
                    query: { agency: { type: MUNICIPAL_POLICE, country: US }, activity: USE, capability: FACE_COMPARISON }
                    expect: { verdict: COVERED, clauses: [%2$s#main] }

                  - name: Image analysis that is not about faces is not covered
                    query: { agency: { type: MUNICIPAL_POLICE, country: US }, activity: USE, capability: OTHER_IMAGE_ANALYSIS }
                    expect: { verdict: NOT_COVERED }
                """.formatted(id, statement, day);
    }
}
