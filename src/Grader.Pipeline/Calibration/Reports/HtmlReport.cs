using System.Globalization;
using System.Text;
using Grader.Pipeline.Calibration.Metrics;
using Grader.Pipeline.Calibration.Quality;

namespace Grader.Pipeline.Calibration.Reports;

/// <summary>
/// A self-contained French HTML page: inline CSS, inline SVG charts, no script and no external resource, so that it
/// opens from a file or an e-mail attachment. Every chart has a <c>&lt;title&gt;</c> and a <c>&lt;desc&gt;</c> and is
/// followed by, or sits next to, a table with the same figures (the text alternative). Everything is HTML-encoded.
/// </summary>
internal sealed class HtmlReport
{
    private const string Css = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1b1b;line-height:1.45}
        h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.2rem;border-bottom:1px solid #ccc}h3{font-size:1.05rem}
        table{border-collapse:collapse;margin:.8rem 0;font-size:.9rem}th,td{border:1px solid #bbb;padding:.3rem .5rem;vertical-align:top;text-align:left}
        th{background:#eef1f5}td.n{text-align:right;font-variant-numeric:tabular-nums}caption{text-align:left;font-weight:600;padding:.3rem 0}
        code,pre{background:#f4f4f4;padding:.1rem .3rem}pre{padding:.6rem;overflow-x:auto}
        .passed{color:#0a5c2a;font-weight:600}.failed{color:#9b1c1c;font-weight:600}.notenoughdata{color:#6b4e00;font-weight:600}
        .charts{display:flex;flex-wrap:wrap;gap:1.2rem}figure{margin:0}figcaption{font-size:.85rem;color:#444}
        svg text{font-family:inherit}
        """;

    private readonly StringBuilder html = new();

    public HtmlReport(string title)
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
            .Append(Encode(title)).Append("</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n<main>\n<h1>").Append(Encode(title)).Append("</h1>\n");
    }

    public static string Encode(string text) => Raw(FrenchFigures.Typeset(text));

    /// <summary>Escapes the five characters that matter in text and attribute values; accents stay readable (the page is UTF-8).</summary>
    public static string Raw(string text) => new StringBuilder(text.Length)
        .Append(text)
        .Replace("&", "&amp;")
        .Replace("<", "&lt;")
        .Replace(">", "&gt;")
        .Replace("\"", "&quot;")
        .Replace("'", "&#39;")
        .ToString();

    public HtmlReport Heading(string text, int level = 2)
    {
        html.Append($"<h{level}>").Append(Encode(text)).Append($"</h{level}>\n");
        return this;
    }

    public HtmlReport Paragraph(string text)
    {
        html.Append("<p>").Append(Encode(text)).Append("</p>\n");
        return this;
    }

    public HtmlReport Code(string text)
    {
        html.Append("<pre><code>").Append(Raw(text)).Append("</code></pre>\n");
        return this;
    }

    public HtmlReport List(IEnumerable<string> items)
    {
        html.Append("<ul>\n");
        foreach (var item in items)
        {
            html.Append("<li>").Append(Encode(item)).Append("</li>\n");
        }

        html.Append("</ul>\n");
        return this;
    }

    /// <summary>A table; a cell starting with a digit, « - » or « — » is right-aligned. Cells are plain text (encoded), or <see cref="Cell"/> with a class.</summary>
    public HtmlReport Table(string caption, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<Cell>> rows)
    {
        html.Append("<table>\n<caption>").Append(Encode(caption)).Append("</caption>\n<thead><tr>");
        foreach (var header in headers)
        {
            html.Append("<th scope=\"col\">").Append(Encode(header)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                var cell = row[i];
                var tag = i == 0 ? "th scope=\"row\"" : "td";
                var end = i == 0 ? "th" : "td";
                var css = cell.Class ?? (i > 0 && IsNumeric(cell.Text) ? "n" : null);
                html.Append('<').Append(tag).Append(css is null ? "" : $" class=\"{css}\"").Append('>').Append(Raw(cell.Text)).Append("</").Append(end).Append('>');
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        return this;
    }

    public HtmlReport Open(string element)
    {
        html.Append('<').Append(element).Append(">\n");
        return this;
    }

    public HtmlReport Close(string element)
    {
        html.Append("</").Append(element).Append(">\n");
        return this;
    }

    /// <summary>
    /// Horizontal bars, one group per label and one bar per series, on a 0–1 axis (negative values are drawn at 0 and
    /// printed as they are). Undefined values are drawn as no bar and printed « — ».
    /// </summary>
    public HtmlReport BarChart(string id, string title, string description, IReadOnlyList<string> series, IReadOnlyList<(string Label, IReadOnlyList<double?> Values)> groups)
    {
        string[] colours = ["#2b5c8a", "#d08a1e", "#5a8f3a", "#8a2b5c"];
        const int labelWidth = 110, barWidth = 360, barHeight = 14, gap = 10, top = 30;
        var groupHeight = series.Count * barHeight + gap;
        var height = top + groups.Count * groupHeight + 30;
        var width = labelWidth + barWidth + 70;
        html.Append("<figure>\n")
            .Append($"<svg role=\"img\" aria-labelledby=\"{id}-t {id}-d\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">\n")
            .Append($"<title id=\"{id}-t\">").Append(Encode(title)).Append("</title>\n")
            .Append($"<desc id=\"{id}-d\">").Append(Encode(description)).Append("</desc>\n");
        for (var s = 0; s < series.Count; s++)
        {
            var x = labelWidth + s * 150;
            html.Append($"<rect x=\"{x}\" y=\"6\" width=\"12\" height=\"12\" fill=\"{colours[s % colours.Length]}\"/>")
                .Append($"<text x=\"{x + 16}\" y=\"16\" font-size=\"11\">").Append(Encode(series[s])).Append("</text>\n");
        }

        for (var tick = 0; tick <= 4; tick++)
        {
            var x = labelWidth + tick * barWidth / 4;
            html.Append($"<line x1=\"{x}\" y1=\"{top - 4}\" x2=\"{x}\" y2=\"{height - 24}\" stroke=\"#ddd\"/>")
                .Append($"<text x=\"{x}\" y=\"{height - 10}\" font-size=\"10\" text-anchor=\"middle\">").Append(FrenchFigures.Number(tick / 4.0)).Append("</text>\n");
        }

        for (var g = 0; g < groups.Count; g++)
        {
            var (label, values) = groups[g];
            var y0 = top + g * groupHeight;
            html.Append($"<text x=\"{labelWidth - 6}\" y=\"{y0 + series.Count * barHeight / 2 + 4}\" font-size=\"11\" text-anchor=\"end\">").Append(Raw(label)).Append("</text>\n");
            for (var s = 0; s < values.Count; s++)
            {
                var y = y0 + s * barHeight;
                var value = values[s];
                var length = value is { } v ? Math.Clamp(v, 0, 1) * barWidth : 0;
                html.Append($"<rect x=\"{labelWidth}\" y=\"{y}\" width=\"{Fmt(length)}\" height=\"{barHeight - 2}\" fill=\"{colours[s % colours.Length]}\"><title>")
                    .Append(Raw($"{label}, {series[s]} : {FrenchFigures.Number(value)}")).Append("</title></rect>")
                    .Append($"<text x=\"{Fmt(labelWidth + length + 4)}\" y=\"{y + barHeight - 4}\" font-size=\"10\">").Append(FrenchFigures.Number(value)).Append("</text>\n");
            }
        }

        html.Append("</svg>\n<figcaption>").Append(Encode(title)).Append(" — les chiffres sont repris dans le tableau voisin.</figcaption>\n</figure>\n");
        return this;
    }

    /// <summary>A confusion matrix as a heat map (rows: jury, columns: Grader), counts printed in each cell.</summary>
    public HtmlReport Confusion(string id, string title, ConfusionMatrix matrix)
    {
        const int cell = 34, left = 60, top = 44;
        var levels = Enumerable.Range(matrix.Range.Min, matrix.Range.Count).ToList();
        var max = Math.Max(1, matrix.Counts.SelectMany(r => r).DefaultIfEmpty(0).Max());
        var size = levels.Count * cell;
        var (width, height) = (left + size + 10, top + size + 10);
        var total = matrix.Counts.SelectMany(r => r).Sum();
        var diagonal = levels.Sum(l => matrix[l, l]);
        html.Append("<figure>\n")
            .Append($"<svg role=\"img\" aria-labelledby=\"{id}-t {id}-d\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">\n")
            .Append($"<title id=\"{id}-t\">").Append(Encode(title)).Append("</title>\n")
            .Append($"<desc id=\"{id}-d\">").Append(Encode($"Lignes : niveau du jury ; colonnes : niveau de Grader. {total} paires, dont {diagonal} sur la diagonale (accord exact).")).Append("</desc>\n")
            .Append($"<text x=\"{left + size / 2}\" y=\"12\" font-size=\"11\" text-anchor=\"middle\">Grader</text>\n")
            .Append($"<text x=\"12\" y=\"{top + size / 2}\" font-size=\"11\" text-anchor=\"middle\" transform=\"rotate(-90 12 {top + size / 2})\">Jury</text>\n");
        for (var i = 0; i < levels.Count; i++)
        {
            html.Append($"<text x=\"{left + i * cell + cell / 2}\" y=\"{top - 8}\" font-size=\"11\" text-anchor=\"middle\">{levels[i]}</text>")
                .Append($"<text x=\"{left - 8}\" y=\"{top + i * cell + cell / 2 + 4}\" font-size=\"11\" text-anchor=\"end\">{levels[i]}</text>\n");
        }

        for (var r = 0; r < levels.Count; r++)
        {
            for (var c = 0; c < levels.Count; c++)
            {
                var count = matrix[levels[r], levels[c]];
                var shade = (int)Math.Round(255 - 180.0 * count / max);
                var fill = r == c ? $"rgb({shade},{Math.Min(255, shade + 40)},{shade})" : $"rgb(255,{shade},{shade})";
                var textColour = shade < 140 ? "#fff" : "#111";
                html.Append($"<rect x=\"{left + c * cell}\" y=\"{top + r * cell}\" width=\"{cell}\" height=\"{cell}\" fill=\"{fill}\" stroke=\"#fff\"><title>")
                    .Append(Raw($"jury {levels[r]}, Grader {levels[c]} : {count}")).Append("</title></rect>")
                    .Append($"<text x=\"{left + c * cell + cell / 2}\" y=\"{top + r * cell + cell / 2 + 4}\" font-size=\"11\" text-anchor=\"middle\" fill=\"{textColour}\">{count}</text>\n");
            }
        }

        html.Append("</svg>\n<figcaption>").Append(Encode(title)).Append("</figcaption>\n</figure>\n");
        return this;
    }

    public override string ToString() => html.ToString() + "</main>\n</body>\n</html>\n";

    private static bool IsNumeric(string text) =>
        text.Length > 0 && (char.IsDigit(text[0]) || text[0] is '-' or '—' or '[' or '+');

    private static string Fmt(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}

/// <summary>A table cell: its text and an optional CSS class.</summary>
internal readonly record struct Cell(string Text, string? Class = null)
{
    public static implicit operator Cell(string text) => new(text);
}
