#!/usr/bin/env bash
# Writes one request per operation with `ews-im request …` (several variants for
# GetImItems: with and without each optional part, each impersonation kind the CLI has)
# into a temporary directory and validates every file against the EWS schema with
# ../shared/tools/validate-ews.py (xmllint). Exits non-zero if a request cannot be
# written or does not validate.
#
# Usage: scripts/validate-requests.sh [--keep DIR]
#   needs python3 and xmllint (Debian: apt-get install libxml2-utils; installed when run as root);
#   builds the CLI with cargo (honours CARGO_TARGET_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."

validator=../shared/tools/validate-ews.py
[ -f "$validator" ] || { echo "error: $validator not found" >&2; exit 2; }
if ! command -v xmllint >/dev/null; then
  # A fresh machine: install it when we can (root with apt-get), as CI would have to.
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "xmllint not found: installing libxml2-utils" >&2
    (apt-get install -y -q libxml2-utils || { apt-get update -q && apt-get install -y -q libxml2-utils; }) >/dev/null
  fi
  command -v xmllint >/dev/null || { echo "error: xmllint not found (apt-get install libxml2-utils)" >&2; exit 2; }
fi

keep=""
if [ "${1:-}" = "--keep" ]; then keep="${2:?--keep needs a directory}"; fi

cargo build --quiet --bin ews-im
bin="${CARGO_TARGET_DIR:-target}/debug/ews-im"

if [ -n "$keep" ]; then out="$keep"; mkdir -p "$out"; else out="$(mktemp -d)"; trap 'rm -rf "$out"' EXIT; fi

C='AAMkADEzOTExYACABmEhpSAAA=:EQAAABBmNDjF'
G='AAMkADEzOTExYjJkBY7+0EAAA=:EgAAAA=='
TAG='PropertyTag=0x3001,PropertyType=String'
NAMED='DistinguishedPropertySetId=PublicStrings,PropertyName=X-Tag\, <&>"'"'"' é 😀,PropertyType=StringArray'
BYID='PropertySetId=00062004-0000-0000-C000-000000000046,PropertyId=32896,PropertyType=String'
BYGUIDNAME='PropertySetId=6ed8da90-450b-101b-98da-00aa003f1305,PropertyName=Back\\slash,PropertyType=Integer'
BYDSETID='DistinguishedPropertySetId=Address,PropertyId=-1,PropertyType=Boolean'
TEXT='A & B <Team> "quoted" '"'"'it'"'"' ]]> é 😀'

n=0
fail=0
gen() { # gen NAME ARGS...: one request file
  local name="$1"; shift
  if "$bin" request "$@" >"$out/$name.xml" 2>"$out/$name.err"; then
    n=$((n + 1))
  else
    echo "$name: ews-im request $* failed: $(cat "$out/$name.err")"
    rm -f "$out/$name.xml"
    fail=1
  fi
  rm -f "$out/$name.err"
}

# GetImItems: every optional part on its own, all together, and each header variant.
gen getimitems-empty get-im-items
gen getimitems-contact get-im-items --contact "$C"
gen getimitems-contact-no-changekey get-im-items --contact AAMkADEzOTExYACABmEhpSAAA=
gen getimitems-contacts get-im-items --contact "$C" --contact 'AAMkADEzOTExYACABmEhpSAAB='
gen getimitems-group get-im-items --group "$G"
gen getimitems-extended-tag get-im-items --extended-property "$TAG"
gen getimitems-extended-all-forms get-im-items --extended-property "$TAG" --extended-property "$NAMED" \
  --extended-property "$BYID" --extended-property "$BYGUIDNAME" --extended-property "$BYDSETID"
gen getimitems-documented-example get-im-items --contact "$C" --group "$G" --extended-property "$TAG" --culture en-US
gen getimitems-no-culture get-im-items --contact "$C" --group "$G" --extended-property "$TAG"
gen getimitems-impersonate-smtp get-im-items --contact "$C" --culture en-US --impersonate-smtp tony@contoso.com
gen getimitems-impersonate-upn get-im-items --group "$G" --impersonate-upn 'tony&co@contoso.com'
gen getimitems-impersonate-sid get-im-items --impersonate-sid S-1-5-21-1004336348-1177238915-682003330-512
gen getimitems-version-2007 get-im-items --contact "$C" --version Exchange2007
gen getimitems-version-latest get-im-items --contact "$C" --version V2018_01_08 --culture zh-Hant-TW
gen getimitems-escaped-ids get-im-items --contact 'a<b>&"c'"'"'d:e&f' --group "$TEXT"

# The other operations, with and without their optional parts.
gen getimitemlist get-im-item-list --culture en-US
gen getimitemlist-extended get-im-item-list --extended-property "$TAG" --extended-property "$NAMED"
gen addimgroup add-im-group --display-name MyCustomGroup --culture en-US
gen addimgroup-escaped add-im-group --display-name "$TEXT"
gen addimcontacttogroup add-im-contact-to-group --contact-id 'AAMkAGQ1MjJjMTBkLTc4Y2AA=:EQAAABYAAABtF8oI7i' \
  --group-id 'AAMkAGQ1MjJjMTBkzzAAAQKAAA=:EgAAAA=='
