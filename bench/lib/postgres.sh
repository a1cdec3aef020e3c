# Debian's PostgreSQL 15 with pg_stat_statements, a dedicated database and roles (sourced by run.sh).

PG_CONF_D=/etc/postgresql/$PG_VERSION/main/conf.d
PG_LOG=/var/log/postgresql/postgresql-$PG_VERSION-main.log

install_tools() {
	local missing=()
	command -v wrk >/dev/null || missing+=(wrk)
	command -v pgbench >/dev/null || missing+=("postgresql-$PG_VERSION")
	command -v curl >/dev/null || missing+=(curl)
	if ((${#missing[@]})); then
		log "installing ${missing[*]}"
		DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}" >"$LOGS/apt.log" 2>&1 ||
			{ apt-get update >>"$LOGS/apt.log" 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}" >>"$LOGS/apt.log" 2>&1; } ||
			die "apt-get install ${missing[*]} failed (see $LOGS/apt.log)"
	fi
}

# pg_stat_statements needs shared_preload_libraries: a conf.d file and a restart (idempotent).
start_postgres() {
	local conf=$PG_CONF_D/90-digital-store-bench.conf
	local wanted
	wanted=$(cat <<-EOF
		# Written by digital-store bench/run.sh
		shared_preload_libraries = 'pg_stat_statements'
		pg_stat_statements.max = 10000
		pg_stat_statements.track = top
		pg_stat_statements.track_utility = on
		max_connections = 200
		EOF
	)
	if [[ "$(cat "$conf" 2>/dev/null)" != "$wanted" ]]; then
		printf '%s\n' "$wanted" >"$conf"
		log "PostgreSQL: $conf written, restarting"
		pg_ctlcluster "$PG_VERSION" main restart 2>/dev/null || pg_ctlcluster "$PG_VERSION" main start
	elif ! pg_lsclusters -h | awk -v v="$PG_VERSION" '$1 == v && $2 == "main" {print $4}' | grep -q online; then
		log "PostgreSQL: starting"
		pg_ctlcluster "$PG_VERSION" main start
	fi
	[[ "$(psql_admin -c 'show shared_preload_libraries')" == *pg_stat_statements* ]] ||
		die "pg_stat_statements is not preloaded"
}

# A fresh database every run: the figures do not depend on what earlier runs left behind.
create_database() {
	log "PostgreSQL: fresh database $DB_NAME (roles $DB_USER, $SHOP_DB_USER)"
	(psql_admin <<-EOF
		select pg_terminate_backend(pid) from pg_stat_activity where datname = '$DB_NAME' and pid <> pg_backend_pid();
		drop database if exists $DB_NAME;
		do \$\$ begin
		  if not exists (select from pg_roles where rolname = '$DB_USER') then create role $DB_USER login; end if;
		  if not exists (select from pg_roles where rolname = '$SHOP_DB_USER') then create role $SHOP_DB_USER login; end if;
		  if not exists (select from pg_roles where rolname = '$REPLAY_DB_USER') then create role $REPLAY_DB_USER login; end if;
		end \$\$;
		alter role $DB_USER password '$DB_PASSWORD';
		alter role $SHOP_DB_USER password '$SHOP_DB_PASSWORD';
		alter role $REPLAY_DB_USER password '$REPLAY_DB_PASSWORD';
		create database $DB_NAME owner $DB_USER;
		grant create on database $DB_NAME to $SHOP_DB_USER;
	EOF
	) >/dev/null
	psql_admin -d "$DB_NAME" -c 'create extension if not exists pg_stat_statements'
}

# pgbench's role reads what the store reads (after the backend's migrations created the tables).
grant_replay() {
	psql_admin -d "$DB_NAME" -c "grant usage on schema public to $REPLAY_DB_USER" \
		-c "grant select on all tables in schema public to $REPLAY_DB_USER" >/dev/null
}

# pgbench SCRIPT: transactions per second at the harness's concurrency
pgbench_tps() {
	PGPASSWORD=$REPLAY_DB_PASSWORD pgbench -n -M prepared -h 127.0.0.1 -p "$PG_PORT" -U "$REPLAY_DB_USER" \
		-c "$CONNECTIONS" -j "$THREADS" -T "$DURATION" -f "$1" "$DB_NAME" >"$LOGS/pgbench-$(basename "$1" .sql).log" 2>&1 ||
		die "pgbench $1 failed, see $LOGS/pgbench-$(basename "$1" .sql).log"
	awk '/^tps = / { printf "%.1f", $3 }' "$LOGS/pgbench-$(basename "$1" .sql).log"
}

# Statement counts of one role since the last reset: "calls<TAB>query" lines, utility statements included.
pgss_reset() { psql_admin -d "$DB_NAME" -c 'select pg_stat_statements_reset()' >/dev/null; }
pgss_dump() {
	psql_admin -d "$DB_NAME" -F $'\t' -c "select s.calls, s.queryid, regexp_replace(s.query, '\s+', ' ', 'g')
		from pg_stat_statements s join pg_roles r on r.oid = s.userid join pg_database d on d.oid = s.dbid
		where r.rolname = '${1:-$DB_USER}' and d.datname = '$DB_NAME' order by s.calls desc"
}
pgss_total() {
	psql_admin -d "$DB_NAME" -c "select coalesce(sum(s.calls), 0) from pg_stat_statements s
		join pg_roles r on r.oid = s.userid join pg_database d on d.oid = s.dbid
		where r.rolname = '${1:-$DB_USER}' and d.datname = '$DB_NAME'"
}
