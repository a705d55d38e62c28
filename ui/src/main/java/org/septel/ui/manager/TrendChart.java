package org.septel.ui.manager;

import com.vaadin.flow.component.Html;
import org.septel.reporting.WeekPoint;
import org.septel.ui.work.Dates;

import java.util.List;
import java.util.Locale;

/**
 * The open-versus-overdue trend as an SVG drawn on the server (no chart add-on, no npm): two polylines over the
 * weeks, with the figures in each point's title for screen readers and tooltips.
 */
final class TrendChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 200;
    private static final int PAD = 30;

    private TrendChart() {
    }

    static Html of(List<WeekPoint> points) {
        long max = Math.max(1, points.stream().mapToLong(WeekPoint::open).max().orElse(1));
        StringBuilder svg = new StringBuilder("<div class='trend' id='trend'><svg viewBox='0 0 " + WIDTH + " " + HEIGHT
                + "' role='img' aria-label='Open and overdue follow-ups, last " + points.size() + " weeks'"
                + " preserveAspectRatio='xMidYMid meet'>");
        svg.append("<line class='axis' x1='").append(PAD).append("' y1='").append(HEIGHT - PAD).append("' x2='")
                .append(WIDTH - 10).append("' y2='").append(HEIGHT - PAD).append("'/>");
        svg.append("<text class='label' x='2' y='").append(PAD - 12).append("'>").append(max).append("</text>");
        svg.append("<text class='label' x='2' y='").append(HEIGHT - PAD).append("'>0</text>");
        svg.append(line(points, max, true)).append(line(points, max, false));
        for (int i = 0; i < points.size(); i++) {
            WeekPoint p = points.get(i);
            if (i % 2 == points.size() % 2 || i == points.size() - 1) {
                svg.append("<text class='label' text-anchor='middle' x='").append(x(i, points.size())).append("' y='")
                        .append(HEIGHT - 8).append("'>").append(escape(shortDate(p))).append("</text>");
            }
            svg.append("<circle class='open' r='3' cx='").append(x(i, points.size())).append("' cy='")
                    .append(y(p.open(), max)).append("'><title>").append(escape("week to " + Dates.date(p.weekEnding())
                            + ": " + p.open() + " open, " + p.overdue() + " overdue")).append("</title></circle>");
        }
        svg.append("</svg><div class='legend'><span class='key open'>open</span><span class='key overdue'>overdue</span></div></div>");
        return new Html(svg.toString());
    }

    private static String line(List<WeekPoint> points, long max, boolean open) {
        StringBuilder line = new StringBuilder("<polyline class='" + (open ? "open" : "overdue") + "' points='");
        for (int i = 0; i < points.size(); i++) {
            line.append(x(i, points.size())).append(',').append(y(open ? points.get(i).open() : points.get(i).overdue(), max))
                    .append(' ');
        }
        return line.append("'/>").toString();
    }

    private static int x(int i, int n) {
        return PAD + (n <= 1 ? 0 : i * (WIDTH - PAD - 20) / (n - 1));
    }

    private static long y(long value, long max) {
        return HEIGHT - PAD - value * (HEIGHT - 2L * PAD) / max;
    }

    private static String shortDate(WeekPoint p) {
        return p.weekEnding().getDayOfMonth() + " " + p.weekEnding().getMonth().getDisplayName(java.time.format.TextStyle.SHORT,
                Dates.locale());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }
}
