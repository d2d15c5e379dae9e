package org.laborbridge.matching.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.laborbridge.matching.MatchWeights;
import org.laborbridge.workers.Education;

/**
 * Scores a worker against a posting by the factors and hard requirements of issue 8, with the
 * bureau's weights. Pure and thread-safe.
 *
 * <p>Hard requirements exclude the pair (points -1 on the fast path, {@code eligible} false with
 * every excluding reason on the explained path): no openings left; the worker's age outside the
 * posting's [minAge, maxAge]; education below {@code minEducation} in the order of {@link
 * Education} (not recorded: not excluded, a reason says so); a worker not willing to migrate and a
 * posting outside their home prefecture (first four digits of the county).
 *
 * <p>Factors, each a fraction 0..1 times its weight: job type (the worker's first wanted 1.0, a
 * later one 0.8, none wanted 0.5, otherwise 0); skills (share of the required skills held, none
 * required 1.0); place (1.0 once eligible: local to the posting's prefecture, or willing to work
 * away — the reason says which); wage (the posting's mid wage against the reference wage, capped
 * at 1.0); housing (provided: 1.0 for a worker from another prefecture, 0.5 for a local one; not
 * provided 0). Points = round(sum of weight × fraction) + the priority bonus for a
 * registered-poor worker; a reason's own points are its rounded share, so they may differ from the
 * total by rounding.
 */
public final class MatchScorer {

    private static final String REASON = "matching.reason.";
    /** The reason that says a worker is registered poor: personal, so not every reader is shown it. */
    public static final String PRIORITY_REASON = REASON + "priority.registeredPoor";

    private static final int PREFECTURE_DIGITS = 4;

    private final MatchWeights weights;
    private final long referenceWageFen;

    public MatchScorer(MatchWeights weights, long referenceWageFen) {
        if (referenceWageFen <= 0) {
            throw new IllegalArgumentException("The reference wage must be positive: " + referenceWageFen);
        }
        this.weights = Objects.requireNonNull(weights, "weights");
        this.referenceWageFen = referenceWageFen;
    }

    /** The score with every reason, for showing: excluding reasons first, then by factor weight. */
    public Score score(WorkerFacts worker, PostingFacts posting) {
        List<Reason> exclusions = exclusions(worker, posting);
        if (!exclusions.isEmpty()) {
            return new Score(0, false, exclusions);
        }
        List<Weighted> reasons = new ArrayList<>(8);
        boolean local = samePrefecture(worker.householdCounty(), posting.workCounty());
        jobTypeReason(worker, posting, reasons);
        skillsReasons(worker, posting, reasons);
        reasons.add(new Weighted(
                weights.place(),
                reason(
                        local ? "place.local" : "place.away",
                        List.of(posting.workCounty(), worker.householdCounty()),
                        weights.place(),
                        1.0)));
        long midFen = midWageFen(posting);
        reasons.add(new Weighted(
                weights.wage(),
                reason(
                        midFen >= referenceWageFen ? "wage.meetsReference" : "wage.belowReference",
                        List.of(midFen / 100, referenceWageFen / 100),
                        weights.wage(),
                        wageFraction(midFen))));
        reasons.add(new Weighted(
                weights.housing(),
                reason(
                        !posting.housingProvided()
                                ? "housing.notProvided"
                                : local ? "housing.providedLocal" : "housing.providedAway",
                        List.of(),
                        weights.housing(),
                        housingFraction(posting, local))));
        if (worker.registeredPoor() && weights.poorPriorityBonus() > 0) {
            reasons.add(new Weighted(
                    weights.poorPriorityBonus(),
                    new Reason(
                            PRIORITY_REASON,
                            List.of(weights.poorPriorityBonus()),
                            weights.poorPriorityBonus(),
                            false)));
        }
        if (posting.minEducation() != null && worker.education() == null) {
            reasons.add(new Weighted(
                    -1, new Reason(REASON + "education.notRecorded", List.of(posting.minEducation()), 0, false)));
        }
        reasons.sort(Comparator.comparingInt(Weighted::weight).reversed());
        return new Score(
                total(worker, posting),
                true,
                reasons.stream().map(Weighted::reason).toList());
    }

