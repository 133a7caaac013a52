package io.trackline.platform.application;

import io.trackline.platform.api.ProblemException;
import io.trackline.platform.api.StoreUnavailableException;
import io.trackline.platform.infrastructure.StoreFailures;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

/**
 * The default interceptor of every enterprise bean (each EJB module's {@code ejb-jar.xml} binds it): a call
 * from outside the beans is refused at once (503) while the {@link DatabaseBreaker} is open, and its outcome
 * counts towards opening it; a failure that says the database cannot take requests leaves it as a 503
 * ({@link StoreUnavailableException}), whatever threw it. Calls between beans go straight through: the
 * outermost call decides and counts, once. The database probe ({@link DatabaseHealth}) and the schema
 * migrator opt out.
 */
public class DatabaseGuard {

    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    @Inject
    private DatabaseBreaker breaker;

    @AroundInvoke
    public Object guard(InvocationContext call) throws Exception {
        int[] depth = DEPTH.get();
        if (depth[0] > 0) {
            return call.proceed();
        }
        CircuitBreaker circuit = breaker.breaker();
        circuit.ensureClosed();
        depth[0]++;
        try {
            Object result = call.proceed();
            circuit.succeeded();
            return result;
        } catch (Exception | Error e) {
            circuit.failed(e);
            if (StoreFailures.isUnavailable(e) && !(e instanceof ProblemException)) {
                throw unavailable(circuit, e);
            }
            throw e;
        } finally {
            depth[0]--;
        }
    }

    /**
     * The failure as the 503 it is: an application exception, so that the call's transaction is rolled back
     * without the container logging an outage, call by call, as a fault of the bean's.
     */
    private static StoreUnavailableException unavailable(CircuitBreaker circuit, Throwable failure) {
        StoreUnavailableException refusal = new StoreUnavailableException(
                "The database cannot take requests now. Retry later.", circuit.retryAfterSeconds());
        refusal.initCause(failure);
        return refusal;
    }
}
