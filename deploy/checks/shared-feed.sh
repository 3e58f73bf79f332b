#!/usr/bin/env bash
# Checks a data-sharing feed end to end against a running platform (./onestop up), with a real
# Kafka client (kcat): the market regulator (330100-AMR, demo user clerk) registers a resource with
# four fields, a tax clerk (a new staff account in 330100-TAX) is granted two of them, the owner
# publishes a record, and the tax department must receive exactly those two fields both on its
# Kafka topic and through the pull API. docs/operations.md §10.
#
# Environment: ONESTOP_GATEWAY_PORT (8080), ONESTOP_KAFKA_PORT (29092). Installs kcat from
# Debian's packages when it is missing and the script runs as root.
set -euo pipefail

gateway="http://localhost:${ONESTOP_GATEWAY_PORT:-8080}"
broker="127.0.0.1:${ONESTOP_KAFKA_PORT:-29092}"
run="$(date +%s)$RANDOM"
resource="feed-check-$run"
tax_user="taxclerk$run"
tax_password="feed-check-$run"

if ! command -v kcat >/dev/null 2>&1; then
  if [ "$(id -u)" != "0" ]; then
    echo "this check needs kcat (apt-get install kcat)" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends kcat >/dev/null
fi

fail() {
  echo "FAILED: $*" >&2
  exit 1
}

# POST JSON with a bearer token; prints the body, fails unless the status is 2xx.
post() {
  local path=$1 token=$2 body=$3 out status
  out=$(mktemp)
  status=$(curl -s -o "$out" -w '%{http_code}' "$gateway$path" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d "$body")
  [[ $status == 2* ]] || fail "POST $path answered $status: $(cat "$out")"
  cat "$out"
  rm -f "$out"
}

json_field() {
  sed -E "s/.*\"$1\":\"([^\"]+)\".*/\1/"
}

token() {
  curl -s "$gateway/api/portal/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$2\"}" | json_field accessToken
}

admin=$(token admin onestop-demo)
owner=$(token clerk onestop-demo)
post /api/portal/v1/staff-accounts "$admin" "{\"username\":\"$tax_user\",\"displayName\":\"税务核验\",
  \"password\":\"$tax_password\",\"departmentCode\":\"330100-TAX\",\"regionCode\":\"330100\",\"roles\":[\"STAFF\"]}" >/dev/null
consumer=$(token "$tax_user" "$tax_password")

echo "== 330100-AMR registers $resource with four fields"
post /api/data-sharing/v1/resources "$owner" "{\"code\":\"$resource\",\"name\":\"营业执照信息\",
  \"description\":\"企业营业执照登记信息\",\"sharingType\":\"CONDITIONAL\",\"updateFrequency\":\"realtime\",
  \"fields\":[{\"code\":\"creditCode\",\"name\":\"统一社会信用代码\",\"type\":\"string\",\"sensitive\":false},
    {\"code\":\"name\",\"name\":\"企业名称\",\"type\":\"string\",\"sensitive\":false},
    {\"code\":\"representativeId\",\"name\":\"法定代表人身份证号\",\"type\":\"string\",\"sensitive\":true},
    {\"code\":\"capital\",\"name\":\"注册资本\",\"type\":\"number\",\"sensitive\":false}]}" >/dev/null

echo "== 330100-TAX is granted creditCode and name"
grant=$(post "/api/data-sharing/v1/resources/$resource/grants" "$consumer" \
  '{"purpose":"税务登记核验","fields":["creditCode","name"],"validUntil":"2099-12-31T00:00:00Z"}' | json_field id)
status=$(curl -s -o /dev/null -w '%{http_code}' "$gateway/api/data-sharing/v1/resources/$resource/records" \
  -H "Authorization: Bearer $consumer")
[ "$status" = 403 ] || fail "a pull before the grant was approved got $status instead of 403"
post "/api/data-sharing/v1/grants/$grant/approve" "$owner" '{"reason":"同意"}' >/dev/null

echo "== the owner publishes a record with all four"
post "/api/data-sharing/v1/resources/$resource/records" "$owner" '{"key":"91330100MA2FEED001",
  "data":{"creditCode":"91330100MA2FEED001","name":"杭州示例科技有限公司","representativeId":"330106199001011234","capital":1000000}}' >/dev/null

check_only_granted() {
  local where=$1 text=$2
  grep -q '"creditCode":"91330100MA2FEED001"' <<<"$text" || fail "$where lacks the granted creditCode: $text"
  grep -q '"name":"杭州示例科技有限公司"' <<<"$text" || fail "$where lacks the granted name: $text"
  if grep -q -e representativeId -e capital -e 330106199001011234 <<<"$text"; then
    fail "$where carries fields outside the grant: $text"
  fi
  echo "$where: only creditCode and name"
}

topic="data-sharing.feed.330100-TAX.$resource.v1"
feed=""
for _ in $(seq 1 30); do
  feed=$(kcat -b "$broker" -C -t "$topic" -o beginning -e -q -f '%s\n' 2>/dev/null || true)
  [ -n "$feed" ] && break
  sleep 1
done
[ -n "$feed" ] || fail "no record on $topic within 30 s"
check_only_granted "kcat $topic" "$feed"

pulled=$(curl -s "$gateway/api/data-sharing/v1/resources/$resource/records" -H "Authorization: Bearer $consumer")
check_only_granted "pull API" "$pulled"
echo "shared feed check passed"
