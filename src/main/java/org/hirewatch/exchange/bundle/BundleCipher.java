package org.hirewatch.exchange.bundle;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.hirewatch.exchange.bundle.BundleException.Reason;

/**
 * Seals and opens a bundle file: AES-256-GCM over the content, the header as associated data, the key from the
 * passphrase through PBKDF2-HMAC-SHA256. The whole file is authenticated at once, before any of it is used.
 */
final class BundleCipher {
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private BundleCipher() {
    }

    static byte[] seal(byte[] content, char[] passphrase, int iterations) {
        byte[] salt = random(32);
        byte[] nonce = random(12);
        byte[][] keys = derive(passphrase, salt, iterations);
        try {
            byte[] header = new BundleHeader(BundleHeader.FORMAT_VERSION, iterations, salt, nonce, keyCheck(keys[1]))
                    .encode();
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keys[0], "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(header);
            byte[] sealed = c.doFinal(content);
            byte[] file = Arrays.copyOf(header, header.length + sealed.length);
            System.arraycopy(sealed, 0, file, header.length, sealed.length);
            return file;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        } finally {
            wipe(keys);
        }
    }

    /** The content, once the header, the passphrase and the GCM tag over everything have been checked. */
    static byte[] open(byte[] file, char[] passphrase) {
        BundleHeader.Parsed parsed = BundleHeader.parse(file);
        BundleHeader h = parsed.header();
        byte[][] keys = derive(passphrase, h.salt(), h.iterations());
        try {
            if (!MessageDigest.isEqual(keyCheck(keys[1]), h.keyCheck())) {
                throw new BundleException(Reason.WRONG_PASSPHRASE);
            }
            if (file.length - parsed.length() < TAG_BITS / 8) {
                throw new BundleException(Reason.TAMPERED);
            }
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(keys[0], "AES"), new GCMParameterSpec(TAG_BITS, h.nonce()));
            c.updateAAD(file, 0, parsed.length());
            return c.doFinal(file, parsed.length(), file.length - parsed.length());
        } catch (AEADBadTagException e) {
            throw new BundleException(Reason.TAMPERED, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        } finally {
            wipe(keys);
        }
    }

    /** Two keys from one derivation: the first encrypts, the second only makes the key check. */
    private static byte[][] derive(char[] passphrase, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 512);
        try {
            byte[] both = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            byte[][] keys = {Arrays.copyOfRange(both, 0, 32), Arrays.copyOfRange(both, 32, 64)};
            Arrays.fill(both, (byte) 0);
            return keys;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] keyCheck(byte[] checkKey) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(checkKey, "HmacSHA256"));
        return mac.doFinal("HireWatch bundle key check 1".getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    private static void wipe(byte[][] keys) {
        for (byte[] k : keys) {
            Arrays.fill(k, (byte) 0);
        }
    }
}
