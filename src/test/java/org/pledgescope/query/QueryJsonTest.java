package org.pledgescope.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.json.Json;
import org.pledgescope.vocabulary.Fact;
import org.pledgescope.vocabulary.FactKind;
import org.pledgescope.vocabulary.FactValue;
import org.pledgescope.vocabulary.Vocabulary;

/** A query is written back as the caller would write it: facts nested by path, each object once. */
class QueryJsonTest {
    private static final Fact ACTS_FOR = new Fact(
            "agency.actsFor",
            FactKind.ENUMERATION,
            "For whom the agency acts.",
            List.of(new FactValue("POLICE", "A police department."), new FactValue("ITSELF", "Itself.")),
            Map.of(),
            null,
            List.of());

    @Test
    void factsAreNestedByPathWithEachObjectWrittenOnceEvenForAPacksFactDeclaredLater() {
        Vocabulary vocabulary = TestRules.vocabulary().withPackFacts(Map.of("p", List.of(ACTS_FOR)), (p, f, m) -> {
            throw new AssertionError(m);
        });
        Query q = TestRules.query(
                vocabulary,
                "{'pledge':'p','useDate':'2020-07-15','asKnownOn':'2020-07-15',"
                        + "'agency':{'type':'police','actsFor':'POLICE','country':'US'},'activity':'USE',"
                        + "'contract':{'signedOn':'2019-01-01'},'assume':{'q':'r'}}");

        assertThat(Json.MAPPER.writeValueAsString(q))
                .isEqualTo("{\"pledge\":\"p\",\"useDate\":\"2020-07-15\","
                        + "\"asKnownOn\":\"2020-07-15\",\"agency\":{\"type\":\"police\",\"country\":\"US\",\"actsFor\":\"POLICE\"},"
                        + "\"activity\":\"USE\",\"contract\":{\"signedOn\":\"2019-01-01\"},\"assume\":{\"q\":\"r\"}}");
    }
}
