package dev.digitalstore.store.delivery;

import java.util.UUID;

import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import dev.digitalstore.store.ApiClient;
import dev.digitalstore.store.StoreIntegrationTest;
import dev.digitalstore.store.support.AdminProducts;
import dev.digitalstore.store.support.GuestPurchases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators graph and alert on is exposed to Prometheus once the store has sold
 * something.
 */
@StoreIntegrationTest
class BusinessMetricsIT {

	@LocalServerPort
	int port;

	@BeforeEach
	void useServer() {
		RestAssured.port = this.port;
	}

	@Test
	void ordersRevenueCheckoutLatencyDownloadsAndOutboxLagAreExposed() {
		String marker = "mx" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		String admin = ApiClient.adminToken();
		long id = AdminProducts.create(admin, "metric-book-" + marker, "Metric book " + marker, "Text", 1234, "ebooks",
				"DOWNLOAD");
		AdminProducts.uploadFile(admin, id, "book.pdf", "application/pdf", AdminProducts.PDF);
		GuestPurchases.Purchase purchase = GuestPurchases.buy(marker + "@metrics.example", id);
		GuestPurchases.awaitStatus(purchase, "FULFILLED");
		RestAssured.get("/api/downloads/{token}", GuestPurchases.deliveryToken(purchase)).then().statusCode(200);

		String metrics = RestAssured.get("/actuator/prometheus").then().statusCode(200).extract().asString();
		assertThat(metrics).contains("store_orders_placed_total", "store_orders_paid_total",
				"store_orders_fulfilled_total", "store_checkout_seconds_bucket", "store_outbox_lag_seconds",
				"store_outbox_pending", "hikaricp_connections_active", "http_server_requests_seconds_bucket");
		assertThat(metrics).containsPattern("store_revenue[a-z_]*\\{[^}]*currency=\"EUR\"[^}]*} [1-9]");
		assertThat(metrics).containsPattern("store_downloads_total\\{[^}]*outcome=\"served\"[^}]*} [1-9]");
	}

}
