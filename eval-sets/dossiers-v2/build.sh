#!/usr/bin/env bash
# Regenerates dossier.docx and dossier.pdf from dossier.html in every case folder.
# Idempotent: outputs are overwritten on each run.
set -euo pipefail
cd "$(dirname "$0")"
PROFILE="$(mktemp -d)"
trap 'rm -rf "$PROFILE"' EXIT
for dir in v2-*/; do
  dir="${dir%/}"
  [ -f "$dir/dossier.html" ] || continue
  rm -f "$dir/dossier.docx" "$dir/dossier.pdf"
  libreoffice -env:UserInstallation="file://$PROFILE" --headless \
    --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" \
    --outdir "$dir" "$dir/dossier.html" >/dev/null
  libreoffice -env:UserInstallation="file://$PROFILE" --headless \
    --convert-to pdf --outdir "$dir" "$dir/dossier.docx" >/dev/null
  printf '%s: %s pages\n' "$dir" "$(pdfinfo "$dir/dossier.pdf" | awk '/^Pages:/{print $2}')"
done
