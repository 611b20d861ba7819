#!/usr/bin/env bash
# Regenerates dossier.docx and dossier.pdf from dossier.html in every case folder of this set.
# HTML -> DOCX (Writer HTML import, keeps page breaks) -> PDF (writer_pdf_Export, A4).
# Safe to re-run: outputs are overwritten. Usage: ./build.sh [case ...]
set -euo pipefail
cd "$(dirname "$0")"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
lo() { libreoffice -env:UserInstallation="file://$profile" --headless "$@" >/dev/null; }
cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
  for d in */; do [ -f "$d/dossier.html" ] && cases+=("${d%/}"); done
fi
for c in "${cases[@]}"; do
  rm -f "$c/dossier.docx" "$c/dossier.pdf"
  lo --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' --outdir "$c" "$c/dossier.html"
  lo --convert-to 'pdf:writer_pdf_Export' --outdir "$c" "$c/dossier.docx"
  pages=$(pdfinfo "$c/dossier.pdf" | awk '/^Pages:/ {print $2}')
  echo "$c: $pages pages"
done
