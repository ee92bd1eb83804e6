package org.pledgescope.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.pledgescope.batch.NdjsonBatch;
import org.pledgescope.evaluation.Evaluator;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.evaluation.RuleSetLoader;

/**
 * What {@code pledgescope batch} does per input line, once warm: parse a fully specified query, evaluate it
 * against the shipped packs and write the Decision as a JSON line. Run with {@code bench/jmh.sh}.
 *
 * <ul>
 *   <li>{@code repeated}: the 5,040 distinct lines of {@code bench/batch.sh}, over and over — a pack's
 *       findings for a world are pure, so after the first pass they come from the engine's memo.</li>
 *   <li>{@code distinct}: no world repeats within 1.6 million lines (contract dates walk 2016–2020, and the
 *       rules compare them with the pledge's date), so every query fires the rules.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BatchLineBenchmark {
    private static final String[] AGENCY = {
        "MUNICIPAL_POLICE",
        "SHERIFF",
        "STATE_POLICE",
        "FEDERAL_LAW_ENFORCEMENT",
        "IMMIGRATION_ENFORCEMENT",
        "BORDER_PROTECTION",
        "OTHER_GOVERNMENT",
        "NONPROFIT",
        "COMMERCIAL",
        "RESEARCH"
    };
    private static final String[] ACTIVITY = {"SALE", "RENEWAL", "PILOT", "USE", "SUPPORT", "DEVELOPMENT"};
    private static final String[] CAPABILITY = {
        "FACE_COMPARISON", "FACE_DETECTION", "FACE_ANALYSIS", "OTHER_IMAGE_ANALYSIS"
    };
    private static final String[] PURPOSE = {
        "CRIMINAL_INVESTIGATION",
        "MISSING_PERSONS",
        "HUMAN_TRAFFICKING_VICTIMS",
        "SURVEILLANCE",
        "IMMIGRATION",
        "IDENTITY_VERIFICATION",
        "OTHER"
    };
    private static final String[] COUNTRY = {"US", "US", "US", "GB"};
    private static final String[] SIGNED = {"2017-10-01", "2020-08-01", "2021-03-15"};
    private static final String[] KNOWN = {"2020-07-15", "2021-07-01", "2024-02-01"};
    private static final LocalDate FIRST_CONTRACT = LocalDate.of(2016, 1, 1);

    @Param({"repeated", "distinct"})
    public String workload;

    private NdjsonBatch batch;
    private long line;

    @Setup
    public void load() {
        RuleSet rules =
                new RuleSetLoader(Clock.systemUTC()).load(Path.of(System.getProperty("pledgescope.rules", "rules")));
        batch = new NdjsonBatch(new Evaluator(), rules, Clock.systemUTC());
    }

    @Benchmark
    public byte[] answerOneLine() {
        long i = line++;
        return batch.answerBytes(
                i + 1, workload.equals("repeated") ? repeated((int) (i % 5_040)) : distinct(i % 1_600_000));
    }

    /** Line i of bench/batch.sh's generator. */
    static String repeated(int i) {
        return query(
                "2020-07-15",
                KNOWN[i % 3],
                AGENCY[i % 10],
                COUNTRY[i / 10 % 4],
                ACTIVITY[i / 40 % 6],
                CAPABILITY[i / 7 % 4],
                PURPOSE[i / 3 % 7],
                SIGNED[i / 11 % 3]);
    }

    /** Every fact combination, each under contracts signed on 1,600 different days. */
    static String distinct(long i) {
        String signed = FIRST_CONTRACT.plusDays(i % 1_600).toString();
        long c = i / 1_600;
        return query(
                "2020-07-15",
                KNOWN[(int) (c % 3)],
                AGENCY[(int) (c / 3 % 10)],
                "US",
                ACTIVITY[(int) (c / 30 % 6)],
                CAPABILITY[(int) (c / 180 % 4)],
                PURPOSE[(int) (c / 720 % 7)],
                signed);
    }

    private static String query(
            String use,
            String known,
            String agency,
            String country,
            String activity,
            String capability,
            String purpose,
            String signed) {
        return "{\"pledge\":\"amazon-rekognition-moratorium\",\"useDate\":\"" + use + "\",\"asKnownOn\":\"" + known
                + "\",\"agency\":{\"type\":\"" + agency + "\",\"country\":\"" + country + "\"},\"activity\":\""
                + activity
                + "\",\"capability\":\"" + capability + "\",\"purpose\":\"" + purpose
                + "\",\"contract\":{\"signedOn\":\""
                + signed + "\"}}";
    }
}
