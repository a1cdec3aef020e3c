# Capturing the SQL of one request and replaying it with pgbench (sourced by run.sh).

statement_log() {
	if [[ $1 == on ]]; then
		psql_admin -c "alter system set log_min_duration_statement = 0" -c "select pg_reload_conf()" >/dev/null
	else
		psql_admin -c "alter system reset log_min_duration_statement" -c "select pg_reload_conf()" >/dev/null
	fi
	sleep 0.3
}

# What the apps run when no request comes in (outbox relay polls, ...): 2 s of log.
capture_baseline() {
	local offset
	offset=$(stat -c %s "$PG_LOG")
	sleep 2
	tail -c +$((offset + 1)) "$PG_LOG" >"$WORK/pgbench/baseline.log"
}

# capture_request NAME FUNCTION [value=expression ...]: the statements of ONE request as a pgbench script
# body. FUNCTION is called with "prepare" (outside the captured window: carts and the like) and "run" (issues
# the request). Three tries, the shortest non-empty one kept: a background job can only add statements.
capture_request() {
	local name=$1 fn=$2 offset end best="" try count
	shift 2
	for try in 1 2 3; do
		"$fn" prepare
		offset=$(stat -c %s "$PG_LOG")
		"$fn" run || die "capture of $name failed"
		# PostgreSQL logs a statement before it answers it: the request's statements are all in already, and
		# what follows (the payment provider's webhook 200 ms after a charge) is another request's.
		end=$(stat -c %s "$PG_LOG")
		"$JAVA_HOME_RUN/bin/java" -cp "$WORK/driver" Replay "$PG_LOG" "$offset-$end" "$DB_USER" "$WORK/pgbench/baseline.log" \
			"$WORK/pgbench/$name.$try.sql" "$@" 2>"$WORK/pgbench/$name.$try.txt" ||
			die "replay of $name failed: $(head -3 "$WORK/pgbench/$name.$try.txt")"
		count=$(grep -c ';$' "$WORK/pgbench/$name.$try.sql" || true)
		if [[ -z $best ]] || { ((count > 0)) && { (($(grep -c ';$' "$best" || true) == 0)) || ((count < $(grep -c ';$' "$best"))); }; }; then
			best=$WORK/pgbench/$name.$try.sql
		fi
	done
	cp "$best" "$WORK/pgbench/$name.body.sql"
	cp "${best%.sql}.txt" "$WORK/pgbench/$name.txt"
	log "captured $name: $(grep -c ';$' "$best" || true) statements"
	cut -c1-160 "${best%.sql}.txt" | sed 's/^/    /' >&2
}

# wrk_rps NAME URL [wrk options...]: requests/s at the harness's concurrency; the output kept in logs/.
# Fails the run when a response is neither 2xx/3xx nor an expected 404 (inactive products).
wrk_rps() {
	local name=$1 url=$2 out
	shift 2
	out=$LOGS/wrk-$name.log
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@" "$url" >"$out" 2>&1 || die "wrk $name failed, see $out"
	grep -q 'Socket errors' "$out" && log "wrk $name: $(grep 'Socket errors' "$out")"
	awk '/^Requests\/sec:/ { printf "%.1f", $2 }' "$out"
}
wrk_requests() { awk '/requests in/ { print $1 }' "$LOGS/wrk-$1.log"; }
