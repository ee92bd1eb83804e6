package org.pledgescope.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pledgescope.bundle.BundleFixtures.Entry;
import static org.pledgescope.bundle.BundleFixtures.altered;
import static org.pledgescope.bundle.BundleFixtures.replace;
import static org.pledgescope.bundle.BundleFixtures.resigned;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.evaluation.RuleSetLoader;

/**
 * A bundle that fails any check is refused before anything in it is used, and the refusal names the check and what
 * it found: unsigned, tampered, truncated, wrong key, oversized, unsafe or duplicate entries, files not as listed,
 * rules that do not load or do not make the revision named.
 */
class BundleRefusalTest {
    private static final String DRL = "rules/minimal/rules.drl";

    private static LoadedBundle open(byte[] archive) {
        return open(archive, BundleLimits.DEFAULT);
    }

    private static LoadedBundle open(byte[] archive, BundleLimits limits) {
        return new BundleLoader(new RuleSetLoader(TestRules.CLOCK), limits)
                .open(archive, BundleFixtures.trusted(), "bundle test");
    }

    private static ThrowingConsumer<BundleRefusedException> refused(String check, String... says) {
        return e -> {
            assertThat(e.check()).isEqualTo(check);
            assertThat(e.getMessage()).startsWith("bundle refused (" + check + " check): ");
            for (String s : says) {
                assertThat(e.getMessage()).contains(s);
            }
        };
    }

    private static UnaryOperator<List<Entry>> adding(Entry entry) {
        return entries -> {
            List<Entry> out = new ArrayList<>(entries);
            out.add(entry);
            return out;
        };
    }

    @Test
    void theValidBundleOpens() {
        LoadedBundle bundle = open(BundleFixtures.valid().archive());
        assertThat(bundle.ruleSet().revision())
                .isEqualTo(BundleFixtures.valid().manifest().revision());
        assertThat(bundle.ruleSet().packIds()).containsExactly("minimal");
    }

    @Test
    void anUnsignedBundle() {
        byte[] unsigned = BundleFixtures.build(BundleFixtures.VALID_PACKS, null).archive();
        assertThatThrownBy(() -> open(unsigned))
                .isInstanceOfSatisfying(
                        BundleRefusedException.class, refused("signature", "unsigned", "no manifest.sig"));
    }

    @Test
    void aBundleSignedWithAnotherKey() {
        byte[] other = BundleFixtures.build(BundleFixtures.VALID_PACKS, BundleFixtures.otherKey())
                .archive();
        String otherId = BundleKeys.id(BundleKeys.publicOf(BundleFixtures.otherKey()));
        assertThatThrownBy(() -> open(other))
                .isInstanceOfSatisfying(
                        BundleRefusedException.class,
                        refused(
                                "signature",
                                "signed with another key",
                                otherId,
                                BundleKeys.id(BundleFixtures.trusted())));
    }

    @Test
    void aManifestChangedAfterSigning() {
        String revision = BundleFixtures.valid().manifest().revision();
        String other = revision.substring(0, revision.length() - 1) + (revision.endsWith("0") ? "1" : "0");
        byte[] tampered = altered(replace("manifest.json", m -> m.replace(revision, other)));
        assertThatThrownBy(() -> open(tampered))
                .isInstanceOfSatisfying(
                        BundleRefusedException.class,
                        refused("signature", "does not match manifest.json", "changed after it was signed"));
    }

    @Test
    void aRuleFileChangedAfterSigning() {
        byte[] sameLength = altered(replace(DRL, drl -> drl.replace("MUNICIPAL_POLICE", "STATE_POLICE____")));
        assertThatThrownBy(() -> open(sameLength))
                .isInstanceOfSatisfying(
                        BundleRefusedException.class,
                        refused("files", "'" + DRL + "' does not match its SHA-256", "changed after signing"));
        byte[] longer = altered(replace(DRL, drl -> drl + "\n// one more line\n"));
        assertThatThrownBy(() -> open(longer))
                .isInstanceOfSatisfying(BundleRefusedException.class, refused("files", "'" + DRL + "' is longer"));
    }

    @Test
    void aTruncatedBundle() {
        byte[] archive = BundleFixtures.valid().archive();
        for (int length : new int[] {archive.length - 1, archive.length - 22, archive.length / 2, 100, 0}) {
            byte[] cut = Arrays.copyOf(archive, length);
            assertThatThrownBy(() -> open(cut))
                    .as("cut to %d of %d bytes", length, archive.length)
                    .isInstanceOfSatisfying(BundleRefusedException.class, refused("archive", "truncated"));
        }
    }

