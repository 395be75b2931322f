#!/usr/bin/env bash
# Installs (when missing) and starts the local test servers on loopback:
#   MariaDB on 127.0.0.1:3306 and PostgreSQL on 127.0.0.1:5432, each with a user
#   strata/strata that may create databases. Safe to run again: it only does what is missing.
# Usage: scripts/test-servers.sh [start|stop|env]
set -euo pipefail

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

PACKAGES="openssl pkg-config libmariadb-dev zlib1g-dev mariadb-server mariadb-client postgresql postgresql-client sqlite3 graphviz"

install_missing() {
  local missing=""
  for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
  if [ -n "$missing" ]; then
    echo "test-servers: installing$missing"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
  fi
}

wait_for() { # description command...
  local what=$1; shift
  for _ in $(seq 1 60); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  echo "test-servers: $what did not come up within 60 s" >&2
  return 1
}

start_mariadb() {
  if ! mysqladmin ping -h 127.0.0.1 -P 3306 --silent >/dev/null 2>&1; then
    $SUDO service mariadb start >/dev/null 2>&1 || $SUDO service mysql start >/dev/null 2>&1 || {
      $SUDO mkdir -p /run/mysqld && $SUDO chown mysql:mysql /run/mysqld
      ($SUDO mysqld_safe --bind-address=127.0.0.1 >/dev/null 2>&1 &)
    }
  fi
  wait_for "MariaDB" mysqladmin ping -h 127.0.0.1 -P 3306 --silent
  $SUDO mariadb -uroot <<'SQL'
CREATE USER IF NOT EXISTS 'strata'@'localhost' IDENTIFIED BY 'strata';
CREATE USER IF NOT EXISTS 'strata'@'127.0.0.1' IDENTIFIED BY 'strata';
GRANT ALL PRIVILEGES ON *.* TO 'strata'@'localhost' WITH GRANT OPTION;
GRANT ALL PRIVILEGES ON *.* TO 'strata'@'127.0.0.1' WITH GRANT OPTION;
FLUSH PRIVILEGES;
SQL
  enable_mariadb_tls
  echo "test-servers: MariaDB $(mysql -ustrata -pstrata -h127.0.0.1 -N -e 'SELECT VERSION()') on 127.0.0.1:3306"
}

start_postgres() {
  local version
  version=$(ls /usr/lib/postgresql | sort -V | tail -1)
  if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -q "^$version main$"; then
    $SUDO pg_createcluster "$version" main >/dev/null
  fi
  if ! pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1; then
    $SUDO pg_ctlcluster "$version" main start
  fi
  wait_for "PostgreSQL" pg_isready -h 127.0.0.1 -p 5432
  $SUDO su postgres -c "psql -q -v ON_ERROR_STOP=1" <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'strata') THEN
    CREATE ROLE strata LOGIN PASSWORD 'strata' CREATEDB;
  END IF;
END $$;
SQL
  enable_postgres_tls
  echo "test-servers: PostgreSQL $version on 127.0.0.1:5432 (ssl $($SUDO su postgres -c "psql -Atc 'show ssl'"))"
}

# TLS with a self-signed certificate, so tests can prove that sslmode=require really encrypts.
make_cert() { # dir owner
  if [ ! -f "$1/strata-test.crt" ]; then
    $SUDO openssl req -new -x509 -days 3650 -nodes -subj /CN=localhost \
      -keyout "$1/strata-test.key" -out "$1/strata-test.crt" >/dev/null 2>&1
    $SUDO chown "$2" "$1/strata-test.key" "$1/strata-test.crt"
    $SUDO chmod 600 "$1/strata-test.key"
  fi
}

enable_postgres_tls() {
  [ "$($SUDO su postgres -c "psql -Atc 'show ssl'")" = on ] && return 0
  local data
  data=$($SUDO su postgres -c "psql -Atc 'show data_directory'")
  make_cert "$data" postgres:postgres
  $SUDO su postgres -c "psql -q" <<SQL
ALTER SYSTEM SET ssl_cert_file = '$data/strata-test.crt';
ALTER SYSTEM SET ssl_key_file = '$data/strata-test.key';
ALTER SYSTEM SET ssl = on;
SELECT pg_reload_conf() \\g /dev/null
SQL
  sleep 1
}

enable_mariadb_tls() {
  [ "$($SUDO mariadb -uroot -N -e "SELECT @@have_ssl")" = YES ] && return 0
  $SUDO mkdir -p /etc/mysql/strata-tls
  make_cert /etc/mysql/strata-tls mysql:mysql
  printf '[mariadbd]\nssl_cert = /etc/mysql/strata-tls/strata-test.crt\nssl_key = /etc/mysql/strata-tls/strata-test.key\n' \
    | $SUDO tee /etc/mysql/mariadb.conf.d/90-strata-test-tls.cnf >/dev/null
  $SUDO service mariadb restart >/dev/null 2>&1 || true
  wait_for "MariaDB" mysqladmin ping -h 127.0.0.1 -P 3306 --silent
}

case "${1:-start}" in
  start)
    install_missing
    start_mariadb
    start_postgres
    ;;
  stop)
    $SUDO service mariadb stop >/dev/null 2>&1 || true
    version=$(ls /usr/lib/postgresql | sort -V | tail -1)
    $SUDO pg_ctlcluster "$version" main stop >/dev/null 2>&1 || true
    ;;
  env)
    echo "export STRATA_TEST_POSTGRES_URL=postgresql://strata:strata@127.0.0.1:5432/postgres"
    echo "export STRATA_TEST_MYSQL_URL=mysql://strata:strata@127.0.0.1:3306/mysql"
    ;;
  *) echo "usage: $0 [start|stop|env]" >&2; exit 2 ;;
esac
