package org.laborbridge.workers.demo;

import java.util.List;
import org.laborbridge.workers.Situation;

/**
 * How many demo workers come from where and what they are doing, after the article. Of the
 * 185,300 people helped out to work (18.53万), the Xiangxi ones are exactly the 528 who came on the
 * ten point-to-point batches since February 2020 (the transport demo carries them); the rest
 * went out from Wulong 30,000 (a quarter of them still carrying IDs issued under the old 武隆县
 * code 500232), the four Linyi counties 70,000, Huanggang 60,000, and 24,772 from Qianxinan in
 * Guizhou, outside the agreements. 5,000 registered-poor job seekers who can and will work away
 * wait for the east-west fair (3,000 of them in Xiangxi), and exactly 3,666 registered-poor
 * Xiangxi workers are employed locally, in the workshops.
 */
record DemoWorkforce(List<Cohort> cohorts) {

    static final List<String> XIANGXI = List.of("433122", "433123", "433124", "433125", "433126", "433127", "433130");
    static final List<String> WULONG = List.of("500156", "500156", "500156", "500232");
    static final List<String> LINYI = List.of("371321", "371323", "371325", "371328");
    static final List<String> HUANGGANG =
            List.of("421102", "421121", "421122", "421123", "421124", "421125", "421126", "421127", "421181", "421182");
    static final List<String> QIANXINAN = List.of("522323", "522324", "522326", "522327");

    /**
     * People alike in where they come from and what they do. {@code issuedIn} are the region codes
     * their ID numbers carry, picked round-robin (repeat a code to weight it); {@code poorShare} is
     * the share of registered-poor people; {@code readyToMigrate} means full labor capacity and
     * willing to work away.
     */
    record Cohort(
            String name,
            List<String> issuedIn,
            Situation situation,
            int count,
            double poorShare,
            boolean readyToMigrate) {

        Cohort scaled(double factor) {
            return new Cohort(name, issuedIn, situation, (int) Math.round(count * factor), poorShare, readyToMigrate);
        }
    }

    static DemoWorkforce article() {
        return new DemoWorkforce(List.of(
                new Cohort("xiangxi-away", XIANGXI, Situation.EMPLOYED_AWAY, 528, 0.45, true),
                new Cohort("wulong-away", WULONG, Situation.EMPLOYED_AWAY, 30_000, 0.40, true),
                new Cohort("linyi-away", LINYI, Situation.EMPLOYED_AWAY, 70_000, 0.35, true),
                new Cohort("huanggang-away", HUANGGANG, Situation.EMPLOYED_AWAY, 60_000, 0.35, true),
                new Cohort("qianxinan-away", QIANXINAN, Situation.EMPLOYED_AWAY, 24_772, 0.30, true),
                new Cohort("xiangxi-seeking", XIANGXI, Situation.SEEKING, 3_000, 1.0, true),
                new Cohort("linyi-seeking", LINYI, Situation.SEEKING, 1_000, 1.0, true),
                new Cohort("huanggang-seeking", HUANGGANG, Situation.SEEKING, 1_000, 1.0, true),
                new Cohort("xiangxi-workshops", XIANGXI, Situation.EMPLOYED_LOCALLY, 3_666, 1.0, false)));
    }

    /** The same mix at another size, e.g. a thousand people for a test. */
    DemoWorkforce scaled(double factor) {
        return new DemoWorkforce(
                cohorts.stream().map(cohort -> cohort.scaled(factor)).toList());
    }

    int size() {
        return cohorts.stream().mapToInt(Cohort::count).sum();
    }
}
