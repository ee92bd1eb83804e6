package org.pledgescope.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.vocabulary.Fact;
import org.pledgescope.vocabulary.Vocabulary;

/**
 * The quick reader of plain queries gives exactly the query the binder gives from the tree, and leaves to the binder
 * every text that is not plain (so its errors are the binder's): checked on random texts, well-formed or not.
 */
class QueryReaderTest {
    private static final Vocabulary VOCABULARY = TestRules.vocabulary();
    private final QueryReader reader = new QueryReader(TestRules.CLOCK, 1_000, 500);
    private final QueryBinder binder = new QueryBinder(TestRules.CLOCK);

    /** The binder's query for a text, or null when the binder (or the JSON parser) refuses it. */
    private Query bound(String json) {
        try {
            return binder.bind(QueryParser.tree(json), VOCABULARY);
        } catch (InvalidQueryException e) {
            return null;
        }
    }

    @Test
    void aPlainQueryIsReadAsTheBinderBindsIt() {
        String json = "{\"pledge\":\"amazon-rekognition-moratorium\",\"useDate\":\"2020-07-15\",\"asKnownOn\":"
                + "\"2024-02-01\",\"agency\":{\"type\":\"police\",\"country\":\"US\",\"name\":\"Seattle PD\"},"
                + "\"activity\":\"USE\",\"contract\":{\"signedOn\":\"2017-10-01\"},\"purpose\":null,"
                + "\"assume\":{\"amazon-federal-agencies\":\"any-law-enforcement\"}}";
        Query q = reader.read(json, VOCABULARY);
        assertThat(q).isNotNull().isEqualTo(bound(json));
        assertThat(q.fact("agency.type")).isInstanceOf(OneOf.class);
    }

    @Test
    void whatIsNotPlainIsLeftToTheBinder() {
        for (String json : List.of(
                "{\"activity\":\"BUY\"}",
                "{\"activty\":\"USE\"}",
                "{\"activity\":\"USE\",\"activity\":\"SALE\"}",
                "{\"useDate\":\"2019-06-31\"}",
                "{\"useDate\":\"+2019-06-30\"}",
                "{\"agency\":\"police\"}",
                "{\"agency\":{\"country\":\"XX\"}}",
                "{\"activity\":[\"USE\"]}",
                "{\"pledge\":3}",
                "{\"assume\":{\"q\":1}}",
                "{} {}",
                "[]",
                "{\"agency\":{\"name\":\"" + "x".repeat(1_001) + "\"}}")) {
            assertThat(reader.read(json, VOCABULARY)).as(json).isNull();
        }
    }

    @Test
    void onRandomTextsTheReaderAgreesWithTheBinderOrDeclines() {
        Random random = new Random(20261207);
        int read = 0;
        for (int i = 0; i < 20_000; i++) {
            String json = randomQuery(random);
            Query fast = reader.read(json, VOCABULARY);
            if (fast != null) {
                read++;
                assertThat(fast).as(json).isEqualTo(bound(json));
            }
        }
        assertThat(read).as("enough random queries are plain to compare").isGreaterThan(1_000);
    }

    private static String randomQuery(Random random) {
        List<String> members = new ArrayList<>();
        if (random.nextInt(3) > 0) {
            members.add("\"pledge\":" + pick(random, "\"amazon-rekognition-moratorium\"", "\"x\"", "null", "7"));
        }
        if (random.nextInt(4) > 0) {
            members.add("\"useDate\":" + date(random));
        }
        if (random.nextInt(4) > 0) {
            members.add("\"asKnownOn\":" + date(random));
        }
        List<String> agency = new ArrayList<>();
        for (Fact f : VOCABULARY.facts()) {
            if (f.isQueryDate() || random.nextInt(3) == 0) {
                continue;
            }
            String value = switch (f.kind()) {
                case ENUMERATION ->
                    random.nextInt(10) == 0
                            ? pick(random, "\"NOPE\"", "null", "true", "\"police\"")
                            : f.sets().isEmpty() || random.nextBoolean()
                                    ? "\""
                                            + f.valueIds()
                                                    .get(random.nextInt(
                                                            f.valueIds().size())) + "\""
                                    : "\"" + f.sets().keySet().iterator().next() + "\"";
                case BOOLEAN -> pick(random, "true", "false", "\"true\"", "null");
                case COUNTRY -> pick(random, "\"US\"", "\"GB\"", "\"XX\"", "\"us\"", "null");
                case DATE -> date(random);
                default -> pick(random, "\"Seattle\"", "\"\"", "12", "null");
            };
            String[] parts = f.path().split("\\.");
            if (parts.length == 2 && parts[0].equals("agency")) {
                agency.add("\"" + parts[1] + "\":" + value);
            } else if (parts.length == 1) {
                members.add("\"" + parts[0] + "\":" + value);
            } else {
                members.add("\"" + parts[0] + "\":{\"" + parts[1] + "\":" + value + "}");
            }
        }
        if (!agency.isEmpty()) {
            members.add("\"agency\":{" + String.join(",", agency) + "}");
        }
        if (random.nextInt(8) == 0) {
            members.add(pick(random, "\"assume\":{\"amazon-sales\":\"use-only\"}", "\"assume\":{}", "\"typo\":1"));
        }
        if (random.nextInt(20) == 0 && !members.isEmpty()) {
            members.add(members.get(0));
        }
        java.util.Collections.shuffle(members, random);
        return "{" + String.join(",", members) + "}";
    }

    private static String date(Random random) {
        return pick(random, "\"2020-06-10\"", "\"2021-02-29\"", "\"2020-6-1\"", "\"2024-01-26\"", "null", "20200610");
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }
}
