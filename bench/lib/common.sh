# Shared settings and helpers of the benchmark (sourced by run.sh).

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
WORK=${BENCH_WORK:-$BENCH_DIR/target}
LOGS=$WORK/logs
mkdir -p "$WORK" "$LOGS"

# Loopback only. 18080/18081 as the brief of the harness says; the SMTP sink stands in for the mail relay.
BACKEND_PORT=${BACKEND_PORT:-18080}
FRONTEND_PORT=${FRONTEND_PORT:-18081}
SMTP_PORT=${SMTP_PORT:-12525}
BACKEND_URL=http://127.0.0.1:$BACKEND_PORT
FRONTEND_URL=http://127.0.0.1:$FRONTEND_PORT

# One dedicated database; the apps use their own roles so pg_stat_statements tells their statements apart.
PG_VERSION=15
PG_PORT=5432
DB_NAME=store_bench
DB_USER=store_bench
DB_PASSWORD=bench-only-store-password
SHOP_DB_USER=shop_bench
SHOP_DB_PASSWORD=bench-only-shop-password
# pgbench replays as its own role: pg_stat_statements keeps its statements apart from the backend's.
REPLAY_DB_USER=bench_replay
REPLAY_DB_PASSWORD=bench-only-replay-password

# Measurement settings: short runs, alternated, medians.
ROUNDS=${BENCH_ROUNDS:-3}
DURATION=${BENCH_DURATION:-10}
CONNECTIONS=16
THREADS=2

if [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
	JAVA_HOME_RUN=/usr/lib/jvm/temurin-25-jdk-amd64
else
	JAVA_HOME_RUN=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
fi
JAVA=$JAVA_HOME_RUN/bin/java

log() { printf '%s [bench] %s\n' "$(date +%T)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# psql as the PostgreSQL superuser (peer authentication), quiet, unaligned, stop on error.
psql_admin() { runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -At -p "$PG_PORT" "$@"; }
# psql as the store's own role, on the bench database.
psql_store() { PGPASSWORD=$DB_PASSWORD psql -X -q -v ON_ERROR_STOP=1 -At -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -d "$DB_NAME" "$@"; }

# median of the numbers given as arguments
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {if (NR==0) print "nan"; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
# a / b with 3 decimals
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b+0 == 0) print "nan"; else printf "%.3f", a/b }'; }
# pass when "value op target" holds (op: ge or le)
verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { if (v == "nan") print "n/a"; else if ((op == "ge" && v+0 >= t+0) || (op == "le" && v+0 <= t+0)) print "PASS"; else print "FAIL" }'; }

# Waits until URL answers 2xx (readiness), at most $2 seconds.
wait_ready() {
	local url=$1 deadline=$((SECONDS + ${2:-120}))
	until curl -fsS -o /dev/null "$url" 2>/dev/null; do
		((SECONDS < deadline)) || return 1
		sleep 0.2
	done
}

# The result table: rows appended as "metric|A|B|ratio|target|verdict".
RESULTS=$WORK/results.txt
result() { printf '%s|%s|%s|%s|%s|%s\n' "$@" >>"$RESULTS"; }
