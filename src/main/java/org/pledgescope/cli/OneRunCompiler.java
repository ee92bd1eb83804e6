package org.pledgescope.cli;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.DynamicMBean;

/**
 * A run of a few seconds spends more CPU in HotSpot's optimising compiler (C2) than C2's code gives back: on one core,
 * a 100,000-line {@code batch} spent about a third of its CPU compiling with C2. So a one-shot command asks HotSpot at
 * its start to leave every method to the quick compiler (C1): it adds a compiler directive, what {@code jcmd PID
 * Compiler.directives_add} adds, excluding C2. {@code bin/pledgescope} passes {@code -XX:TieredStopAtLevel=1} for the
 * same reason. Best effort: it uses HotSpot's diagnostic command through {@code jdk.management}'s implementation (opened
 * to the application by the jar's manifest, so only under {@code java -jar}); where that is not there, the run keeps
 * C2. {@code PLEDGESCOPE_JIT=full} keeps C2 (a batch of millions of lines runs faster with it).
 */
final class OneRunCompiler {
    static final String SETTING = "PLEDGESCOPE_JIT";
    private static final String C1_ONLY = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private OneRunCompiler() {}

    /** Leaves this process's methods to C1, unless {@code PLEDGESCOPE_JIT=full}; true when the directive was added. */
    static boolean c1Only() {
        if ("full".equalsIgnoreCase(System.getenv(SETTING))) {
            return false;
        }
        Path directive = null;
        try {
            // Loading the provider loads the library the diagnostic commands need.
            Class.forName("com.sun.management.internal.PlatformMBeanProviderImpl", true, null);
            Method bean = Class.forName("com.sun.management.internal.DiagnosticCommandImpl")
                    .getDeclaredMethod("getDiagnosticCommandMBean");
            bean.setAccessible(true);
            directive = Files.createTempFile("pledgescope-c1-", ".json");
            Files.writeString(directive, C1_ONLY);
            Object added = ((DynamicMBean) bean.invoke(null))
                    .invoke("compilerDirectivesAdd", new Object[] {new String[] {directive.toString()}}, new String[] {
                        String[].class.getName()
                    });
            return String.valueOf(added).contains("added");
        } catch (Exception | LinkageError e) {
            return false;
        } finally {
            if (directive != null) {
                try {
                    Files.deleteIfExists(directive);
                } catch (java.io.IOException e) {
                    // a temporary file of a few bytes, left in the temporary directory
                }
            }
        }
    }
}
