package io.retort.operation;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a revision's operations say, as text: the input of its checksum. Operations are written as
 * data ({@code CreateTable{table=Table{name="t",columns=[...]}}}), raw SQL as its text, never as
 * the SQL Retort renders, so a new Retort that spells SQL differently keeps every checksum. A
 * component left at its absent value (null, false, an empty list, all-false flags) is not written,
 * so a component added to the model later with such a default keeps them too.
 */
public final class OperationText {

    private OperationText() {
    }

    public static String of(List<Operation> operations) {
        StringBuilder out = new StringBuilder();
        for (Operation operation : operations) {
            write(operation, out);
            out.append('\n');
        }
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value instanceof Record record) {
            out.append(record.getClass().getSimpleName()).append('{');
            boolean first = true;
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object part = get(component, record);
                if (absent(part)) {
                    continue;
                }
                out.append(first ? "" : ",").append(component.getName()).append('=');
                write(part, out);
                first = false;
            }
            out.append('}');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> entry : sorted(map).entrySet()) {
                out.append(first ? "" : ",");
                write(entry.getKey(), out);
                out.append('=');
                write(entry.getValue(), out);
                first = false;
            }
            out.append('}');
        } else if (value instanceof Collection<?> items) {
            out.append('[');
            boolean first = true;
            for (Object item : items) {
                out.append(first ? "" : ",");
                write(item, out);
                first = false;
            }
            out.append(']');
        } else if (value instanceof String text) {
            out.append('"').append(text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")).append('"');
        } else if (value instanceof Enum<?> constant) {
            out.append(constant.name());
        } else {
            out.append(value);
        }
    }

    private static boolean absent(Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return true;
        }
        if (value instanceof Collection<?> items) {
            return items.stream().allMatch(Boolean.FALSE::equals);
        }
        return value instanceof Map<?, ?> map && map.isEmpty();
    }

    private static Map<String, Object> sorted(Map<?, ?> map) {
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((key, value) -> sorted.put(String.valueOf(key), value));
        return sorted;
    }

    private static Object get(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + record.getClass().getSimpleName(), e);
        }
    }
}