    /** The points alone, or -1 when a hard requirement excludes the pair: the fast path for ranking. */
    public int points(WorkerFacts worker, PostingFacts posting) {
        if (posting.openingsLeft() <= 0
                || tooYoung(worker, posting)
                || tooOld(worker, posting)
                || educationBelow(worker, posting)
                || awayUnwilling(worker, posting)) {
            return -1;
        }
        return total(worker, posting);
    }

    /** The most points any pair can score: every factor weight and the bonus. */
    public int maxPoints() {
        return weights.factorTotal() + weights.poorPriorityBonus();
    }

    public MatchWeights weights() {
        return weights;
    }

    public long referenceWageFen() {
        return referenceWageFen;
    }

    // The one computation of the points, shared by both paths so that they cannot disagree.
    private int total(WorkerFacts worker, PostingFacts posting) {
        boolean local = samePrefecture(worker.householdCounty(), posting.workCounty());
        return sum(
                worker,
                jobTypeFraction(worker, posting.jobType()),
                skillsFraction(worker, posting),
                wageFraction(midWageFen(posting)),
                housingFraction(posting, local));
    }

    /**
     * At least {@link #points} of the worker for any posting with these fractions, mid wage and
     * housing (given a skills fraction at least the real one): the same sum with housing counted
     * fully and the hard requirements left out. The indexes use it to pass over postings that
     * cannot enter the top N without reading them.
     */
    int ceiling(
            WorkerFacts worker,
            double jobTypeFraction,
            double skillsFraction,
            long midWageFen,
            boolean housingProvided) {
        return sum(worker, jobTypeFraction, skillsFraction, wageFraction(midWageFen), housingProvided ? 1.0 : 0.0);
    }

    // Floating-point sums and products are monotonic, so a larger fraction never gives fewer points.
    private int sum(WorkerFacts worker, double jobType, double skills, double wage, double housing) {
        double sum = weights.jobType() * jobType
                + weights.skills() * skills
                + weights.place() * 1.0
                + weights.wage() * wage
                + weights.housing() * housing;
        return (int) Math.round(sum) + (worker.registeredPoor() ? weights.poorPriorityBonus() : 0);
    }

    private List<Reason> exclusions(WorkerFacts worker, PostingFacts posting) {
        List<Reason> reasons = new ArrayList<>(2);
        if (posting.openingsLeft() <= 0) {
            reasons.add(excluding("excluded.noOpenings"));
        }
        if (tooYoung(worker, posting)) {
            reasons.add(excluding("excluded.tooYoung", worker.age(), posting.minAge()));
        }
        if (tooOld(worker, posting)) {
            reasons.add(excluding("excluded.tooOld", worker.age(), posting.maxAge()));
        }
        if (educationBelow(worker, posting)) {
            reasons.add(excluding("excluded.educationBelow", worker.education(), posting.minEducation()));
        }
        if (awayUnwilling(worker, posting)) {
            reasons.add(excluding("excluded.notWillingToMigrate", posting.workCounty(), worker.householdCounty()));
        }
        return reasons;
    }

    private static boolean tooYoung(WorkerFacts worker, PostingFacts posting) {
        return posting.minAge() != null && worker.age() < posting.minAge();
    }

    private static boolean tooOld(WorkerFacts worker, PostingFacts posting) {
        return posting.maxAge() != null && worker.age() > posting.maxAge();
    }

    private static boolean educationBelow(WorkerFacts worker, PostingFacts posting) {
        return posting.minEducation() != null
                && worker.education() != null
                && worker.education().compareTo(posting.minEducation()) < 0;
    }

