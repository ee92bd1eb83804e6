package org.pledgescope.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JacksonException;

/** What is wrong with a JSON text, said in words: never the parser's feature names, token types or class names. */
class JsonErrorsTest {
    private static JacksonException failure(String json) {
        JacksonException e = catchThrowableOfType(JacksonException.class, () -> Json.MAPPER.readTree(json));
        assertThat(e).as(json).isNotNull();
        return e;
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{/*c*/\"a\":1}                  | at line 1, column 2: comments are not allowed in JSON",
                "{\"a\":1}{\"b\":2}              | at line 1, column 8: more text after the JSON value: one value is"
                        + " expected, followed by nothing but whitespace",
                "{\"a\":1,\"a\":2}               | at line 1, column 11: duplicate key 'a': a key may appear once in an"
                        + " object",
                "{\"a\":NaN}                     | at line 1, column 9: 'NaN' is not a JSON value: expected a value (a"
                        + " string, number, object, array, true, false or null)",
                "{\"a\":01}                      | at line 1, column 7: a number may not start with 0 unless it is 0 (or"
                        + " 0.something)",
                "{\"a\":+1}                      | at line 1, column 7: unexpected character '+': expected a number"
                        + " without a '+' sign",
                "{'a':1}                         | at line 1, column 2: unexpected character ''': expected a property"
                        + " name in double quotes",
                "{\"a\" 1}                       | at line 1, column 6: unexpected character '1': expected ':' between a"
                        + " property name and its value",
                "{\"a\":1                        | at line 1, column 7: the text ends before the object is closed with"
                        + " '}'",
                "{\"a\":[1}                      | at line 1, column 8: '}' closes nothing that is open here",
                "{\"a\":\"\\x\"}                 | at line 1, column 8: '\\x' is not an escape JSON knows (\\\", \\\\,"
                        + " \\/, \\b, \\f, \\n, \\r, \\t, \\uXXXX)",
                "{\"a\":\"x\ty\"}                | at line 1, column 8: the control character U+0009 must be written as"
                        + " an escape inside a string (such as \\n, \\t or \\u0000)",
            })
    void aMalformedTextIsDescribedInWords(String json, String expected) {
        assertThat(JsonErrors.describe(failure(json))).isEqualTo(expected);
    }

    @Test
    void limitsAreDescribedInWords() {
        assertThat(JsonErrors.describe(failure("[".repeat(2_000))))
                .isEqualTo("objects and arrays nest more than 500 levels deep");
        assertThat(JsonErrors.describe(failure("{\"a\":" + "1".repeat(2_000) + "}")))
                .isEqualTo("a number longer than 1000 characters");
    }

    @Test
    void aKeyGivenTwiceIsNamedByItsPath() {
        assertThat(JsonErrors.duplicateKey(failure("{\"x\":[{\"b\":{\"c\":1,\"c\":2}}]}")))
                .isEqualTo("x[0].b.c");
        assertThat(JsonErrors.duplicateKey(failure("[{}, {\"agency\":{\"type\":1,\"type\":2}}]")))
                .isEqualTo("[1].agency.type");
        assertThat(JsonErrors.duplicateKey(failure("{\"a\":"))).isNull();
    }
}
