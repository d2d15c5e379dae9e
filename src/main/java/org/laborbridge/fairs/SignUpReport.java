package org.laborbridge.fairs;

import java.util.List;

/** Every non-empty line of a pasted list, in order, and what was and was not saved. */
public record SignUpReport(List<SignUpLine> lines) {

    public SignUpReport {
        lines = List.copyOf(lines);
    }

    public long count(SignUpOutcome outcome) {
        return lines.stream().filter(line -> line.outcome() == outcome).count();
    }

    public long saved() {
        return count(SignUpOutcome.SIGNED_UP);
    }
}
