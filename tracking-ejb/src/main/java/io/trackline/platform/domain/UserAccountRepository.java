package io.trackline.platform.domain;

import java.util.List;
import java.util.Optional;

/** The dashboard's user accounts. */
public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    boolean anyOf(Role role);

    /** Every account, by username. */
    List<UserAccount> all();

    void add(UserAccount account);

    void remove(UserAccount account);
}
