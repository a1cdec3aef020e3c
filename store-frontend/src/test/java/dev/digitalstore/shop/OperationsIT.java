package dev.digitalstore.shop;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import dev.digitalstore.shop.pages.ShopHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** Probes and metrics as Kubernetes and Prometheus see them. */
@ShopIntegrationTest
class OperationsIT {

	@LocalServerPort
	int port;

	@Test
	void livenessAndReadinessAreSeparateAndReadinessChecksTheDatabase() {
		ShopHttp http = new ShopHttp("http://localhost:" + this.port);
		HttpResponse<String> liveness = http.get("/actuator/health/liveness");
		assertThat(liveness.statusCode()).isEqualTo(200);
		assertThat(liveness.body()).contains("\"status\":\"UP\"").doesNotContain("\"db\"");
		HttpResponse<String> readiness = http.get("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"db\":{\"status\":\"UP\"");
	}

	@Test
	void requestMetricsAreTaggedByRouteTemplateAndOtherEndpointsAreHidden() {
		ShopHttp http = new ShopHttp("http://localhost:" + this.port);
		http.get("/products/kotlin-in-depth");
		String metrics = http.get("/actuator/prometheus").body();
		assertThat(metrics).contains("uri=\"/products/{slug}\"").doesNotContain("uri=\"/products/kotlin-in-depth\"");
		assertThat(metrics).as("the request line, the shop's saturation signal")
			.contains("shop_requests_waiting{application=\"store-frontend\",line=\"purchase\"}",
					"shop_requests_waiting{application=\"store-frontend\",line=\"browse\"}",
					"shop_requests_rejected_total{application=\"store-frontend\",line=\"browse\"}");
		assertThat(http.get("/actuator/env").statusCode()).isNotEqualTo(200);
		assertThat(http.get("/actuator/heapdump").statusCode()).isNotEqualTo(200);
	}

}
