#!/usr/bin/env bash
# The Digital Store benchmark: builds the apps, prepares PostgreSQL and a realistic catalog, runs the apps as
# production does, and prints one table of ratios (each A and B measured side by side, alternated, medians).
# Usage: bench/run.sh      (root; about 10 minutes; BENCH_ROUNDS, BENCH_DURATION override 3 rounds of 10 s)
set -euo pipefail

source "$(dirname "$0")/lib/common.sh"
source "$BENCH_DIR/lib/postgres.sh"
source "$BENCH_DIR/lib/apps.sh"
source "$BENCH_DIR/lib/capture.sh"

[[ $(id -u) == 0 ]] || die "run as root (apt-get, pg_ctlcluster, runuser)"
STARTED=$SECONDS
SHOP=false
[[ -d $ROOT/store-frontend ]] && SHOP=true
rm -rf "$WORK/pgbench" "$LOGS" && mkdir -p "$WORK/pgbench" "$LOGS"
: >"$RESULTS"

cleanup() {
	stop_app frontend
	stop_app backend
	[[ -f $WORK/smtp.pid ]] && kill "$(cat "$WORK/smtp.pid")" 2>/dev/null && rm -f "$WORK/smtp.pid"
	psql_admin -c "alter system reset log_min_duration_statement" -c "select pg_reload_conf()" >/dev/null 2>&1 || true
}
trap cleanup EXIT

BENCH_PASSWORD=bench-password-123
WORDS_FILE=$BENCH_DIR/sql/words.txt
WORDS_ARRAY="('{$(tr -s ' \n' ',,' <"$WORDS_FILE" | sed 's/,$//')}'::text[])"

