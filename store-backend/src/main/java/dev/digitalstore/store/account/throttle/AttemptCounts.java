package dev.digitalstore.store.account.throttle;

/**
 * The three counters a sign-in attempt is checked against.
 *
 * @param accountAndAddress this account from this client address
 * @param address this client address, all accounts
 * @param account this account, all client addresses
 */
record AttemptCounts(BucketCount accountAndAddress, BucketCount address, BucketCount account) {

}
