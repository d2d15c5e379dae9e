package org.laborbridge.workshops.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.laborbridge.workshops.OperatorKind;
import org.laborbridge.workshops.WorkshopType;

/**
 * Plans the demo's 217 Xiangxi workshops around the people employed locally: each county gets
 * workshops in proportion to its people (largest remainder, at least one where anyone lives), and
 * each person works in a workshop of their own household county. Seeded, so every start plans the
 * same workshops.
 */
final class XiangxiWorkshops {

    static final int WORKSHOPS = 217;

    record Person(UUID worker, String county, boolean registeredPoor) {}

    record Employment(UUID id, Person person, LocalDate start, BigDecimal wage, int contractMonths) {}

    record Planned(
            UUID id,
            String name,
            String county,
            Industry industry,
            String operatorName,
            OperatorKind operatorKind,
            String cooperative,
            String responsiblePerson,
            String address,
            LocalDate foundedOn,
            LocalDate recognisedOn,
            List<Employment> employees) {}

    record Industry(String industry, String products, WorkshopType type, String institute) {}

    static final List<Industry> INDUSTRIES = List.of(
            new Industry("茶叶加工", "黄金茶", WorkshopType.FACTORY, "湖南省茶叶研究所"),
            new Industry("食品加工", "湘西腊肉、酸肉", WorkshopType.FACTORY, "湖南农业大学食品科学技术学院"),
            new Industry("民族工艺", "苗绣、土家织锦", WorkshopType.HOME_BASED, "吉首大学民族工艺研究中心"),
            new Industry("竹木加工", "竹编、竹制品", WorkshopType.HOME_BASED, "湖南省林业科学院"),
            new Industry("电子组装", "电子元件、数据线", WorkshopType.FACTORY, null),
            new Industry("服装加工", "服装、工装", WorkshopType.FACTORY, null),
            new Industry("水果种植", "猕猴桃", WorkshopType.FARMING, "湘西州农业科学研究院"),
            new Industry("特色种植", "百合、椪柑", WorkshopType.FARMING, "湘西州农业科学研究院"),
            new Industry("农产品商贸", "湘西土特产电商", WorkshopType.TRADE, null),
            new Industry("乡村旅游", "苗寨民宿、非遗体验", WorkshopType.TOURISM, null));

    private static final Map<String, String> COUNTY_STEMS = Map.of(
            "433122", "泸溪",
            "433123", "凤凰",
            "433124", "花垣",
            "433125", "保靖",
            "433126", "古丈",
            "433127", "永顺",
            "433130", "龙山");
    /** Towns and villages of each county, so that a workshop's name and address belong together. */
    private static final Map<String, List<String>> VILLAGES = Map.of(
            "433122", List.of("浦市", "白沙", "达岚", "合水", "潭溪"),
            "433123", List.of("山江", "禾库", "麻冲", "竿子坪", "千工坪"),
            "433124", List.of("十八洞", "麻栗场", "双龙", "边城", "雅酉"),
            "433125", List.of("吕洞山", "葫芦", "清水坪", "迁陵", "毛沟"),
            "433126", List.of("默戎", "高望界", "断龙山", "红石林", "岩头寨"),
            "433127", List.of("芙蓉镇", "石堤", "灵溪", "松柏", "首车"),
            "433130", List.of("里耶", "洗车河", "茅坪", "洛塔", "石牌"));

    private static final List<String> SURNAMES = List.of("彭", "向", "田", "龙", "石", "麻", "吴", "张", "杨", "王", "李", "刘");
    private static final List<String> GIVEN = List.of("建国", "秀英", "志强", "桂兰", "明华", "春梅", "德富", "红英", "永刚", "小燕");
    private static final int[] CONTRACT_MONTHS = {12, 24, 36};

    private XiangxiWorkshops() {}

    static List<Planned> plan(List<Person> people, LocalDate today) {
        Random random = new Random(433100);
        Map<String, List<Person>> byCounty = new LinkedHashMap<>();
        people.stream()
                .sorted(Comparator.comparing(Person::county).thenComparing(Person::worker))
                .forEach(p -> byCounty.computeIfAbsent(p.county(), c -> new ArrayList<>())
                        .add(p));
        Map<String, Integer> shares = shares(byCounty, people.size());
        List<Planned> planned = new ArrayList<>();
        int sequence = 0;
        for (var county : byCounty.entrySet()) {
            List<Person> residents = county.getValue();
            int workshops = shares.get(county.getKey());
            for (int w = 0; w < workshops; w++) {
                List<Person> staff =
                        residents.subList(residents.size() * w / workshops, residents.size() * (w + 1) / workshops);
                Industry industry = INDUSTRIES.get(sequence % INDUSTRIES.size());
                String stem = COUNTY_STEMS.getOrDefault(county.getKey(), "湘西");
                List<String> villages = VILLAGES.getOrDefault(county.getKey(), List.of("湘西"));
                String village = villages.get(w % villages.size());
                LocalDate founded = LocalDate.of(2016, 3, 1).plusDays(random.nextInt(4 * 365));
                LocalDate recognised = founded.plusDays(60 + random.nextInt(120));
                boolean cooperative = sequence % 3 == 0;
                String operator = stem + village + industry.industry() + (cooperative ? "专业合作社" : "有限公司");
                List<Employment> employees = new ArrayList<>();
                for (Person person : staff) {
                    LocalDate start = founded.plusDays(random.nextInt(540));
                    if (start.isAfter(today)) {
                        start = today;
                    }
                    employees.add(new Employment(
                            UUID.randomUUID(),
                            person,
                            start,
                            BigDecimal.valueOf(1800 + 100L * random.nextInt(15)),
                            CONTRACT_MONTHS[random.nextInt(CONTRACT_MONTHS.length)]));
                }
                planned.add(new Planned(
                        UUID.randomUUID(),
                        stem + village + industry.products().split("[、，]")[0] + "扶贫车间" + (w + 1) + "号",
                        county.getKey(),
                        industry,
                        operator,
                        cooperative ? OperatorKind.COOPERATIVE : OperatorKind.ENTERPRISE,
                        cooperative ? operator : stem + village + "农民专业合作社",
                        SURNAMES.get(random.nextInt(SURNAMES.size())) + GIVEN.get(random.nextInt(GIVEN.size())),
                        "湖南省湘西州" + stem + "县" + village + "村",
                        founded,
                        recognised.isAfter(today) ? today : recognised,
                        employees));
                sequence++;
            }
        }
        return planned;
    }

    /** Workshops per county in proportion to people, every inhabited county at least one, 217 in all. */
    static Map<String, Integer> shares(Map<String, List<Person>> byCounty, int total) {
        Map<String, Integer> shares = new LinkedHashMap<>();
        if (total == 0) {
            return shares;
        }
        int assigned = 0;
        Map<String, Double> remainders = new LinkedHashMap<>();
        for (var county : byCounty.entrySet()) {
            double exact = (double) WORKSHOPS * county.getValue().size() / total;
            int share = Math.max(1, (int) Math.floor(exact));
            shares.put(county.getKey(), share);
            remainders.put(county.getKey(), exact - Math.floor(exact));
            assigned += share;
        }
        List<String> byRemainder = remainders.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .toList();
        for (int i = 0; assigned < WORKSHOPS && !byRemainder.isEmpty(); i++, assigned++) {
            String county = byRemainder.get(i % byRemainder.size());
            shares.merge(county, 1, Integer::sum);
        }
        return shares;
    }
}
