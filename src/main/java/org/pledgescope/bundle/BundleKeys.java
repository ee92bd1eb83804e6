package org.pledgescope.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgescope.pack.Sha256;

/**
 * Ed25519 keys for signing bundles, with the JDK's own EdDSA: generated, written and read as PEM (PKCS#8 {@code PRIVATE
 * KEY}, X.509 {@code PUBLIC KEY}: what {@code openssl genpkey -algorithm ed25519} writes and reads), signing and
 * verifying. A key is named by its id, {@code sha256:} and the first 16 hex digits of the SHA-256 of its public key.
 */
public final class BundleKeys {
    public static final String PRIVATE_FILE = "bundle.key";
    public static final String PUBLIC_FILE = "bundle.pub";
    private static final String ALGORITHM = "Ed25519";
    private static final Pattern PEM =
            Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)\\s*-----END \\1-----");
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private BundleKeys() {}

    /** A fresh key pair. */
    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no Ed25519: " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@code DIR/bundle.key} (owner-only: created so, never readable by others in between) and {@code
     * DIR/bundle.pub}; refuses to overwrite either. Returns the private key's file.
     */
    public static Path write(KeyPair pair, Path dir) {
        Path privateFile = dir.resolve(PRIVATE_FILE);
        Path publicFile = dir.resolve(PUBLIC_FILE);
        for (Path f : new Path[] {privateFile, publicFile}) {
            if (Files.exists(f)) {
                throw new BundleKeyException(f + " already exists; not overwritten (move it away, or write the new "
                        + "pair to another directory)");
            }
        }
        try {
            Files.createDirectories(dir);
            if (POSIX) {
                Files.createFile(privateFile, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                Files.setPosixFilePermissions(privateFile, OWNER_ONLY); // the umask may have taken bits away
            } else {
                Files.createFile(privateFile);
            }
            Files.writeString(
                    privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            return privateFile;
        } catch (FileAlreadyExistsException e) {
            throw new BundleKeyException(e.getFile() + " already exists; not overwritten");
        } catch (IOException e) {
            throw new BundleKeyException("cannot write the key pair to " + dir + ": " + reason(e));
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /** The private key in a PEM file ({@code bundle.key}). */
    public static PrivateKey readPrivate(Path file) {
        byte[] der = der(file, "PRIVATE KEY", "a private key (bundle.key) is needed to sign");
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (InvalidKeySpecException e) {
            throw new BundleKeyException(file + ": not an Ed25519 private key (bundles are signed with Ed25519; "
                    + "`pledgescope keygen -o DIR` writes a pair)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key in a PEM file ({@code bundle.pub}). */
    public static PublicKey readPublic(Path file) {
        byte[] der = der(file, "PUBLIC KEY", "the public key (bundle.pub) is needed to verify");
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
        } catch (InvalidKeySpecException e) {
            throw new BundleKeyException(file + ": not an Ed25519 public key (bundles are signed with Ed25519; "
                    + "`pledgescope keygen -o DIR` writes a pair)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] der(Path file, String type, String wrongType) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            throw new BundleKeyException(file + ": no such file");
        } catch (IOException e) {
            throw new BundleKeyException(file + ": cannot read: " + reason(e));
        }
        Matcher m = PEM.matcher(text);
        if (!m.find()) {
            throw new BundleKeyException(file + ": not a PEM key file (no -----BEGIN " + type + "----- block)");
        }
        if (!m.group(1).equals(type)) {
            throw new BundleKeyException(file + ": holds a " + m.group(1).toLowerCase(java.util.Locale.ROOT)
                    + ", not a " + type.toLowerCase(java.util.Locale.ROOT) + "; " + wrongType);
        }
        try {
            return Base64.getMimeDecoder().decode(m.group(2));
        } catch (IllegalArgumentException e) {
            throw new BundleKeyException(file + ": the PEM block is not valid base64");
        }
    }

    /** Whether others than the owner may read a private key file (a warning, as for an SSH key). */
    public static boolean readableByOthers(Path file) {
        if (!POSIX) {
            return false;
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            return perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** The key's id: {@code sha256:} and 16 hex digits of the SHA-256 of its encoded public key. */
    public static String id(PublicKey key) {
        return "sha256:" + Sha256.start().add(key.getEncoded()).hex().substring(0, 16);
    }

    /**
     * The public half of a private key, or null if it cannot be derived. The JDK's Ed25519 private keys (PKCS#8 v1)
     * do not carry it: it is derived by the JDK's own generator from the key's 32-byte seed, and checked by verifying a
     * signature with it.
     */
    public static PublicKey publicOf(PrivateKey key) {
        if (!(key instanceof EdECPrivateKey ed) || ed.getBytes().isEmpty()) {
            return null;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(
                    new NamedParameterSpec(ALGORITHM),
                    new FixedSeed(ed.getBytes().get()));
            PublicKey derived = generator.generateKeyPair().getPublic();
            byte[] probe = "pledgescope key check".getBytes(StandardCharsets.US_ASCII);
            return verify(derived, probe, sign(key, probe)) ? derived : null;
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    /** A source of randomness that yields one seed: how the JDK derives an Ed25519 pair from its private half. */
    private static final class FixedSeed extends SecureRandom {
        private final byte[] seed;

        FixedSeed(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
        }
    }

    /** The Ed25519 signature of {@code data}. */
    public static byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (InvalidKeyException e) {
            throw new BundleKeyException("the key cannot sign: " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code signature} is {@code key}'s signature of {@code data}. */
    public static boolean verify(PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(data);
            return verifier.verify(signature);
        } catch (SignatureException | InvalidKeyException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String reason(IOException e) {
        return e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + " " + e.getMessage();
    }
}
