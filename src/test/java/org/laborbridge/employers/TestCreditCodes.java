package org.laborbridge.employers;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.laborbridge.shared.CreditCode;

/**
 * Distinct valid credit codes, so that tests sharing one database never meet each other's
 * enterprises.
 */
public final class TestCreditCodes {

    private static final AtomicLong sequence =
            new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000));

    private TestCreditCodes() {}

    /** A code registered in Jinan (370102) whose organisation code starts with T, unlike the demo's. */
    public static String next() {
        return CreditCode.completing("91370102T" + String.format("%07d", sequence.incrementAndGet() % 10_000_000))
                .toString();
    }

    /** A code whose last character is wrong: {@code CHECKSUM}. */
    public static String withWrongCheck() {
        String valid = next();
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        return valid.substring(0, 17) + wrong;
    }
}
