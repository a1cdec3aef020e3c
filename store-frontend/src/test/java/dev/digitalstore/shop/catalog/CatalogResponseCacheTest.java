package dev.digitalstore.shop.catalog;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogResponseCacheTest {

	final AtomicLong now = new AtomicLong();

	final CatalogResponseCache cache = new CatalogResponseCache(this.now::get);

	final AtomicInteger requests = new AtomicInteger();

	@Test
	void anAnswerIsReusedWhileTheBackendSaysItIsFreshAndAskedForAgainAfterwards() {
		CacheControl thirtySeconds = CacheControl.maxAge(Duration.ofSeconds(30)).cachePublic();
		assertThat(ask("a", thirtySeconds)).isEqualTo("answer 1");
		advance(Duration.ofSeconds(29));
		assertThat(ask("a", thirtySeconds)).isEqualTo("answer 1");
		advance(Duration.ofSeconds(2));
		assertThat(ask("a", thirtySeconds)).isEqualTo("answer 2");
		assertThat(ask("b", thirtySeconds)).isEqualTo("answer 3");
	}

	@Test
	void anAnswerAlreadyAgedIsKeptOnlyForWhatIsLeftOfItsMaxAge() {
		CacheControl thirtySeconds = CacheControl.maxAge(Duration.ofSeconds(30)).cachePublic();
		assertThat(ask("a", thirtySeconds, "20")).isEqualTo("answer 1");
		advance(Duration.ofSeconds(9));
		assertThat(ask("a", thirtySeconds, "20")).isEqualTo("answer 1");
		advance(Duration.ofSeconds(2));
		assertThat(ask("a", thirtySeconds, "20")).as("30 s after the backend read it").isEqualTo("answer 2");

		assertThat(ask("old", thirtySeconds, "30")).isEqualTo("answer 3");
		assertThat(ask("old", thirtySeconds, "30")).as("no freshness left").isEqualTo("answer 4");
		assertThat(ask("odd", thirtySeconds, "soon")).isEqualTo("answer 5");
		assertThat(ask("odd", thirtySeconds, "soon")).as("an Age that is not a number: not kept").isEqualTo("answer 6");
		assertThat(ask("huge", thirtySeconds, "99999999999")).isEqualTo("answer 7");
		assertThat(ask("huge", thirtySeconds, "99999999999")).as("a huge Age: not kept").isEqualTo("answer 8");
		CacheControl hour = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();
		assertThat(ask("capped", hour, "25")).isEqualTo("answer 9");
		advance(Duration.ofSeconds(5).plusMillis(1));
		assertThat(ask("capped", hour, "25")).as("30 s at most in all, whatever the max-age").isEqualTo("answer 10");
	}

	@Test
	void theTimeTheBackendTookToAnswerCountsAsAge() {
		CacheControl thirtySeconds = CacheControl.maxAge(Duration.ofSeconds(30)).cachePublic();
		this.cache.get("slow", () -> {
			advance(Duration.ofSeconds(4));
			return ResponseEntity.ok().cacheControl(thirtySeconds).body("slow answer");
		});
		advance(Duration.ofSeconds(26).plusMillis(1));
		assertThat(ask("slow", thirtySeconds)).isEqualTo("answer 1");
	}

	@Test
	void answersTheBackendForbidsToStoreAreNeverReused() {
		assertThat(ask("a", CacheControl.noStore())).isEqualTo("answer 1");
		assertThat(ask("a", CacheControl.noStore())).isEqualTo("answer 2");
		assertThat(ask("p", CacheControl.maxAge(Duration.ofSeconds(30)).cachePrivate())).isEqualTo("answer 3");
		assertThat(ask("p", CacheControl.maxAge(Duration.ofSeconds(30)).cachePrivate())).isEqualTo("answer 4");
		assertThat(ask("n", null)).isEqualTo("answer 5");
		assertThat(ask("n", null)).isEqualTo("answer 6");
	}

	@Test
	void aLongMaxAgeIsCappedAndClearingForgetsEverything() {
		CacheControl hour = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();
		assertThat(ask("a", hour)).isEqualTo("answer 1");
		advance(CatalogResponseCache.MAX_AGE.plusSeconds(1));
		assertThat(ask("a", hour)).isEqualTo("answer 2");
		this.cache.clear();
		assertThat(ask("a", hour)).isEqualTo("answer 3");
	}

	@Test
	void anAnswerRequestedBeforeAClearIsNotKeptAfterIt() {
		CacheControl thirtySeconds = CacheControl.maxAge(Duration.ofSeconds(30)).cachePublic();
		String inFlight = this.cache.get("a", () -> {
			this.cache.clear(); // an admin change lands while the backend answers
			return ResponseEntity.ok().cacheControl(thirtySeconds).body("before the change");
		});
		assertThat(inFlight).isEqualTo("before the change");
		assertThat(ask("a", thirtySeconds)).isEqualTo("answer 1");
		assertThat(ask("a", thirtySeconds)).isEqualTo("answer 1");
	}

	private String ask(String key, CacheControl cacheControl) {
		return ask(key, cacheControl, null);
	}

	private String ask(String key, CacheControl cacheControl, String age) {
		return this.cache.get(key, () -> {
			ResponseEntity.BodyBuilder response = ResponseEntity.ok();
			if (cacheControl != null) {
				response.cacheControl(cacheControl);
			}
			if (age != null) {
				response.header("Age", age);
			}
			return response.body("answer " + this.requests.incrementAndGet());
		});
	}

	private void advance(Duration duration) {
		this.now.addAndGet(duration.toNanos());
	}

}
