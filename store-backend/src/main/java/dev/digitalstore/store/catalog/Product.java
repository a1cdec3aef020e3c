package dev.digitalstore.store.catalog;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A product as the admin side writes it. Reads for shoppers go through
 * {@link CatalogQueries}.
 */
@Entity
class Product {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String description;

	@Column(nullable = false)
	private long priceMinor;

	@Column(nullable = false, columnDefinition = "bpchar(3)")
	private String currency;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "category_id")
	private Category category;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, columnDefinition = "text[]")
	private List<String> tags;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProductKind kind;

	private boolean active = true;

	private boolean featured;

	private String coverKey;

	private String coverContentType;

	private String fileKey;

	private String fileName;

	private Long fileSize;

	private String fileContentType;

	@Column(nullable = false, updatable = false)
	private Instant createdAt = Instant.now();

	@Column(nullable = false)
	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	protected Product() {
	}

	Product(ProductDraft draft, Category category, String currency) {
		this.currency = currency;
		apply(draft, category);
	}

	void apply(ProductDraft draft, Category category) {
		this.slug = draft.slug();
		this.title = draft.title();
		this.description = (draft.description() != null) ? draft.description() : "";
		this.priceMinor = draft.priceMinor();
		this.category = category;
		this.tags = (draft.tags() != null) ? List.copyOf(draft.tags()) : List.of();
		this.kind = draft.kind();
		this.featured = draft.featured();
	}

	void setActive(boolean active) {
		this.active = active;
	}

	void attachCover(String key, String contentType) {
		this.coverKey = key;
		this.coverContentType = contentType;
	}

	void attachFile(String key, String name, long size, String contentType) {
		this.fileKey = key;
		this.fileName = name;
		this.fileSize = size;
		this.fileContentType = contentType;
	}

	@PreUpdate
	void touch() {
		this.updatedAt = Instant.now();
	}

	Long id() {
		return this.id;
	}

	String slug() {
		return this.slug;
	}

	String currency() {
		return this.currency;
	}

	ProductKind kind() {
		return this.kind;
	}

	String coverKey() {
		return this.coverKey;
	}

	String fileKey() {
		return this.fileKey;
	}

}
