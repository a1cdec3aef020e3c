/**
 * The demo catalog for local runs. Seed data: it writes the catalog and licence-key
 * tables directly, as a migration would, and is never enabled in production.
 */
package dev.digitalstore.store.demo;
