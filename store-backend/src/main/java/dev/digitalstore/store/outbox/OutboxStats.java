package dev.digitalstore.store.outbox;

/** The outbox at a glance, for dashboards and the admin's health panel. */
public record OutboxStats(long pending, long oldestPendingSeconds, long parked) {

}
