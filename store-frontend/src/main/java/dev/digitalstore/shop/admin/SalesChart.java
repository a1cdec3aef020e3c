package dev.digitalstore.shop.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The dashboard's chart as SVG geometry, computed on the server: a bar per day for the
 * revenue and a line for the number of orders. No script, no inline style.
 */
public record SalesChart(int width, int height, List<Bar> bars, String ordersLine, long maxRevenueMinor,
		long maxOrders) {

	static final int WIDTH = 720;

	static final int HEIGHT = 240;

	static final int PADDING = 24;

	public static SalesChart of(List<SalesStats.Day> days) {
		long maxRevenue = Math.max(1, days.stream().mapToLong((day) -> day.revenue().amountMinor()).max().orElse(1));
		long maxOrders = Math.max(1, days.stream().mapToLong(SalesStats.Day::orders).max().orElse(1));
		double plotHeight = HEIGHT - 2.0 * PADDING;
		double slot = (WIDTH - 2.0 * PADDING) / Math.max(1, days.size());
		List<Bar> bars = new ArrayList<>();
		List<String> points = new ArrayList<>();
		for (int i = 0; i < days.size(); i++) {
			SalesStats.Day day = days.get(i);
			double x = PADDING + i * slot;
			double barHeight = plotHeight * day.revenue().amountMinor() / maxRevenue;
			bars.add(new Bar(round(x + slot * 0.15), round(HEIGHT - PADDING - barHeight), round(slot * 0.7),
					round(barHeight), day));
			double y = HEIGHT - PADDING - plotHeight * day.orders() / maxOrders;
			points.add(round(x + slot / 2) + "," + round(y));
		}
		return new SalesChart(WIDTH, HEIGHT, List.copyOf(bars), points.stream().collect(Collectors.joining(" ")),
				maxRevenue, maxOrders);
	}

	public String viewBox() {
		return "0 0 " + this.width + " " + this.height;
	}

	public int baseline() {
		return HEIGHT - PADDING;
	}

	public int left() {
		return PADDING;
	}

	public int right() {
		return WIDTH - PADDING;
	}

	public boolean empty() {
		return this.bars.isEmpty();
	}

	private static String round(double value) {
		return String.valueOf(Math.round(value * 10) / 10.0);
	}

	/** One day's revenue bar. */
	public record Bar(String x, String y, String width, String height, SalesStats.Day day) {
	}

}
