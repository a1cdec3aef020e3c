package dev.digitalstore.store.account;

/** A customer as other features see it. */
public record CustomerProfile(long id, String email, String displayName, boolean admin) {

}
