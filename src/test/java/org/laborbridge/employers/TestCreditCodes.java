package org.laborbridge.employers;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.laborbridge.shared.CreditCode;

/**
 * Distinct valid credit codes, so that tests sharing one database never meet each other's
 * enterprises. The check characters are found by trying each candidate against the kernel's own
 * check, so no second copy of the algorithm can drift from it.
 */
public final class TestCreditCodes {

    private static final String CHECKS = "0123456789X";
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final AtomicLong sequence =
            new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000));

    private TestCreditCodes() {}

    /** A code registered in Jinan (370102) whose organisation code starts with T, unlike the demo's. */
    public static String next() {
        String body = "91370102T" + String.format("%07d", sequence.incrementAndGet() % 10_000_000);
        for (char organisationCheck : CHECKS.toCharArray()) {
            for (char check : ALPHABET.toCharArray()) {
                String candidate = body + organisationCheck + check;
                if (CreditCode.isValid(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("No valid code for " + body);
    }

    /** A code whose last character is wrong: {@code CHECKSUM}. */
    public static String withWrongCheck() {
        String valid = next();
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        return valid.substring(0, 17) + wrong;
    }
}
