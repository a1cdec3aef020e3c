package dev.digitalstore.shop.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.servlet.FlashMap;

import static org.assertj.core.api.Assertions.assertThat;

class FlashCookieCodecTest {

	private final FlashCookieCodec codec = new FlashCookieCodec(JsonMapper.builder().build());

	@Test
	void aNoticeAndWhereItGoesSurviveTheRoundTrip() {
		FlashMap map = flashMap("/orders", new Notice("cart.added", List.of("Kotlin “in” Depth", ""), true));
		map.addTargetRequestParam("page", "2");
		map.addTargetRequestParam("q", "a&b=c");
		map.setExpirationTime(1_700_000_060_000L);

		String value = this.codec.encode(List.of(map)).orElseThrow();
		assertThat(value).matches("[A-Za-z0-9_-]+").hasSizeLessThan(200);

		FlashMap decoded = this.codec.decode(value).get(0);
		assertThat(attributes(decoded)).isEqualTo(map);
		assertThat(decoded.getTargetRequestPath()).isEqualTo("/orders");
		assertThat(decoded.getTargetRequestParams()).containsEntry("page", List.of("2"))
			.containsEntry("q", List.of("a&b=c"));
		assertThat(decoded.getExpirationTime()).isEqualTo(1_700_000_060_000L);
		assertThat(decoded.get(Notice.ATTRIBUTE))
			.isEqualTo(new Notice("cart.added", List.of("Kotlin “in” Depth", ""), true));
	}

	@Test
	void onlyNoticesTravel() {
		FlashMap other = new FlashMap();
		other.put("form", "anything");
		other.setExpirationTime(1L);
		assertThat(this.codec.encode(List.of(other))).isEmpty();

		FlashMap both = flashMap("/cart", new Notice("cart.updated", List.of(), false));
		both.put("form", "anything");
		assertThat(attributes(this.codec.decode(this.codec.encode(List.of(both)).orElseThrow()).get(0)))
			.containsOnlyKeys(Notice.ATTRIBUTE);
	}

	@Test
	void theOldestNoticesAreDroppedRatherThanExceedTheSizeCap() {
		List<FlashMap> maps = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			maps.add(flashMap("/cart/" + i, new Notice("cart.added", List.of("x".repeat(150)), false)));
		}
		String value = this.codec.encode(maps).orElseThrow();
		assertThat(value.length()).isLessThanOrEqualTo(FlashCookieCodec.MAX_VALUE_LENGTH);
		List<FlashMap> kept = this.codec.decode(value);
		assertThat(kept).hasSizeBetween(5, 19);
		assertThat(kept.get(kept.size() - 1).getTargetRequestPath()).as("the newest is kept").isEqualTo("/cart/19");
		assertThat(kept.get(0).getTargetRequestPath()).isEqualTo("/cart/" + (20 - kept.size()));

		FlashMap huge = flashMap("/cart", new Notice("cart.added", List.of("x".repeat(4000)), false));
		assertThat(this.codec.encode(List.of(huge))).as("a notice too big for any cookie").isEmpty();
	}

	@Test
	void anUnreadableOrTamperedValueIsNoNotice() {
		String valid = this.codec.encode(List.of(flashMap("/cart", new Notice("cart.updated", List.of(), false))))
			.orElseThrow();
		assertThat(this.codec.decode(valid)).hasSize(1);

		assertThat(this.codec.decode(null)).isEmpty();
		assertThat(this.codec.decode("")).isEmpty();
		assertThat(this.codec.decode("not base64!")).isEmpty();
		assertThat(this.codec.decode(valid.substring(0, valid.length() - 3))).as("truncated").isEmpty();
		assertThat(this.codec.decode("X" + valid)).as("shifted").isEmpty();
		assertThat(this.codec.decode("A".repeat(FlashCookieCodec.MAX_VALUE_LENGTH + 1))).isEmpty();
		assertThat(this.codec.decode(json("null"))).isEmpty();
		assertThat(this.codec.decode(json("{\"k\":\"cart.updated\"}"))).as("not a list").isEmpty();
		assertThat(this.codec.decode(json("[{\"p\":\"/cart\",\"x\":1,\"k\":\"<script>\"}]"))).as("bad key").isEmpty();
		assertThat(this.codec.decode(json("[{\"p\":\"https://evil.example/\",\"x\":1,\"k\":\"cart.updated\"}]")))
			.as("not a path")
			.isEmpty();
		assertThat(this.codec.decode(json("[{\"p\":\"/cart\",\"k\":\"cart.updated\"}]"))).as("no expiry").isEmpty();
		assertThat(this.codec.decode(json("[{\"p\":\"/cart\",\"x\":1,\"k\":\"cart.updated\",\"a\":[null]}]")))
			.isEmpty();
		assertThat(this.codec.decode(json("[{\"p\":\"/cart\",\"x\":1,\"k\":\"cart.updated\"},7]")))
			.as("one bad entry spoils the cookie")
			.isEmpty();
		assertThat(this.codec.decode(json("[{\"p\":\"/cart\",\"x\":1,\"k\":\"cart.updated\"}]"))).hasSize(1);
	}

	/** A flash map as the map it is (it is comparable too, which confuses AssertJ). */
	private static Map<String, Object> attributes(FlashMap map) {
		return map;
	}

	private static FlashMap flashMap(String path, Notice notice) {
		FlashMap map = new FlashMap();
		map.setTargetRequestPath(path);
		map.put(Notice.ATTRIBUTE, notice);
		map.setExpirationTime(System.currentTimeMillis() + 60_000);
		return map;
	}

	private static String json(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