gen addimcontacttogroup-no-group add-im-contact-to-group --contact-id 'AAMkAGQ1MjJjMTBkLTc4Y2AA='
gen addnewimcontacttogroup add-new-im-contact-to-group --im-address rkolar@example.com --display-name 'Remy Kolar' \
  --group-id 'AAMkAGQ1MjJjMTBkLTc4Y2UtNDAAAQKAAA=:EgAAAA=='
gen addnewimcontacttogroup-minimal add-new-im-contact-to-group --im-address sip:rkolar@example.com
gen addnewteluricontacttogroup add-new-tel-uri-contact-to-group --tel-uri-address tel:3105550177 \
  --im-contact-sip-uri-address sip:lena@example.com --im-telephone-number 3105550177 \
  --group-id 'AAMkADEzOTm4QrAABY7+0GAAA='
gen addnewteluricontacttogroup-no-group add-new-tel-uri-contact-to-group --tel-uri-address tel:3105550177 \
  --im-contact-sip-uri-address sip:lena@example.com --im-telephone-number 3105550177
gen adddistributiongrouptoimlist add-distribution-group-to-im-list --smtp-address distributionlist1@example.com \
  --display-name 'Distribution List 1'
gen removeimcontactfromgroup remove-im-contact-from-group --contact-id 'AAMkAGQ1MjJjMTBkLTcAAAAvcAAA=:EQAAABYAAABtF8oI7iVOQ' \
  --group-id 'AAMkAGQ1MjJjMTBkbWAAAAAAQKAAA=:EgAAAA=='
gen removeimgroup remove-im-group --group-id 'AAMkAGQ1MjJjMTBkLTc4Y2UtNDA5hQoTbWAAAAAAQRAAA=:EgAAAA==' --culture en-US
gen setimgroup set-im-group --group-id 'AAMkAGQ1MjJjMTBkQoTbWAAAAAAQRAAA=:EgAAAA==' --new-display-name MyNewGroupName
gen setimgroup-escaped set-im-group --group-id 'AAMkAGQ1MjJjMTBkQoTbWAAAAAAQRAAA=' --new-display-name "$TEXT"
gen removecontactfromimlist remove-contact-from-im-list --contact-id 'AAMkADEzOTExYACABmEhpSAAA='
gen removedistributiongroupfromimlist remove-distribution-group-from-im-list --group-id 'AAMkADEzO4QrAABmEh5oAAA='
gen setimlistmigrationcompleted-true set-im-list-migration-completed --im-list-migration-completed true
gen setimlistmigrationcompleted-false set-im-list-migration-completed --im-list-migration-completed false
gen getpersona-id get-persona --persona-id 'AAQkADEzAQAKtOtR/l4MlLqHWORfhSYKU='
gen getpersona-id-changekey get-persona --persona-id 'AAQkADEzAQAKtOtR/l4MlLqHWORfhSYKU=:EQAAABBmNDjF'
gen getpersona-email get-persona --email-address tony@contoso.com --impersonate-smtp admin@contoso.com
gen findpeople-contacts find-people --max-entries-returned 100 --distinguished-folder-id contacts
gen findpeople-directory find-people --max-entries-returned 100 --offset 0 --distinguished-folder-id directory \
  --query-string bolte
gen findpeople-folder-id find-people --max-entries-returned 10 --offset 20 --base-point End \
  --folder-id 'AAMkADEzOTExYjJkAAA=:AQAAAA==' --query-string "$TEXT"
gen findpeople-minimal find-people

echo "wrote $n requests into $out"

# Negative control: the validator must reject what the writer never writes. An empty
# ContactIds (NonEmptyArrayOfBaseItemIdsType) and an https:// namespace.
neg="$(mktemp -d)"
sed 's|<m:GetImItems/>|<m:GetImItems><m:ContactIds/></m:GetImItems>|' "$out/getimitems-empty.xml" >"$neg/empty-contactids.xml"
sed 's|http://schemas.microsoft.com/exchange/services/2006/messages|https://schemas.microsoft.com/exchange/services/2006/messages|' \
  "$out/getimitems-documented-example.xml" >"$neg/https-namespace.xml"
for f in "$neg"/*.xml; do
  if python3 "$validator" "$f" >/dev/null 2>&1; then
    echo "negative control $(basename "$f") was accepted: the validator does not check what it should"
    fail=1
  else
    echo "negative control $(basename "$f"): rejected, as it must be"
  fi
done
rm -rf "$neg"
set +e
report="$(python3 "$validator" "$out"/*.xml)"
status=$?
set -e
printf '%s\n' "$report"
valid=$(printf '%s\n' "$report" | grep -c ': valid$' || true)
echo "$valid of $n requests valid against the EWS schema"
if [ "$status" -ne 0 ] || [ "$fail" -ne 0 ]; then
  echo "FAILED"
  exit 1
fi
echo "OK"
