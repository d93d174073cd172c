#!/usr/bin/env bash
# Renders city-site.conf with the machine's nginx and asks it the questions the site server's
# tests ask: `nginx -t` on a wrapper in a temporary prefix, then a real run on 127.0.0.1 with a
# self-signed certificate, curl against it, and stop. Needs nginx (Debian: nginx-light), openssl, curl.
#   deploy/nginx/check.sh [built site, default: a tiny one made here] [https port, default 5190]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
port="${2:-5190}"
command -v nginx >/dev/null || { echo "nginx is not installed (apt-get install nginx-light)"; exit 1; }
prefix="$(mktemp -d)"
trap 'nginx -p "$prefix" -c "$prefix/nginx.conf" -s stop 2>/dev/null || true; rm -rf "$prefix"' EXIT
mkdir -p "$prefix/logs" "$prefix/certs" "$prefix/site/assets"
chmod 755 "$prefix" # nginx's workers run as an unprivileged user: they must reach the site
if [ -n "${1:-}" ]; then
  site="$(cd "$1" && pwd)"
else
  site="$prefix/site"
  printf '<!doctype html><title>t</title><script type="module" src="/assets/app-abc123.js"></script>\n' >"$site/index.html"
  printf 'export const x = "%s";\n' "$(printf 'baeumteo %.0s' {1..100})" >"$site/assets/app-abc123.js"
fi
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost \
  -keyout "$prefix/certs/siheung.baeumteo.kr.key" -out "$prefix/certs/siheung.baeumteo.kr.crt" 2>/dev/null
cp "$here/security-headers.conf" "$here/log-format.conf" "$prefix/"
cp /etc/nginx/mime.types "$prefix/"
# The site as shipped, moved onto this machine: a free port, the test root, logs in the prefix.
sed -e "s#listen 443 ssl http2;#listen 127.0.0.1:$port ssl http2;#" -e '/listen \[::\]/d' \
  -e "s#listen 80;#listen 127.0.0.1:$((port + 1));#" \
  -e "s#root /srv/baeumteo/siheung;#root $site;#" \
  -e "s#/var/log/nginx/#$prefix/logs/#" "$here/city-site.conf" >"$prefix/city-site.conf"
cat >"$prefix/nginx.conf" <<CONF
pid $prefix/nginx.pid;
error_log $prefix/logs/error.log warn;
events {}
http {
  client_body_temp_path $prefix/tmp_body;
  proxy_temp_path $prefix/tmp_proxy;
  fastcgi_temp_path $prefix/tmp_fastcgi;
  uwsgi_temp_path $prefix/tmp_uwsgi;
  scgi_temp_path $prefix/tmp_scgi;
  include log-format.conf;
  include city-site.conf;
}
CONF
nginx -t -p "$prefix" -c "$prefix/nginx.conf"
nginx -p "$prefix" -c "$prefix/nginx.conf"
base="https://127.0.0.1:$port"
failures=0
expect() { # description, expected, actual
  if [ "$2" = "$3" ]; then echo "ok   $1"; else echo "FAIL $1: expected '$2', got '$3'"; failures=$((failures + 1)); fi
}
status() { curl -sk -o /dev/null -w '%{http_code}' "$@"; }
header() { curl -sk -o /dev/null -D - "${@:2}" | tr -d '\r' | grep -i "^$1:" | head -n 1 | cut -d' ' -f2- || true; }
asset="$(cd "$site" && ls -S assets/*.js | head -n 1)" # the largest: above gzip_min_length
expect "/ is index.html" 200 "$(status "$base/")"
expect "an app route is index.html" "$(curl -sk "$base/")" "$(curl -sk "$base/courses/abc?code=x")"
expect "index.html is revalidated" "no-cache" "$(header cache-control "$base/courses")"
expect "a hashed asset is immutable" "public, max-age=31536000, immutable" "$(header cache-control "$base/$asset")"
expect "a missing chunk is 404" 404 "$(status "$base/assets/gone-123.js")"
expect "a missing file is 404" 404 "$(status "$base/favicon.ico")"
expect "config.json from the server block" '{"graphqlUrl":"https://api.baeumteo.kr/graphql"}' "$(curl -sk "$base/config.json")"
expect "config.json is revalidated" "no-cache" "$(header cache-control "$base/config.json")"
expect "gzip" gzip "$(header content-encoding "$base/$asset" -H 'accept-encoding: gzip')"
expect "vary" "Accept-Encoding" "$(header vary "$base/$asset" -H 'accept-encoding: gzip')"
expect "js type" "application/javascript; charset=utf-8" "$(header content-type "$base/$asset")"
etag="$(header etag "$base/$asset")"
expect "304 on If-None-Match" 304 "$(status "$base/$asset" -H "if-none-match: $etag")"
expect "POST is 405" 405 "$(status -X POST "$base/")"
expect "405 names what is allowed" "GET, HEAD" "$(header allow -X POST "$base/")"
expect "traversal is refused" 400 "$(status --path-as-is "$base/../../etc/passwd")"
code="$(status --path-as-is "$base/assets/%2e%2e/%2e%2e/etc/passwd")"
expect "encoded traversal is refused (400 or 404)" yes "$([[ $code = 400 || $code = 404 ]] && echo yes)"
expect "dotfiles are 404" 404 "$(status "$base/.env")"
for path in / /assets/gone.js /config.json; do
  expect "CSP on $path" yes "$(header content-security-policy "$base$path" | grep -q "connect-src 'self' https://api.baeumteo.kr;" && echo yes)"
  expect "HSTS on $path" "max-age=31536000; includeSubDomains" "$(header strict-transport-security "$base$path")"
  expect "nosniff on $path" nosniff "$(header x-content-type-options "$base$path")"
  expect "frame DENY on $path" DENY "$(header x-frame-options "$base$path")"
done
expect "CSP on a 405" yes "$(header content-security-policy -X POST "$base/" | grep -q "frame-ancestors 'none'" && echo yes)"
expect "http redirects to https" 301 "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$((port + 1))/")"
expect "the access log has no query string" "" "$(grep -c 'code=x' "$prefix/logs/baeumteo-siheung.log" | grep -v '^0$' || true)"
echo "access log: $(tail -n 1 "$prefix/logs/baeumteo-siheung.log")"
[ "$failures" = 0 ] && echo "nginx: all checks passed" || { echo "nginx: $failures checks failed"; exit 1; }
