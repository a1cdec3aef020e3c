import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what PostgreSQL logged (log_min_duration_statement = 0) while the harness issued ONE request into a
 * pgbench script that replays exactly those statements, in order, with the same constants, except the
 * values named on the command line ("value=expression", or "~regex=expression"), which become pgbench
 * expressions of random variables.
 *
 * <pre>
 * java Replay LOG FROM-TO USER BASELINE OUT [value=expression ...]
 * </pre>
 *
 * BASELINE is a log extract of a quiet moment: its transactions (the outbox relay's polls and the like) ran
 * while no request did, and a transaction that starts like one of them is someone else's and is left out.
 * Prints the statements kept to stderr.
 */
public class Replay {

	private static final Pattern ENTRY = Pattern
		.compile("^\\d{4}-\\d\\d-\\d\\d [\\d:.]+ \\w+ \\[(\\d+)\\] (\\S*)@\\S* (LOG|DETAIL|ERROR|STATEMENT|WARNING|HINT|CONTEXT):  (.*)$");

	private static final Pattern STATEMENT = Pattern
		.compile("^duration: [\\d.]+ ms  (statement|execute [^:]+): (.*)$", Pattern.DOTALL);

	private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+) = ('(?:[^']++|'')*+'|NULL)");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$(\\d+)(?!\\d)");

	record Executed(String pid, String sql, List<String> parameters) {

		boolean opensTransaction() {
			return this.sql.regionMatches(true, 0, "BEGIN", 0, 5);
		}

		boolean closesTransaction() {
			return this.sql.equalsIgnoreCase("COMMIT") || this.sql.equalsIgnoreCase("ROLLBACK");
		}

	}

	public static void main(String[] args) throws IOException {
		Path log = Path.of(args[0]);
		long from = Long.parseLong(args[1].split("-")[0]);
		long to = Long.parseLong(args[1].split("-")[1]);
		String user = args[2];
		Set<String> baseline = new HashSet<>();
		for (List<Executed> unit : units(parse(Files.readString(Path.of(args[3])), user))) {
			baseline.add(signature(unit));
		}
		List<Executed> executed = parse(read(log, from, to), user);
		List<Executed> requestOnly = withoutBackground(executed, baseline);
		Map<String, String> substitutions = new LinkedHashMap<>();
		for (int i = 5; i < args.length; i++) {
			int eq = args[i].indexOf('=');
			String value = args[i].substring(0, eq);
			// "~regex=expression" matches the parameter's value as a regular expression
			substitutions.put(value.startsWith("~") ? value : "'" + value.replace("'", "''") + "'",
					args[i].substring(eq + 1));
		}
		StringBuilder script = new StringBuilder();
		for (Executed statement : requestOnly) {
			String sql = substitute(statement, substitutions);
			System.err.println("  " + sql.replaceAll("\\s+", " "));
			script.append(sql).append(";\n");
		}
		Files.writeString(Path.of(args[4]), script.toString());
	}

	private static String read(Path log, long from, long to) throws IOException {
		try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
			file.seek(from);
			byte[] bytes = new byte[(int) (to - from)];
			file.readFully(bytes);
			return new String(bytes, StandardCharsets.UTF_8);
		}
	}

	static List<Executed> parse(String text, String user) {
		List<String[]> entries = new ArrayList<>();
		for (String line : text.split("\n", -1)) {
			Matcher m = ENTRY.matcher(line);
			if (m.matches()) {
				entries.add(new String[] { m.group(1), m.group(2), m.group(3), m.group(4) });
			}
			else if (!entries.isEmpty()) {
				String[] last = entries.get(entries.size() - 1);
				last[3] = last[3] + "\n" + line;
			}
		}
		List<Executed> executed = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			String[] e = entries.get(i);
			if (!e[1].equals(user) || !e[2].equals("LOG")) {
				continue;
			}
			Matcher m = STATEMENT.matcher(e[3]);
			if (!m.matches() || m.group(2).isBlank()) {
				continue;
			}
			List<String> parameters = new ArrayList<>();
			if (m.group(1).startsWith("execute") && i + 1 < entries.size() && entries.get(i + 1)[0].equals(e[0])
					&& entries.get(i + 1)[2].equals("DETAIL") && entries.get(i + 1)[3].startsWith("parameters: ")) {
				Matcher p = PARAMETER.matcher(entries.get(i + 1)[3]);
				while (p.find()) {
					int index = Integer.parseInt(p.group(1));
					while (parameters.size() < index) {
						parameters.add(null);
					}
					parameters.set(index - 1, p.group(2));
				}
			}
			executed.add(new Executed(e[0], m.group(2).strip(), parameters));
		}
		return executed;
	}

	/**
	 * Drops the transactions (and lone statements) that start like one that ran while no request did: the
	 * outbox relay's always start with its poll, whatever it then does with a message.
	 */
	static List<Executed> withoutBackground(List<Executed> executed, Set<String> baseline) {
		List<Executed> kept = new ArrayList<>();
		for (List<Executed> unit : units(executed)) {
			if (!baseline.contains(signature(unit))) {
				kept.addAll(unit);
			}
		}
		return kept;
	}

	/** The first statement of a unit that is not BEGIN. */
	static String signature(List<Executed> unit) {
		return unit.stream().filter((s) -> !s.opensTransaction()).map(Executed::sql).findFirst().orElse("");
	}

	/** Statements grouped by transaction (per connection), lone statements on their own. */
	static List<List<Executed>> units(List<Executed> executed) {
		Map<String, List<Executed>> open = new LinkedHashMap<>();
		List<List<Executed>> units = new ArrayList<>();
		for (Executed statement : executed) {
			List<Executed> tx = open.get(statement.pid());
			if (tx == null) {
				tx = new ArrayList<>();
				units.add(tx);
				if (statement.opensTransaction()) {
					open.put(statement.pid(), tx);
				}
			}
			tx.add(statement);
			if (statement.closesTransaction()) {
				open.remove(statement.pid());
			}
		}
		return units;
	}

	private static String substitution(String value, Map<String, String> substitutions) {
		for (Map.Entry<String, String> entry : substitutions.entrySet()) {
			String key = entry.getKey();
			if (key.startsWith("~") ? value.matches("'" + key.substring(1) + "'") : key.equals(value)) {
				return entry.getValue();
			}
		}
		return value;
	}

	static String substitute(Executed statement, Map<String, String> substitutions) {
		Matcher m = PLACEHOLDER.matcher(statement.sql());
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			int index = Integer.parseInt(m.group(1));
			String value = (index <= statement.parameters().size()) ? statement.parameters().get(index - 1) : null;
			String replacement = (value == null) ? m.group() : substitution(value, substitutions);
			m.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		m.appendTail(out);
		return out.toString();
	}

}
