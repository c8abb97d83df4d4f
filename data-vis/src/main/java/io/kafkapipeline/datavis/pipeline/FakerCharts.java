package io.kafkapipeline.datavis.pipeline;

import io.kafkapipeline.datavis.chart.Charts;
import io.kafkapipeline.datavis.frame.Frame;
import io.kafkapipeline.datavis.frame.FrameRow;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The Faker notebook's charts of {@code fakerdata}: distributions of country, job and birth year. */
public final class FakerCharts {

    public static final int TOP = 15;

    private FakerCharts() {}

    /** The {@value #TOP} most frequent countries. */
    public static BufferedImage countries(Frame people) {
        return Charts.topCounts(people, "country", TOP, "Fake people per country (top " + TOP + ")");
    }

    /** The {@value #TOP} most frequent jobs. */
    public static BufferedImage jobs(Frame people) {
        return Charts.topCounts(people, "job", TOP, "Fake people per job (top " + TOP + ")");
    }

    /** Birth years (from {@code date_of_birth}) in five-year bins. */
    public static BufferedImage birthYears(Frame people) {
        List<Integer> years = new ArrayList<>();
        for (FrameRow r : people.rows()) {
            LocalDate born = r.getLocalDate("date_of_birth");
            if (born != null) {
                years.add(born.getYear());
            }
        }
        return Charts.histogram("Fake people per birth year (5-year bins)", "birth year", years, 5);
    }
}
