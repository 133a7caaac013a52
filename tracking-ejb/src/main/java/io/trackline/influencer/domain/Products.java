package io.trackline.influencer.domain;

import java.util.Optional;

/** Customers (brands) and their widget products. */
public interface Products {

    Optional<Customer> customerByCode(String code);

    Optional<Product> productByCode(long customerId, String code);

    /** A customer's product by id: none when the id is another customer's. */
    Optional<Product> product(long customerId, long productId);

    void add(Customer customer);

    void add(Product product);

    /** Writes what was added, so that generated ids are known. */
    void flushed();
}
