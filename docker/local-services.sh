#!/usr/bin/env bash
# Brings up PostgreSQL (127.0.0.1:5432) and Redis (127.0.0.1:6379) for local development
# without Docker, on Debian 12. Safe to re-run: services that already answer are left alone.
set -euo pipefail

readonly PG_HOST=127.0.0.1 PG_PORT=5432
readonly REDIS_HOST=127.0.0.1 REDIS_PORT=6379
readonly WAIT_SECONDS=30

die() {
  printf '%s\n' "$*" >&2
  exit 1
}

have() { command -v "$1" >/dev/null 2>&1; }

as_root() {
  if ((EUID == 0)); then
    "$@"
  elif have sudo; then
    sudo -- "$@"
  else
    die "local-services: need root or sudo to run: $*"
  fi
}

as_postgres() {
  # cd / so psql does not warn about an unreadable working directory.
  if [[ $(id -un) == postgres ]]; then
    (cd / && "$@")
  elif ((EUID == 0)); then
    (cd / && runuser -u postgres -- "$@")
  elif have sudo; then
    (cd / && sudo -u postgres -- "$@")
  else
    return 1
  fi
}

tcp_open() {
  timeout 2 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null
}

# --- PostgreSQL --------------------------------------------------------------

# pg_isready is a wrapper that fails when no client version is installed, so check it runs.
pg_isready_usable() { have pg_isready && pg_isready --version >/dev/null 2>&1; }

# 0 = accepting connections, 1 = answering but not ready (starting up), 2 = nothing usable there.
pg_state() {
  if pg_isready_usable; then
    local rc=0
    pg_isready -q -h "$PG_HOST" -p "$PG_PORT" -t 3 || rc=$?
    case $rc in
      0) return 0 ;;
      1) return 1 ;;
      *) return 2 ;;
    esac
  fi
  tcp_open "$PG_HOST" "$PG_PORT" && return 0
  return 2
}

pg_installed() {
  have pg_ctlcluster && compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null
}

# Prints the version of the "main" cluster configured for port 5432 (highest if several).
pg_cluster_version() {
  local version other
  version=$(pg_lsclusters -h 2>/dev/null | awk -v port="$PG_PORT" '$2 == "main" && $3 == port { print $1 }' | sort -V | tail -n 1)
  if [[ -n $version ]]; then
    printf '%s\n' "$version"
    return 0
  fi
  other=$(pg_lsclusters -h 2>/dev/null | awk '$2 == "main" { print $1 "/main on port " $3 }' | sort -V | tail -n 1)
  if [[ -n $other ]]; then
    die "postgres: cluster $other, not $PG_PORT; set its port to $PG_PORT or free the port for a new cluster"
  fi
  # Server installed without a cluster (e.g. create_main_cluster = false): create one.
  version=$(find /usr/lib/postgresql -mindepth 3 -maxdepth 3 -path '*/bin/postgres' 2>/dev/null | awk -F/ '{ print $5 }' | sort -V | tail -n 1)
  [[ -n $version ]] || die "postgres: no PostgreSQL server version found under /usr/lib/postgresql"
  echo "postgres: creating cluster $version/main on port $PG_PORT" >&2
  as_root pg_createcluster --port "$PG_PORT" "$version" main >/dev/null ||
    die "postgres: pg_createcluster $version main failed"
  printf '%s\n' "$version"
}

start_postgres() {
  local version status
  version=$(pg_cluster_version)
  status=$(pg_lsclusters -h 2>/dev/null | awk -v v="$version" '$1 == v && $2 == "main" { print $4 }')
  # An "online" cluster that does not answer on TCP yet is still starting; just wait for it.
  if [[ $status != online* ]]; then
    echo "postgres: starting cluster $version/main" >&2
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start ||
      die "postgres: could not start cluster $version/main; see /var/log/postgresql/postgresql-$version-main.log"
  fi
}

# Prints psql's error (if any) for a passwordless TCP login as postgres, like the app does.
pg_login_error() {
  {
    env -u PGPASSWORD PGPASSFILE=/dev/null PGCONNECT_TIMEOUT=5 LC_ALL=C \
      psql -X -w -q -At -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -c 'select 1' >/dev/null
  } 2>&1
}

is_auth_error() {
  grep -Eqi 'password authentication failed|no password supplied|no pg_hba\.conf entry|(peer|ident) authentication failed' <<<"$1"
}

ensure_pg_passwordless_login() {
  have psql || return 0
  local err hba version
  err=$(pg_login_error) && return 0
  is_auth_error "$err" || die "postgres: up, but login as postgres@$PG_HOST failed: $err"

  hba=$(as_postgres psql -X -q -At -p "$PG_PORT" -c 'show hba_file' 2>/dev/null || true)
  if [[ -z $hba ]]; then
    version=$(pg_cluster_version)
    hba=/etc/postgresql/$version/main/pg_hba.conf
  fi
  as_root test -f "$hba" || die "postgres: cannot find pg_hba.conf (tried $hba)"
  local top
  top=$(as_root head -n 3 "$hba")
  if grep -Eq '127\.0\.0\.1/32[[:space:]]+trust' <<<"$top"; then
    die "postgres: $hba already trusts $PG_HOST but login still fails: $err"
  fi
  # "1i" inserts in command order, so these end up at the top as written; top wins in pg_hba.
  as_root sed -i \
    -e '1i # Added by docker/local-services.sh: passwordless local TCP, development only.' \
    -e '1i host    all             all             127.0.0.1/32            trust' \
    -e '1i host    all             all             ::1/128                 trust' \
    "$hba" || die "postgres: could not edit $hba"
  if ! as_postgres psql -X -q -At -p "$PG_PORT" -c 'select pg_reload_conf()' >/dev/null 2>&1; then
    version=${version:-$(pg_cluster_version)}
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main reload ||
      die "postgres: could not reload configuration after editing $hba"
  fi
  echo "postgres: NOTE added 'trust' for $PG_HOST and ::1 at the top of $hba (development only, never in production)" >&2

  local i
  for ((i = 0; i < 10; i++)); do
    err=$(pg_login_error) && return 0
    sleep 0.5
  done
  die "postgres: login as postgres@$PG_HOST still fails after editing $hba: $err"
}

