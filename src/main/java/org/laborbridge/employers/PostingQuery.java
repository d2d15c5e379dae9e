package org.laborbridge.employers;

/**
 * A search of job postings; every criterion may be null. {@code q} matches the title or the
 * enterprise's name; {@code workRegion} is a code at any level (a prefecture covers its counties);
 * {@code page} counts from 0 and {@code size} is 1 to {@link #MAX_SIZE}.
 */
public record PostingQuery(
        String q, String jobType, String workRegion, EmployerId employer, PostingStatus status, int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public static PostingQuery ofEmployer(EmployerId employer) {
        return new PostingQuery(null, null, null, employer, null, 0, MAX_SIZE);
    }
}
