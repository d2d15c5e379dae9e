package org.laborbridge.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborbridge.workshops.WorkshopFigure;

class MonthlyChangesTests {

    @Test
    void aStockBecomesItsChangesPerCountySoThatTheyAddUpToTheStock() {
        List<WorkshopFigure> stock = List.of(
                new WorkshopFigure("433122", YearMonth.of(2026, 1), 2, 30, 20),
                new WorkshopFigure("433122", YearMonth.of(2026, 2), 2, 30, 20),
                new WorkshopFigure("433122", YearMonth.of(2026, 3), 3, 25, 18),
                new WorkshopFigure("433123", YearMonth.of(2026, 2), 1, 12, 12));

        List<FigureRow> employees = MonthlyChanges.of(stock, WorkshopFigure::employees);

        assertThat(employees)
                .containsExactly(
                        new FigureRow("433122", YearMonth.of(2026, 1), 30),
                        new FigureRow("433122", YearMonth.of(2026, 3), -5),
                        new FigureRow("433123", YearMonth.of(2026, 2), 12));
        assertThat(employees.stream().mapToLong(FigureRow::value).sum()).isEqualTo(25 + 12);
    }
}
