package org.pledgescope.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.pledgescope.batch.NdjsonBatch;

/**
 * Streams NDJSON answers for NDJSON queries in bounded memory: reads a chunk of lines, answers them on all
 * cores, writes the answers in input order, flushes, and goes on with the next chunk.
 */
final class NdjsonStream {
    static final int CHUNK = 256;

    private NdjsonStream() {
    }

    static long run(NdjsonBatch batch, BufferedReader in, Writer out) throws IOException {
        long lineNo = 0;
        List<String> chunk = new ArrayList<>(CHUNK);
        while (true) {
            chunk.clear();
            String line;
            while (chunk.size() < CHUNK && (line = in.readLine()) != null) {
                chunk.add(line);
            }
            if (chunk.isEmpty()) {
                return lineNo;
            }
            long first = lineNo + 1;
            List<String> answers = IntStream.range(0, chunk.size()).parallel()
                    .mapToObj(i -> batch.answer(first + i, chunk.get(i))).toList();
            for (String answer : answers) {
                out.write(answer);
                out.write('\n');
            }
            out.flush();
            lineNo += chunk.size();
        }
    }
}
