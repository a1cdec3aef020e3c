package dev.digitalstore.store.delivery;

import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.digitalstore.store.assets.AssetDelivery;
import dev.digitalstore.store.assets.AssetNotFoundException;
import dev.digitalstore.store.assets.AssetStorage;
import dev.digitalstore.store.catalog.CatalogApi;
import dev.digitalstore.store.catalog.ProductFile;
import dev.digitalstore.store.delivery.DownloadUnavailableException.Reason;
import dev.digitalstore.store.shared.web.NotFoundException;

/**
 * Serves a download link: one use is counted by a conditional update (so parallel clicks
 * can never exceed the limit), then the file is handed over. A file that cannot be found
 * rolls the count back with the transaction.
 */
@Service
class Downloads {

	private final DownloadGrants grants;

	private final CatalogApi catalog;

	private final AssetStorage storage;

	private final MeterRegistry meters;

	Downloads(DownloadGrants grants, CatalogApi catalog, AssetStorage storage, MeterRegistry meters) {
		this.grants = grants;
		this.catalog = catalog;
		this.storage = storage;
		this.meters = meters;
	}

	@Transactional
	Served redeem(String token) {
		byte[] hash = DownloadTokens.hash(token);
		Long productId = this.grants.redeem(hash).orElseThrow(() -> refusal(hash));
		try {
			ProductFile file = this.catalog.file(productId)
				.orElseThrow(() -> new AssetNotFoundException("product " + productId));
			AssetDelivery delivery = this.storage.deliver(file.storageKey(), file.fileName(), file.contentType());
			this.meters.counter("store.downloads", "outcome", "served").increment();
			return new Served(delivery, file);
		}
		catch (AssetNotFoundException ex) {
			this.meters.counter("store.downloads", "outcome", "missing_file").increment();
			throw ex;
		}
	}

	private RuntimeException refusal(byte[] hash) {
		DownloadGrants.GrantRow grant = this.grants.findByHash(hash).orElse(null);
		if (grant == null) {
			this.meters.counter("store.downloads", "outcome", "unknown").increment();
			return new NotFoundException("Download");
		}
		Reason reason = (grant.revokedAt() != null) ? Reason.REVOKED
				: grant.expiresAt().isBefore(Instant.now()) ? Reason.EXPIRED : Reason.EXHAUSTED;
		this.meters.counter("store.downloads", "outcome", reason.name().toLowerCase()).increment();
		return new DownloadUnavailableException(reason);
	}

	/** The file to hand over, and how. */
	record Served(AssetDelivery delivery, ProductFile file) {
	}

}
