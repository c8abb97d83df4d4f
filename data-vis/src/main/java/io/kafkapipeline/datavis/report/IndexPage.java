package io.kafkapipeline.datavis.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report's {@code index.html}: row counts, then each section's charts with their captions. */
public final class IndexPage {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private IndexPage() {}

    public static String render(Report report) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>kafkapipeline report</title>\n<style>\n")
                .append("body{font-family:sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222}\n")
                .append("figure{margin:1.5em 0}img{max-width:100%;border:1px solid #ddd}\n")
                .append("figcaption{color:#555;font-size:.95em}table{border-collapse:collapse}\n")
                .append("td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left}nav a{margin-right:1em}\n")
                .append("</style>\n</head>\n<body>\n<h1>kafkapipeline report</h1>\n");
        html.append("<p>Read from ")
                .append(escape(report.source()))
                .append(" at ")
                .append(WHEN.format(report.generatedAt()))
                .append(".</p>\n");
        html.append("<table>\n<tr><th>table</th><th>rows</th></tr>\n");
        report.rowCounts().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> html.append("<tr><td>")
                        .append(escape(e.getKey()))
                        .append("</td><td>")
                        .append(e.getValue())
                        .append("</td></tr>\n"));
        html.append("</table>\n");
        Map<String, List<ReportChart>> sections = new LinkedHashMap<>();
        report.charts()
                .forEach(c -> sections.computeIfAbsent(c.section(), k -> new ArrayList<>())
                        .add(c));
        html.append("<nav>");
        sections.keySet()
                .forEach(s -> html.append("<a href=\"#")
                        .append(anchor(s))
                        .append("\">")
                        .append(escape(s))
                        .append("</a>"));
        html.append("</nav>\n");
        for (Map.Entry<String, List<ReportChart>> section : sections.entrySet()) {
            html.append("<h2 id=\"")
                    .append(anchor(section.getKey()))
                    .append("\">")
                    .append(escape(section.getKey()))
                    .append("</h2>\n");
            for (ReportChart c : section.getValue()) {
                html.append("<figure>\n<h3>")
                        .append(escape(c.title()))
                        .append("</h3>\n")
                        .append("<a href=\"")
                        .append(c.file())
                        .append("\"><img src=\"")
                        .append(c.file())
                        .append("\" alt=\"")
                        .append(escape(c.title()))
                        .append("\" width=\"")
                        .append(c.image().getWidth())
                        .append("\" height=\"")
                        .append(c.image().getHeight())
                        .append("\"></a>\n<figcaption>")
                        .append(escape(c.caption()))
                        .append("</figcaption>\n")
                        .append("</figure>\n");
            }
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String anchor(String section) {
        return section.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
