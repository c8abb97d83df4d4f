package io.kafkapipeline.common.contract;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.kafkapipeline.common.json.MalformedDataException;
import java.time.LocalDate;
import java.util.Objects;

/** One synthetic person; topic {@value #TOPIC}, table {@code kafkapipeline.fakerdata}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FakerPerson(
        String name,
        String address,
        int year,
        String email,
        String phoneNumber,
        String company,
        String job,
        String city,
        String country,
        LocalDate dateOfBirth)
        implements TableRecord {

    public static final String TOPIC = "faker";
    public static final String TABLE = "fakerdata";
    public static final RecordType<FakerPerson> TYPE = new RecordType<>(TOPIC, TABLE, FakerPerson.class);

    public FakerPerson {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phoneNumber, "phone_number");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(dateOfBirth, "date_of_birth");
    }

    /** The same person at {@code address}: another row (the address is part of the primary key). */
    public FakerPerson withAddress(String address) {
        return new FakerPerson(name, address, year, email, phoneNumber, company, job, city, country, dateOfBirth);
    }

    /** {@code <name>|<address>}. */
    @Override
    public String key() {
        return name + "|" + address;
    }

    public static FakerPerson fromJson(String json) throws MalformedDataException {
        return TYPE.parse(json);
    }
}
