package org.pledgescope.table;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.pledgescope.engine.CompiledRulesCache;
import org.pledgescope.engine.WorldFindings;
import org.pledgescope.engine.facts.RuleFinding;
import org.pledgescope.pack.Pack;
import org.pledgescope.pack.RuleInfo;
import org.pledgescope.pack.Sha256;
import org.pledgescope.pack.SourceFile;
import org.pledgescope.vocabulary.Fact;
import org.pledgescope.vocabulary.Vocabulary;

/**
 * Complete decision tables on disk, beside the compiled rules in the compiled-rules cache
 * ({@link CompiledRulesCache}: owner-only directory, a digest of key and bytes checked on every read). A table is
 * keyed by everything that determines it — the pack's files as written (pack.yaml and its rule files), the facts and
 * value sets of the vocabulary it reads, the application's code and the format — so a hit needs no Drools, no
 * decision-table reader and no check: it was stored only for a pack that loaded cleanly and filled every cell.
 */
public final class TableStore {
    /** The format of a stored table; a change of layout changes it, and old entries are then misses. */
    static final String FORMAT = "pledgescope-table-1";

    private static final String KIND = ".table";
    private static final int MAGIC = 0x50535442; // "PSTB"

    private final CompiledRulesCache cache;

    public TableStore(CompiledRulesCache cache) {
        this.cache = cache;
    }

    /** A pack's table as stored: the table, the pack's rules (where written, as names in the pack) and named values. */
    public record Stored(PackTable table, List<RuleInfo> rules, Map<String, Set<String>> valuesNamed) {}

    /** The key of a pack's table: the pack's files, the vocabulary it reads, the code and the format. */
    public static String key(Pack pack, Vocabulary vocabulary) {
        Sha256 digest = Sha256.start()
                .part(FORMAT)
                .part(CompiledRulesCache.codeVersion())
                .part(pack.id());
        if (pack.manifest() != null) {
            digest.part(pack.manifest().name()).part(pack.manifest().content());
        }
        for (SourceFile f : pack.ruleFiles()) {
            digest.part(f.name());
            if (f.table()) {
                digest.part(f.bytes());
            } else {
                digest.part(f.content());
            }
        }
        for (Fact f : vocabulary.factsOf(pack.id())) {
            digest.part(f.path())
                    .part(f.kind().name())
                    .part(f.valueIds().toString())
                    .part(f.sets().toString());
        }
        digest.part(vocabulary.sets().toString());
        return pack.id() + "-" + digest.hex().substring(0, 32);
    }

    /** Whether tables can be read and written (the cache is on). */
    public boolean enabled() {
        return cache.enabled();
    }

