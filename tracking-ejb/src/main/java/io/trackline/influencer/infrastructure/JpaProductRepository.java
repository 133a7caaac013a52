package io.trackline.influencer.infrastructure;

import io.trackline.influencer.domain.Customer;
import io.trackline.influencer.domain.Product;
import io.trackline.influencer.domain.Products;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Customers and their products. Reads made outside a transaction (cache
 * loads on the way in) get a persistence context for that call only: what they return is detached.
 */
@ApplicationScoped
public class JpaProductRepository implements Products {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Optional<Customer> customerByCode(String code) {
        return entityManager.createNamedQuery(Customer.FIND_BY_CODE, Customer.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Product> productByCode(long customerId, String code) {
        return entityManager.createNamedQuery(Product.FIND_BY_CODE, Product.class)
                .setParameter("customerId", customerId)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Product> product(long customerId, long productId) {
        return Optional.ofNullable(entityManager.find(Product.class, productId))
                .filter(product -> product.customerId() == customerId);
    }

    @Override
    public void add(Customer customer) {
        entityManager.persist(customer);
    }

    @Override
    public void add(Product product) {
        entityManager.persist(product);
    }

    /** Writes what was added, so that generated ids are known. */
    @Override
    public void flushed() {
        entityManager.flush();
    }
}
