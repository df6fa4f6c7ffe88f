#!/bin/sh
# Prints the build's Content-Security-Policy as a header line: the policy of dist/index.html (it
# changes with every build) plus frame-ancestors 'none', which a <meta> tag cannot carry. Run it
# after each build, then reload the server:
#   deploy/csp-header.sh nginx  dist > /etc/nginx/ggi-journey-csp.conf
#   deploy/csp-header.sh apache dist > /etc/apache2/ggi-journey-csp.conf
#   deploy/csp-header.sh policy dist        # the bare policy, for another host's header setting
set -eu
dist="${2:-dist}"
policy="$(sed -n 's/.*http-equiv="Content-Security-Policy" content="\([^"]*\)".*/\1/p' "$dist/index.html")"
case "$policy" in
  *"'sha256-"*) ;;
  *) echo "$dist/index.html is not a build's page: its policy names no script hash" >&2; exit 1 ;;
esac
policy="$policy; frame-ancestors 'none'"
case "${1:-}" in
  nginx)  printf 'add_header Content-Security-Policy "%s" always;\n' "$policy" ;;
  apache) printf 'Header always set Content-Security-Policy "%s"\n' "$policy" ;;
  policy) printf '%s\n' "$policy" ;;
  *) echo "usage: $0 nginx|apache|policy [dist]" >&2; exit 2 ;;
esac
