package io.retort.model.shop;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class UpperCaseConverter implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String value) {
        return value == null ? null : value.toUpperCase();
    }

    @Override
    public String convertToEntityAttribute(String value) {
        return value;
    }
}
