package org.pledgescope.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ed25519 key pairs as PEM: the private key written owner-only, neither file ever overwritten, each read back to the
 * same key, the public half derived from the private one, and a file of the wrong kind refused saying what it holds.
 */
class BundleKeysTest {
    @TempDir
    Path dir;

    @Test
    void aPairIsWrittenAsPemTheKeyOwnerOnlyAndReadsBack() throws Exception {
        KeyPair pair = BundleKeys.generate();
        Path privateFile = BundleKeys.write(pair, dir.resolve("keys"));

        assertThat(privateFile).isEqualTo(dir.resolve("keys/bundle.key"));
        assertThat(Files.readString(privateFile)).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(Files.readString(dir.resolve("keys/bundle.pub"))).startsWith("-----BEGIN PUBLIC KEY-----\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateFile)))
                .isEqualTo("rw-------");
        assertThat(BundleKeys.readableByOthers(privateFile)).isFalse();

        byte[] data = "manifest".getBytes(StandardCharsets.UTF_8);
        byte[] signature = BundleKeys.sign(BundleKeys.readPrivate(privateFile), data);
        assertThat(BundleKeys.verify(BundleKeys.readPublic(dir.resolve("keys/bundle.pub")), data, signature))
                .isTrue();
        assertThat(BundleKeys.verify(BundleFixtures.trusted(), data, signature)).isFalse();
    }

    @Test
    void anExistingKeyIsNeverOverwritten() throws Exception {
        BundleKeys.write(BundleKeys.generate(), dir);
        String before = Files.readString(dir.resolve("bundle.key"));

        assertThatThrownBy(() -> BundleKeys.write(BundleKeys.generate(), dir))
                .isInstanceOf(BundleKeyException.class)
                .hasMessageContaining("bundle.key already exists; not overwritten");
        assertThat(Files.readString(dir.resolve("bundle.key"))).isEqualTo(before);
    }

    @Test
    void thePublicHalfIsDerivedFromThePrivateKey() {
        KeyPair pair = BundleKeys.generate();
        assertThat(BundleKeys.publicOf(pair.getPrivate())).isEqualTo(pair.getPublic());
        assertThat(BundleKeys.id(BundleKeys.publicOf(BundleFixtures.signingKey())))
                .isEqualTo(BundleKeys.id(BundleFixtures.trusted()))
                .matches("sha256:[0-9a-f]{16}");
    }

    @Test
    void aFileOfTheWrongKindIsRefusedSayingWhatItHolds() {
        Path keys = BundleFixtures.KEYS;
        assertThatThrownBy(() -> BundleKeys.readPublic(keys.resolve("signing.key")))
                .isInstanceOf(BundleKeyException.class)
                .hasMessageContaining("holds a private key, not a public key");
        assertThatThrownBy(() -> BundleKeys.readPrivate(keys.resolve("signing.pub")))
                .isInstanceOf(BundleKeyException.class)
                .hasMessageContaining("holds a public key, not a private key");
        assertThatThrownBy(() -> BundleKeys.readPublic(keys.resolve("rsa.pub")))
                .isInstanceOf(BundleKeyException.class)
                .hasMessageContaining("rsa.pub: not an Ed25519 public key");
        assertThatThrownBy(() -> BundleKeys.readPublic(keys.resolve("not-pem.pub")))
                .isInstanceOf(BundleKeyException.class)
                .hasMessageContaining("not-pem.pub: not a PEM key file");
        assertThatThrownBy(() -> BundleKeys.readPublic(keys.resolve("missing.pub")))
                .isInstanceOf(BundleKeyException.class)
                .hasMessageEndingWith("missing.pub: no such file");
    }
}
