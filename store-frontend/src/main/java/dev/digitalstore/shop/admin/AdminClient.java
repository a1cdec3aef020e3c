package dev.digitalstore.shop.admin;

import dev.digitalstore.shop.backend.PageOf;
import dev.digitalstore.shop.order.Order;

/** The store API's admin endpoints; every call carries an ADMIN's access token. */
public interface AdminClient {

	PageOf<AdminProduct> products(String accessToken, String q, int page, int size);

	AdminProduct product(String accessToken, long id);

	AdminProduct create(String accessToken, ProductCommand command);

	AdminProduct update(String accessToken, long id, ProductCommand command);

	AdminProduct setActive(String accessToken, long id, boolean active);

	AdminProduct uploadFile(String accessToken, long id, Upload file);

	AdminProduct uploadCover(String accessToken, long id, Upload cover);

	/** Adds keys, one a line; duplicates reject the whole import. */
	KeyImport importKeys(String accessToken, long id, String csv);

	PageOf<Order> orders(String accessToken, String q, String status, int page, int size);

	Order order(String accessToken, String reference);

	Order refund(String accessToken, String reference);

	SalesStats stats(String accessToken, int days);

}
