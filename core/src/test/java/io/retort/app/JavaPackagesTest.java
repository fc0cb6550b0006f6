package io.retort.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class JavaPackagesTest {

    @Test
    void acceptsPackagesAndRefusesPaths() {
        assertEquals("com.example.migrations", JavaPackages.require(" com.example.migrations ", "-Dretort.package"));
        for (String bad : List.of("../evil", "com..x", "com.example.class", "com/example", "", "1abc")) {
            assertThrows(IllegalArgumentException.class, () -> JavaPackages.require(bad, "-Dretort.package"), bad);
        }
    }

    @Test
    void theCommonPackageOfClasses() {
        assertEquals("com.acme", JavaPackages.common(List.of("com.acme.shop.Book", "com.acme.Author", "com.acme.stock.Item")));
        assertEquals("com.acme.shop", JavaPackages.common(List.of("com.acme.shop.Book", "com.acme.shop.Author")));
        assertEquals("", JavaPackages.common(List.of("com.acme.Book", "org.other.Author")));
    }
}