# ---------------------------------------------------------------------------------------------------------
log "load before the run: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
install_tools
for port in "$BACKEND_PORT" "$FRONTEND_PORT" "$SMTP_PORT"; do
	(echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null && die "port $port is taken: is an earlier run still going?"
done
build_apps
"$JAVA_HOME_RUN/bin/javac" -d "$WORK/driver" "$BENCH_DIR"/driver/*.java || die "driver does not compile"
start_postgres
create_database
make_secrets
"$JAVA" -cp "$WORK/driver" SmtpSink "$SMTP_PORT" >"$LOGS/smtp.log" 2>&1 &
echo $! >"$WORK/smtp.pid"

AOT=false
# -XX:AOTCacheOutput (one-step training, JEP 514) came with JDK 25
(($("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ { print $2 }') >= 25)) && AOT=true

# The training run (-XX:AOTCacheOutput) is also the one whose Flyway migrations create the schema.
train_opts() { $AOT && echo "-XX:AOTCacheOutput=$WORK/$1.aot" || true; }
rm -f "$WORK"/*.aot
log "backend: first start (migrations$($AOT && echo ', AOT training'))"
start_app backend backend-training $(train_opts backend)
wait_ready "$BACKEND_URL/actuator/health/readiness" 180 || die "backend not ready, see $LOGS/backend-training.log"

log "catalog: generating products, customers and orders in SQL"
curl -fsS -o /dev/null -H 'Content-Type: application/json' \
	-d "{\"email\":\"hash-maker@bench.example\",\"password\":\"$BENCH_PASSWORD\",\"displayName\":\"Bench\"}" \
	"$BACKEND_URL/api/auth/register" || die "could not register the bench customer"
HASH=$(psql_store -c "select password_hash from customer where email_normalized = 'hash-maker@bench.example'")
psql_store -c "create schema bench; create table bench.word (id int primary key, word text not null)"
tr -s ' \n' '\n' <"$WORDS_FILE" | grep -v '^$' | awk '{ print NR "\t" $1 }' | psql_store -c '\copy bench.word from stdin'
psql_store -v password_hash="$HASH" -f "$BENCH_DIR/sql/seed.sql" 2>"$LOGS/seed.log" || die "seed failed, see $LOGS/seed.log"
grant_replay
psql_store -c "select id from product where active order by id" >"$WORK/active-products.txt"
log "catalog: $(psql_store -c "select (select count(*) from product) || ' products, ' || (select count(*) from customer)
	|| ' customers, ' || (select count(*) from customer_order) || ' orders, ' || (select count(*) from licence_key) || ' licence keys'")"

mix() { "$JAVA" -cp "$WORK/driver" Mix "$1" "$2" "$CONNECTIONS" "$3" "$WORDS_FILE" "$WORK/active-products.txt"; }
if $SHOP; then
	start_app frontend frontend-training $(train_opts frontend)
	wait_ready "$FRONTEND_URL/actuator/health/readiness" 180 || die "frontend not ready, see $LOGS/frontend-training.log"
	mix shop "$FRONTEND_URL" 15 >"$LOGS/mix-training.txt" 2>&1
	stop_app frontend
else
	mix api "$BACKEND_URL" 15 >"$LOGS/mix-training.txt" 2>&1
fi
stop_app backend
$AOT && { ls "$WORK"/backend.aot >/dev/null 2>&1 || die "no AOT cache written, see $LOGS/backend-training.log"; }

# --- 7. Startup with and without the AOT cache, alternated ---------------------------------------------
startup_ms() { # app variant round
	local app=$1 opts=()
	[[ $2 == aot ]] && opts=("-XX:AOTCache=$WORK/$app.aot")
	local t0
	t0=$(date +%s%N)
	start_app "$app" "startup-$app-$2-$3" "${opts[@]}"
	wait_ready "$(app_url "$app")/actuator/health/readiness" 180 || die "$app ($2) not ready"
	echo $((($(date +%s%N) - t0) / 1000000))
	stop_app "$app"
}
if $AOT && [[ -z ${BENCH_SKIP_STARTUP:-} ]]; then
	for app in backend $($SHOP && echo frontend); do
		aot=() plain=()
		for round in $(seq 1 "$ROUNDS"); do
			aot+=("$(startup_ms "$app" aot "$round")")
			plain+=("$(startup_ms "$app" plain "$round")")
		done
		log "startup $app: AOT ${aot[*]} ms, without ${plain[*]} ms"
		a=$(median "${aot[@]}") b=$(median "${plain[@]}") r=$(ratio "$a" "$b")
		result "7. startup to readiness, $app (ms): AOT cache / none" "$a" "$b" "$r" "<= 0.6" "$(verdict "$r" le 0.6)"
	done
else
	result "7. startup (AOT cache)" "-" "-" "nan" "<= 0.6" "$($AOT && echo 'skipped (BENCH_SKIP_STARTUP)' || echo 'n/a (needs JDK 25)')"
fi

# --- The apps as in production (with their AOT caches), warmed up -----------------------------------------
aot_opts() { $AOT && echo "-XX:AOTCache=$WORK/$1.aot" || true; }
start_app backend backend $(aot_opts backend)
wait_ready "$BACKEND_URL/actuator/health/readiness" 180 || die "backend not ready"
if $SHOP; then
	start_app frontend frontend $(aot_opts frontend)
	wait_ready "$FRONTEND_URL/actuator/health/readiness" 180 || die "frontend not ready"
fi

# Captures first (cold caches: what a request costs the database when nothing is cached).
statement_log on
capture_baseline
get() { [[ $1 == prepare ]] || curl -fsS -o /dev/null "${CAPTURE_HEADERS[@]}" "$CAPTURE_URL"; }
CAPTURE_HEADERS=()
capture() { # name url [substitutions...]
	CAPTURE_URL=$2
	capture_request "$1" get "${@:3}"
}
PRODUCT_CAPTURE_ID=42
capture_next_product() { # a product no request asked for yet on each try
	[[ $1 == prepare ]] && { PRODUCT_CAPTURE_ID=$((PRODUCT_CAPTURE_ID + 1)); return; }
	curl -fsS -o /dev/null "$BACKEND_URL/api/products/product-$PRODUCT_CAPTURE_ID"
}
capture_request product capture_next_product "~product-[0-9]+=('product-' || :id)"
capture search "$BACKEND_URL/api/products?q=garden&page=2&size=12" "garden=$WORDS_ARRAY[:w]" "24=(:page * 12)"
capture catalog12 "$BACKEND_URL/api/products?page=1&size=12"
capture catalog48 "$BACKEND_URL/api/products?page=1&size=48"

api_json() { curl -fsS -H 'Content-Type: application/json' "$@"; }
new_cart() { # product ids... -> cart id
	local cart product
	cart=$(api_json -X POST "$BACKEND_URL/api/carts" | sed 's/.*"id":"\([^"]*\)".*/\1/')
	for product in "$@"; do
		api_json -X PUT -d '{"quantity":1}' "$BACKEND_URL/api/carts/$cart/items/$product" >/dev/null
	done
	echo "$cart"
}
# active products of each kind, a different one for each capture
kind_product() { psql_store -c "select id from product where active and kind = '$1' order by id offset $2 limit 1"; }
CART=$(new_cart "$(kind_product DOWNLOAD 0)" "$(kind_product LICENCE_KEY 0)")
capture cart "$BACKEND_URL/api/carts/$CART"
CHECKOUTS=0
checkout_of() { # prepare|run; CHECKOUT_KINDS: the kinds of the cart's products
	if [[ $1 == prepare ]]; then
		local kind products=()
		CHECKOUTS=$((CHECKOUTS + 1))
		for kind in $CHECKOUT_KINDS; do products+=("$(kind_product "$kind" "$CHECKOUTS")"); done
		CHECKOUT_CART=$(new_cart "${products[@]}")
		return
	fi
	api_json -o /dev/null -H "Idempotency-Key: capture-$RANDOM-$RANDOM" \
		-d "{\"cartId\":\"$CHECKOUT_CART\",\"email\":\"capture@bench.example\",\"billingCountry\":\"FR\",\"paymentToken\":\"tok_visa\"}" \
		"$BACKEND_URL/api/checkout"
}
CHECKOUT_KINDS=LICENCE_KEY capture_request checkout1 checkout_of
CHECKOUT_KINDS="LICENCE_KEY DOWNLOAD DOWNLOAD_AND_KEY" capture_request checkout3 checkout_of
TOKEN=$(api_json -d "{\"email\":\"shopper-2@bench.example\",\"password\":\"$BENCH_PASSWORD\"}" "$BACKEND_URL/api/auth/token" |
	sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
CAPTURE_HEADERS=(-H "Authorization: Bearer $TOKEN")
capture library "$BACKEND_URL/api/me/library"
CAPTURE_HEADERS=()
statement_log off
{ echo '\set id random(1, 10000)'; cat "$WORK/pgbench/product.body.sql"; } >"$WORK/pgbench/product.sql"
{ echo "\\set w random(1, $(wc -w <"$WORDS_FILE"))"; echo '\set page random(0, 2)'; cat "$WORK/pgbench/search.body.sql"; } >"$WORK/pgbench/search.sql"

log "warm-up"
DURATION=10 wrk_rps warmup-product "$BACKEND_URL" -s "$BENCH_DIR/wrk/product.lua" >/dev/null
DURATION=10 wrk_rps warmup-search "$BACKEND_URL" -s "$BENCH_DIR/wrk/search.lua" >/dev/null
$SHOP && PATH_PREFIX=/catalog DURATION=10 wrk_rps warmup-shop "$FRONTEND_URL" -s "$BENCH_DIR/wrk/browse.lua" >/dev/null
mix "$($SHOP && echo shop || echo api)" "$($SHOP && echo "$FRONTEND_URL" || echo "$BACKEND_URL")" 10 >"$LOGS/mix-warmup.txt" 2>&1

# --- 1, 2. Database efficiency: the app's requests/s over pgbench's replay of the same SQL ---------------
# A B A B ...; the statements the backend ran during its A runs are counted for the query budget (4).
ab_db() { # name lua pgbench-script
	local a=() b=() calls=0 requests=0 round
	for round in $(seq 1 "$ROUNDS"); do
		pgss_reset
		a+=("$(wrk_rps "$1-$round" "$BACKEND_URL" -s "$BENCH_DIR/wrk/$2")")
		calls=$((calls + $(pgss_total))) requests=$((requests + $(wrk_requests "$1-$round")))
		b+=("$(pgbench_tps "$WORK/pgbench/$3")")
	done
	log "$1: app ${a[*]} req/s; pgbench ${b[*]} tps; $calls statements for $requests requests"
	AB_A=$(median "${a[@]}") AB_B=$(median "${b[@]}") AB_PER_REQUEST=$(ratio "$calls" "$requests")
}
ab_db product product.lua product.sql
r=$(ratio "$AB_A" "$AB_B")
result "1. product page: backend req/s / pgbench tps (its SQL)" "$AB_A" "$AB_B" "$r" ">= 0.5" "$(verdict "$r" ge 0.5)"
# Context for metric 1: what the backend's HTTP stack serves with no database at all (the test cards list:
# security filters, MVC, JSON, metrics), measured next to pgbench's replay again.
a=() b=()
for round in $(seq 1 "$ROUNDS"); do
	a+=("$(wrk_rps "floor-$round" "$BACKEND_URL/api/payments/test-cards")")
	b+=("$(pgbench_tps "$WORK/pgbench/product.sql")")
done
A=$(median "${a[@]}") B=$(median "${b[@]}")
result "1. (context) backend without SQL (test cards) req/s / same pgbench" "$A" "$B" "$(ratio "$A" "$B")" "ceiling of 1" "-"
PRODUCT_OVER_RUN=$AB_PER_REQUEST
ab_db search search.lua search.sql
r=$(ratio "$AB_A" "$AB_B")
result "2. catalog search: backend req/s / pgbench tps (its SQL)" "$AB_A" "$AB_B" "$r" ">= 0.5" "$(verdict "$r" ge 0.5)"
SEARCH_OVER_RUN=$AB_PER_REQUEST

# --- 3. Page rendering: the shop's catalog page over the backend's JSON of the same page ------------------
if $SHOP; then
	a=() b=()
	for round in $(seq 1 "$ROUNDS"); do
		a+=("$(PATH_PREFIX=/catalog wrk_rps "shop-catalog-$round" "$FRONTEND_URL" -s "$BENCH_DIR/wrk/browse.lua")")
		b+=("$(SIZE=12 wrk_rps "api-catalog-$round" "$BACKEND_URL" -s "$BENCH_DIR/wrk/browse.lua")")
	done
	log "page rendering: shop ${a[*]} req/s; backend JSON ${b[*]} req/s"
	A=$(median "${a[@]}") B=$(median "${b[@]}") r=$(ratio "$A" "$B")
	result "3. catalog page: shop req/s / backend JSON req/s" "$A" "$B" "$r" ">= 0.7" "$(verdict "$r" ge 0.7)"
else
	result "3. catalog page: shop / backend JSON" "-" "-" "nan" ">= 0.7" "n/a (no store-frontend yet)"
fi

# --- 5, 6. The shopper mix at 16 connections: tail latency, checkouts, then the database is checked --------
MIX_MODE=$($SHOP && echo shop || echo api)
MIX_URL=$($SHOP && echo "$FRONTEND_URL" || echo "$BACKEND_URL")
p50=() p99=() tails=() paid=() errors=0
MIX_LOG_OFFSET=$(stat -c %s "$PG_LOG")
for round in $(seq 1 "$ROUNDS"); do
	since=$(psql_store -c "select now()")
	mix "$MIX_MODE" "$MIX_URL" $((DURATION + 5)) >"$LOGS/mix-$round.txt" 2>"$LOGS/mix-$round.err" || die "mix failed, see $LOGS/mix-$round.err"
	sleep 2 # the last confirmations (webhooks 200 ms after the charge) land
	seconds=$(awk '$1 == "seconds" { print $2 }' "$LOGS/mix-$round.txt")
	p50+=("$(awk '$1 == "p50_ms" { print $2 }' "$LOGS/mix-$round.txt")")
	p99+=("$(awk '$1 == "p99_ms" { print $2 }' "$LOGS/mix-$round.txt")")
	tails+=("$(ratio "${p99[-1]}" "${p50[-1]}")")
	errors=$((errors + $(awk '$1 == "errors" { print $2 }' "$LOGS/mix-$round.txt")))
	n=$(psql_store -c "select count(*) from customer_order where created_at >= '$since' and status in ('PAID', 'FULFILLED')")
	paid+=("$(ratio "$n" "$seconds")")
done
log "mix ($MIX_MODE): p50 ${p50[*]} ms, p99 ${p99[*]} ms, paid orders/s ${paid[*]}, errors $errors"
r=$(median "${tails[@]}")
result "5. shopper mix ($MIX_MODE, 16 conn.): p99 / p50 (ms)" "$(median "${p99[@]}")" "$(median "${p50[@]}")" "$r" "<= 4" "$(verdict "$r" le 4)"

sleep 3 # fulfilment and e-mails of the last orders
checks=$(psql_store <<-'EOF'
	select 'orders still pending payment: ' || count(*) from customer_order where status = 'PENDING_PAYMENT';
	select 'paid orders without a payment: ' || count(*) from customer_order o
	  where status in ('PAID', 'FULFILLED') and not exists (select from payment p where p.order_id = o.id);
	select 'licence keys reserved for orders no longer pending: ' || count(*) from licence_key k
	  join customer_order o on o.id = k.order_id where k.status = 'RESERVED' and o.status <> 'PENDING_PAYMENT';
	select 'fulfilled order lines without their licence keys: ' || count(*) from (select l.id from order_line l
	  join customer_order o on o.id = l.order_id
	  left join licence_key k on k.order_line_id = l.id and k.status = 'ASSIGNED'
	  where o.status = 'FULFILLED' and l.kind <> 'DOWNLOAD' group by l.id, l.quantity having count(k.id) <> l.quantity) x;
	select 'carts with two live orders: ' || count(*) from (select cart_id from customer_order
	  where cart_id is not null and status <> 'CANCELLED' group by cart_id having count(*) > 1) x;
	select 'idempotency keys left in progress: ' || count(*) from idempotency_record where status = 'IN_PROGRESS';
	select 'outbox messages failing: ' || count(*) from outbox_message where processed_at is null and attempts > 0;
EOF
)
dup_errors=$(tail -c +$((MIX_LOG_OFFSET + 1)) "$PG_LOG" | grep -c 'duplicate key value' || true)
app_errors=$(cat "$LOGS/backend.log" $($SHOP && echo "$LOGS/frontend.log") | grep -c ' ERROR ' || true)
log "database checks: $(echo "$checks" | tr '\n' ';') app ERROR lines: $app_errors"
bad=$(($(echo "$checks" | awk -F': ' '$2 != 0' | wc -l) + dup_errors))
checks="$checks
duplicate key errors in PostgreSQL's log during the mix: $dup_errors"
CHECKOUT_STATEMENTS=$(grep -c ';$' "$WORK/pgbench/checkout1.body.sql")
result "6. paid orders/s under the mix ($CHECKOUT_STATEMENTS statements a checkout)" "$(median "${paid[@]}")" "-" "-" \
	"no errors" "$( ((errors + bad + app_errors == 0)) && echo PASS || echo "FAIL ($errors request errors, $bad db checks, $app_errors app errors)")"

# Resident memory after the mix.
result "7. resident memory after the mix, backend (MiB)" "$(app_rss_mib backend)" "-" "-" "reported" "-"
$SHOP && result "7. resident memory after the mix, shop (MiB)" "$(app_rss_mib frontend)" "-" "-" "reported" "-"

# --- 4. Query budget --------------------------------------------------------------------------------------
n() { grep -c ';$' "$WORK/pgbench/$1.body.sql"; }
result "4. SQL statements: product page (one request; over the run)" "$(n product)" "$PRODUCT_OVER_RUN" "-" "<= 2" "$(verdict "$(n product)" le 2)"
result "4. SQL statements: catalog page size 12 / size 48" "$(n catalog12)" "$(n catalog48)" "-" "equal" "$([[ $(n catalog12) == "$(n catalog48)" ]] && echo PASS || echo FAIL)"
result "4. SQL statements: search (one request; over the run)" "$(n search)" "$SEARCH_OVER_RUN" "-" "reported" "-"
result "4. SQL statements: cart with 2 lines" "$(n cart)" "-" "-" "reported" "-"
result "4. SQL statements: checkout of 1 line / 3 lines (with licence keys)" "$(n checkout1)" "$(n checkout3)" "-" "fixed" "$([[ $(n checkout1) == "$(n checkout3)" ]] && echo PASS || echo FAIL)"
result "4. SQL statements: library (shopper with $(psql_store -c "select count(*) from customer_order o join customer c on c.id = o.customer_id where c.email_normalized = 'shopper-2@bench.example'") orders)" "$(n library)" "-" "-" "reported" "-"

# --- The table --------------------------------------------------------------------------------------------
ELAPSED=$((SECONDS - STARTED))
{
	echo
	echo "Digital Store benchmark, $(date -u +'%Y-%m-%d %H:%M UTC'), $(git -C "$ROOT" rev-parse --short HEAD), $(nproc) cores,"
	echo "load average before the run $LOAD_BEFORE, after $(cut -d' ' -f1 /proc/loadavg); JDK $("$JAVA" -version 2>&1 | head -1 | cut -d'"' -f2); ${ROUNDS} rounds of ${DURATION} s, medians; run took $((ELAPSED / 60)) min $((ELAPSED % 60)) s"
	echo
	echo "| metric | A | B | ratio | target | result |"
	echo "|---|---:|---:|---:|---|---|"
	awk -F'|' '{ printf "| %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6 }' "$RESULTS"
	echo
	echo "Statements of one request (captured from PostgreSQL's log): $WORK/pgbench/*.txt; logs: $LOGS"
} | tee "$WORK/table.md"
