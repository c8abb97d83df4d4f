package io.kafkapipeline.kernel.display;

import java.awt.image.RenderedImage;
import java.lang.reflect.Method;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;

/**
 * Renders values for Jupyter with jjava-jupyter's {@link Renderer} (text, HTML, images: a {@code RenderedImage}
 * becomes {@code image/png}), plus XChart charts, drawn to an image first. XChart comes with the notebook's jars, not
 * with the kernel, so it is reached by reflection through the chart's own class loader.
 */
public final class Displays {

    static final String XCHART_CHART = "org.knowm.xchart.internal.chartpart.Chart";
    static final String XCHART_ENCODER = "org.knowm.xchart.BitmapEncoder";

    private Displays() {}

    /** The display data of a value: what an expression at the end of a cell or {@code display(value)} shows. */
    public static DisplayData render(Renderer renderer, Object value) {
        if (value == null) {
            return new DisplayData("null");
        }
        if (value instanceof DisplayData data) {
            return data;
        }
        Object shown = isXChart(value.getClass()) ? chartImage(value) : value;
        DisplayData data = renderer.render(shown);
        if (shown instanceof RenderedImage image) {
            data.putText(value.getClass().getSimpleName() + " (" + image.getWidth() + "x" + image.getHeight() + ")");
        }
        return data;
    }

    /** Renders as the given MIME types only (e.g. {@code "text/html"}). */
    public static DisplayData render(Renderer renderer, Object value, String... mimeTypes) {
        Object shown = value != null && isXChart(value.getClass()) ? chartImage(value) : value;
        return renderer.renderAs(shown, mimeTypes);
    }

    static boolean isXChart(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(XCHART_CHART)) {
                return true;
            }
        }
        return false;
    }

    /** {@code BitmapEncoder.getBufferedImage(chart)} of the chart's XChart. */
    static RenderedImage chartImage(Object chart) {
        try {
            ClassLoader loader = chart.getClass().getClassLoader();
            Class<?> chartType = Class.forName(XCHART_CHART, false, loader);
            Method toImage = Class.forName(XCHART_ENCODER, true, loader).getMethod("getBufferedImage", chartType);
            return (RenderedImage) toImage.invoke(null, chart);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "cannot draw the " + chart.getClass().getSimpleName() + " as an image: "
                            + (e.getCause() != null ? e.getCause() : e),
                    e);
        }
    }
}
