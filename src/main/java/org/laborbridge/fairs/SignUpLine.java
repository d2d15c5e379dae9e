package org.laborbridge.fairs;

/**
 * One line of a pasted list and what became of it. {@code input} is the number as typed, masked;
 * {@code code} and {@code messageKey} say why a line was refused (the kernel's reason for an
 * invalid number), and are null for a line signed up. {@code workerName} is set only for a
 * worker the caller may see.
 */
public record SignUpLine(
        int line, String input, SignUpOutcome outcome, String code, String messageKey, String workerName) {

    public boolean saved() {
        return outcome == SignUpOutcome.SIGNED_UP;
    }
}
