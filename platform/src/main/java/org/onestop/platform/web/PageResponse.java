package org.onestop.platform.web;

import java.util.List;
import java.util.function.Function;

/** One page of a list, the same shape on every list endpoint. */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public static <T> PageResponse<T> of(List<T> content, PageRequest request, long total) {
        int pages = (int) ((total + request.size() - 1) / request.size());
        return new PageResponse<>(content, request.page(), request.size(), total, pages);
    }

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(content.stream().map(mapper).toList(), page, size, totalElements, totalPages);
    }
}
