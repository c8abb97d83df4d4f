package io.kafkapipeline.common.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.kafkapipeline.common.json.Json;
import io.kafkapipeline.common.json.MalformedDataException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One synthetic person; topic {@value #TOPIC}, table {@code kafkapipeline.fakerdata}. */
@JsonPropertyOrder({
    "name",
    "address",
    "year",
    "email",
    "phone_number",
    "company",
    "job",
    "city",
    "country",
    "date_of_birth"
})
public record FakerPerson(
        @JsonProperty("name") String name,
        @JsonProperty("address") String address,
        @JsonProperty("year") int year,
        @JsonProperty("email") String email,
        @JsonProperty("phone_number") String phoneNumber,
        @JsonProperty("company") String company,
        @JsonProperty("job") String job,
        @JsonProperty("city") String city,
        @JsonProperty("country") String country,
        @JsonProperty("date_of_birth") LocalDate dateOfBirth)
        implements TableRecord {

    public static final String TOPIC = "faker";
    public static final String TABLE = "fakerdata";
    public static final List<String> COLUMNS = List.of(
            "name", "address", "year", "email", "phone_number", "company", "job", "city", "country", "date_of_birth");
    public static final List<String> PRIMARY_KEY = List.of("name", "address");

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

    /** {@code <name>|<address>}. */
    @Override
    public String key() {
        return name + "|" + address;
    }

    public static FakerPerson fromJson(String json) throws MalformedDataException {
        return Json.readRecord(json, FakerPerson.class);
    }
}
