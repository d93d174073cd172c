#!/bin/sh
# The migrations' last step: gives each service role (baeumteo_<name>, created by its subgraph's
# migrations with LOGIN and no password) its password from BAEUMTEO_DB_PASSWORD_<NAME>, as the
# owner of that subgraph's database: DATABASE_URL_<NAME> when the subgraphs have databases of
# their own (the Kubernetes Job), else DATABASE_URL (compose). psql's \password hashes the
# password here (SCRAM-SHA-256): PostgreSQL receives, and a statement log records, only the
# verifier, never the password. Idempotent: every release sets them again, so a password changed
# in the Secret takes effect with the next migrations run.
# Runs in the postgres image (psql); shared by the Kubernetes Job and deploy/compose.yaml.
set -eu
for name in learners courses content history notifications; do
  upper="$(printf %s "$name" | tr '[:lower:]' '[:upper:]')"
  eval "owner=\${DATABASE_URL_$upper:-\${DATABASE_URL:-}}"
  eval "password=\${BAEUMTEO_DB_PASSWORD_$upper:-}"
  if [ -z "$owner" ]; then
    echo "role-passwords: DATABASE_URL_$upper (or DATABASE_URL) is required: the owner, direct" >&2
    exit 78
  fi
  if [ -z "$password" ]; then
    echo "role-passwords: BAEUMTEO_DB_PASSWORD_$upper is required (the baeumteo_$name role's password)" >&2
    exit 78
  fi
  # Without a terminal (setsid), psql reads the new password, twice, from standard input; its
  # prompts are dropped, its errors shown.
  if ! output="$(printf '%s\n%s\n' "$password" "$password" |
    setsid -w psql "$owner" --no-psqlrc --quiet --set ON_ERROR_STOP=1 \
      --command "\\password baeumteo_$name" 2>&1)"; then
    printf '%s\n' "$output" | grep -v '^Enter' >&2
    echo "role-passwords: could not set the password of baeumteo_$name" >&2
    exit 1
  fi
  echo "role-passwords: baeumteo_$name has its password"
done
