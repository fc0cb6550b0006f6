package io.retort.dialect;

/** Reactive URLs as messages may show them. */
public final class ReactiveUrls {

    private ReactiveUrls() {
    }

    /** The URL with its password replaced, in the user-info part or a {@code password=} parameter. */
    public static String withoutPassword(String url) {
        return url.replaceAll("(://[^:/@]+):[^@/]*@", "$1@").replaceAll("(?i)([?&]password=)[^&]*", "$1***");
    }
}
