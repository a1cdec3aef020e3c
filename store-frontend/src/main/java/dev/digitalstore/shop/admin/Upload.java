package dev.digitalstore.shop.admin;

import org.springframework.core.io.InputStreamSource;

/** A file an admin uploads, forwarded to the API as it streams in. */
public record Upload(String filename, String contentType, long size, InputStreamSource content) {
}
