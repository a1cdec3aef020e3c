package dev.digitalstore.store.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/**
 * Real, small files for the demo catalog, made on the fly so the repository holds no
 * binaries: an EPUB that e-readers open, a PDF, a WAV that plays, a ZIP, and a PNG cover.
 */
final class DemoFiles {

	private DemoFiles() {
	}

	static byte[] epub(String title, String text) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			// The EPUB spec wants "mimetype" first and stored uncompressed.
			byte[] mimetype = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
			ZipEntry entry = new ZipEntry("mimetype");
			entry.setMethod(ZipEntry.STORED);
			entry.setSize(mimetype.length);
			CRC32 crc = new CRC32();
			crc.update(mimetype);
			entry.setCrc(crc.getValue());
			zip.putNextEntry(entry);
			zip.write(mimetype);
			zip.closeEntry();
			put(zip, "META-INF/container.xml",
					"""
							<?xml version="1.0"?>
							<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
							  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
							</container>
							""");
			put(zip, "OEBPS/content.opf", """
					<?xml version="1.0" encoding="UTF-8"?>
					<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
					  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
					    <dc:identifier id="id">urn:digital-store:demo:%s</dc:identifier>
					    <dc:title>%s</dc:title><dc:language>en</dc:language>
					    <meta property="dcterms:modified">2026-01-01T00:00:00Z</meta>
					  </metadata>
					  <manifest>
					    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
					    <item id="c1" href="chapter1.xhtml" media-type="application/xhtml+xml"/>
					  </manifest>
					  <spine><itemref idref="c1"/></spine>
					</package>
					""".formatted(Integer.toHexString(title.hashCode()), xml(title)));
			put(zip, "OEBPS/nav.xhtml",
					"""
							<?xml version="1.0" encoding="UTF-8"?>
							<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>%s</title></head>
							<body><nav epub:type="toc"><ol><li><a href="chapter1.xhtml">Chapter 1</a></li></ol></nav></body></html>
							"""
						.formatted(xml(title)));
			put(zip, "OEBPS/chapter1.xhtml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<html xmlns="http://www.w3.org/1999/xhtml"><head><title>%s</title></head>
					<body><h1>%s</h1><p>%s</p></body></html>
					""".formatted(xml(title), xml(title), xml(text)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static byte[] zip(String title, String text) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			put(zip, "README.txt", title + "\n\n" + text + "\n\nActivate it with the licence key from your order.\n");
			put(zip, "bin/run.sh", "#!/bin/sh\necho \"" + title.replace("\"", "") + " is running.\"\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * A one-page PDF with the title and text, offsets computed so readers need no repair.
	 */
	static byte[] pdf(String title, String text) {
		String content = "BT /F1 20 Tf 72 720 Td (" + pdfText(title) + ") Tj /F1 12 Tf 0 -32 Td (" + pdfText(text)
				+ ") Tj ET";
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
						+ " /Resources << /Font << /F1 5 0 R >> >> >>",
				"<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
		offsets.forEach((offset) -> pdf.append(String.format("%010d 00000 n \n", offset)));
		pdf.append("trailer\n<< /Size ")
			.append(objects.size() + 1)
			.append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref)
			.append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	/** A few seconds of a gentle arpeggio, 16-bit mono PCM. */
	static byte[] wav(int seed) {
		int rate = 22050;
		double[] notes = { 261.63, 329.63, 392.00, 523.25 };
		int samplesPerNote = rate / 2;
		int samples = samplesPerNote * notes.length;
		ByteBuffer data = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
		data.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples * 2);
		data.put("WAVE".getBytes(StandardCharsets.US_ASCII)).put("fmt ".getBytes(StandardCharsets.US_ASCII));
		data.putInt(16)
			.putShort((short) 1)
			.putShort((short) 1)
			.putInt(rate)
			.putInt(rate * 2)
			.putShort((short) 2)
			.putShort((short) 16);
		data.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples * 2);
		for (int i = 0; i < samples; i++) {
			double frequency = notes[(i / samplesPerNote + seed) % notes.length];
			double envelope = 1.0 - (i % samplesPerNote) / (double) samplesPerNote;
			data.putShort((short) (Math.sin(2 * Math.PI * frequency * i / rate) * envelope * 9000));
		}
		return data.array();
	}

	static byte[] coverPng(String title, String category, int seed) {
		BufferedImage image = new BufferedImage(480, 640, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			Color top = Color.getHSBColor((seed * 0.13f) % 1f, 0.55f, 0.55f);
			Color bottom = Color.getHSBColor((seed * 0.13f + 0.1f) % 1f, 0.65f, 0.25f);
			g.setPaint(new GradientPaint(0, 0, top, 0, 640, bottom));
			g.fillRect(0, 0, 480, 640);
			g.setColor(Color.WHITE);
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 38));
			int y = 200;
			for (String line : wrap(title, 18)) {
				g.drawString(line, 40, y);
				y += 48;
			}
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
			g.drawString(category.toUpperCase(), 40, 590);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static List<String> wrap(String text, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			if (line.length() > 0 && line.length() + word.length() + 1 > width) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append((line.length() > 0) ? " " : "").append(word);
		}
		lines.add(line.toString());
		return lines;
	}

	private static void put(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	/** PDF base-14 fonts speak Latin-1; parentheses and backslashes are escaped. */
	private static String pdfText(String text) {
		return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").replaceAll("[^\\x20-\\xFF]", "?");
	}

}