# --- Redis -------------------------------------------------------------------

REDIS_REPLY=""

# 0 = PONG, 1 = something answers but not PONG (loading, auth, not Redis), 2 = nothing there.
redis_state() {
  if have redis-cli; then
    REDIS_REPLY=$(timeout 3 redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" ping 2>&1 || true)
    [[ $REDIS_REPLY == PONG ]] && return 0
    tcp_open "$REDIS_HOST" "$REDIS_PORT" && return 1
    return 2
  fi
  tcp_open "$REDIS_HOST" "$REDIS_PORT" && return 0
  return 2
}

start_redis() {
  local dir=/tmp log=/tmp/redis-local-services.log
  # Keep files out of the caller's working directory; don't touch the packaged log file.
  [[ -d /var/lib/redis ]] && dir=/var/lib/redis
  [[ -d /var/log/redis ]] && log=/var/log/redis/local-services.log
  echo "redis: starting redis-server" >&2
  # "-::1" binds IPv6 loopback when available and is skipped otherwise, so "localhost" works too.
  as_root redis-server --daemonize yes --bind "$REDIS_HOST" -::1 --port "$REDIS_PORT" \
    --save "" --appendonly no --dir "$dir" --logfile "$log" ||
    die "redis: redis-server failed to start; see $log"
  REDIS_LOG=$log
}

# --- common ------------------------------------------------------------------

# wait_for STATE_FUNC: succeed once STATE_FUNC returns 0, within WAIT_SECONDS.
wait_for() {
  local probe=$1 deadline=$((SECONDS + WAIT_SECONDS))
  while ((SECONDS < deadline)); do
    "$probe" && return 0
    sleep 0.5
  done
  return 1
}

APT_UPDATED=0
install_packages() {
  have apt-get || die "local-services: cannot install $* (apt-get not found; this script targets Debian)"
  echo "local-services: installing $* from Debian packages" >&2
  if ((APT_UPDATED == 0)); then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -q update || die "local-services: apt-get update failed"
    APT_UPDATED=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "$@" || die "local-services: apt-get install $* failed"
}

main() {
  local pg_action=none redis_action=none rc
  local -a packages=()
  REDIS_LOG=""

  rc=0
  pg_state || rc=$?
  case $rc in
    0) ;;
    1) pg_action='wait' ;;
    *)
      if tcp_open "$PG_HOST" "$PG_PORT"; then
        die "postgres: $PG_HOST:$PG_PORT is in use, but not by a PostgreSQL server that answers"
      elif pg_installed; then
        pg_action=start
      else
        pg_action=install
        packages+=(postgresql)
      fi
      ;;
  esac

  rc=0
  redis_state || rc=$?
  case $rc in
    0) ;;
    1)
      # Only a loading dataset is worth waiting for; auth errors or a foreign listener are not.
      [[ $REDIS_REPLY == LOADING* ]] ||
        die "redis: $REDIS_HOST:$REDIS_PORT is in use, but PING replied: ${REDIS_REPLY:-nothing}"
      redis_action='wait'
      ;;
    *)
      if have redis-server; then
        redis_action=start
      else
        redis_action=install
        packages+=(redis-server)
      fi
      ;;
  esac

  if ((${#packages[@]} > 0)); then
    install_packages "${packages[@]}"
  fi

  if [[ $pg_action != none ]]; then
    # The package may already have started it (systemd), so only start if still silent.
    if [[ $pg_action != wait ]] && ! pg_state; then
      start_postgres
    fi
    wait_for pg_state ||
      die "postgres: not answering on $PG_HOST:$PG_PORT after ${WAIT_SECONDS}s; see /var/log/postgresql/"
    # Only for a server this script installed or started: never reconfigure one we found running.
    if [[ $pg_action != wait ]]; then
      ensure_pg_passwordless_login
    fi
  fi

  if [[ $redis_action != none ]]; then
    if [[ $redis_action != wait ]] && ! redis_state; then
      start_redis
    fi
    if ! wait_for redis_state; then
      local detail=""
      [[ -n $REDIS_REPLY ]] && detail=" (PING replied: $REDIS_REPLY)"
      [[ -n $REDIS_LOG ]] && detail+="; see $REDIS_LOG"
      die "redis: not answering PONG on $REDIS_HOST:$REDIS_PORT after ${WAIT_SECONDS}s$detail"
    fi
  fi

  echo "postgres: up ($PG_HOST:$PG_PORT)"
  echo "redis: up ($REDIS_HOST:$REDIS_PORT)"
}

main "$@"
