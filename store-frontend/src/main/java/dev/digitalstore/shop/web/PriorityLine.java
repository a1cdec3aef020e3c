package dev.digitalstore.shop.web;

import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A fixed number of turns, handed out first come first served, except that anyone in the
 * priority line is served before anyone in the normal line.
 * <p>
 * A fair {@link java.util.concurrent.Semaphore} cannot do this, and two semaphores (one
 * per line) would split the turns instead of ordering them: measured, priority requests
 * then queued behind each other while normal turns sat idle. A lock and a condition per
 * waiter keep it exact; virtual threads park on them without pinning a carrier.
 */
final class PriorityLine {

	private final ReentrantLock lock = new ReentrantLock();

	private final ArrayDeque<Waiter> priority = new ArrayDeque<>();

	private final ArrayDeque<Waiter> normal = new ArrayDeque<>();

	private int free;

	PriorityLine(int turns) {
		if (turns < 1) {
			throw new IllegalArgumentException("at least one turn, not " + turns);
		}
		this.free = turns;
	}

	/**
	 * Takes a turn, waiting at most {@code timeoutNanos} for it.
	 * @return whether the caller has a turn, to {@link #release() give back}
	 */
	boolean acquire(boolean urgent, long timeoutNanos) throws InterruptedException {
		this.lock.lock();
		try {
			boolean nobodyAhead = this.priority.isEmpty() && (urgent || this.normal.isEmpty());
			if (this.free > 0 && nobodyAhead) {
				this.free--;
				return true;
			}
			Waiter waiter = new Waiter(this.lock.newCondition());
			ArrayDeque<Waiter> line = urgent ? this.priority : this.normal;
			line.addLast(waiter);
			long remaining = timeoutNanos;
			try {
				while (!waiter.served) {
					if (remaining <= 0) {
						line.remove(waiter);
						return false;
					}
					remaining = waiter.turn.awaitNanos(remaining);
				}
				return true;
			}
			catch (InterruptedException ex) {
				if (waiter.served) {
					handOn();
				}
				else {
					line.remove(waiter);
				}
				throw ex;
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Gives a turn back: to the first in the priority line, else the first in the normal
	 * one.
	 */
	void release() {
		this.lock.lock();
		try {
			handOn();
		}
		finally {
			this.lock.unlock();
		}
	}

	int free() {
		this.lock.lock();
		try {
			return this.free;
		}
		finally {
			this.lock.unlock();
		}
	}

	/** How many wait in the priority line, or in the normal one. */
	int waiting(boolean urgent) {
		this.lock.lock();
		try {
			return urgent ? this.priority.size() : this.normal.size();
		}
		finally {
			this.lock.unlock();
		}
	}

	private void handOn() {
		Waiter next = this.priority.pollFirst();
		if (next == null) {
			next = this.normal.pollFirst();
		}
		if (next == null) {
			this.free++;
			return;
		}
		next.served = true;
		next.turn.signal();
	}

	private static final class Waiter {

		final Condition turn;

		boolean served;

		Waiter(Condition turn) {
			this.turn = turn;
		}

	}

}
