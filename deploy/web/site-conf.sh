#!/bin/sh
# Makes the web image's nginx configuration from deploy/nginx/, the one a city runs on its own
# nginx, changed only where a container differs: plain http on 8080 (TLS ends at the ingress, which
# also redirects http), the built site under /usr/share/nginx/html, the access log on stdout, the
# probes of health.conf, and the API this image was built for in the CSP and the served config.json.
#   site-conf.sh <deploy/nginx dir> <deploy/web dir> <out dir> <GRAPHQL_URL> [PLAIN_HTTP]
# PLAIN_HTTP=1 (compose on http://localhost only) also drops HSTS and upgrade-insecure-requests,
# which would send the browser to https://localhost for the API, as `pnpm serve:web --no-hsts` does.
# Fails, naming the line, when deploy/nginx/ no longer looks as this script expects.
set -eu
nginx_dir="$1"
web_dir="$2"
out="$3"
graphql_url="$4"
plain_http="${5:-}"

if ! printf %s "$graphql_url" | grep -Eq '^(https?://[A-Za-z0-9.-]+(:[0-9]+)?)?/[A-Za-z0-9/._~-]*$'; then
  echo "site-conf: GRAPHQL_URL must be an http(s) URL or an absolute path, got '$graphql_url'" >&2
  exit 1
fi
# The API's origin for the CSP's connect-src; none for a path on the site's own host ('self').
api_origin="$(printf %s "$graphql_url" | sed -n 's#^\(https\{0,1\}://[^/]*\).*#\1#p')"

mkdir -p "$out"
# Drop the http → https redirect server (the ingress's job), keep the site's server block.
awk '
  /^server \{/ { block = $0 "\n"; inside = 1; next }
  inside { block = block $0 "\n"; if ($0 ~ /^\}/) { inside = 0; if (block !~ /return 301 https/) printf "%s", block }; next }
  { print }
' "$nginx_dir/city-site.conf" |
  sed -e 's#^\(  *\)listen 443 ssl http2;#\1listen 8080;#' \
    -e '/listen \[::\]:443/d' \
    -e '/^  *ssl_/d' \
    -e 's#^\(  *\)server_name [^;]*;#\1server_name _;#' \
    -e 's#^\(  *\)server_tokens off;#&\n\1include health.conf;#' \
    -e 's#^\(  *\)root [^;]*;#\1root /usr/share/nginx/html;#' \
    -e "s#^\(  *\)set \$baeumteo_api_origin \"[^\"]*\";#\1set \$baeumteo_api_origin \"$api_origin\";#" \
    -e "s#^\(  *\)set \$baeumteo_graphql_url \"[^\"]*\";#\1set \$baeumteo_graphql_url \"$graphql_url\";#" \
    -e 's#^\(  *\)access_log /var/log/nginx/[^ ]* baeumteo_site;#\1access_log /dev/stdout baeumteo_site;#' \
    >"$out/site.conf"

expect() { # a line the result must have (fixed string), what it is
  grep -Fq -- "$1" "$out/site.conf" || {
    echo "site-conf: deploy/nginx/city-site.conf changed: no $2; update deploy/web/site-conf.sh" >&2
    exit 1
  }
}
expect 'listen 8080;' 'listen 443 line'
expect 'include health.conf;' 'server_tokens line'
expect 'root /usr/share/nginx/html;' 'root line'
expect "set \$baeumteo_api_origin \"$api_origin\";" 'set $baeumteo_api_origin line'
expect "set \$baeumteo_graphql_url \"$graphql_url\";" 'set $baeumteo_graphql_url line'
expect 'access_log /dev/stdout baeumteo_site;' 'access_log line'
if grep -v '^ *#' "$out/site.conf" | grep -Eq 'ssl|listen 80;|return 301'; then
  echo "site-conf: deploy/nginx/city-site.conf changed: TLS or the redirect is still there" >&2
  exit 1
fi

cp "$nginx_dir/log-format.conf" "$web_dir/nginx.conf" "$web_dir/health.conf" "$out/"
if [ -n "$plain_http" ]; then
  sed -e '/Strict-Transport-Security/d' -e 's#; upgrade-insecure-requests"#"#' \
    "$nginx_dir/security-headers.conf" >"$out/security-headers.conf"
  if grep -Eq 'Strict-Transport-Security|upgrade-insecure-requests' "$out/security-headers.conf"; then
    echo "site-conf: deploy/nginx/security-headers.conf changed: HSTS is still there" >&2
    exit 1
  fi
else
  cp "$nginx_dir/security-headers.conf" "$out/"
fi
