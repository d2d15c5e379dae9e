package org.laborbridge.fairs.core;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * What a sign-up's QR code carries: 144 random bits, URL-safe, 24 characters. Random rather than
 * derived from the worker so a code reveals nobody and cannot be guessed; 24 characters so that
 * a desk can tell it from an ID number, which has 15 or 18.
 */
final class QrTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{24}");

    private QrTokens() {}

    static String next() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean looksLikeToken(String text) {
        return text != null && TOKEN.matcher(text.strip()).matches();
    }
}
