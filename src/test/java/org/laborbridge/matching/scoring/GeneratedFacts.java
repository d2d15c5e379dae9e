package org.laborbridge.matching.scoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.shared.Catalogue;
import org.laborbridge.workers.Education;
import org.laborbridge.workers.WorkerId;

/**
 * Workers and postings drawn from a fixed seed with roughly the shapes of the demo: a few popular
 * job types and a long tail, workers mostly from the partner counties, postings mostly in Jinan.
 */
final class GeneratedFacts {

    static final List<String> JOB_TYPES =
            Catalogue.jobTypes().entries().stream().map(Catalogue.Entry::code).toList();
    static final List<String> SKILLS =
            Catalogue.skills().entries().stream().map(Catalogue.Entry::code).toList();
    static final List<String> PARTNER_COUNTIES = List.of(
            "433122", "433123", "433124", "433125", "433126", "433127", "433130", "500156", "371321", "371323",
            "371325", "371328", "421102", "421121", "421122", "421123", "421124", "421125", "421126", "421127",
            "421181", "421182");
    static final List<String> JINAN_COUNTIES = List.of(
            "370102", "370103", "370104", "370105", "370112", "370113", "370114", "370115", "370116", "370117",
            "370124", "370126");

    private static final Education[] EDUCATION = Education.values();
    // Junior secondary is the most common level among the workers the bureau serves.
    private static final double[] EDUCATION_SHARE = {0.03, 0.17, 0.45, 0.15, 0.12, 0.05, 0.03};

    private final Random random;
    private final double[] jobTypeCumulative;

    GeneratedFacts(long seed) {
        this.random = new Random(seed);
        this.jobTypeCumulative = zipf(JOB_TYPES.size(), 0.9);
    }

    WorkerFacts worker() {
        int wanted = pick(new double[] {0.15, 0.45, 0.3, 0.1});
        Set<String> jobs = new LinkedHashSet<>();
        while (jobs.size() < wanted) {
            jobs.add(jobType());
        }
        return new WorkerFacts(
                new WorkerId(new UUID(random.nextLong(), random.nextLong())),
                random.nextDouble() < 0.85 ? oneOf(PARTNER_COUNTIES) : oneOf(JINAN_COUNTIES),
                random.nextDouble() < 0.3,
                random.nextDouble() < 0.75,
                random.nextDouble() < 0.05 ? null : EDUCATION[pick(EDUCATION_SHARE)],
                (int) Math.max(16, Math.min(64, Math.round(38 + random.nextGaussian() * 11))),
                skills(pick(new double[] {0.5, 0.3, 0.15, 0.05})),
                List.copyOf(jobs));
    }

    PostingFacts posting() {
        long wageMinYuan = 3000 + 100L * random.nextInt(41);
        Integer minAge = random.nextDouble() < 0.4 ? null : 16 + random.nextInt(10);
        Integer maxAge = random.nextDouble() < 0.3 ? null : 40 + random.nextInt(21);
        Education minEducation = random.nextDouble() < 0.6 ? null : EDUCATION[1 + random.nextInt(4)];
        return new PostingFacts(
                new JobPostingId(new UUID(random.nextLong(), random.nextLong())),
                jobType(),
                1 + random.nextInt(50),
                wageMinYuan * 100,
                (wageMinYuan + 100L * random.nextInt(21)) * 100,
                random.nextDouble() < 0.8 ? oneOf(JINAN_COUNTIES) : oneOf(PARTNER_COUNTIES),
                random.nextDouble() < 0.6,
                minAge,
                maxAge,
                minEducation,
                skills(pick(new double[] {0.6, 0.3, 0.1})));
    }

    /** A posting that may also lack openings, for the scorer's own tests. */
    PostingFacts anyPosting() {
        PostingFacts p = posting();
        return random.nextDouble() < 0.1
                ? new PostingFacts(
                        p.id(),
                        p.jobType(),
                        0,
                        p.wageMinFen(),
                        p.wageMaxFen(),
                        p.workCounty(),
                        p.housingProvided(),
                        p.minAge(),
                        p.maxAge(),
                        p.minEducation(),
                        p.requiredSkills())
                : p;
    }

    List<WorkerFacts> workers(int count) {
        List<WorkerFacts> workers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            workers.add(worker());
        }
        return workers;
    }

    List<PostingFacts> postings(int count) {
        List<PostingFacts> postings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            postings.add(posting());
        }
        return postings;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private String jobType() {
        double draw = random.nextDouble();
        for (int i = 0; i < jobTypeCumulative.length; i++) {
            if (draw < jobTypeCumulative[i]) {
                return JOB_TYPES.get(i);
            }
        }
        return JOB_TYPES.get(JOB_TYPES.size() - 1);
    }

    private Set<String> skills(int count) {
        Set<String> skills = new LinkedHashSet<>();
        while (skills.size() < count) {
            skills.add(oneOf(SKILLS));
        }
        return skills;
    }

    private String oneOf(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private int pick(double[] shares) {
        double draw = random.nextDouble();
        for (int i = 0; i < shares.length; i++) {
            draw -= shares[i];
            if (draw < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }

    private static double[] zipf(int size, double exponent) {
        double[] cumulative = new double[size];
        double total = 0;
        for (int i = 0; i < size; i++) {
            total += 1 / Math.pow(i + 1, exponent);
            cumulative[i] = total;
        }
        for (int i = 0; i < size; i++) {
            cumulative[i] /= total;
        }
        return cumulative;
    }
}
