package org.pledgescope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.pledgescope.evaluation.Evaluator;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.json.Json;
import org.pledgescope.query.FieldError;
import org.pledgescope.query.InvalidQueryException;
import org.pledgescope.query.QueryParser;
import org.pledgescope.verdict.Decision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** {@code check QUERY.json|-}: evaluates one query and prints the decision. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Evaluate one query (a JSON file, or - for stdin) and explain the decision.")
final class CheckCommand implements Callable<Integer> {
    /** The pledge a query names, if it names one as a string; null otherwise (the query's parse reports any error). */
    static String pledgeNamed(String text) {
        try {
            JsonNode pledge = Json.MAPPER.readTree(text).get("pledge");
            return pledge != null && pledge.isString() ? pledge.asString() : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Option(names = "--json", description = "Print the Decision as JSON.")
    boolean json;

    @Parameters(paramLabel = "QUERY.json|-", description = "The query file, or - to read it from stdin.")
    String input;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        byte[] bytes;
        if (input.equals("-")) {
            bytes = System.in.readAllBytes();
        } else if (Files.isRegularFile(Path.of(input))) {
            bytes = Files.readAllBytes(Path.of(input));
        } else {
            err.println("error: no such query file: " + input);
            return ExitCode.REJECTED;
        }
        String text;
        try {
            text = QueryParser.text(bytes);
        } catch (InvalidQueryException e) {
            return rejected(err, e);
        }
        RuleSet ruleSet = rules.loadFor(err, pledgeNamed(text));
        if (ruleSet == null) {
            return ExitCode.LOAD_ERROR;
        }
        try {
            Decision decision = new Evaluator()
                    .evaluate(ruleSet, new QueryParser(Clock.systemUTC()).parse(text, ruleSet.vocabulary()));
            if (json) {
                out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(decision));
            } else {
                new DecisionPrinter(out).print(decision);
            }
            out.flush();
            if (out.checkError() || System.out.checkError()) {
                if (StandardOutput.closedPipe()) {
                    return ExitCode.CLOSED_PIPE;
                }
                err.println("error: standard output could not be written (a full disk or a device error)");
                err.flush();
                return ExitCode.OUTPUT_ERROR;
            }
            return ExitCode.OK;
        } catch (InvalidQueryException e) {
            return rejected(err, e);
        }
    }

    private int rejected(PrintWriter err, InvalidQueryException e) {
        err.println("error: invalid query " + (input.equals("-") ? "(stdin)" : input) + ":");
        for (FieldError fe : e.errors()) {
            err.println("  " + fe);
        }
        err.flush();
        return ExitCode.REJECTED;
    }
}
