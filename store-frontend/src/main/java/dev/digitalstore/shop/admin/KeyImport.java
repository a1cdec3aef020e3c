package dev.digitalstore.shop.admin;

/**
 * The outcome of a licence-key import: how many keys were added, how many are left to
 * sell.
 */
public record KeyImport(long imported, long available) {
}
