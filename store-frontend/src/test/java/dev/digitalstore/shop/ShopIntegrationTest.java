package dev.digitalstore.shop;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole frontend on a random port, with real PostgreSQL sessions and fake backend
 * clients. Use it unchanged (no extra beans or properties per class) so every integration
 * test shares one cached context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestShopConfiguration.class)
@ActiveProfiles("test")
public @interface ShopIntegrationTest {

}
