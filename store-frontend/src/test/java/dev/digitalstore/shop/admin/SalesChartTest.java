package dev.digitalstore.shop.admin;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.digitalstore.shop.backend.Money;

import static org.assertj.core.api.Assertions.assertThat;

class SalesChartTest {

	@Test
	void theBestDayFillsThePlotAndAnEmptyDayHasNoBar() {
		LocalDate day = LocalDate.of(2026, 11, 1);
		SalesChart chart = SalesChart.of(List.of(new SalesStats.Day(day, 0, Money.of(0, "EUR")),
				new SalesStats.Day(day.plusDays(1), 4, Money.of(4000, "EUR")),
				new SalesStats.Day(day.plusDays(2), 2, Money.of(1000, "EUR"))));
		assertThat(chart.bars()).extracting(SalesChart.Bar::height).containsExactly("0.0", "192.0", "48.0");
		assertThat(chart.bars().get(1).y()).isEqualTo("24.0");
		assertThat(chart.ordersLine().split(" ")).hasSize(3);
		assertThat(chart.ordersLine()).startsWith("136.0,216.0 ").contains("360.0,24.0");
		assertThat(chart.maxRevenueMinor()).isEqualTo(4000);
	}

	@Test
	void noDaysMeansNoChart() {
		assertThat(SalesChart.of(List.of()).empty()).isTrue();
	}

}
