# Building and running the apps as production runs them (sourced by run.sh): `java -jar` on the extracted
# Spring Boot jar (the layout the JDK's AOT cache needs: classes from plain jars, not nested ones), no
# `local` profile, secrets and the datasource from the environment.

HEAP_OPTS=${BENCH_HEAP_OPTS:--Xms256m -Xmx768m}

build_apps() {
	local modules=store-backend
	[[ -d $ROOT/store-frontend ]] && modules=store-backend,store-frontend
	log "building $modules (mvnw package, tests skipped: the build's own verify runs them)"
	(cd "$ROOT" && ./mvnw -q -B -pl "$modules" -am -DskipTests package) >"$LOGS/build.log" 2>&1 ||
		die "build failed, see $LOGS/build.log"
	extract_app store-backend
	[[ -d $ROOT/store-frontend ]] && extract_app store-frontend
	return 0
}

extract_app() {
	local module=$1 jar
	jar=$(ls "$ROOT/$module"/target/"$module"-*.jar | grep -v -e sources -e plain -e tests | head -1)
	rm -rf "${WORK:?}/$module"
	"$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$WORK/$module" >/dev/null ||
		die "could not extract $jar"
	ls "$WORK/$module"/"$module"-*.jar >/dev/null
}

app_jar() { ls "$WORK/$1"/"$1"-*.jar | head -1; }

# Secrets of this run only (base64 of 32 random bytes where the apps require it).
make_secrets() {
	JWT_SECRET=$(head -c 32 /dev/urandom | base64)
	DELIVERY_SECRET=$(head -c 32 /dev/urandom | base64)
	WEBHOOK_SECRET=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
	mkdir -p "$WORK/assets"
}

backend_env() {
	APP_ENV=(SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB_NAME" \
		SPRING_DATASOURCE_USERNAME="$DB_USER" SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD" \
		SERVER_ADDRESS=127.0.0.1 SERVER_PORT="$BACKEND_PORT" \
		STORE_JWT_SECRET="$JWT_SECRET" STORE_DELIVERY_TOKEN_SECRET="$DELIVERY_SECRET" \
		STORE_PAYMENT_WEBHOOK_SECRET="$WEBHOOK_SECRET" \
		STORE_PUBLIC_BASE_URL="$FRONTEND_URL" \
		STORE_PAYMENT_SIMULATED_WEBHOOKURL="$BACKEND_URL/api/payments/webhooks/simulated" \
		STORE_ASSETS_ROOT="$WORK/assets" SMTP_HOST=127.0.0.1 SMTP_PORT="$SMTP_PORT")
}

frontend_env() {
	APP_ENV=(SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB_NAME" \
		SPRING_DATASOURCE_USERNAME="$SHOP_DB_USER" SPRING_DATASOURCE_PASSWORD="$SHOP_DB_PASSWORD" \
		SERVER_ADDRESS=127.0.0.1 SERVER_PORT="$FRONTEND_PORT" \
		SHOP_BACKEND_BASE_URL="$BACKEND_URL")
}

# start_app backend|frontend LOGNAME [JVM options...]: starts in the background, pid in $WORK/NAME.pid
start_app() {
	local app=$1 logname=$2
	shift 2
	local module=store-$app
	"${app}_env"
	# env execs the JVM: $! is the JVM's own pid
	# shellcheck disable=SC2086
	env "${APP_ENV[@]}" "$JAVA" $HEAP_OPTS "$@" -jar "$(app_jar "$module")" >"$LOGS/$logname.log" 2>&1 &
	echo $! >"$WORK/$app.pid"
}

stop_app() {
	local app=$1 pid
	pid=$(cat "$WORK/$app.pid" 2>/dev/null) || return 0
	if kill -0 "$pid" 2>/dev/null; then
		kill "$pid"
		# graceful shutdown (20 s per phase at most), then the JVM writes an AOT cache if asked to
		for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
		kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
	fi
	rm -f "$WORK/$app.pid"
}

app_url() { [[ $1 == backend ]] && echo "$BACKEND_URL" || echo "$FRONTEND_URL"; }

# Resident memory (MiB) of an app's JVM.
app_rss_mib() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$(cat "$WORK/$1.pid")/status"; }
