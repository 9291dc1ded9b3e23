package com.bedtimelegs.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.core.exception.SdkClientException;

class TimeLimitedCredentialsTest {
    private static final AwsCredentials KEYS = AwsBasicCredentials.create("function", "secret");

    @Test
    void credentialsThatComeInTimeArePassedOn() {
        assertSame(KEYS, new TimeLimitedCredentials(() -> KEYS, Duration.ofSeconds(5)).resolveCredentials());
    }

    @Test
    void aFetchThatHangsIsGivenUpAtTheLimit() {
        CountDownLatch never = new CountDownLatch(1);
        TimeLimitedCredentials credentials = new TimeLimitedCredentials(() -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return KEYS;
        }, Duration.ofMillis(300));
        long start = System.nanoTime();
        SdkClientException e = assertThrows(SdkClientException.class, credentials::resolveCredentials);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis >= 250 && millis < 2_000, "gave up after " + millis + " ms");
        assertEquals("credentials not available within 300 ms", e.getMessage());
    }

    @Test
    void aProviderThatFailsFailsTheSameWay() {
        SdkClientException refused = SdkClientException.create("no credentials in the environment");
        TimeLimitedCredentials credentials = new TimeLimitedCredentials(() -> {
            throw refused;
        }, Duration.ofSeconds(5));
        assertSame(refused, assertThrows(SdkClientException.class, credentials::resolveCredentials));
    }
}
