package org.pledgescope.verdict;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * A list that many results share (a class's reasons, missing facts, rules fired, kept by the evaluator's fast
 * path) and that keeps its JSON once written: the next result holding it writes those bytes instead of encoding
 * every quote again. Equal to any list of the same elements; the JSON is the same as a plain list's.
 */
public final class RenderedList<E> extends AbstractList<E> implements RandomAccess {
    private final List<E> elements;
    private volatile RenderedResult.Raw json;

    private RenderedList(List<E> elements) {
        this.elements = List.copyOf(elements);
    }

    /** {@code elements}, keeping their JSON once written; null stays null. */
    public static <E> List<E> of(List<E> elements) {
        return elements == null || elements instanceof RenderedList<E> ? elements : new RenderedList<>(elements);
    }

    /** The list's JSON, written once ({@link ResultJson}) and kept. */
    RenderedResult.Raw json() {
        RenderedResult.Raw kept = json;
        if (kept == null) {
            kept = new RenderedResult.Raw(ResultJson.bytesOf(elements));
            json = kept;
        }
        return kept;
    }

    @Override
    public E get(int index) {
        return elements.get(index);
    }

    @Override
    public int size() {
        return elements.size();
    }

    /** Writes a list property: a rendered list's kept JSON when the output is compact, else element by element. */
    public static final class Writer extends ValueSerializer<List<?>> {
        @Override
        public void serialize(List<?> value, JsonGenerator gen, SerializationContext ctxt) {
            if (value instanceof RenderedResult result && gen.getPrettyPrinter() == null) {
                result.write(gen);
            } else if (value instanceof RenderedList<?> rendered && gen.getPrettyPrinter() == null) {
                gen.writeRawValue(rendered.json());
            } else {
                ctxt.writeValue(gen, value instanceof RenderedList<?> rendered ? rendered.elements : value);
            }
        }
    }
}
