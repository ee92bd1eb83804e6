package org.pledgescope.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgescope.pack.Pack;
import org.pledgescope.pack.SourceFile;
import org.pledgescope.vocabulary.Vocabulary;

/**
 * What a pack's DRL is compiled as: each file with the engine's prelude — the fact types, the {@code outcome}
 * global and one global per value set of the vocabulary — written onto its package line (or, without one,
 * onto its first line), so line numbers stay those of the file and no rule file imports a Java package.
 */
final class RuleSource {
    private static final Pattern PACKAGE_LINE = Pattern.compile("^(\\s*package\\s+[\\w.]+)\\s*;?(.*)$");

    private RuleSource() {}

    /** The prelude for a vocabulary: the same text for every file of every pack compiled against it. */
    static String prelude(Vocabulary vocabulary) {
        StringBuilder sb = new StringBuilder(" import org.pledgescope.engine.facts.*;")
                .append(" global org.pledgescope.engine.facts.Outcome outcome;");
        for (String set : vocabulary.sets().keySet()) {
            sb.append(" global java.util.Set ").append(set).append(';');
        }
        return sb.toString();
    }

    /**
     * {@code prelude} with the package's default dialect set to MVEL: rules without a dialect of their own have their
     * actions interpreted by MVEL rather than compiled as Java (see {@link ActionCheck#dialectNeutral}).
     */
    static String actionsInMvel(String prelude) {
        return prelude + " dialect \"mvel\";";
    }

    /** The pack as compiled: each rule file with the prelude on its package line. */
    static Pack prepared(Pack pack, String prelude) {
        List<SourceFile> files = new ArrayList<>();
        for (SourceFile f : pack.ruleFiles()) {
            files.add(f.withContent(withPrelude(f.content(), pack.id(), prelude)));
        }
        return new Pack(
                pack.id(),
                pack.title(),
                pack.vendor(),
                pack.product(),
                pack.facts(),
                pack.statements(),
                pack.questions(),
                files,
                pack.manifest());
    }

    static String withPrelude(String drl, String packId, String prelude) {
        String[] lines = drl.split("\n", -1);
        boolean inComment = false;
        for (int i = 0; i < lines.length; i++) {
            String code = lines[i].strip();
            if (inComment || code.startsWith("/*")) {
                inComment = !code.contains("*/");
                continue;
            }
            if (code.isEmpty() || code.startsWith("//")) {
                continue;
            }
            Matcher m = PACKAGE_LINE.matcher(lines[i]);
            if (m.matches()) {
                lines[i] = m.group(1) + ";" + prelude + " " + m.group(2).strip();
            } else {
                lines[0] = "package pledgescope." + packId.replaceAll("[^a-z0-9]", "") + ";" + prelude + " " + lines[0];
            }
            return String.join("\n", lines);
        }
        return drl;
    }
}
