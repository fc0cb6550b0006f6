package io.retort.model.events;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a severity as one letter. */
@Converter
public class SeverityConverter implements AttributeConverter<Severity, String> {

    @Override
    public String convertToDatabaseColumn(Severity severity) {
        return severity == null ? null : severity.name().substring(0, 1);
    }

    @Override
    public Severity convertToEntityAttribute(String letter) {
        if (letter == null) {
            return null;
        }
        for (Severity severity : Severity.values()) {
            if (severity.name().startsWith(letter)) {
                return severity;
            }
        }
        throw new IllegalArgumentException(letter);
    }
}
