import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The mail relay of the run: accepts SMTP on loopback and discards the messages, so the store sends its
 * confirmation e-mails as in production (SMTP) without a real relay. Prints how many it took at the end.
 *
 * <pre>
 * java SmtpSink PORT
 * </pre>
 */
public class SmtpSink {

	private static final AtomicLong MESSAGES = new AtomicLong();

	public static void main(String[] args) throws IOException {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("messages " + MESSAGES.get())));
		try (ServerSocket server = new ServerSocket(Integer.parseInt(args[0]), 50, InetAddress.getLoopbackAddress())) {
			while (true) {
				Socket socket = server.accept();
				Thread.ofVirtual().start(() -> session(socket));
			}
		}
	}

	private static void session(Socket socket) {
		try (socket;
				BufferedReader in = new BufferedReader(
						new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
				OutputStream out = socket.getOutputStream()) {
			reply(out, "220 bench-sink ESMTP");
			String line;
			while ((line = in.readLine()) != null) {
				String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
				switch (command) {
					case "EHLO" -> reply(out, "250-bench-sink\r\n250 8BITMIME");
					case "DATA" -> {
						reply(out, "354 end with <CRLF>.<CRLF>");
						while ((line = in.readLine()) != null && !line.equals(".")) {
							// discarded
						}
						MESSAGES.incrementAndGet();
						reply(out, "250 queued");
					}
					case "QUIT" -> {
						reply(out, "221 bye");
						return;
					}
					default -> reply(out, "250 ok");
				}
			}
		}
		catch (IOException ex) {
			// the client went away
		}
	}

	private static void reply(OutputStream out, String text) throws IOException {
		out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

}
