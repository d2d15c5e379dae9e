package org.laborbridge.matching;

/**
 * How much each factor of a match counts, 0–100 each, and the bonus a registered-poor worker gets
 * on top (the bureau's priority policy). Negative weights, weights above 100 or all factor weights
 * zero are refused with {@code InvalidInputException} naming each field.
 */
public record MatchWeights(int jobType, int skills, int place, int wage, int housing, int poorPriorityBonus) {

    public static final int MAX = 100;

    /** What the platform starts with until the bureau sets its own. */
    public static MatchWeights standard() {
        return new MatchWeights(40, 25, 15, 10, 10, 10);
    }
}
