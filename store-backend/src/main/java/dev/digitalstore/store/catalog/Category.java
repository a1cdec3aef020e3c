package dev.digitalstore.store.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
class Category {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String name;

	private String nameFr;

	private int position;

	protected Category() {
	}

	Category(String slug, String name, String nameFr, int position) {
		this.slug = slug;
		this.name = name;
		this.nameFr = nameFr;
		this.position = position;
	}

	Long id() {
		return this.id;
	}

	String slug() {
		return this.slug;
	}

}
