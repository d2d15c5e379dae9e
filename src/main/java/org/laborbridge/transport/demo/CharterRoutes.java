package org.laborbridge.transport.demo;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.laborbridge.transport.TransportMode;

/**
 * What a charter from each origin to Jinan is like: how far, how long each mode takes, what a
 * vehicle costs and who runs it, and which modes its people mostly take. Linyi is a three-hour
 * drive away, so its people go by bus and by carriage on the Linyi–Jinan line and never fly;
 * Wulong and Qianxinan are two days by road, so a third of their people fly. Prices are the
 * charter prices of 2020 (a 50-seat coach about 7 yuan a kilometre, a 118-seat hard-seat carriage,
 * a whole 1,000-seat train, a 180-seat narrow-body), varied a little per vehicle by the plan.
 */
record CharterRoutes(List<Route> routes, Route elsewhere) {

    /** The seats each vehicle has: the contract's planner tariffs. */
    static final Map<TransportMode, Integer> SEATS = Map.of(
            TransportMode.BUS, 50, TransportMode.CARRIAGE, 118, TransportMode.TRAIN, 1_000, TransportMode.FLIGHT, 180);

    /**
     * One origin prefecture ({@code prefix}, the first four digits of its counties) and its charters.
     * {@code share} is each mode's share of the travellers; {@code costYuan} a whole vehicle's price.
     */
    record Route(
            String prefix,
            Map<TransportMode, Double> share,
            Map<TransportMode, Integer> costYuan,
            Map<TransportMode, Duration> duration,
            String busOperator,
            String plate,
            String railOperator,
            String station,
            String airport,
            String airline) {

        boolean serves(String county) {
            return county.startsWith(prefix);
        }
    }

    static CharterRoutes toJinan() {
        return new CharterRoutes(
                List.of(
                        new Route(
                                "3713",
                                modes(0.70, 0.20, 0.10, 0.0),
                                modes(3_300, 7_200, 55_000, 0),
                                hours(4, 3, 3, 1),
                                "临沂交运集团",
                                "鲁Q",
                                "中国铁路济南局集团",
                                "临沂北站",
                                "临沂启阳机场",
                                "山东航空"),
                        new Route(
                                "4211",
                                modes(0.40, 0.30, 0.20, 0.10),
                                modes(8_000, 16_800, 150_000, 110_000),
                                hours(11, 10, 9, 2),
                                "黄冈交通运输集团",
                                "鄂J",
                                "中国铁路武汉局集团",
                                "黄冈东站",
                                "武汉天河国际机场",
                                "中国东方航空"),
                        new Route(
                                "5001",
                                modes(0.20, 0.25, 0.25, 0.30),
                                modes(13_500, 22_000, 200_000, 125_000),
                                hours(24, 22, 20, 3),
                                "重庆武隆交通运输集团",
                                "渝G",
                                "中国铁路成都局集团",
                                "武隆站",
                                "武隆仙女山机场",
                                "重庆航空"),
                        new Route(
                                "5223",
                                modes(0.15, 0.25, 0.25, 0.35),
                                modes(15_500, 26_000, 230_000, 135_000),
                                hours(28, 26, 24, 3),
                                "黔西南州汽车运输公司",
                                "贵E",
                                "中国铁路成都局集团",
                                "兴义站",
                                "兴义万峰林机场",
                                "华夏航空"),
                        new Route(
                                "4331",
                                modes(0.80, 0.20, 0.0, 0.0),
                                modes(10_800, 16_800, 180_000, 120_000),
                                hours(20, 16, 14, 5),
                                "湘西自治州汽车运输总公司",
                                "湘U",
                                "中国铁路广州局集团",
                                "吉首站",
                                "张家界荷花国际机场",
                                "中国南方航空")),
                // Anyone else helped out: the contract's planner tariffs and durations.
                new Route(
                        "",
                        modes(0.45, 0.25, 0.18, 0.12),
                        modes(9_000, 16_000, 180_000, 120_000),
                        hours(20, 16, 14, 5),
                        "济南长途汽车运输公司",
                        "鲁A",
                        "中国铁路济南局集团",
                        "当地火车站",
                        "当地机场",
                        "山东航空"));
    }

    Route of(String county) {
        return routes.stream().filter(route -> route.serves(county)).findFirst().orElse(elsewhere);
    }

    private static Map<TransportMode, Double> modes(double bus, double carriage, double train, double flight) {
        Map<TransportMode, Double> share = new EnumMap<>(TransportMode.class);
        share.put(TransportMode.BUS, bus);
        share.put(TransportMode.CARRIAGE, carriage);
        share.put(TransportMode.TRAIN, train);
        share.put(TransportMode.FLIGHT, flight);
        return share;
    }

    private static Map<TransportMode, Integer> modes(int bus, int carriage, int train, int flight) {
        Map<TransportMode, Integer> cost = new EnumMap<>(TransportMode.class);
        cost.put(TransportMode.BUS, bus);
        cost.put(TransportMode.CARRIAGE, carriage);
        cost.put(TransportMode.TRAIN, train);
        cost.put(TransportMode.FLIGHT, flight);
        return cost;
    }

    private static Map<TransportMode, Duration> hours(int bus, int carriage, int train, int flight) {
        Map<TransportMode, Duration> duration = new EnumMap<>(TransportMode.class);
        duration.put(TransportMode.BUS, Duration.ofHours(bus));
        duration.put(TransportMode.CARRIAGE, Duration.ofHours(carriage));
        duration.put(TransportMode.TRAIN, Duration.ofHours(train));
        duration.put(TransportMode.FLIGHT, Duration.ofHours(flight));
        return duration;
    }
}