    @Test
    void somethingThatIsNotAZipArchive() {
        byte[] text = "this is not a bundle\n".repeat(100).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> open(text))
                .isInstanceOfSatisfying(BundleRefusedException.class, refused("archive", "not a complete zip archive"));
    }

    @Test
    void anOversizedBundle() {
        byte[] archive = BundleFixtures.valid().archive();
        assertThatThrownBy(() -> open(archive, new BundleLimits(archive.length - 1, 1L << 30)))
                .isInstanceOfSatisfying(
                        BundleRefusedException.class,
                        refused("size", archive.length + " bytes, more than the limit of " + (archive.length - 1)));
    }

    @Test
    void aBundleWhoseFilesUnpackToMoreThanTheLimit() {
        byte[] archive = BundleFixtures.valid().archive();
        long unpacked = BundleFixtures.valid().manifest().files().stream()
                .mapToLong(BundleManifest.FileEntry::size)
                .sum();
        assertThatThrownBy(() -> open(archive, new BundleLimits(1L << 30, unpacked - 1)))
                .isInstanceOfSatisfying(
                        BundleRefusedException.class, refused("size", "add up to " + unpacked + " bytes"));
    }

    @Test
    void anEntryWithAnAbsolutePath() {
        byte[] absolute = altered(adding(new Entry("/etc/cron.d/pledgescope", "x".getBytes(StandardCharsets.UTF_8))));
        assertThatThrownBy(() -> open(absolute))
                .isInstanceOfSatisfying(
                        BundleRefusedException.class,
                        refused("entries", "'/etc/cron.d/pledgescope' is an absolute path"));
    }

    @Test
    void anEntryThatClimbsOutOfTheBundle() {
        byte[] climbing = altered(adding(new Entry("rules/../../outside.drl", "x".getBytes(StandardCharsets.UTF_8))));
        assertThatThrownBy(() -> open(climbing))
                .isInstanceOfSatisfying(
                        BundleRefusedException.class, refused("entries", "'rules/../../outside.drl' contains '..'"));
    }

    @Test
    void aSymbolicLinkEvenWhenTheSignedManifestListsIt() {
        byte[] link = resigned(
                adding(new Entry("rules/minimal/more.drl", "/etc/passwd".getBytes(StandardCharsets.UTF_8), 0120777)),
                m -> m,
                BundleFixtures.signingKey());
        assertThatThrownBy(() -> open(link))
                .isInstanceOfSatisfying(
                        BundleRefusedException.class,
                        refused("entries", "'rules/minimal/more.drl' is a symbolic link"));
    }

    @Test
    void anEntryThatIsInTheArchiveTwice() {
        byte[] twice = altered(adding(new Entry(DRL, "package minimal;\n".getBytes(StandardCharsets.UTF_8))));
        assertThatThrownBy(() -> open(twice))
                .isInstanceOfSatisfying(
                        BundleRefusedException.class, refused("entries", "'" + DRL + "' is in the archive twice"));
    }

    @Test
    void aFileTheManifestDoesNotList() {
        byte[] extra = altered(adding(new Entry("rules/minimal/extra.drl", "package minimal;\n".getBytes())));
        assertThatThrownBy(() -> open(extra))
                .isInstanceOfSatisfying(
                        BundleRefusedException.class,
                        refused("files", "'rules/minimal/extra.drl' is in the archive but not listed"));
    }

    @Test
    void aListedFileMissingFromTheArchive() {
        byte[] missing = altered(entries -> entries.stream()
                .filter(e -> !e.name().equals("rules/minimal/pack.yaml"))
                .toList());
        assertThatThrownBy(() -> open(missing))
                .isInstanceOfSatisfying(
                        BundleRefusedException.class,
                        refused("files", "'rules/minimal/pack.yaml' is listed in the manifest but missing"));
    }

    @Test
    void noManifest() {
        byte[] bare = altered(entries ->
                entries.stream().filter(e -> !e.name().startsWith("manifest.")).toList());
        assertThatThrownBy(() -> open(bare))
                .isInstanceOfSatisfying(
                        BundleRefusedException.class,
                        refused("manifest", "no manifest.json: not a PledgeScope bundle"));
    }

    @Test
    void aManifestOfANewerFormat() {
        byte[] newer = resigned(
                e -> e,
                m -> new BundleManifest(
                        m.format(),
                        2,
                        m.revision(),
                        m.createdAt(),
                        m.pledgescopeVersion(),
                        m.signingKey(),
                        m.packs(),
                        m.files()),
                BundleFixtures.signingKey());
        assertThatThrownBy(() -> open(newer))
                .isInstanceOfSatisfying(
                        BundleRefusedException.class, refused("manifest", "format 2", "upgrade the replica"));
    }

    @Test
    void signedRulesThatDoNotLoad() {
        byte[] broken = resigned(
                replace(DRL, drl -> drl.replace("outcome.prohibits();", "outcome.prohibits(;")),
                m -> m,
                BundleFixtures.signingKey());
        assertThatThrownBy(() -> open(broken)).isInstanceOfSatisfying(BundleRefusedException.class, e -> {
            refused("rules", "its rules do not load", "the first in " + DRL + ":")
                    .accept(e);
            assertThat(e.problems()).isNotEmpty();
        });
    }

    @Test
    void signedFilesThatMakeAnotherRevisionThanTheManifestSays() {
        byte[] relabelled = resigned(
                replace(DRL, drl -> drl + "\n// a comment the revision counts\n"), m -> m, BundleFixtures.signingKey());
        assertThatThrownBy(() -> open(relabelled))
                .isInstanceOfSatisfying(
                        BundleRefusedException.class,
                        refused(
                                "rules",
                                "make revision",
                                "but the manifest says "
                                        + BundleFixtures.valid().manifest().revision()));
    }
}
