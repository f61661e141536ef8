package org.learningnetwork.platform;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy table model over a service search that returns one {@link Page} at a time, so a
 * table never loads more rows than it shows.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final transient Function<PageRequest, Page<T>> search;

    public PagedModel(Function<PageRequest, Page<T>> search) {
        this.search = search;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) search.apply(new PageRequest(0, 1)).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        Page<T> page = search.apply(new PageRequest(first, Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE)));
        setRowCount((int) page.total());
        return page.rows();
    }
}
