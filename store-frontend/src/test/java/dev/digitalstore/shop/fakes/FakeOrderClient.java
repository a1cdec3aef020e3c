package dev.digitalstore.shop.fakes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import dev.digitalstore.shop.account.Me;
import dev.digitalstore.shop.backend.BackendProblem;
import dev.digitalstore.shop.backend.BackendProblemException;
import dev.digitalstore.shop.backend.PageOf;
import dev.digitalstore.shop.order.Delivery;
import dev.digitalstore.shop.order.LibraryItem;
import dev.digitalstore.shop.order.Order;
import dev.digitalstore.shop.order.OrderClient;
import dev.digitalstore.shop.order.OrderStatus;

/** Orders, delivery, library and downloads with the API's access rules. */
public class FakeOrderClient implements OrderClient {

	/** A download token the fake answers 410 Gone for. */
	public static final String EXPIRED_DOWNLOAD = "dl-expired";

	private final FakeBackend backend;

	private final FakeOrderBook orders;

	public FakeOrderClient(FakeBackend backend, FakeOrderBook orders) {
		this.backend = backend;
		this.orders = orders;
	}

	@Override
	public Order order(String reference, OrderAccess access) {
		return allowed(reference, access).view();
	}

	@Override
	public Delivery delivery(String reference, OrderAccess access) {
		return allowed(reference, access).delivery();
	}

	@Override
	public PageOf<Order> myOrders(String accessToken, int page, int size) {
		this.backend.check();
		Me me = this.backend.accounts.me(accessToken);
		List<Order> mine = this.orders.all()
			.stream()
			.filter((order) -> Objects.equals(order.ownerId, me.id()))
			.sorted(Comparator.comparing((FakeOrderBook.FakeOrder order) -> order.placedAt).reversed())
			.map(FakeOrderBook.FakeOrder::view)
			.toList();
		return FakePages.of(mine, page, size);
	}

	@Override
	public List<LibraryItem> library(String accessToken) {
		this.backend.check();
		Me me = this.backend.accounts.me(accessToken);
		return this.orders.all()
			.stream()
			.filter((order) -> Objects.equals(order.ownerId, me.id()) && order.status() == OrderStatus.FULFILLED)
			.flatMap((order) -> order.order.lines()
				.stream()
				.map((line) -> new LibraryItem(order.order.reference(), line.productId(), line.title(), line.kind(),
						order.placedAt,
						line.kind().hasDownload() ? new LibraryItem.Download(
								"http://store-backend.invalid/api/downloads/" + order.downloadToken(line),
								order.expiry(), 5) : null,
						line.kind().hasLicenceKey() ? List.of(order.licenceKey(line)) : List.of())))
			.toList();
	}

	@Override
	public void download(String downloadToken, DownloadTarget target) {
		this.backend.check();
		if (EXPIRED_DOWNLOAD.equals(downloadToken)) {
			throw new BackendProblemException.Gone(
					BackendProblem.of(410, "download-expired", "Gone", "This download link has expired."));
		}
		for (FakeOrderBook.FakeOrder order : this.orders.all()) {
			for (Order.Line line : order.order.lines()) {
				if (order.downloadToken(line).equals(downloadToken) && order.status() == OrderStatus.FULFILLED) {
					byte[] body = ("Contents of " + line.title()).getBytes(StandardCharsets.UTF_8);
					try {
						target.write("application/zip", "attachment; filename=\"" + line.slug() + ".zip\"", body.length,
								new ByteArrayInputStream(body));
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
					return;
				}
			}
		}
		throw FakeBackend.notFound("No download " + downloadToken);
	}

	private FakeOrderBook.FakeOrder allowed(String reference, OrderAccess access) {
		this.backend.check();
		FakeOrderBook.FakeOrder order = this.orders.find(reference);
		boolean guest = access.guestToken() != null && access.guestToken().equals(order.guestToken);
		boolean owner = access.bearerToken() != null && order.ownerId != null
				&& this.backend.accounts.me(access.bearerToken()).id() == order.ownerId;
		if (!guest && !owner) {
			throw FakeBackend.notFound("No order " + reference);
		}
		return order;
	}

}
