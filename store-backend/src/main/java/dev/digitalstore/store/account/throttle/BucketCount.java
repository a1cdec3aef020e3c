package dev.digitalstore.store.account.throttle;

import java.time.Instant;

/**
 * One throttle counter as it stands after counting the attempt being decided.
 *
 * @param windowStart when the counter's current window began
 * @param failures failures in that window, this attempt included
 */
record BucketCount(Instant windowStart, int failures) {

}