    private static boolean awayUnwilling(WorkerFacts worker, PostingFacts posting) {
        return !worker.willingToMigrate() && !samePrefecture(worker.householdCounty(), posting.workCounty());
    }

    static boolean samePrefecture(String county, String otherCounty) {
        return county != null
                && otherCounty != null
                && county.length() >= PREFECTURE_DIGITS
                && county.regionMatches(0, otherCounty, 0, PREFECTURE_DIGITS);
    }

    static double jobTypeFraction(WorkerFacts worker, String jobType) {
        if (worker.wantedJobs().isEmpty()) {
            return 0.5;
        }
        int rank = worker.wantedJobs().indexOf(jobType);
        return rank == 0 ? 1.0 : rank > 0 ? 0.8 : 0.0;
    }

    private static double skillsFraction(WorkerFacts worker, PostingFacts posting) {
        int required = posting.requiredSkills().size();
        return required == 0 ? 1.0 : (double) heldCount(worker, posting) / required;
    }

    private static int heldCount(WorkerFacts worker, PostingFacts posting) {
        int held = 0;
        for (String skill : posting.requiredSkills()) {
            if (worker.skills().contains(skill)) {
                held++;
            }
        }
        return held;
    }

    static long midWageFen(PostingFacts posting) {
        return (posting.wageMinFen() + posting.wageMaxFen()) / 2;
    }

    private double wageFraction(long midWageFen) {
        long mid = Math.max(0, midWageFen);
        return mid >= referenceWageFen ? 1.0 : (double) mid / referenceWageFen;
    }

    private static double housingFraction(PostingFacts posting, boolean local) {
        return !posting.housingProvided() ? 0.0 : local ? 0.5 : 1.0;
    }

    private void jobTypeReason(WorkerFacts worker, PostingFacts posting, List<Weighted> reasons) {
        String key;
        List<Object> arguments;
        int rank = worker.wantedJobs().indexOf(posting.jobType());
        if (worker.wantedJobs().isEmpty()) {
            key = "jobType.noneWanted";
            arguments = List.of(posting.jobType());
        } else if (rank == 0) {
            key = "jobType.firstChoice";
            arguments = List.of(posting.jobType());
        } else if (rank > 0) {
            key = "jobType.laterChoice";
            arguments = List.of(posting.jobType(), rank + 1);
        } else {
            key = "jobType.notWanted";
            arguments = List.of(posting.jobType(), worker.wantedJobs().get(0));
        }
        reasons.add(new Weighted(
                weights.jobType(),
                reason(key, arguments, weights.jobType(), jobTypeFraction(worker, posting.jobType()))));
    }

    private void skillsReasons(WorkerFacts worker, PostingFacts posting, List<Weighted> reasons) {
        int required = posting.requiredSkills().size();
        int held = heldCount(worker, posting);
        double fraction = skillsFraction(worker, posting);
        String key = required == 0
                ? "skills.noneRequired"
                : held == required ? "skills.allHeld" : held == 0 ? "skills.noneHeld" : "skills.partlyHeld";
        List<Object> arguments = required == 0 ? List.of() : List.of(held, required);
        reasons.add(new Weighted(weights.skills(), reason(key, arguments, weights.skills(), fraction)));
        posting.requiredSkills().stream()
                .filter(skill -> !worker.skills().contains(skill))
                .sorted()
                .forEach(skill -> reasons.add(new Weighted(
                        weights.skills(), new Reason(REASON + "skills.missing", List.of(skill), 0, false))));
    }

    private static Reason reason(String key, List<Object> arguments, int weight, double fraction) {
        return new Reason(REASON + key, arguments, (int) Math.round(weight * fraction), false);
    }

    private static Reason excluding(String key, Object... arguments) {
        return new Reason(REASON + key, List.of(arguments), 0, true);
    }

    /** A reason with the weight of its factor, to order them. */
    private record Weighted(int weight, Reason reason) {}
}
