package org.laborbridge.transport.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborbridge.transport.planning.Plans.tariff;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.laborbridge.shared.Money;
import org.laborbridge.transport.TransportMode;

class CheapestVehicleMixTests {

    final CheapestVehicleMix standard = new CheapestVehicleMix(Plans.standardTariffs());

    @Test
    void fortyNinePeopleTakeOneBus() {
        assertThat(standard.forSeats(49).vehicles()).isEqualTo(Map.of(TransportMode.BUS, 1));
    }

    @Test
    void sixtyPeopleTakeACarriageWhenItCostsLessThanTwoBuses() {
        CheapestVehicleMix.Mix mix = standard.forSeats(60);

        assertThat(mix.vehicles()).isEqualTo(Map.of(TransportMode.CARRIAGE, 1));
        assertThat(mix.cost()).isEqualTo(Money.ofYuan("15000"));
    }

    @Test
    void sixtyPeopleTakeTwoBusesWhenTheCarriageCostsMore() {
        CheapestVehicleMix dearCarriage = new CheapestVehicleMix(
                List.of(tariff(TransportMode.BUS, 50, "8000"), tariff(TransportMode.CARRIAGE, 118, "20000")));

        assertThat(dearCarriage.forSeats(60).vehicles()).isEqualTo(Map.of(TransportMode.BUS, 2));
    }

    @Test
    void mixesModesWhenThatIsCheapest() {
        // 1,050 = one train and one bus (108,000), cheaper than two trains or nine carriages.
        CheapestVehicleMix.Mix mix = standard.forSeats(1_050);

        assertThat(mix.vehicles()).isEqualTo(Map.of(TransportMode.TRAIN, 1, TransportMode.BUS, 1));
        assertThat(mix.cost()).isEqualTo(Money.ofYuan("108000"));
    }

    @Test
    void prefersMoreSeatsAtTheSamePrice() {
        CheapestVehicleMix mix = new CheapestVehicleMix(
                List.of(tariff(TransportMode.BUS, 50, "8000"), tariff(TransportMode.CARRIAGE, 118, "8000")));

        assertThat(mix.forSeats(30).vehicles()).isEqualTo(Map.of(TransportMode.CARRIAGE, 1));
    }

    @Property
    void seatsEveryoneAndCostsNoMoreThanAnySingleMode(@ForAll @IntRange(min = 1, max = 3_000) int people) {
        CheapestVehicleMix.Mix mix = standard.forSeats(people);

        assertThat(mix.seats()).isGreaterThanOrEqualTo(people);
        long seats = 0;
        long cost = 0;
        for (ModeTariff tariff : Plans.standardTariffs()) {
            int count = mix.vehicles().getOrDefault(tariff.mode(), 0);
            seats += (long) count * tariff.seats();
            cost += count * tariff.pricePerVehicle().fen();
            long alone = (people + tariff.seats() - 1)
                    / tariff.seats()
                    * tariff.pricePerVehicle().fen();
            assertThat(mix.cost().fen()).isLessThanOrEqualTo(alone);
        }
        assertThat(seats).isEqualTo(mix.seats());
        assertThat(cost).isEqualTo(mix.cost().fen());
    }
}
