#!/usr/bin/env bash
# Manual check (not part of ctest: TeX is heavy) that chronoline PDFs work in LaTeX's
# \includegraphics: builds a one-page document around examples/*/report.pdf with pdflatex and
# reports the result. Installs texlive-latex-base when missing. Writes build/latex-check/report.pdf.
source "$(dirname "$0")/lib.sh"
command -v pdflatex > /dev/null || install_packages <(echo texlive-latex-base)
out="$BUILD_DIR/latex-check"
mkdir -p "$out"
cat > "$out/report.tex" <<TEX
\\documentclass{article}
\\usepackage{graphicx}
\\begin{document}
\\section*{Two timelines}
\\begin{figure}[h]
  \\centering
  \\includegraphics[width=\\linewidth]{$ROOT/examples/kessington-flood-barrier/report.pdf}
  \\caption{Kessington approves a tidal flood barrier.}
\\end{figure}
\\begin{figure}[h]
  \\centering
  \\includegraphics[width=0.8\\linewidth]{$ROOT/examples/voltaren-battery-plant/report.pdf}
  \\caption{Voltaren pauses its plant expansion.}
\\end{figure}
\\end{document}
TEX
(cd "$out" && pdflatex -interaction=nonstopmode -halt-on-error report.tex > pdflatex.log 2>&1) ||
  { tail -20 "$out/pdflatex.log"; echo "LaTeX failed; see $out/pdflatex.log" >&2; exit 1; }
pdfinfo "$out/report.pdf" | grep -E '^(Pages|Page size):'
pdffonts "$out/report.pdf"
echo "OK: $out/report.pdf includes the chronoline PDFs"
