#!/usr/bin/env bash
# Offline checks of the deployment files (docs/operations.md, "Checks"): compose, every Kustomize
# overlay against the Kubernetes schemas and our rules, Prometheus config, alert rules and their
# unit tests, dashboard queries. Installs what it needs: docker-compose and promtool from Debian
# (as root), the Node packages with npm ci; kubectl comes with the machine image.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

missing=()
command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
command -v promtool >/dev/null 2>&1 || missing+=(prometheus)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != "0" ]; then
    echo "deploy checks need: ${missing[*]} (apt-get install --no-install-recommends ...)" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if ! command -v kubectl >/dev/null 2>&1; then
  echo "deploy checks need kubectl (with its built-in kustomize) on the PATH" >&2
  exit 1
fi

echo "== docker-compose.yml"
docker-compose -f docker-compose.yml config -q
docker-compose -f docker-compose.yml config > "$work/compose.yml"

echo "== k8s overlays"
overlays=()
for overlay in k8s/overlays/*/; do
  name=$(basename "$overlay")
  kubectl kustomize "$overlay" > "$work/$name.yml"
  echo "$name: $(grep -c '^kind:' "$work/$name.yml") objects"
  overlays+=("$name=$work/$name.yml")
done

echo "== Prometheus configuration and alert rules"
promtool check config deploy/prometheus/prometheus.yml
promtool test rules deploy/prometheus/alerts-test.yml

echo "== schemas and rules"
(cd deploy/checks && npm ci --no-audit --no-fund --loglevel=error)
DASHBOARD_RULES="$work/dashboard-queries.yml" node deploy/checks/validate.mjs "$PWD" "$work/compose.yml" "${overlays[@]}"

echo "== dashboard queries"
promtool check rules "$work/dashboard-queries.yml"
