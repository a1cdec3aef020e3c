package dev.digitalstore.store.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo files are real files that their readers open, not bytes with the right
 * extension.
 */
class DemoFilesTest {

	@Test
	void epubStartsWithAnUncompressedMimetypeAndHasItsPackage() throws Exception {
		List<String> names = new ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(DemoFiles.epub("Book", "Text")))) {
			ZipEntry first = zip.getNextEntry();
			assertThat(first.getName()).isEqualTo("mimetype");
			assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
			assertThat(new String(zip.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("application/epub+zip");
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		assertThat(names).contains("META-INF/container.xml", "OEBPS/content.opf", "OEBPS/chapter1.xhtml");
	}

	@Test
	void pdfCrossReferenceOffsetsPointAtTheirObjects() {
		String pdf = new String(DemoFiles.pdf("Course (intro)", "Lesson one"), StandardCharsets.ISO_8859_1);
		assertThat(pdf).startsWith("%PDF-1.4").endsWith("%%EOF\n");
		int xref = Integer.parseInt(pdf.substring(pdf.lastIndexOf("startxref\n") + 10, pdf.lastIndexOf("\n%%EOF")));
		assertThat(pdf.substring(xref)).startsWith("xref\n");
		Matcher entries = Pattern.compile("(\\d{10}) 00000 n ").matcher(pdf);
		int object = 1;
		while (entries.find()) {
			assertThat(pdf.substring(Integer.parseInt(entries.group(1)))).startsWith(object + " 0 obj");
			object++;
		}
		assertThat(object - 1).isEqualTo(5);
	}

	@Test
	void wavIsReadableAudio() throws Exception {
		try (AudioInputStream audio = AudioSystem.getAudioInputStream(new ByteArrayInputStream(DemoFiles.wav(1)))) {
			assertThat(audio.getFormat().getSampleRate()).isEqualTo(22050f);
			assertThat(audio.getFrameLength()).isEqualTo(22050 * 2);
		}
	}

	@Test
	void coverIsAPortraitPng() throws Exception {
		var image = ImageIO.read(new ByteArrayInputStream(DemoFiles.coverPng("A long title that wraps", "ebooks", 3)));
		assertThat(image.getWidth()).isEqualTo(480);
		assertThat(image.getHeight()).isEqualTo(640);
	}

	@Test
	void demoCatalogHasFortyProductsOrMoreInEveryDepartmentWithUniqueSlugs() {
		assertThat(DemoCatalog.PRODUCTS).hasSizeGreaterThanOrEqualTo(40);
		assertThat(DemoCatalog.PRODUCTS.stream().map(DemoProduct::slug).distinct()).hasSameSizeAs(DemoCatalog.PRODUCTS);
		assertThat(DemoCatalog.PRODUCTS.stream().map(DemoProduct::category).distinct())
			.containsExactlyInAnyOrder("ebooks", "software", "music", "courses");
		assertThat(DemoCatalog.PRODUCTS.stream().map(DemoProduct::kind).distinct())
			.containsExactlyInAnyOrder("DOWNLOAD", "LICENCE_KEY", "DOWNLOAD_AND_KEY");
	}

}
