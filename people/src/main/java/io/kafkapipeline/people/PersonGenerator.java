package io.kafkapipeline.people;

import io.kafkapipeline.common.contract.FakerPerson;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;

/**
 * One synthetic person per call, all ten columns from datafaker. With a seed the sequence is
 * reproducible (for a given day: the birth date range is relative to today).
 */
public final class PersonGenerator {
    static final int MIN_AGE = 18;
    static final int MAX_AGE = 90;
    static final int FIRST_YEAR = 1970;

    private final Faker faker;
    private final Clock clock;

    public PersonGenerator(Locale locale, Random random, Clock clock) {
        this.faker = new Faker(locale, random);
        this.clock = clock;
    }

    public FakerPerson next() {
        LocalDate today = LocalDate.now(clock);
        long oldest = today.minusYears(MAX_AGE).toEpochDay();
        long youngest = today.minusYears(MIN_AGE).toEpochDay();
        return new FakerPerson(
                faker.name().fullName(),
                faker.address().fullAddress(),
                faker.number().numberBetween(FIRST_YEAR, today.getYear() + 1),
                faker.internet().emailAddress(),
                faker.phoneNumber().phoneNumber(),
                faker.company().name(),
                faker.job().title(),
                faker.address().city(),
                faker.address().country(),
                LocalDate.ofEpochDay(faker.number().numberBetween(oldest, youngest + 1)));
    }
}
