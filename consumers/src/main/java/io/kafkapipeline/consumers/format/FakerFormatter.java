package io.kafkapipeline.consumers.format;

import io.kafkapipeline.common.contract.FakerPerson;

/**
 * {@code faker "Jane Doe" 1987-03-02 <jane.doe@example.com> "Software Engineer" at "Acme Inc" (Berlin, Germany)}:
 * name, date of birth, e-mail, job, company, city and country.
 */
public final class FakerFormatter implements RecordFormatter<FakerPerson> {

    @Override
    public String line(FakerPerson p) {
        return "faker " + Text.quoted(p.name()) + " " + p.dateOfBirth() + " <" + Text.oneLine(p.email()) + "> "
                + Text.quoted(p.job()) + " at " + Text.quoted(p.company()) + " (" + Text.oneLine(p.city()) + ", "
                + Text.oneLine(p.country()) + ")";
    }
}
