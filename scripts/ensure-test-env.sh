#!/usr/bin/env bash
# Makes sure what the whole test suite needs is on this machine: Debian chromium and CJK fonts for the
# end-to-end tests, and running PostgreSQL and Redis for the scale-out suite. Installs and starts them
# when it can (root with apt-get, as on our CI machines); otherwise says exactly what is missing and fails.
set -euo pipefail

missing=()
can_install=false
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then can_install=true; fi
apt_updated=false
apt_install() {
  if ! $can_install; then missing+=("$*"); return; fi
  if ! $apt_updated; then DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null; apt_updated=true; fi
  echo "ensure-test-env: installing $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

[ -x /usr/bin/chromium ] || apt_install chromium
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || apt_install fonts-noto-cjk

if ! command -v pg_ctlcluster >/dev/null 2>&1 && ! command -v pg_ctl >/dev/null 2>&1; then apt_install postgresql; fi
if ! command -v redis-server >/dev/null 2>&1; then apt_install redis-server; fi

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if ! port_open 5432 && command -v pg_ctlcluster >/dev/null 2>&1; then
  version=$(ls /etc/postgresql 2>/dev/null | sort -n | tail -n 1)
  if [ -n "$version" ]; then
    conf="/etc/postgresql/$version/main/pg_hba.conf"
    # Tests connect as postgres over TCP without a password, as the machines we target are set up.
    if [ -w "$conf" ] && ! grep -q '^host all all 127.0.0.1/32 trust' "$conf"; then
      sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$conf"
    fi
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  fi
fi
if ! port_open 6379 && command -v redis-server >/dev/null 2>&1; then
  mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log || true
fi

for attempt in $(seq 1 30); do
  port_open 5432 && port_open 6379 && break
  sleep 1
done
port_open 5432 || missing+=("PostgreSQL listening on 127.0.0.1:5432 (trust auth for user postgres)")
port_open 6379 || missing+=("Redis listening on 127.0.0.1:6379")

if [ ${#missing[@]} -gt 0 ]; then
  echo "ensure-test-env: the test suite needs:" >&2
  for item in "${missing[@]}"; do echo "  - $item" >&2; done
  echo "On Debian/Ubuntu as root: apt-get install -y chromium fonts-noto-cjk postgresql redis-server" >&2
  exit 1
fi
echo "ensure-test-env: chromium, CJK fonts, PostgreSQL and Redis are ready"
