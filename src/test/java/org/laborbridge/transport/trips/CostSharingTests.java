package org.laborbridge.transport.trips;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.laborbridge.shared.Money;
import org.laborbridge.workers.WorkerId;

class CostSharingTests {

    private final CostSharing sharing = new CostSharing();

    @Property
    void sharesAddUpToTheTotalAndDifferByAtMostOneFen(
            @ForAll @LongRange(min = 0, max = 100_000_000_000L) long totalFen,
            @ForAll @IntRange(min = 1, max = 1000) int travellers,
            @ForAll long seed) {
        List<WorkerId> workers = workers(travellers, seed);

        Map<WorkerId, Money> shares = sharing.share(Money.ofFen(totalFen), workers);

        assertThat(shares).hasSize(travellers);
        assertThat(shares.values().stream().mapToLong(Money::fen).sum()).isEqualTo(totalFen);
        long max = shares.values().stream().mapToLong(Money::fen).max().orElseThrow();
        long min = shares.values().stream().mapToLong(Money::fen).min().orElseThrow();
        assertThat(max - min).isLessThanOrEqualTo(1);
    }

    @Property
    void theSameTravellersSplitTheSameWayInAnyOrder(
            @ForAll @LongRange(min = 0, max = 10_000_000) long totalFen,
            @ForAll @IntRange(min = 1, max = 60) int travellers,
            @ForAll long seed) {
        List<WorkerId> workers = workers(travellers, seed);
        List<WorkerId> shuffled = new ArrayList<>(workers);
        Collections.shuffle(shuffled, new Random(seed + 1));

        assertThat(sharing.share(Money.ofFen(totalFen), shuffled))
                .containsExactlyEntriesOf(sharing.share(Money.ofFen(totalFen), workers));
    }

    @Test
    void theRemainderGoesToTheFirstTravellersByWorkerId() {
        WorkerId first = worker("00000000-0000-0000-0000-000000000001");
        WorkerId second = worker("00000000-0000-0000-0000-000000000002");
        WorkerId third = worker("f0000000-0000-0000-0000-000000000003");

        Map<WorkerId, Money> shares = sharing.share(Money.ofYuan("9000.02"), List.of(third, second, first));

        assertThat(shares)
                .containsExactly(
                        Map.entry(first, Money.ofFen(300_001)),
                        Map.entry(second, Money.ofFen(300_001)),
                        Map.entry(third, Money.ofFen(300_000)));
    }

    @Test
    void ordersIdsAsTextAsTheDatabaseDoesNotAsSignedNumbers() {
        // UUID.compareTo compares signed halves and would put the f… id first.
        WorkerId low = worker("10000000-0000-0000-0000-000000000000");
        WorkerId high = worker("f0000000-0000-0000-0000-000000000000");

        assertThat(sharing.share(Money.ofFen(3), List.of(high, low)).keySet()).containsExactly(low, high);
    }

    @Test
    void nobodyOnBoardSharesNothing() {
        assertThat(sharing.share(Money.ofYuan("9000"), List.of())).isEmpty();
    }

    private static List<WorkerId> workers(int count, long seed) {
        Random random = new Random(seed);
        List<WorkerId> workers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            workers.add(new WorkerId(new UUID(random.nextLong(), random.nextLong())));
        }
        return workers;
    }

    private static WorkerId worker(String id) {
        return new WorkerId(UUID.fromString(id));
    }
}
