package org.laborbridge.fairs.demo;

import java.util.List;

/** A Jinan enterprise of the demo and the postings it recruits for. */
record DemoEnterprise(String name, String district, String industry, String street, List<Opening> openings) {

    /** One posting: a title, a job-type code from the catalogue, how many people, and wages in yuan. */
    record Opening(String title, String jobType, int headcount, int wageMin, int wageMax) {}

    int positions() {
        return openings.stream().mapToInt(Opening::headcount).sum();
    }

    static Opening opening(String title, String jobType, int headcount, int wageMin, int wageMax) {
        return new Opening(title, jobType, headcount, wageMin, wageMax);
    }
}
