package io.trackline.platform.domain;

import java.util.Optional;

/** The dashboard's user accounts. */
public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    boolean anyOf(Role role);

    void add(UserAccount account);
}
