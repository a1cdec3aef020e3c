package dev.digitalstore.store.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A TCP relay between the store and its PostgreSQL that can be frozen: bytes stop flowing
 * both ways, exactly what a paused or unreachable database looks like to a client (no
 * error, no answer).
 */
public final class FreezableProxy implements AutoCloseable {

	private final ServerSocket server;

	private final InetSocketAddress target;

	private final AtomicBoolean frozen = new AtomicBoolean();

	private final Object thaw = new Object();

	private FreezableProxy(InetSocketAddress target) throws IOException {
		this.target = target;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "db-proxy-accept");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	public static FreezableProxy to(String host, int port) {
		try {
			return new FreezableProxy(new InetSocketAddress(host, port));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public int port() {
		return this.server.getLocalPort();
	}

	public void freeze() {
		this.frozen.set(true);
	}

	public void thaw() {
		synchronized (this.thaw) {
			this.frozen.set(false);
			this.thaw.notifyAll();
		}
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				Socket upstream = new Socket(this.target.getAddress(), this.target.getPort());
				pump(client, upstream);
				pump(upstream, client);
			}
			catch (IOException ex) {
				// closed, or the database refused: the client sees its connection fail
			}
		}
	}

	private void pump(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[16384];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
					waitWhileFrozen();
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException | InterruptedException ex) {
				// one side went away
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		}, "db-proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

	private void waitWhileFrozen() throws InterruptedException {
		synchronized (this.thaw) {
			while (this.frozen.get()) {
				this.thaw.wait();
			}
		}
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

	@Override
	public void close() throws IOException {
		this.server.close();
	}

}
