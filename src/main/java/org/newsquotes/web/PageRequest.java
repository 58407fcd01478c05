package org.newsquotes.web;

/**
 * Which page a client asked for: {@code page} from 1, {@code pageSize} from 1 to {@link #MAX_PAGE_SIZE}
 * (default {@link #DEFAULT_PAGE_SIZE}).
 */
public record PageRequest(int page, int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    /** Parses the raw query parameters; a bad value is a 400 naming the parameter. */
    public static PageRequest of(String page, String pageSize) {
        int p = Params.intParam("page", page, 1, 1, Integer.MAX_VALUE / MAX_PAGE_SIZE);
        int size = Params.intParam("pageSize", pageSize, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
        return new PageRequest(p, size);
    }

    public int offset() {
        return (page - 1) * pageSize;
    }
}
