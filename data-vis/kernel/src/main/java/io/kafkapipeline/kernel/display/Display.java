package io.kafkapipeline.kernel.display;

import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * What notebook code calls to show things (statically imported in every session): {@code display(value)} shows a
 * value now, as the end of a cell would (images and XChart charts as PNG, text as text); {@code html("...")} and
 * {@code markdown("...")} make display data of those types; {@code updateDisplay(id, value)} replaces an earlier
 * display.
 */
public final class Display {

    private Display() {}

    /** Shows a value in the cell's output; returns its display id (for {@link #updateDisplay}). */
    public static String display(Object value) {
        return show(Displays.render(kernel().getRenderer(), value));
    }

    /** Shows a value as the given MIME types, e.g. {@code display("<b>hi</b>", "text/html")}. */
    public static String display(Object value, String... mimeTypes) {
        return show(Displays.render(kernel().getRenderer(), value, mimeTypes));
    }

    /** Replaces what {@link #display} showed under {@code id}. */
    public static void updateDisplay(String id, Object value) {
        kernel().getIO().display.updateDisplay(id, Displays.render(kernel().getRenderer(), value));
    }

    /** HTML to show (as a cell's value or with {@link #display}). */
    public static DisplayData html(String html) {
        DisplayData data = new DisplayData(html);
        data.putHTML(html);
        return data;
    }

    /** Markdown to show (as a cell's value or with {@link #display}). */
    public static DisplayData markdown(String markdown) {
        DisplayData data = new DisplayData(markdown);
        data.putMarkdown(markdown);
        return data;
    }

    private static String show(DisplayData data) {
        if (!data.hasDisplayId()) {
            data.setDisplayId(java.util.UUID.randomUUID().toString());
        }
        kernel().display(data);
        return data.getDisplayId();
    }

    private static BaseKernel kernel() {
        return BaseKernel.notebookKernel();
    }
}
