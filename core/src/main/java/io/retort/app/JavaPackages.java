package io.retort.app;

import java.util.List;
import javax.lang.model.SourceVersion;

/** Java package names: checking one a user typed, and the common package of some classes. */
public final class JavaPackages {

    private JavaPackages() {
    }

    /** {@code name} when it is a valid Java package name; an error saying what is wrong otherwise. */
    public static String require(String name, String setting) {
        String trimmed = name.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException(setting + " is empty; give a Java package such as com.example.migrations");
        }
        for (String part : trimmed.split("\\.", -1)) {
            if (part.isEmpty() || !SourceVersion.isIdentifier(part) || SourceVersion.isKeyword(part)) {
                throw new IllegalArgumentException(setting + "=" + name + " is not a Java package name ('" + part
                        + "' is not an identifier); give one such as com.example.migrations");
            }
        }
        return trimmed;
    }

    /** The package of a class name ({@code com.acme.Order} → {@code com.acme}); empty for the default package. */
    public static String of(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    /** The longest package containing every class; empty when they share none. */
    public static String common(List<String> classNames) {
        String common = null;
        for (String className : classNames) {
            String pkg = of(className);
            if (common == null) {
                common = pkg;
                continue;
            }
            while (!common.isEmpty() && !(pkg.equals(common) || pkg.startsWith(common + "."))) {
                common = of(common);
            }
        }
        return common == null ? "" : common;
    }
}
