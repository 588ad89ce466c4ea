package org.hirewatch.store;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * How the database key is derived from the passphrase: PBKDF2-HMAC-SHA256 with a random salt kept beside the
 * database. 600,000 iterations follows OWASP's 2023 advice for this function; tests may use fewer.
 */
public record KdfParams(String algorithm, int iterations, byte[] salt) {
    public static final String PBKDF2_SHA256 = "PBKDF2WithHmacSHA256";
    public static final int DEFAULT_ITERATIONS = 600_000;

    public static KdfParams fresh(int iterations) {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        return new KdfParams(PBKDF2_SHA256, iterations, salt);
    }

    /** 64 bytes: the first half keys the file encryption, the second half is the database user's password. */
    public byte[] derive(char[] passphrase) {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 512);
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("key derivation " + algorithm + " is unavailable", e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KdfParams k && k.algorithm.equals(algorithm) && k.iterations == iterations
                && Arrays.equals(k.salt, salt);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(salt) * 31 + iterations;
    }

    @Override
    public String toString() {
        return algorithm + "/" + iterations;
    }
}
