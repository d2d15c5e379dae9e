package org.laborbridge.fairs.demo;

import java.time.LocalDate;
import java.util.List;
import org.laborbridge.fairs.Campaign;
import org.laborbridge.fairs.FairForm;
import org.laborbridge.fairs.FairKind;

/**
 * The article's fairs of 2020, and one coming up. The directional matching with Huanggang "from
 * May" is modelled as an online fair of campaign OTHER hosted in Huanggang and aimed at its
 * people willing to work away, running through May and June: that is how the bureau put
 * Jinan's jobs in front of them. The four Linyi fairs are OTHER too: provincial poverty
 * cooperation, neither the city's own (LOCAL) nor east-west.
 */
final class ArticleFairs {

    private ArticleFairs() {}

    static final String XIANGXI = "433100";
    static final String JISHOU = "433101";
    static final String THEME_LINYI = "就业扶贫 帮困脱贫";

    static FairForm springBreeze() {
        return online(
                "2020年春风行动网络招聘会",
                Campaign.SPRING_BREEZE,
                "春风送岗 助力返岗复工",
                "370100",
                LocalDate.of(2020, 2, 20),
                LocalDate.of(2020, 3, 31),
                false,
                List.of());
    }

    static FairForm huanggang() {
        return online(
                "人间有大爱、鲁鄂一家亲——济南·黄冈定向劳务对接",
                Campaign.OTHER,
                "点对点、一站式定向劳务对接",
                "421100",
                LocalDate.of(2020, 5, 6),
                LocalDate.of(2020, 6, 30),
                true,
                List.of("421100"));
    }

    static FairForm eastWest() {
        return new FairForm(
                "济南—湘西东西部劳务扶贫专场招聘会",
                FairKind.ON_SITE,
                Campaign.EAST_WEST,
                "东西部劳务协作 精准扶贫",
                JISHOU,
                "吉首市人力资源市场",
                LocalDate.of(2020, 8, 20),
                LocalDate.of(2020, 8, 20),
                true,
                true,
                true,
                List.of(XIANGXI));
    }

    /** Sept 2020, the four counties in turn: 沂水, 沂南, 费县, 蒙阴. */
    static List<FairForm> linyi() {
        return List.of(
                linyi("沂水县", "371323", LocalDate.of(2020, 9, 15)),
                linyi("沂南县", "371321", LocalDate.of(2020, 9, 17)),
                linyi("费县", "371325", LocalDate.of(2020, 9, 22)),
                linyi("蒙阴县", "371328", LocalDate.of(2020, 9, 24)));
    }

    static FairForm povertyAlleviationDay() {
        return new FairForm(
                "2020年国家扶贫日网络专场招聘会",
                FairKind.ONLINE,
                Campaign.POVERTY_ALLEVIATION_DAY,
                "扶贫日 送岗位",
                "370100",
                null,
                LocalDate.of(2020, 10, 12),
                LocalDate.of(2020, 10, 18),
                true,
                true,
                false,
                List.of());
    }

    /** A week from today, so that workers' phones have a fair to sign up for. */
    static FairForm upcoming(LocalDate today) {
        return new FairForm(
                "济南—湘西东西部劳务协作专场招聘会（" + today.getYear() + "）",
                FairKind.ON_SITE,
                Campaign.EAST_WEST,
                "稳岗就业 点对点输送",
                JISHOU,
                "吉首市人力资源市场",
                today.plusDays(7),
                today.plusDays(8),
                false,
                true,
                true,
                List.of(XIANGXI));
    }

    private static FairForm linyi(String county, String code, LocalDate day) {
        return new FairForm(
                "济南市赴" + county + "就业扶贫专场招聘会",
                FairKind.ON_SITE,
                Campaign.OTHER,
                THEME_LINYI,
                code,
                county + "人力资源市场",
                day,
                day,
                false,
                true,
                false,
                List.of(code));
    }

    private static FairForm online(
            String name,
            Campaign campaign,
            String theme,
            String host,
            LocalDate from,
            LocalDate until,
            boolean willingOnly,
            List<String> households) {
        return new FairForm(
                name, FairKind.ONLINE, campaign, theme, host, null, from, until, false, false, willingOnly, households);
    }
}
