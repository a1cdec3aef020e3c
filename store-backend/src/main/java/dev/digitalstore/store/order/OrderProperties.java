package dev.digitalstore.store.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Order settings.
 *
 * @param accessTokenSecret key of the HMAC that derives each order's guest access token
 * from its reference; changing it invalidates every link already sent
 */
@Validated
@ConfigurationProperties("store.order")
record OrderProperties(@NotBlank @Size(min = 32) String accessTokenSecret) {

}
