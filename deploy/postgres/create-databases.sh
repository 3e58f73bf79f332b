#!/bin/bash
# Runs once, when the PostgreSQL container initialises an empty data directory
# (docker-entrypoint-initdb.d): one database per service, each owned by its own role.
# The services' Flyway migrations create the tables at their first start.
set -euo pipefail
: "${ONESTOP_DB_PASSWORD:?set ONESTOP_DB_PASSWORD}"
for service in portal management processing data_sharing; do
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
       -v role="onestop_${service}" -v db="onestop_${service}" -v password="$ONESTOP_DB_PASSWORD" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"db" OWNER :"role" ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
SQL
done
