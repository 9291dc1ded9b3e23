package com.bedtimelegs.persistence;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * The function's credentials, given up after a time limit. The SDK's call limits do not cover
 * fetching credentials: a container credentials endpoint (what SnapStart functions use) that hangs
 * held a launch for ~6 s of retries. A store whose credentials do not come in time is a store that
 * does not answer: the read fails, and the user is treated as new.
 */
final class TimeLimitedCredentials implements AwsCredentialsProvider {
    private final AwsCredentialsProvider delegate;
    private final long limitMillis;
    /** Threads only while a fetch runs (none exist at a snapshot: priming never asks for credentials). */
    private final ExecutorService fetcher = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "memory-credentials");
        thread.setDaemon(true);
        return thread;
    });

    TimeLimitedCredentials(AwsCredentialsProvider delegate, Duration limit) {
        this.delegate = delegate;
        this.limitMillis = limit.toMillis();
    }

    @Override
    public AwsCredentials resolveCredentials() {
        Future<AwsCredentials> credentials = fetcher.submit(delegate::resolveCredentials);
        try {
            return credentials.get(limitMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            credentials.cancel(true);
            throw SdkClientException.create("credentials not available within " + limitMillis + " ms");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw SdkClientException.create("credentials not available", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SdkClientException.create("interrupted while waiting for credentials", e);
        }
    }
}
