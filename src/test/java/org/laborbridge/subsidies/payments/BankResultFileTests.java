package org.laborbridge.subsidies.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BankResultFileTests {

    @Test
    void readsQuotedCsvFields() {
        assertThat(BankResultFile.csv("\uFEFFa,\"b,\"\"c\"\"\"\r\n1,2".getBytes(StandardCharsets.UTF_8)))
                .containsExactly(List.of("a", "b,\"c\""), List.of("1", "2"));
    }
}
