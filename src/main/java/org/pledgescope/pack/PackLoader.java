package org.pledgescope.pack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.pledgescope.yaml.Problems;

/** Reads and checks every pack's data; all or nothing: any problem fails the whole load. */
public final class PackLoader {

    /** The packs found at {@code location}, with the content hash of every file read. */
    public LoadedPacks load(RulesLocation location) {
        List<RulesLocation.PackFiles> folders = location.read();
        Problems problems = new Problems();
        List<Pack> packs = new ArrayList<>();
        if (folders.isEmpty()) {
            problems.add(location.describe(), 0, "no pack folders found (each pack is a folder with pack.yaml)");
        }
        for (RulesLocation.PackFiles folder : folders) {
            if (folder.manifest() == null) {
                problems.add(folder.folder() + "pack.yaml", 0, "pack folder has no pack.yaml");
                continue;
            }
            Pack pack = new PackParser(problems).parse(folder.id(), folder.manifest(), folder.ruleFiles());
            if (pack != null) {
                packs.add(pack);
            }
        }
        if (!problems.isEmpty()) {
            throw new PackLoadException(problems.sorted());
        }
        return new LoadedPacks(List.copyOf(packs), revision(folders));
    }

    /** {@code sha256:<hex>} over every file's name and content, in a fixed order. */
    static String revision(List<RulesLocation.PackFiles> folders) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RulesLocation.PackFiles folder : folders) {
                List<SourceFile> files = new ArrayList<>();
                if (folder.manifest() != null) {
                    files.add(folder.manifest());
                }
                files.addAll(folder.ruleFiles());
                for (SourceFile f : files) {
                    digest.update((folder.id() + "/" + f.name() + "\n").getBytes(StandardCharsets.UTF_8));
                    digest.update(f.content().getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                }
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Packs that passed every check, and the revision naming exactly this content. */
    public record LoadedPacks(List<Pack> packs, String revision) {
    }
}