    /** The stored table for {@code key}, with its rules' files resolved against {@code pack}'s; empty on any miss. */
    public Optional<Stored> read(String key, Pack pack) {
        Optional<byte[]> bytes = cache.readArtifact(key, KIND);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(decode(bytes.get(), pack));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stores a complete table (best effort: a cache that cannot be written only costs a rebuild). */
    public void store(String key, Stored stored) {
        if (!cache.enabled()) {
            return;
        }
        try {
            cache.storeArtifact(key, KIND, encode(stored));
        } catch (UncheckedIOException e) {
            // best effort
        }
    }

    static byte[] encode(Stored stored) {
        PackTable t = stored.table();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeUTF(FORMAT);
            out.writeUTF(t.pack());
            out.writeInt(t.axes().size());
            for (FactClasses a : t.axes()) {
                out.writeUTF(a.path());
                out.writeByte(a.kind().ordinal());
                out.writeBoolean(a.booleans());
                out.writeInt(a.otherClass());
                writeLists(out, a.members());
                out.writeInt(a.cuts().size());
                for (LocalDate d : a.cuts()) {
                    out.writeLong(d.toEpochDay());
                }
            }
            List<WorldFindings> outcomes = t.outcomeList();
            out.writeInt(outcomes.size());
            for (WorldFindings f : outcomes) {
                out.writeInt(f.findings().size());
                for (RuleFinding rf : f.findings()) {
                    out.writeUTF(rf.rule());
                    out.writeByte(rf.kind().ordinal());
                    writeNullable(out, rf.clause());
                    writeNullable(out, rf.question());
                    writeList(out, rf.dependsOn());
                }
                writeList(out, List.copyOf(new TreeSet<>(f.rulesFired())));
            }
            Map<List<String>, int[]> rows = t.rows();
            out.writeInt(rows.size());
            for (Map.Entry<List<String>, int[]> row : rows.entrySet()) {
                writeList(out, row.getKey());
                for (int cell : row.getValue()) {
                    out.writeInt(cell);
                }
            }
            out.writeInt(stored.rules().size());
            for (RuleInfo r : stored.rules()) {
                out.writeUTF(r.name());
                writeNullable(out, r.clause());
                writeNullable(out, r.question());
                out.writeUTF(r.file());
                out.writeInt(r.line());
            }
            out.writeInt(stored.valuesNamed().size());
            for (Map.Entry<String, Set<String>> e : stored.valuesNamed().entrySet()) {
                out.writeUTF(e.getKey());
                writeList(out, List.copyOf(e.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Stored decode(byte[] bytes, Pack pack) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != MAGIC || !in.readUTF().equals(FORMAT)) {
            throw new IOException("not a table of this format");
        }
        String id = in.readUTF();
        if (!id.equals(pack.id())) {
            throw new IOException("a table of another pack");
        }
        int axisCount = in.readInt();
        List<FactClasses> axes = new ArrayList<>();
        for (int i = 0; i < axisCount; i++) {
            String path = in.readUTF();
            FactClasses.Kind kind = FactClasses.Kind.values()[in.readByte()];
            boolean booleans = in.readBoolean();
            int other = in.readInt();
            List<List<String>> members = readLists(in);
            int cutCount = in.readInt();
            List<LocalDate> cuts = new ArrayList<>();
            for (int c = 0; c < cutCount; c++) {
                cuts.add(LocalDate.ofEpochDay(in.readLong()));
            }
            axes.add(
                    switch (kind) {
                        case VALUES -> FactClasses.values(path, members, booleans);
                        case COUNTRY -> FactClasses.countries(path, members, other);
                        case DATE -> FactClasses.dates(path, cuts);
                    });
        }
        int outcomeCount = in.readInt();
        List<WorldFindings> outcomes = new ArrayList<>();
        for (int i = 0; i < outcomeCount; i++) {
            int n = in.readInt();
            List<RuleFinding> findings = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                String rule = in.readUTF();
                RuleFinding.Kind kind = RuleFinding.Kind.values()[in.readByte()];
                findings.add(new RuleFinding(rule, kind, readNullable(in), readNullable(in), readList(in)));
            }
            outcomes.add(new WorldFindings(findings, new LinkedHashSet<>(readList(in))));
        }
        PackTable shape = new PackTable(id, axes, null);
        int rowCount = in.readInt();
        Map<List<String>, int[]> rows = new LinkedHashMap<>();
        for (int i = 0; i < rowCount; i++) {
            List<String> known = readList(in);
            int[] cells = new int[shape.worlds()];
            for (int w = 0; w < cells.length; w++) {
                cells[w] = in.readInt();
                if (cells[w] < -1 || cells[w] >= outcomeCount) {
                    throw new IOException("a cell out of range");
                }
            }
            rows.put(known, cells);
        }
        Map<String, String> pathOfName = new LinkedHashMap<>();
        pack.ruleFiles().forEach(f -> pathOfName.put(f.name(), f.path()));
        int ruleCount = in.readInt();
        List<RuleInfo> rules = new ArrayList<>();
        for (int i = 0; i < ruleCount; i++) {
            String name = in.readUTF();
            String clause = readNullable(in);
            String question = readNullable(in);
            String file = in.readUTF();
            int line = in.readInt();
            rules.add(new RuleInfo(name, clause, question, located(file, pathOfName), line));
        }
        int namedCount = in.readInt();
        Map<String, Set<String>> named = new LinkedHashMap<>();
        for (int i = 0; i < namedCount; i++) {
            named.put(in.readUTF(), Set.copyOf(readList(in)));
        }
        if (in.read() != -1) {
            throw new IOException("trailing bytes");
        }
        return new Stored(PackTable.restored(id, axes, outcomes, rows), rules, named);
    }

    /** A rule's file as stored (its name in the pack, then any "!cell") with the pack's path for that name. */
    private static String located(String stored, Map<String, String> pathOfName) {
        int bang = stored.indexOf('!');
        String name = bang < 0 ? stored : stored.substring(0, bang);
        String path = pathOfName.getOrDefault(name, name);
        return bang < 0 ? path : path + stored.substring(bang);
    }

    /** A rule's file as stored: its name in the pack rather than where the pack was read from this time. */
    public static String relative(String file, Pack pack) {
        for (SourceFile f : pack.ruleFiles()) {
            if (file.equals(f.path()) || file.startsWith(f.path() + "!")) {
                return f.name() + file.substring(f.path().length());
            }
        }
        return file;
    }

    private static void writeNullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static void writeList(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            out.writeUTF(s);
        }
    }

    private static List<String> readList(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1_000_000) {
            throw new IOException("a list of " + n);
        }
        List<String> out = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            out.add(in.readUTF());
        }
        return out;
    }

    private static void writeLists(DataOutputStream out, List<List<String>> lists) throws IOException {
        out.writeInt(lists.size());
        for (List<String> l : lists) {
            writeList(out, l);
        }
    }

    private static List<List<String>> readLists(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1_000_000) {
            throw new IOException("a list of " + n);
        }
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(readList(in));
        }
        return out;
    }
}
