package org.laborbridge.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of Chinese yuan, exact to the fen. Never negative: the domain has prices, costs,
 * subsidies and budgets, none of which goes below zero, so a negative amount is always a mistake
 * (for example paying out more than a budget holds).
 */
public record Money(long fen) implements Comparable<Money> {

    static final String TYPE = "money";
    public static final Money ZERO = new Money(0);
    private static final int FEN_PER_YUAN = 100;
    /** Fifteen digits of yuan is far beyond any budget and keeps every sum well inside a long. */
    private static final int MAX_YUAN_DIGITS = 15;

    private static final Pattern DECIMAL = Pattern.compile("([+-]?)(\\d+)(?:\\.(\\d+))?");

    public Money {
        if (fen < 0) {
            throw new InvalidValueException(TYPE, "NEGATIVE");
        }
    }

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    /**
     * Parses a plain decimal such as {@code 1234.56}. Zeros beyond the second decimal are accepted
     * ({@code 1.500}, as spreadsheets export it) because the amount is still exact; any other third
     * decimal is {@code PRECISION}.
     */
    public static Money ofYuan(String yuan) {
        Matcher decimal = DECIMAL.matcher(TypedInput.normalise(yuan));
        if (!decimal.matches()) {
            throw new InvalidValueException(TYPE, "FORMAT");
        }
        String whole = decimal.group(2);
        String fraction = decimal.group(3) == null ? "" : decimal.group(3);
        if (fraction.length() > 2 && !fraction.substring(2).chars().allMatch(c -> c == '0')) {
            throw new InvalidValueException(TYPE, "PRECISION");
        }
        if (whole.replaceFirst("^0+", "").length() > MAX_YUAN_DIGITS) {
            throw new InvalidValueException(TYPE, "TOO_LARGE");
        }
        long fen = Long.parseLong(whole) * FEN_PER_YUAN + Long.parseLong((fraction + "00").substring(0, 2));
        return new Money(decimal.group(1).equals("-") ? -fen : fen);
    }

    public Money add(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    /** Throws {@code NEGATIVE} if {@code other} is larger, e.g. a cost exceeding what is left. */
    public Money subtract(Money other) {
        return new Money(fen - other.fen);
    }

    public Money times(int factor) {
        if (factor < 0) {
            throw new InvalidValueException(TYPE, "NEGATIVE");
        }
        return new Money(Math.multiplyExact(fen, factor));
    }

    /**
     * Splits into {@code parts} amounts that add up exactly. The fen that do not divide evenly go
     * one each to the first parts, so the same split always comes out the same way and no two
     * parts differ by more than one fen.
     */
    public List<Money> allocate(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("Cannot allocate over " + parts + " parts");
        }
        long share = fen / parts;
        long remainder = fen % parts;
        List<Money> allocated = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            allocated.add(new Money(i < remainder ? share + 1 : share));
        }
        return Collections.unmodifiableList(allocated);
    }

    public boolean isZero() {
        return fen == 0;
    }

    /** As people read an amount: "4,500" for whole yuan, "4,500.50" otherwise. */
    public String toDisplayString() {
        String whole = String.format(java.util.Locale.ROOT, "%,d", fen / FEN_PER_YUAN);
        long cents = Math.abs(fen % FEN_PER_YUAN);
        return cents == 0 ? whole : whole + String.format(java.util.Locale.ROOT, ".%02d", cents);
    }

    public String toYuanString() {
        long cents = fen % FEN_PER_YUAN;
        return fen / FEN_PER_YUAN + (cents < 10 ? ".0" : ".") + cents;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    @Override
    public String toString() {
        return "CNY " + toYuanString();
    }
}
