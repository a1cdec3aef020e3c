package dev.digitalstore.store.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Counts the SQL statements run while serving requests that carry {@link #HEADER}:
 * background jobs (outbox, reconciliation) run on other threads and are not counted, so a
 * test sees exactly what one request costs.
 */
public class StatementCounter implements QueryExecutionListener {

	public static final String HEADER = "X-Test-Count-Statements";

	private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

	private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

	static void startCounting(String id) {
		CURRENT.set(id);
	}

	static void stopCounting() {
		CURRENT.remove();
	}

	/** Statements run for requests tagged with this id so far. */
	public int count(String id) {
		AtomicInteger count = this.counts.get(id);
		return (count != null) ? count.get() : 0;
	}

	@Override
	public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
		String id = CURRENT.get();
		if (id != null) {
			this.counts.computeIfAbsent(id, (key) -> new AtomicInteger()).addAndGet(queryInfoList.size());
		}
	}

	@Override
	public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
	}

}
