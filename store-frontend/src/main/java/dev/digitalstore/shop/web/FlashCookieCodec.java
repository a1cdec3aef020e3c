package dev.digitalstore.shop.web;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.servlet.FlashMap;

/**
 * Flash maps as a cookie value: JSON, base64url. Only {@link Notice}s travel, with what
 * {@code AbstractFlashMapManager} needs to match and expire them (target path and
 * parameters, expiry time). Anything unreadable decodes as no flash map at all, so a
 * tampered cookie can never break a page.
 */
final class FlashCookieCodec {

	/**
	 * Browsers keep 4096 bytes per cookie, name and attributes included; beyond this the
	 * oldest maps are dropped.
	 */
	static final int MAX_VALUE_LENGTH = 3000;

	private static final Logger logger = LoggerFactory.getLogger(FlashCookieCodec.class);

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._-]{1,100}");

	private static final int MAX_ARGS = 10;

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final JsonMapper json;

	FlashCookieCodec(JsonMapper json) {
		this.json = json;
	}

	/**
	 * The cookie value of these maps, without the oldest ones when all do not fit; empty
	 * when nothing is left to carry.
	 */
	Optional<String> encode(List<FlashMap> maps) {
		List<Entry> entries = new ArrayList<>();
		for (FlashMap map : maps) {
			Entry entry = Entry.of(map);
			if (entry != null) {
				entries.add(entry);
			}
		}
		while (!entries.isEmpty()) {
			String value = ENCODER.encodeToString(this.json.writeValueAsBytes(entries));
			if (value.length() <= MAX_VALUE_LENGTH) {
				return Optional.of(value);
			}
			logger.debug("Notice for {} dropped: the cookie would exceed {} characters", entries.get(0).path(),
					MAX_VALUE_LENGTH);
			entries.remove(0);
		}
		return Optional.empty();
	}

	/**
	 * The flash maps of a cookie value; none when it is missing, malformed or tampered.
	 */
	List<FlashMap> decode(String value) {
		if (value == null || value.isEmpty() || value.length() > MAX_VALUE_LENGTH) {
			return List.of();
		}
		try {
			Entry[] entries = this.json.readValue(DECODER.decode(value), Entry[].class);
			List<FlashMap> maps = new ArrayList<>();
			for (Entry entry : (entries != null) ? entries : new Entry[0]) {
				if (entry == null || !entry.valid()) {
					return List.of();
				}
				maps.add(entry.toFlashMap());
			}
			return maps;
		}
		catch (IllegalArgumentException | JacksonException ex) {
			logger.debug("Unreadable notice cookie ignored: {}", ex.getMessage());
			return List.of();
		}
	}

	/** One flash map on the wire; short names keep the cookie small. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Entry(@JsonProperty("p") String path, @JsonProperty("q") Map<String, List<String>> params,
			@JsonProperty("x") Long expires, @JsonProperty("k") String key, @JsonProperty("a") List<String> args,
			@JsonProperty("e") Boolean error) {

		static Entry of(FlashMap map) {
			Object notice = map.get(Notice.ATTRIBUTE);
			if (map.size() > ((notice instanceof Notice) ? 1 : 0)) {
				// A programming error, not the shopper's: say it loudly.
				logger.warn("Flash attributes {} dropped: only a Notice travels in the notice cookie", map.keySet());
			}
			if (!(notice instanceof Notice found)) {
				return null;
			}
			return new Entry(map.getTargetRequestPath(), new LinkedHashMap<>(map.getTargetRequestParams()),
					map.getExpirationTime(), found.key(), found.args(), found.error() ? Boolean.TRUE : null);
		}

		boolean valid() {
			boolean path = this.path == null || (this.path.startsWith("/") && this.path.length() <= 1000);
			boolean params = this.params == null
					|| this.params.values().stream().allMatch((values) -> values != null && !values.contains(null));
			boolean args = this.args == null || (this.args.size() <= MAX_ARGS && !this.args.contains(null));
			boolean key = this.key != null && KEY.matcher(this.key).matches();
			return path && params && args && key && this.expires != null && this.expires > 0;
		}

		FlashMap toFlashMap() {
			FlashMap map = new FlashMap();
			map.setTargetRequestPath(this.path);
			if (this.params != null) {
				this.params
					.forEach((name, values) -> values.forEach((value) -> map.addTargetRequestParam(name, value)));
			}
			map.setExpirationTime(this.expires);
			map.put(Notice.ATTRIBUTE,
					new Notice(this.key, (this.args != null) ? this.args : List.of(), Boolean.TRUE.equals(this.error)));
			return map;
		}

	}

}
