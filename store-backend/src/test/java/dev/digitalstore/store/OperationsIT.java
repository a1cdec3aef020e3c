package dev.digitalstore.store;

import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@StoreIntegrationTest
class OperationsIT {

	@LocalServerPort
	int port;

	@BeforeEach
	void useServer() {
		RestAssured.port = this.port;
	}

	@Test
	void livenessAndReadinessAreSeparateGroups() {
		RestAssured.get("/actuator/health/liveness").then().statusCode(200).body("status", equalTo("UP"));
		RestAssured.get("/actuator/health/readiness")
			.then()
			.statusCode(200)
			.body("status", equalTo("UP"))
			.body("components.db.status", equalTo("UP"));
	}

	@Test
	void prometheusMetricsAreExposedButOtherActuatorEndpointsAreNot() {
		RestAssured.get("/actuator/prometheus").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
		RestAssured.get("/actuator/env").then().statusCode(401);
		RestAssured.get("/actuator/heapdump").then().statusCode(401);
	}

	@Test
	void openApiDocumentDescribesTheApi() {
		RestAssured.get("/v3/api-docs").then().statusCode(200).body("openapi", containsString("3."));
	}

}
