package jp.mamori.supplier;

import jp.mamori.shared.Page;

/**
 * One of the module's three registers (contractors, cloud services, SNS accounts) as its pages list
 * and fill it: a page of the list for a filter, and a new record registered from its draft.
 *
 * @param <D> the draft of a new record
 * @param <R> the register's record
 */
public interface SupplierRegister<D, R extends SupplierRegister.Entry> {
    /** One page of the records the user may read, with the filter's words, by name. */
    Page<?> page(RegisterFilter filter, int page, int size);

    /** Registers a new record after the register's checks; audited. */
    R register(D draft);

    /** A record of a register: its id and its name as people write it. */
    interface Entry {
        long id();

        String label();
    }
}
