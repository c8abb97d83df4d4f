package io.kafkapipeline.datavis.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** The image a chart becomes when there is nothing to plot: its title and a line saying why. */
public final class NoData {

    private NoData() {}

    public static BufferedImage image(String title, String reason) {
        return image(title, reason, Charts.WIDTH, Charts.HEIGHT);
    }

    public static BufferedImage image(String title, String reason, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(new Color(0xCCCCCC));
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f}, 0f));
            g.drawRect(40, 60, width - 80, height - 100);
            g.setColor(Color.DARK_GRAY);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
            centered(g, title, width, 36);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
            g.setColor(Color.GRAY);
            centered(g, "no data", width, height / 2);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
            centered(g, reason, width, height / 2 + 34);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void centered(Graphics2D g, String text, int width, int baseline) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, Math.max(4, (width - fm.stringWidth(text)) / 2), baseline);
    }
}
