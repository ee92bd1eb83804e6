package org.pledgescope.json;

import tools.jackson.core.json.JsonFactory;

/**
 * Jackson's streaming parser and generator alone, without data binding: what the hot paths of a batch read and write
 * with, so that a one-shot run that meets only plain queries never loads {@link Json}'s mapper.
 */
public final class Streaming {
    private Streaming() {}

    public static final JsonFactory FACTORY = new JsonFactory();
}
