package org.laborbridge.workers.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.laborbridge.shared.Catalogue;
import org.laborbridge.shared.PhoneNumber;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.ResidentId;
import org.laborbridge.workers.Education;
import org.laborbridge.workers.LaborCapacity;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.WorkerProfile;

/**
 * Invents the demo's people: common surnames and given-name characters, ID numbers that pass
 * every check (the right county, an adult's birth date, a correct check character) and are
 * distinct, phone numbers, skills and wanted jobs from the catalogues. A fixed seed makes every
 * demo the same.
 */
final class DemoPeople {

    static final long SEED = 20_190_621L;
    /** Ages 18 to 55 on this day; a fixed day, so the same seed gives the same people every year. */
    static final LocalDate REFERENCE_DAY = LocalDate.of(2024, 1, 1);

    private static final String SURNAMES =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕华建国志强永春海波小红晓东文俊鹏辉飞宇浩然子涵梦琪欣怡佳豪";
    private static final Education[] EDUCATIONS = {
        Education.PRIMARY, Education.JUNIOR_SECONDARY, Education.JUNIOR_SECONDARY, Education.JUNIOR_SECONDARY,
        Education.SENIOR_SECONDARY, Education.VOCATIONAL, Education.NONE, Education.COLLEGE
    };

    private final SplittableRandom random;
    private final Map<Long, Integer> sequences = new HashMap<>();
    private final Map<String, RegionCode> householdCounties = new HashMap<>();
    private final List<Catalogue.Entry> skills = Catalogue.skills().entries();
    private final List<Catalogue.Entry> jobs = Catalogue.jobTypes().entries();
    private final int days = (int) (REFERENCE_DAY.minusYears(18).toEpochDay()
            - REFERENCE_DAY.minusYears(56).plusDays(1).toEpochDay());
    private long phoneSerial;

    private final int firstSequence;

    DemoPeople() {
        this(SEED, 0);
    }

    /**
     * Other people, for benchmarks that need more than the demo has: another seed, and ID sequence
     * numbers from {@code firstSequence} so that their numbers never meet the demo's.
     */
    DemoPeople(long seed, int firstSequence) {
        this.random = new SplittableRandom(seed);
        this.firstSequence = firstSequence;
    }

    void generate(DemoWorkforce workforce, Consumer<WorkerProfile> into) {
        for (DemoWorkforce.Cohort cohort : workforce.cohorts()) {
            for (int i = 0; i < cohort.count(); i++) {
                into.accept(person(
                        cohort, cohort.issuedIn().get(i % cohort.issuedIn().size())));
            }
        }
    }

    private WorkerProfile person(DemoWorkforce.Cohort cohort, String issuedIn) {
        ResidentId id = residentId(issuedIn);
        boolean poor = random.nextDouble() < cohort.poorShare();
        LaborCapacity capacity =
                cohort.readyToMigrate() || random.nextInt(10) < 8 ? LaborCapacity.FULL : LaborCapacity.PARTIAL;
        boolean willing =
                cohort.readyToMigrate() || cohort.situation() != Situation.EMPLOYED_LOCALLY && random.nextBoolean();
        RegionCode county = householdCounties.computeIfAbsent(
                issuedIn, code -> WorkerProfile.proposedHouseholdCounty(id).orElseThrow());
        return new WorkerProfile(
                name(),
                id,
                county,
                phone(),
                poor,
                poor ? county.value() + String.format("%08d", random.nextInt(100_000_000)) : null,
                capacity,
                willing,
                EDUCATIONS[random.nextInt(EDUCATIONS.length)],
                pick(skills, random.nextInt(3)),
                pick(jobs, 1 + random.nextInt(2)),
                cohort.situation(),
                null);
    }

    private String name() {
        StringBuilder name = new StringBuilder(3);
        name.append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int given = random.nextInt(10) < 7 ? 2 : 1;
        for (int i = 0; i < given; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    /** Distinct by construction: a sequence number per county and birth day, as the police assign them. */
    private ResidentId residentId(String issuedIn) {
        LocalDate birth = REFERENCE_DAY.minusYears(56).plusDays(1 + random.nextInt(days));
        long key = Long.parseLong(issuedIn) * 100_000 + birth.toEpochDay() + 50_000;
        int sequence = firstSequence + sequences.merge(key, 1, Integer::sum) - 1;
        if (sequence > 999) {
            throw new IllegalStateException("More than 1,000 demo people born in " + issuedIn + " on " + birth);
        }
        String body = issuedIn + birth.toString().replace("-", "") + String.format("%03d", sequence);
        return ResidentId.parse(body + checkCharacter(body));
    }

    /** Distinct too: an odd multiplier walks every residue of 10^9 exactly once. */
    private PhoneNumber phone() {
        long serial = (phoneSerial++ * 7_654_321L + 12_345L) % 1_000_000_000L;
        return PhoneNumber.parse("1" + (3 + serial % 7) + String.format("%09d", serial));
    }

    private <T extends Catalogue.Entry> List<String> pick(List<T> entries, int count) {
        return random.ints(0, entries.size())
                .distinct()
                .limit(count)
                .mapToObj(i -> entries.get(i).code())
                .toList();
    }

    /** ISO 7064 MOD 11-2, as GB 11643 prescribes. */
    static char checkCharacter(String body) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }
}
